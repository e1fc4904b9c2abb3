# Textos de la interfaz en español. Mismos identificadores que locales/en/main.ftl.
# Los datos de la línea (números, direcciones) vienen de content/site.toml, nunca de aquí.

language-name = Español
site-name = Línea Canadiense contra la Trata de Personas
site-tagline = Ayuda confidencial, las 24 horas del día, en más de 200 idiomas.

## Page shell
skip-link = Ir al contenido principal
quick-exit = Salida rápida
quick-exit-prefix = Herramienta de seguridad:
quick-exit-skip = Salir de este sitio ahora (salida rápida)
safety-notice = ¿Alguien revisa este dispositivo? Si puede, use uno más seguro. Para salir rápido, presione 3 veces la tecla Mayús (Shift) o use Salida rápida.
safety-notice-link = Cómo protegerse
nav-label = Principal
languages-label = Idiomas
footer-privacy = Este sitio no usa cookies, no guarda ningún registro de su visita y no carga nada de otros sitios.
footer-not-police = La línea es confidencial. No es la policía ni el gobierno.

## Hotline block (on every page)
hotline-label = Línea de ayuda
hotline-call = Llame al { $phone }
hotline-hours = 24/7
hotline-languages = Más de 200 idiomas
hotline-chat = Chat
hotline-email = Correo electrónico
hotline-tty = TTY
hotline-tip = Enviar un aviso
hotline-emergency = ¿Está en peligro ahora? Llame al { $number }

## Quick exit script (read by screen readers)
quick-exit-press-1 = Tecla Mayús (Shift) presionada. Presiónela 2 veces más para salir de este sitio.
quick-exit-press-2 = Tecla Mayús (Shift) presionada. Presiónela 1 vez más para salir de este sitio.
quick-exit-expired = Salida rápida cancelada.
quick-exit-neutral-title = El clima

## Lists and pages
section-contents = En esta sección
page-updated = Actualizado el { $date }
not-found-title = Página no encontrada
not-found-description = No encontramos esa página.
not-found-text = Puede que la dirección esté mal escrita o que la página se haya movido. De todos modos, la línea de ayuda está aquí para usted.
not-found-home = Ir a la página de inicio

## Guides
guide-note = Ninguna señal por sí sola prueba que una persona es víctima de trata. Y una persona puede ser víctima de trata sin mostrar ninguna de estas señales. Mire la situación completa.
guide-act-title = Qué puede hacer
guide-act-no-confront = No enfrente a nadie de quien sospeche y no intente rescatar a nadie por su cuenta. Eso puede ser peligroso para la persona y para usted.
guide-act-contact = Llame, escriba por chat o envíe un correo a la línea para hablar de lo que pasa. Es confidencial y no tiene que dar su nombre.
guide-act-emergency = Si alguien está en peligro inmediato, llame al { $number }.
guide-for = Para
guide-settings = Dónde
guide-reviewed = Última revisión: { $date }
guide-sources = Fuentes

## Words for audiences and settings
audience-public = Todas las personas
audience-workers = Trabajadores
audience-youth = Jóvenes
audience-parents = Madres, padres y cuidadores
audience-educators = Docentes y personal escolar
audience-employers = Empleadores
audience-health-care = Personal de salud
audience-hospitality = Personal de hoteles y restaurantes
audience-transport = Personal de transporte y viajes
audience-finance = Personal de bancos y servicios de dinero
audience-survivors = Personas que pueden ser víctimas de trata
setting-any = En cualquier lugar
setting-workplace = Lugares de trabajo
setting-home = Hogares
setting-online = En internet
setting-hotels = Hoteles
setting-health-care = Servicios de salud
setting-transport = Transporte y viajes
setting-farms = Granjas y procesamiento de alimentos
setting-schools = Escuelas
setting-finance = Bancos y dinero

## Dates: { $day } de { $month } de { $year }
date-format = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Guide filters (each filter is a page of its own)
filter-label = Ver guías
filter-all = Todas las guías

## Search (the results page title stays neutral: it never shows the query)
search-label = Buscar en este sitio
search-button = Buscar
search-title = Buscar
search-description = Busque en las guías y páginas de este sitio.
search-count = { $count ->
    [one] 1 página encontrada
   *[other] { $count } páginas encontradas
}
search-none = Ninguna página coincide con esas palabras.
search-none-help = Pruebe con otras palabras o con menos palabras, vea las señales de trata o hable con la línea de ayuda. Es confidencial.
search-browse = Todas las páginas
search-previous = Resultados anteriores
search-next = Más resultados
search-busy = Hay demasiadas búsquedas al mismo tiempo. Inténtelo de nuevo en un momento.

## Campaigns and the partner toolkit
campaign-current = Campaña en curso
campaign-upcoming = Próxima campaña
campaign-past = Campaña finalizada
campaign-dates = Del { $start } al { $end }
campaign-share = Comparta esta campaña
campaign-share-short = Publicación para redes sociales
campaign-share-long = Boletín o correo electrónico
campaign-copy = Copiar el texto
campaign-copied = Copiado
campaign-qr = Código QR de esta página
campaign-qr-alt = Código QR que abre { $url }
campaign-downloads = Carteles, tarjetas y códigos QR
campaigns-current = Campañas en curso
campaigns-upcoming = Próximas campañas
campaigns-past = Campañas finalizadas
home-campaign-current = Campaña en curso
home-campaign-upcoming = Próxima campaña
home-campaign-all = Todas las campañas
material-qr-png = Código QR (PNG)
material-qr-svg = Código QR (SVG, cualquier tamaño)
material-poster-png = Cartel (PNG)
material-poster-svg = Cartel (SVG, se imprime en cualquier tamaño)
material-card-png = Tarjeta de bolsillo (PNG)
material-card-svg = Tarjeta de bolsillo (SVG)
embed-title = Ponga la línea de ayuda en su sitio web
embed-intro = Copie este código en su página web. La insignia no tiene ningún script, no usa cookies y no rastrea a nadie.
embed-badge = Insignia de la línea de ayuda
embed-badge-compact = Insignia compacta de la línea de ayuda
embed-link = Enlace simple
embed-preview = Vista previa de la insignia de la línea de ayuda

## Sector toolkits
toolkit-sector = Sector: { $sector }
toolkit-guides = Guías para leer primero
toolkit-steps = En el turno: qué hacer
toolkit-steps-intro = Siga estos pasos en orden. Lo primero es su propia seguridad y la de la persona.
toolkit-briefing = Una charla de 15 minutos para el personal
toolkit-briefing-intro = Imprima esta página y úsela para dar una charla corta a su equipo. Cada parte tiene un tiempo sugerido. Las respuestas a las preguntas están más abajo y en las guías.
toolkit-outline = Plan de la charla
toolkit-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
toolkit-questions = Preguntas para conversar
toolkit-answer = Respuesta:
toolkit-scenarios = Casos: ¿qué haría usted?
toolkit-material = Para la sala del personal
toolkit-material-intro = Imprima el cartel para la sala del personal o la sala de descanso, y dé una tarjeta de bolsillo a cada persona. El código QR de los dos abre la guía de su sector.
toolkit-qr = Código QR de la guía del sector
toolkit-share = Textos para su boletín y su intranet
toolkit-share-newsletter = Boletín para el personal
toolkit-share-intranet = Intranet o chat del personal
toolkit-train = Capacite a su personal
toolkit-train-text = Dé una charla de 15 minutos a su equipo, con un cartel y tarjetas de bolsillo listos para imprimir:

## Facts and figures
data-source = Fuente:
data-as-of = Cifras actualizadas al { $date }
data-download = Descargar esta tabla (CSV)
data-definitions = Qué significan las palabras
data-not-prevalence = Estas cifras cuentan lo que se reportó. No miden cuánta trata de personas hay.
data-fewer-than = menos de { $threshold }
data-about = alrededor de { $value }
data-more-than = más de { $value }
data-not-published = sin publicar
data-percent = { $value } %
data-partial = año incompleto
data-related = Guías relacionadas
data-home-title = Datos y cifras
data-all = Todos los datos y cifras
data-csv-notes = Notas
