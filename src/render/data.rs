//! Data pages: a dataset as a table that draws itself. Every number is text in the locale's
//! own form; beside each, a small bar drawn as inline SVG (`aria-hidden`, lengths as SVG
//! attributes, colour from the stylesheet, starting from the reading side). Small counts are
//! shown as "fewer than N", never exactly. Definitions, the caveat, the source and its date
//! sit next to the table. Also: the headline figure of a home page and of a social card,
//! and the CSV download.

use leptos::prelude::*;

use super::view_model::format_date;
use crate::config::SiteConfig;
use crate::content::dataset::{fill, Approx, Dataset, Kind, Value};
use crate::content::front_matter::DataMatter;
use crate::content::{Content, Page, PageKind};
use crate::i18n::numbers::NumberFormat;
use crate::i18n::Tr;
use crate::material::Material;

/// Width of a full-length bar in the SVG's own units.
const BAR: f64 = 100.0;

/// A table row: its label, the "partial year" mark, and each cell's text and bar SVG.
#[derive(Clone)]
pub struct DataRow {
    pub label: String,
    pub partial: Option<String>,
    pub cells: Vec<(String, String)>,
}

#[derive(Clone)]
pub struct DataBlocks {
    pub caption: String,
    pub not_prevalence: String,
    pub rows_heading: String,
    pub columns: Vec<String>,
    pub rows: Vec<DataRow>,
    pub partial_note: Option<String>,
    pub definitions_title: String,
    /// `(term, definition)`.
    pub definitions: Vec<(String, String)>,
    pub source_label: String,
    /// `(title, publisher, url)`.
    pub sources: Vec<(String, String, Option<String>)>,
    pub as_of: String,
    pub as_of_iso: String,
    pub download: Option<(String, String, String)>,
    pub related_title: String,
    pub related: Vec<(String, String)>,
}

/// The headline figure of a home page: the phrase, its source and date, and the way on.
#[derive(Clone)]
pub struct HomeFigure {
    pub title: String,
    pub headline: String,
    pub href: String,
    pub source: String,
    pub all_label: String,
    pub all_href: String,
}

/// How one cell reads in the page's locale: "2,311", "about 23,000", "fewer than 5",
/// "+317%", "not published".
pub fn cell_text(
    tr: &Tr,
    numbers: &NumberFormat,
    d: &Dataset,
    row: usize,
    column: usize,
) -> String {
    let Some(value) = d.rows[row].values[column] else {
        return tr.get("data-not-published");
    };
    if d.suppressed(column, &value) {
        return tr.with(
            "data-fewer-than",
            &[("threshold", &numbers.integer(i64::from(d.threshold)))],
        );
    }
    let col = &d.columns[column];
    let number = match col.kind {
        Kind::Count => numbers.integer(value.number as i64),
        Kind::Rate => numbers.fixed(value.number, col.decimals),
        Kind::Percent => {
            let sign = if value.number > 0.0 { "+" } else { "" };
            let n = format!("{sign}{}", numbers.fixed(value.number, col.decimals));
            tr.with("data-percent", &[("value", &n)])
        }
    };
    match value.approx {
        None => number,
        Some(Approx::About) => tr.with("data-about", &[("value", &number)]),
        Some(Approx::MoreThan) => tr.with("data-more-than", &[("value", &number)]),
    }
}

/// A bar for `value` out of `max`, starting from the reading side (the right in
/// right-to-left pages); none for a hidden or missing value.
fn bar(d: &Dataset, column: usize, value: Option<Value>, max: f64, rtl: bool) -> String {
    let Some(value) = value.filter(|v| !d.suppressed(column, v) && v.number > 0.0 && max > 0.0)
    else {
        return String::new();
    };
    let length = (value.number / max * BAR).clamp(1.0, BAR);
    let x = if rtl { BAR - length } else { 0.0 };
    format!(
        r#"<svg class="bar" width="96" height="8" viewBox="0 0 {BAR} 8" preserveAspectRatio="none" aria-hidden="true"><rect x="{x:.2}" width="{length:.2}" height="8"/></svg>"#
    )
}

pub fn blocks(content: &Content, tr: &Tr, page: &Page, material: &Material) -> Option<DataBlocks> {
    let ((index, guide_urls), m) = (page.data.as_ref()?, page.matter.data.as_ref()?);
    let d = &content.datasets[*index];
    let numbers = NumberFormat::new(&page.locale);
    let rtl = SiteConfig::is_rtl(&page.locale);
    let label = |id: &str| label(m, id);
    let max: Vec<f64> = (0..d.columns.len())
        .map(|c| {
            d.rows
                .iter()
                .filter_map(|r| r.values[c])
                .filter(|v| !d.suppressed(c, v))
                .map(|v| v.number)
                .fold(0.0, f64::max)
        })
        .collect();
    let rows = d
        .rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let cells = (0..d.columns.len())
                .map(|c| {
                    (
                        cell_text(tr, &numbers, d, r, c),
                        bar(d, c, row.values[c], max[c], rtl),
                    )
                })
                .collect();
            DataRow {
                label: label(&row.id),
                partial: row.partial.then(|| tr.get("data-partial")),
                cells,
            }
        })
        .collect();
    let download = material.downloads.get(&page.url).and_then(|files| {
        files
            .iter()
            .find(|f| f.label == "data-download")
            .map(|f| (tr.get(f.label), f.url.clone(), f.file_name.clone()))
    });
    Some(DataBlocks {
        caption: filled(tr, &numbers, d, &m.caption),
        not_prevalence: tr.get("data-not-prevalence"),
        rows_heading: m.rows_heading.clone(),
        columns: d.columns.iter().map(|c| label(&c.id)).collect(),
        rows,
        partial_note: d
            .rows
            .iter()
            .any(|r| r.partial)
            .then(|| m.partial_note.clone())
            .flatten(),
        definitions_title: tr.get("data-definitions"),
        definitions: d
            .columns
            .iter()
            .map(|c| {
                let definition = m.definitions.get(&c.id).cloned().unwrap_or_default();
                (label(&c.id), definition)
            })
            .collect(),
        source_label: tr.get("data-source"),
        sources: d
            .sources
            .iter()
            .map(|s| (s.title.clone(), s.publisher.clone(), s.url.clone()))
            .collect(),
        as_of: tr.with("data-as-of", &[("date", &format_date(tr, d.as_of))]),
        as_of_iso: d.as_of.to_string(),
        download,
        related_title: tr.get("data-related"),
        related: guide_urls
            .iter()
            .filter_map(|url| content.page_by_url(url))
            .map(|g| (g.matter.title.clone(), g.url.clone()))
            .collect(),
    })
}

/// The page's label for a column or row id (`check` makes sure there is one).
fn label(m: &DataMatter, id: &str) -> String {
    m.labels.get(id).cloned().unwrap_or_else(|| id.to_string())
}

/// A caption or headline with its `{row.column}` references written out.
fn filled(tr: &Tr, numbers: &NumberFormat, d: &Dataset, text: &str) -> String {
    fill(text, d, |r, c| cell_text(tr, numbers, d, r, c))
}

/// A data page's headline phrase, figures written the locale's way (for its social card).
pub fn headline(content: &Content, tr: &Tr, page: &Page) -> Option<String> {
    let ((index, _), m): (&(usize, Vec<String>), &DataMatter) =
        (page.data.as_ref()?, page.matter.data.as_ref()?);
    let d = &content.datasets[*index];
    Some(filled(tr, &NumberFormat::new(&page.locale), d, &m.headline))
}

/// For a home page: the headline figure of the first dataset marked `home`, in its locale.
pub fn home_figure(content: &Content, tr: &Tr, locale: &str) -> Option<HomeFigure> {
    let page = content.pages.iter().find(|p| {
        p.locale == locale
            && p.data
                .as_ref()
                .is_some_and(|(i, _)| content.datasets[*i].home)
    })?;
    let d = &content.datasets[page.data.as_ref()?.0];
    let source = d.sources.first()?;
    let section = page.parent.map(|i| &content.pages[i]);
    Some(HomeFigure {
        title: tr.get("data-home-title"),
        headline: headline(content, tr, page)?,
        href: page.url.clone(),
        source: format!(
            "{} {}, {}. {}",
            tr.get("data-source"),
            source.publisher,
            source.title,
            tr.with("data-as-of", &[("date", &format_date(tr, d.as_of))])
        ),
        all_label: tr.get("data-all"),
        all_href: section
            .filter(|s| s.kind == PageKind::Section)
            .map_or_else(|| page.url.clone(), |s| s.url.clone()),
    })
}

/// The dataset as CSV in the page's words: UTF-8 with a byte order mark (so spreadsheet
/// programs read accents and scripts right), a header row, plain numbers (no grouping, `.`
/// for decimals), hidden and missing values empty, and a last column of notes.
pub fn csv(tr: &Tr, d: &Dataset, m: &DataMatter) -> String {
    let numbers = NumberFormat::new(tr.locale);
    let label = |id: &str| label(m, id);
    let mut header = vec![m.rows_heading.clone()];
    header.extend(d.columns.iter().map(|c| label(&c.id)));
    header.push(tr.get("data-csv-notes"));
    let mut lines = vec![csv_line(&header)];
    for (r, row) in d.rows.iter().enumerate() {
        let mut fields = vec![label(&row.id)];
        let mut notes = Vec::new();
        if row.partial {
            notes.push(tr.get("data-partial"));
        }
        for (c, column) in d.columns.iter().enumerate() {
            let value = row.values[c];
            let exact = value.filter(|v| !d.suppressed(c, v));
            fields.push(exact.map_or_else(String::new, |v| match column.kind {
                Kind::Count => format!("{}", v.number as i64),
                _ => format!("{:.*}", column.decimals, v.number),
            }));
            if value.is_none_or(|v| v.approx.is_some() || d.suppressed(c, &v)) {
                notes.push(format!(
                    "{}: {}",
                    label(&column.id),
                    cell_text(tr, &numbers, d, r, c)
                ));
            }
        }
        fields.push(notes.join("; "));
        lines.push(csv_line(&fields));
    }
    format!("\u{feff}{}\r\n", lines.join("\r\n"))
}

/// One CSV record: fields with a comma, quote or line break are quoted, quotes doubled.
fn csv_line(fields: &[String]) -> String {
    fields
        .iter()
        .map(|f| {
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

#[component]
pub fn DataView(blocks: DataBlocks) -> impl IntoView {
    let b = blocks;
    view! {
        <figure class="data" aria-labelledby="data-caption">
            <table class="data-table">
                <caption id="data-caption">{b.caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{b.rows_heading}</th>
                        {b.columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {b.rows
                        .into_iter()
                        .map(|DataRow { label, partial, cells }| {
                            view! {
                                <tr>
                                    <th scope="row">{label}{partial.map(|p| view! { " "<span class="data-partial">"("{p}")"</span> })}</th>
                                    {cells
                                        .into_iter()
                                        .map(|(text, bar)| view! { <td><span class="data-value">{text}</span><span class="data-bar" inner_html=bar></span></td> })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <figcaption>
                {b.partial_note.map(|n| view! { <p class="data-note">{n}</p> })}
                <p class="data-caveat">{b.not_prevalence}</p>
                <p class="data-source">
                    <strong>{b.source_label}</strong>" "
                    {b.sources
                        .into_iter()
                        .map(|(title, publisher, url)| {
                            let title = match url {
                                Some(url) => view! { <a href=url>{title}</a> }.into_any(),
                                None => view! { <cite>{title}</cite> }.into_any(),
                            };
                            view! { {publisher}", "{title}". " }
                        })
                        .collect_view()}
                    <time datetime=b.as_of_iso>{b.as_of}</time>
                </p>
                {b.download.map(|(label, href, file)| view! { <p class="data-download"><a href=href download=file>{label}</a></p> })}
            </figcaption>
        </figure>
    }
}

/// What follows the page's caveats: the definitions and the related guides.
#[component]
pub fn DataNotesView(blocks: DataBlocks) -> impl IntoView {
    let b = blocks;
    view! {
        <section class="data-definitions" aria-labelledby="definitions">
            <h2 id="definitions">{b.definitions_title}</h2>
            <dl>
                {b.definitions.into_iter().map(|(term, text)| view! { <dt>{term}</dt><dd>{text}</dd> }).collect_view()}
            </dl>
        </section>
        {(!b.related.is_empty()).then(|| view! {
            <nav class="data-related" aria-labelledby="data-related">
                <h2 id="data-related">{b.related_title}</h2>
                <ul>{b.related.into_iter().map(|(title, href)| view! { <li><a href=href>{title}</a></li> }).collect_view()}</ul>
            </nav>
        })}
    }
}

#[component]
pub fn HomeFigureView(figure: HomeFigure) -> impl IntoView {
    view! {
        <section class="home-figure" aria-labelledby="home-figure">
            <h2 id="home-figure">{figure.title}</h2>
            <p class="home-figure-headline"><a href=figure.href>{figure.headline}</a></p>
            <p class="list-meta">{figure.source}</p>
            <p><a href=figure.all_href>{figure.all_label}</a></p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_with_commas_and_quotes_are_quoted() {
        let line = csv_line(&["a".into(), "b, c".into(), "say \"hi\"".into()]);
        assert_eq!(line, "a,\"b, c\",\"say \"\"hi\"\"\"");
    }
}
