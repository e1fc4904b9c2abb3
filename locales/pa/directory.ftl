# ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ (/<locale>/<directory slug>/): ਛਾਂਟਣ ਦੇ ਬਟਨ, ਸੇਵਾਵਾਂ, ਪੋਸਟਲ ਕੋਡ ਵਾਲਾ ਖ਼ਾਨਾ।
# The referral directory (/<locale>/<directory slug>/): filters, listings, the postal-code box.
# Labels of filters also make the filter pages' URLs, so two labels must not be the same.

dir-hotline-first = ਪੱਕਾ ਨਹੀਂ ਪਤਾ ਕਿ ਕਿੱਥੋਂ ਮਦਦ ਲਈਏ? ਪਹਿਲਾਂ ਹੌਟਲਾਈਨ ਨੂੰ ਫ਼ੋਨ ਕਰੋ: { $phone }, ਕਿਸੇ ਵੀ ਵੇਲੇ। ਇਹ ਤੁਹਾਨੂੰ ਸਿੱਧਾ ਤੁਹਾਡੇ ਨੇੜੇ ਦੀ ਕਿਸੇ ਸੇਵਾ ਨਾਲ ਜੋੜ ਸਕਦੀ ਹੈ।
dir-postal-label = ਤੁਹਾਡਾ ਪੋਸਟਲ ਕੋਡ
dir-postal-hint = ਪਹਿਲੇ ਤਿੰਨ ਅੱਖਰ ਹੀ ਕਾਫ਼ੀ ਹਨ, ਜਿਵੇਂ K1A। ਤੁਹਾਡਾ ਸੂਬਾ ਜਾਂ ਟੈਰੀਟਰੀ ਲੱਭਣ ਲਈ ਅਸੀਂ ਸਿਰਫ਼ ਪਹਿਲਾ ਅੱਖਰ ਵਰਤਦੇ ਹਾਂ, ਅਤੇ ਇਸ ਨੂੰ ਸਾਂਭ ਕੇ ਨਹੀਂ ਰੱਖਦੇ।
dir-postal-submit = ਸੇਵਾਵਾਂ ਲੱਭੋ
dir-postal-empty = ਪੋਸਟਲ ਕੋਡ ਲਿਖੋ, ਜਾਂ ਹੇਠਾਂ ਆਪਣਾ ਸੂਬਾ ਜਾਂ ਟੈਰੀਟਰੀ ਚੁਣੋ।
dir-postal-not-canadian = ਇਹ ਕੈਨੇਡਾ ਦਾ ਪੋਸਟਲ ਕੋਡ ਨਹੀਂ ਲੱਗਦਾ। ਕੈਨੇਡਾ ਦਾ ਕੋਡ ਅੰਗਰੇਜ਼ੀ ਦੇ ਕਿਸੇ ਅੱਖਰ ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ, ਜਿਵੇਂ K1A ਜਾਂ V6B।
dir-postal-malformed = ਪੋਸਟਲ ਕੋਡ ਚੈੱਕ ਕਰੋ: ਇਹ ਇੱਕ ਅੱਖਰ, ਇੱਕ ਅੰਕ ਅਤੇ ਫਿਰ ਇੱਕ ਅੱਖਰ ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ, ਜਿਵੇਂ K1A।
dir-postal-error-title = ਪੋਸਟਲ ਕੋਡ ਚੈੱਕ ਕਰੋ
dir-map-label = ਕੈਨੇਡਾ ਦਾ ਨਕਸ਼ਾ: ਕੋਈ ਸੂਬਾ ਜਾਂ ਟੈਰੀਟਰੀ ਚੁਣੋ
dir-map-credit = ਨਕਸ਼ੇ ਦੀਆਂ ਹੱਦਾਂ: { $credit }
dir-regions = ਸੂਬੇ ਅਤੇ ਟੈਰੀਟਰੀਆਂ
dir-region-x = ਨੌਰਥਵੈਸਟ ਟੈਰੀਟਰੀਜ਼ ਅਤੇ ਨੂਨਾਵੁਤ
dir-filters-label = ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਛਾਂਟੋ
dir-filter-all = ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ
dir-filter-region = ਕਿੱਥੇ
dir-filter-type = ਮਦਦ ਦੀ ਕਿਸਮ
dir-filter-population = ਕਿਨ੍ਹਾਂ ਲਈ
dir-filter-language = ਬੋਲੀ ਜਾਂਦੀ ਭਾਸ਼ਾ
dir-filter-access = ਸੰਪਰਕ ਕਿਵੇਂ ਕਰੀਏ
dir-filter-open = 24/7 ਖੁੱਲ੍ਹਾ
dir-filter-text = ਟੈਕਸਟ, ਚੈਟ ਜਾਂ TTY
dir-results = { $count ->
    [one] { $count } ਸੰਸਥਾ
   *[other] { $count } ਸੰਸਥਾਵਾਂ
}
dir-results-none = ਸੂਚੀ ਵਿੱਚ ਹਾਲੇ ਇਸ ਨਾਲ ਮਿਲਦੀ ਕੋਈ ਸੇਵਾ ਨਹੀਂ ਹੈ। ਹੌਟਲਾਈਨ ਨੂੰ ਫ਼ੋਨ ਕਰੋ: ਉਸ ਨੂੰ ਉਹਨਾਂ ਸੇਵਾਵਾਂ ਬਾਰੇ ਵੀ ਪਤਾ ਹੈ ਜੋ ਇੱਥੇ ਨਹੀਂ ਲਿਖੀਆਂ।
dir-page = ਪੰਨਾ { $page }, ਕੁੱਲ { $pages } ਵਿੱਚੋਂ
dir-previous = ਪਿਛਲਾ ਪੰਨਾ
dir-next = ਅਗਲਾ ਪੰਨਾ
dir-pages-label = ਨਤੀਜਿਆਂ ਦੇ ਪੰਨੇ
dir-national = ਸਾਰਾ ਕੈਨੇਡਾ
dir-national-marker = ਕੌਮੀ
dir-area-served = ਕਿਹੜੇ ਇਲਾਕੇ ਲਈ
dir-what = ਇਹ ਕੀ ਕਰਦੀ ਹੈ
dir-who = ਕਿਨ੍ਹਾਂ ਲਈ ਹੈ
dir-eligibility = ਕੌਣ ਵਰਤ ਸਕਦਾ ਹੈ
dir-reach = ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਸੰਪਰਕ ਕਿਵੇਂ ਕਰੀਏ
dir-phone = ਫ਼ੋਨ
dir-text = ਟੈਕਸਟ
dir-tty = TTY
dir-chat = ਔਨਲਾਈਨ ਚੈਟ
dir-chat-link = ਚੈਟ ਖੋਲ੍ਹੋ (ਉਹਨਾਂ ਦੀ ਵੈੱਬਸਾਈਟ ਉੱਤੇ)
dir-hours = ਸਮਾਂ
dir-open-24-7 = ਦਿਨ-ਰਾਤ 24 ਘੰਟੇ, ਹਫ਼ਤੇ ਦੇ 7 ਦਿਨ ਖੁੱਲ੍ਹਾ
dir-languages = ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
dir-trafficking = ਕਿਸ ਵਿੱਚ ਮਦਦ ਕਰਦੀ ਹੈ
dir-website = ਵੈੱਬਸਾਈਟ
dir-website-leaves = (ਇਸ ਸਾਈਟ ਤੋਂ ਬਾਹਰ ਲੈ ਜਾਂਦਾ ਹੈ)
dir-note = ਇਹ ਵੀ ਜਾਣੋ
dir-place = ਥਾਂ
dir-address = ਪਤਾ
dir-verified = ਆਖ਼ਰੀ ਵਾਰ { $date } ਨੂੰ ਜਾਂਚਿਆ ਗਿਆ
dir-sources = ਸਰੋਤ
dir-back = ਸੂਚੀ ਦੀਆਂ ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ
dir-listing-title = { $name }: ਸੰਪਰਕ ਕਿਵੇਂ ਕਰੀਏ
dir-facet-title = { $directory }: { $filter }

dir-type-crisis = ਸੰਕਟ ਵਿੱਚ ਮਦਦ
dir-type-counselling = ਕਾਉਂਸਲਿੰਗ
dir-type-information = ਜਾਣਕਾਰੀ ਅਤੇ ਰੈਫ਼ਰਲ
dir-type-shelter = ਸ਼ੈਲਟਰ ਲੱਭਣਾ
dir-type-victim-services = ਪੀੜਤਾਂ ਲਈ ਸੇਵਾਵਾਂ
dir-type-legal = ਕਾਨੂੰਨੀ ਮਦਦ
dir-type-work-rights = ਕੰਮ ਉੱਤੇ ਹੱਕ
dir-type-immigration = ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਟੇਟਸ
dir-type-report = ਜੁਰਮ ਜਾਂ ਦੁਰਵਿਹਾਰ ਦੀ ਰਿਪੋਰਟ
dir-type-online-exploitation = ਔਨਲਾਈਨ ਸਾਂਝੀਆਂ ਕੀਤੀਆਂ ਜਿਨਸੀ ਤਸਵੀਰਾਂ

dir-pop-anyone = ਕੋਈ ਵੀ
dir-pop-children-youth = ਬੱਚੇ ਅਤੇ ਨੌਜਵਾਨ
dir-pop-women = ਔਰਤਾਂ
dir-pop-indigenous = ਮੂਲਨਿਵਾਸੀ ਲੋਕ
dir-pop-migrant-workers = ਪਰਵਾਸੀ ਕਾਮੇ
dir-pop-francophone = ਫ਼ਰੈਂਚ ਬੋਲਣ ਵਾਲੇ
dir-pop-victims = ਜੁਰਮ ਦੇ ਪੀੜਤ
dir-pop-low-income = ਘੱਟ ਆਮਦਨ ਵਾਲੇ ਲੋਕ

dir-trafficking-sex = ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਲਈ ਤਸਕਰੀ
dir-trafficking-labour = ਮਜ਼ਦੂਰੀ ਲਈ ਤਸਕਰੀ

dir-lang-eng = ਅੰਗਰੇਜ਼ੀ
dir-lang-fra = ਫ਼ਰੈਂਚ
dir-lang-cre = ਕ੍ਰੀ
dir-lang-oji = ਓਜਿਬਵੇ
dir-lang-iku = ਇਨੁਕਟੀਟੂਟ
dir-lang-spa = ਸਪੈਨਿਸ਼
dir-lang-cmn = ਮੈਂਡਰਿਨ
dir-lang-yue = ਕੈਂਟੋਨੀਜ਼
dir-lang-pan = ਪੰਜਾਬੀ
dir-lang-tgl = ਟੈਗਾਲੋਗ
dir-lang-arb = ਅਰਬੀ
dir-lang-ukr = ਯੂਕਰੇਨੀ

dir-search-heading = ਹੋਰ ਸੇਵਾਵਾਂ ਦੀ ਡਾਇਰੈਕਟਰੀ ਵਿੱਚ
# Between the items of a list (who a service serves, its languages).
dir-separator = { ", " }
