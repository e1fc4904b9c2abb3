# Le répertoire de services (/<locale>/<slug du répertoire>/) : filtres, fiches, case du code postal.
# Mêmes identifiants que locales/en/directory.ftl. Les étiquettes des filtres servent aussi à faire
# les adresses (URL) des pages de filtres : deux étiquettes ne doivent jamais être pareilles.

dir-hotline-first = Vous ne savez pas vers qui vous tourner? Appelez d'abord la ligne d'urgence au { $phone }, à toute heure. Elle peut vous mettre directement en lien avec un service près de chez vous.
dir-postal-label = Votre code postal
dir-postal-hint = Les trois premiers caractères suffisent, par exemple K1A. Nous utilisons seulement la première lettre, pour trouver votre province ou votre territoire. Nous ne gardons pas votre code.
dir-postal-submit = Trouver des services
dir-postal-empty = Tapez un code postal, ou choisissez votre province ou votre territoire plus bas.
dir-postal-not-canadian = Ce code ne semble pas être un code postal canadien. Un code postal canadien commence par une lettre, par exemple K1A ou V6B.
dir-postal-malformed = Vérifiez le code postal : il commence par une lettre, un chiffre et une lettre, par exemple K1A.
dir-postal-error-title = Vérifiez le code postal
dir-map-label = Carte du Canada : choisissez une province ou un territoire
dir-map-credit = Contour de la carte : { $credit }
dir-regions = Provinces et territoires
dir-region-x = Territoires du Nord-Ouest et Nunavut
dir-filters-label = Filtrer le répertoire
dir-filter-all = Tous les services
dir-filter-region = Où
dir-filter-type = Type d'aide
dir-filter-population = Pour qui
dir-filter-language = Langue parlée
dir-filter-access = Comment les joindre
dir-filter-open = Ouvert 24/7
dir-filter-text = Texto, clavardage ou ATS
# En français, 0 et 1 sont au singulier (catégorie « one »); « many » sert aux très grands
# nombres ronds (1 000 000 d'organismes).
dir-results = { $count ->
    [one] { $count } organisme
    [many] { $count } d'organismes
   *[other] { $count } organismes
}
dir-results-none = Aucun service du répertoire ne correspond à ce choix pour le moment. Appelez la ligne d'urgence : elle connaît des services qui ne sont pas inscrits ici.
dir-page = Page { $page } sur { $pages }
dir-previous = Page précédente
dir-next = Page suivante
dir-pages-label = Pages de résultats
dir-national = Tout le Canada
dir-national-marker = National
dir-area-served = Région desservie
dir-what = Ce que fait le service
dir-who = Pour qui
dir-eligibility = Qui peut l'utiliser
dir-reach = Comment les joindre en toute sécurité
dir-phone = Téléphone
dir-text = Texto
dir-tty = ATS
dir-chat = Clavardage en ligne
dir-chat-link = Ouvrir le clavardage (sur leur site Web)
dir-hours = Heures
dir-open-24-7 = Ouvert 24 heures sur 24, 7 jours sur 7
dir-languages = Langues parlées
dir-trafficking = Aide en cas de
dir-website = Site Web
dir-website-leaves = (vous quittez ce site)
dir-note = Bon à savoir
dir-place = Lieu
dir-address = Adresse
dir-verified = Dernière vérification : { $date }
dir-sources = Sources
dir-back = Tous les services du répertoire
dir-listing-title = { $name } : comment les joindre
dir-facet-title = { $directory } : { $filter }

dir-type-crisis = Soutien en cas de crise
dir-type-counselling = Counseling
dir-type-information = Information et orientation
dir-type-shelter = Trouver un refuge
dir-type-victim-services = Services aux victimes
dir-type-legal = Aide juridique
dir-type-work-rights = Droits au travail
dir-type-immigration = Statut d'immigration
dir-type-report = Signaler un crime ou un abus
dir-type-online-exploitation = Images sexuelles partagées en ligne

dir-pop-anyone = Tout le monde
dir-pop-children-youth = Enfants et jeunes
dir-pop-women = Femmes
dir-pop-indigenous = Personnes autochtones
dir-pop-migrant-workers = Travailleuses et travailleurs migrants
dir-pop-francophone = Francophones
dir-pop-victims = Victimes d'actes criminels
dir-pop-low-income = Personnes à faible revenu

dir-trafficking-sex = Traite à des fins sexuelles
dir-trafficking-labour = Travail forcé

dir-lang-eng = Anglais
dir-lang-fra = Français
dir-lang-cre = Cri
dir-lang-oji = Ojibwé
dir-lang-iku = Inuktitut
dir-lang-spa = Espagnol
dir-lang-cmn = Mandarin
dir-lang-yue = Cantonais
dir-lang-pan = Pendjabi
dir-lang-tgl = Tagalog
dir-lang-arb = Arabe
dir-lang-ukr = Ukrainien

dir-search-heading = Dans le répertoire des autres services
# Between the items of a list (who a service serves, its languages).
dir-separator = { ", " }
