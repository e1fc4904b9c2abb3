//! Rendering: content and translations to complete HTML documents, once, when content loads.
//!
//! Leptos (`ssr`, no hydration) lays out components; `view_model` prepares their data, so
//! this module only decides which page gets which components. Output is plain HTML: no
//! WebAssembly, no hydration scripts; the one inline script is the quick exit.

pub mod badge;
mod campaigns;
pub mod data;
pub mod directory;
pub mod filters;
pub mod flow;
mod pages;
pub mod print_css;
pub mod report;
pub mod search_page;
pub mod shell;
mod toolkit;
pub mod view_model;

use leptos::prelude::*;

use crate::content::{Content, Page, PageKind};
use crate::diagnostics::{Diagnostics, Position};
use crate::i18n::{Tr, Translations};
use crate::material::Material;
use filters::Filter;
use pages::{
    Article, ArticleData, FilterLink, FilterNav, GuideBlocks, ListItem, NotFound, NotFoundData,
};
use shell::Document;
use view_model::{format_date, PageInfo, ShellAssets};

/// One rendered HTML document.
pub struct RenderedPage {
    pub url: String,
    pub locale: String,
    pub html: String,
}

/// Every page of the site, plus a 404 page per locale.
pub struct RenderedSite {
    pub pages: Vec<RenderedPage>,
    /// `(locale, html)` of each locale's 404 page.
    pub not_found: Vec<(String, String)>,
}

/// Renders every page. Messages missing from every locale are reported as errors.
pub fn render_site(
    content: &Content,
    translations: &Translations,
    assets: &ShellAssets,
    material: &Material,
    locales_dir: &std::path::Path,
    diags: &mut Diagnostics,
) -> RenderedSite {
    let rendered = crate::parallel::map(&content.pages, |page| {
        let tr = translations.for_locale(&page.locale);
        let documents = render_page(content, translations, &tr, assets, material, page);
        (documents, tr.take_missing())
    });
    let mut missing = std::collections::BTreeSet::new();
    let mut pages = Vec::with_capacity(rendered.len());
    let mut seen = std::collections::HashSet::new();
    for (page, (documents, page_missing)) in content.pages.iter().zip(rendered) {
        missing.extend(page_missing);
        for (url, html) in documents {
            if !seen.insert(url.clone()) {
                diags.error(
                    &page.file,
                    Position::FILE,
                    format!("two documents have the URL {url}: give one a `slug` of its own (a directory listing or filter label can clash with another)"),
                );
            }
            if url != page.url && content.page_by_url(&url).is_some() {
                diags.error(
                    &page.file,
                    Position::FILE,
                    format!("the guide filter page {url} has the URL of a content page; rename that page"),
                );
            }
            pages.push(RenderedPage {
                url,
                locale: page.locale.clone(),
                html,
            });
        }
    }
    let mut not_found = Vec::new();
    for locale in &content.config.locales {
        let tr = translations.for_locale(locale);
        not_found.push((locale.clone(), render_not_found(content, &tr, assets)));
        let search_url = search_page::url(locale);
        if let Some(clash) = content.page_by_url(&search_url) {
            diags.error(
                &clash.file,
                Position::FILE,
                format!("{search_url} is the search page's URL; give this page another slug"),
            );
        }
        pages.push(RenderedPage {
            url: search_url,
            locale: locale.clone(),
            html: search_page::render(content, &tr, assets, None),
        });
        missing.extend(tr.take_missing());
    }
    for id in missing {
        diags.error(
            &locales_dir.join(&content.config.default_locale),
            Position::FILE,
            format!("message `{id}` is used by the site but defined in no locale"),
        );
    }
    RenderedSite { pages, not_found }
}

/// The page's document at its URL, plus one per guide filter when it lists guides.
fn render_page(
    content: &Content,
    translations: &Translations,
    tr: &Tr,
    assets: &ShellAssets,
    material: &Material,
    page: &Page,
) -> Vec<(String, String)> {
    if page.key == crate::directory::urls::SECTION_KEY && !content.directory.is_empty() {
        return directory::documents(content, translations, tr, assets, page);
    }
    if page.key == content.config.tips.page {
        return vec![(
            page.url.clone(),
            stored_report_page(content, tr, assets, page),
        )];
    }
    let filters = if page.kind == PageKind::Page {
        Vec::new()
    } else {
        filters::filters(content, tr, page)
    };
    let mut documents = Vec::with_capacity(1 + filters.len());
    let shell = view_model::shell(content, tr, assets, PageInfo::of(content, page));
    let mut data = article_data(content, tr, page);
    data.filters = filter_nav(tr, page, &filters, None);
    data.campaign = page
        .campaign
        .as_ref()
        .map(|c| campaigns::campaign_blocks(content, tr, page, c, material));
    data.toolkit = page
        .toolkit
        .as_ref()
        .map(|t| toolkit::blocks(content, tr, page, t, material));
    if page.guide.is_some() {
        data.train = toolkit::train_staff(content, tr, page);
    }
    data.data = self::data::blocks(content, tr, page, material);
    if page.campaign.is_some() || page.toolkit.is_some() || page.matter.embed_snippets {
        data.snippets = Some(campaigns::badge_snippets(content, tr));
    }
    if page.kind == PageKind::Section && content.children(page).any(|p| p.campaign.is_some()) {
        data.lists = campaigns::campaign_lists(content, tr, page);
    }
    documents.push((
        page.url.clone(),
        document(move || view! { <Document shell=shell><Article data=data /></Document> }),
    ));
    for filter in &filters {
        let title = format!("{}: {}", page.matter.title, filter.label);
        // The same filter of the same section in every other locale that has it.
        let others = content
            .translations(page)
            .filter_map(|t| {
                let other_tr = translations.for_locale(&t.locale);
                filters::filters(content, &other_tr, t)
                    .into_iter()
                    .find(|f| f.facet == filter.facet && f.id == filter.id)
                    .map(|f| (t.locale.clone(), f.url))
            })
            .collect();
        let info = PageInfo {
            title: &title,
            description: &page.matter.description,
            page: Some(page),
            translations: others,
        };
        let shell = view_model::shell(content, tr, assets, info);
        let mut data = article_data(content, tr, page);
        data.title = title.clone();
        for (_, list) in &mut data.lists {
            list.retain(|item| item.filter_keys.contains(&(filter.facet, filter.id)));
        }
        data.filters = filter_nav(tr, page, &filters, Some(filter));
        documents.push((
            filter.url.clone(),
            document(move || view! { <Document shell=shell><Article data=data /></Document> }),
        ));
    }
    documents
}

/// `(label, href)` of the locale's report page: from guides' "what you can do", the 404
/// page and a search that found nothing.
pub(crate) fn report_link(content: &Content, tr: &Tr) -> Option<(String, String)> {
    content
        .page_by_key(tr.locale, &content.config.tips.page)
        .map(|p| (tr.get("tip-link"), p.url.clone()))
}

/// The report page as stored and exported: a form that posts to `[tips] post_url` when a
/// static site names one, else the other ways to reach the hotline. A server that takes tips
/// renders the form per request instead (`server::report`), each with its own token.
fn stored_report_page(content: &Content, tr: &Tr, assets: &ShellAssets, page: &Page) -> String {
    let tips = &content.config.tips;
    let state = match &tips.post_url {
        Some(origin) if tips.enabled() => {
            let action = format!("{origin}{}", page.url);
            return report::render(
                content,
                tr,
                assets,
                page,
                report::State::Form {
                    fields: None,
                    problems: &[],
                    notice: None,
                    token: None,
                    action: &action,
                },
            );
        }
        _ => report::State::Off,
    };
    report::render(content, tr, assets, page, state)
}

/// Links to every filter of a section, with the one shown marked current.
fn filter_nav(
    tr: &Tr,
    section: &Page,
    filters: &[Filter],
    current: Option<&Filter>,
) -> Option<FilterNav> {
    if filters.is_empty() {
        return None;
    }
    let link = |label: String, href: String, is_current: bool| FilterLink {
        label,
        href,
        current: is_current,
    };
    let groups = [filters::Facet::Audience, filters::Facet::Setting]
        .into_iter()
        .map(|facet| {
            let links = filters
                .iter()
                .filter(|f| f.facet == facet)
                .map(|f| {
                    link(
                        f.label.clone(),
                        f.url.clone(),
                        current.is_some_and(|c| c.url == f.url),
                    )
                })
                .collect();
            (tr.get(facet.group_message()), links)
        })
        .collect();
    Some(FilterNav {
        label: tr.get("filter-label"),
        all: link(tr.get("filter-all"), section.url.clone(), current.is_none()),
        groups,
    })
}

fn render_not_found(content: &Content, tr: &Tr, assets: &ShellAssets) -> String {
    let title = tr.get("not-found-title");
    let description = tr.get("not-found-description");
    let shell = view_model::shell(
        content,
        tr,
        assets,
        PageInfo {
            title: &title,
            description: &description,
            page: None,
            translations: Vec::new(),
        },
    );
    let data = NotFoundData {
        title: title.clone(),
        text: tr.get("not-found-text"),
        home_label: tr.get("not-found-home"),
        home_href: format!("/{}/", tr.locale),
        report: report_link(content, tr),
    };
    document(move || view! { <Document shell=shell><NotFound data=data /></Document> })
}

fn article_data(content: &Content, tr: &Tr, page: &Page) -> ArticleData {
    let list: Vec<ListItem> = match page.kind {
        PageKind::Section => content.children(page).map(list_item).collect(),
        _ => Vec::new(),
    };
    ArticleData {
        title: page.matter.title.clone(),
        body_html: page.body.html.clone(),
        guide: page.guide.as_ref().map(|g| guide_blocks(content, tr, g)),
        lists: if list.is_empty() {
            Vec::new()
        } else {
            vec![(tr.get("section-contents"), list)]
        },
        filters: None,
        campaign: None,
        snippets: None,
        featured: match page.kind {
            PageKind::Home => {
                campaigns::featured_campaign(content, tr, &page.locale, campaigns::today())
            }
            _ => None,
        },
        toolkit: None,
        train: None,
        data: None,
        figure: match page.kind {
            PageKind::Home => self::data::home_figure(content, tr, &page.locale),
            _ => None,
        },
    }
}

pub(crate) fn list_item(p: &Page) -> ListItem {
    ListItem {
        title: p.matter.title.clone(),
        href: p.url.clone(),
        description: p.matter.description.clone(),
        meta: None,
        filter_keys: filter_keys(p),
    }
}

/// Every `(facet, value)` a page's guide table names, to filter lists by.
fn filter_keys(page: &Page) -> Vec<(filters::Facet, &'static str)> {
    use crate::content::guide::{AUDIENCES, SETTINGS};
    let Some(guide) = &page.guide else {
        return Vec::new();
    };
    let audiences = AUDIENCES
        .iter()
        .filter(|a| guide.audiences.iter().any(|g| g == *a))
        .map(|a| (filters::Facet::Audience, *a));
    let settings = SETTINGS
        .iter()
        .filter(|s| guide.settings.iter().any(|g| g == *s))
        .map(|s| (filters::Facet::Setting, *s));
    audiences.chain(settings).collect()
}

fn guide_blocks(content: &Content, tr: &Tr, guide: &crate::content::Guide) -> GuideBlocks {
    let hotline = view_model::hotline(content, tr);
    let mut act_links = vec![(hotline.call.clone(), hotline.tel_href.clone())];
    act_links.extend(hotline.channels.iter().cloned());
    act_links.extend(report_link(content, tr));
    GuideBlocks {
        for_label: tr.get("guide-for"),
        audiences: guide
            .audiences
            .iter()
            .map(|a| tr.get(&format!("audience-{a}")))
            .collect(),
        settings_label: tr.get("guide-settings"),
        settings: guide
            .settings
            .iter()
            .map(|s| tr.get(&format!("setting-{s}")))
            .collect(),
        note: tr.get("guide-note"),
        act_title: tr.get("guide-act-title"),
        act_items: vec![
            tr.get("guide-act-no-confront"),
            tr.get("guide-act-contact"),
            tr.with(
                "guide-act-emergency",
                &[("number", &content.config.hotline.emergency)],
            ),
        ],
        act_links,
        reviewed: tr.with(
            "guide-reviewed",
            &[("date", &format_date(tr, guide.reviewed))],
        ),
        reviewed_iso: guide.reviewed.to_string(),
        sources_title: tr.get("guide-sources"),
        sources: guide
            .sources
            .iter()
            .map(|s| (s.title.clone(), s.publisher.clone(), s.url.clone()))
            .collect(),
    }
}

/// Renders a view to a complete document, without Leptos' empty `<!>` text markers, and
/// with every phone number in its text isolated left to right (`bidi`), whether it came
/// from Markdown, a Fluent message or a link.
pub(crate) fn document<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    let html = Owner::new().with(|| view().to_html());
    let html = crate::bidi::isolate_phone_numbers(&html.replace("<!>", ""));
    format!("<!DOCTYPE html>{html}")
}
