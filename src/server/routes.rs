//! Where every URL is routed: one handler that looks the path up in the built [`Site`].
//!
//! Order: method check, path decoding, `/` negotiation, stored file, alias, trailing slash,
//! then the localised 404. Nothing here touches the file system: traversal has nothing to reach.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, Response, StatusCode, Uri};
use percent_encoding::percent_decode_str;

use super::SharedSite;
use crate::i18n::negotiate;
use crate::site::{Kind, Site, Stored};

/// Longest path accepted; our longest URL is well under this.
const MAX_PATH: usize = 1024;

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
    respond(&site, &method, &uri, &headers)
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
        return plain(StatusCode::TOO_MANY_REQUESTS, "")
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
        return simple(StatusCode::SERVICE_UNAVAILABLE, "Try again\n");
    };
    let stored = Stored::new(
        Kind::Html,
        "text/html; charset=utf-8",
        bytes::Bytes::from(html),
        None,
    );
    serve_stored(&stored, StatusCode::OK, method, headers)
}

/// Answers one request from the built site. Pure: the same site and request give the same bytes.
pub fn respond(
    site: &Arc<Site>,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
) -> Response<Body> {
    if method != Method::GET && method != Method::HEAD {
        return plain(StatusCode::METHOD_NOT_ALLOWED, "Method not allowed\n")
            .header(header::ALLOW, "GET, HEAD")
            .body(Body::from("Method not allowed\n"))
            .unwrap_or_default();
    }
    let raw = uri.path();
    if raw.len() > MAX_PATH {
        return simple(StatusCode::URI_TOO_LONG, "URI too long\n");
    }
    let Ok(path) = percent_decode_str(raw).decode_utf8() else {
        return simple(StatusCode::BAD_REQUEST, "Bad request\n");
    };
    if path.contains('\0') || !path.starts_with('/') {
        return simple(StatusCode::BAD_REQUEST, "Bad request\n");
    }
    let accept_language = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    if path == "/" {
        let locale = negotiate(accept_language, &site.locales, &site.default_locale);
        return redirect(StatusCode::SEE_OTHER, &format!("/{locale}/"))
            .header(header::VARY, "Accept-Language")
            .body(Body::empty())
            .unwrap_or_default();
    }
    if let Some(stored) = site.files.get(path.as_ref()) {
        return serve_stored(stored, StatusCode::OK, method, headers);
    }
    if let Some(card) = site.cards.get(path.as_ref()) {
        let stored = Stored::new(Kind::Asset, "image/png", card.png(), None);
        return serve_stored(&stored, StatusCode::OK, method, headers);
    }
    if let Some(target) = site.redirects.get(path.as_ref()) {
        return redirect(StatusCode::MOVED_PERMANENTLY, target)
            .body(Body::empty())
            .unwrap_or_default();
    }
    if !path.ends_with('/') {
        let with_slash = format!("{path}/");
        if site.files.contains_key(&with_slash) || site.redirects.contains_key(&with_slash) {
            // The target is a key of our own map, so always a path on this site.
            let location = match uri.query() {
                Some(q) => format!("{}/?{q}", raw),
                None => format!("{raw}/"),
            };
            return redirect(StatusCode::PERMANENT_REDIRECT, &location)
                .body(Body::empty())
                .unwrap_or_default();
        }
    }
    let first_segment = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let locale = site
        .locales
        .iter()
        .find(|l| l.as_str() == first_segment)
        .map(String::as_str)
        .unwrap_or_else(|| negotiate(accept_language, &site.locales, &site.default_locale));
    serve_stored(
        site.not_found(Some(locale)),
        StatusCode::NOT_FOUND,
        method,
        headers,
    )
}

/// Sends a stored body, choosing brotli, gzip or identity, and honouring `If-None-Match`.
pub fn serve_stored(
    stored: &Stored,
    status: StatusCode,
    method: &Method,
    headers: &HeaderMap,
) -> Response<Body> {
    let accept = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let (encoding, body, etag) = match (&stored.brotli, &stored.gzip) {
        (Some(br), _) if accepts(accept, "br") => {
            (Some("br"), br.clone(), suffixed(&stored.etag, "br"))
        }
        (_, Some(gz)) if accepts(accept, "gzip") => {
            (Some("gzip"), gz.clone(), suffixed(&stored.etag, "gz"))
        }
        _ => (None, stored.body(), stored.etag.clone()),
    };
    let cache = match stored.kind {
        Kind::Html | Kind::Embed => "no-store",
        Kind::Asset => "public, max-age=31536000, immutable",
        Kind::Plain => "public, max-age=3600",
    };
    let not_modified = status == StatusCode::OK
        && headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.split(',').any(|t| {
                    let t = t.trim().trim_start_matches("W/");
                    t == etag || t == "*"
                })
            });
    let mut builder = Response::builder()
        .status(if not_modified {
            StatusCode::NOT_MODIFIED
        } else {
            status
        })
        .header(header::CONTENT_TYPE, stored.content_type)
        .header(header::CACHE_CONTROL, cache)
        .header(header::ETAG, &etag);
    if stored.gzip.is_some() {
        builder = builder.header(header::VARY, "Accept-Encoding");
    }
    if stored.kind == Kind::Embed {
        // The badge is made to be framed by partners' sites; everything else keeps 'none'.
        builder = builder.header(
            header::CONTENT_SECURITY_POLICY,
            super::content_security_policy("*").replace("form-action 'self'", "form-action 'none'"),
        );
    }
    if let Some(encoding) = encoding {
        builder = builder.header(header::CONTENT_ENCODING, encoding);
    }
    if not_modified {
        return builder.body(Body::empty()).unwrap_or_default();
    }
    builder = builder.header(header::CONTENT_LENGTH, body.len());
    let body = if method == Method::HEAD {
        Body::empty()
    } else {
        Body::from(body)
    };
    builder.body(body).unwrap_or_default()
}

fn suffixed(etag: &str, suffix: &str) -> String {
    format!("{}-{suffix}\"", etag.trim_end_matches('"'))
}

/// Whether an `Accept-Encoding` header accepts `coding` (present, and not `q=0`).
pub fn accepts(header: &str, coding: &str) -> bool {
    header.split(',').any(|item| {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        let q_zero = parts.any(|p| {
            let p = p.trim();
            p.strip_prefix("q=")
                .or_else(|| p.strip_prefix("Q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                == Some(0.0)
        });
        name.eq_ignore_ascii_case(coding) && !q_zero
    })
}

fn redirect(status: StatusCode, location: &str) -> axum::http::response::Builder {
    let location = HeaderValue::from_str(location).unwrap_or(HeaderValue::from_static("/"));
    Response::builder()
        .status(status)
        .header(header::LOCATION, location)
        .header(header::CACHE_CONTROL, "no-store")
}

fn plain(status: StatusCode, _text: &str) -> axum::http::response::Builder {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-store")
}

fn simple(status: StatusCode, text: &'static str) -> Response<Body> {
    plain(status, text)
        .body(Body::from(text))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::accepts;

    #[test]
    fn accept_encoding_parsing() {
        assert!(accepts("gzip, deflate, br", "br"));
        assert!(accepts("GZIP", "gzip"));
        assert!(!accepts("gzip;q=0, br", "gzip"));
        assert!(!accepts("identity", "gzip"));
        assert!(!accepts("gzipx", "gzip"));
        assert!(!accepts("", "br"));
    }
}
