# Довідник служб (/<мова>/<адреса довідника>/): фільтри, картки служб, поле для поштового індексу.
# Назви фільтрів стають частиною адреси сторінок фільтрів, тому дві назви не можуть збігатися.

dir-hotline-first = Не знаєте, куди звернутися? Спершу зателефонуйте на гарячу лінію: { $phone }, у будь-який час. Там можуть одразу з’єднати вас зі службою поблизу.
dir-postal-label = Ваш поштовий індекс
dir-postal-hint = Досить перших трьох символів, наприклад K1A. Ми беремо лише першу літеру, щоб визначити вашу провінцію чи територію, і не зберігаємо її.
dir-postal-submit = Знайти служби
dir-postal-empty = Введіть поштовий індекс або виберіть свою провінцію чи територію нижче.
dir-postal-not-canadian = Це не схоже на канадський поштовий індекс. Канадський індекс починається з літери, наприклад K1A або V6B.
dir-postal-malformed = Перевірте поштовий індекс: спершу йде літера, потім цифра і знову літера, наприклад K1A.
dir-postal-error-title = Перевірте поштовий індекс
dir-map-label = Карта Канади: виберіть провінцію або територію
dir-map-credit = Контури карти: { $credit }
dir-regions = Провінції та території
dir-region-x = Північно-Західні території і Нунавут
dir-filters-label = Фільтри довідника
dir-filter-all = Усі служби
dir-filter-region = Де
dir-filter-type = Вид допомоги
dir-filter-population = Для кого
dir-filter-language = Мова спілкування
dir-filter-access = Як зв’язатися
dir-filter-open = Цілодобово
dir-filter-text = SMS, чат або TTY
dir-results = { $count ->
    [one] { $count } організація
    [few] { $count } організації
    [many] { $count } організацій
   *[other] { $count } організацій
}
dir-results-none = У довіднику поки немає служби, яка відповідає цьому вибору. Зателефонуйте на гарячу лінію: там знають і про служби, яких тут немає.
dir-page = Сторінка { $page } з { $pages }
dir-previous = Попередня сторінка
dir-next = Наступна сторінка
dir-pages-label = Сторінки результатів
dir-national = Уся Канада
dir-national-marker = Загальнонаціональна
dir-area-served = Де працює
dir-what = Що робить
dir-who = Кому допомагає
dir-eligibility = Хто може звернутися
dir-reach = Як безпечно зв’язатися
dir-phone = Телефон
dir-text = SMS
dir-tty = TTY
dir-chat = Онлайн-чат
dir-chat-link = Відкрити чат (на їхньому сайті)
dir-hours = Години роботи
dir-open-24-7 = Працює 24 години на добу, 7 днів на тиждень
dir-languages = Мови спілкування
dir-trafficking = З чим допомагає
dir-website = Вебсайт
dir-website-leaves = (ви перейдете на інший сайт)
dir-note = Варто знати
dir-place = Місце
dir-address = Адреса
dir-verified = Востаннє перевірено: { $date }
dir-sources = Джерела
dir-back = Усі служби довідника
dir-listing-title = { $name }: як зв’язатися
dir-facet-title = { $directory }: { $filter }

dir-type-crisis = Кризова підтримка
dir-type-counselling = Психологічна підтримка
dir-type-information = Інформація та направлення
dir-type-shelter = Пошук притулку
dir-type-victim-services = Служби для потерпілих
dir-type-legal = Юридична допомога
dir-type-work-rights = Трудові права
dir-type-immigration = Імміграційний статус
dir-type-report = Повідомити про злочин чи насильство
dir-type-online-exploitation = Інтимні зображення в інтернеті

dir-pop-anyone = Будь-хто
dir-pop-children-youth = Діти й молодь
dir-pop-women = Жінки
dir-pop-indigenous = Корінні народи
dir-pop-migrant-workers = Трудові мігранти
dir-pop-francophone = Франкомовні
dir-pop-victims = Потерпілі від злочинів
dir-pop-low-income = Люди з низьким доходом

dir-trafficking-sex = Торгівля людьми з метою сексуальної експлуатації
dir-trafficking-labour = Торгівля людьми з метою примусової праці

dir-lang-eng = Англійська
dir-lang-fra = Французька
dir-lang-cre = Крі
dir-lang-oji = Оджибве
dir-lang-iku = Інуктитут
dir-lang-spa = Іспанська
dir-lang-cmn = Китайська (мандаринська)
dir-lang-yue = Китайська (кантонська)
dir-lang-pan = Панджабі
dir-lang-tgl = Тагальська
dir-lang-arb = Арабська
dir-lang-ukr = Українська

dir-search-heading = У довіднику інших служб
# Between the items of a list (who a service serves, its languages).
dir-separator = { ", " }
