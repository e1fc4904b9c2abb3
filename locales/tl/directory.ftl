# Ang direktoryo ng mga serbisyo (/<locale>/<directory slug>/): mga filter, listahan, at kahon ng postal code.
# Nagiging URL din ng mga pahina ng filter ang mga label nito, kaya hindi puwedeng magkapareho ang dalawang label.

dir-hotline-first = Hindi sigurado kung saan lalapit? Tawagan muna ang hotline: { $phone }, anumang oras. Puwede ka nitong direktang ikonekta sa isang serbisyong malapit sa iyo.
dir-postal-label = Ang postal code mo
dir-postal-hint = Sapat na ang unang tatlong character, halimbawa K1A. Ang unang letra lang ang ginagamit namin, para malaman ang probinsya o teritoryo mo, at hindi namin ito itinatabi.
dir-postal-submit = Maghanap ng serbisyo
dir-postal-empty = Mag-type ng postal code, o piliin ang probinsya o teritoryo mo sa ibaba.
dir-postal-not-canadian = Mukhang hindi iyan postal code ng Canada. Nagsisimula sa letra ang postal code ng Canada, halimbawa K1A o V6B.
dir-postal-malformed = Tingnan ulit ang postal code: nagsisimula ito sa isang letra, isang numero at isang letra, halimbawa K1A.
dir-postal-error-title = Tingnan ulit ang postal code
dir-map-label = Mapa ng Canada: pumili ng probinsya o teritoryo
dir-map-credit = Balangkas ng mapa: { $credit }
dir-regions = Mga probinsya at teritoryo
dir-region-x = Northwest Territories at Nunavut
dir-filters-label = I-filter ang direktoryo
dir-filter-all = Lahat ng serbisyo
dir-filter-region = Saan
dir-filter-type = Uri ng tulong
dir-filter-population = Para kanino
dir-filter-language = Wikang ginagamit
dir-filter-access = Paano sila maaabot
dir-filter-open = Bukas 24/7
dir-filter-text = Text, chat o TTY
# CLDR (fil/tl): kasama sa "one" ang maraming numero (1, 2, 3, 5, 7, 8, 10...), kaya laging { $count }.
dir-results = { $count ->
    [one] { $count } organisasyon
   *[other] { $count } organisasyon
}
dir-results-none = Wala pang serbisyo sa direktoryo na tumutugma rito. Tumawag sa hotline: may alam itong mga serbisyong wala sa listahang ito.
dir-page = Pahina { $page } ng { $pages }
dir-previous = Naunang pahina
dir-next = Susunod na pahina
dir-pages-label = Mga pahina ng resulta
dir-national = Buong Canada
dir-national-marker = Pambansa
dir-area-served = Saklaw na lugar
dir-what = Ano ang ginagawa nito
dir-who = Para kanino ito
dir-eligibility = Sino ang puwedeng gumamit nito
dir-reach = Paano sila maaabot nang ligtas
dir-phone = Telepono
dir-text = Text
dir-tty = TTY
dir-chat = Online chat
dir-chat-link = Buksan ang chat (sa website nila)
dir-hours = Oras
dir-open-24-7 = Bukas 24 oras bawat araw, 7 araw bawat linggo
dir-languages = Mga wikang ginagamit
dir-trafficking = Tumutulong sa
dir-website = Website
dir-website-leaves = (aalis ka sa site na ito)
dir-note = Mabuting malaman
dir-place = Lugar
dir-address = Address
dir-verified = Huling sinuri noong { $date }
dir-sources = Mga pinagkunan
dir-back = Lahat ng serbisyo sa direktoryo
dir-listing-title = { $name }: paano sila maaabot
dir-facet-title = { $directory }: { $filter }

dir-type-crisis = Suporta sa krisis
dir-type-counselling = Pagpapayo
dir-type-information = Impormasyon at referral
dir-type-shelter = Paghahanap ng shelter
dir-type-victim-services = Serbisyo para sa biktima
dir-type-legal = Tulong legal
dir-type-work-rights = Karapatan sa trabaho
dir-type-immigration = Status sa imigrasyon
dir-type-report = Pag-uulat ng krimen o pang-aabuso
dir-type-online-exploitation = Sekswal na larawang ibinahagi online

dir-pop-anyone = Kahit sino
dir-pop-children-youth = Mga bata at kabataan
dir-pop-women = Kababaihan
dir-pop-indigenous = Mga Katutubo
dir-pop-migrant-workers = Mga migranteng manggagawa
dir-pop-francophone = Mga nagsasalita ng French
dir-pop-victims = Mga biktima ng krimen
dir-pop-low-income = Mga may mababang kita

dir-trafficking-sex = Sex trafficking
dir-trafficking-labour = Trafficking para sa trabaho

dir-lang-eng = English
dir-lang-fra = French
dir-lang-cre = Cree
dir-lang-oji = Ojibwe
dir-lang-iku = Inuktitut
dir-lang-spa = Espanyol
dir-lang-cmn = Mandarin
dir-lang-yue = Cantonese
dir-lang-pan = Punjabi
dir-lang-tgl = Tagalog
dir-lang-arb = Arabe
dir-lang-ukr = Ukrainian

dir-search-heading = Sa direktoryo ng iba pang serbisyo
# Between the items of a list (who a service serves, its languages).
dir-separator = { ", " }
