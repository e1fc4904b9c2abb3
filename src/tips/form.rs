//! The tip form's fields: parsing a posted body, the rules a tip must meet, and the text a
//! tip becomes inside its seal. Nothing here knows HTML; `render::report` draws these fields.
//!
//! Field names are neutral (`details`, `reach`, not `name` or `email`) so browsers do not
//! offer to remember them. Every string a person typed lives in a `Zeroizing` buffer.

use time::{Date, OffsetDateTime};
use zeroize::{Zeroize, Zeroizing};

/// The longest "what did you see or hear", in characters.
pub const MAX_DETAILS: usize = 10_000;
/// The longest of the short fields (town, alias, how to reach, safe times, language), in characters.
pub const MAX_SHORT: usize = 200;

/// The provinces and territories, by their postal abbreviation.
pub const PROVINCES: [&str; 13] = [
    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
];
pub const CONCERNS: [&str; 4] = ["work", "sex", "both", "unsure"];
pub const MINORS: [&str; 3] = ["yes", "no", "unknown"];
pub const CONNECTIONS: [&str; 5] = ["self", "family", "coworker", "professional", "other"];
pub const FOLLOW_UPS: [&str; 3] = ["none", "receipt", "contact"];
pub const YES_NO: [&str; 2] = ["yes", "no"];

/// One field of the form, by the name it has in the HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Details,
    Town,
    Province,
    Date,
    Ongoing,
    Concern,
    Minors,
    Connection,
    FollowUp,
    Alias,
    Reach,
    SafeTimes,
    LeaveMessage,
    Language,
}

impl Field {
    /// The `name` (and `id`) of the field in the form.
    pub fn name(self) -> &'static str {
        match self {
            Field::Details => "details",
            Field::Town => "town",
            Field::Province => "region",
            Field::Date => "day",
            Field::Ongoing => "ongoing",
            Field::Concern => "concern",
            Field::Minors => "minors",
            Field::Connection => "connection",
            Field::FollowUp => "reply",
            Field::Alias => "alias",
            Field::Reach => "reach",
            Field::SafeTimes => "times",
            Field::LeaveMessage => "message",
            Field::Language => "language",
        }
    }
}

/// The hidden field that carries the signed form token.
pub const TOKEN_FIELD: &str = "form";
/// The honeypot: hidden from people, labelled "leave empty"; a bot that fills it is answered
/// as if its tip was received, and nothing is stored.
pub const HONEYPOT_FIELD: &str = "reference";

/// What a person typed, as posted.
#[derive(Default, Zeroize)]
#[zeroize(drop)]
pub struct Fields {
    pub details: String,
    pub town: String,
    pub province: String,
    pub date: String,
    pub ongoing: bool,
    pub concern: String,
    pub minors: String,
    pub connection: String,
    pub follow_up: String,
    pub alias: String,
    pub reach: String,
    pub safe_times: String,
    pub leave_message: String,
    pub language: String,
}

impl Fields {
    /// The value of a text or choice field, as typed (for re-rendering the form).
    pub fn value(&self, field: Field) -> &str {
        match field {
            Field::Details => &self.details,
            Field::Town => &self.town,
            Field::Province => &self.province,
            Field::Date => &self.date,
            Field::Ongoing => "",
            Field::Concern => &self.concern,
            Field::Minors => &self.minors,
            Field::Connection => &self.connection,
            Field::FollowUp => &self.follow_up,
            Field::Alias => &self.alias,
            Field::Reach => &self.reach,
            Field::SafeTimes => &self.safe_times,
            Field::LeaveMessage => &self.leave_message,
            Field::Language => &self.language,
        }
    }

    fn slot(&mut self, name: &str) -> Option<&mut String> {
        Some(match name {
            "details" => &mut self.details,
            "town" => &mut self.town,
            "region" => &mut self.province,
            "day" => &mut self.date,
            "concern" => &mut self.concern,
            "minors" => &mut self.minors,
            "connection" => &mut self.connection,
            "reply" => &mut self.follow_up,
            "alias" => &mut self.alias,
            "reach" => &mut self.reach,
            "times" => &mut self.safe_times,
            "message" => &mut self.leave_message,
            "language" => &mut self.language,
            _ => return None,
        })
    }
}

/// A posted form: the fields, the token, and whether the honeypot was filled.
#[derive(Default)]
pub struct Submission {
    pub fields: Fields,
    pub token: String,
    pub honeypot_filled: bool,
}

/// Parses an `application/x-www-form-urlencoded` body. Unknown names are ignored; a name
/// given twice keeps its first value. Line endings are normalised to `\n`, as browsers count
/// a textarea's characters that way.
pub fn parse(body: &[u8]) -> Submission {
    let mut submission = Submission::default();
    for (name, value) in form_urlencoded::parse(body) {
        let mut value = value.into_owned();
        if value.contains('\r') {
            let normalised = value.replace("\r\n", "\n").replace('\r', "\n");
            value.zeroize();
            value = normalised;
        }
        match name.as_ref() {
            TOKEN_FIELD if submission.token.is_empty() => submission.token = value.clone(),
            HONEYPOT_FIELD => submission.honeypot_filled |= !value.trim().is_empty(),
            "ongoing" => submission.fields.ongoing = value == "yes",
            other => {
                if let Some(slot) = submission.fields.slot(other) {
                    if slot.is_empty() {
                        *slot = value.trim_end().to_string();
                    }
                }
            }
        }
        value.zeroize();
    }
    submission
}

/// A rule a field broke, with the Fluent message that explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Problem {
    pub field: Field,
    pub message: &'static str,
}

/// Every rule the fields break, in the order the fields appear on the page.
pub fn validate(fields: &Fields, today: Date) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut flag = |field, message| problems.push(Problem { field, message });
    if fields.details.trim().is_empty() {
        flag(Field::Details, "tip-error-details-missing");
    } else if fields.details.chars().count() > MAX_DETAILS {
        flag(Field::Details, "tip-error-details-long");
    }
    if fields.town.chars().count() > MAX_SHORT {
        flag(Field::Town, "tip-error-too-long");
    }
    if !choice_ok(&fields.province, &PROVINCES) {
        flag(Field::Province, "tip-error-choice");
    }
    if !fields.date.is_empty() {
        match parse_date(&fields.date) {
            None => flag(Field::Date, "tip-error-date"),
            Some(d) if d > today => flag(Field::Date, "tip-error-date-future"),
            Some(_) => {}
        }
    }
    for (field, value, choices) in [
        (Field::Concern, &fields.concern, &CONCERNS[..]),
        (Field::Minors, &fields.minors, &MINORS[..]),
        (Field::Connection, &fields.connection, &CONNECTIONS[..]),
        (Field::FollowUp, &fields.follow_up, &FOLLOW_UPS[..]),
        (Field::LeaveMessage, &fields.leave_message, &YES_NO[..]),
    ] {
        if !choice_ok(value, choices) {
            flag(field, "tip-error-choice");
        }
    }
    for (field, value) in [
        (Field::Alias, &fields.alias),
        (Field::Reach, &fields.reach),
        (Field::SafeTimes, &fields.safe_times),
        (Field::Language, &fields.language),
    ] {
        if value.chars().count() > MAX_SHORT {
            flag(field, "tip-error-too-long");
        }
    }
    if fields.follow_up == "contact" && fields.reach.trim().is_empty() {
        flag(Field::Reach, "tip-error-reach-missing");
    }
    problems
}

fn choice_ok(value: &str, choices: &[&str]) -> bool {
    value.is_empty() || choices.contains(&value)
}

/// `YYYY-MM-DD`, as a date input sends it.
fn parse_date(text: &str) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text, format).ok()
}

/// The text sealed for staff: plain UTF-8, one labelled line per field, the account last.
/// Staff read it in English whatever the form's language; `locale` says which it was.
pub fn sealed_text(
    fields: &Fields,
    locale: &str,
    receipt: Option<&str>,
    received: OffsetDateTime,
) -> Zeroizing<String> {
    let minute = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    let when = received.format(minute).unwrap_or_default();
    let mut text = Zeroizing::new(String::with_capacity(fields.details.len() + 1024));
    let mut line = |label: &str, value: &str| {
        text.push_str(label);
        text.push_str(": ");
        text.push_str(if value.is_empty() { "-" } else { value });
        text.push('\n');
    };
    line("Tip", "hotline-site tip, format 1");
    line("Received", &when);
    line("Form language", locale);
    line("Receipt code", receipt.unwrap_or(""));
    line("Town", &fields.town);
    line("Province or territory", &fields.province);
    let date = if fields.ongoing && fields.date.is_empty() {
        "ongoing".to_string()
    } else if fields.ongoing {
        format!("{} (ongoing)", fields.date)
    } else {
        fields.date.clone()
    };
    line("When", &date);
    line("Type of concern", &fields.concern);
    line("Minors involved", &fields.minors);
    line("Their connection", &fields.connection);
    line("Follow-up", &fields.follow_up);
    line("Name or alias", &fields.alias);
    line("Phone or email", &fields.reach);
    line("Safe times", &fields.safe_times);
    line("Safe to leave a message", &fields.leave_message);
    line("Preferred language", &fields.language);
    text.push_str("\nWhat they saw or heard:\n");
    text.push_str(&fields.details);
    text.push('\n');
    text.push_str(END_MARK);
    text
}

/// The last line of every sealed tip; the padding after it is removed when a tip is opened.
pub const END_MARK: &str = "-- end of tip --\n";

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    fn body(pairs: &[(&str, &str)]) -> Vec<u8> {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish()
            .into_bytes()
    }

    #[test]
    fn parsing_keeps_first_values_and_normalises_line_ends() {
        let s = parse(&body(&[
            ("details", "line one\r\nline two  "),
            ("details", "ignored"),
            ("region", "ON"),
            ("ongoing", "yes"),
            ("form", "tok"),
            ("reference", ""),
            ("unknown", "x"),
        ]));
        assert_eq!(s.fields.details, "line one\nline two");
        assert_eq!(s.fields.province, "ON");
        assert!(s.fields.ongoing);
        assert_eq!(s.token, "tok");
        assert!(!s.honeypot_filled);
        assert!(parse(&body(&[("reference", "spam")])).honeypot_filled);
    }

    #[test]
    fn rules() {
        let today = date!(2026 - 12 - 01);
        let problems = |pairs: &[(&str, &str)]| {
            validate(&parse(&body(pairs)).fields, today)
                .into_iter()
                .map(|p| (p.field, p.message))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            problems(&[]),
            [(Field::Details, "tip-error-details-missing")]
        );
        assert!(problems(&[("details", "seen")]).is_empty());
        let long = "字".repeat(MAX_DETAILS);
        assert!(problems(&[("details", &long)]).is_empty());
        let longer = "字".repeat(MAX_DETAILS + 1);
        assert_eq!(
            problems(&[("details", &longer)]),
            [(Field::Details, "tip-error-details-long")]
        );
        assert_eq!(
            problems(&[("details", "x"), ("region", "ZZ"), ("day", "2026-13-01")]),
            [
                (Field::Province, "tip-error-choice"),
                (Field::Date, "tip-error-date")
            ]
        );
        assert_eq!(
            problems(&[("details", "x"), ("day", "2026-12-02")]),
            [(Field::Date, "tip-error-date-future")]
        );
        assert_eq!(
            problems(&[("details", "x"), ("reply", "contact")]),
            [(Field::Reach, "tip-error-reach-missing")]
        );
        assert_eq!(
            problems(&[("details", "x"), ("minors", "maybe")]),
            [(Field::Minors, "tip-error-choice")]
        );
    }

    #[test]
    fn sealed_text_has_every_field_and_the_minute_only() {
        let s = parse(&body(&[
            ("details", "a van, plate ABC 123"),
            ("town", "Sudbury"),
            ("ongoing", "yes"),
        ]));
        let text = sealed_text(
            &s.fields,
            "fr",
            Some("1234 5678 9012 3456"),
            datetime!(2026-12-01 03:25:59 UTC),
        );
        assert!(text.contains("Received: 2026-12-01 03:25 UTC\n"));
        assert!(!text.contains(":59"));
        assert!(text.contains("Form language: fr\n"));
        assert!(text.contains("Receipt code: 1234 5678 9012 3456\n"));
        assert!(text.contains("Town: Sudbury\n"));
        assert!(text.contains("When: ongoing\n"));
        assert!(text.ends_with("a van, plate ABC 123\n-- end of tip --\n"));
    }
}
