//! The directory's postal-code box: `GET /<locale>/<directory>/?postal=K1A` answers with a
//! redirect to the province's or territory's page (both territories for `X`), or the
//! directory's home with a message (400) when the code cannot be read.
//!
//! Only the first three characters of the code are read and only its first letter decides;
//! the code is never logged (request logs hold the path, not the query) and the redirect is
//! `no-store`, so no cache keeps it.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, HeaderValue, Method, Response, StatusCode};
use percent_encoding::utf8_percent_encode;

use super::routes;
use crate::directory::postal;
use crate::site::Site;

/// Longest query string the box reads; anything longer is not a postal code.
const MAX_QUERY: usize = 256;

/// The postal answer for `path?query`, or `None` when this is not a postal-code request.
pub fn answer(
    site: &Arc<Site>,
    method: &Method,
    path: &str,
    query: Option<&str>,
    headers: &axum::http::HeaderMap,
) -> Option<Response<Body>> {
    if method != Method::GET && method != Method::HEAD {
        return None;
    }
    let answers = site.postal_answers.get(path)?;
    let query = query?;
    if query.len() > MAX_QUERY {
        return Some(problem(
            answers,
            method,
            headers,
            postal::PostalError::Malformed,
        ));
    }
    let code = form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "postal")
        .map(|(_, v)| {
            v.chars()
                .filter(|c| !c.is_whitespace())
                .take(3)
                .collect::<String>()
        })?;
    match postal::area_of(&code) {
        Ok(area) => {
            let target = match crate::directory::urls::postal_filter(&area) {
                crate::directory::urls::Filter::Region(code) => answers.regions.get(code)?,
                _ => &answers.north,
            };
            let location = utf8_percent_encode(target, crate::discovery::PATH).to_string();
            Some(
                Response::builder()
                    .status(StatusCode::SEE_OTHER)
                    .header(header::LOCATION, HeaderValue::from_str(&location).ok()?)
                    .header(header::CACHE_CONTROL, "no-store")
                    .body(Body::empty())
                    .unwrap_or_default(),
            )
        }
        Err(e) => Some(problem(answers, method, headers, e)),
    }
}

fn problem(
    answers: &crate::site::PostalPages,
    method: &Method,
    headers: &axum::http::HeaderMap,
    e: postal::PostalError,
) -> Response<Body> {
    match answers.problems.get(e.message()) {
        Some(stored) => routes::serve_stored(stored, StatusCode::BAD_REQUEST, method, headers),
        None => routes::simple(StatusCode::BAD_REQUEST, "Bad request\n"),
    }
}
