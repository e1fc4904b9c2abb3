//! Text that must read left to right wherever it stands: phone numbers, URLs and hashtags.
//!
//! In a right-to-left paragraph the Unicode bidi algorithm turns digits into "Arabic
//! numbers" (rule W2), and a hyphen or a space does not join those, so `1-833-900-1010`
//! is laid out as `1010-900-833-1`: someone dialling from the screen calls the wrong number.
//! The renderer, not each translator, fixes this once:
//! - pages: [`isolate_phone_numbers`] wraps every phone number in the text of a finished
//!   document in `<span class="tel" dir="ltr">` (an isolate that also never wraps);
//! - drawn images: [`svg_line`] gives each line of a right-to-left image its direction and
//!   isolates phone numbers, URLs and hashtags with Unicode isolate characters (and keeps a
//!   URL's Arabic path segments in order with a mark after each slash), because
//!   resvg lays out every `<text>` as a left-to-right paragraph whatever `direction` says.

use std::ops::Range;

/// LEFT-TO-RIGHT ISOLATE, RIGHT-TO-LEFT ISOLATE and POP DIRECTIONAL ISOLATE.
pub const LRI: char = '\u{2066}';
pub const RLI: char = '\u{2067}';
pub const PDI: char = '\u{2069}';

/// Characters that may stand between two groups of digits of a phone number.
fn is_separator(c: char) -> bool {
    matches!(c, '-' | '.' | ' ' | '\u{a0}' | '\u{2011}' | '\u{202f}')
}

/// The byte ranges of the phone numbers in `text`: 7 to 15 digits (E.164 allows no more) in
/// at least two groups joined by single hyphens, dots or spaces, optionally after `+` or in
/// `(…)`. Groups joined by spaces count only after a short first group (`1 833 900 1010`,
/// `+1 833…`, `416 555 0199`), so that two numbers in a sentence are not taken for one.
pub fn phone_numbers(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    // Byte by byte: every character a number starts with is ASCII, and the bytes of other
    // characters never are, so `i` is a character boundary wherever a number starts.
    while i < bytes.len() {
        let starts_number = match bytes[i] {
            b'+' | b'(' => bytes.get(i + 1).is_some_and(u8::is_ascii_digit),
            b => b.is_ascii_digit(),
        };
        if !starts_number {
            i += 1;
            continue;
        }
        let after_word = text[..i].chars().next_back().is_some_and(|c| {
            c.is_alphanumeric() || c == '+' || c == '(' || c == '/' || c == '#' || c == '_'
        });
        match phone_at(text, i).filter(|_| !after_word) {
            Some(end) => {
                found.push(i..end);
                i = end;
            }
            None => {
                // Not a phone number: skip this whole run of digits and what joins them.
                i += 1;
                while i < bytes.len() && matches!(bytes[i], b'0'..=b'9' | b'-' | b'.' | b'(' | b')')
                {
                    i += 1;
                }
            }
        }
    }
    found
}

/// The end of the phone number starting at `start`, if one does.
fn phone_at(text: &str, start: usize) -> Option<usize> {
    let mut groups: Vec<usize> = Vec::new(); // digits per group
    let mut in_group = false;
    let mut spaced = false;
    let mut open_paren = false;
    let mut end = start;
    // The longest number read so far that stands on its own: what is kept when reading on
    // runs into something else, as in `1-877-336-2433 (1-877-FEM-AIDE)`.
    let mut last_whole: Option<usize> = None;
    // Letters after the digits, in a number written in words.
    let mut letters = 0;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let next_is_digit = chars
            .peek()
            .is_some_and(|&(_, n)| n.is_ascii_digit() || n == '(');
        match c {
            '0'..='9' if letters == 0 => {
                match groups.last_mut() {
                    Some(n) if in_group => *n += 1,
                    _ => groups.push(1),
                }
                in_group = true;
                end = start + offset + 1;
                let digits: usize = groups.iter().sum();
                let next = chars.peek().map(|&(_, n)| n);
                if !open_paren
                    && groups.len() >= 2
                    && (7..=15).contains(&digits)
                    && !spaced
                    && next.is_some_and(char::is_whitespace)
                {
                    last_whole = Some(end);
                }
            }
            '+' if offset == 0 => {}
            '(' if !open_paren && !in_group => open_paren = true,
            ')' if open_paren && in_group => {
                open_paren = false;
                in_group = false;
                end = start + offset + 1;
                // `(416) 555…`: one space may follow the closing parenthesis.
                if matches!(chars.peek(), Some((_, ' ' | '\u{a0}'))) {
                    chars.next();
                }
            }
            // The letters of a number written in words: `1-855-554-HEAL`, `1-877-FEM-AIDE`.
            '-' if in_group
                && letters == 0
                && groups.iter().sum::<usize>() >= 4
                && chars.peek().is_some_and(|&(_, n)| n.is_uppercase()) =>
            {
                while let Some(&(o, n)) = chars.peek() {
                    let joins = n == '-'
                        && text[start + o + 1..]
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase);
                    if !(n.is_uppercase() || joins) {
                        break;
                    }
                    letters += usize::from(n != '-');
                    end = start + o + n.len_utf8();
                    chars.next();
                }
            }
            c if is_separator(c) && in_group && next_is_digit && letters == 0 => {
                in_group = false;
                spaced |= !matches!(c, '-' | '.' | '\u{2011}');
            }
            _ => break,
        }
    }
    let digits: usize = groups.iter().sum::<usize>() + letters;
    let short_first = groups.first().is_some_and(|&n| n <= 3) || text[start..].starts_with('+');
    let ends_word = text[end..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '_');
    let is_phone = groups.len() >= 2
        && (7..=15).contains(&digits)
        && (!spaced || short_first)
        && !ends_word
        && !open_paren;
    if is_phone {
        Some(end)
    } else {
        last_whole
    }
}

/// `html` (a finished document) with every phone number in its text wrapped in
/// `<span class="tel" dir="ltr">…</span>`: read left to right in any page, never broken
/// across lines. Markup, attribute values and the text of `<title>`, `<script>`, `<style>`
/// and `<textarea>` are left as they are.
pub fn isolate_phone_numbers(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while !rest.is_empty() {
        match rest.find('<') {
            Some(0) => {
                let tag_end = tag_end(rest);
                let tag = &rest[..tag_end];
                out.push_str(tag);
                rest = &rest[tag_end..];
                if let Some(raw) = raw_text_element(tag) {
                    let close = find_ascii_case_insensitive(rest, &format!("</{raw}"))
                        .unwrap_or(rest.len());
                    out.push_str(&rest[..close]);
                    rest = &rest[close..];
                }
            }
            Some(text_end) => {
                push_isolated(&mut out, &rest[..text_end]);
                rest = &rest[text_end..];
            }
            None => {
                push_isolated(&mut out, rest);
                rest = "";
            }
        }
    }
    out
}

/// The length of the tag (or comment or doctype) at the start of `html`, quotes respected.
fn tag_end(html: &str) -> usize {
    if html.starts_with("<!--") {
        return html.find("-->").map_or(html.len(), |i| i + 3);
    }
    let mut quote = None;
    for (i, b) in html.bytes().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), b) if b == q => quote = None,
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    html.len()
}

/// The name of an element whose content is not markup we may add to, if `tag` opens one.
fn raw_text_element(tag: &str) -> Option<&'static str> {
    let rest = &tag.as_bytes()[1..];
    let len = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let name = &rest[..len];
    ["title", "script", "style", "textarea"]
        .into_iter()
        .find(|raw| raw.as_bytes().eq_ignore_ascii_case(name))
}

fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

fn push_isolated(out: &mut String, text: &str) {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        out.push_str(text);
        return;
    }
    let mut at = 0;
    for range in phone_numbers(text) {
        out.push_str(&text[at..range.start]);
        out.push_str(r#"<span class="tel" dir="ltr">"#);
        out.push_str(&text[range.clone()]);
        out.push_str("</span>");
        at = range.end;
    }
    out.push_str(&text[at..]);
}

/// The byte ranges of `text` that read left to right inside right-to-left text of an
/// image: phone numbers, URLs (with any Arabic path segments in them) and hashtags.
fn ltr_runs(text: &str) -> Vec<Range<usize>> {
    let mut runs = phone_numbers(text);
    let mut at = 0;
    for word in text.split(char::is_whitespace) {
        let start = at;
        at += word.len()
            + text[start + word.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        let word = word.trim_end_matches(['.', ',', '،', '؛', ':', ';', '!', '?', '؟']);
        let is_url = word.contains("://") || word.starts_with("www.");
        let is_hashtag = word.starts_with('#') && word.len() > 1;
        if (is_url || is_hashtag)
            && !runs
                .iter()
                .any(|r| r.start < start + word.len() && start < r.end)
        {
            runs.push(start..start + word.len());
        }
    }
    runs.sort_by_key(|r| r.start);
    runs
}

/// One line of text for an SVG `<text>` element. Right-to-left lines are wrapped in a
/// right-to-left isolate, and their phone numbers, URLs and hashtags in left-to-right ones,
/// so the line reads right to left in any SVG renderer, resvg included. Left-to-right lines
/// are returned unchanged.
pub fn svg_line(text: &str, rtl: bool) -> String {
    if !rtl {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 16);
    out.push(RLI);
    let mut at = 0;
    for range in ltr_runs(text) {
        out.push_str(&text[at..range.start]);
        out.push(LRI);
        // Inside a URL, a slash between two Arabic segments would join them into one
        // right-to-left run and swap them; a left-to-right mark after it keeps their order.
        out.push_str(&text[range.clone()].replace('/', "/\u{200e}"));
        out.push(PDI);
        at = range.end;
    }
    out.push_str(&text[at..]);
    out.push(PDI);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phones(text: &str) -> Vec<&str> {
        phone_numbers(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn finds_phone_numbers_in_their_usual_forms() {
        assert_eq!(
            phones("اتصل بالرقم 1-833-900-1010. المكالمة مجانية."),
            ["1-833-900-1010"]
        );
        assert_eq!(phones("Call +1 833 900 1010 now"), ["+1 833 900 1010"]);
        assert_eq!(
            phones("(416) 555-0199 or 416.555.0199"),
            ["(416) 555-0199", "416.555.0199"]
        );
        assert_eq!(phones("tel 1 833 900 1010"), ["1 833 900 1010"]);
        assert_eq!(phones("\u{2068}1-833-900-1010\u{2069}"), ["1-833-900-1010"]);
        // A number followed by its letters form in brackets: both digit runs are numbers
        // (the page check in end2end reads `1-877-336` the same way), nothing is swallowed.
        assert_eq!(
            phones("اتصلي بالرقم 1-877-336-2433 (1-877-FEM-AIDE). المكالمة مجانية."),
            ["1-877-336-2433", "(1-877-FEM-AIDE)"]
        );
        assert_eq!(
            phones("Call 1-855-554-4325 (1-855-554-HEAL)."),
            ["1-855-554-4325", "(1-855-554-HEAL)"]
        );
        assert_eq!(
            phones("1-800-222-TIPS (1-800-222-8477)"),
            ["1-800-222-TIPS", "(1-800-222-8477)"]
        );
        assert_eq!(phones("au 1-833-REBÂTIR."), ["1-833-REBÂTIR"]);
    }

    #[test]
    fn leaves_other_numbers_alone() {
        assert!(phones("Call 911. Open 24/7, since 2019.").is_empty());
        assert!(phones("In 2019 2311 calls were made").is_empty());
        assert!(phones("10 000 people, 2019–2024").is_empty());
        assert!(phones("a1-833-900-1010 and x/1-833-900-1010").is_empty());
        assert!(phones("1-833-900-1010x").is_empty());
        assert!(phones("12-34").is_empty());
    }

    #[test]
    fn wraps_phone_numbers_in_text_but_not_in_markup() {
        let html = r#"<!DOCTYPE html><html><head><title>1-833-900-1010</title><meta content="1-833-900-1010"></head><body><p>اتصل بالرقم <a href="tel:+18339001010">1-833-900-1010</a>.</p><script>var a="1-833-900-1010"</script><!-- 1-833-900-1010 --></body></html>"#;
        let out = isolate_phone_numbers(html);
        assert_eq!(
            out.matches(r#"<span class="tel" dir="ltr">"#).count(),
            1,
            "{out}"
        );
        assert!(out.contains(r#"<a href="tel:+18339001010"><span class="tel" dir="ltr">1-833-900-1010</span></a>"#), "{out}");
        assert!(out.contains("<title>1-833-900-1010</title>"), "{out}");
        assert!(out.contains(r#"var a="1-833-900-1010""#), "{out}");
        assert_eq!(isolate_phone_numbers("<p>a > b</p>"), "<p>a > b</p>");
    }

    #[test]
    fn rtl_image_lines_isolate_numbers_urls_and_hashtags() {
        let line = "اتصل بالرقم 1-833-900-1010.";
        assert_eq!(
            svg_line(line, true),
            "\u{2067}اتصل بالرقم \u{2066}1-833-900-1010\u{2069}.\u{2069}"
        );
        let url = "https://hotline.example.ca/ar/حملات/يوم/ #HumanTrafficking";
        assert_eq!(
            svg_line(url, true),
            "\u{2067}\u{2066}https:/\u{200e}/\u{200e}hotline.example.ca/\u{200e}ar/\u{200e}حملات/\u{200e}يوم/\u{200e}\u{2069} \u{2066}#HumanTrafficking\u{2069}\u{2069}"
        );
        assert_eq!(svg_line(line, false), line);
    }
}
