//! Material for partners and link previews, generated when content loads: QR codes,
//! posters and wallet cards for campaigns and sector toolkits, and a social card per page
//! and locale.
//!
//! Posters, cards and QR codes are drawn as SVG here and rasterised to PNG by resvg. Social
//! cards are many (one per page), so only their SVG is kept; the PNG is rendered on first
//! request (or by `export`) and kept from then on.

pub mod cache;
pub mod fonts;
pub mod qr;
pub mod raster;
pub mod svg;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use bytes::Bytes;
use sha2::{Digest, Sha256};

use crate::assets::{hex_prefix, Assets};
use crate::content::{Content, Page};
use crate::diagnostics::{Diagnostics, Position};
use crate::i18n::{Tr, Translations};
use crate::render::view_model::hotline;
pub use cache::ImageCache;
use svg::{centred_lines, fitted, one_line, Para};

pub const CARD_WIDTH: u32 = 1200;
pub const CARD_HEIGHT: u32 = 630;
pub const POSTER_WIDTH: u32 = 1240;
pub const POSTER_HEIGHT: u32 = 1754;
const BRAND: &str = "#1d3f72";

/// A downloadable file of a campaign.
#[derive(Debug, Clone)]
pub struct Download {
    /// Fluent message naming the kind of file (`material-poster-png`, …).
    pub label: &'static str,
    pub url: String,
    /// The name the file is saved under: `awareness-day-poster-en.png`.
    pub file_name: String,
    pub bytes: usize,
}

/// A social card: its SVG now, its PNG when first asked for (from the image cache when
/// an earlier run drew it).
#[derive(Debug)]
pub struct Card {
    /// Everything but the title, shared by every card of the locale.
    frame: Arc<CardFrame>,
    /// The title's elements: the only part that differs between cards of a locale.
    title: String,
    png: OnceLock<Bytes>,
    cache: ImageCache,
}

impl Card {
    /// The whole card.
    pub fn svg(&self) -> String {
        format!("{}{}{}", self.frame.before, self.title, self.frame.after)
    }

    /// The PNG, kept in memory once drawn (what `serve` answers with).
    pub fn png(&self) -> Bytes {
        self.png
            .get_or_init(|| Bytes::from(self.draw(|| None)))
            .clone()
    }

    /// The PNG from the image cache, or drawn (and cached): over `background`, the drawing
    /// of [`Card::background_svg`], when it gives one (the same pixels as drawing the whole
    /// card, for a third of the text layout), else whole.
    pub fn draw<'a>(&self, background: impl FnOnce() -> Option<&'a raster::Pixmap>) -> Vec<u8> {
        self.cache
            .png(&self.svg(), |svg| match background() {
                Some(pixels) => {
                    let title = format!("{}{}</svg>", card_svg_open(), self.title);
                    raster::png_over(pixels, &title)
                }
                None => raster::png(svg),
            })
            .unwrap_or_default()
    }

    /// A name for everything that shapes the card's pixels: the same name, the same PNG.
    pub fn key(&self) -> String {
        cache::key(&self.svg())
    }

    /// The card without its title: what every card of its locale shares.
    pub fn background_svg(&self) -> String {
        format!("{}{}", self.frame.before, self.frame.after)
    }
}

/// Everything generated, by the URL of the page it belongs to.
#[derive(Debug, Default)]
pub struct Material {
    pub downloads: HashMap<String, Vec<Download>>,
    /// Page URL to its card's URL.
    pub card_of: HashMap<String, String>,
    /// Card URL to the card.
    pub cards: HashMap<String, Card>,
}

/// Draws every campaign's files and every page's social card. Text that no installed font
/// can draw (it would show as empty boxes) is reported as one warning per locale.
pub fn build(
    content: &Content,
    translations: &Translations,
    assets: &mut Assets,
    cache: &ImageCache,
    diags: &mut Diagnostics,
) -> Material {
    let mut material = Material::default();
    let mut missing = MissingGlyphs::default();
    let sheets: Vec<(&Page, Sheet)> = content
        .pages
        .iter()
        .filter_map(|p| Sheet::of(content, p).map(|sheet| (p, sheet)))
        .collect();
    let drawn = crate::parallel::map_costly(&sheets, |(page, sheet)| {
        draw_sheet(
            content,
            &translations.for_locale(&page.locale),
            page,
            sheet,
            cache,
        )
    });
    for ((page, sheet), drawn) in sheets.into_iter().zip(drawn) {
        for svg in &drawn.svgs {
            missing.note(page, svg);
        }
        let downloads = store(sheet.folder, drawn.files, assets);
        material.downloads.insert(page.url.clone(), downloads);
    }
    add_data_downloads(content, translations, assets, &mut material);
    if content.config.social_cards {
        add_social_cards(content, translations, cache, &mut material, &mut missing);
    }
    missing.report(diags);
    material
}

/// Hands each social card's PNG to `sink` (an export writing files), with the card's place
/// in `cards`. The cards of a locale share their background (everything but the title): it
/// is drawn once, and each card's title over it, only for cards the image cache does not
/// already hold. PNGs are not kept in memory, so ten thousand cards cost ten thousand
/// files, not their bytes.
pub fn for_each_card_png<R: Send>(
    cards: &[(&String, &Card)],
    sink: impl Fn(usize, &[u8]) -> R + Sync,
) -> Vec<R> {
    let cards: Vec<(usize, &Card)> = cards.iter().map(|(_, card)| *card).enumerate().collect();
    // Keyed by the frame's address: every card of a locale points to the same frame.
    let frame_key = |card: &Card| Arc::as_ptr(&card.frame) as usize;
    let backgrounds: HashMap<usize, OnceLock<Option<raster::Pixmap>>> = cards
        .iter()
        .map(|(_, card)| (frame_key(card), OnceLock::new()))
        .collect();
    crate::parallel::map(&cards, |(i, card)| {
        let background = || {
            backgrounds[&frame_key(card)]
                .get_or_init(|| raster::pixmap(&card.background_svg()))
                .as_ref()
        };
        sink(*i, &card.draw(background))
    })
}

/// Each data page's table as a CSV file in the page's words.
fn add_data_downloads(
    content: &Content,
    translations: &Translations,
    assets: &mut Assets,
    material: &mut Material,
) {
    for page in &content.pages {
        let (Some((index, _)), Some(m)) = (&page.data, &page.matter.data) else {
            continue;
        };
        let d = &content.datasets[*index];
        let csv = crate::render::data::csv(&translations.for_locale(&page.locale), d, m);
        let file = (
            "data-download",
            format!("{}-{}.csv", d.id, page.locale),
            csv.into_bytes(),
        );
        let downloads = store("data", vec![file], assets);
        material
            .downloads
            .entry(page.url.clone())
            .or_default()
            .extend(downloads);
    }
}

/// A social card for every page: each locale's frame laid out once, the titles in parallel.
fn add_social_cards(
    content: &Content,
    translations: &Translations,
    cache: &ImageCache,
    material: &mut Material,
    missing: &mut MissingGlyphs,
) {
    let frames: HashMap<&str, Arc<CardFrame>> = content
        .config
        .locales
        .iter()
        .map(|l| {
            let frame = card_frame(content, &translations.for_locale(l));
            (l.as_str(), Arc::new(frame))
        })
        .collect();
    let titles = crate::parallel::map(&content.pages, |page| {
        card_title(content, &translations.for_locale(&page.locale), page)
    });
    let mut frame_noted = BTreeSet::new();
    for (page, title) in content.pages.iter().zip(titles) {
        let Some(frame) = frames.get(page.locale.as_str()) else {
            continue;
        };
        if frame_noted.insert(page.locale.as_str()) {
            missing.note(page, &format!("{}{}", frame.before, frame.after));
        }
        missing.note(page, &title);
        let mut hash = Sha256::new();
        for part in [&frame.before, &title, &frame.after] {
            hash.update(part.as_bytes());
        }
        let url = format!(
            "/assets/cards/{}.{}.png",
            card_name(page),
            hex_prefix(&hash.finalize(), 10)
        );
        material.card_of.insert(page.url.clone(), url.clone());
        material.cards.insert(
            url,
            Card {
                frame: Arc::clone(frame),
                title,
                png: OnceLock::new(),
                cache: cache.clone(),
            },
        );
    }
}

/// Per locale: the first file whose images lack glyphs, and the characters missing.
#[derive(Default)]
struct MissingGlyphs(BTreeMap<String, (PathBuf, BTreeSet<char>)>);

impl MissingGlyphs {
    fn note(&mut self, page: &Page, svg: &str) {
        let chars = fonts::undrawable(&svg::drawn_text(svg));
        if chars.is_empty() {
            return;
        }
        let entry = self
            .0
            .entry(page.locale.clone())
            .or_insert_with(|| (page.file.clone(), BTreeSet::new()));
        entry.1.extend(chars);
    }

    fn report(self, diags: &mut Diagnostics) {
        for (locale, (file, chars)) in self.0 {
            let shown: String = chars
                .iter()
                .take(8)
                .map(|c| format!(" {c} (U+{:04X})", *c as u32))
                .collect();
            let more = chars.len().saturating_sub(8);
            let more = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            diags.warning(
                &file,
                Position::FILE,
                format!(
                    "no installed font draws{shown}{more}: social cards and posters in `{locale}` \
                     would show empty boxes; install a font for this script (README, \"Fonts\")"
                ),
            );
        }
    }
}

/// A readable, ASCII-safe stem for file names: the page's key and locale.
fn card_name(page: &Page) -> String {
    let key = page
        .key
        .replace("/_index", "")
        .replace('/', "-")
        .replace("_index", "home");
    format!("{key}-{}", page.locale)
}

/// The words and link of a page's poster and wallet card: a campaign's (its QR code opens
/// the campaign) or a sector toolkit's (its QR code opens the sector guide).
pub struct Sheet<'a> {
    headline: &'a str,
    text: &'a str,
    /// What the QR code opens: a canonical URL.
    pub qr_url: String,
    /// Lines under the QR code: the URL, and a campaign's hashtag.
    footer: Vec<String>,
    /// Where the files go under `/assets/`.
    folder: &'static str,
}

impl<'a> Sheet<'a> {
    pub fn of(content: &Content, page: &'a Page) -> Option<Sheet<'a>> {
        let base = &content.config.base_url;
        if let Some(c) = &page.campaign {
            let url = format!("{base}{}", page.url);
            return Some(Sheet {
                headline: &c.poster_headline,
                text: &c.poster_text,
                footer: vec![url.clone(), c.hashtag.clone()],
                qr_url: url,
                folder: "campaigns",
            });
        }
        page.toolkit.as_ref().map(|t| {
            let url = format!("{base}{}", t.guide_url);
            Sheet {
                headline: &t.poster_headline,
                text: &t.poster_text,
                footer: vec![url.clone()],
                qr_url: url,
                folder: "toolkits",
            }
        })
    }
}

/// A page's files as drawn: `(label, file name, bytes)`, and the poster and card SVGs,
/// whose text must be drawable.
struct Drawn {
    files: Vec<(&'static str, String, Vec<u8>)>,
    svgs: [String; 2],
}

/// Draws a page's QR code, poster and wallet card (pure, so any thread can do it).
fn draw_sheet(content: &Content, tr: &Tr, page: &Page, sheet: &Sheet, cache: &ImageCache) -> Drawn {
    let url = &sheet.qr_url;
    let stem = format!(
        "{}-{}",
        page.key.rsplit('/').next().unwrap_or("material"),
        page.locale
    );
    let poster = poster(content, tr, sheet);
    let card = small_card(content, tr, sheet);
    let mut files: Vec<(&'static str, String, Vec<u8>)> = Vec::new();
    if let Some(png) = qr::png(url, 12) {
        files.push(("material-qr-png", format!("{stem}-qr.png"), png));
    }
    if let Some(svg) = qr::svg(url, 600) {
        files.push((
            "material-qr-svg",
            format!("{stem}-qr.svg"),
            svg.into_bytes(),
        ));
    }
    if let Some(png) = cache.png(&poster, raster::png) {
        files.push(("material-poster-png", format!("{stem}-poster.png"), png));
    }
    files.push((
        "material-poster-svg",
        format!("{stem}-poster.svg"),
        poster.clone().into_bytes(),
    ));
    if let Some(png) = cache.png(&card, raster::png) {
        files.push(("material-card-png", format!("{stem}-card.png"), png));
    }
    files.push((
        "material-card-svg",
        format!("{stem}-card.svg"),
        card.clone().into_bytes(),
    ));
    Drawn {
        files,
        svgs: [poster, card],
    }
}

/// Puts drawn files among the assets (fingerprinted URLs) and describes them for the page.
fn store(
    folder: &str,
    files: Vec<(&'static str, String, Vec<u8>)>,
    assets: &mut Assets,
) -> Vec<Download> {
    files
        .into_iter()
        .map(|(label, file_name, body)| {
            let name = format!("{folder}/{file_name}");
            let bytes = body.len();
            assets.insert(&name, Bytes::from(body));
            Download {
                label,
                url: assets.url(&name).unwrap_or_default().to_string(),
                file_name,
                bytes,
            }
        })
        .collect()
}

fn dir_attr(tr: &Tr) -> &'static str {
    if crate::config::SiteConfig::is_rtl(tr.locale) {
        svg::RTL
    } else {
        ""
    }
}

/// The QR code of `url` drawn `size` pixels wide with its top-left corner at `(x, y)`.
fn qr_group(url: &str, x: u32, y: u32, size: u32) -> String {
    qr::path(url)
        .map(|(d, n)| {
            let scale = f64::from(size) / n as f64;
            format!(r##"<g transform="translate({x} {y}) scale({scale})"><rect width="{n}" height="{n}" fill="#fff"/><path d="{d}" fill="#000"/></g>"##)
        })
        .unwrap_or_default()
}

/// What every 1200 × 630 social card of a locale shares: the background, the site name
/// and the hotline bar. Laid out once per locale; only the title differs between cards.
#[derive(Debug)]
pub struct CardFrame {
    /// The opening tag, the background and the site name.
    before: String,
    /// The hotline bar and the closing tag.
    after: String,
}

fn card_frame(content: &Content, tr: &Tr) -> CardFrame {
    let h = hotline(content, tr);
    let style = card_text_style(tr);
    CardFrame {
        before: format!(
            r##"{}<rect width="100%" height="100%" fill="{BRAND}"/><rect y="560" width="100%" height="70" fill="#b10e1e"/>{}"##,
            card_svg_open(),
            centred_lines(&[tr.get("site-name")], 600, 90, 36, 0, 1100, &style),
        ),
        after: format!(
            "{}</svg>",
            centred_lines(
                &[one_line(&[&h.call, &h.hours])],
                600,
                608,
                38,
                0,
                1140,
                &format!(r#"{style} font-weight="bold""#),
            )
        ),
    }
}

/// The title of a page's social card, fitted into the space between site name and bar: a
/// data page shows its headline figure instead.
fn card_title(content: &Content, tr: &Tr, page: &Page) -> String {
    let bold = format!(r#"{} font-weight="bold""#, card_text_style(tr));
    let headline = crate::render::data::headline(content, tr, page);
    let title = Para {
        text: headline.as_deref().unwrap_or(&page.matter.title),
        size: 58,
        gap: 72,
        columns: 30,
        style: &bold,
    };
    fitted(&[title], 600, 150, 390, 1100)
}

fn card_text_style(tr: &Tr) -> String {
    format!(r##"fill="#ffffff" {}"##, dir_attr(tr))
}

/// The opening tag of every social card.
fn card_svg_open() -> String {
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{CARD_WIDTH}" height="{CARD_HEIGHT}" viewBox="0 0 {CARD_WIDTH} {CARD_HEIGHT}">"##
    )
}

/// An A4-proportioned poster: headline, text, hotline, emergency, QR code, footer lines.
fn poster(content: &Content, tr: &Tr, sheet: &Sheet) -> String {
    let h = hotline(content, tr);
    let dir = dir_attr(tr);
    let ink = format!(r##"fill="#0b0c0c" {dir}"##);
    let white = format!(r##"fill="#ffffff" {dir}"##);
    let qr = qr_group(&sheet.qr_url, 410, 1130, 420);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{POSTER_WIDTH}" height="{POSTER_HEIGHT}" viewBox="0 0 {POSTER_WIDTH} {POSTER_HEIGHT}"><rect width="100%" height="100%" fill="#ffffff"/><rect width="100%" height="150" fill="{BRAND}"/>{}{}<rect x="80" y="760" width="1080" height="200" fill="{BRAND}"/>{}{}{}{}{}</svg>"##,
        centred_lines(&[tr.get("site-name")], 620, 95, 42, 0, 1160, &white),
        fitted(
            &[
                Para {
                    text: sheet.headline,
                    size: 96,
                    gap: 110,
                    columns: 18,
                    style: &format!(r#"{ink} font-weight="bold""#),
                },
                Para {
                    text: sheet.text,
                    size: 44,
                    gap: 58,
                    columns: 40,
                    style: &ink,
                },
            ],
            620,
            210,
            530,
            1100
        ),
        centred_lines(
            std::slice::from_ref(&h.call),
            620,
            885,
            80,
            0,
            1020,
            &format!(r#"{white} font-weight="bold""#)
        ),
        centred_lines(
            &[one_line(&[&h.hours, &h.languages])],
            620,
            1030,
            44,
            0,
            1160,
            &ink
        ),
        centred_lines(
            std::slice::from_ref(&h.emergency),
            620,
            1095,
            40,
            0,
            1160,
            &format!(r#"{ink} font-weight="bold""#)
        ),
        qr,
        centred_lines(&sheet.footer, 620, 1620, 30, 46, 1160, &ink),
    )
}

/// A wallet card (3.5 × 2 in at 300 dpi): headline, hotline, QR code; the QR code on the
/// right, or on the left in right-to-left locales, where reading starts on the right.
fn small_card(content: &Content, tr: &Tr, sheet: &Sheet) -> String {
    let h = hotline(content, tr);
    let dir = dir_attr(tr);
    let white = format!(r##"fill="#ffffff" {dir}"##);
    let (text_x, qr_x) = if dir.is_empty() {
        (320, 640)
    } else {
        (730, 30)
    };
    let qr = qr_group(&sheet.qr_url, qr_x, 110, 380);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="1050" height="600" viewBox="0 0 1050 600"><rect width="100%" height="100%" fill="{BRAND}"/>{}{}{}{}</svg>"##,
        fitted(
            &[Para {
                text: sheet.headline,
                size: 54,
                gap: 64,
                columns: 16,
                style: &format!(r#"{white} font-weight="bold""#),
            }],
            text_x,
            80,
            270,
            580
        ),
        centred_lines(
            std::slice::from_ref(&h.call),
            text_x,
            400,
            44,
            0,
            580,
            &format!(r#"{white} font-weight="bold""#)
        ),
        centred_lines(
            &[h.hours.clone(), h.emergency.clone()],
            text_x,
            470,
            28,
            40,
            580,
            &white
        ),
        qr,
    )
}
