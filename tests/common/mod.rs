//! Shared helpers for integration tests: the bundled site, small fixture sites, requests.
#![allow(dead_code)]

pub mod tips;

use std::fs;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::{Request, Response};
use hotline_site::server::{router, SharedSite};
use hotline_site::site::{Purpose, Site, Sources};
use http_body_util::BodyExt;
use tower::ServiceExt;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn bundled_sources() -> Sources {
    let root = repo();
    Sources {
        content: root.join("content"),
        locales: root.join("locales"),
        style: root.join("style"),
        public: root.join("public"),
        base_url: None,
        image_cache: hotline_site::material::ImageCache::none(),
    }
}

/// The bundled site, built once per test binary.
pub fn bundled() -> Arc<Site> {
    static SITE: OnceLock<Arc<Site>> = OnceLock::new();
    SITE.get_or_init(|| {
        let (site, _) =
            Site::build(&bundled_sources(), Purpose::Serve).expect("bundled site builds");
        Arc::new(site)
    })
    .clone()
}

/// A response with its body read.
pub struct Reply {
    pub status: u16,
    pub headers: axum::http::HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

pub async fn send(site: SharedSite, request: Request<Body>) -> Reply {
    let response: Response<Body> = router(site)
        .oneshot(request)
        .await
        .expect("router never fails");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

/// GET `uri` from the bundled site with extra headers.
pub async fn get_with(uri: &str, headers: &[(&str, &str)]) -> Reply {
    let mut req = Request::builder().uri(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    send(
        SharedSite::from_arc(bundled()),
        req.body(Body::empty()).unwrap(),
    )
    .await
}

pub async fn get(uri: &str) -> Reply {
    get_with(uri, &[]).await
}

/// A minimal two-locale site in a temporary folder, for tests that edit content.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

pub const SITE_TOML: &str = r#"base_url = "https://hotline.example.org"
default_locale = "en"
locales = ["en", "fr"]
required = ["_index", "help"]
nav = ["help"]

[hotline]
phone = "1-800-555-0100"
phone_e164 = "+18005550100"
email = "help@example.org"
emergency = "911"

[quick_exit]
url = "https://neutral.example.net/weather"
"#;

impl Fixture {
    pub fn new() -> Fixture {
        let dir = tempfile::tempdir().expect("tempdir");
        let f = Fixture { dir };
        f.write("content/site.toml", SITE_TOML);
        for (locale, help_slug) in [("en", "help"), ("fr", "aide")] {
            f.write(&format!("content/{locale}/_index.md"), &page("Home", ""));
            f.write(
                &format!("content/{locale}/help.md"),
                &page("Help", &format!("slug = \"{help_slug}\"\n")),
            );
            f.write(
                &format!("content/{locale}/guides/_index.md"),
                &page("Guides", ""),
            );
        }
        for locale in ["en", "fr"] {
            let src = repo().join("locales").join(locale).join("main.ftl");
            f.write(
                &format!("locales/{locale}/main.ftl"),
                &fs::read_to_string(src).unwrap(),
            );
        }
        f.write("style/site.css", "body{}");
        f.write(
            "public/favicon.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        );
        f
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }

    pub fn sources(&self) -> Sources {
        Sources {
            content: self.path("content"),
            locales: self.path("locales"),
            style: self.path("style"),
            public: self.path("public"),
            base_url: None,
            image_cache: hotline_site::material::ImageCache::none(),
        }
    }

    pub fn build(&self) -> Result<Site, Vec<String>> {
        Site::build(&self.sources(), Purpose::Export)
            .map(|(site, _)| site)
            .map_err(|d| {
                d.sorted()
                    .iter()
                    .map(|d| self.relative(&d.to_string()))
                    .collect()
            })
    }

    /// Diagnostics with the temporary folder stripped: `content/en/a.md:3:1: error: …`.
    pub fn relative(&self, line: &str) -> String {
        let prefix = format!("{}/", self.dir.path().display());
        line.replace(&prefix, "")
    }

    /// The warnings of a build that must succeed, with the temporary folder stripped.
    pub fn warnings(&self) -> Vec<String> {
        let (_, warnings) = Site::build(&self.sources(), Purpose::Export).expect("builds");
        warnings
            .sorted()
            .iter()
            .map(|d| self.relative(&d.to_string()))
            .collect()
    }

    /// The errors of a build that must fail.
    pub fn errors(&self) -> Vec<String> {
        match self.build() {
            Ok(_) => panic!("the build should have failed"),
            Err(e) => e,
        }
    }
}

/// A page file with a title, a description and extra front matter lines.
pub fn page(title: &str, extra: &str) -> String {
    format!("+++\ntitle = \"{title}\"\ndescription = \"About {title}.\"\n{extra}+++\n\nSome text about {title}.\n")
}

/// The `og:image` URL of a page: its social card.
pub fn og_image(html: &str) -> &str {
    html.split("property=\"og:image\" content=\"")
        .nth(1)
        .expect("the page has a social card")
        .split('"')
        .next()
        .unwrap()
}

/// A guide at `content/<locale>/guides/g.md` and a complete sector toolkit pointing to it at
/// `content/<locale>/guides/kit.md` (line numbers of the toolkit are stable: tests edit it).
pub fn write_toolkit(f: &Fixture, locale: &str) {
    f.write(
        &format!("content/{locale}/guides/g.md"),
        &page(
            "Signs in hotels",
            "[guide]\naudiences = [\"hospitality\"]\nsettings = [\"hotels\"]\nreviewed = 2026-01-01\n",
        ),
    );
    f.write(&format!("content/{locale}/guides/kit.md"), TOOLKIT);
}

pub const TOOLKIT: &str = r#"+++
title = "Toolkit for hotels"
description = "A briefing."

[toolkit]
sector = "hotels"
guide = "guides/g.md"
poster_headline = "See something?"
poster_text = "Call 1-800-555-0100."
share_newsletter = "A paragraph for the newsletter."
share_intranet = "A post for the intranet."

[[toolkit.steps]]
label = "Notice"
text = "Look and listen."

[[toolkit.steps]]
label = "Do not confront"
text = "Stay safe."

[[toolkit.steps]]
label = "Call the hotline"
text = "Call 1-800-555-0100."

[[toolkit.briefing]]
minutes = 5
topic = "The signs."

[[toolkit.briefing]]
minutes = 5
topic = "The steps."

[[toolkit.briefing]]
minutes = 5
topic = "A scenario."

[[toolkit.questions]]
question = "Does one sign prove it?"
answer = "No."

[[toolkit.questions]]
question = "Must you be sure?"
answer = "No."

[[toolkit.scenarios]]
title = "The busy room"
text = "Many visitors. What do you do?"

[[toolkit.scenarios]]
title = "The new worker"
text = "He owes a recruiter. What do you do?"
+++
Who this is for.
"#;

/// The width and height of a PNG.
pub fn png_size(bytes: &[u8]) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let reader = decoder.read_info().expect("a valid PNG");
    let info = reader.info();
    (info.width, info.height)
}

/// What the one QR code in a PNG (grey or colour) says; `None` unless exactly one decodes.
pub fn qr_in_png(bytes: &[u8]) -> Option<String> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().ok()?;
    let mut buf = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buf).ok()?;
    let (w, h) = (info.width as usize, info.height as usize);
    let channels = info.color_type.samples();
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        // The first channel is enough: the codes are drawn black on white.
        buf[(y * w + x) * channels]
    });
    let grids = img.detect_grids();
    if grids.len() != 1 {
        return None;
    }
    grids[0].decode().ok().map(|(_, content)| content)
}

/// The `href` of the link whose attributes (after the `href`) contain `marker`.
pub fn href_of<'a>(html: &'a str, marker: &str) -> &'a str {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not in page"));
    let before = &html[..at];
    let start = before.rfind("href=\"").unwrap() + 6;
    before[start..].split('"').next().unwrap()
}

/// A dataset at `content/data/d.toml` (line numbers stable: tests edit it) and its page in
/// every fixture locale, at `/<locale>/data/d/`.
pub fn write_dataset(f: &Fixture) {
    f.write("content/data/d.toml", DATASET);
    for locale in ["en", "fr"] {
        f.write(
            &format!("content/{locale}/data/_index.md"),
            &page("Data", ""),
        );
        f.write(&format!("content/{locale}/data/d.md"), DATA_PAGE);
    }
}

pub const DATASET: &str = r#"as_of = 2025-07-01
headline = "all.cases"

[[sources]]
publisher = "A publisher"
title = "A report"
url = "https://example.org/report"

[[columns]]
id = "cases"
kind = "count"

[[columns]]
id = "rate"
kind = "rate"
decimals = 1

[[rows]]
id = "north"
values = { cases = 3, rate = 0.5 }

[[rows]]
id = "south"
values = { cases = 2308, rate = 1.4 }
approx = { rate = "about" }

[[rows]]
id = "all"
values = { cases = 2311 }

[[totals]]
row = "all"
of = ["north", "south"]
"#;

pub const DATA_PAGE: &str = r#"+++
title = "Cases"
description = "Cases by region."

[data]
dataset = "d"
caption = "There were {all.cases} cases."
headline = "{all.cases} cases"
rows_heading = "Region"

[data.labels]
cases = "Cases"
rate = "Rate"
north = "North"
south = "South, \"far\""
all = "All"

[data.definitions]
cases = "A case."
rate = "Per 100,000."
+++
Not everything is reported.
"#;

/// The stored body of `url` in a built site (no HTTP).
pub fn stored_body(site: &Site, url: &str) -> Vec<u8> {
    site.files
        .get(url)
        .unwrap_or_else(|| panic!("{url} served"))
        .body()
        .to_vec()
}

/// The stored page at `url`, as text.
pub fn stored_html(site: &Site, url: &str) -> String {
    String::from_utf8(stored_body(site, url)).expect("UTF-8 HTML")
}
