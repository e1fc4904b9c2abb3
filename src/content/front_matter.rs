//! Splitting a content file into its TOML front matter and Markdown body, and typing the matter.

use serde::Deserialize;
use toml::value::Datetime;

/// Front matter of any page. Unknown fields are rejected, so a typo never silently does nothing.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub description: String,
    /// A shorter title for navigation; defaults to `title`.
    pub short_title: Option<String>,
    pub slug: Option<String>,
    #[serde(default)]
    pub weight: i64,
    pub date: Option<Datetime>,
    pub updated: Option<Datetime>,
    #[serde(default)]
    pub draft: bool,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub translation_key: Option<String>,
    /// Show the copy-ready snippets that embed the hotline badge on a partner's site.
    #[serde(default)]
    pub embed_snippets: bool,
    pub guide: Option<GuideMatter>,
    pub campaign: Option<CampaignMatter>,
    pub toolkit: Option<ToolkitMatter>,
    pub data: Option<DataMatter>,
}

/// The `[data]` table of a data page: a dataset's words in the page's locale. `{row.column}`
/// in the caption and headline is replaced by that cell, written the locale's way.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataMatter {
    /// The dataset's file name in `content/data/`, without `.toml`.
    pub dataset: String,
    /// The table's caption: the finding, in a sentence.
    pub caption: String,
    /// The figure for the home page and the social card, in a phrase.
    pub headline: String,
    /// The heading of the column of row labels.
    pub rows_heading: String,
    /// Why some rows cover a partial year; required when one does.
    pub partial_note: Option<String>,
    /// A label for every column and row id.
    #[serde(default)]
    pub labels: std::collections::BTreeMap<String, String>,
    /// A definition for every column id.
    #[serde(default)]
    pub definitions: std::collections::BTreeMap<String, String>,
}

/// The `[campaign]` table of a campaign page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CampaignMatter {
    pub start: Datetime,
    pub end: Datetime,
    pub hashtag: String,
    /// A social post, without the link (the page adds its own URL).
    pub share_short: String,
    /// A paragraph for newsletters and email.
    pub share_long: String,
    pub poster_headline: String,
    pub poster_text: String,
}

/// The `[toolkit]` table of a sector toolkit (validated in `content::toolkit`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolkitMatter {
    /// One of the guide settings (`hotels`, `transport`, …).
    pub sector: String,
    /// The sector guide, as a content path (`indicators/hotels.md`): the QR codes point to it.
    pub guide: String,
    /// Other guides the toolkit links to, as content paths.
    #[serde(default)]
    pub related: Vec<String>,
    pub poster_headline: String,
    pub poster_text: String,
    /// A paragraph for the organisation's internal newsletter.
    pub share_newsletter: String,
    /// A short post for the intranet or staff chat, without the link (the page adds it).
    pub share_intranet: String,
    /// "On shift: what to do", in order.
    #[serde(default)]
    pub steps: Vec<StepMatter>,
    /// The briefing's outline; the minutes add up to fifteen.
    #[serde(default)]
    pub briefing: Vec<BriefingMatter>,
    #[serde(default)]
    pub questions: Vec<QuestionMatter>,
    #[serde(default)]
    pub scenarios: Vec<ScenarioMatter>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepMatter {
    /// A few words, drawn in the flow diagram.
    pub label: String,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BriefingMatter {
    pub minutes: i64,
    pub topic: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionMatter {
    pub question: String,
    pub answer: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioMatter {
    pub title: String,
    pub text: String,
}

/// The `[guide]` table of an indicator guide.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideMatter {
    pub audiences: Vec<String>,
    pub settings: Vec<String>,
    pub reviewed: Datetime,
    #[serde(default)]
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub publisher: String,
    pub url: Option<String>,
}

/// A file cut at its `+++` fences. Offsets are byte offsets into the whole file.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub matter: &'a str,
    pub matter_offset: usize,
    pub body: &'a str,
    pub body_offset: usize,
}

/// Why a file could not be split.
#[derive(Debug, PartialEq, Eq)]
pub enum SplitError {
    /// The file does not start with a `+++` line.
    NoOpening,
    /// No closing `+++` line after the opening one.
    NoClosing,
}

/// Splits `+++\n<toml>\n+++\n<markdown>`. A byte-order mark and `\r\n` endings are accepted.
pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[start..];
    let first_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    if rest[..first_end].trim_end() != "+++" {
        return Err(SplitError::NoOpening);
    }
    let matter_offset = start + first_end;
    let mut offset = matter_offset;
    for line in text[matter_offset..].split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let body_offset = offset + line.len();
            return Ok(Split {
                matter: &text[matter_offset..offset],
                matter_offset,
                body: &text[body_offset..],
                body_offset,
            });
        }
        offset += line.len();
    }
    Err(SplitError::NoClosing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_matter_and_body() {
        let s = split("+++\ntitle = \"A\"\n+++\nBody\n").unwrap();
        assert_eq!(s.matter, "title = \"A\"\n");
        assert_eq!(s.matter_offset, 4);
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_offset, 20);
    }

    #[test]
    fn accepts_bom_and_crlf() {
        let s = split("\u{feff}+++\r\ntitle = \"A\"\r\n+++\r\nBody").unwrap();
        assert_eq!(s.matter, "title = \"A\"\r\n");
        assert_eq!(s.body, "Body");
    }

    #[test]
    fn missing_fences_are_errors() {
        assert_eq!(split("title = 1\n"), Err(SplitError::NoOpening));
        assert_eq!(split("---\ntitle = 1\n---\n"), Err(SplitError::NoOpening));
        assert_eq!(split("+++\ntitle = 1\n"), Err(SplitError::NoClosing));
    }

    #[test]
    fn a_plus_line_in_the_body_stays_in_the_body() {
        let s = split("+++\na = 1\n+++\ntext\n+++\n").unwrap();
        assert_eq!(s.body, "text\n+++\n");
    }
}
