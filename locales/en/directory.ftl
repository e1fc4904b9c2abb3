# The referral directory (/<locale>/<directory slug>/): filters, listings, the postal-code box.
# Labels of filters also make the filter pages' URLs, so two labels must not be the same.

dir-hotline-first = Not sure where to turn? Call the hotline first: { $phone }, at any hour. It can connect you directly with a service near you.
dir-postal-label = Your postal code
dir-postal-hint = The first three characters are enough, for example K1A. We use only the first letter, to find your province or territory, and we do not keep it.
dir-postal-submit = Find services
dir-postal-empty = Type a postal code, or choose your province or territory below.
dir-postal-not-canadian = That does not look like a Canadian postal code. A Canadian code starts with a letter, for example K1A or V6B.
dir-postal-malformed = Check the postal code: it starts with a letter, a number and a letter, for example K1A.
dir-postal-error-title = Check the postal code
dir-map-label = Map of Canada: choose a province or territory
dir-map-credit = Map outline: { $credit }
dir-regions = Provinces and territories
dir-region-x = Northwest Territories and Nunavut
dir-filters-label = Filter the directory
dir-filter-all = All services
dir-filter-region = Where
dir-filter-type = Kind of help
dir-filter-population = Who it serves
dir-filter-language = Language spoken
dir-filter-access = How to reach them
dir-filter-open = Open 24/7
dir-filter-text = Text, chat or TTY
dir-results = { $count ->
    [one] 1 organization
   *[other] { $count } organizations
}
dir-results-none = No service in the directory matches this yet. Call the hotline: it knows services that are not listed here.
dir-page = Page { $page } of { $pages }
dir-previous = Previous page
dir-next = Next page
dir-pages-label = Pages of results
dir-national = All of Canada
dir-national-marker = National
dir-area-served = Area served
dir-what = What it does
dir-who = Who it serves
dir-eligibility = Who can use it
dir-reach = How to reach them safely
dir-phone = Phone
dir-text = Text
dir-tty = TTY
dir-chat = Online chat
dir-chat-link = Open the chat (on their website)
dir-hours = Hours
dir-open-24-7 = Open 24 hours a day, 7 days a week
dir-languages = Languages spoken
dir-trafficking = Helps with
dir-website = Website
dir-website-leaves = (leaves this site)
dir-note = Good to know
dir-place = Place
dir-address = Address
dir-verified = Last verified: { $date }
dir-sources = Sources
dir-back = All services in the directory
dir-listing-title = { $name }: how to reach them
dir-facet-title = { $directory }: { $filter }

dir-type-crisis = Crisis support
dir-type-counselling = Counselling
dir-type-information = Information and referral
dir-type-shelter = Finding a shelter
dir-type-victim-services = Victim services
dir-type-legal = Legal help
dir-type-work-rights = Rights at work
dir-type-immigration = Immigration status
dir-type-report = Reporting a crime or abuse
dir-type-online-exploitation = Sexual images shared online

dir-pop-anyone = Anyone
dir-pop-children-youth = Children and youth
dir-pop-women = Women
dir-pop-indigenous = Indigenous people
dir-pop-migrant-workers = Migrant workers
dir-pop-francophone = French speakers
dir-pop-victims = Victims of crime
dir-pop-low-income = People with low incomes

dir-trafficking-sex = Sex trafficking
dir-trafficking-labour = Labour trafficking

dir-lang-eng = English
dir-lang-fra = French
dir-lang-cre = Cree
dir-lang-oji = Ojibwe
dir-lang-iku = Inuktitut
dir-lang-spa = Spanish
dir-lang-cmn = Mandarin
dir-lang-yue = Cantonese
dir-lang-pan = Punjabi
dir-lang-tgl = Tagalog
dir-lang-arb = Arabic
dir-lang-ukr = Ukrainian

dir-search-heading = In the directory of other services
# Between the items of a list (who a service serves, its languages).
dir-separator = { ", " }
