# Interface strings for English. Every other locale has the same message ids.
# Hotline facts (numbers, addresses) come from content/site.toml, never from here.

language-name = English
site-name = Canadian Human Trafficking Hotline
site-tagline = Confidential help, 24 hours a day, in more than 200 languages.

## Page shell
skip-link = Skip to main content
quick-exit = Quick exit
quick-exit-prefix = Safety tool:
quick-exit-skip = Leave this site now (quick exit)
safety-notice = Someone checking this device? Use a safer one if you can. To leave fast, press Shift 3 times or use Quick exit.
safety-notice-link = How to stay safe
nav-label = Main
languages-label = Languages
footer-privacy = This site sets no cookies, keeps no record of your visit and loads nothing from other sites.
footer-not-police = The hotline is confidential. It is not the police or the government.

## Hotline block (on every page)
hotline-label = Hotline
hotline-call = Call { $phone }
hotline-hours = 24/7
hotline-languages = 200+ languages
hotline-chat = Chat
hotline-email = Email
hotline-tty = TTY
hotline-tip = Send a tip
hotline-emergency = In danger now? Call { $number }

## Quick exit script (read by screen readers)
quick-exit-press-1 = Shift pressed. Press 2 more times to leave this site.
quick-exit-press-2 = Shift pressed. Press 1 more time to leave this site.
quick-exit-expired = Quick exit cancelled.
quick-exit-neutral-title = Weather

## Lists and pages
section-contents = In this section
page-updated = Updated { $date }
not-found-title = Page not found
not-found-description = We could not find that page.
not-found-text = The address may be mistyped, or the page may have moved. The hotline is here for you all the same.
not-found-home = Go to the home page

## Guides
guide-note = No single sign proves that someone is being trafficked, and a person can be trafficked without showing any of these signs. Look at the whole picture.
guide-act-title = What you can do
guide-act-no-confront = Do not confront anyone you suspect, and do not try to rescue someone yourself. It can put them and you in danger.
guide-act-contact = Call, chat or email the hotline to talk it through. It is confidential and you do not need to give your name.
guide-act-emergency = If someone is in immediate danger, call { $number }.
guide-for = For
guide-settings = Where
guide-reviewed = Last reviewed { $date }
guide-sources = Sources

## Words for audiences and settings
audience-public = Everyone
audience-workers = Workers
audience-youth = Young people
audience-parents = Parents and caregivers
audience-educators = Teachers and school staff
audience-employers = Employers
audience-health-care = Health care workers
audience-hospitality = Hotel and restaurant staff
audience-transport = Transport and travel workers
audience-finance = Bank and money service staff
audience-survivors = People who may be trafficked
setting-any = Anywhere
setting-workplace = Workplaces
setting-home = Homes
setting-online = Online
setting-hotels = Hotels
setting-health-care = Health care
setting-transport = Transport and travel
setting-farms = Farms and food processing
setting-schools = Schools
setting-finance = Banks and money

## Dates: { $day } { $month } { $year }
date-format = { $month } { $day }, { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Guide filters (each filter is a page of its own)
filter-label = Show guides
filter-all = All guides

## Search (the results page title stays neutral: it never shows the query)
search-label = Search this site
search-button = Search
search-title = Search
search-description = Search the guides and pages of this site.
search-count = { $count ->
    [one] 1 page found
   *[other] { $count } pages found
}
search-none = No pages matched those words.
search-none-help = Try other or fewer words, browse the signs of trafficking, or talk to the hotline. It is confidential.
search-browse = All pages
search-previous = Previous results
search-next = More results
search-busy = Too many searches at once. Please try again in a moment.

## Campaigns and the partner toolkit
campaign-current = Current campaign
campaign-upcoming = Upcoming campaign
campaign-past = Past campaign
campaign-dates = { $start } to { $end }
campaign-share = Share this campaign
campaign-share-short = Social media post
campaign-share-long = Newsletter or email
campaign-copy = Copy text
campaign-copied = Copied
campaign-qr = QR code for this page
campaign-qr-alt = QR code that opens { $url }
campaign-downloads = Posters, cards and QR codes
campaigns-current = Current campaigns
campaigns-upcoming = Upcoming campaigns
campaigns-past = Past campaigns
home-campaign-current = Campaign running now
home-campaign-upcoming = Next campaign
home-campaign-all = All campaigns
material-qr-png = QR code (PNG)
material-qr-svg = QR code (SVG, any size)
material-poster-png = Poster (PNG)
material-poster-svg = Poster (SVG, prints at any size)
material-card-png = Wallet card (PNG)
material-card-svg = Wallet card (SVG)
embed-title = Put the hotline on your website
embed-intro = Copy this code into your web page. The badge has no script, sets no cookie and tracks no one.
embed-badge = Hotline badge
embed-badge-compact = Compact hotline badge
embed-link = Plain link
embed-preview = Preview of the hotline badge
toolkit-sector = Sector: { $sector }
toolkit-guides = Guides to read first
toolkit-steps = On shift: what to do
toolkit-steps-intro = Follow these steps in order. Keep your own safety and the person's safety first.
toolkit-briefing = A 15-minute staff briefing
toolkit-briefing-intro = Print this page and use it to lead a short briefing with your team. Each part has a suggested time. The answers to the questions are below and in the guides.
toolkit-outline = Outline
toolkit-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
toolkit-questions = Questions to discuss
toolkit-answer = Answer:
toolkit-scenarios = Scenarios: what would you do?
toolkit-material = For the staff room
toolkit-material-intro = Print the poster for a staff room or break room, and give each person a wallet card. The QR code on both opens the guide for your sector.
toolkit-qr = QR code for the sector guide
toolkit-share = Texts for your newsletter and intranet
toolkit-share-newsletter = Staff newsletter
toolkit-share-intranet = Intranet or staff chat
toolkit-train = Train your staff
toolkit-train-text = Run a 15-minute briefing with your team, with a poster and wallet cards ready to print:
data-source = Source:
data-as-of = Figures as of { $date }
data-download = Download this table (CSV)
data-definitions = What the words mean
data-not-prevalence = These figures count what was reported. They do not measure how much human trafficking there is.
data-fewer-than = fewer than { $threshold }
data-about = about { $value }
data-more-than = more than { $value }
data-not-published = not published
data-percent = { $value }%
data-partial = partial year
data-related = Related guides
data-home-title = Facts and figures
data-all = All facts and figures
data-csv-notes = Notes
