//! Full-text search per locale with tantivy, built when content loads.
//!
//! The indexes are written to a fresh temporary folder, opened, and the folder is deleted at
//! once: the open files stay readable through their memory maps, so the index costs page
//! cache rather than heap, and nothing is left on disk even if the process is killed. Where
//! no temporary folder can be made, the indexes live in memory instead.
//!
//! Titles weigh most, then the lists of signs in guides, then body text. Every word of the
//! query is looked up as typed (after stemming and folding) and, for words of five letters
//! or more, with one typo allowed. Query syntax is never interpreted: the query is only text.

mod stem;
pub mod tokenize;

use std::collections::HashMap;

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{doc, Index, IndexReader, ReloadPolicy, TantivyDocument, Term};

use crate::content::{Content, PageKind};

/// Longest query read, in characters; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most terms used from one query.
const MAX_TERMS: usize = 16;
pub const PAGE_SIZE: usize = 10;
/// Directory listings shown beside the first page of results.
const LISTINGS_SHOWN: usize = 3;

struct Fields {
    title: Field,
    signs: Field,
    body: Field,
    url: Field,
    section: Field,
}

struct LocaleIndex {
    reader: IndexReader,
    fields: Fields,
}

/// The search indexes of every locale.
pub struct Search {
    indexes: HashMap<String, LocaleIndex>,
    /// Directory listings, by locale (only locales with a directory).
    listings: HashMap<String, LocaleIndex>,
    /// How long building took, for the startup log and benchmarks.
    pub build_time: std::time::Duration,
}

/// One result, ready to show.
#[derive(Debug, Clone)]
pub struct Hit {
    pub title: String,
    pub url: String,
    pub section: String,
    /// Escaped excerpt with matched words in `<mark>`.
    pub excerpt_html: String,
}

#[derive(Debug, Clone, Default)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
    /// The best directory listings for the query, on the first page of results only.
    pub listings: Vec<Hit>,
}

impl std::fmt::Debug for Search {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Search")
            .field("locales", &self.indexes.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Search {
    /// Indexes every page of every locale (homes excluded: they only point elsewhere).
    pub fn build(content: &Content) -> tantivy::Result<Search> {
        Search::build_in(content, &std::env::temp_dir())
    }

    /// [`Search::build`] with the temporary folder made inside `parent`.
    pub fn build_in(content: &Content, parent: &std::path::Path) -> tantivy::Result<Search> {
        let started = std::time::Instant::now();
        let folder = tempfile::Builder::new()
            .prefix("hotline-search-")
            .tempdir_in(parent)
            .map_err(|e| tracing::warn!("search index kept in memory: no temporary folder: {e}"))
            .ok();
        let folder = folder.as_ref().map(|f| f.path());
        // Locales are indexed on as many threads as there are cores, each thread given an
        // even share of the pages: locales by size, dealt in turn like cards.
        let mut locales: Vec<(&String, usize)> = content
            .config
            .locales
            .iter()
            .map(|l| (l, content.pages.iter().filter(|p| &p.locale == l).count()))
            .collect();
        locales.sort_by_key(|(_, pages)| std::cmp::Reverse(*pages));
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let dealt: Vec<&String> = (0..threads)
            .flat_map(|t| locales.iter().skip(t).step_by(threads).map(|(l, _)| *l))
            .collect();
        let built = crate::parallel::map_costly(&dealt, |locale| {
            Search::build_locale(content, folder, locale)
        });
        let mut indexes = HashMap::new();
        let mut listings = HashMap::new();
        for (locale, built) in dealt.into_iter().zip(built) {
            let (pages, listed) = built?;
            indexes.insert(locale.clone(), pages);
            if let Some(listed) = listed {
                listings.insert(locale.clone(), listed);
            }
        }
        Ok(Search {
            indexes,
            listings,
            build_time: started.elapsed(),
        })
    }

    /// The index of one locale's pages, and of its directory listings when it has any.
    fn build_locale(
        content: &Content,
        folder: Option<&std::path::Path>,
        locale: &str,
    ) -> tantivy::Result<(LocaleIndex, Option<LocaleIndex>)> {
        let pages = content
            .pages
            .iter()
            .filter(|p| p.locale == locale && p.kind != PageKind::Home)
            .map(|page| {
                let section = page
                    .parent
                    .map(|i| &content.pages[i])
                    .filter(|s| s.kind == PageKind::Section)
                    .map_or(String::new(), |s| s.matter.title.clone());
                // A toolkit's lists repeat its sector guide's signs in brief: weighing
                // them as body text lets the guide, the fuller answer, rank first.
                let signs = match page.toolkit {
                    Some(_) => String::new(),
                    None => page.body.list_text.clone(),
                };
                Doc {
                    title: page.matter.title.clone(),
                    signs,
                    body: format!("{}\n{}", page.matter.description, page.plain_text()),
                    url: page.url.clone(),
                    section,
                }
            });
        let pages = LocaleIndex::build(folder, locale, "pages", pages)?;
        // Directory listings have an index of their own: thousands of them must not
        // change how pages rank against each other, and they are shown apart.
        let listed = match crate::directory::urls::section(content, locale) {
            None => None,
            Some(section) => {
                let default = &content.config.default_locale;
                let docs = content.directory.orgs.iter().map(|org| Doc {
                    title: org.name_in(locale).to_string(),
                    signs: String::new(),
                    body: org.plain_text(locale, default),
                    url: crate::directory::urls::listing(section, org),
                    section: section.matter.title.clone(),
                });
                Some(LocaleIndex::build(folder, locale, "listings", docs)?)
            }
        };
        Ok((pages, listed))
    }

    /// Documents indexed and bytes the indexes take, over every locale.
    pub fn stats(&self) -> (u64, u64) {
        self.indexes
            .values()
            .chain(self.listings.values())
            .fold((0, 0), |(docs, bytes), index| {
                let searcher = index.reader.searcher();
                let size = searcher.space_usage().map_or(0, |u| u.total().get_bytes());
                (docs + searcher.num_docs(), bytes + size)
            })
    }

    /// Searches `locale` for `query`; `page` counts from 0. Never fails on odd input: a query
    /// with no usable words gives no results.
    pub fn search(&self, locale: &str, query: &str, page: usize) -> Results {
        let Some(index) = self.indexes.get(locale) else {
            return Results::default();
        };
        let query = truncate(query, MAX_QUERY_CHARS);
        let terms: Vec<String> = tokenize::terms(locale, query)
            .into_iter()
            .take(MAX_TERMS)
            .collect();
        if terms.is_empty() {
            return Results::default();
        }
        let (total, hits) = index.run(locale, &terms, page.min(100) * PAGE_SIZE, PAGE_SIZE);
        let listings = match (page, self.listings.get(locale)) {
            (0, Some(listings)) => listings.run(locale, &terms, 0, LISTINGS_SHOWN).1,
            _ => Vec::new(),
        };
        Results {
            total,
            hits,
            listings,
        }
    }
}

/// What one document of an index holds.
struct Doc {
    title: String,
    signs: String,
    body: String,
    url: String,
    section: String,
}

impl LocaleIndex {
    /// Indexes `docs` in a folder of `parent` (or in memory) and opens it for reading.
    fn build(
        parent: Option<&std::path::Path>,
        locale: &str,
        name: &str,
        docs: impl Iterator<Item = Doc>,
    ) -> tantivy::Result<LocaleIndex> {
        let tokenizer = format!("text_{locale}");
        let text = TextOptions::default()
            .set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(&tokenizer)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
            .set_stored();
        let mut builder = Schema::builder();
        let fields = Fields {
            title: builder.add_text_field("title", text.clone()),
            signs: builder.add_text_field("signs", text.clone()),
            body: builder.add_text_field("body", text),
            url: builder.add_text_field("url", STORED),
            section: builder.add_text_field("section", STORED),
        };
        let index = match parent {
            Some(parent) => {
                let path = parent.join(format!("{name}-{locale}"));
                std::fs::create_dir(&path)?;
                Index::create_in_dir(&path, builder.build())?
            }
            None => Index::create_in_ram(builder.build()),
        };
        index
            .tokenizers()
            .register(&tokenizer, tokenize::analyzer(locale));
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        for d in docs {
            writer.add_document(doc!(
                fields.title => d.title,
                fields.signs => d.signs,
                fields.body => d.body,
                fields.url => d.url,
                fields.section => d.section,
            ))?;
        }
        writer.commit()?;
        writer.wait_merging_threads()?;
        // Manual: the reader opens (and maps) every segment file now and never looks at
        // the folder again, which is what lets the folder go.
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(LocaleIndex { reader, fields })
    }

    /// `(total, hits)` for `terms`, skipping `offset` hits and keeping at most `limit`.
    fn run(
        &self,
        locale: &str,
        terms: &[String],
        offset: usize,
        limit: usize,
    ) -> (usize, Vec<Hit>) {
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for term in terms {
            for (field, weight) in [(f.title, 4.0), (f.signs, 2.0), (f.body, 1.0)] {
                let t = Term::from_field_text(field, term);
                clauses.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(
                        Box::new(TermQuery::new(t.clone(), IndexRecordOption::WithFreqs)),
                        weight,
                    )),
                ));
                if is_fuzzy(term) {
                    let fuzzy = FuzzyTermQuery::new(t, 1, true);
                    clauses.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(fuzzy), weight * 0.5)),
                    ));
                }
            }
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let Ok((top, total)) = searcher.search(
            &query,
            &(TopDocs::with_limit(limit).and_offset(offset), Count),
        ) else {
            return (0, Vec::new());
        };
        let docs: Vec<TantivyDocument> = top
            .into_iter()
            .filter_map(|(_, address)| searcher.doc(address).ok())
            .collect();
        let text = |doc: &TantivyDocument, field: Field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string()
        };
        let bodies: Vec<String> = docs.iter().map(|d| text(d, f.body)).collect();
        let snippets = SnippetGenerator::new(
            matched_words(&searcher, f.body, locale, terms, &bodies),
            tokenize::analyzer(locale),
            f.body,
            EXCERPT_CHARS,
        );
        let hits = docs
            .iter()
            .zip(&bodies)
            .map(|(doc, body)| Hit {
                title: text(doc, f.title),
                url: text(doc, f.url),
                section: text(doc, f.section),
                excerpt_html: excerpt(&snippets.snippet(body), body),
            })
            .collect();
        (total, hits)
    }
}

/// Longest excerpt of a result, in characters.
const EXCERPT_CHARS: usize = 180;

/// The indexed words of `field` to highlight in excerpts, each with a weight (rarer words
/// weigh more): every query term, and every word of the shown bodies that a term matched
/// with one typo (`pasport` highlights `passport`), as the fuzzy query did.
fn matched_words(
    searcher: &tantivy::Searcher,
    field: Field,
    locale: &str,
    terms: &[String],
    bodies: &[String],
) -> std::collections::BTreeMap<String, tantivy::Score> {
    let weight = |word: &str| {
        let df = searcher
            .doc_freq(&Term::from_field_text(field, word))
            .unwrap_or(0);
        1.0 / (1.0 + df as tantivy::Score)
    };
    let mut words = std::collections::BTreeMap::new();
    for term in terms {
        words.insert(term.clone(), weight(term));
    }
    let fuzzy: Vec<&String> = terms.iter().filter(|t| is_fuzzy(t)).collect();
    if fuzzy.is_empty() {
        return words;
    }
    let mut analyzer = tokenize::analyzer(locale);
    for body in bodies {
        let mut stream = analyzer.token_stream(body);
        while let Some(token) = stream.next() {
            let word = &token.text;
            if !words.contains_key(word) && fuzzy.iter().any(|t| within_one_edit(t, word)) {
                // Below the exact words, so an excerpt prefers what was typed.
                words.insert(word.clone(), weight(word) * 0.5);
            }
        }
    }
    words
}

/// Words this long or longer are also looked up with one typo.
fn is_fuzzy(term: &str) -> bool {
    term.chars().count() >= 5
}

/// Whether `b` is `a` with at most one letter inserted, removed, replaced, or two
/// neighbours swapped: the distance the fuzzy query allows.
fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    let suffix = ra
        .iter()
        .rev()
        .zip(rb.iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
        .min(ra.len().min(rb.len()));
    let (ma, mb) = (&ra[..ra.len() - suffix], &rb[..rb.len() - suffix]);
    match (ma.len(), mb.len()) {
        (0, 0) | (0, 1) | (1, 0) | (1, 1) => true,
        (2, 2) => ma[0] == mb[1] && ma[1] == mb[0],
        _ => false,
    }
}

/// The snippet's fragment, escaped, with matched words in `<mark>`; the text's start when
/// nothing matched in the body.
fn excerpt(snippet: &tantivy::snippet::Snippet, body: &str) -> String {
    let fragment = snippet.fragment();
    if fragment.is_empty() {
        return escape(truncate(body, EXCERPT_CHARS));
    }
    let mut html = String::new();
    let mut at = 0;
    for range in snippet.highlighted() {
        if range.start < at || range.end > fragment.len() {
            continue;
        }
        html.push_str(&escape(&fragment[at..range.start]));
        html.push_str("<mark>");
        html.push_str(&escape(&fragment[range.clone()]));
        html.push_str("</mark>");
        at = range.end;
    }
    html.push_str(&escape(&fragment[at..]));
    format!("…{}…", html.trim())
}

pub fn truncate(text: &str, max_chars: usize) -> &str {
    match text.char_indices().nth(max_chars) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::within_one_edit;

    #[test]
    fn one_edit_is_what_the_fuzzy_query_allows() {
        assert!(within_one_edit("pasport", "passport")); // inserted
        assert!(within_one_edit("passport", "pasport")); // removed
        assert!(within_one_edit("recruit", "recriut")); // swapped
        assert!(within_one_edit("école", "écolé")); // replaced, any script
        assert!(within_one_edit("same", "same"));
        assert!(!within_one_edit("pasport", "passports"));
        assert!(!within_one_edit("abcde", "badce"));
        assert!(!within_one_edit("travail", "travaux"));
    }
}
