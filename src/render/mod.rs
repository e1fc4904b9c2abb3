//! Rendering: content and translations to complete HTML documents, once, when content loads.
//!
//! Leptos (`ssr`, no hydration) lays out components; `view_model` prepares their data, so
//! this module only decides which page gets which components. Output is plain HTML: no
//! WebAssembly, no hydration scripts; the one inline script is the quick exit.

mod pages;
pub mod shell;
pub mod view_model;

use leptos::prelude::*;

use crate::content::{Content, Page, PageKind};
use crate::diagnostics::{Diagnostics, Position};
use crate::i18n::{Tr, Translations};
use pages::{Article, ArticleData, GuideBlocks, ListItem, NotFound, NotFoundData};
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
    locales_dir: &std::path::Path,
    diags: &mut Diagnostics,
) -> RenderedSite {
    let rendered = crate::parallel::map(&content.pages, |page| {
        let tr = translations.for_locale(&page.locale);
        let html = render_page(content, &tr, assets, page);
        (html, tr.take_missing())
    });
    let mut missing = std::collections::BTreeSet::new();
    let mut pages = Vec::with_capacity(rendered.len());
    for (page, (html, page_missing)) in content.pages.iter().zip(rendered) {
        missing.extend(page_missing);
        pages.push(RenderedPage {
            url: page.url.clone(),
            locale: page.locale.clone(),
            html,
        });
    }
    let mut not_found = Vec::new();
    for locale in &content.config.locales {
        let tr = translations.for_locale(locale);
        not_found.push((locale.clone(), render_not_found(content, &tr, assets)));
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

fn render_page(content: &Content, tr: &Tr, assets: &ShellAssets, page: &Page) -> String {
    let shell = view_model::shell(
        content,
        tr,
        assets,
        PageInfo {
            title: &page.matter.title,
            description: &page.matter.description,
            page: Some(page),
        },
    );
    let data = article_data(content, tr, page);
    document(move || view! { <Document shell=shell><Article data=data /></Document> })
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
        },
    );
    let data = NotFoundData {
        title: title.clone(),
        text: tr.get("not-found-text"),
        home_label: tr.get("not-found-home"),
        home_href: format!("/{}/", tr.locale),
    };
    document(move || view! { <Document shell=shell><NotFound data=data /></Document> })
}

fn article_data(content: &Content, tr: &Tr, page: &Page) -> ArticleData {
    let list = match page.kind {
        PageKind::Section => content
            .children(page)
            .map(|p| ListItem {
                title: p.matter.title.clone(),
                href: p.url.clone(),
                description: p.matter.description.clone(),
            })
            .collect(),
        _ => Vec::new(),
    };
    ArticleData {
        title: page.matter.title.clone(),
        body_html: page.body.html.clone(),
        guide: page.guide.as_ref().map(|g| guide_blocks(content, tr, g)),
        list_title: tr.get("section-contents"),
        list,
    }
}

fn guide_blocks(content: &Content, tr: &Tr, guide: &crate::content::Guide) -> GuideBlocks {
    let hotline = view_model::hotline(content, tr);
    let mut act_links = vec![(hotline.call.clone(), hotline.tel_href.clone())];
    act_links.extend(hotline.channels.iter().cloned());
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

/// Renders a view to a complete document, without Leptos' empty `<!>` text markers.
fn document<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    let html = Owner::new().with(|| view().to_html());
    format!("<!DOCTYPE html>{}", html.replace("<!>", ""))
}
