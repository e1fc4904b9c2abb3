//! Response headers that protect visitors: CSP, no referrer, no framing, no sniffing.
//!
//! Applied to every response by [`add_security_headers`]; a route that needs another policy
//! (the partner badge, which must be framable) sets its own header first and keeps it.

use base64::Engine;
use http::header::{HeaderName, HeaderValue};
use sha2::{Digest, Sha256};

use crate::render::shell::SITE_JS;

/// `'sha256-…'` of the inline quick-exit script, as CSP expects it.
pub fn script_hash() -> String {
    let digest = Sha256::digest(SITE_JS.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The Content-Security-Policy of every page: only our own origin, only our one script.
///
/// `connect-src 'self'` lets nothing leave the origin; our script makes no request, but
/// audit tools (Lighthouse reading robots.txt) fetch from inside the page and would
/// otherwise be refused.
pub fn content_security_policy(frame_ancestors: &str) -> String {
    format!(
        "default-src 'none'; script-src {}; style-src 'self'; img-src 'self'; \
         connect-src 'self'; manifest-src 'self'; frame-src 'self'; form-action 'self'; \
         base-uri 'none'; object-src 'none'; frame-ancestors {frame_ancestors}",
        script_hash()
    )
}

/// The policy of the framable badge: framable by any site, and no form may post anywhere.
pub fn embed_policy() -> HeaderValue {
    static POLICY: std::sync::OnceLock<HeaderValue> = std::sync::OnceLock::new();
    POLICY
        .get_or_init(|| {
            let policy =
                content_security_policy("*").replace("form-action 'self'", "form-action 'none'");
            HeaderValue::from_str(&policy).expect("header values are ASCII")
        })
        .clone()
}

/// Adds each security header a response lacks. A response that already has a
/// Content-Security-Policy was made by `routes::serve_stored`, which sets every one of them
/// (the framable badge with its own policy), so that is the only header looked for then.
pub fn add_security_headers<B>(mut response: http::Response<B>) -> http::Response<B> {
    let headers = response.headers_mut();
    if headers.contains_key(http::header::CONTENT_SECURITY_POLICY) {
        return response;
    }
    for (name, value) in security_headers() {
        if !headers.contains_key(name) {
            headers.insert(name.clone(), value.clone());
        }
    }
    response
}

/// The headers that protect visitors, built once.
pub fn security_headers() -> &'static [(HeaderName, HeaderValue)] {
    static HEADERS: std::sync::OnceLock<Vec<(HeaderName, HeaderValue)>> =
        std::sync::OnceLock::new();
    HEADERS.get_or_init(|| {
    let fixed: [(&'static str, String); 8] = [
        ("content-security-policy", content_security_policy("'none'")),
        ("referrer-policy", "no-referrer".into()),
        ("x-content-type-options", "nosniff".into()),
        (
            "permissions-policy",
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()".into(),
        ),
        ("cross-origin-opener-policy", "same-origin".into()),
        ("cross-origin-resource-policy", "same-origin".into()),
        ("strict-transport-security", "max-age=63072000; includeSubDomains".into()),
        ("x-robots-tag", "noarchive".into()),
    ];
    fixed
        .into_iter()
        .map(|(name, value)| {
            // Made once per process and kept: a static value is copied, not counted, on
            // every response.
            let value: &'static str = Box::leak(value.into_boxed_str());
            (HeaderName::from_static(name), HeaderValue::from_static(value))
        })
        .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csp_never_allows_inline_or_eval() {
        let csp = content_security_policy("'none'");
        assert!(!csp.contains("unsafe"));
        assert!(csp.contains(&script_hash()));
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(csp.contains("object-src 'none'"));
    }
}
