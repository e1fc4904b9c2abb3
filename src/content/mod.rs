//! The content pipeline: `content/` on disk to typed, linked, rendered pages in memory.
//!
//! Loading runs in two phases, as Zola does: first every file is read and its front matter
//! parsed, which fixes every page's URL; then Markdown is rendered with `@/` links resolved
//! against those URLs. Every problem is collected into [`Diagnostics`], never just the first.

pub mod campaign;
pub mod dataset;
pub mod front_matter;
pub mod guide;
mod loader;
pub mod markdown;
pub mod slug;
pub mod toolkit;

use std::collections::HashMap;
use std::path::PathBuf;

use time::Date;

use crate::config::SiteConfig;
pub use campaign::Campaign;
pub use dataset::Dataset;
pub use front_matter::FrontMatter;
pub use guide::Guide;
pub use loader::{load, read_text};
pub use markdown::Rendered;
pub use toolkit::Toolkit;

/// Largest content file accepted; anything bigger is almost surely a mistake.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// `content/<locale>/_index.md`
    Home,
    /// `<dir>/_index.md`
    Section,
    /// Any other `.md` file.
    Page,
}

/// One page in one locale.
#[derive(Debug, Clone)]
pub struct Page {
    pub locale: String,
    /// The file, as given on disk (for messages).
    pub file: PathBuf,
    /// Path below the locale folder, with `/` separators: `indicators/labour.md`.
    pub rel_path: String,
    /// Pages sharing a key are translations of each other.
    pub key: String,
    pub kind: PageKind,
    /// Site-relative URL, always ending in `/`: `/fr/indicateurs/travail-force/`.
    pub url: String,
    pub matter: FrontMatter,
    pub guide: Option<Guide>,
    pub campaign: Option<Campaign>,
    pub toolkit: Option<Toolkit>,
    /// For a data page: the index of its dataset in `Content::datasets`, and the URLs of
    /// the dataset's guides in the page's locale.
    pub data: Option<(usize, Vec<String>)>,
    pub updated: Option<Date>,
    pub body: Rendered,
    /// Index of the section (or home) this page sits in.
    pub parent: Option<usize>,
    /// For homes and sections: the pages and sections inside, ordered by weight then title.
    pub children: Vec<usize>,
}

impl Page {
    /// Every word the page shows from its content file: the Markdown body, and for a
    /// toolkit the steps, briefing, questions and scenarios of its table.
    pub fn plain_text(&self) -> std::borrow::Cow<'_, str> {
        match &self.toolkit {
            Some(t) => format!("{}\n{}", self.body.plain_text, t.plain_text()).into(),
            None => self.body.plain_text.as_str().into(),
        }
    }

    pub fn nav_title(&self) -> &str {
        self.matter
            .short_title
            .as_deref()
            .unwrap_or(&self.matter.title)
    }
}

/// Every page of every locale, with lookups by URL and by translation key.
#[derive(Debug, Clone)]
pub struct Content {
    pub config: SiteConfig,
    pub pages: Vec<Page>,
    by_url: HashMap<String, usize>,
    by_key: HashMap<(String, String), usize>,
    /// Old URL to the index of the page it now lives at.
    pub aliases: Vec<(String, usize)>,
    /// `content/data/*.toml`, by file name.
    pub datasets: Vec<Dataset>,
    /// `content/directory/*.toml`: the referral directory's organisations, and its map.
    pub directory: crate::directory::Directory,
}

impl Content {
    pub fn page_by_url(&self, url: &str) -> Option<&Page> {
        self.by_url.get(url).map(|&i| &self.pages[i])
    }

    pub fn page_by_key(&self, locale: &str, key: &str) -> Option<&Page> {
        self.by_key
            .get(&(locale.to_string(), key.to_string()))
            .map(|&i| &self.pages[i])
    }

    /// The same page in every locale that has it, in the switcher's order.
    pub fn translations<'a>(&'a self, page: &'a Page) -> impl Iterator<Item = &'a Page> + 'a {
        self.config
            .locales
            .iter()
            .filter_map(move |l| self.page_by_key(l, &page.key))
    }

    pub fn home(&self, locale: &str) -> Option<&Page> {
        self.page_by_key(locale, "_index")
    }

    pub fn children<'a>(&'a self, page: &'a Page) -> impl Iterator<Item = &'a Page> + 'a {
        page.children.iter().map(|&i| &self.pages[i])
    }
}

/// The `.toml` files directly inside `folder`, sorted; none when it does not exist.
pub fn toml_files(folder: &std::path::Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

/// A TOML date as a real calendar date (so `2026-02-30` is refused).
pub fn calendar_date(dt: &toml::value::Datetime) -> Result<Date, String> {
    match (dt.date, dt.time) {
        (Some(d), None) => {
            let month = time::Month::try_from(d.month)
                .map_err(|_| format!("{dt} has no month {}", d.month))?;
            Date::from_calendar_date(i32::from(d.year), month, d.day)
                .map_err(|_| format!("{dt} is not a date in the calendar"))
        }
        _ => Err(format!("expected a date like 2026-11-29, found `{dt}`")),
    }
}
