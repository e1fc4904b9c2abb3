//! HTTP behaviour of the router, driven in-process: statuses, headers, caching, redirects,
//! negotiation, 404s and hostile requests.

mod common;

use common::{get, get_with};

const HTML_PAGES: &[&str] = &[
    "/en/",
    "/fr/",
    "/en/indicators/labour-trafficking/",
    "/fr/indicateurs/",
    "/en/get-help/",
];

#[tokio::test]
async fn pages_answer_200_with_every_security_header() {
    for uri in HTML_PAGES.iter().copied().chain(["/en/no-such-page/"]) {
        let r = get(uri).await;
        assert!(
            r.status == 200 || uri.contains("no-such"),
            "{uri}: {}",
            r.status
        );
        assert_eq!(
            r.header("content-type"),
            Some("text/html; charset=utf-8"),
            "{uri}"
        );
        assert_eq!(r.header("cache-control"), Some("no-store"), "{uri}");
        assert_eq!(r.header("referrer-policy"), Some("no-referrer"), "{uri}");
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"), "{uri}");
        assert_eq!(
            r.header("cross-origin-opener-policy"),
            Some("same-origin"),
            "{uri}"
        );
        assert!(
            r.header("strict-transport-security")
                .is_some_and(|v| v.contains("max-age=")),
            "{uri}"
        );
        assert!(
            r.header("permissions-policy")
                .is_some_and(|v| v.contains("camera=()")),
            "{uri}"
        );
        assert!(r.header("etag").is_some(), "{uri}");
        let csp = r.header("content-security-policy").expect("csp");
        for part in [
            "default-src 'none'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "connect-src 'self'",
        ] {
            assert!(csp.contains(part), "{uri}: {csp}");
        }
        assert!(!csp.contains("unsafe"), "{csp}");
        // No directive names another origin, a scheme or a wildcard.
        assert!(
            !csp.contains("http") && !csp.contains('*') && !csp.contains("data:"),
            "{csp}"
        );
        for absent in ["set-cookie", "server", "x-powered-by", "clear-site-data"] {
            assert!(r.header(absent).is_none(), "{uri} has {absent}");
        }
    }
}

#[tokio::test]
async fn csp_hash_matches_the_script_actually_served() {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let r = get("/en/").await;
    let html = r.text();
    let start = html.find("<script>").expect("inline script") + "<script>".len();
    let end = start + html[start..].find("</script>").unwrap();
    let hash = base64::engine::general_purpose::STANDARD
        .encode(Sha256::digest(&html.as_bytes()[start..end]));
    let csp = r.header("content-security-policy").unwrap();
    assert!(
        csp.contains(&format!("script-src 'sha256-{hash}'")),
        "{csp}"
    );
    assert_eq!(html.matches("<script").count(), 1, "exactly one script");
}

#[tokio::test]
async fn compressed_variants_and_conditional_get() {
    let plain = get("/en/").await;
    let br = get_with("/en/", &[("accept-encoding", "gzip, br")]).await;
    assert_eq!(br.header("content-encoding"), Some("br"));
    assert_eq!(br.header("vary"), Some("Accept-Encoding"));
    assert!(br.body.len() < plain.body.len() / 2);
    let gz = get_with("/en/", &[("accept-encoding", "gzip")]).await;
    assert_eq!(gz.header("content-encoding"), Some("gzip"));
    let mut decoded = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(&gz.body[..]),
        &mut decoded,
    )
    .unwrap();
    assert_eq!(decoded, plain.body, "gzip variant decodes to the same page");

    let etag = plain.header("etag").unwrap().to_string();
    let again = get_with("/en/", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    let other = get_with("/en/", &[("if-none-match", "\"nope\"")]).await;
    assert_eq!(other.status, 200);
}

#[tokio::test]
async fn root_negotiates_language_with_303_and_vary() {
    for (accept, expected) in [
        (Some("fr-CA,fr;q=0.9,en;q=0.8"), "/fr/"),
        (Some("en-US,en;q=0.9"), "/en/"),
        (Some("de-DE,fr;q=0.5"), "/fr/"),
        (Some("!!!garbage;;q=x"), "/en/"),
        (None, "/en/"),
    ] {
        let headers: Vec<(&str, &str)> =
            accept.map(|a| ("accept-language", a)).into_iter().collect();
        let r = get_with("/", &headers).await;
        assert_eq!(r.status, 303, "{accept:?}");
        assert_eq!(r.header("location"), Some(expected), "{accept:?}");
        assert_eq!(r.header("vary"), Some("Accept-Language"));
    }
}

#[tokio::test]
async fn spoofed_host_never_moves_a_redirect_off_site() {
    let r = get_with(
        "/",
        &[
            ("host", "evil.example"),
            ("x-forwarded-host", "evil.example"),
            ("x-forwarded-proto", "https"),
        ],
    )
    .await;
    assert_eq!(r.header("location"), Some("/en/"));
    let r = get_with(
        "/en",
        &[
            ("host", "evil.example"),
            ("x-forwarded-host", "evil.example"),
        ],
    )
    .await;
    assert_eq!(r.header("location"), Some("/en/"));
}

#[tokio::test]
async fn missing_trailing_slash_redirects_308_keeping_the_query() {
    let r = get("/fr/indicateurs").await;
    assert_eq!(r.status, 308);
    assert_eq!(r.header("location"), Some("/fr/indicateurs/"));
    let r = get("/en/get-help?x=1").await;
    assert_eq!(r.header("location"), Some("/en/get-help/?x=1"));
    // Never a protocol-relative redirect, whatever the path looks like.
    for uri in [
        "//evil.example",
        "//evil.example/en",
        "/%2F%2Fevil.example",
        "/\\evil.example",
    ] {
        let r = get(uri).await;
        assert_ne!(
            r.status / 100,
            3,
            "{uri} redirected to {:?}",
            r.header("location")
        );
    }
}

#[tokio::test]
async fn not_found_is_localised_and_keeps_the_hotline_and_exit() {
    for (uri, accept, lang) in [
        ("/fr/introuvable/", None, "fr"),
        ("/en/missing/", None, "en"),
        ("/nothing-here", Some("fr-CA"), "fr"),
        ("/nothing-here", None, "en"),
    ] {
        let headers: Vec<(&str, &str)> =
            accept.map(|a| ("accept-language", a)).into_iter().collect();
        let r = get_with(uri, &headers).await;
        assert_eq!(r.status, 404, "{uri}");
        let html = r.text();
        assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{uri}");
        assert!(html.contains("href=\"tel:+18339001010\""), "{uri}");
        assert!(html.contains("data-quick-exit"), "{uri}");
    }
}

#[tokio::test]
async fn odd_methods_are_refused_cleanly() {
    use axum::body::Body;
    use axum::http::Request;
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "BREW"] {
        let req = Request::builder()
            .method(method)
            .uri("/en/")
            .body(Body::from("x=1"))
            .unwrap();
        let r = common::send(
            hotline_site::server::SharedSite::from_arc(common::bundled()),
            req,
        )
        .await;
        assert_eq!(r.status, 405, "{method}");
        assert_eq!(r.header("allow"), Some("GET, HEAD"));
    }
    let req = Request::builder()
        .method("HEAD")
        .uri("/en/")
        .body(Body::empty())
        .unwrap();
    let r = common::send(
        hotline_site::server::SharedSite::from_arc(common::bundled()),
        req,
    )
    .await;
    assert_eq!(r.status, 200);
    assert!(r.body.is_empty());
}

#[tokio::test]
async fn traversal_and_garbage_paths_never_reach_files() {
    let attempts = [
        "/../Cargo.toml",
        "/assets/../Cargo.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%252e%252e/%252e%252e/etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
        "/..%5c..%5cCargo.toml",
        "/en/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/assets/%2e%2e%2fsrc%2fmain.rs",
        "/content/site.toml",
        "/Cargo.toml",
        "/src/main.rs",
        "/.git/config",
        "/en/%00",
        "/en/%ff%fe",
    ];
    for uri in attempts {
        let r = get(uri).await;
        assert!(r.status == 400 || r.status == 404, "{uri}: {}", r.status);
        let body = r.text();
        assert!(
            !body.contains("[package]") && !body.contains("root:") && !body.contains("fn main"),
            "{uri} leaked a file"
        );
    }
    let long = format!("/{}", "a".repeat(5000));
    assert_eq!(get(&long).await.status, 414);
}

#[tokio::test]
async fn assets_are_fingerprinted_and_cached_for_a_year() {
    let home = get("/en/").await.text();
    let css = home
        .split("href=\"/assets/site.")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let r = get(&format!("/assets/site.{css}")).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("text/css; charset=utf-8"));
    assert_eq!(
        r.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(
        get("/assets/site.css").await.status,
        404,
        "unfingerprinted names are not served"
    );
}

#[tokio::test]
async fn pages_carry_lang_dir_canonical_alternates_and_open_graph() {
    let html = get("/fr/indicateurs/").await.text();
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"fr\" dir=\"ltr\">"));
    assert!(html
        .contains("<link rel=\"canonical\" href=\"https://hotline.example.ca/fr/indicateurs/\">"));
    assert!(html.contains("hreflang=\"en\" href=\"https://hotline.example.ca/en/indicators/\""));
    assert!(html.contains("hreflang=\"x-default\""));
    for og in [
        "og:title",
        "og:description",
        "og:url",
        "og:type",
        "og:site_name",
        "og:locale",
    ] {
        assert!(html.contains(&format!("property=\"{og}\"")), "{og}");
    }
    assert!(!html.contains("<!>"), "leptos markers are stripped");
}

#[tokio::test]
async fn language_switcher_links_to_the_same_page_named_in_its_own_language() {
    let html = get("/en/indicators/labour-trafficking/").await.text();
    assert!(html.contains("<a href=\"/fr/indicateurs/traite-a-des-fins-de-travail-force/\" hreflang=\"fr\" lang=\"fr\">Français</a>"), "{html}");
    assert!(html.contains("hreflang=\"en\" lang=\"en\" aria-current=\"page\">English</a>"));
}

#[tokio::test]
async fn no_text_line_is_offered_for_the_canadian_hotline() {
    for uri in HTML_PAGES {
        let html = get(uri).await.text();
        assert!(!html.contains("sms:"), "{uri}");
    }
}
