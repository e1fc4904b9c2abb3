//! Campaigns: the `[campaign]` table's validation and a campaign's place in time.

use time::Date;

use super::front_matter::CampaignMatter;

/// Longest share text for social posts, the page's link included (about 23 characters).
pub const SHARE_SHORT_MAX: usize = 256;
pub const HEADLINE_MAX: usize = 40;
pub const POSTER_TEXT_MAX: usize = 160;

/// A validated `[campaign]` table.
#[derive(Debug, Clone)]
pub struct Campaign {
    pub start: Date,
    pub end: Date,
    pub hashtag: String,
    pub share_short: String,
    pub share_long: String,
    pub poster_headline: String,
    pub poster_text: String,
}

/// Where a campaign stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Current,
    Upcoming,
    Past,
}

impl Campaign {
    /// Checks dates, hashtag and lengths; returns the campaign or `(field, message)` problems.
    pub fn from_matter(m: &CampaignMatter) -> Result<Campaign, Vec<(&'static str, String)>> {
        let mut errors = Vec::new();
        let start = super::calendar_date(&m.start)
            .map_err(|e| errors.push(("start", format!("`start`: {e}"))))
            .ok();
        let end = super::calendar_date(&m.end)
            .map_err(|e| errors.push(("end", format!("`end`: {e}"))))
            .ok();
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                errors.push((
                    "end",
                    format!("the campaign ends ({e}) before it starts ({s})"),
                ));
            }
        }
        let tag = m.hashtag.strip_prefix('#').unwrap_or("");
        if tag.is_empty() || !tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            errors.push((
                "hashtag",
                format!(
                    "hashtag `{}` must be # then ASCII letters, digits or _",
                    m.hashtag
                ),
            ));
        }
        for (field, text, max) in [
            ("share_short", &m.share_short, SHARE_SHORT_MAX - 24),
            ("poster_headline", &m.poster_headline, HEADLINE_MAX),
            ("poster_text", &m.poster_text, POSTER_TEXT_MAX),
        ] {
            let n = text.chars().count();
            if n == 0 || n > max {
                errors.push((
                    field,
                    format!("`{field}` has {n} characters; it must have 1 to {max}"),
                ));
            }
        }
        if m.share_long.trim().is_empty() {
            errors.push(("share_long", "`share_long` must not be empty".into()));
        }
        match (start, end) {
            (Some(start), Some(end)) if errors.is_empty() => Ok(Campaign {
                start,
                end,
                hashtag: m.hashtag.clone(),
                share_short: m.share_short.trim().to_string(),
                share_long: m.share_long.trim().to_string(),
                poster_headline: m.poster_headline.clone(),
                poster_text: m.poster_text.clone(),
            }),
            _ => Err(errors),
        }
    }

    pub fn status(&self, today: Date) -> Status {
        if today < self.start {
            Status::Upcoming
        } else if today > self.end {
            Status::Past
        } else {
            Status::Current
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matter(start: &str, end: &str, hashtag: &str) -> CampaignMatter {
        CampaignMatter {
            start: start.parse().unwrap(),
            end: end.parse().unwrap(),
            hashtag: hashtag.into(),
            share_short: "Call 1-833-900-1010.".into(),
            share_long: "Longer text.".into(),
            poster_headline: "Know the signs".into(),
            poster_text: "Call the hotline.".into(),
        }
    }

    #[test]
    fn status_follows_the_dates() {
        let c = Campaign::from_matter(&matter("2027-02-15", "2027-02-28", "#Day")).unwrap();
        let day = |s: &str| {
            Date::parse(s, &time::format_description::well_known::Iso8601::DEFAULT).unwrap()
        };
        assert_eq!(c.status(day("2027-02-01")), Status::Upcoming);
        assert_eq!(c.status(day("2027-02-22")), Status::Current);
        assert_eq!(c.status(day("2027-03-01")), Status::Past);
    }

    #[test]
    fn bad_dates_and_hashtags_are_reported() {
        let errors =
            Campaign::from_matter(&matter("2027-02-28", "2027-02-01", "#Journée")).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.0).collect();
        assert_eq!(fields, ["end", "hashtag"]);
    }
}
