//! The built site: every response the server can send, rendered and compressed once.
//!
//! [`Site::build`] runs the whole pipeline (config, content, translations, assets, render)
//! and stores each page as bytes with its gzip and brotli variants and an ETag, so that
//! answering a request is a lookup. `serve` and `export` both read from a `Site`.

use std::collections::HashMap;
use std::path::PathBuf;

use bytes::Bytes;
use sha2::{Digest, Sha256};

use crate::assets::{hex_prefix, Assets};
use crate::content::{self, Content};
use crate::diagnostics::Diagnostics;
use crate::i18n::Translations;
use crate::render::{self, view_model::ShellAssets};

/// Where a site's sources live.
#[derive(Debug, Clone)]
pub struct Sources {
    pub content: PathBuf,
    pub locales: PathBuf,
    pub style: PathBuf,
    pub public: PathBuf,
    /// Replaces `base_url` from site.toml (for exports to another host).
    pub base_url: Option<String>,
    /// Drawn images kept between runs (`material::cache`); `ImageCache::none()` draws all.
    pub image_cache: crate::material::ImageCache,
}

/// Above this much HTML (about 2,500 pages), a site is served with [`Encodings::Gzip`]; the
/// bundled site has 17 MB.
const LARGE_SITE_HTML_BYTES: usize = 32 * 1024 * 1024;

/// What the built site is for, which decides the work done beyond rendering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Compressed variants of every body and the search index.
    Serve,
    /// Identity bodies only: what `export` writes.
    Export,
    /// Identity bodies and the authors' report (reading level, translation coverage).
    Check,
}

/// The compressed forms a stored body is kept in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encodings {
    /// The body as is: for export, and for responses made per request.
    Identity,
    /// gzip at its best and brotli at this quality: the smallest transfers, for sites of
    /// up to a few thousand pages. Brotli's best (11) compresses HTML at about 0.5 MB/s,
    /// quality 5 at about 20 MB/s for a tenth more bytes.
    GzipAndBrotli(u32),
    /// gzip at level 6 only: for sites of thousands of pages, whose startup brotli would
    /// slow by seconds and whose memory a second copy of every page would nearly double.
    /// Level 6 gives HTML within 0.2 % of level 9's size at 1.2 times the speed.
    Gzip,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An HTML page: `no-store`, security headers.
    Html,
    /// A fingerprinted file: cached for a year.
    Asset,
    /// A small generated file at a fixed URL (robots.txt, sitemap, feeds): cached briefly.
    Plain,
    /// A page partners frame on their own sites: framable by anyone, otherwise like HTML.
    Embed,
}

/// One stored response body and its variants.
#[derive(Debug, Clone)]
pub struct Stored {
    pub kind: Kind,
    pub content_type: &'static str,
    /// The body as is; `None` when `gzip` holds it (serving keeps only the compressed forms
    /// of large bodies, and gunzips for the rare client that accepts neither).
    identity: Option<Bytes>,
    pub gzip: Option<Bytes>,
    pub brotli: Option<Bytes>,
    /// Strong validator of the identity body, quoted: `"3f2a9c01de4b5a67"`.
    pub etag: String,
}

impl Stored {
    pub fn new(kind: Kind, content_type: &'static str, body: Bytes, encodings: Encodings) -> Self {
        let etag = format!("\"{}\"", hex_prefix(&Sha256::digest(&body), 16));
        let compressible = !matches!(
            content_type,
            "image/png" | "image/jpeg" | "image/webp" | "application/pdf"
        );
        let (identity, gzip, brotli) = match encodings {
            _ if !compressible || body.len() <= 256 => (Some(body), None, None),
            Encodings::Identity => (Some(body), None, None),
            Encodings::GzipAndBrotli(quality) => {
                (None, Some(gzip(&body, 9)), Some(brotli(&body, quality)))
            }
            Encodings::Gzip => (None, Some(gzip(&body, 6)), None),
        };
        Stored {
            kind,
            content_type,
            identity,
            gzip,
            brotli,
            etag,
        }
    }
}

impl Stored {
    /// Bytes held in memory for this response, over every variant kept.
    pub fn held_bytes(&self) -> usize {
        [&self.identity, &self.gzip, &self.brotli]
            .into_iter()
            .flatten()
            .map(Bytes::len)
            .sum()
    }

    /// The uncompressed body: stored, or gunzipped from the stored gzip variant.
    pub fn body(&self) -> Bytes {
        if let Some(body) = &self.identity {
            return body.clone();
        }
        let mut out = Vec::new();
        if let Some(gz) = &self.gzip {
            let _ =
                std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gz[..]), &mut out);
        }
        Bytes::from(out)
    }
}

/// Everything `serve` answers with and `export` writes.
#[derive(Debug)]
pub struct Site {
    pub default_locale: String,
    pub locales: Vec<String>,
    /// Decoded request path to response: pages (`/en/`), assets, robots.txt.
    pub files: HashMap<String, Stored>,
    /// Locale to its 404 page.
    pub not_found: HashMap<String, Stored>,
    /// Old path to new path (301), from `aliases`.
    pub redirects: HashMap<String, String>,
    /// The content, kept for search and feeds (page bodies are dropped after rendering).
    pub content: Content,
    /// Readability and translation coverage: built for `check` only (empty otherwise).
    pub report: Report,
    /// Full-text indexes (built for serving only; an export has no server to ask).
    pub search: Option<crate::search::Search>,
    /// Social cards by URL (their PNG is drawn on first request).
    pub cards: HashMap<String, crate::material::Card>,
    /// What rendering a search results page per request needs.
    pub translations: Translations,
    pub shell_assets: ShellAssets,
    /// The empty tip form of each report page, around its token, when `[tips]` names a
    /// recipient: a GET fills in a fresh token instead of rendering the page again.
    pub report_forms: HashMap<String, crate::render::report::FormTemplate>,
    /// What each locale's directory answers to a postal code, by the directory's URL.
    pub postal_answers: HashMap<String, PostalPages>,
}

/// A directory's postal-code answers: the page of each province or territory, the page of
/// both territories (`X`), and the pages for a code that cannot be read (by message id).
#[derive(Debug)]
pub struct PostalPages {
    pub regions: HashMap<&'static str, String>,
    pub north: String,
    pub problems: HashMap<&'static str, Stored>,
}

/// What `check` tells authors beyond errors and warnings.
#[derive(Debug, Default, Clone)]
pub struct Report {
    /// `(file, score)` of every English and French page long enough to score.
    pub readability: Vec<(PathBuf, crate::readability::Score)>,
    /// `(locale, pages, of the default locale's pages, keys not yet translated)`.
    pub coverage: Vec<(String, usize, usize, Vec<String>)>,
}

impl Report {
    fn new(content: &Content) -> Report {
        let readability = content
            .pages
            .iter()
            .filter_map(|p| {
                crate::readability::score(&p.plain_text(), &p.locale).map(|s| (p.file.clone(), s))
            })
            .collect();
        let default = &content.config.default_locale;
        let default_keys: Vec<&str> = content
            .pages
            .iter()
            .filter(|p| &p.locale == default)
            .map(|p| p.key.as_str())
            .collect();
        let coverage = content
            .config
            .locales
            .iter()
            .map(|locale| {
                let missing: Vec<String> = default_keys
                    .iter()
                    .filter(|k| content.page_by_key(locale, k).is_none())
                    .map(|k| k.to_string())
                    .collect();
                (
                    locale.clone(),
                    default_keys.len() - missing.len(),
                    default_keys.len(),
                    missing,
                )
            })
            .collect();
        Report {
            readability,
            coverage,
        }
    }
}

impl Site {
    /// Builds the whole site, or returns every problem found. Warnings come back with the site.
    pub fn build(sources: &Sources, purpose: Purpose) -> Result<(Site, Diagnostics), Diagnostics> {
        let mut diags = Diagnostics::default();
        let mut phases = crate::phases::Phases::start();
        let content = content::load(&sources.content, &mut diags);
        let translations = content.as_ref().and_then(|c| {
            Translations::load(
                &sources.locales,
                &c.config.locales,
                &c.config.default_locale,
                &mut diags,
            )
        });
        let mut assets = Assets::load(&[&sources.style, &sources.public], &mut diags);
        let (Some(mut content), Some(translations)) = (content, translations) else {
            return Err(diags);
        };
        if let Some(base) = &sources.base_url {
            content.config.base_url = base.trim_end_matches('/').to_string();
        }
        phases.mark("load");
        report_missing_translations(&content, &translations, &sources.locales, &mut diags);
        let print_css = render::print_css::add_all(&content, &translations, &mut assets);
        let material = crate::material::build(
            &content,
            &translations,
            &mut assets,
            &sources.image_cache,
            &mut diags,
        );
        phases.mark("images");
        let shell_assets = ShellAssets {
            css_href: asset_url(&assets, "site.css", &sources.style, &mut diags),
            icon_href: asset_url(&assets, "favicon.svg", &sources.public, &mut diags),
            print_css,
            cards: material.card_of.clone(),
        };
        let rendered = render::render_site(
            &content,
            &translations,
            &shell_assets,
            &material,
            &sources.locales,
            &mut diags,
        );
        phases.mark("render");
        if diags.has_errors() {
            return Err(diags);
        }
        let html_bytes: usize = rendered.pages.iter().map(|p| p.html.len()).sum();
        let compression = match purpose {
            Purpose::Export | Purpose::Check => Encodings::Identity,
            Purpose::Serve if html_bytes < 4 * 1024 * 1024 => Encodings::GzipAndBrotli(11),
            Purpose::Serve if html_bytes < LARGE_SITE_HTML_BYTES => Encodings::GzipAndBrotli(5),
            Purpose::Serve => Encodings::Gzip,
        };
        // The search index is built on a thread of its own while the pages are compressed:
        // each is mostly one-threaded work, and together they keep every core busy.
        let (stored_pages, search) = std::thread::scope(|scope| {
            let search = (purpose == Purpose::Serve)
                .then(|| scope.spawn(|| crate::search::Search::build(&content)));
            let stored =
                crate::parallel::map(&rendered.pages, |page| html(page.html.clone(), compression));
            let search = search.map(|thread| {
                thread
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            });
            (stored, search)
        });
        let search = match search.transpose() {
            Ok(search) => search,
            Err(e) => {
                diags.error(
                    &sources.content,
                    crate::diagnostics::Position::FILE,
                    format!("building the search index failed: {e}"),
                );
                return Err(diags);
            }
        };
        let mut files: HashMap<String, Stored> = rendered
            .pages
            .iter()
            .map(|p| p.url.clone())
            .zip(stored_pages)
            .collect();
        for locale in &content.config.locales {
            let tr = translations.for_locale(locale);
            let css = assets.url("badge.css").unwrap_or_default();
            for style in [render::badge::Style::Full, render::badge::Style::Compact] {
                let page = render::badge::render(&content, &tr, css, style);
                files.insert(
                    render::badge::url(locale, style),
                    Stored::new(
                        Kind::Embed,
                        "text/html; charset=utf-8",
                        Bytes::from(page),
                        compression,
                    ),
                );
            }
        }
        for (url, body, content_type) in crate::discovery::files(&content, &translations) {
            files.insert(
                url,
                Stored::new(Kind::Plain, content_type, Bytes::from(body), compression),
            );
        }
        for asset in assets.by_name.values() {
            files.insert(
                asset.url.clone(),
                Stored::new(
                    Kind::Asset,
                    asset.content_type,
                    asset.body.clone(),
                    compression,
                ),
            );
        }
        phases.mark("compress and index");
        let folded_redirects = crate::published::check(
            &sources.content,
            &|url| files.contains_key(url) || content.aliases.iter().any(|(from, _)| from == url),
            &mut diags,
        );
        if diags.has_errors() {
            return Err(diags);
        }
        let mut not_found: HashMap<String, Stored> = rendered
            .not_found
            .into_iter()
            .map(|(locale, page)| (locale, html(page, compression)))
            .collect();
        let report = match purpose {
            Purpose::Check => Report::new(&content),
            Purpose::Serve | Purpose::Export => Report::default(),
        };
        phases.mark("report");
        // The rendered bytes are all a request needs: drop the bodies kept for rendering,
        // but for the report page's, which the tip form renders per request.
        let report_key = content.config.tips.page.clone();
        for page in content.pages.iter_mut().filter(|p| p.key != report_key) {
            page.body = content::Rendered::default();
        }
        let redirects = content
            .aliases
            .iter()
            .map(|(from, to)| (from.clone(), content.pages[*to].url.clone()))
            .chain(folded_redirects)
            .collect();
        if purpose == Purpose::Serve {
            let bodies = files
                .values_mut()
                .chain(not_found.values_mut())
                .flat_map(|s| [&mut s.identity, &mut s.gzip, &mut s.brotli])
                .flatten()
                .collect();
            crate::packed::pack(bodies);
        }
        let report_forms =
            crate::render::report::form_templates(&content, &translations, &shell_assets);
        let postal_answers =
            crate::render::directory::postal_answers(&content, &translations, &shell_assets)
                .into_iter()
                .map(|(url, a)| {
                    let problems = a
                        .problems
                        .into_iter()
                        .map(|(id, page)| (id, html(page, Encodings::Identity)))
                        .collect();
                    let pages = PostalPages {
                        regions: a.regions,
                        north: a.north,
                        problems,
                    };
                    (url, pages)
                })
                .collect();
        phases.mark("finish");
        tracing::debug!("build steps: {phases}");
        Ok((
            Site {
                default_locale: content.config.default_locale.clone(),
                locales: content.config.locales.clone(),
                files,
                not_found,
                redirects,
                content,
                report,
                search,
                cards: material.cards,
                translations,
                shell_assets,
                report_forms,
                postal_answers,
            },
            diags,
        ))
    }

    /// The 404 page of `locale`, else of the default locale.
    pub fn not_found(&self, locale: Option<&str>) -> &Stored {
        locale
            .and_then(|l| self.not_found.get(l))
            .or_else(|| self.not_found.get(&self.default_locale))
            .expect("a site always has a 404 page for its default locale")
    }
}

fn html(page: String, compression: Encodings) -> Stored {
    Stored::new(
        Kind::Html,
        "text/html; charset=utf-8",
        Bytes::from(page),
        compression,
    )
}

fn asset_url(
    assets: &Assets,
    name: &str,
    dir: &std::path::Path,
    diags: &mut Diagnostics,
) -> String {
    match assets.url(name) {
        Some(url) => url.to_string(),
        None => {
            diags.error(
                &dir.join(name),
                crate::diagnostics::Position::FILE,
                format!("the site needs `{name}`"),
            );
            String::new()
        }
    }
}

/// Messages a locale lacks are warnings: they fall back to the default locale.
fn report_missing_translations(
    content: &Content,
    t: &Translations,
    dir: &std::path::Path,
    diags: &mut Diagnostics,
) {
    for locale in &content.config.locales {
        let path = dir.join(locale);
        for id in t.missing_in(locale) {
            diags.warning(
                &path,
                crate::diagnostics::Position::FILE,
                format!(
                    "message `{id}` is missing; the {} text is shown",
                    content.config.default_locale
                ),
            );
        }
        for id in t.extra_in(locale) {
            diags.warning(
                &path,
                crate::diagnostics::Position::FILE,
                format!("message `{id}` is not in the default locale; is it misspelled?"),
            );
        }
    }
}

fn gzip(body: &[u8], level: i32) -> Bytes {
    let level = libdeflater::CompressionLvl::new(level).unwrap_or_default();
    let mut compressor = libdeflater::Compressor::new(level);
    let mut out = vec![0; compressor.gzip_compress_bound(body.len())];
    match compressor.gzip_compress(body, &mut out) {
        Ok(len) => {
            out.truncate(len);
            Bytes::from(out)
        }
        // Only when `out` is too small, which the bound rules out; zlib then.
        Err(_) => {
            let mut encoder =
                flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
            let _ = std::io::Write::write_all(&mut encoder, body);
            Bytes::from(encoder.finish().unwrap_or_default())
        }
    }
}

fn brotli(body: &[u8], quality: u32) -> Bytes {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: quality as i32,
        lgwin: 18,
        ..Default::default()
    };
    let _ = brotli::BrotliCompress(&mut &body[..], &mut out, &params);
    Bytes::from(out)
}
