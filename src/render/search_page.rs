//! The search page of a locale: with no query, a form and a list of every page (this is what
//! `export` writes); with a query, the results. Its title never shows the query, and no link
//! on it carries the query: paging uses small GET forms.

use leptos::prelude::*;

use super::shell::Document;
use super::view_model::{self, PageInfo, ShellAssets};
use crate::content::{Content, PageKind};
use crate::i18n::Tr;
use crate::search::{Results, PAGE_SIZE};

/// The URL of a locale's search page.
pub fn url(locale: &str) -> String {
    format!("/{locale}/search/")
}

/// What was searched for, and what came back.
pub struct Searched<'a> {
    pub query: &'a str,
    pub page: usize,
    pub results: Results,
}

pub fn render(
    content: &Content,
    tr: &Tr,
    assets: &ShellAssets,
    searched: Option<Searched>,
) -> String {
    let locale = tr.locale;
    let title = tr.get("search-title");
    let description = tr.get("search-description");
    let translations = content
        .config
        .locales
        .iter()
        .map(|l| (l.clone(), url(l)))
        .collect();
    let info = PageInfo {
        title: &title,
        description: &description,
        page: None,
        translations,
    };
    let shell = view_model::shell(content, tr, assets, info);
    let action = url(locale);
    let listings = searched
        .as_ref()
        .filter(|s| !s.results.listings.is_empty())
        .map(|s| listings_view(tr, s.results.listings.clone()));
    let body = match searched {
        None => {
            let pages: Vec<(String, String)> = content
                .pages
                .iter()
                .filter(|p| p.locale == locale && p.kind != PageKind::Home)
                .map(|p| (p.matter.title.clone(), p.url.clone()))
                .collect();
            let browse = tr.get("search-browse");
            view! {
                <h2>{browse}</h2>
                <ul class="all-pages">
                    {pages.into_iter().map(|(t, href)| view! { <li><a href=href>{t}</a></li> }).collect_view()}
                </ul>
            }
            .into_any()
        }
        Some(s) if s.results.total == 0 => {
            let indicators = content
                .page_by_key(locale, "indicators/_index")
                .map(|p| (p.matter.title.clone(), p.url.clone()));
            let help = content
                .page_by_key(locale, "help")
                .map(|p| (p.matter.title.clone(), p.url.clone()));
            let hotline = view_model::hotline(content, tr);
            let report = super::report_link(content, tr);
            view! {
                <p class="search-none">{tr.get("search-none")}</p>
                {listings}
                <p>{tr.get("search-none-help")}</p>
                <ul>
                    <li><a href=hotline.tel_href>{hotline.call}</a></li>
                    {report.map(|(label, href)| view! { <li><a href=href>{label}</a></li> })}
                    {indicators.map(|(t, href)| view! { <li><a href=href>{t}</a></li> })}
                    {help.map(|(t, href)| view! { <li><a href=href>{t}</a></li> })}
                </ul>
            }
            .into_any()
        }
        Some(s) => {
            let count = tr.count("search-count", s.results.total);
            let has_previous = s.page > 0;
            let has_next = (s.page + 1) * PAGE_SIZE < s.results.total;
            let pager = |label: String, page: usize| {
                let (action, query) = (action.clone(), s.query.to_string());
                view! {
                    <form class="pager" action=action method="get">
                        <input type="hidden" name="q" value=query />
                        <input type="hidden" name="page" value=(page + 1).to_string() />
                        <button type="submit">{label}</button>
                    </form>
                }
            };
            view! {
                <p class="search-count" role="status">{count}</p>
                {listings}
                <ol class="results">
                    {s.results
                        .hits
                        .into_iter()
                        .map(|h| {
                            view! {
                                <li>
                                    <a href=h.url>{h.title}</a>
                                    {(!h.section.is_empty()).then(|| view! { <span class="result-section">{h.section}</span> })}
                                    <p inner_html=h.excerpt_html></p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                <div class="pagers">
                    {has_previous.then(|| pager(tr.get("search-previous"), s.page - 1))}
                    {has_next.then(|| pager(tr.get("search-next"), s.page + 1))}
                </div>
            }
            .into_any()
        }
    };
    super::document(move || {
        view! {
            <Document shell=shell>
                <article class="page">
                    <h1>{title}</h1>
                    {body}
                </article>
            </Document>
        }
    })
}

/// The directory listings that match, apart from the pages: they never push a guide down.
fn listings_view(tr: &Tr, hits: Vec<crate::search::Hit>) -> impl IntoView {
    view! {
        <section class="search-listings" aria-labelledby="search-listings">
            <h2 id="search-listings">{tr.get("dir-search-heading")}</h2>
            <ul>
                {hits
                    .into_iter()
                    .map(|h| view! { <li><a href=h.url>{h.title}</a><p inner_html=h.excerpt_html></p></li> })
                    .collect_view()}
            </ul>
        </section>
    }
}
