//! Helpers for tip-form tests: the bundled site with a recipient added, a tip service on a
//! throwaway store, form posts and the token a page carries.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::Request;
use hotline_site::server::SharedSite;
use hotline_site::site::{Purpose, Site, Sources};
use hotline_site::tips::{staff, Settings, Store, TipService};

use super::{repo, send, Reply};

/// A staff key pair made once per test binary: the identity file and its recipient.
pub fn staff_key() -> &'static (PathBuf, String) {
    static KEY: OnceLock<(PathBuf, String)> = OnceLock::new();
    KEY.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir").keep();
        let path = dir.join("staff-key.txt");
        let recipient = staff::keygen(&path).expect("keygen");
        (path, recipient)
    })
}

/// A copy of the bundled content whose site.toml seals tips to [`staff_key`], with `extra`
/// lines added to `[tips]`.
pub fn content_with_tips(extra: &str) -> PathBuf {
    let dir = tempfile::tempdir().expect("tempdir").keep().join("content");
    copy_dir(&repo().join("content"), &dir);
    let toml_path = dir.join("site.toml");
    let text = std::fs::read_to_string(&toml_path).expect("site.toml");
    let recipient = &staff_key().1;
    let text = text.replace(
        "recipients = []",
        &format!("recipients = [\"{recipient}\"]\n{extra}"),
    );
    std::fs::write(&toml_path, text).expect("write site.toml");
    dir
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

pub fn sources(content: PathBuf) -> Sources {
    let root = repo();
    Sources {
        content,
        locales: root.join("locales"),
        style: root.join("style"),
        public: root.join("public"),
        base_url: None,
        image_cache: hotline_site::material::ImageCache::none(),
    }
}

/// The bundled site with the tip form on, built once per test binary.
pub fn site_with_tips() -> Arc<Site> {
    static SITE: OnceLock<Arc<Site>> = OnceLock::new();
    SITE.get_or_init(|| {
        let (site, _) = Site::build(&sources(content_with_tips("")), Purpose::Export)
            .expect("site with tips builds");
        Arc::new(site)
    })
    .clone()
}

/// A server over [`site_with_tips`] taking tips into `location`, with these caps.
pub async fn server(location: &str, per_client: u32, global: u32) -> SharedSite {
    let site = site_with_tips();
    let recipients =
        hotline_site::tips::seal::parse_recipients(&site.content.config.tips.recipients)
            .expect("recipients");
    let service = TipService::start(
        location,
        recipients,
        Settings {
            per_client_per_hour: per_client,
            global_per_hour: global,
            retention_days: 30,
        },
    )
    .await
    .expect("tip service starts");
    SharedSite::from_arc(site).with_tips(service)
}

/// A SQLite store in a fresh folder: `(folder, location)`.
pub fn sqlite_location() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let location = dir.path().join("tips.sqlite3").display().to_string();
    (dir, location)
}

/// The hidden token of a form page.
pub fn token_of(html: &str) -> String {
    let start = html
        .find("name=\"form\" value=\"")
        .expect("the page has a form token")
        + "name=\"form\" value=\"".len();
    html[start..start + html[start..].find('"').expect("end quote")].to_string()
}

/// Percent-encodes pairs as a browser posts a form.
pub fn encode(pairs: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

/// POSTs a form body to `path` as a same-origin browser would.
pub async fn post(
    shared: &SharedSite,
    path: &str,
    body: String,
    headers: &[(&str, &str)],
) -> Reply {
    let mut request = Request::builder()
        .method("POST")
        .uri(path)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("content-length", body.len().to_string());
    let same_origin = [("sec-fetch-site", "same-origin")];
    let headers = if headers.is_empty() {
        &same_origin[..]
    } else {
        headers
    };
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    send(
        shared.clone(),
        request.body(Body::from(body)).expect("request"),
    )
    .await
}

/// GETs `path` from `shared`.
pub async fn get(shared: &SharedSite, path: &str) -> Reply {
    let request = Request::builder()
        .uri(path)
        .body(Body::empty())
        .expect("request");
    send(shared.clone(), request).await
}

/// A fresh token from the form page, old enough to be accepted.
pub async fn aged_token(shared: &SharedSite, path: &str) -> String {
    let token = token_of(&get(shared, path).await.text());
    tokio::time::sleep(std::time::Duration::from_millis(3100)).await;
    token
}

/// Every tip in the store, opened with the staff identity.
pub async fn opened(store: &Store) -> Vec<String> {
    let identities = staff::read_identities(&staff_key().0).expect("identity");
    store
        .all()
        .await
        .expect("all tips")
        .into_iter()
        .map(|t| {
            hotline_site::tips::seal::open(&t.sealed, &identities)
                .expect("staff can open every tip")
                .to_string()
        })
        .collect()
}
