//! Response headers that protect visitors: CSP, no referrer, no framing, no sniffing.
//!
//! Applied to every response by [`security_layers`]; a route that needs another policy (the
//! partner badge, which must be framable) sets its own header first and keeps it.

use base64::Engine;
use http::header::{HeaderName, HeaderValue};
use sha2::{Digest, Sha256};
use tower_http::set_header::SetResponseHeaderLayer;

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

/// The layers that add the security headers to every response that lacks them.
pub fn security_layers() -> Vec<SetResponseHeaderLayer<HeaderValue>> {
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
            SetResponseHeaderLayer::if_not_present(
                HeaderName::from_static(name),
                HeaderValue::from_str(&value).expect("header values are ASCII"),
            )
        })
        .collect()
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
