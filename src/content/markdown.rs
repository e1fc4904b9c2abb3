//! Markdown to HTML with pulldown-cmark: heading ids, `@/` links, footnote ids, and no raw HTML.
//!
//! Raw HTML in content is escaped (shown as text), and link and image URLs are checked
//! against an allow-list of schemes, so the output is safe to insert into a page as is.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::slug::slugify;

/// A heading of the body, for tables of contents and search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// The rendered body of a page.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    /// The words of the page, without markup: for readability scores and search.
    pub plain_text: String,
    /// The words of list items only (the signs of a guide), weighted higher in search.
    pub list_text: String,
}

/// A problem in the body, at a byte offset into the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub offset: usize,
    pub message: String,
    pub is_error: bool,
}

/// Renders `body`, resolving each `@/path.md` link through `resolve` (which returns the page's
/// URL in the same locale, or `None` when no such page exists).
pub fn render(body: &str, resolve: &dyn Fn(&str) -> Option<String>) -> (Rendered, Vec<Problem>) {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut problems = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let mut plain_text = String::new();
    let mut list_text = String::new();
    let mut list_depth = 0usize;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let event = match event {
            Event::Html(html) | Event::InlineHtml(html) => {
                problems.push(Problem {
                    offset: range.start,
                    message: "raw HTML is not allowed in content; it is shown as text".into(),
                    is_error: false,
                });
                Event::Text(html)
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = check_url(&dest_url, false, resolve)
                    .unwrap_or_else(|message| {
                        problems.push(Problem {
                            offset: range.start,
                            message,
                            is_error: true,
                        });
                        "#".into()
                    })
                    .into();
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = check_url(&dest_url, true, resolve)
                    .unwrap_or_else(|message| {
                        problems.push(Problem {
                            offset: range.start,
                            message,
                            is_error: true,
                        });
                        String::new()
                    })
                    .into();
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) => {
                problems.push(Problem {
                    offset: range.start,
                    message: "use `##` for headings: the page title is the page's only `#` heading"
                        .into(),
                    is_error: false,
                });
                event
            }
            Event::FootnoteReference(label) => Event::FootnoteReference(footnote_id(&label)),
            Event::Start(Tag::FootnoteDefinition(label)) => {
                Event::Start(Tag::FootnoteDefinition(footnote_id(&label)))
            }
            Event::Text(ref t) | Event::Code(ref t) => {
                plain_text.push_str(t);
                if list_depth > 0 {
                    list_text.push_str(t);
                }
                event
            }
            Event::Start(Tag::Item) => {
                list_depth += 1;
                event
            }
            Event::SoftBreak | Event::HardBreak => {
                plain_text.push(' ');
                event
            }
            Event::End(TagEnd::Item) => {
                list_depth = list_depth.saturating_sub(1);
                plain_text.push('\n');
                list_text.push('\n');
                event
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_)) => {
                plain_text.push('\n');
                event
            }
            other => other,
        };
        events.push(event);
    }
    let headings = assign_heading_ids(&mut events);
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    (
        Rendered {
            html,
            headings,
            plain_text,
            list_text,
        },
        problems,
    )
}

/// Footnote labels become ids; prefix them so `[^1]` cannot collide with a heading id.
fn footnote_id(label: &str) -> CowStr<'static> {
    format!("fn-{}", slugify(label)).into()
}

/// Gives every heading an id (its own `{#id}` or a slug of its text), unique in the page.
fn assign_heading_ids(events: &mut [Event]) -> Vec<Heading> {
    let mut headings = Vec::new();
    let mut used = std::collections::HashSet::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { level, id, .. }) = &events[i] {
            let level = *level as u8;
            let explicit = id.as_ref().map(|s| s.to_string());
            let mut text = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j], Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j] {
                    text.push_str(t);
                }
                j += 1;
            }
            let base = explicit.unwrap_or_else(|| slugify(&text));
            let base = if base.is_empty() {
                "section".to_string()
            } else {
                base
            };
            let mut unique = base.clone();
            let mut n = 1;
            while !used.insert(unique.clone()) {
                unique = format!("{base}-{n}");
                n += 1;
            }
            if let Event::Start(Tag::Heading { id, .. }) = &mut events[i] {
                *id = Some(unique.clone().into());
            }
            headings.push(Heading {
                level,
                id: unique,
                text,
            });
            i = j;
        }
        i += 1;
    }
    headings
}

/// Checks a link or image URL: `@/` links are resolved, other URLs must use an allowed scheme.
fn check_url(
    url: &str,
    is_image: bool,
    resolve: &dyn Fn(&str) -> Option<String>,
) -> Result<String, String> {
    if let Some(target) = url.strip_prefix("@/") {
        let (path, fragment) = match target.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (target, None),
        };
        return match resolve(path) {
            Some(resolved) => Ok(match fragment {
                Some(f) => format!("{resolved}#{f}"),
                None => resolved,
            }),
            None => Err(format!(
                "link to `@/{path}`, but there is no such page in this locale"
            )),
        };
    }
    let scheme = url
        .find([':', '/', '?', '#'])
        .filter(|&i| url.as_bytes()[i] == b':')
        .map(|i| url[..i].to_ascii_lowercase());
    match (scheme.as_deref(), is_image) {
        (None, _) if url.starts_with("//") => Err(format!(
            "`{url}` points to another site without a scheme; write https:// in full"
        )),
        (None, _) => Ok(url.to_string()),
        (Some("http" | "https"), true) => Err(format!(
            "image `{url}` would load from another site, which the site never does; put it in public/"
        )),
        (Some("http" | "https" | "mailto" | "tel"), false) => Ok(url.to_string()),
        (Some(other), _) => Err(format!(
            "`{other}:` links are not allowed (only https, http, mailto, tel and @/ page links)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(path: &str) -> Option<String> {
        (path == "indicators/labour.md").then(|| "/fr/indicateurs/travail/".to_string())
    }

    fn html(body: &str) -> (String, Vec<Problem>) {
        let (r, p) = render(body, &resolve);
        (r.html, p)
    }

    #[test]
    fn headings_get_unique_ids_in_any_script() {
        let (r, _) = render(
            "## Pay\n\n## Pay\n\n## العمل\n\n## Custom {#mine}\n",
            &resolve,
        );
        let ids: Vec<_> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["pay", "pay-1", "العمل", "mine"]);
        assert!(r.html.contains(r#"<h2 id="pay-1">"#), "{}", r.html);
    }

    #[test]
    fn at_links_resolve_to_localised_urls_with_fragments() {
        let (h, p) = html("[travail](@/indicators/labour.md#dettes)");
        assert!(
            h.contains(r#"href="/fr/indicateurs/travail/#dettes""#),
            "{h}"
        );
        assert!(p.is_empty());
    }

    #[test]
    fn links_to_missing_pages_are_errors_at_their_offset() {
        let (_, p) = html("Intro\n\nSee [x](@/nope.md).");
        assert_eq!(p.len(), 1);
        assert!(p[0].is_error);
        assert!(p[0].message.contains("@/nope.md"));
        assert_eq!(p[0].offset, 11);
    }

    #[test]
    fn raw_html_is_escaped_not_passed_through() {
        let (h, p) = html("Hi <script>alert(1)</script>\n\n<div onclick=x>y</div>\n");
        assert!(!h.contains("<script"), "{h}");
        assert!(!h.contains("<div"), "{h}");
        assert!(h.contains("&lt;script&gt;"), "{h}");
        assert!(p.iter().all(|p| !p.is_error));
    }

    #[test]
    fn dangerous_schemes_and_remote_images_are_refused() {
        for body in [
            "[x](javascript:alert(1))",
            "[x](JavaScript:alert(1))",
            "[x](data:text/html,hi)",
            "![x](https://tracker.example/p.gif)",
            "[x](//evil.example/)",
        ] {
            let (h, p) = html(body);
            assert!(p.iter().any(|p| p.is_error), "{body}");
            assert!(!h.to_lowercase().contains("javascript:"), "{h}");
            assert!(!h.contains("tracker.example"), "{h}");
        }
        let (h, p) = html("[call](tel:+18339001010) [mail](mailto:a@b.ca) [w](https://x.ca/)");
        assert!(p.is_empty());
        assert!(h.contains("tel:+18339001010"));
    }

    #[test]
    fn footnote_ids_are_prefixed() {
        let (h, _) = html("Text[^1]\n\n[^1]: Note\n");
        assert!(h.contains(r##"href="#fn-1""##), "{h}");
        assert!(h.contains(r#"id="fn-1""#), "{h}");
    }

    #[test]
    fn tables_and_strikethrough_render() {
        let (h, _) = html("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~\n");
        assert!(h.contains("<table>") && h.contains("<del>old</del>"), "{h}");
    }

    #[test]
    fn list_text_holds_only_list_items() {
        let (r, _) = render(
            "Intro words.\n\n- first sign\n- second *sign*\n\nAfter.\n",
            &resolve,
        );
        assert_eq!(r.list_text, "first sign\nsecond sign\n");
    }

    #[test]
    fn plain_text_has_the_words() {
        let (r, _) = render("## Title\n\nSome *bold* words.\n", &resolve);
        assert_eq!(
            r.plain_text.split_whitespace().collect::<Vec<_>>(),
            ["Title", "Some", "bold", "words."]
        );
    }
}
