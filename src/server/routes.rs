//! Stored pages: every URL not computed per request is a lookup in the built [`Site`].
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
use crate::site::{Encodings, Kind, Site, Stored};

/// Longest path accepted; our longest URL is well under this.
const MAX_PATH: usize = 1024;

/// The stored-page fallback: every URL that is not computed per request.
pub async fn handle(
    State(shared): State<SharedSite>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response<Body> {
    respond(&shared.current(), &method, &uri, &headers)
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
        let stored = Stored::new(Kind::Asset, "image/png", card.png(), Encodings::Identity);
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
///
/// This is the path nearly every request takes, so it builds the response directly: header
/// values are static or built once per process, the ETag is written without a `String`, and
/// the security headers go in here rather than being looked for by a layer.
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
    let (encoding, body, suffix) = match (&stored.brotli, &stored.gzip) {
        (Some(br), _) if accepts(accept, "br") => (Some("br"), br.clone(), "-br"),
        (_, Some(gz)) if accepts(accept, "gzip") => (Some("gzip"), gz.clone(), "-gz"),
        _ => (None, stored.body(), ""),
    };
    let etag = etag_value(&stored.etag, suffix);
    let not_modified = status == StatusCode::OK
        && headers
            .get(header::IF_NONE_MATCH)
            .is_some_and(|v| matches_etag(v.as_bytes(), etag.as_bytes()));
    let mut response = Response::new(Body::empty());
    *response.status_mut() = if not_modified {
        StatusCode::NOT_MODIFIED
    } else {
        status
    };
    let h = response.headers_mut();
    h.reserve(16);
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(stored.content_type),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(match stored.kind {
            Kind::Html | Kind::Embed => "no-store",
            Kind::Asset => "public, max-age=31536000, immutable",
            Kind::Plain => "public, max-age=3600",
        }),
    );
    h.insert(header::ETAG, etag);
    if stored.gzip.is_some() {
        h.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    }
    for (name, value) in super::headers::security_headers() {
        h.insert(name.clone(), value.clone());
    }
    if stored.kind == Kind::Embed {
        // The badge is made to be framed by partners' sites; everything else keeps 'none'.
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            super::headers::embed_policy(),
        );
    }
    if let Some(encoding) = encoding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
    }
    if not_modified {
        return response;
    }
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
    if method != Method::HEAD {
        *response.body_mut() = Body::from(body);
    }
    response
}

/// `"…"` or `"…-br"`: the stored ETag with the variant's suffix inside the quotes.
fn etag_value(etag: &str, suffix: &str) -> HeaderValue {
    let mut buf = [0u8; 64];
    let inner = etag.trim_end_matches('"').as_bytes();
    let len = inner.len() + suffix.len() + 1;
    if len > buf.len() {
        return HeaderValue::from_static("\"\"");
    }
    buf[..inner.len()].copy_from_slice(inner);
    buf[inner.len()..len - 1].copy_from_slice(suffix.as_bytes());
    buf[len - 1] = b'"';
    HeaderValue::from_bytes(&buf[..len]).unwrap_or(HeaderValue::from_static("\"\""))
}

/// Whether an `If-None-Match` list names `etag` (weak or strong) or is `*`.
fn matches_etag(list: &[u8], etag: &[u8]) -> bool {
    list.split(|&b| b == b',').any(|t| {
        let t = t.trim_ascii();
        let t = t.strip_prefix(b"W/").unwrap_or(t);
        t == etag || t == b"*"
    })
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

pub(super) fn plain(status: StatusCode, _text: &str) -> axum::http::response::Builder {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-store")
}

pub(super) fn simple(status: StatusCode, text: &'static str) -> Response<Body> {
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
