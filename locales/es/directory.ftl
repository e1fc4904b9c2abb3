# El directorio de servicios (/<locale>/<slug del directorio>/): filtros, fichas y la casilla del código postal.
# Las etiquetas de los filtros también forman las direcciones (URL) de sus páginas: no puede haber dos iguales.

dir-hotline-first = ¿No sabe a dónde acudir? Primero llame a la línea de ayuda: { $phone }, a cualquier hora. Le puede conectar directamente con un servicio cerca de usted.
dir-postal-label = Su código postal
dir-postal-hint = Basta con los 3 primeros caracteres, por ejemplo K1A. Solo usamos la primera letra para saber su provincia o territorio, y no guardamos el código.
dir-postal-submit = Buscar servicios
dir-postal-empty = Escriba un código postal o elija su provincia o territorio más abajo.
dir-postal-not-canadian = Eso no parece un código postal de Canadá. Un código canadiense empieza con una letra, por ejemplo K1A o V6B.
dir-postal-malformed = Revise el código postal: empieza con una letra, un número y una letra, por ejemplo K1A.
dir-postal-error-title = Revise el código postal
dir-map-label = Mapa de Canadá: elija una provincia o un territorio
dir-map-credit = Contorno del mapa: { $credit }
dir-regions = Provincias y territorios
dir-region-x = Territorios del Noroeste y Nunavut
dir-filters-label = Filtrar el directorio
dir-filter-all = Todos los servicios
dir-filter-region = Dónde
dir-filter-type = Tipo de ayuda
dir-filter-population = Para quién es
dir-filter-language = Idioma que hablan
dir-filter-access = Cómo comunicarse
dir-filter-open = Abierto 24/7
dir-filter-text = Texto, chat o TTY
dir-results = { $count ->
    [one] 1 organización
   *[other] { $count } organizaciones
}
dir-results-none = Todavía no hay ningún servicio en el directorio que coincida con esto. Llame a la línea de ayuda: conoce servicios que no aparecen aquí.
dir-page = Página { $page } de { $pages }
dir-previous = Página anterior
dir-next = Página siguiente
dir-pages-label = Páginas de resultados
dir-national = Todo Canadá
dir-national-marker = Nacional
dir-area-served = Zona que atiende
dir-what = Qué hace
dir-who = A quién atiende
dir-eligibility = Quién puede usarlo
dir-reach = Cómo comunicarse de forma segura
dir-phone = Teléfono
dir-text = Mensaje de texto
dir-tty = TTY
dir-chat = Chat en línea
dir-chat-link = Abrir el chat (en su sitio web)
dir-hours = Horario
dir-open-24-7 = Abierto las 24 horas del día, los 7 días de la semana
dir-languages = Idiomas que hablan
dir-trafficking = Ayuda con
dir-website = Sitio web
dir-website-leaves = (sale de este sitio)
dir-note = Para tener en cuenta
dir-place = Lugar
dir-address = Dirección
dir-verified = Última verificación: { $date }
dir-sources = Fuentes
dir-back = Todos los servicios del directorio
dir-listing-title = { $name }: cómo comunicarse
dir-facet-title = { $directory }: { $filter }

dir-type-crisis = Apoyo en crisis
dir-type-counselling = Consejería
dir-type-information = Información y referencias
dir-type-shelter = Buscar un refugio
dir-type-victim-services = Servicios para víctimas
dir-type-legal = Ayuda legal
dir-type-work-rights = Derechos en el trabajo
dir-type-immigration = Situación migratoria
dir-type-report = Denunciar un delito o abuso
dir-type-online-exploitation = Imágenes sexuales compartidas en internet

dir-pop-anyone = Cualquier persona
dir-pop-children-youth = Niñas, niños y jóvenes
dir-pop-women = Mujeres
dir-pop-indigenous = Personas indígenas
dir-pop-migrant-workers = Trabajadores migrantes
dir-pop-francophone = Personas francófonas
dir-pop-victims = Víctimas de delitos
dir-pop-low-income = Personas de bajos ingresos

dir-trafficking-sex = Trata con fines sexuales
dir-trafficking-labour = Trata con fines laborales

dir-lang-eng = Inglés
dir-lang-fra = Francés
dir-lang-cre = Cree
dir-lang-oji = Ojibwe
dir-lang-iku = Inuktitut
dir-lang-spa = Español
dir-lang-cmn = Mandarín
dir-lang-yue = Cantonés
dir-lang-pan = Panyabí
dir-lang-tgl = Tagalo
dir-lang-arb = Árabe
dir-lang-ukr = Ucraniano

dir-search-heading = En el directorio de otros servicios
# Between the items of a list (who a service serves, its languages).
dir-separator = { ", " }
