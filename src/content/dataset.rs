//! Datasets: `content/data/<id>.toml`, the figures of the data pages. One file per
//! dataset holds what every locale shares (sources, date, columns, rows, numbers); the words
//! of each locale (title, caption, labels, definitions, caveats) are in that locale's page
//! with a `[data]` table (`content::front_matter::DataMatter`).
//!
//! TOML, not CSV: the file also carries sources, dates and per-cell notes ("about", "more
//! than"), which a spreadsheet would hide in extra columns, and it needs no new parser. The
//! CSV is what the site offers for download.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use time::Date;
use toml::value::Datetime;

use super::front_matter::{DataMatter, Source};
use crate::config::toml_message;
use crate::diagnostics::{At, Diagnostics, Position};

/// Values under this are shown as "fewer than N" unless a dataset sets its own threshold.
pub const DEFAULT_THRESHOLD: u32 = 5;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetFile {
    /// The date the figures are as of (a report's publication).
    pub as_of: Datetime,
    pub threshold: Option<u32>,
    /// Guides the figures relate to, as content paths.
    #[serde(default)]
    pub guides: Vec<String>,
    /// The figure that sums the dataset up: `<row>.<column>`.
    pub headline: String,
    /// Show the headline figure on every home page.
    #[serde(default)]
    pub home: bool,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub columns: Vec<ColumnFile>,
    #[serde(default)]
    pub rows: Vec<RowFile>,
    /// Rows whose values are the sum of other rows, checked.
    #[serde(default)]
    pub totals: Vec<TotalFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnFile {
    pub id: String,
    /// `count` (whole numbers, suppressed under the threshold), `rate` or `percent`.
    pub kind: String,
    #[serde(default)]
    pub decimals: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RowFile {
    pub id: String,
    /// The row covers a partial year (the page says why).
    #[serde(default)]
    pub partial: bool,
    #[serde(default)]
    pub values: BTreeMap<String, toml::Value>,
    /// `about` or `more-than`, for figures published rounded.
    #[serde(default)]
    pub approx: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TotalFile {
    pub row: String,
    pub of: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Count,
    Rate,
    Percent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Approx {
    About,
    MoreThan,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub id: String,
    pub kind: Kind,
    pub decimals: usize,
}

/// One cell: its number and how it was published.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Value {
    pub number: f64,
    pub approx: Option<Approx>,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub id: String,
    pub partial: bool,
    /// One per column, in column order; `None` where nothing was published.
    pub values: Vec<Option<Value>>,
}

/// A validated dataset.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub id: String,
    pub file: std::path::PathBuf,
    pub as_of: Date,
    pub threshold: u32,
    pub guides: Vec<String>,
    /// `(row index, column index)`.
    pub headline: (usize, usize),
    pub home: bool,
    pub sources: Vec<Source>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

impl Dataset {
    pub fn column(&self, id: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.id == id)
    }

    pub fn row(&self, id: &str) -> Option<usize> {
        self.rows.iter().position(|r| r.id == id)
    }

    /// The cell `<row>.<column>` names, if it has a value.
    pub fn cell(&self, reference: &str) -> Option<(usize, usize)> {
        let (row, column) = reference.split_once('.')?;
        let (r, c) = (self.row(row)?, self.column(column)?);
        self.rows[r].values[c].map(|_| (r, c))
    }

    /// Whether a count is too small to show exactly.
    pub fn suppressed(&self, column: usize, value: &Value) -> bool {
        self.columns[column].kind == Kind::Count && value.number < f64::from(self.threshold)
    }

    /// Checks columns, types, sources, notes, totals and the headline; returns the dataset
    /// or every problem with where it is.
    pub fn from_file(
        id: &str,
        file: &std::path::Path,
        f: &DatasetFile,
    ) -> Result<Dataset, Vec<(At, String)>> {
        let mut errors = Vec::new();
        let as_of = super::calendar_date(&f.as_of)
            .map_err(|e| errors.push((At::field("as_of"), format!("`as_of`: {e}"))))
            .ok();
        if f.sources.is_empty() {
            errors.push((
                At::field("as_of"),
                "a dataset needs a source: add a `[[sources]]` table with publisher, title and url"
                    .to_string(),
            ));
        }
        for (i, s) in f.sources.iter().enumerate() {
            if s.publisher.trim().is_empty() || s.title.trim().is_empty() {
                errors.push((
                    At::entry("sources", i, ""),
                    "a source needs a publisher and a title".into(),
                ));
            }
            match &s.url {
                Some(url) if url.starts_with("https://") => {}
                Some(url) => errors.push((
                    At::entry("sources", i, "url"),
                    format!("source URL `{url}` must start with https://"),
                )),
                None => errors.push((
                    At::entry("sources", i, ""),
                    "a source needs a `url` where readers can check the figures".into(),
                )),
            }
        }
        let mut columns = Vec::new();
        let mut seen = HashSet::new();
        for (i, c) in f.columns.iter().enumerate() {
            let kind = match c.kind.as_str() {
                "count" => Kind::Count,
                "rate" => Kind::Rate,
                "percent" => Kind::Percent,
                other => {
                    errors.push((
                        At::entry("columns", i, "kind"),
                        format!("unknown column kind `{other}`; expected count, rate or percent"),
                    ));
                    Kind::Count
                }
            };
            if !seen.insert(c.id.as_str()) {
                errors.push((
                    At::entry("columns", i, "id"),
                    format!("column `{}` is defined twice", c.id),
                ));
            }
            columns.push(Column {
                id: c.id.clone(),
                kind,
                decimals: c.decimals.min(3),
            });
        }
        if columns.is_empty() {
            errors.push((
                At::field("headline"),
                "a dataset needs at least one `[[columns]]`".into(),
            ));
        }
        let mut rows = Vec::new();
        let mut row_ids = HashSet::new();
        for (i, r) in f.rows.iter().enumerate() {
            if !row_ids.insert(r.id.as_str()) {
                errors.push((
                    At::entry("rows", i, "id"),
                    format!("row `{}` is defined twice", r.id),
                ));
            }
            for name in r.values.keys().chain(r.approx.keys()) {
                if !columns.iter().any(|c| &c.id == name) {
                    errors.push((
                        At::entry("rows", i, "values"),
                        format!("row `{}` names unknown column `{name}`", r.id),
                    ));
                }
            }
            let values = columns
                .iter()
                .map(|c| {
                    let raw = r.values.get(&c.id)?;
                    let number = match (c.kind, raw) {
                        (Kind::Count, toml::Value::Integer(n)) if *n >= 0 => *n as f64,
                        (Kind::Count, _) => {
                            errors.push((
                                At::entry("rows", i, "values"),
                                format!(
                                    "row `{}`: `{}` is a count and must be a whole number of 0 or more, not {}",
                                    r.id, c.id, describe(raw)
                                ),
                            ));
                            return None;
                        }
                        (_, toml::Value::Integer(n)) => *n as f64,
                        (_, toml::Value::Float(x)) if x.is_finite() => *x,
                        (_, _) => {
                            errors.push((
                                At::entry("rows", i, "values"),
                                format!(
                                    "row `{}`: `{}` must be a number, not {}",
                                    r.id,
                                    c.id,
                                    describe(raw)
                                ),
                            ));
                            return None;
                        }
                    };
                    let approx = match r.approx.get(&c.id).map(String::as_str) {
                        None => None,
                        Some("about") => Some(Approx::About),
                        Some("more-than") => Some(Approx::MoreThan),
                        Some(other) => {
                            errors.push((
                                At::entry("rows", i, "approx"),
                                format!("row `{}`: unknown note `{other}` for `{}`; expected about or more-than", r.id, c.id),
                            ));
                            None
                        }
                    };
                    Some(Value { number, approx })
                })
                .collect();
            rows.push(Row {
                id: r.id.clone(),
                partial: r.partial,
                values,
            });
        }
        if rows.is_empty() {
            errors.push((
                At::field("headline"),
                "a dataset needs at least one `[[rows]]`".into(),
            ));
        }
        check_totals(f, &columns, &rows, &mut errors);
        let mut dataset = Dataset {
            id: id.to_string(),
            file: file.to_path_buf(),
            as_of: as_of.unwrap_or(Date::MIN),
            threshold: f.threshold.unwrap_or(DEFAULT_THRESHOLD),
            guides: f.guides.clone(),
            headline: (0, 0),
            home: f.home,
            sources: f.sources.clone(),
            columns,
            rows,
        };
        match dataset.cell(&f.headline) {
            Some(cell) => dataset.headline = cell,
            None => errors.push((
                At::field("headline"),
                format!(
                    "headline `{}` must name a cell with a value, as `<row id>.<column id>`",
                    f.headline
                ),
            )),
        }
        if errors.is_empty() {
            Ok(dataset)
        } else {
            Err(errors)
        }
    }
}

/// Each total row's counts must equal the sum of the rows it names, where all are exact.
fn check_totals(f: &DatasetFile, columns: &[Column], rows: &[Row], errors: &mut Vec<(At, String)>) {
    let find = |id: &str| rows.iter().find(|r| r.id == id);
    for (i, t) in f.totals.iter().enumerate() {
        let Some(total) = find(&t.row) else {
            errors.push((
                At::entry("totals", i, "row"),
                format!("total row `{}` is not a row of this dataset", t.row),
            ));
            continue;
        };
        let parts: Vec<&Row> = t.of.iter().filter_map(|id| find(id)).collect();
        if parts.len() != t.of.len() {
            errors.push((
                At::entry("totals", i, "of"),
                format!("`of` names a row this dataset does not have: {:?}", t.of),
            ));
            continue;
        }
        for (c, column) in columns.iter().enumerate() {
            if column.kind != Kind::Count {
                continue;
            }
            let exact = |r: &Row| r.values[c].filter(|v| v.approx.is_none()).map(|v| v.number);
            let Some(claimed) = exact(total) else {
                continue;
            };
            let sum: Option<f64> = parts.iter().map(|r| exact(r)).sum();
            if let Some(sum) = sum {
                if sum != claimed {
                    errors.push((
                        At::entry("totals", i, "row"),
                        format!(
                            "`{}` in row `{}` is {claimed}, but the rows {} add up to {sum}",
                            column.id,
                            t.row,
                            t.of.join(" + ")
                        ),
                    ));
                }
            }
        }
    }
}

/// Reads and checks every `content_dir/data/*.toml` (none is fine: a site without data pages).
pub fn load_all(content_dir: &std::path::Path, diags: &mut Diagnostics) -> Vec<Dataset> {
    let mut datasets = Vec::new();
    for file in super::toml_files(&content_dir.join("data")) {
        let Some(text) = super::read_text(&file, diags) else {
            continue;
        };
        let id = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let parsed: DatasetFile = match toml::from_str(&text) {
            Ok(f) => f,
            Err(e) => {
                let at = e.span().map_or(0, |s| s.start);
                diags.error(&file, Position::at_offset(&text, at), toml_message(&e));
                continue;
            }
        };
        match Dataset::from_file(&id, &file, &parsed) {
            Ok(d) => datasets.push(d),
            Err(errors) => {
                for (at, message) in errors {
                    diags.error(&file, at.position(&text, 0, ""), message);
                }
            }
        }
    }
    datasets
}

/// The `{row.column}` references in a caption or headline: `(byte range, reference)`.
pub fn references(text: &str) -> Vec<(std::ops::Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('{').map(|i| from + i) {
        let Some(close) = text[open..].find('}').map(|i| open + i) else {
            break;
        };
        out.push((open..close + 1, &text[open + 1..close]));
        from = close + 1;
    }
    out
}

/// `text` with each `{row.column}` replaced by `cell(row, column)`.
pub fn fill(text: &str, dataset: &Dataset, cell: impl Fn(usize, usize) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (range, reference) in references(text) {
        out.push_str(&text[at..range.start]);
        match dataset.cell(reference) {
            Some((r, c)) => out.push_str(&cell(r, c)),
            None => out.push_str(&text[range.clone()]),
        }
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Checks a page's `[data]` table against its dataset: labels for every column and row,
/// a definition for every column, references that name cells, the partial-year note.
pub fn check_page(m: &DataMatter, d: &Dataset) -> Vec<(At, String)> {
    let mut errors = Vec::new();
    let ids = d
        .columns
        .iter()
        .map(|c| &c.id)
        .chain(d.rows.iter().map(|r| &r.id));
    for id in ids {
        if m.labels.get(id).is_none_or(|l| l.trim().is_empty()) {
            errors.push((
                At::field("dataset"),
                format!(
                    "`[data.labels]` has no label for `{id}` of dataset `{}`",
                    d.id
                ),
            ));
        }
    }
    for c in &d.columns {
        if m.definitions.get(&c.id).is_none_or(|l| l.trim().is_empty()) {
            errors.push((
                At::field("dataset"),
                format!("`[data.definitions]` does not define column `{}`", c.id),
            ));
        }
    }
    for (field, text) in [("caption", &m.caption), ("headline", &m.headline)] {
        for (_, reference) in references(text) {
            if d.cell(reference).is_none() {
                errors.push((
                    At::field(field),
                    format!("`{{{reference}}}` names no cell with a value in dataset `{}`; write `{{<row id>.<column id>}}`", d.id),
                ));
            }
        }
    }
    if d.rows.iter().any(|r| r.partial)
        && m.partial_note.as_ref().is_none_or(|n| n.trim().is_empty())
    {
        errors.push((
            At::field("dataset"),
            "a row of this dataset covers a partial year: add `partial_note` saying why".into(),
        ));
    }
    errors
}

fn describe(value: &toml::Value) -> String {
    match value {
        toml::Value::String(s) => format!("the text \"{s}\""),
        toml::Value::Float(x) => format!("{x}"),
        toml::Value::Integer(n) => format!("{n}"),
        other => format!("a {}", other.type_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Dataset, Vec<(At, String)>> {
        let f: DatasetFile = toml::from_str(text).unwrap();
        Dataset::from_file("d", std::path::Path::new("d.toml"), &f)
    }

    const GOOD: &str = r#"
as_of = 2025-07-01
headline = "total.cases"
[[sources]]
publisher = "P"
title = "T"
url = "https://example.org/"
[[columns]]
id = "cases"
kind = "count"
[[rows]]
id = "a"
values = { cases = 3 }
[[rows]]
id = "b"
values = { cases = 10 }
[[rows]]
id = "total"
values = { cases = 13 }
[[totals]]
row = "total"
of = ["a", "b"]
"#;

    #[test]
    fn a_good_dataset_passes_and_small_counts_are_suppressed() {
        let d = parse(GOOD).unwrap();
        assert_eq!(d.headline, (2, 0));
        assert_eq!(d.threshold, DEFAULT_THRESHOLD);
        let small = d.rows[0].values[0].unwrap();
        assert!(d.suppressed(0, &small), "3 is under 5");
        assert!(!d.suppressed(0, &d.rows[1].values[0].unwrap()));
    }

    #[test]
    fn totals_that_do_not_add_up_wrong_types_and_missing_sources_are_errors() {
        let bad = GOOD
            .replace("values = { cases = 13 }", "values = { cases = 14 }")
            .replace("values = { cases = 10 }", "values = { cases = \"ten\" }");
        let errors = parse(&bad).unwrap_err();
        assert!(
            errors
                .iter()
                .any(|(at, m)| *at == At::entry("rows", 1, "values") && m.contains("whole number")),
            "{errors:?}"
        );
        let bad = GOOD.replace("values = { cases = 13 }", "values = { cases = 14 }");
        let errors = parse(&bad).unwrap_err();
        assert!(
            errors
                .iter()
                .any(|(at, m)| *at == At::entry("totals", 0, "row") && m.contains("add up to 13")),
            "{errors:?}"
        );
        let start = GOOD.find("[[sources]]").unwrap();
        let end = GOOD.find("[[columns]]").unwrap();
        let no_source = format!("{}{}", &GOOD[..start], &GOOD[end..]);
        let errors = parse(&no_source).unwrap_err();
        assert!(
            errors.iter().any(|(_, m)| m.contains("needs a source")),
            "{errors:?}"
        );
    }
}
