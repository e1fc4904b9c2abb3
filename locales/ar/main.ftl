# نصوص الواجهة باللغة العربية. لكل لغة المعرّفات نفسها الموجودة في الملف الإنجليزي.
# معلومات الخط الساخن (الأرقام والعناوين) تأتي من content/site.toml، وليس من هنا.

language-name = العربية
site-name = الخط الساخن الكندي لمكافحة الاتجار بالبشر
site-tagline = مساعدة سرية على مدار الساعة، بأكثر من 200 لغة.

## هيكل الصفحة
skip-link = انتقل إلى المحتوى الرئيسي
quick-exit = خروج سريع
quick-exit-prefix = أداة أمان:
quick-exit-skip = غادر هذا الموقع الآن (خروج سريع)
safety-notice = هل يتفقد أحد هذا الجهاز؟ استخدم جهازًا أكثر أمانًا إن استطعت. للمغادرة بسرعة، اضغط على مفتاح Shift ثلاث مرات أو استخدم زر «خروج سريع».
safety-notice-link = كيف تحافظ على سلامتك
nav-label = القائمة الرئيسية
languages-label = اللغات
footer-privacy = هذا الموقع لا يستخدم ملفات تعريف الارتباط (كوكيز)، ولا يحتفظ بأي سجل لزيارتك، ولا يحمّل أي شيء من مواقع أخرى.
footer-not-police = الخط الساخن سري. وهو ليس الشرطة وليس الحكومة.

## مربع الخط الساخن (في كل صفحة)
hotline-label = الخط الساخن
hotline-call = اتصل بالرقم { $phone }
hotline-hours = 24 ساعة، 7 أيام
hotline-languages = أكثر من 200 لغة
hotline-chat = دردشة
hotline-email = بريد إلكتروني
hotline-tty = TTY
hotline-tip = أرسل بلاغًا
hotline-emergency = في خطر الآن؟ اتصل بالرقم { $number }

## نصوص الخروج السريع (تقرؤها برامج قراءة الشاشة)
quick-exit-press-1 = تم الضغط على مفتاح Shift. اضغط عليه مرتين أخريين لمغادرة هذا الموقع.
quick-exit-press-2 = تم الضغط على مفتاح Shift. اضغط عليه مرة واحدة أخرى لمغادرة هذا الموقع.
quick-exit-expired = تم إلغاء الخروج السريع.
quick-exit-neutral-title = الطقس

## القوائم والصفحات
section-contents = في هذا القسم
page-updated = آخر تحديث: { $date }
not-found-title = الصفحة غير موجودة
not-found-description = لم نجد هذه الصفحة.
not-found-text = ربما كُتب العنوان بشكل خاطئ، أو ربما نُقلت الصفحة. ومع ذلك، الخط الساخن موجود لمساعدتك.
not-found-home = اذهب إلى الصفحة الرئيسية

## الأدلة
guide-note = لا توجد علامة واحدة تثبت أن شخصًا ما ضحية للاتجار بالبشر. وقد يكون الشخص ضحية دون أن تظهر عليه أي من هذه العلامات. انظر إلى الصورة كاملة.
guide-act-title = ماذا يمكنك أن تفعل
guide-act-no-confront = لا تواجه أي شخص تشك فيه، ولا تحاول إنقاذ أحد بنفسك. فقد يعرّضه ذلك ويعرّضك للخطر.
guide-act-contact = اتصل بالخط الساخن أو راسله عبر الدردشة أو البريد الإلكتروني لتتحدث عن الأمر. الخدمة سرية، ولا يلزمك ذكر اسمك.
guide-act-emergency = إذا كان شخص ما في خطر مباشر، اتصل بالرقم { $number }.
guide-for = لمن
guide-settings = أين
guide-reviewed = آخر مراجعة: { $date }
guide-sources = المصادر

## كلمات للفئات والأماكن
audience-public = الجميع
audience-workers = العمال
audience-youth = الشباب
audience-parents = الأهل ومقدمو الرعاية
audience-educators = المعلمون وموظفو المدارس
audience-employers = أصحاب العمل
audience-health-care = العاملون في الرعاية الصحية
audience-hospitality = موظفو الفنادق والمطاعم
audience-transport = العاملون في النقل والسفر
audience-finance = موظفو البنوك وخدمات تحويل الأموال
audience-survivors = من قد يكونون ضحايا للاتجار بالبشر
setting-any = أي مكان
setting-workplace = أماكن العمل
setting-home = المنازل
setting-online = الإنترنت
setting-hotels = الفنادق
setting-health-care = الرعاية الصحية
setting-transport = النقل والسفر
setting-farms = المزارع وتصنيع الأغذية
setting-schools = المدارس
setting-finance = البنوك والمال

## التواريخ: { $day } { $month } { $year }
date-format = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## تصفية الأدلة (لكل تصفية صفحة خاصة بها)
filter-label = عرض الأدلة
filter-all = كل الأدلة

## Search (the results page title stays neutral: it never shows the query)
search-label = ابحث في هذا الموقع
search-button = بحث
search-title = البحث
search-description = ابحث في الأدلة والصفحات في هذا الموقع.
search-count = { $count ->
    [one] تم العثور على صفحة واحدة
    [two] تم العثور على صفحتين
    [few] تم العثور على { $count } صفحات
   *[other] تم العثور على { $count } صفحة
}
search-none = لا توجد صفحات تطابق هذه الكلمات.
search-none-help = جرّب كلمات أخرى أو عددًا أقل من الكلمات، أو تصفّح علامات الاتجار بالبشر، أو تحدّث إلى الخط الساخن. الاتصال سري.
search-browse = كل الصفحات
search-previous = النتائج السابقة
search-next = مزيد من النتائج
search-busy = هناك عمليات بحث كثيرة في الوقت نفسه. يرجى المحاولة مرة أخرى بعد قليل.

## Campaigns and the partner toolkit
campaign-current = حملة جارية
campaign-upcoming = حملة قادمة
campaign-past = حملة سابقة
campaign-dates = من { $start } إلى { $end }
campaign-share = شارك هذه الحملة
campaign-share-short = منشور لوسائل التواصل الاجتماعي
campaign-share-long = نشرة إخبارية أو بريد إلكتروني
campaign-copy = انسخ النص
campaign-copied = تم النسخ
campaign-qr = رمز QR لهذه الصفحة
campaign-qr-alt = رمز QR يفتح { $url }
campaign-downloads = ملصقات وبطاقات ورموز QR
campaigns-current = الحملات الجارية
campaigns-upcoming = الحملات القادمة
campaigns-past = الحملات السابقة
home-campaign-current = الحملة الجارية الآن
home-campaign-upcoming = الحملة القادمة
home-campaign-all = كل الحملات
material-qr-png = رمز QR (PNG)
material-qr-svg = رمز QR (SVG، بأي حجم)
material-poster-png = ملصق (PNG)
material-poster-svg = ملصق (SVG، يُطبع بأي حجم)
material-card-png = بطاقة بحجم المحفظة (PNG)
material-card-svg = بطاقة بحجم المحفظة (SVG)
embed-title = ضع الخط الساخن على موقعك الإلكتروني
embed-intro = انسخ هذا الرمز البرمجي إلى صفحتك على الويب. لا تحتوي الشارة على أي برنامج نصي (سكربت)، ولا تضع أي ملفات تعريف ارتباط (كوكيز)، ولا تتتبع أحدًا.
embed-badge = شارة الخط الساخن
embed-badge-compact = شارة الخط الساخن المصغّرة
embed-link = رابط بسيط
embed-preview = معاينة شارة الخط الساخن

## Sector toolkits
toolkit-sector = القطاع: { $sector }
toolkit-guides = أدلة تقرؤها أولًا
toolkit-steps = أثناء العمل: ماذا تفعل
toolkit-steps-intro = اتبع هذه الخطوات بالترتيب. ضع سلامتك وسلامة الشخص في المقام الأول.
toolkit-briefing = جلسة توعية للموظفين مدتها 15 دقيقة
toolkit-briefing-intro = اطبع هذه الصفحة واستخدمها لتقدّم جلسة توعية قصيرة لفريقك. لكل جزء وقت مقترح. ستجد إجابات الأسئلة أدناه وفي الأدلة.
toolkit-outline = خطة الجلسة
toolkit-minutes = { $count ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
   *[other] { $count } دقيقة
}
toolkit-questions = أسئلة للنقاش
toolkit-answer = الإجابة:
toolkit-scenarios = مواقف: ماذا كنت ستفعل؟
toolkit-material = لغرفة الموظفين
toolkit-material-intro = اطبع الملصق لغرفة الموظفين أو غرفة الاستراحة، وأعطِ كل شخص بطاقة بحجم المحفظة. رمز QR على كليهما يفتح دليل قطاعك.
toolkit-qr = رمز QR لدليل القطاع
toolkit-share = نصوص لنشرتك الإخبارية وشبكتك الداخلية
toolkit-share-newsletter = النشرة الإخبارية للموظفين
toolkit-share-intranet = الشبكة الداخلية أو دردشة الموظفين
toolkit-train = درّب موظفيك
toolkit-train-text = قدّم لفريقك جلسة توعية مدتها 15 دقيقة، مع ملصق وبطاقات بحجم المحفظة جاهزة للطباعة:

## Facts and figures
data-source = المصدر:
data-as-of = الأرقام حتى { $date }
data-download = نزّل هذا الجدول (CSV)
data-definitions = معنى الكلمات
data-not-prevalence = هذه الأرقام تحسب ما أُبلغ عنه. وهي لا تقيس حجم الاتجار بالبشر.
data-fewer-than = أقل من { $threshold }
data-about = نحو { $value }
data-more-than = أكثر من { $value }
data-not-published = غير منشور
data-percent = { $value }%
data-partial = سنة غير كاملة
data-related = أدلة ذات صلة
data-home-title = حقائق وأرقام
data-all = كل الحقائق والأرقام
data-csv-notes = ملاحظات
