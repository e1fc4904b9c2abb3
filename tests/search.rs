//! Search: the right guide in the top three for every locale (misspellings and missing accents
//! included), odd queries never fail, results are `no-store`, and the query reaches no log.

mod common;

use common::{get, get_with};

fn encode(q: &str) -> String {
    form_urlencoded::byte_serialize(q.as_bytes()).collect()
}

/// The last path segments of the first three results.
async fn top3(locale: &str, query: &str) -> Vec<String> {
    let r = get(&format!("/{locale}/search/?q={}", encode(query))).await;
    assert_eq!(r.status, 200, "{locale} {query}");
    let html = r.text();
    let Some(list) = html.split("class=\"results\">").nth(1) else {
        return Vec::new();
    };
    list.split("<li><a href=\"")
        .skip(1)
        .take(3)
        .map(|s| {
            let url = s.split('"').next().unwrap();
            let decoded = percent_encoding::percent_decode_str(url)
                .decode_utf8_lossy()
                .to_string();
            decoded
                .trim_end_matches('/')
                .rsplit('/')
                .next()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[tokio::test]
async fn queries_find_the_right_page_in_the_top_three() {
    let table: &[(&str, &str, &str)] = &[
        ("en", "hotel room cash", "hotels-and-hospitality"),
        ("en", "nurse patient", "health-care"),
        ("en", "boyfriend", "sex-trafficking"),
        ("en", "truck stop", "trucking-transit-and-travel"),
        ("en", "bank account", "financial-signs"),
        ("en", "teacher student", "schools"),
        ("en", "farm worker housing", "farms-and-food-processing"),
        ("en", "recrutment fees", "online-recruitment"), // misspelled
        ("en", "pasport taken", "farms-and-food-processing"), // misspelled
        // Words only in a toolkit's scenarios and steps (its `[toolkit]` table).
        (
            "en",
            "groceries recruiter wages",
            "banks-and-money-transfer",
        ),
        ("fr", "travail force", "traite-a-des-fins-de-travail-force"), // no accent
        ("fr", "hotel", "hotellerie-et-restauration"),                 // no accent
        ("fr", "ecole", "ecoles"),
        ("fr", "banque", "indicateurs-financiers"),
        ("es", "ayuda", "obtener-ayuda"),
        ("es", "navegacion privada", "seguridad"), // no accent
        ("zh-Hans", "热线", "关于热线"),
        ("zh-Hans", "安全", "安全浏览"),
        ("tl", "tulong", "humingi-ng-tulong"),
        ("pa", "ਮਦਦ", "ਮਦਦ-ਲਵੋ"),
        ("ar", "مساعدة", "احصل-على-المساعدة"),
        ("uk", "допомога", "отримати-допомогу"),
        ("uk", "безпека", "безпека-на-сайті"),
    ];
    let site = common::bundled();
    for (locale, query, expected) in table {
        if !site.locales.iter().any(|l| l == locale) {
            continue;
        }
        let found = top3(locale, query).await;
        assert!(
            found.iter().any(|f| f == expected),
            "{locale} {query:?}: expected {expected} in {found:?}"
        );
    }
    for locale in &site.locales {
        assert!(
            table.iter().any(|(l, _, _)| l == locale),
            "no search case for {locale}"
        );
    }
}

#[tokio::test]
async fn chinese_queries_match_chinese_text() {
    let found = top3("zh-Hans", "护照").await;
    assert!(
        !found.is_empty(),
        "护照 (passport) appears in the Chinese pages"
    );
}

#[tokio::test]
async fn odd_queries_are_text_and_always_answer_200() {
    let long = "passport ".repeat(1200);
    for q in [
        "title:(a OR b)",
        "\"unclosed",
        "a AND -b*~2^3",
        "[1 TO 5]",
        "+-&&||!(){}[]^\"~*?:\\/",
        "%00\u{0}",
        "💥🚨",
        &long[..10_000],
    ] {
        let r = get(&format!("/en/search/?q={}", encode(q))).await;
        assert_eq!(r.status, 200, "{q:?}");
    }
    // An empty query shows the form and every page, from the stored page.
    let r = get("/en/search/?q=").await;
    assert_eq!(r.status, 200);
    assert!(r.text().contains("class=\"all-pages\""));
    let r = get("/en/search/?q=zzzzqqqq").await;
    assert!(
        r.text().contains("class=\"search-none\""),
        "a clear no-results page"
    );
    assert!(r.text().contains("href=\"tel:+18339001010\""));
}

#[tokio::test]
async fn results_are_no_store_neutrally_titled_and_carry_every_header() {
    let r = get("/en/search/?q=passport").await;
    assert_eq!(r.header("cache-control"), Some("no-store"));
    assert!(r
        .header("content-security-policy")
        .is_some_and(|c| c.contains("frame-ancestors 'none'")));
    assert_eq!(r.header("referrer-policy"), Some("no-referrer"));
    assert!(r.header("etag").is_some());
    let html = r.text();
    let title = html
        .split("<title>")
        .nth(1)
        .unwrap()
        .split("</title>")
        .next()
        .unwrap();
    assert!(!title.to_lowercase().contains("passport"), "{title}");
    // No link on the page carries the query.
    assert!(
        !html.contains("href=\"/en/search/?"),
        "links carry no query"
    );
    assert!(!html
        .split("href=\"")
        .skip(1)
        .any(|h| h.split('"').next().unwrap().contains("q=")));
    let gz = get_with("/en/search/?q=passport", &[("accept-encoding", "gzip")]).await;
    assert_eq!(
        gz.header("content-encoding"),
        Some("gzip"),
        "dynamic pages are compressed too"
    );
}

#[tokio::test]
async fn paging_uses_forms_not_links() {
    let r = get("/en/search/?q=the").await;
    let html = r.text();
    assert!(
        html.contains("class=\"pager\""),
        "more than one page of results"
    );
    assert!(html.contains("name=\"page\" value=\"2\""));
    let second = get("/en/search/?q=the&page=2").await.text();
    assert!(
        second.contains("name=\"page\" value=\"1\""),
        "page two offers the previous page"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_searches_gets_answers_or_429_and_pages_stay_fast() {
    use axum::body::Body;
    use axum::http::Request;
    // One server state for every request, so they share the search limit.
    let shared = hotline_site::server::SharedSite::from_arc(common::bundled());
    let request = |uri: String| Request::builder().uri(uri).body(Body::empty()).unwrap();
    let mut tasks = Vec::new();
    for i in 0..60 {
        let (shared, req) = (shared.clone(), request(format!("/en/search/?q=worker+{i}")));
        tasks.push(tokio::spawn(async move {
            common::send(shared, req).await.status
        }));
    }
    tokio::task::yield_now().await;
    let started = std::time::Instant::now();
    let page = common::send(shared.clone(), request("/en/".into())).await;
    assert_eq!(page.status, 200);
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
    for t in tasks {
        let status = t.await.unwrap();
        assert!(status == 200 || status == 429, "{status}");
    }
}

#[test]
fn the_index_leaves_no_file_behind_and_still_answers_from_its_maps() {
    let parent = tempfile::tempdir().unwrap();
    let mut diags = hotline_site::diagnostics::Diagnostics::default();
    let content = hotline_site::content::load(&common::bundled_sources().content, &mut diags)
        .expect("the bundled content loads");
    let search = hotline_site::search::Search::build_in(&content, parent.path()).unwrap();
    let left: Vec<_> = std::fs::read_dir(parent.path()).unwrap().collect();
    assert!(left.is_empty(), "files left on disk: {left:?}");
    // Results and excerpts read postings and stored text through the deleted files.
    let results = search.search("en", "passport", 0);
    assert!(results.total > 0);
    assert!(results
        .hits
        .iter()
        .any(|h| h.excerpt_html.contains("<mark>")));
}

/// Every result's excerpt, as HTML.
async fn excerpts(locale: &str, query: &str) -> Vec<String> {
    let r = get(&format!("/{locale}/search/?q={}", encode(query))).await;
    assert_eq!(r.status, 200);
    let html = r.text();
    let list = html.split("class=\"results\">").nth(1).unwrap_or("");
    let list = list.split("</ol>").next().unwrap();
    list.split("<li>")
        .skip(1)
        .map(|item| item.split("</li>").next().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn corrected_and_stemmed_matches_are_highlighted() {
    // A typo: every result shows, and marks, the word it matched.
    let found = excerpts("en", "pasport").await;
    assert!(found.len() >= 3, "{found:?}");
    for item in &found {
        assert!(
            item.to_lowercase().contains("<mark>passport"),
            "no marked correction in {item}"
        );
    }
    // A stem: "recruiters" marks the words that share its stem.
    let found = excerpts("en", "recruiters").await;
    assert!(!found.is_empty());
    assert!(
        found.iter().any(|i| i.contains("<mark>recruit")),
        "{found:?}"
    );
    // Folded accents: "ecole" marks "école".
    let found = excerpts("fr", "ecole").await;
    assert!(
        found
            .iter()
            .any(|i| i.to_lowercase().contains("<mark>école")),
        "{found:?}"
    );
}
