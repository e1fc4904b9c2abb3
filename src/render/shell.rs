//! The page shell every page shares: head, skip link, hotline, quick exit, navigation,
//! language switcher and footer. Components here only lay out data prepared in `view_model`.

use leptos::prelude::*;

use super::view_model::{Hotline, Shell};

/// The site's one script (quick exit, copy buttons), inlined in every page and allowed by
/// its hash in the CSP.
pub const SITE_JS: &str = include_str!("site.js");

#[component]
pub fn Document(shell: Shell, children: Children) -> impl IntoView {
    let Shell {
        lang,
        dir,
        head,
        text,
        exit_href,
        home_href,
        safety_href,
        search_href,
        hotline,
        nav,
        languages,
    } = shell;
    let hotline_label = hotline.label.clone();
    view! {
        <html lang=lang dir=dir>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>{head.title}</title>
                <meta name="description" content=head.description.clone() />
                <link rel="canonical" href=head.canonical.clone() />
                {head
                    .alternates
                    .into_iter()
                    .map(|(hreflang, href)| {
                        view! { <link rel="alternate" hreflang=hreflang href=href /> }
                    })
                    .collect_view()}
                <meta name="referrer" content="no-referrer" />
                {og("og:type", head.og_type)}
                {og("og:title", head.og_title)}
                {og("og:description", head.description)}
                {og("og:url", head.canonical)}
                {og("og:site_name", text.site_name.clone())}
                {og("og:locale", head.og_locale)}
                {head
                    .og_image
                    .map(|(src, alt)| {
                        view! {
                            {og("og:image", src.clone())}
                            {og("og:image:width", crate::material::CARD_WIDTH.to_string())}
                            {og("og:image:height", crate::material::CARD_HEIGHT.to_string())}
                            {og("og:image:alt", alt.clone())}
                            <meta name="twitter:card" content="summary_large_image" />
                            <meta name="twitter:image" content=src />
                            <meta name="twitter:image:alt" content=alt />
                        }
                    })}
                <link rel="stylesheet" href=head.css_href />
                <link rel="stylesheet" href=head.print_css_href media="print" />
                <link rel="icon" href=head.icon_href type="image/svg+xml" />
            </head>
            <body>
                <a class="skip-link" href="#main">{text.skip_link}</a>
                <a class="quick-exit-skip" href=exit_href.clone() rel="noreferrer nofollow" data-quick-exit="">
                    {text.quick_exit_skip}
                </a>
                <header class="topbar">
                    <a class="site-name" href=home_href>{text.site_name}</a>
                    <a class="quick-exit" href=exit_href rel="noreferrer nofollow" data-quick-exit="">
                        <span class="visually-hidden">{text.quick_exit_prefix}" "</span>
                        {text.quick_exit}
                    </a>
                </header>
                <section class="masthead" aria-label=hotline_label>
                    <p class="safety-notice">
                        {text.safety_notice}" "
                        <a href=safety_href>{text.safety_link}</a>
                    </p>
                    <HotlineBlock hotline=hotline />
                </section>
                <nav class="site-nav" aria-label=text.nav_label>
                        <ul>
                            {nav
                                .into_iter()
                                .map(|item| {
                                    view! {
                                        <li>
                                            <a href=item.href aria-current=item.current.then_some("page")>
                                                {item.label}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </nav>
                <search class="site-search">
                    <form action=search_href method="get">
                        <label for="site-search">{text.search_label}</label>
                        <input type="search" id="site-search" name="q" maxlength="200" />
                        <button type="submit">{text.search_button}</button>
                    </form>
                </search>
                <main id="main" tabindex="-1">{children()}</main>
                <footer class="site-footer">
                    <nav class="languages" aria-label=text.languages_label>
                        <ul>
                            {languages
                                .into_iter()
                                .map(|l| {
                                    view! {
                                        <li>
                                            <a
                                                href=l.href
                                                hreflang=l.lang.clone()
                                                lang=l.lang
                                                aria-current=l.current.then_some("page")
                                            >
                                                {l.name}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </nav>
                    <p>{text.footer_not_police}</p>
                    <p>{text.footer_privacy}</p>
                </footer>
                <div
                    id="quick-exit-status"
                    class="visually-hidden"
                    role="status"
                    data-press-1=text.press_1
                    data-press-2=text.press_2
                    data-expired=text.expired
                    data-neutral-title=text.neutral_title
                ></div>
                <script inner_html=SITE_JS></script>
            </body>
        </html>
    }
}

/// `<meta property=… content=…>`: Open Graph's `property` is not an attribute `view!` knows.
fn og(property: &'static str, content: String) -> impl IntoView {
    leptos::html::meta()
        .attr("property", property)
        .attr("content", content)
}

/// The hotline in the first screen: number, hours, languages, other channels, emergency.
#[component]
pub fn HotlineBlock(hotline: Hotline) -> impl IntoView {
    view! {
        <div class="hotline">
            <a class="hotline-call" href=hotline.tel_href>{hotline.call}</a>
            <span class="hotline-facts">{hotline.hours}" · "{hotline.languages}</span>
            <ul class="hotline-channels">
                {hotline
                    .channels
                    .into_iter()
                    .map(|(label, href)| view! { <li><a href=href>{label}</a></li> })
                    .collect_view()}
            </ul>
            <p class="hotline-emergency">
                <a href=hotline.emergency_href>{hotline.emergency}</a>
            </p>
        </div>
    }
}
