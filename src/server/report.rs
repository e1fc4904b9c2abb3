//! The tip form, computed per request: `/<locale>/<report slug>/`.
//!
//! GET renders the form with a fresh signed token. POST, in order: refuse cross-site posts
//! (403), refuse bodies larger than the longest valid tip (413), count the attempt against
//! the caps (429), then parse; a filled honeypot or a form sent too fast gets the usual
//! confirmation and stores nothing; a bad or expired token or a broken rule gets the form
//! back with what was typed (422); otherwise the tip is sealed, stored, and only then
//! confirmed. A store that fails gives the form back with the text and the hotline (503).
//!
//! Without a tip service (no recipients), or for any other path, the stored page answers.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, Response, StatusCode};
use http_body_util::BodyExt;
use time::OffsetDateTime;
use zeroize::Zeroizing;

use super::{routes, SharedSite};
use crate::content::Page;
use crate::render::report::{self, State as PageState};
use crate::site::{Encodings, Kind, Site, Stored};
use crate::tips::form::{self, Submission};
use crate::tips::token::Age;
use crate::tips::{Outcome, TipService};

/// The largest body the form can need: 10,000 characters of up to four UTF-8 bytes, each
/// byte `%XX` once form-encoded (12 bytes a character), plus the short fields and the token.
pub const MAX_BODY: usize = form::MAX_DETAILS * 12 + 8 * form::MAX_SHORT * 12 + 2048;
/// How long a client may take to send its body, and the store to commit a tip.
const BODY_TIMEOUT: Duration = Duration::from_secs(20);
const STORE_TIMEOUT: Duration = Duration::from_secs(8);

/// The client's address, put on each request by the accept loop; read only to count it
/// against the per-client cap, through a keyed hash. Never logged, never stored.
#[derive(Clone, Copy, Debug)]
pub struct ClientAddr(pub IpAddr);

pub async fn handle(State(shared): State<SharedSite>, request: Request) -> Response<Body> {
    let site = shared.current();
    let (parts, body) = request.into_parts();
    let Some(page) = report_page(&site, parts.uri.path()) else {
        return routes::respond(&site, &parts.method, &parts.uri, &parts.headers);
    };
    let Some(tips) = shared.tips() else {
        return routes::respond(&site, &parts.method, &parts.uri, &parts.headers);
    };
    let client = parts.extensions.get::<ClientAddr>().map(|c| c.0);
    match parts.method {
        Method::GET | Method::HEAD => {
            let token = tips.tokens.issue(now_secs());
            let html = match site.report_forms.get(&page.url) {
                Some(template) => Zeroizing::new(template.with_token(&token)),
                None => render(
                    &site,
                    page,
                    form_state(None, &[], None, Some(&token), &page.url),
                ),
            };
            send(html, StatusCode::OK, &parts.method, &parts.headers)
        }
        Method::POST => post(&site, &tips, page, &parts.headers, client, body).await,
        _ => routes::respond(&site, &parts.method, &parts.uri, &parts.headers),
    }
}

/// The report page of the locale the path names, if the (percent-encoded) path is one.
pub(super) fn report_page<'a>(site: &'a Site, raw_path: &str) -> Option<&'a Page> {
    let path = percent_encoding::percent_decode_str(raw_path)
        .decode_utf8()
        .ok()?;
    let key = &site.content.config.tips.page;
    let locale = path.trim_start_matches('/').split('/').next()?;
    site.content
        .page_by_key(locale, key)
        .filter(|p| p.url == path)
}

async fn post(
    site: &Arc<Site>,
    tips: &TipService,
    page: &Page,
    headers: &HeaderMap,
    client: Option<IpAddr>,
    body: Body,
) -> Response<Body> {
    let refuse = |status, title, text| {
        let html = render(site, page, PageState::Refused { title, text });
        send(html, status, &Method::POST, headers)
    };
    if !same_origin(headers, &site.content.config.base_url) {
        return refuse(
            StatusCode::FORBIDDEN,
            "tip-forbidden-title",
            "tip-forbidden-text",
        );
    }
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BODY) {
        return refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            "tip-too-large-title",
            "tip-too-large-text",
        );
    }
    let Some(bytes) = read_body(body).await else {
        return refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            "tip-too-large-title",
            "tip-too-large-text",
        );
    };
    if tips.limits.admit(client).is_err() {
        let mut response = refuse(
            StatusCode::TOO_MANY_REQUESTS,
            "tip-busy-title",
            "tip-busy-text",
        );
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("3600"));
        return response;
    }
    let submission = form::parse(&bytes);
    drop(bytes);
    let now = OffsetDateTime::now_utc();
    let token = tips.tokens.verify(&submission.token);
    let age = token.map(|t| t.age(now.unix_timestamp().max(0) as u64));
    if submission.honeypot_filled || age == Some(Age::TooFast) {
        // A bot, most likely: it sees what a person would, and nothing is stored.
        let receipt = (submission.fields.follow_up == "receipt").then(crate::tips::receipt_code);
        return received(site, page, headers, receipt.as_deref().map(String::as_str));
    }
    let Some(token) = token.filter(|_| age == Some(Age::Fresh)) else {
        // Missing (an exported page's form), altered or expired: the form again, with a
        // fresh token and what was typed, to review and send.
        let fresh = tips.tokens.issue(now_secs());
        return form_again(
            site,
            page,
            headers,
            &submission,
            &[],
            Some("tip-check-again"),
            &fresh,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let problems = form::validate(&submission.fields, now.date());
    if !problems.is_empty() {
        return form_again(
            site,
            page,
            headers,
            &submission,
            &problems,
            None,
            &submission.token,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let receipt = (submission.fields.follow_up == "receipt").then(crate::tips::receipt_code);
    let text = form::sealed_text(
        &submission.fields,
        &page.locale,
        receipt.as_deref().map(String::as_str),
        now,
    );
    let stored = tokio::time::timeout(STORE_TIMEOUT, tips.receive(&text, &token, now)).await;
    drop(text);
    let outcome = match stored {
        Ok(result) => result.map_err(|e| e.to_string()),
        Err(_) => Err("no answer from the store in time".to_string()),
    };
    match outcome {
        Ok(Outcome::Received) => {
            received(site, page, headers, receipt.as_deref().map(String::as_str))
        }
        Ok(Outcome::AlreadyReceived) => {
            let html = render(site, page, PageState::AlreadyReceived);
            send(html, StatusCode::OK, &Method::POST, headers)
        }
        Err(trouble) => {
            // The error names the store's trouble, never the tip.
            tracing::warn!(error = %trouble, "a tip could not be stored");
            form_again(
                site,
                page,
                headers,
                &submission,
                &[],
                Some("tip-failed-text"),
                &submission.token,
                StatusCode::SERVICE_UNAVAILABLE,
            )
        }
    }
}

/// Whether a POST comes from our own pages: by `Sec-Fetch-Site` where the browser sends it,
/// else by `Origin` against the site's published origin. A client that sends neither is not
/// a browser that another site could drive, so it is let through.
fn same_origin(headers: &HeaderMap, base_url: &str) -> bool {
    let origin_ok = headers
        .get(header::ORIGIN)
        .is_some_and(|o| o.as_bytes() == base_url.as_bytes());
    match headers.get("sec-fetch-site").map(HeaderValue::as_bytes) {
        Some(b"same-origin" | b"none") => true,
        // From another origin: only the published site itself (an exported page posting
        // to the server named by `[tips] post_url`).
        Some(_) => origin_ok,
        None => headers.get(header::ORIGIN).is_none() || origin_ok,
    }
}

/// The body, into a buffer we own and zeroize; `None` if it is larger than [`MAX_BODY`] or
/// does not arrive in time.
async fn read_body(body: Body) -> Option<Zeroizing<Vec<u8>>> {
    let mut body = http_body_util::Limited::new(body, MAX_BODY);
    let mut bytes = Zeroizing::new(Vec::with_capacity(16 * 1024));
    let read = async {
        while let Some(frame) = body.frame().await {
            let frame = frame.ok()?;
            if let Some(data) = frame.data_ref() {
                bytes.extend_from_slice(data);
            }
        }
        Some(())
    };
    tokio::time::timeout(BODY_TIMEOUT, read).await.ok()??;
    Some(bytes)
}

fn received(
    site: &Site,
    page: &Page,
    headers: &HeaderMap,
    receipt: Option<&str>,
) -> Response<Body> {
    let html = render(site, page, PageState::Received { receipt });
    let mut response = send(html, StatusCode::OK, &Method::POST, headers);
    // Evicts this origin's pages from the back/forward cache, so Back shows no filled form.
    response
        .headers_mut()
        .insert("clear-site-data", HeaderValue::from_static("\"cache\""));
    response
}

#[allow(clippy::too_many_arguments)]
fn form_again(
    site: &Site,
    page: &Page,
    headers: &HeaderMap,
    submission: &Submission,
    problems: &[form::Problem],
    notice: Option<&'static str>,
    token: &str,
    status: StatusCode,
) -> Response<Body> {
    let state = form_state(
        Some(&submission.fields),
        problems,
        notice,
        Some(token),
        &page.url,
    );
    send(render(site, page, state), status, &Method::POST, headers)
}

fn form_state<'a>(
    fields: Option<&'a form::Fields>,
    problems: &'a [form::Problem],
    notice: Option<&'static str>,
    token: Option<&'a str>,
    action: &'a str,
) -> PageState<'a> {
    PageState::Form {
        fields,
        problems,
        notice,
        token,
        action,
    }
}

fn render(site: &Site, page: &Page, state: PageState) -> Zeroizing<String> {
    let tr = site.translations.for_locale(&page.locale);
    Zeroizing::new(report::render(
        &site.content,
        &tr,
        &site.shell_assets,
        page,
        state,
    ))
}

/// Sends a page built for this request: `no-store`, with the security headers.
fn send(
    html: Zeroizing<String>,
    status: StatusCode,
    method: &Method,
    headers: &HeaderMap,
) -> Response<Body> {
    let stored = Stored::new(
        Kind::Html,
        "text/html; charset=utf-8",
        bytes::Bytes::copy_from_slice(html.as_bytes()),
        Encodings::Identity,
    );
    let get = if method == Method::HEAD {
        Method::HEAD
    } else {
        Method::GET
    };
    routes::serve_stored(&stored, status, &get, headers)
}

fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
