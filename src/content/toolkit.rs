//! Sector toolkits: the `[toolkit]` table's validation. What a hotel, a clinic or a school
//! needs to brief its staff: steps on shift, a fifteen-minute briefing, questions, scenarios,
//! and the words of the staff-room poster.

use super::campaign::{HEADLINE_MAX, POSTER_TEXT_MAX, SHARE_SHORT_MAX};
use super::front_matter::{
    BriefingMatter, QuestionMatter, ScenarioMatter, StepMatter, ToolkitMatter,
};
use super::guide::SETTINGS;
use crate::diagnostics::At;

/// A staff briefing takes this long, and its outline's minutes must add up to it.
pub const BRIEFING_MINUTES: i64 = 15;
/// Longest step label: it is drawn in a box of the flow diagram.
pub const STEP_LABEL_MAX: usize = 32;

/// A validated `[toolkit]` table. `guide_url` and `related_urls` are filled in by the
/// loader, which knows every page's URL.
#[derive(Debug, Clone)]
pub struct Toolkit {
    pub sector: String,
    /// Content path of the sector guide (`indicators/hotels.md`).
    pub guide: String,
    pub related: Vec<String>,
    pub guide_url: String,
    pub related_urls: Vec<String>,
    pub poster_headline: String,
    pub poster_text: String,
    pub share_newsletter: String,
    pub share_intranet: String,
    pub steps: Vec<StepMatter>,
    pub briefing: Vec<BriefingMatter>,
    pub questions: Vec<QuestionMatter>,
    pub scenarios: Vec<ScenarioMatter>,
}

impl Toolkit {
    /// Checks the vocabulary, counts, lengths and the briefing's minutes; returns the toolkit
    /// or every problem with where it is.
    pub fn from_matter(m: &ToolkitMatter) -> Result<Toolkit, Vec<(At, String)>> {
        let mut errors = Vec::new();
        if !SETTINGS.contains(&m.sector.as_str()) || m.sector == "any" {
            errors.push((
                At::field("sector"),
                format!(
                    "unknown sector `{}`; expected one of: {}",
                    m.sector,
                    SETTINGS[1..].join(", ")
                ),
            ));
        }
        for (field, path) in
            std::iter::once(("guide", &m.guide)).chain(m.related.iter().map(|p| ("related", p)))
        {
            if !path.ends_with(".md") || path.starts_with('/') || path.starts_with("@/") {
                errors.push((
                    At::field(field),
                    format!("`{path}` must be a content path such as `indicators/hotels.md`"),
                ));
            }
        }
        for (field, text, max) in [
            ("poster_headline", &m.poster_headline, HEADLINE_MAX),
            ("poster_text", &m.poster_text, POSTER_TEXT_MAX),
            ("share_intranet", &m.share_intranet, SHARE_SHORT_MAX - 24),
            ("share_newsletter", &m.share_newsletter, usize::MAX),
        ] {
            let n = text.trim().chars().count();
            if n == 0 || n > max {
                let limit = if max == usize::MAX {
                    "it must not be empty".to_string()
                } else {
                    format!("it must have 1 to {max}")
                };
                errors.push((
                    At::field(field),
                    format!("`{field}` has {n} characters; {limit}"),
                ));
            }
        }
        count(&mut errors, "steps", m.steps.len(), 3, 7);
        for (i, s) in m.steps.iter().enumerate() {
            let n = s.label.trim().chars().count();
            if n == 0 || n > STEP_LABEL_MAX {
                errors.push((
                    At::entry("steps", i, "label"),
                    format!(
                        "step {}: `label` has {n} characters; it must have 1 to {STEP_LABEL_MAX} (it is drawn in the flow diagram)",
                        i + 1
                    ),
                ));
            }
            not_empty(&mut errors, "steps", i, "text", &s.text);
        }
        count(&mut errors, "briefing", m.briefing.len(), 3, 8);
        for (i, b) in m.briefing.iter().enumerate() {
            if !(1..=BRIEFING_MINUTES).contains(&b.minutes) {
                errors.push((
                    At::entry("briefing", i, "minutes"),
                    format!(
                        "briefing part {}: `minutes` is {}; it must be 1 to {BRIEFING_MINUTES}",
                        i + 1,
                        b.minutes
                    ),
                ));
            }
            not_empty(&mut errors, "briefing", i, "topic", &b.topic);
        }
        let total: i64 = m.briefing.iter().map(|b| b.minutes).sum();
        if !m.briefing.is_empty() && total != BRIEFING_MINUTES {
            errors.push((
                At::entry("briefing", 0, "minutes"),
                format!("the briefing's minutes add up to {total}; a staff briefing takes {BRIEFING_MINUTES}"),
            ));
        }
        count(&mut errors, "questions", m.questions.len(), 2, 6);
        for (i, q) in m.questions.iter().enumerate() {
            not_empty(&mut errors, "questions", i, "question", &q.question);
            not_empty(&mut errors, "questions", i, "answer", &q.answer);
        }
        count(&mut errors, "scenarios", m.scenarios.len(), 2, 3);
        for (i, s) in m.scenarios.iter().enumerate() {
            not_empty(&mut errors, "scenarios", i, "title", &s.title);
            not_empty(&mut errors, "scenarios", i, "text", &s.text);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Toolkit {
            sector: m.sector.clone(),
            guide: m.guide.clone(),
            related: m.related.clone(),
            guide_url: String::new(),
            related_urls: Vec::new(),
            poster_headline: m.poster_headline.trim().to_string(),
            poster_text: m.poster_text.trim().to_string(),
            share_newsletter: m.share_newsletter.trim().to_string(),
            share_intranet: m.share_intranet.trim().to_string(),
            steps: m.steps.clone(),
            briefing: m.briefing.clone(),
            questions: m.questions.clone(),
            scenarios: m.scenarios.clone(),
        })
    }
}

impl Toolkit {
    /// The words the page shows from the table, one sentence group per line: for search and
    /// the readability check, which must see more than the Markdown body.
    pub fn plain_text(&self) -> String {
        let mut lines = vec![self.share_intranet.as_str()];
        for s in &self.steps {
            lines.extend([s.label.as_str(), s.text.as_str()]);
        }
        lines.extend(self.briefing.iter().map(|b| b.topic.as_str()));
        for q in &self.questions {
            lines.extend([q.question.as_str(), q.answer.as_str()]);
        }
        for s in &self.scenarios {
            lines.extend([s.title.as_str(), s.text.as_str()]);
        }
        lines.join("\n")
    }
}

fn count(errors: &mut Vec<(At, String)>, array: &'static str, n: usize, min: usize, max: usize) {
    if !(min..=max).contains(&n) {
        errors.push((
            At::entry(array, 0, ""),
            format!("a toolkit needs {min} to {max} `[[toolkit.{array}]]` entries; it has {n}"),
        ));
    }
}

fn not_empty(
    errors: &mut Vec<(At, String)>,
    array: &'static str,
    index: usize,
    field: &'static str,
    text: &str,
) {
    if text.trim().is_empty() {
        errors.push((
            At::entry(array, index, field),
            format!("{array} entry {}: `{field}` must not be empty", index + 1),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matter(minutes: &[i64]) -> ToolkitMatter {
        let step = |label: &str| StepMatter {
            label: label.into(),
            text: "Do this.".into(),
        };
        ToolkitMatter {
            sector: "hotels".into(),
            guide: "indicators/hotels.md".into(),
            related: vec!["indicators/labour.md".into()],
            poster_headline: "See it. Call it.".into(),
            poster_text: "Call 1-833-900-1010.".into(),
            share_newsletter: "A paragraph.".into(),
            share_intranet: "A post.".into(),
            steps: vec![step("Observe"), step("Do not confront"), step("Call")],
            briefing: minutes
                .iter()
                .map(|&m| BriefingMatter {
                    minutes: m,
                    topic: "Topic".into(),
                })
                .collect(),
            questions: vec![
                QuestionMatter {
                    question: "Q?".into(),
                    answer: "A.".into(),
                };
                2
            ],
            scenarios: vec![
                ScenarioMatter {
                    title: "T".into(),
                    text: "S.".into(),
                };
                2
            ],
        }
    }

    #[test]
    fn a_complete_toolkit_passes() {
        let t = Toolkit::from_matter(&matter(&[3, 5, 7])).unwrap();
        assert_eq!(t.steps.len(), 3);
    }

    #[test]
    fn minutes_must_add_up_to_fifteen_and_each_problem_names_its_entry() {
        let mut m = matter(&[3, 5, 0]);
        m.steps[1].label = "x".repeat(STEP_LABEL_MAX + 1);
        m.sector = "any".into();
        let errors = Toolkit::from_matter(&m).unwrap_err();
        let places: Vec<At> = errors.iter().map(|e| e.0).collect();
        assert_eq!(
            places,
            [
                At::field("sector"),
                At::entry("steps", 1, "label"),
                At::entry("briefing", 2, "minutes"),
                At::entry("briefing", 0, "minutes"),
            ],
            "{errors:?}"
        );
        assert!(errors[3].1.contains("add up to 8"), "{}", errors[3].1);
    }
}
