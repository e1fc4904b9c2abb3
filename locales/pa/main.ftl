# ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ) ਲਈ ਇੰਟਰਫ਼ੇਸ ਦੇ ਸ਼ਬਦ। ਹਰ ਭਾਸ਼ਾ ਵਿੱਚ ਸੁਨੇਹਿਆਂ ਦੇ id ਇੱਕੋ ਜਿਹੇ ਹਨ।
# Interface strings for Punjabi (Gurmukhi). Every other locale has the same message ids.
# Hotline facts (numbers, addresses) come from content/site.toml, never from here.

language-name = ਪੰਜਾਬੀ
site-name = ਕੈਨੇਡੀਅਨ ਮਨੁੱਖੀ ਤਸਕਰੀ ਹੌਟਲਾਈਨ
site-tagline = ਗੁਪਤ ਮਦਦ, ਦਿਨ-ਰਾਤ 24 ਘੰਟੇ। ਫ਼ੋਨ ਉੱਤੇ 200 ਤੋਂ ਵੱਧ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ।

## Page shell
skip-link = ਸਿੱਧਾ ਮੁੱਖ ਹਿੱਸੇ ਉੱਤੇ ਜਾਓ
quick-exit = ਤੁਰੰਤ ਬਾਹਰ ਨਿਕਲੋ
quick-exit-prefix = ਸੁਰੱਖਿਆ ਲਈ:
quick-exit-skip = ਇਹ ਸਾਈਟ ਹੁਣੇ ਛੱਡੋ (ਤੁਰੰਤ ਬਾਹਰ ਨਿਕਲੋ)
safety-notice = ਕੀ ਕੋਈ ਇਸ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਦੀ ਜਾਂਚ ਕਰਦਾ ਹੈ? ਹੋ ਸਕੇ ਤਾਂ ਕੋਈ ਹੋਰ, ਸੁਰੱਖਿਅਤ ਡਿਵਾਈਸ ਵਰਤੋ। ਜਲਦੀ ਨਿਕਲਣ ਲਈ ਸ਼ਿਫ਼ਟ (Shift) ਬਟਨ 3 ਵਾਰ ਦਬਾਓ, ਜਾਂ "ਤੁਰੰਤ ਬਾਹਰ ਨਿਕਲੋ" ਦਬਾਓ।
safety-notice-link = ਸੁਰੱਖਿਅਤ ਕਿਵੇਂ ਰਹੀਏ
nav-label = ਮੁੱਖ ਮੀਨੂ
languages-label = ਭਾਸ਼ਾਵਾਂ
footer-privacy = ਇਹ ਸਾਈਟ ਕੋਈ ਕੂਕੀ ਨਹੀਂ ਵਰਤਦੀ, ਤੁਹਾਡੇ ਆਉਣ ਦਾ ਕੋਈ ਰਿਕਾਰਡ ਨਹੀਂ ਰੱਖਦੀ, ਅਤੇ ਹੋਰ ਸਾਈਟਾਂ ਤੋਂ ਕੁਝ ਵੀ ਲੋਡ ਨਹੀਂ ਕਰਦੀ।
footer-not-police = ਹੌਟਲਾਈਨ ਗੁਪਤ ਹੈ। ਇਹ ਪੁਲਿਸ ਨਹੀਂ ਹੈ, ਅਤੇ ਸਰਕਾਰ ਵੀ ਨਹੀਂ ਹੈ।

## Hotline block (on every page)
hotline-label = ਹੌਟਲਾਈਨ
hotline-call = { $phone } ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ
hotline-hours = 24/7
hotline-languages = ਫ਼ੋਨ ਉੱਤੇ 200+ ਭਾਸ਼ਾਵਾਂ
hotline-chat = ਚੈਟ
hotline-email = ਈਮੇਲ
hotline-tty = TTY
hotline-tip = ਸੂਚਨਾ ਭੇਜੋ
hotline-emergency = ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ? { $number } ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ

## Quick exit script (read by screen readers)
quick-exit-press-1 = ਸ਼ਿਫ਼ਟ ਬਟਨ ਦਬਾਇਆ ਗਿਆ। ਇਹ ਸਾਈਟ ਛੱਡਣ ਲਈ 2 ਵਾਰ ਹੋਰ ਦਬਾਓ।
quick-exit-press-2 = ਸ਼ਿਫ਼ਟ ਬਟਨ ਦਬਾਇਆ ਗਿਆ। ਇਹ ਸਾਈਟ ਛੱਡਣ ਲਈ 1 ਵਾਰ ਹੋਰ ਦਬਾਓ।
quick-exit-expired = ਤੁਰੰਤ ਬਾਹਰ ਨਿਕਲਣਾ ਰੱਦ ਹੋ ਗਿਆ।
quick-exit-neutral-title = ਮੌਸਮ

## Lists and pages
section-contents = ਇਸ ਹਿੱਸੇ ਵਿੱਚ
page-updated = ਆਖ਼ਰੀ ਅੱਪਡੇਟ: { $date }
not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-description = ਸਾਨੂੰ ਇਹ ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ।
not-found-text = ਹੋ ਸਕਦਾ ਹੈ ਪਤਾ ਗ਼ਲਤ ਲਿਖਿਆ ਗਿਆ ਹੋਵੇ, ਜਾਂ ਪੰਨਾ ਕਿਸੇ ਹੋਰ ਥਾਂ ਚਲਾ ਗਿਆ ਹੋਵੇ। ਫਿਰ ਵੀ, ਹੌਟਲਾਈਨ ਤੁਹਾਡੀ ਮਦਦ ਲਈ ਹਾਜ਼ਰ ਹੈ।
not-found-home = ਮੁੱਖ ਪੰਨੇ ਉੱਤੇ ਜਾਓ

## Guides
guide-note = ਕੋਈ ਇੱਕ ਨਿਸ਼ਾਨੀ ਇਹ ਸਾਬਤ ਨਹੀਂ ਕਰਦੀ ਕਿ ਕਿਸੇ ਦੀ ਤਸਕਰੀ ਹੋ ਰਹੀ ਹੈ। ਅਤੇ ਕਿਸੇ ਦੀ ਤਸਕਰੀ ਹੋ ਸਕਦੀ ਹੈ, ਭਾਵੇਂ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਵੀ ਨਿਸ਼ਾਨੀ ਨਾ ਦਿਸੇ। ਪੂਰੀ ਸਥਿਤੀ ਨੂੰ ਦੇਖੋ।
guide-act-title = ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ
guide-act-no-confront = ਜਿਸ ਉੱਤੇ ਤੁਹਾਨੂੰ ਸ਼ੱਕ ਹੈ, ਉਸ ਦਾ ਸਾਹਮਣਾ ਨਾ ਕਰੋ ਅਤੇ ਉਸ ਨਾਲ ਉਲਝੋ ਨਾ। ਕਿਸੇ ਨੂੰ ਆਪ ਛੁਡਾਉਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਵੀ ਨਾ ਕਰੋ। ਇਸ ਨਾਲ ਉਹ ਅਤੇ ਤੁਸੀਂ ਖ਼ਤਰੇ ਵਿੱਚ ਪੈ ਸਕਦੇ ਹੋ।
guide-act-contact = ਗੱਲ ਕਰਨ ਲਈ ਹੌਟਲਾਈਨ ਨੂੰ ਫ਼ੋਨ, ਚੈਟ ਜਾਂ ਈਮੇਲ ਕਰੋ। ਇਹ ਗੁਪਤ ਹੈ, ਅਤੇ ਤੁਹਾਨੂੰ ਆਪਣਾ ਨਾਂ ਦੱਸਣ ਦੀ ਲੋੜ ਨਹੀਂ।
guide-act-emergency = ਜੇ ਕਿਸੇ ਨੂੰ ਇਸ ਵੇਲੇ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ { $number } ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ।
guide-for = ਕਿਸ ਲਈ
guide-settings = ਕਿੱਥੇ
guide-reviewed = ਆਖ਼ਰੀ ਵਾਰ { $date } ਨੂੰ ਜਾਂਚਿਆ ਗਿਆ
guide-sources = ਸਰੋਤ

## Words for audiences and settings
audience-public = ਹਰ ਕੋਈ
audience-workers = ਕਾਮੇ
audience-youth = ਨੌਜਵਾਨ
audience-parents = ਮਾਪੇ ਅਤੇ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ
audience-educators = ਅਧਿਆਪਕ ਅਤੇ ਸਕੂਲ ਦਾ ਸਟਾਫ਼
audience-employers = ਕੰਮ ਦੇਣ ਵਾਲੇ ਮਾਲਕ
audience-health-care = ਸਿਹਤ ਸੇਵਾ ਦੇ ਕਾਮੇ
audience-hospitality = ਹੋਟਲ ਅਤੇ ਰੈਸਟੋਰੈਂਟ ਦਾ ਸਟਾਫ਼
audience-transport = ਆਵਾਜਾਈ ਅਤੇ ਸਫ਼ਰ ਦੇ ਕਾਮੇ
audience-finance = ਬੈਂਕ ਅਤੇ ਪੈਸੇ ਭੇਜਣ ਵਾਲੀਆਂ ਸੇਵਾਵਾਂ ਦਾ ਸਟਾਫ਼
audience-survivors = ਜਿਨ੍ਹਾਂ ਲੋਕਾਂ ਦੀ ਸ਼ਾਇਦ ਤਸਕਰੀ ਹੋ ਰਹੀ ਹੈ
setting-any = ਕਿਤੇ ਵੀ
setting-workplace = ਕੰਮ ਦੀਆਂ ਥਾਵਾਂ
setting-home = ਘਰ
setting-online = ਔਨਲਾਈਨ
setting-hotels = ਹੋਟਲ
setting-health-care = ਸਿਹਤ ਸੇਵਾਵਾਂ
setting-transport = ਆਵਾਜਾਈ ਅਤੇ ਸਫ਼ਰ
setting-farms = ਫ਼ਾਰਮ ਅਤੇ ਖਾਣੇ ਦੀ ਪ੍ਰੋਸੈਸਿੰਗ
setting-schools = ਸਕੂਲ
setting-finance = ਬੈਂਕ ਅਤੇ ਪੈਸਾ

## Dates: { $day } { $month } { $year }
date-format = { $day } { $month } { $year }
month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ

## Guide filters (each filter is a page of its own)
filter-label = ਗਾਈਡਾਂ ਦਿਖਾਓ
filter-all = ਸਾਰੀਆਂ ਗਾਈਡਾਂ

## Search (the results page title stays neutral: it never shows the query)
search-label = ਇਸ ਸਾਈਟ ਵਿੱਚ ਖੋਜੋ
search-button = ਖੋਜੋ
search-title = ਖੋਜ
search-description = ਇਸ ਸਾਈਟ ਦੀਆਂ ਗਾਈਡਾਂ ਅਤੇ ਪੰਨਿਆਂ ਵਿੱਚ ਖੋਜੋ।
search-count = { $count ->
    [one] 1 ਪੰਨਾ ਮਿਲਿਆ
   *[other] { $count } ਪੰਨੇ ਮਿਲੇ
}
search-none = ਇਹਨਾਂ ਸ਼ਬਦਾਂ ਨਾਲ ਕੋਈ ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ।
search-none-help = ਹੋਰ ਜਾਂ ਘੱਟ ਸ਼ਬਦ ਵਰਤ ਕੇ ਦੇਖੋ, ਤਸਕਰੀ ਦੀਆਂ ਨਿਸ਼ਾਨੀਆਂ ਦੇਖੋ, ਜਾਂ ਹੌਟਲਾਈਨ ਨਾਲ ਗੱਲ ਕਰੋ। ਇਹ ਗੁਪਤ ਹੈ।
search-browse = ਸਾਰੇ ਪੰਨੇ
search-previous = ਪਿਛਲੇ ਨਤੀਜੇ
search-next = ਹੋਰ ਨਤੀਜੇ
search-busy = ਇੱਕੋ ਵੇਲੇ ਬਹੁਤ ਸਾਰੀਆਂ ਖੋਜਾਂ ਹੋ ਰਹੀਆਂ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## Campaigns and the partner toolkit
campaign-current = ਚੱਲ ਰਹੀ ਮੁਹਿੰਮ
campaign-upcoming = ਆਉਣ ਵਾਲੀ ਮੁਹਿੰਮ
campaign-past = ਪਿਛਲੀ ਮੁਹਿੰਮ
campaign-dates = { $start } ਤੋਂ { $end } ਤੱਕ
campaign-share = ਇਹ ਮੁਹਿੰਮ ਸਾਂਝੀ ਕਰੋ
campaign-share-short = ਸੋਸ਼ਲ ਮੀਡੀਆ ਪੋਸਟ
campaign-share-long = ਨਿਊਜ਼ਲੈਟਰ ਜਾਂ ਈਮੇਲ
campaign-copy = ਲਿਖਤ ਕਾਪੀ ਕਰੋ
campaign-copied = ਕਾਪੀ ਹੋ ਗਿਆ
campaign-qr = ਇਸ ਪੰਨੇ ਦਾ QR ਕੋਡ
campaign-qr-alt = QR ਕੋਡ ਜੋ { $url } ਖੋਲ੍ਹਦਾ ਹੈ
campaign-downloads = ਪੋਸਟਰ, ਕਾਰਡ ਅਤੇ QR ਕੋਡ
campaigns-current = ਚੱਲ ਰਹੀਆਂ ਮੁਹਿੰਮਾਂ
campaigns-upcoming = ਆਉਣ ਵਾਲੀਆਂ ਮੁਹਿੰਮਾਂ
campaigns-past = ਪਿਛਲੀਆਂ ਮੁਹਿੰਮਾਂ
home-campaign-current = ਹੁਣ ਚੱਲ ਰਹੀ ਮੁਹਿੰਮ
home-campaign-upcoming = ਅਗਲੀ ਮੁਹਿੰਮ
home-campaign-all = ਸਾਰੀਆਂ ਮੁਹਿੰਮਾਂ
material-qr-png = QR ਕੋਡ (PNG)
material-qr-svg = QR ਕੋਡ (SVG, ਕਿਸੇ ਵੀ ਆਕਾਰ ਵਿੱਚ)
material-poster-png = ਪੋਸਟਰ (PNG)
material-poster-svg = ਪੋਸਟਰ (SVG, ਕਿਸੇ ਵੀ ਆਕਾਰ ਵਿੱਚ ਛਪਦਾ ਹੈ)
material-card-png = ਬਟੂਏ ਵਿੱਚ ਰੱਖਣ ਵਾਲਾ ਕਾਰਡ (PNG)
material-card-svg = ਬਟੂਏ ਵਿੱਚ ਰੱਖਣ ਵਾਲਾ ਕਾਰਡ (SVG)
embed-title = ਹੌਟਲਾਈਨ ਨੂੰ ਆਪਣੀ ਵੈੱਬਸਾਈਟ ਉੱਤੇ ਲਗਾਓ
embed-intro = ਇਹ ਕੋਡ ਕਾਪੀ ਕਰਕੇ ਆਪਣੇ ਵੈੱਬ ਪੰਨੇ ਵਿੱਚ ਪਾਓ। ਬੈਜ ਵਿੱਚ ਕੋਈ ਸਕ੍ਰਿਪਟ ਨਹੀਂ ਹੈ, ਇਹ ਕੋਈ ਕੂਕੀ ਨਹੀਂ ਰੱਖਦਾ ਅਤੇ ਕਿਸੇ ਨੂੰ ਟਰੈਕ ਨਹੀਂ ਕਰਦਾ।
embed-badge = ਹੌਟਲਾਈਨ ਬੈਜ
embed-badge-compact = ਛੋਟਾ ਹੌਟਲਾਈਨ ਬੈਜ
embed-link = ਸਾਦਾ ਲਿੰਕ
embed-preview = ਹੌਟਲਾਈਨ ਬੈਜ ਦੀ ਝਲਕ

## Sector toolkits
toolkit-sector = ਖੇਤਰ: { $sector }
toolkit-guides = ਪਹਿਲਾਂ ਇਹ ਗਾਈਡਾਂ ਪੜ੍ਹੋ
toolkit-steps = ਸ਼ਿਫ਼ਟ ਦੌਰਾਨ: ਕੀ ਕਰਨਾ ਹੈ
toolkit-steps-intro = ਇਹ ਕਦਮ ਇਸੇ ਤਰਤੀਬ ਵਿੱਚ ਚੁੱਕੋ। ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣੀ ਸੁਰੱਖਿਆ ਅਤੇ ਉਸ ਵਿਅਕਤੀ ਦੀ ਸੁਰੱਖਿਆ ਦਾ ਧਿਆਨ ਰੱਖੋ।
toolkit-briefing = 15 ਮਿੰਟ ਦੀ ਸਟਾਫ਼ ਮੀਟਿੰਗ
toolkit-briefing-intro = ਇਹ ਪੰਨਾ ਛਾਪੋ, ਅਤੇ ਇਸ ਦੀ ਮਦਦ ਨਾਲ ਆਪਣੀ ਟੀਮ ਨਾਲ ਇੱਕ ਛੋਟੀ ਮੀਟਿੰਗ ਕਰੋ। ਹਰ ਹਿੱਸੇ ਲਈ ਇੱਕ ਸੁਝਾਇਆ ਸਮਾਂ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਹੇਠਾਂ ਅਤੇ ਗਾਈਡਾਂ ਵਿੱਚ ਹਨ।
toolkit-outline = ਰੂਪ-ਰੇਖਾ
toolkit-minutes = { $count ->
    [one] { $count } ਮਿੰਟ
   *[other] { $count } ਮਿੰਟ
}
toolkit-questions = ਚਰਚਾ ਲਈ ਸਵਾਲ
toolkit-answer = ਜਵਾਬ:
toolkit-scenarios = ਮਿਸਾਲਾਂ: ਤੁਸੀਂ ਕੀ ਕਰੋਗੇ?
toolkit-material = ਸਟਾਫ਼ ਰੂਮ ਲਈ
toolkit-material-intro = ਪੋਸਟਰ ਛਾਪ ਕੇ ਸਟਾਫ਼ ਰੂਮ ਜਾਂ ਆਰਾਮ ਕਮਰੇ ਵਿੱਚ ਲਗਾਓ, ਅਤੇ ਹਰ ਵਿਅਕਤੀ ਨੂੰ ਬਟੂਏ ਵਿੱਚ ਰੱਖਣ ਵਾਲਾ ਕਾਰਡ ਦਿਓ। ਦੋਵਾਂ ਉੱਤੇ ਦਿੱਤਾ QR ਕੋਡ ਤੁਹਾਡੇ ਖੇਤਰ ਦੀ ਗਾਈਡ ਖੋਲ੍ਹਦਾ ਹੈ।
toolkit-qr = ਖੇਤਰ ਦੀ ਗਾਈਡ ਦਾ QR ਕੋਡ
toolkit-share = ਤੁਹਾਡੇ ਨਿਊਜ਼ਲੈਟਰ ਅਤੇ ਇੰਟਰਾਨੈੱਟ ਲਈ ਲਿਖਤਾਂ
toolkit-share-newsletter = ਸਟਾਫ਼ ਦਾ ਨਿਊਜ਼ਲੈਟਰ
toolkit-share-intranet = ਇੰਟਰਾਨੈੱਟ ਜਾਂ ਸਟਾਫ਼ ਚੈਟ
toolkit-train = ਆਪਣੇ ਸਟਾਫ਼ ਨੂੰ ਸਿਖਲਾਈ ਦਿਓ
toolkit-train-text = ਆਪਣੀ ਟੀਮ ਨਾਲ 15 ਮਿੰਟ ਦੀ ਸਟਾਫ਼ ਮੀਟਿੰਗ ਕਰੋ। ਛਾਪਣ ਲਈ ਪੋਸਟਰ ਅਤੇ ਬਟੂਏ ਵਿੱਚ ਰੱਖਣ ਵਾਲੇ ਕਾਰਡ ਤਿਆਰ ਹਨ:

## Facts and figures
data-source = ਸਰੋਤ:
data-as-of = ਅੰਕੜੇ { $date } ਦੀ ਸਥਿਤੀ ਮੁਤਾਬਕ
data-download = ਇਹ ਟੇਬਲ ਡਾਊਨਲੋਡ ਕਰੋ (CSV)
data-definitions = ਸ਼ਬਦਾਂ ਦਾ ਮਤਲਬ
data-not-prevalence = ਇਹ ਅੰਕੜੇ ਉਹ ਗਿਣਦੇ ਹਨ ਜਿਸ ਦੀ ਰਿਪੋਰਟ ਹੋਈ। ਇਹ ਨਹੀਂ ਮਾਪਦੇ ਕਿ ਮਨੁੱਖੀ ਤਸਕਰੀ ਕਿੰਨੀ ਹੁੰਦੀ ਹੈ।
data-fewer-than = { $threshold } ਤੋਂ ਘੱਟ
data-about = ਲਗਭਗ { $value }
data-more-than = { $value } ਤੋਂ ਵੱਧ
data-not-published = ਛਾਪਿਆ ਨਹੀਂ ਗਿਆ
data-percent = { $value }%
data-partial = ਅਧੂਰਾ ਸਾਲ
data-related = ਇਸ ਨਾਲ ਜੁੜੀਆਂ ਗਾਈਡਾਂ
data-home-title = ਤੱਥ ਅਤੇ ਅੰਕੜੇ
data-all = ਸਾਰੇ ਤੱਥ ਅਤੇ ਅੰਕੜੇ
data-csv-notes = ਨੋਟ
