# Рядки інтерфейсу українською. Кожна мова має ті самі ідентифікатори повідомлень, що й англійська.
# Дані гарячої лінії (номери, адреси) беруться з content/site.toml, а не звідси.

language-name = Українська
site-name = Канадська гаряча лінія з протидії торгівлі людьми
site-tagline = Конфіденційна допомога цілодобово, понад 200 мовами.

## Каркас сторінки
skip-link = Перейти до основного змісту
quick-exit = Швидкий вихід
quick-exit-prefix = Для безпеки:
quick-exit-skip = Негайно покинути цей сайт (швидкий вихід)
safety-notice = Хтось перевіряє цей пристрій? Якщо можете, скористайтеся безпечнішим. Щоб швидко піти, натисніть Shift 3 рази або кнопку «Швидкий вихід».
safety-notice-link = Як залишатися в безпеці
nav-label = Головне меню
languages-label = Мови
footer-privacy = Цей сайт не використовує файли cookie, не зберігає даних про ваш візит і нічого не завантажує з інших сайтів.
footer-not-police = Гаряча лінія конфіденційна. Це не поліція і не уряд.

## Блок гарячої лінії (на кожній сторінці)
hotline-label = Гаряча лінія
hotline-call = Телефонуйте { $phone }
hotline-hours = Цілодобово
hotline-languages = Понад 200 мов
hotline-chat = Чат
hotline-email = Ел. пошта
hotline-tty = TTY
hotline-tip = Повідомити інформацію
hotline-emergency = У небезпеці просто зараз? Телефонуйте { $number }

## Скрипт швидкого виходу (для екранних читачів)
quick-exit-press-1 = Натиснуто Shift. Натисніть ще 2 рази, щоб покинути цей сайт.
quick-exit-press-2 = Натиснуто Shift. Натисніть ще 1 раз, щоб покинути цей сайт.
quick-exit-expired = Швидкий вихід скасовано.
quick-exit-neutral-title = Погода

## Списки і сторінки
section-contents = У цьому розділі
page-updated = Оновлено { $date }
not-found-title = Сторінку не знайдено
not-found-description = Ми не змогли знайти цю сторінку.
not-found-text = Можливо, в адресі помилка, або сторінку перенесли. Гаряча лінія все одно готова вам допомогти.
not-found-home = Перейти на головну сторінку

## Посібники
guide-note = Жодна окрема ознака не доводить, що людина стала жертвою торгівлі людьми. І людина може бути жертвою, навіть якщо жодної з цих ознак не видно. Дивіться на всю ситуацію загалом.
guide-act-title = Що ви можете зробити
guide-act-no-confront = Не розпитуйте і не звинувачуйте людину, яку підозрюєте, і не намагайтеся самі когось рятувати. Це може бути небезпечно і для потерпілої людини, і для вас.
guide-act-contact = Зателефонуйте, напишіть у чат або на ел. пошту гарячої лінії, щоб усе обговорити. Це конфіденційно, і називати своє ім’я не потрібно.
guide-act-emergency = Якщо комусь загрожує безпосередня небезпека, телефонуйте { $number }.
guide-for = Для кого
guide-settings = Де
guide-reviewed = Востаннє перевірено { $date }
guide-sources = Джерела

## Слова для аудиторій і місць
audience-public = Усі
audience-workers = Працівники
audience-youth = Молодь
audience-parents = Батьки й опікуни
audience-educators = Вчителі та працівники шкіл
audience-employers = Роботодавці
audience-health-care = Медичні працівники
audience-hospitality = Працівники готелів і ресторанів
audience-transport = Працівники транспорту та подорожей
audience-finance = Працівники банків і служб грошових переказів
audience-survivors = Люди, які можуть бути жертвами торгівлі людьми
setting-any = Будь-де
setting-workplace = Місця роботи
setting-home = Домівки
setting-online = В інтернеті
setting-hotels = Готелі
setting-health-care = Медичні заклади
setting-transport = Транспорт і подорожі
setting-farms = Ферми та харчова промисловість
setting-schools = Школи
setting-finance = Банки та гроші

## Дати: { $day } { $month } { $year }
## Назви місяців стоять у родовому відмінку, бо вони вживаються лише в датах (1 листопада 2026 р.).
date-format = { $day } { $month } { $year } р.
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

## Guide filters (each filter is a page of its own)
filter-label = Показати посібники
filter-all = Усі посібники

## Search (the results page title stays neutral: it never shows the query)
search-label = Пошук на цьому сайті
search-button = Шукати
search-title = Пошук
search-description = Шукайте в посібниках і сторінках цього сайту.
search-count = { $count ->
    [one] Знайдено { $count } сторінку
    [few] Знайдено { $count } сторінки
   *[other] Знайдено { $count } сторінок
}
search-none = Жодна сторінка не відповідає цим словам.
search-none-help = Спробуйте інші слова або менше слів, перегляньте ознаки торгівлі людьми або поговоріть з гарячою лінією. Це конфіденційно.
search-browse = Усі сторінки
search-previous = Попередні результати
search-next = Більше результатів
search-busy = Забагато пошуків одночасно. Спробуйте ще раз за мить.

## Campaigns and the partner toolkit
campaign-current = Поточна кампанія
campaign-upcoming = Майбутня кампанія
campaign-past = Завершена кампанія
campaign-dates = З { $start } до { $end }
campaign-share = Поширте цю кампанію
campaign-share-short = Допис для соцмереж
campaign-share-long = Розсилка або електронний лист
campaign-copy = Копіювати текст
campaign-copied = Скопійовано
campaign-qr = QR-код цієї сторінки
campaign-qr-alt = QR-код, що відкриває { $url }
campaign-downloads = Плакати, картки та QR-коди
campaigns-current = Поточні кампанії
campaigns-upcoming = Майбутні кампанії
campaigns-past = Завершені кампанії
home-campaign-current = Кампанія триває зараз
home-campaign-upcoming = Наступна кампанія
home-campaign-all = Усі кампанії
material-qr-png = QR-код (PNG)
material-qr-svg = QR-код (SVG, будь-якого розміру)
material-poster-png = Плакат (PNG)
material-poster-svg = Плакат (SVG, друкується в будь-якому розмірі)
material-card-png = Картка для гаманця (PNG)
material-card-svg = Картка для гаманця (SVG)
embed-title = Розмістіть гарячу лінію на своєму вебсайті
embed-intro = Скопіюйте цей код на свою вебсторінку. Значок не містить скриптів, не встановлює файлів cookie і нікого не відстежує.
embed-badge = Значок гарячої лінії
embed-badge-compact = Компактний значок гарячої лінії
embed-link = Звичайне посилання
embed-preview = Попередній перегляд значка гарячої лінії

## Sector toolkits
toolkit-sector = Галузь: { $sector }
toolkit-guides = Спершу прочитайте ці посібники
toolkit-steps = На зміні: що робити
toolkit-steps-intro = Виконуйте ці кроки по черзі. Насамперед дбайте про власну безпеку і безпеку цієї людини.
toolkit-briefing = 15-хвилинний інструктаж для працівників
toolkit-briefing-intro = Надрукуйте цю сторінку і проведіть за нею короткий інструктаж для своєї команди. Для кожної частини вказано орієнтовний час. Відповіді на запитання є нижче і в посібниках.
toolkit-outline = План
toolkit-minutes = { $count ->
    [one] { $count } хвилина
    [few] { $count } хвилини
   *[other] { $count } хвилин
}
toolkit-questions = Запитання для обговорення
toolkit-answer = Відповідь:
toolkit-scenarios = Ситуації: що б ви зробили?
toolkit-material = Для кімнати персоналу
toolkit-material-intro = Надрукуйте плакат для кімнати персоналу чи кімнати відпочинку і дайте кожному картку для гаманця. QR-код на обох відкриває посібник для вашої галузі.
toolkit-qr = QR-код посібника для галузі
toolkit-share = Тексти для вашої розсилки та інтранету
toolkit-share-newsletter = Розсилка для працівників
toolkit-share-intranet = Інтранет або робочий чат
toolkit-train = Навчіть своїх працівників
toolkit-train-text = Проведіть 15-хвилинний інструктаж для своєї команди. Плакат і картки для гаманця вже готові до друку:

## Факти і цифри
data-source = Джерело:
data-as-of = Дані станом на { $date }
data-download = Завантажити цю таблицю (CSV)
data-definitions = Що означають ці слова
data-not-prevalence = Ці цифри рахують те, про що повідомили. Вони не вимірюють, наскільки поширена торгівля людьми.
data-fewer-than = менше ніж { $threshold }
data-about = близько { $value }
data-more-than = понад { $value }
data-not-published = не опубліковано
data-percent = { $value } %
data-partial = неповний рік
data-related = Пов’язані посібники
data-home-title = Факти і цифри
data-all = Усі факти і цифри
data-csv-notes = Примітки
