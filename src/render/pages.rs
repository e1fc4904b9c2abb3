//! The main content of each kind of page: home, section, page (guide or plain) and 404.

use leptos::prelude::*;

/// A link in a list of pages.
#[derive(Clone)]
pub struct ListItem {
    pub title: String,
    pub href: String,
    pub description: String,
    /// The audiences and settings of a guide, for filtered lists.
    pub filter_keys: Vec<(super::filters::Facet, &'static str)>,
}

#[derive(Clone)]
pub struct FilterLink {
    pub label: String,
    pub href: String,
    pub current: bool,
}

/// Links that narrow a guide list, one pre-rendered page per filter (works without JS).
#[derive(Clone)]
pub struct FilterNav {
    pub label: String,
    pub all: FilterLink,
    /// `(heading, links)` for audiences, then settings.
    pub groups: Vec<(String, Vec<FilterLink>)>,
}

/// The blocks a guide adds around its Markdown body.
#[derive(Clone)]
pub struct GuideBlocks {
    pub for_label: String,
    pub audiences: Vec<String>,
    pub settings_label: String,
    pub settings: Vec<String>,
    pub note: String,
    pub act_title: String,
    pub act_items: Vec<String>,
    pub act_links: Vec<(String, String)>,
    pub reviewed: String,
    pub reviewed_iso: String,
    pub sources_title: String,
    /// `(title, publisher, url)`.
    pub sources: Vec<(String, String, Option<String>)>,
}

/// A page of the content tree, of any kind.
#[derive(Clone)]
pub struct ArticleData {
    pub title: String,
    /// Sanitised HTML from the Markdown pipeline.
    pub body_html: String,
    pub guide: Option<GuideBlocks>,
    pub list_title: String,
    pub list: Vec<ListItem>,
    pub filters: Option<FilterNav>,
}

#[component]
pub fn Article(data: ArticleData) -> impl IntoView {
    let ArticleData {
        title,
        body_html,
        guide,
        list_title,
        list,
        filters,
    } = data;
    let has_list = !list.is_empty();
    let list_label = list_title.clone();
    view! {
        <article class="page">
            <h1>{title}</h1>
            {guide.clone().map(|g| view! { <GuideMeta guide=g /> })}
            <div class="prose" inner_html=body_html></div>
            {guide.map(|g| view! { <GuideFooter guide=g /> })}
            {filters.map(|f| view! { <Filters nav=f /> })}
            {has_list
                .then(|| {
                    view! {
                        <nav class="page-list" aria-label=list_label>
                            <h2>{list_title}</h2>
                            <ul>
                                {list
                                    .into_iter()
                                    .map(|item| {
                                        view! {
                                            <li>
                                                <a href=item.href>{item.title}</a>
                                                <p>{item.description}</p>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </nav>
                    }
                })}
        </article>
    }
}

fn filter_link(link: FilterLink) -> impl IntoView {
    view! { <a href=link.href aria-current=link.current.then_some("page")>{link.label}</a> }
}

#[component]
fn Filters(nav: FilterNav) -> impl IntoView {
    view! {
        <nav class="filters" aria-label=nav.label>
            <p>{filter_link(nav.all)}</p>
            {nav
                .groups
                .into_iter()
                .map(|(heading, links)| {
                    view! {
                        <p>
                            <span class="filters-heading">{heading}": "</span>
                            {links
                                .into_iter()
                                .map(|l| view! { {filter_link(l)}" " })
                                .collect_view()}
                        </p>
                    }
                })
                .collect_view()}
        </nav>
    }
}

#[component]
fn GuideMeta(guide: GuideBlocks) -> impl IntoView {
    view! {
        <dl class="guide-meta">
            <dt>{guide.for_label}</dt>
            <dd>{guide.audiences.join(", ")}</dd>
            <dt>{guide.settings_label}</dt>
            <dd>{guide.settings.join(", ")}</dd>
        </dl>
    }
}

#[component]
fn GuideFooter(guide: GuideBlocks) -> impl IntoView {
    view! {
        <p class="guide-note">{guide.note}</p>
        <section class="guide-act" aria-labelledby="what-you-can-do">
            <h2 id="what-you-can-do">{guide.act_title}</h2>
            <ul>
                {guide.act_items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
            </ul>
            <p class="guide-act-links">
                {guide
                    .act_links
                    .into_iter()
                    .map(|(label, href)| view! { <a href=href>{label}</a>" " })
                    .collect_view()}
            </p>
        </section>
        <p class="guide-reviewed">
            <time datetime=guide.reviewed_iso>{guide.reviewed}</time>
        </p>
        <section class="guide-sources" aria-labelledby="sources">
            <h2 id="sources">{guide.sources_title}</h2>
            <ul>
                {guide
                    .sources
                    .into_iter()
                    .map(|(title, publisher, url)| {
                        let title = match url {
                            Some(url) => view! { <a href=url>{title}</a> }.into_any(),
                            None => view! { <cite>{title}</cite> }.into_any(),
                        };
                        view! { <li>{title}", "{publisher}</li> }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// What the 404 page says.
#[derive(Clone)]
pub struct NotFoundData {
    pub title: String,
    pub text: String,
    pub home_label: String,
    pub home_href: String,
}

#[component]
pub fn NotFound(data: NotFoundData) -> impl IntoView {
    view! {
        <article class="page">
            <h1>{data.title}</h1>
            <p>{data.text}</p>
            <p>
                <a href=data.home_href>{data.home_label}</a>
            </p>
        </article>
    }
}
