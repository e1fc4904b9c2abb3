//! Filtering a list of guides by audience or setting without JavaScript: every filter is a
//! page of its own, rendered once like any other, at a URL in the page's language
//! (`/fr/indicateurs/pour-travailleuses-et-travailleurs/`).

use crate::content::guide::{AUDIENCES, SETTINGS};
use crate::content::slug::url_slug;
use crate::content::{Content, Page};
use crate::i18n::Tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Audience,
    Setting,
}

impl Facet {
    const ALL: [Facet; 2] = [Facet::Audience, Facet::Setting];

    fn vocabulary(self) -> &'static [&'static str] {
        match self {
            Facet::Audience => AUDIENCES,
            Facet::Setting => SETTINGS,
        }
    }

    /// The Fluent message naming one value: `audience-workers`.
    pub fn message(self, id: &str) -> String {
        match self {
            Facet::Audience => format!("audience-{id}"),
            Facet::Setting => format!("setting-{id}"),
        }
    }

    /// The Fluent message heading this facet's group of links.
    pub fn group_message(self) -> &'static str {
        match self {
            Facet::Audience => "guide-for",
            Facet::Setting => "guide-settings",
        }
    }

    fn applies(self, page: &Page, id: &str) -> bool {
        page.guide.as_ref().is_some_and(|g| {
            let values = match self {
                Facet::Audience => &g.audiences,
                Facet::Setting => &g.settings,
            };
            values.iter().any(|v| v == id)
        })
    }
}

/// One filter of one section in one locale.
#[derive(Debug, Clone)]
pub struct Filter {
    pub facet: Facet,
    pub id: &'static str,
    pub label: String,
    pub url: String,
}

impl Filter {
    pub fn matches(&self, page: &Page) -> bool {
        self.facet.applies(page, self.id)
    }
}

/// The filters of `section`: each audience and setting some guide in it has, in vocabulary
/// order. Empty when the section holds no guides.
pub fn filters(content: &Content, tr: &Tr, section: &Page) -> Vec<Filter> {
    let guides: Vec<&Page> = content
        .children(section)
        .filter(|p| p.guide.is_some())
        .collect();
    let mut out = Vec::new();
    for facet in Facet::ALL {
        let prefix = url_slug(&tr.get(facet.group_message()));
        for &id in facet.vocabulary() {
            if guides.iter().any(|g| facet.applies(g, id)) {
                let label = tr.get(&facet.message(id));
                let url = format!("{}{prefix}-{}/", section.url, url_slug(&label));
                out.push(Filter {
                    facet,
                    id,
                    label,
                    url,
                });
            }
        }
    }
    out
}
