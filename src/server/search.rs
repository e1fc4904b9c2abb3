//! Search, the one page computed per request: `/<locale>/search/?q=…[&page=N]`.
//!
//! At most a few searches run at once, off the async workers; others wait briefly, then get
//! 429. Only this route is compressed on the fly and bounded by a request timeout: stored
//! pages are compressed in advance and answer at once. Without a query (or for another
//! method) the stored search page answers, as `routes` would.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, Method, Response, StatusCode, Uri};

use super::{routes, SharedSite};
use crate::site::{Encodings, Kind, Site, Stored};

pub async fn handle(
    State(shared): State<SharedSite>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response<Body> {
    let site = shared.current();
    if let Some(request) = search_request(&site, &method, &uri) {
        return search(&shared, &site, request, &method, &headers).await;
    }
    routes::respond(&site, &method, &uri, &headers)
}

/// A search with words in it: `/<locale>/search/?q=…[&page=N]`.
struct SearchRequest {
    locale: String,
    query: String,
    page: usize,
}

fn search_request(site: &Site, method: &Method, uri: &Uri) -> Option<SearchRequest> {
    if method != Method::GET && method != Method::HEAD {
        return None;
    }
    let locale = uri.path().strip_prefix('/')?.strip_suffix("/search/")?;
    let locale = site.locales.iter().find(|l| l.as_str() == locale)?;
    let mut query = String::new();
    let mut page = 0;
    for (key, value) in form_urlencoded::parse(uri.query()?.as_bytes()) {
        match key.as_ref() {
            "q" if query.is_empty() => {
                query = crate::search::truncate(&value, crate::search::MAX_QUERY_CHARS).to_string()
            }
            "page" => page = value.parse::<usize>().unwrap_or(1).clamp(1, 100) - 1,
            _ => {}
        }
    }
    (!query.trim().is_empty()).then(|| SearchRequest {
        locale: locale.clone(),
        query,
        page,
    })
}

/// Runs a search within the concurrency limit and renders the results page.
async fn search(
    shared: &SharedSite,
    site: &Arc<Site>,
    request: SearchRequest,
    method: &Method,
    headers: &HeaderMap,
) -> Response<Body> {
    let Some(_permit) = shared.search_permit().await else {
        let tr = site.translations.for_locale(&request.locale);
        return routes::plain(StatusCode::TOO_MANY_REQUESTS, "")
            .header(header::RETRY_AFTER, "2")
            .body(Body::from(format!("{}\n", tr.get("search-busy"))))
            .unwrap_or_default();
    };
    // Searching and rendering are CPU work: run them off the async workers, so page views
    // keep flowing while the (few) permitted searches run.
    let page_site = Arc::clone(site);
    let rendered = tokio::task::spawn_blocking(move || {
        let results = match &page_site.search {
            Some(search) => search.search(&request.locale, &request.query, request.page),
            None => crate::search::Results::default(),
        };
        let tr = page_site.translations.for_locale(&request.locale);
        let searched = crate::render::search_page::Searched {
            query: &request.query,
            page: request.page,
            results,
        };
        crate::render::search_page::render(
            &page_site.content,
            &tr,
            &page_site.shell_assets,
            Some(searched),
        )
    })
    .await;
    let Ok(html) = rendered else {
        return routes::simple(StatusCode::SERVICE_UNAVAILABLE, "Try again\n");
    };
    let stored = Stored::new(
        Kind::Html,
        "text/html; charset=utf-8",
        bytes::Bytes::from(html),
        Encodings::Identity,
    );
    routes::serve_stored(&stored, StatusCode::OK, method, headers)
}
