//! Where each directory page lives, in each locale, and which listings a filter keeps.
//!
//! The directory's home is the section page `directory/_index` of a locale. Under it: one
//! page per listing (`<section>/<name>/`), and one page per filter (`<section>/<label>/`), each
//! paged (`<section>/<label>/2/`). Filter URLs are made from their translated labels, so they
//! read naturally in every language; a clash between two of them is a build error.

use crate::content::slug::url_slug;
use crate::content::{Content, Page};
use crate::i18n::Tr;

use super::{Org, TYPES};

/// The translation key of the directory's section page.
pub const SECTION_KEY: &str = "directory/_index";

/// Listings on one page of results.
pub const PAGE_SIZE: usize = 20;

/// What a filter page keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    /// Offered in this province or territory, or nationally.
    Region(&'static str),
    /// The Northwest Territories or Nunavut (the postal letter X covers both).
    NorthX,
    Type(&'static str),
    Population(&'static str),
    Language(String),
    Open247,
    ByText,
}

impl Filter {
    pub fn matches(&self, org: &Org) -> bool {
        org.services.iter().any(|s| match self {
            Filter::Region(code) => s.serves(code),
            Filter::NorthX => s.serves("NT") || s.serves("NU"),
            Filter::Type(t) => s.types.contains(t),
            Filter::Population(p) => s.populations.contains(p),
            Filter::Language(code) => s.languages.contains(code),
            Filter::Open247 => s.open_24_7,
            Filter::ByText => s.by_text(),
        })
    }

    /// Whether results are places first, national services after, marked.
    pub fn is_place(&self) -> bool {
        matches!(self, Filter::Region(_) | Filter::NorthX)
    }

    /// The Fluent message of its label.
    pub fn message(&self) -> String {
        match self {
            Filter::Region(code) => format!("province-{code}"),
            Filter::NorthX => "dir-region-x".into(),
            Filter::Type(t) => format!("dir-type-{t}"),
            Filter::Population(p) => format!("dir-pop-{p}"),
            Filter::Language(code) => format!("dir-lang-{code}"),
            Filter::Open247 => "dir-filter-open".into(),
            Filter::ByText => "dir-filter-text".into(),
        }
    }

    /// The Fluent message of the group it is shown in.
    pub fn group(&self) -> &'static str {
        match self {
            Filter::Region(_) | Filter::NorthX => "dir-filter-region",
            Filter::Type(_) => "dir-filter-type",
            Filter::Population(_) => "dir-filter-population",
            Filter::Language(_) => "dir-filter-language",
            Filter::Open247 | Filter::ByText => "dir-filter-access",
        }
    }
}

/// A filter with its label and first page's URL in one locale.
#[derive(Debug, Clone)]
pub struct FilterPage {
    pub filter: Filter,
    pub label: String,
    pub url: String,
}

/// The directory's section page in `locale`, when the locale has one.
pub fn section<'a>(content: &'a Content, locale: &str) -> Option<&'a Page> {
    content.page_by_key(locale, SECTION_KEY)
}

/// The listing's page under `section`.
pub fn listing(section: &Page, org: &Org) -> String {
    let slug = match &org.slug {
        Some(slug) => slug.clone(),
        None => url_slug(org.name_in(&section.locale)),
    };
    format!("{}{slug}/", section.url)
}

/// Page `n` (1-based) of a list whose first page is `first`.
pub fn paged(first: &str, n: usize) -> String {
    if n <= 1 {
        first.to_string()
    } else {
        format!("{first}{n}/")
    }
}

/// Every filter with at least one listing, in the order the page shows them, plus the
/// Northwest Territories and Nunavut together (the page a postal code starting with X opens).
pub fn filters(content: &Content, tr: &Tr, section: &Page) -> Vec<FilterPage> {
    let directory = &content.directory;
    let mut all: Vec<Filter> = super::REGIONS.iter().map(|r| Filter::Region(r)).collect();
    all.push(Filter::NorthX);
    all.extend(TYPES.iter().map(|t| Filter::Type(t)));
    all.extend(super::POPULATIONS.iter().map(|p| Filter::Population(p)));
    all.extend(
        directory
            .languages()
            .into_iter()
            .map(|c| Filter::Language(c.to_string())),
    );
    all.extend([Filter::Open247, Filter::ByText]);
    all.into_iter()
        .filter(|f| f.is_place() || directory.orgs.iter().any(|o| f.matches(o)))
        .map(|filter| {
            let label = tr.get(&filter.message());
            let url = format!("{}{}/", section.url, url_slug(&label));
            FilterPage { filter, label, url }
        })
        .collect()
}

/// The filter page a postal area opens: its province, or both territories for X.
pub fn postal_filter(area: &super::postal::PostalArea) -> Filter {
    match area.regions {
        [one] => Filter::Region(one),
        _ => Filter::NorthX,
    }
}

/// The listings a filter keeps (indices into `Directory::orgs`), in the order its page shows
/// them: for a place, the services of that place first, then national ones (which the page
/// marks).
pub fn results(content: &Content, filter: Option<&Filter>) -> Vec<usize> {
    let orgs = &content.directory.orgs;
    let kept = (0..orgs.len()).filter(|&i| filter.is_none_or(|f| f.matches(&orgs[i])));
    match filter {
        Some(f) if f.is_place() => {
            let (national, local): (Vec<usize>, Vec<usize>) =
                kept.partition(|&i| orgs[i].is_national());
            local.into_iter().chain(national).collect()
        }
        _ => kept.collect(),
    }
}
