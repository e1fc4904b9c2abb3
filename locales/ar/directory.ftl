# دليل الخدمات (/<locale>/<directory slug>/): التصفية، وصفحات الخدمات، وخانة الرمز البريدي.
# أسماء التصفية تصنع أيضًا عناوين صفحاتها (URL)، لذلك يجب ألا يتشابه اسمان منها.

dir-hotline-first = لست متأكدًا إلى أين تتجه؟ اتصل بالخط الساخن أولًا: { $phone }، في أي ساعة. يمكنه أن يوصلك مباشرة بخدمة قريبة منك.
dir-postal-label = رمزك البريدي
dir-postal-hint = تكفي الأحرف الثلاثة الأولى، مثلًا K1A. نستخدم الحرف الأول فقط لنعرف مقاطعتك أو إقليمك، ولا نحتفظ به.
dir-postal-submit = ابحث عن خدمات
dir-postal-empty = اكتب رمزًا بريديًا، أو اختر مقاطعتك أو إقليمك في الأسفل.
dir-postal-not-canadian = لا يبدو هذا رمزًا بريديًا كنديًا. الرمز الكندي يبدأ بحرف، مثلًا K1A أو V6B.
dir-postal-malformed = تحقّق من الرمز البريدي: يبدأ بحرف ثم رقم ثم حرف، مثلًا K1A.
dir-postal-error-title = تحقّق من الرمز البريدي
dir-map-label = خريطة كندا: اختر مقاطعة أو إقليمًا
dir-map-credit = حدود الخريطة: { $credit }
dir-regions = المقاطعات والأقاليم
dir-region-x = الأقاليم الشمالية الغربية ونونافوت
dir-filters-label = تصفية الدليل
dir-filter-all = كل الخدمات
dir-filter-region = أين
dir-filter-type = نوع المساعدة
dir-filter-population = لمن الخدمة
dir-filter-language = اللغة المستخدمة
dir-filter-access = طريقة التواصل
dir-filter-open = مفتوح 24/7
dir-filter-text = رسائل نصية أو دردشة أو TTY
dir-results = { $count ->
    [zero] لا توجد منظمات
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
    [many] { $count } منظمة
   *[other] { $count } منظمة
}
dir-results-none = لا توجد في الدليل حتى الآن خدمة تطابق هذا الاختيار. اتصل بالخط الساخن: فهو يعرف خدمات غير مذكورة هنا.
dir-page = الصفحة { $page } من { $pages }
dir-previous = الصفحة السابقة
dir-next = الصفحة التالية
dir-pages-label = صفحات النتائج
dir-national = كل كندا
dir-national-marker = خدمة وطنية
dir-area-served = المنطقة التي تخدمها
dir-what = ماذا تقدّم
dir-who = لمن الخدمة
dir-eligibility = من يمكنه الاستفادة منها
dir-reach = كيف تتواصل معهم بأمان
dir-phone = الهاتف
dir-text = رسالة نصية
dir-tty = TTY
dir-chat = الدردشة على الإنترنت
dir-chat-link = افتح الدردشة (على موقعهم الإلكتروني)
dir-hours = ساعات العمل
dir-open-24-7 = مفتوح 24 ساعة في اليوم، 7 أيام في الأسبوع
dir-languages = اللغات المستخدمة
dir-trafficking = تساعد في
dir-website = الموقع الإلكتروني
dir-website-leaves = (ستغادر هذا الموقع)
dir-note = من المفيد أن تعرف
dir-place = المكان
dir-address = العنوان
dir-verified = آخر تحقّق: { $date }
dir-sources = المصادر
dir-back = كل الخدمات في الدليل
dir-listing-title = { $name }: كيف تتواصل معهم
dir-facet-title = { $directory }: { $filter }

dir-type-crisis = الدعم في الأزمات
dir-type-counselling = الإرشاد النفسي
dir-type-information = المعلومات والإحالة
dir-type-shelter = إيجاد مأوى
dir-type-victim-services = خدمات الضحايا
dir-type-legal = المساعدة القانونية
dir-type-work-rights = الحقوق في العمل
dir-type-immigration = وضع الهجرة
dir-type-report = الإبلاغ عن جريمة أو إساءة
dir-type-online-exploitation = صور جنسية منشورة على الإنترنت

dir-pop-anyone = الجميع
dir-pop-children-youth = الأطفال والشباب
dir-pop-women = النساء
dir-pop-indigenous = الشعوب الأصلية
dir-pop-migrant-workers = العمال المهاجرون
dir-pop-francophone = الناطقون بالفرنسية
dir-pop-victims = ضحايا الجرائم
dir-pop-low-income = ذوو الدخل المنخفض

dir-trafficking-sex = الاتجار لأغراض جنسية
dir-trafficking-labour = الاتجار لأغراض العمل

dir-lang-eng = الإنجليزية
dir-lang-fra = الفرنسية
dir-lang-cre = الكري
dir-lang-oji = الأوجيبوي
dir-lang-iku = الإنكتيتوت
dir-lang-spa = الإسبانية
dir-lang-cmn = الماندرين
dir-lang-yue = الكانتونية
dir-lang-pan = البنجابية
dir-lang-tgl = التاغالوغية
dir-lang-arb = العربية
dir-lang-ukr = الأوكرانية

dir-search-heading = في دليل الخدمات الأخرى
# Between the items of a list (who a service serves, its languages).
dir-separator = { "، " }
