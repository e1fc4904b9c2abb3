//! The referral directory's pages: its home (the postal-code box, the map, the filters and
//! the first page of every listing), a page per filter, a page per listing, and the answer to
//! a postal code that cannot be read. All are rendered when content loads.

use leptos::prelude::*;

use super::pages::{FilterLink, FilterNav, Filters};
use super::shell::Document;
use super::view_model::{self, format_date, PageInfo, ShellAssets};
use crate::content::{Content, Page};
use crate::directory::urls::{self, FilterPage, PAGE_SIZE};
use crate::directory::{Org, PhoneKind, Reach};
use crate::i18n::{Tr, Translations};

/// Every directory document of one locale: `(URL, HTML)`.
pub fn documents(
    content: &Content,
    translations: &Translations,
    tr: &Tr,
    assets: &ShellAssets,
    section: &Page,
) -> Vec<(String, String)> {
    let filters = urls::filters(content, tr, section);
    // The same filters in every locale that has the directory, for the language switcher.
    let others: Vec<(String, Vec<FilterPage>, &Page)> = content
        .config
        .locales
        .iter()
        .filter_map(|l| {
            let other = urls::section(content, l)?;
            Some((
                l.clone(),
                urls::filters(content, &translations.for_locale(l), other),
                other,
            ))
        })
        .collect();
    let cards: Vec<Card> = content
        .directory
        .orgs
        .iter()
        .map(|org| card(content, tr, section, org))
        .collect();
    let mut documents = Vec::new();
    let lists = std::iter::once(None).chain(filters.iter().map(Some));
    for current in lists {
        let results = urls::results(content, current.map(|f| &f.filter));
        let first = current.map_or(section.url.clone(), |f| f.url.clone());
        let pages = results.len().div_ceil(PAGE_SIZE).max(1);
        for n in 1..=pages {
            let url = urls::paged(&first, n);
            let translations_of_page = others
                .iter()
                .filter_map(|(l, fs, other)| {
                    let first = match current {
                        None => other.url.clone(),
                        Some(c) => fs.iter().find(|f| f.filter == c.filter)?.url.clone(),
                    };
                    Some((l.clone(), urls::paged(&first, n)))
                })
                .collect();
            let chunk: Vec<Card> = results
                .iter()
                .skip((n - 1) * PAGE_SIZE)
                .take(PAGE_SIZE)
                .map(|&i| {
                    let mut c = cards[i].clone();
                    c.national = current.is_some_and(|f| f.filter.is_place())
                        && content.directory.orgs[i].is_national();
                    c
                })
                .collect();
            let list = ListPage {
                current,
                page: n,
                pages,
                first: first.clone(),
                total: results.len(),
                cards: chunk,
                problem: None,
            };
            let html = list_document(
                content,
                tr,
                assets,
                section,
                &filters,
                list,
                translations_of_page,
            );
            documents.push((url, html));
        }
    }
    for org in &content.directory.orgs {
        let translations_of_page = others
            .iter()
            .map(|(l, _, other)| (l.clone(), urls::listing(other, org)))
            .collect();
        documents.push((
            urls::listing(section, org),
            listing_document(content, tr, assets, section, org, translations_of_page),
        ));
    }
    documents
}

/// The directory's home with a message about a postal code that could not be read (400).
pub fn postal_problem(
    content: &Content,
    tr: &Tr,
    assets: &ShellAssets,
    section: &Page,
    message: &'static str,
) -> String {
    let filters = urls::filters(content, tr, section);
    let list = ListPage {
        current: None,
        page: 1,
        pages: 1,
        first: section.url.clone(),
        total: 0,
        cards: Vec::new(),
        problem: Some(tr.get(message)),
    };
    list_document(content, tr, assets, section, &filters, list, Vec::new())
}

/// One listing as a list shows it.
#[derive(Clone)]
struct Card {
    name: String,
    href: String,
    summary: String,
    areas: String,
    phones: Vec<(String, String, String)>,
    national: bool,
}

fn card(content: &Content, tr: &Tr, section: &Page, org: &Org) -> Card {
    let default = &content.config.default_locale;
    let summary = org
        .services
        .iter()
        .filter_map(|s| {
            org.service_text(s, tr.locale, default)
                .map(|t| t.name.clone())
        })
        .collect::<Vec<_>>()
        .join(" · ");
    Card {
        name: org.name_in(tr.locale).to_string(),
        href: urls::listing(section, org),
        summary,
        areas: areas_text(tr, org),
        phones: org
            .services
            .iter()
            .flat_map(|s| &s.phones)
            .take(2)
            .map(|p| (phone_label(tr, p.kind), p.href(), p.number.clone()))
            .collect(),
        national: false,
    }
}

fn phone_label(tr: &Tr, kind: PhoneKind) -> String {
    tr.get(match kind {
        PhoneKind::Voice => "dir-phone",
        PhoneKind::Text => "dir-text",
        PhoneKind::Tty => "dir-tty",
    })
}

fn areas_text(tr: &Tr, org: &Org) -> String {
    let mut areas: Vec<_> = org
        .services
        .iter()
        .flat_map(|s| s.areas.iter().copied())
        .collect();
    areas.sort();
    areas.dedup();
    if areas.contains(&crate::directory::Area::National) {
        return tr.get("dir-national");
    }
    areas
        .iter()
        .map(|a| tr.get(&format!("province-{}", a.code())))
        .collect::<Vec<_>>()
        .join(&tr.get("dir-separator"))
}

struct ListPage<'a> {
    current: Option<&'a FilterPage>,
    page: usize,
    pages: usize,
    first: String,
    total: usize,
    cards: Vec<Card>,
    problem: Option<String>,
}

fn list_document(
    content: &Content,
    tr: &Tr,
    assets: &ShellAssets,
    section: &Page,
    filters: &[FilterPage],
    list: ListPage,
    translations: Vec<(String, String)>,
) -> String {
    let directory_title = section.matter.title.clone();
    let mut title = match list.current {
        Some(f) => tr.with(
            "dir-facet-title",
            &[("directory", &directory_title), ("filter", &f.label)],
        ),
        None => directory_title.clone(),
    };
    if list.page > 1 {
        title = format!(
            "{title} ({})",
            tr.with(
                "dir-page",
                &[
                    ("page", &list.page.to_string()),
                    ("pages", &list.pages.to_string())
                ]
            )
        );
    }
    if list.problem.is_some() {
        title = format!("{}: {directory_title}", tr.get("dir-postal-error-title"));
    }
    let info = PageInfo {
        title: &title,
        description: &section.matter.description,
        page: Some(section),
        translations: if translations.is_empty() {
            PageInfo::of(content, section).translations
        } else {
            translations
        },
    };
    let shell = view_model::shell(content, tr, assets, info);
    let home = list.current.is_none() && list.page == 1;
    let intro = home.then(|| section.body.html.clone());
    let hotline = hotline_first(content, tr);
    let postal =
        (home || list.current.is_some_and(|f| f.filter.is_place()) || list.problem.is_some())
            .then(|| postal_form(tr, section, list.problem.clone()));
    let map = home
        .then(|| {
            content
                .directory
                .map
                .as_ref()
                .map(|m| map_view(tr, m, filters))
        })
        .flatten();
    let nav = filter_nav(tr, section, filters, list.current);
    let count = tr.count("dir-results", list.total);
    let none = list.cards.is_empty().then(|| tr.get("dir-results-none"));
    let national_marker = tr.get("dir-national-marker");
    let pager = pager(tr, &list);
    let cards = list.cards;
    let results_label = count.clone();
    let body = view! {
        <article class="page directory">
            <h1>{title.clone()}</h1>
            {hotline}
            {postal}
            {intro.map(|html| view! { <div class="prose" inner_html=html></div> })}
            {map}
            <Filters nav=nav />
            <section class="dir-results" aria-label=results_label>
                <h2>{count}</h2>
                {none.map(|n| view! { <p>{n}</p> })}
                <ul class="dir-list">
                    {cards
                        .into_iter()
                        .map(|c| {
                            let marker = c.national.then(|| view! { <span class="dir-tag">{national_marker.clone()}</span>" " });
                            view! {
                                <li>
                                    <a href=c.href class="dir-name">{c.name}</a>
                                    <p class="dir-meta">{marker}{c.areas}</p>
                                    <p>{c.summary}</p>
                                    <p class="dir-phones">
                                        {c.phones
                                            .into_iter()
                                            .map(|(label, href, number)| view! { <span>{label}": "<a href=href>{number}</a></span>" " })
                                            .collect_view()}
                                    </p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
            {pager}
        </article>
    };
    super::document(move || view! { <Document shell=shell>{body}</Document> })
}

fn hotline_first(content: &Content, tr: &Tr) -> impl IntoView {
    let hotline = view_model::hotline(content, tr);
    let text = tr.with(
        "dir-hotline-first",
        &[("phone", &content.config.hotline.phone)],
    );
    view! { <p class="dir-hotline"><a href=hotline.tel_href>{text}</a></p> }
}

fn postal_form(tr: &Tr, section: &Page, problem: Option<String>) -> impl IntoView {
    let invalid = problem.is_some().then_some("true");
    let described = if problem.is_some() {
        "dir-postal-error dir-postal-hint"
    } else {
        "dir-postal-hint"
    };
    view! {
        <form class="dir-postal" method="get" action=section.url.clone() role="search">
            <label for="dir-postal">{tr.get("dir-postal-label")}</label>
            <p id="dir-postal-hint" class="dir-hint">{tr.get("dir-postal-hint")}</p>
            {problem.map(|p| view! { <p id="dir-postal-error" class="dir-error" role="alert">{p}</p> })}
            <input
                id="dir-postal"
                name="postal"
                type="text"
                inputmode="text"
                maxlength="7"
                size="7"
                autocomplete="off"
                autocapitalize="characters"
                spellcheck="false"
                dir="ltr"
                aria-describedby=described
                aria-invalid=invalid
            />
            " "
            <button type="submit">{tr.get("dir-postal-submit")}</button>
        </form>
    }
}

fn map_view(tr: &Tr, map: &crate::directory::map::Map, filters: &[FilterPage]) -> impl IntoView {
    let shapes: Vec<_> = map
        .shapes
        .iter()
        .filter_map(|shape| {
            let page = filters
                .iter()
                .find(|f| f.filter == urls::Filter::Region(shape.code))?;
            Some((
                page.url.clone(),
                page.label.clone(),
                shape.path.clone(),
                shape.code,
                shape.label_at,
            ))
        })
        .collect();
    let label = tr.get("dir-map-label");
    let svg_label = label.clone();
    let credit = tr.with("dir-map-credit", &[("credit", &map.credit)]);
    let regions: Vec<_> = filters
        .iter()
        .filter(|f| matches!(f.filter, urls::Filter::Region(_)))
        .map(|f| (f.url.clone(), f.label.clone()))
        .collect();
    view! {
        <nav class="dir-map" aria-label=label>
            <h2>{tr.get("dir-regions")}</h2>
            <svg viewBox=map.view_box.clone() role="group" aria-label=svg_label xmlns="http://www.w3.org/2000/svg">
                {shapes
                    .iter()
                    .map(|(href, name, path, _, _)| {
                        let (href, name, title, path) = (href.clone(), name.clone(), name.clone(), path.clone());
                        view! { <a href=href aria-label=name><title>{title}</title><path d=path /></a> }
                    })
                    .collect_view()}
                // The codes on the map are for the eye only, outside the links, so that each
                // link's name is its province's full name and nothing else.
                <g aria-hidden="true">
                    {shapes
                        .into_iter()
                        .map(|(_, _, _, code, (x, y))| view! {
                            <text x=x.to_string() y=y.to_string() text-anchor="middle">{code}</text>
                        })
                        .collect_view()}
                </g>
            </svg>
            <ul class="dir-regions">
                {regions.into_iter().map(|(href, name)| view! { <li><a href=href>{name}</a></li> }).collect_view()}
            </ul>
            <p class="dir-credit">{credit}</p>
        </nav>
    }
}

fn filter_nav(
    tr: &Tr,
    section: &Page,
    filters: &[FilterPage],
    current: Option<&FilterPage>,
) -> FilterNav {
    let mut groups: Vec<(String, Vec<FilterLink>)> = Vec::new();
    for f in filters
        .iter()
        .filter(|f| !matches!(f.filter, urls::Filter::NorthX))
    {
        let heading = tr.get(f.filter.group());
        let link = FilterLink {
            label: f.label.clone(),
            href: f.url.clone(),
            current: current.is_some_and(|c| c.url == f.url),
        };
        match groups.last_mut() {
            Some((h, links)) if *h == heading => links.push(link),
            _ => groups.push((heading, vec![link])),
        }
    }
    FilterNav {
        label: tr.get("dir-filters-label"),
        all: FilterLink {
            label: tr.get("dir-filter-all"),
            href: section.url.clone(),
            current: current.is_none(),
        },
        groups,
    }
}

fn pager(tr: &Tr, list: &ListPage) -> Option<impl IntoView> {
    if list.pages <= 1 {
        return None;
    }
    let previous = (list.page > 1).then(|| {
        (
            urls::paged(&list.first, list.page - 1),
            tr.get("dir-previous"),
        )
    });
    let next = (list.page < list.pages)
        .then(|| (urls::paged(&list.first, list.page + 1), tr.get("dir-next")));
    let status = tr.with(
        "dir-page",
        &[
            ("page", &list.page.to_string()),
            ("pages", &list.pages.to_string()),
        ],
    );
    Some(view! {
        <nav class="dir-pager" aria-label=tr.get("dir-pages-label")>
            {previous.map(|(href, label)| view! { <a href=href rel="prev">{label}</a>" " })}
            <span>{status}</span>
            {next.map(|(href, label)| view! { " "<a href=href rel="next">{label}</a> })}
        </nav>
    })
}

fn listing_document(
    content: &Content,
    tr: &Tr,
    assets: &ShellAssets,
    section: &Page,
    org: &Org,
    translations: Vec<(String, String)>,
) -> String {
    let default = content.config.default_locale.as_str();
    let name = org.name_in(tr.locale).to_string();
    let text = org.text(tr.locale, default);
    let title = tr.with("dir-listing-title", &[("name", &name)]);
    let info = PageInfo {
        title: &title,
        description: &text.description,
        page: Some(section),
        translations,
    };
    let shell = view_model::shell(content, tr, assets, info);
    let hotline = hotline_first(content, tr);
    let services: Vec<_> = org
        .services
        .iter()
        .map(|s| {
            service_view(
                tr,
                org,
                s,
                org.service_text(s, tr.locale, default)
                    .cloned()
                    .unwrap_or_default(),
            )
        })
        .collect();
    let website = org.website.clone().map(|w| {
        let shown = w.trim_start_matches("https://").trim_end_matches('/').to_string();
        view! {
            <p><span class="dir-label">{tr.get("dir-website")}": "</span>
            <a href=w rel="noreferrer noopener" dir="ltr">{shown}</a>" "{tr.get("dir-website-leaves")}</p>
        }
    });
    let verified = tr.with("dir-verified", &[("date", &format_date(tr, org.verified))]);
    let sources = org.sources.clone();
    let body = view! {
        <article class="page directory">
            <h1>{name}</h1>
            {hotline}
            <p>{text.description.clone()}</p>
            {website}
            {services}
            <p class="dir-verified">{verified}</p>
            <h2>{tr.get("dir-sources")}</h2>
            <ul class="dir-sources">
                {sources.into_iter().map(|s| {
                    let shown = s.clone();
                    view! { <li><a href=s rel="noreferrer noopener" dir="ltr">{shown}</a></li> }
                }).collect_view()}
            </ul>
            <p><a href=section.url.clone()>{tr.get("dir-back")}</a></p>
        </article>
    };
    super::document(move || view! { <Document shell=shell>{body}</Document> })
}

fn service_view(
    tr: &Tr,
    org: &Org,
    s: &crate::directory::Service,
    words: crate::directory::ServiceText,
) -> impl IntoView {
    let separator = tr.get("dir-separator");
    let labels = |prefix: &str, ids: &[&str]| {
        ids.iter()
            .map(|id| tr.get(&format!("{prefix}{id}")))
            .collect::<Vec<_>>()
            .join(&separator)
    };
    let who = labels("dir-pop-", &s.populations);
    let kinds = labels("dir-type-", &s.types);
    let trafficking = labels("dir-trafficking-", &s.trafficking);
    let languages = s
        .languages
        .iter()
        .map(|c| tr.get(&format!("dir-lang-{c}")))
        .collect::<Vec<_>>()
        .join(&separator);
    let languages = match (&words.languages_note, languages.is_empty()) {
        (Some(note), true) => note.clone(),
        (Some(note), false) => format!("{languages}. {note}"),
        (None, _) => languages,
    };
    let hours = if s.open_24_7 {
        Some(tr.get("dir-open-24-7"))
    } else {
        words.hours.clone()
    };
    let mut areas: Vec<String> = s
        .areas
        .iter()
        .map(|a| match a {
            crate::directory::Area::National => tr.get("dir-national"),
            crate::directory::Area::Region(code) => tr.get(&format!("province-{code}")),
        })
        .collect();
    if let Some(place) = s.reach.place() {
        areas.insert(0, place.to_string());
    }
    let address = match &s.reach {
        Reach::Public {
            address: Some(a), ..
        } => Some(format!(
            "{}, {}, {} {}",
            a.street, a.city, a.province, a.postal_code
        )),
        _ => None,
    };
    let phones: Vec<_> = s
        .phones
        .iter()
        .map(|p| (phone_label(tr, p.kind), p.href(), p.number.clone()))
        .collect();
    let chat = s
        .chat
        .clone()
        .map(|c| (tr.get("dir-chat"), c, tr.get("dir-chat-link")));
    let website = s
        .website
        .clone()
        .filter(|w| Some(w) != org.website.as_ref());
    let row = |label: String, value: String| {
        (!value.is_empty()).then(|| view! { <dt>{label}</dt><dd>{value}</dd> })
    };
    view! {
        <section class="dir-service">
            <h2>{words.name.clone()}</h2>
            <p>{words.description.clone()}</p>
            <h3>{tr.get("dir-reach")}</h3>
            <p class="dir-reach">{words.how_to_reach.clone()}</p>
            <ul class="dir-contact">
                {phones.into_iter().map(|(label, href, number)| view! { <li>{label}": "<a href=href>{number}</a></li> }).collect_view()}
                {chat.map(|(label, href, link)| view! { <li>{label}": "<a href=href rel="noreferrer noopener">{link}</a></li> })}
            </ul>
            <dl class="dir-facts">
                {row(tr.get("dir-what"), kinds)}
                {row(tr.get("dir-who"), who)}
                {row(tr.get("dir-eligibility"), words.eligibility.clone().unwrap_or_default())}
                {row(tr.get("dir-hours"), hours.unwrap_or_default())}
                {row(tr.get("dir-languages"), languages)}
                {row(tr.get("dir-area-served"), areas.join(&separator))}
                {row(tr.get("dir-address"), address.unwrap_or_default())}
                {row(tr.get("dir-trafficking"), trafficking)}
                {row(tr.get("dir-note"), words.note.clone().unwrap_or_default())}
            </dl>
            {website.map(|w| {
                let shown = w.clone();
                view! { <p><span class="dir-label">{tr.get("dir-website")}": "</span><a href=w rel="noreferrer noopener" dir="ltr">{shown}</a></p> }
            })}
        </section>
    }
}

/// What the postal-code box of one locale's directory answers: the filter page of each
/// province or territory, the page for both territories of `X`, and a page per reason a code
/// could not be read.
pub struct PostalAnswers {
    pub regions: std::collections::HashMap<&'static str, String>,
    pub north: String,
    /// By the reason's Fluent message id.
    pub problems: std::collections::HashMap<&'static str, String>,
}

/// The postal answers of every locale with a directory, by the directory's URL.
pub fn postal_answers(
    content: &Content,
    translations: &Translations,
    assets: &ShellAssets,
) -> std::collections::HashMap<String, PostalAnswers> {
    use crate::directory::postal::PostalError;
    if content.directory.is_empty() {
        return Default::default();
    }
    content
        .config
        .locales
        .iter()
        .filter_map(|locale| {
            let section = urls::section(content, locale)?;
            let tr = translations.for_locale(locale);
            let filters = urls::filters(content, &tr, section);
            let mut regions = std::collections::HashMap::new();
            let mut north = section.url.clone();
            for f in &filters {
                match f.filter {
                    urls::Filter::Region(code) => {
                        regions.insert(code, f.url.clone());
                    }
                    urls::Filter::NorthX => north = f.url.clone(),
                    _ => {}
                }
            }
            let problems = [
                PostalError::Empty,
                PostalError::NotCanadian,
                PostalError::Malformed,
            ]
            .into_iter()
            .map(|e| {
                (
                    e.message(),
                    postal_problem(content, &tr, assets, section, e.message()),
                )
            })
            .collect();
            Some((
                section.url.clone(),
                PostalAnswers {
                    regions,
                    north,
                    problems,
                },
            ))
        })
        .collect()
}
