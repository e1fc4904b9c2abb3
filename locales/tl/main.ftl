# Mga salita ng interface sa Tagalog (Filipino). Pareho ang mga message id sa locales/en/main.ftl.
# Ang mga detalye ng hotline (numero, address) ay galing sa content/site.toml, hindi rito.

language-name = Tagalog
site-name = Hotline ng Canada Laban sa Human Trafficking
site-tagline = Kumpidensyal na tulong, 24 oras araw-araw, sa telepono sa higit 200 wika.

## Page shell
skip-link = Lumaktaw sa pangunahing nilalaman
quick-exit = Umalis agad
quick-exit-prefix = Para sa kaligtasan:
quick-exit-skip = Umalis na sa site na ito ngayon (umalis agad)
safety-notice = May tumitingin ba sa device na ito? Gumamit ng mas ligtas na device kung kaya mo. Para mabilis na umalis, pindutin ang Shift nang 3 beses o gamitin ang Umalis agad.
safety-notice-link = Paano manatiling ligtas
nav-label = Pangunahin
languages-label = Mga wika
footer-privacy = Walang cookie ang site na ito. Hindi nito itinatala ang pagbisita mo, at wala itong kinukuha mula sa ibang site.
footer-not-police = Kumpidensyal ang hotline. Hindi ito pulis o gobyerno.

## Hotline block (on every page)
hotline-label = Hotline
hotline-call = Tumawag sa { $phone }
hotline-hours = 24/7
hotline-languages = 200+ wika sa telepono
hotline-chat = Chat
hotline-email = Email
hotline-tty = TTY
hotline-tip = Magpadala ng ulat
hotline-emergency = Nasa panganib ka ba ngayon? Tumawag sa { $number }

## Quick exit script (read by screen readers)
quick-exit-press-1 = Pinindot ang Shift. Pindutin pa nang 2 beses para umalis sa site na ito.
quick-exit-press-2 = Pinindot ang Shift. Pindutin pa nang 1 beses para umalis sa site na ito.
quick-exit-expired = Hindi itinuloy ang mabilis na pag-alis.
quick-exit-neutral-title = Lagay ng Panahon

## Lists and pages
section-contents = Sa seksyong ito
page-updated = Na-update noong { $date }
not-found-title = Hindi nakita ang pahina
not-found-description = Hindi namin makita ang pahinang iyon.
not-found-text = Baka mali ang pagkaka-type ng address, o baka nailipat na ang pahina. Nandito pa rin ang hotline para sa iyo.
not-found-home = Pumunta sa home page

## Guides
guide-note = Walang iisang palatandaan na nagpapatunay na biktima ng trafficking ang isang tao. Puwede ring maging biktima ang isang tao kahit wala siyang ipinapakitang alinman sa mga palatandaang ito. Tingnan ang buong sitwasyon.
guide-act-title = Ano ang puwede mong gawin
guide-act-no-confront = Huwag komprontahin ang taong pinaghihinalaan mo, at huwag subukang iligtas nang mag-isa ang isang tao. Puwede nitong ilagay sa panganib sila at ikaw.
guide-act-contact = Tumawag, mag-chat o mag-email sa hotline para pag-usapan ito. Kumpidensyal ito, at hindi mo kailangang ibigay ang pangalan mo.
guide-act-emergency = Kung may taong nasa agarang panganib, tumawag sa { $number }.
guide-for = Para sa
guide-settings = Saan
guide-reviewed = Huling sinuri noong { $date }
guide-sources = Mga pinagkunan

## Words for audiences and settings
audience-public = Lahat
audience-workers = Mga manggagawa
audience-youth = Mga kabataan
audience-parents = Mga magulang at tagapag-alaga
audience-educators = Mga guro at kawani ng paaralan
audience-employers = Mga employer
audience-health-care = Mga manggagawa sa kalusugan
audience-hospitality = Mga kawani ng hotel at restawran
audience-transport = Mga manggagawa sa transportasyon at biyahe
audience-finance = Mga kawani ng bangko at padalahan ng pera
audience-survivors = Mga taong maaaring biktima ng trafficking
setting-any = Kahit saan
setting-workplace = Mga lugar ng trabaho
setting-home = Mga tahanan
setting-online = Online
setting-hotels = Mga hotel
setting-health-care = Pangangalagang pangkalusugan
setting-transport = Transportasyon at biyahe
setting-farms = Mga bukid at pagpoproseso ng pagkain
setting-schools = Mga paaralan
setting-finance = Mga bangko at pera

## Dates: { $day } { $month } { $year }
# Sa Filipino, karaniwang buwan, araw, taon: Mayo 29, 2019.
date-format = { $month } { $day }, { $year }
month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre

## Guide filters (each filter is a page of its own)
filter-label = Ipakita ang mga gabay
filter-all = Lahat ng gabay

## Search (the results page title stays neutral: it never shows the query)
search-label = Maghanap sa site na ito
search-button = Hanapin
search-title = Paghahanap
search-description = Maghanap sa mga gabay at pahina ng site na ito.
search-count = { $count ->
    [one] { $count } pahina ang nakita
   *[other] { $count } pahina ang nakita
}
search-none = Walang pahinang tumugma sa mga salitang iyon.
search-none-help = Subukan ang ibang salita o mas kaunting salita, tingnan ang mga palatandaan ng trafficking, o kausapin ang hotline. Kumpidensyal ito.
search-browse = Lahat ng pahina
search-previous = Mga naunang resulta
search-next = Iba pang resulta
search-busy = Masyadong maraming naghahanap ngayon. Pakisubukan ulit mamaya.

## Campaigns and the partner toolkit
campaign-current = Kasalukuyang kampanya
campaign-upcoming = Paparating na kampanya
campaign-past = Nakaraang kampanya
campaign-dates = { $start } hanggang { $end }
campaign-share = Ibahagi ang kampanyang ito
campaign-share-short = Post sa social media
campaign-share-long = Newsletter o email
campaign-copy = Kopyahin ang teksto
campaign-copied = Nakopya na
campaign-qr = QR code ng pahinang ito
campaign-qr-alt = QR code na nagbubukas ng { $url }
campaign-downloads = Mga poster, card at QR code
campaigns-current = Mga kasalukuyang kampanya
campaigns-upcoming = Mga paparating na kampanya
campaigns-past = Mga nakaraang kampanya
home-campaign-current = Kampanyang kasalukuyang tumatakbo
home-campaign-upcoming = Susunod na kampanya
home-campaign-all = Lahat ng kampanya
material-qr-png = QR code (PNG)
material-qr-svg = QR code (SVG, kahit anong laki)
material-poster-png = Poster (PNG)
material-poster-svg = Poster (SVG, puwedeng i-print sa kahit anong laki)
material-card-png = Card na pang-wallet (PNG)
material-card-svg = Card na pang-wallet (SVG)
embed-title = Ilagay ang hotline sa website mo
embed-intro = Kopyahin ang code na ito at i-paste sa web page mo. Walang script ang badge, hindi ito naglalagay ng cookie, at wala itong sinusubaybayan.
embed-badge = Badge ng hotline
embed-badge-compact = Maliit na badge ng hotline
embed-link = Simpleng link
embed-preview = Preview ng badge ng hotline

## Sector toolkits
toolkit-sector = Sektor: { $sector }
toolkit-guides = Mga gabay na dapat basahin muna
toolkit-steps = Habang naka-duty: ano ang gagawin
toolkit-steps-intro = Sundin ang mga hakbang na ito ayon sa pagkakasunod-sunod. Unahin ang sarili mong kaligtasan at ang kaligtasan ng tao.
toolkit-briefing = Isang 15 minutong briefing para sa mga kawani
toolkit-briefing-intro = I-print ang pahinang ito at gamitin ito para pangunahan ang isang maikling briefing kasama ang team mo. May mungkahing oras ang bawat bahagi. Nasa ibaba at nasa mga gabay ang mga sagot sa mga tanong.
toolkit-outline = Balangkas
toolkit-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minuto
}
toolkit-questions = Mga tanong na pag-uusapan
toolkit-answer = Sagot:
toolkit-scenarios = Mga sitwasyon: ano ang gagawin mo?
toolkit-material = Para sa staff room
toolkit-material-intro = I-print ang poster para sa staff room o pahingahan, at bigyan ang bawat isa ng card na pang-wallet. Binubuksan ng QR code sa dalawang ito ang gabay para sa sektor mo.
toolkit-qr = QR code ng gabay para sa sektor
toolkit-share = Mga teksto para sa newsletter at intranet mo
toolkit-share-newsletter = Newsletter para sa mga kawani
toolkit-share-intranet = Intranet o chat ng mga kawani
toolkit-train = Sanayin ang mga kawani mo
toolkit-train-text = Magsagawa ng 15 minutong briefing kasama ang team mo, na may poster at mga card na pang-wallet na handa nang i-print:

## Facts and figures (data pages)
data-source = Pinagkunan:
data-as-of = Mga bilang hanggang { $date }
data-download = I-download ang talahanayang ito (CSV)
data-definitions = Ang ibig sabihin ng mga salita
data-not-prevalence = Binibilang ng mga numerong ito ang mga iniulat. Hindi nito sinusukat kung gaano karami ang human trafficking.
data-fewer-than = mas kaunti sa { $threshold }
data-about = humigit-kumulang { $value }
data-more-than = higit sa { $value }
data-not-published = hindi inilathala
data-percent = { $value }%
data-partial = hindi buong taon
data-related = Mga kaugnay na gabay
data-home-title = Mga datos at bilang
data-all = Lahat ng datos at bilang
data-csv-notes = Mga tala
