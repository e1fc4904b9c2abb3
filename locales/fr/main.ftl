# Textes de l'interface en français. Mêmes identifiants que locales/en/main.ftl.

language-name = Français
site-name = Ligne d'urgence canadienne contre la traite des personnes
site-tagline = De l'aide confidentielle, 24 heures sur 24, dans plus de 200 langues.

## Page shell
skip-link = Passer au contenu principal
quick-exit = Quitter rapidement
quick-exit-prefix = Outil de sécurité :
quick-exit-skip = Quitter ce site maintenant (sortie rapide)
safety-notice = Quelqu'un vérifie cet appareil? Utilisez-en un plus sûr si vous le pouvez. Pour partir vite, appuyez 3 fois sur Maj ou utilisez Quitter rapidement.
safety-notice-link = Rester en sécurité
nav-label = Principal
languages-label = Langues
footer-privacy = Ce site ne dépose aucun témoin (cookie), ne garde aucune trace de votre visite et ne charge rien d'autres sites.
footer-not-police = La ligne d'urgence est confidentielle. Ce n'est ni la police ni le gouvernement.

## Hotline block (on every page)
hotline-label = Ligne d'urgence
hotline-call = Appelez le { $phone }
hotline-hours = 24 h sur 24, 7 jours sur 7
hotline-languages = Plus de 200 langues
hotline-chat = Clavardage
hotline-email = Courriel
hotline-tty = ATS
hotline-tip = Signaler
hotline-emergency = En danger maintenant? Composez le { $number }

## Quick exit script (read by screen readers)
quick-exit-press-1 = Touche Maj. Appuyez encore 2 fois pour quitter ce site.
quick-exit-press-2 = Touche Maj. Appuyez encore 1 fois pour quitter ce site.
quick-exit-expired = Sortie rapide annulée.
quick-exit-neutral-title = Météo

## Lists and pages
section-contents = Dans cette section
page-updated = Mis à jour le { $date }
not-found-title = Page introuvable
not-found-description = Nous n'avons pas trouvé cette page.
not-found-text = L'adresse contient peut-être une erreur, ou la page a été déplacée. La ligne d'urgence reste là pour vous.
not-found-home = Aller à l'accueil

## Guides
guide-note = Aucun signe ne prouve à lui seul qu'une personne est victime de traite, et une personne peut l'être sans montrer aucun de ces signes. Regardez l'ensemble de la situation.
guide-act-title = Ce que vous pouvez faire
guide-act-no-confront = N'affrontez pas la personne que vous soupçonnez et n'essayez pas de secourir quelqu'un vous-même. Cela peut vous mettre en danger, vous et cette personne.
guide-act-contact = Appelez la ligne d'urgence, clavardez ou écrivez-lui pour en parler. C'est confidentiel et vous n'avez pas à donner votre nom.
guide-act-emergency = Si quelqu'un est en danger immédiat, composez le { $number }.
guide-for = Pour
guide-settings = Où
guide-reviewed = Dernière révision : { $date }
guide-sources = Sources

## Words for audiences and settings
audience-public = Tout le monde
audience-workers = Travailleuses et travailleurs
audience-youth = Jeunes
audience-parents = Parents et proches
audience-educators = Personnel scolaire
audience-employers = Employeurs
audience-health-care = Personnel de la santé
audience-hospitality = Personnel d'hôtel et de restaurant
audience-transport = Personnel du transport et du voyage
audience-finance = Personnel des banques et services monétaires
audience-survivors = Personnes qui vivent peut-être la traite
setting-any = Partout
setting-workplace = Lieux de travail
setting-home = Domiciles
setting-online = En ligne
setting-hotels = Hôtels
setting-health-care = Soins de santé
setting-transport = Transport et voyages
setting-farms = Fermes et transformation alimentaire
setting-schools = Écoles
setting-finance = Banques et argent

## Dates
# The first of the month is « 1er » in French.
date-format = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Guide filters (each filter is a page of its own)
filter-label = Afficher les guides
filter-all = Tous les guides

## Search (the results page title stays neutral: it never shows the query)
search-label = Chercher dans ce site
search-button = Chercher
search-title = Recherche
search-description = Cherchez dans les guides et les pages de ce site.
search-count = { $count ->
    [one] 1 page trouvée
   *[other] { $count } pages trouvées
}
search-none = Aucune page ne correspond à ces mots.
search-none-help = Essayez d'autres mots ou moins de mots, consultez les signes de la traite, ou parlez à la ligne d'urgence. C'est confidentiel.
search-browse = Toutes les pages
search-previous = Résultats précédents
search-next = Plus de résultats
search-busy = Trop de recherches en même temps. Veuillez réessayer dans un instant.

## Campaigns and the partner toolkit
campaign-current = Campagne en cours
campaign-upcoming = Campagne à venir
campaign-past = Campagne terminée
campaign-dates = Du { $start } au { $end }
campaign-share = Partager cette campagne
campaign-share-short = Publication pour les réseaux sociaux
campaign-share-long = Infolettre ou courriel
campaign-copy = Copier le texte
campaign-copied = Copié
campaign-qr = Code QR de cette page
campaign-qr-alt = Code QR qui ouvre { $url }
campaign-downloads = Affiches, cartes et codes QR
campaigns-current = Campagnes en cours
campaigns-upcoming = Campagnes à venir
campaigns-past = Campagnes terminées
home-campaign-current = Campagne en cours
home-campaign-upcoming = Prochaine campagne
home-campaign-all = Toutes les campagnes
material-qr-png = Code QR (PNG)
material-qr-svg = Code QR (SVG, toute taille)
material-poster-png = Affiche (PNG)
material-poster-svg = Affiche (SVG, s'imprime à toute taille)
material-card-png = Carte de poche (PNG)
material-card-svg = Carte de poche (SVG)
embed-title = Mettre la ligne d'urgence sur votre site Web
embed-intro = Copiez ce code dans votre page Web. Le badge n'a aucun script, ne dépose aucun témoin et ne suit personne.
embed-badge = Badge de la ligne d'urgence
embed-badge-compact = Badge compact de la ligne d'urgence
embed-link = Lien simple
embed-preview = Aperçu du badge de la ligne d'urgence

## Sector toolkits
toolkit-sector = Secteur : { $sector }
toolkit-guides = Guides à lire d'abord
toolkit-steps = Pendant le quart de travail : quoi faire
toolkit-steps-intro = Suivez ces étapes dans l'ordre. Pensez d'abord à votre sécurité et à celle de la personne.
toolkit-briefing = Une séance d'information de 15 minutes
toolkit-briefing-intro = Imprimez cette page et utilisez-la pour animer une courte séance d'information avec votre équipe. Chaque partie a une durée suggérée. Les réponses aux questions se trouvent plus bas et dans les guides.
toolkit-outline = Plan
toolkit-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
toolkit-questions = Questions à discuter
toolkit-answer = Réponse :
toolkit-scenarios = Scénarios : que feriez-vous?
toolkit-material = Pour la salle du personnel
toolkit-material-intro = Imprimez l'affiche pour la salle du personnel ou la salle de pause, et remettez une carte de poche à chaque personne. Sur les deux, le code QR ouvre le guide de votre secteur.
toolkit-qr = Code QR du guide du secteur
toolkit-share = Textes pour votre infolettre et votre intranet
toolkit-share-newsletter = Infolettre du personnel
toolkit-share-intranet = Intranet ou messagerie du personnel
toolkit-train = Formez votre personnel
toolkit-train-text = Animez une séance d'information de 15 minutes avec votre équipe, avec une affiche et des cartes de poche prêtes à imprimer :

## Facts and figures (data pages)
data-source = Source :
data-as-of = Chiffres au { $date }
data-download = Télécharger ce tableau (CSV)
data-definitions = Ce que les mots veulent dire
data-not-prevalence = Ces chiffres comptent ce qui a été signalé. Ils ne mesurent pas l'ampleur de la traite de personnes.
data-fewer-than = moins de { $threshold }
data-about = environ { $value }
data-more-than = plus de { $value }
data-not-published = non publié
data-percent = { $value } %
data-partial = année partielle
data-related = Guides connexes
data-home-title = Faits et chiffres
data-all = Tous les faits et chiffres
data-csv-notes = Remarques
