//! Slugs: the URL segments of pages and sections, and the ids of headings.

/// Punctuation of other scripts that separates words like a space does.
const WIDE_PUNCTUATION: &str = "،؛؟۔。，、：；！？「」『』（）《》“”‘’«»—–…·।॥";

/// Whether `c` belongs inside a word: letters and digits of any script, and the combining
/// marks that many scripts (Gurmukhi, Devanagari, Arabic) write vowels with.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
            || !(c.is_whitespace() || c.is_control() || WIDE_PUNCTUATION.contains(c))
    }
}

/// Turns any text into an id that keeps letters of every script (Arabic, Chinese, …):
/// lowercase letters and digits stay, every run of anything else becomes one `-`.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if is_word_char(c) {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

/// A URL segment for `text`: [`slugify`], then letters of the Latin script folded to ASCII
/// (`où-hôtels` becomes `ou-hotels`), so French, Spanish and Tagalog URLs stay short when
/// shared and printed instead of turning into percent escapes. Other scripts stay as they are.
pub fn url_slug(text: &str) -> String {
    fold_latin(&slugify(text))
}

/// Whether `slug` may be used as a URL segment as written: what [`url_slug`] makes of it.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty() && url_slug(slug) == slug
}

/// `text` with every accented or ligatured Latin letter replaced by its ASCII letters
/// (tantivy's folding table, the one search uses), and everything else unchanged.
pub fn fold_latin(text: &str) -> String {
    use tantivy::tokenizer::{AsciiFoldingFilter, RawTokenizer, TextAnalyzer};
    thread_local! {
        static FOLD: std::cell::RefCell<TextAnalyzer> = std::cell::RefCell::new(
            TextAnalyzer::builder(RawTokenizer::default()).filter(AsciiFoldingFilter).build(),
        );
    }
    if text.is_ascii() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut buf = [0u8; 4];
    for c in text.chars() {
        if is_latin_letter(c) {
            FOLD.with(|fold| {
                let mut fold = fold.borrow_mut();
                let mut stream = fold.token_stream(c.encode_utf8(&mut buf));
                match stream.next() {
                    Some(token) => out.push_str(&token.text),
                    None => out.push(c),
                }
            });
        } else {
            out.push(c);
        }
    }
    out
}

/// Letters of the Latin script beyond ASCII: Latin-1, Extended-A and -B, Extended Additional.
fn is_latin_letter(c: char) -> bool {
    matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}') && c.is_alphabetic()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugify_lowercases_and_collapses_punctuation() {
        assert_eq!(slugify("Debts & Documents!"), "debts-documents");
        assert_eq!(slugify("  What you can do?  "), "what-you-can-do");
        assert_eq!(slugify("L'hôtellerie"), "l-hôtellerie");
    }

    #[test]
    fn slugify_keeps_other_scripts() {
        assert_eq!(slugify("علامات الاتجار"), "علامات-الاتجار");
        assert_eq!(slugify("人口贩运的迹象"), "人口贩运的迹象");
        assert_eq!(slugify("什么？怎么办"), "什么-怎么办");
        // Gurmukhi vowel signs are combining marks, and stay inside the word.
        assert_eq!(slugify("ਮਦਦ ਲਵੋ"), "ਮਦਦ-ਲਵੋ");
    }

    #[test]
    fn url_slugs_fold_latin_letters_and_keep_other_scripts() {
        assert_eq!(url_slug("Où: hôtels"), "ou-hotels");
        assert_eq!(
            url_slug("Pour personnel d'hôtel et de restaurant"),
            "pour-personnel-d-hotel-et-de-restaurant"
        );
        assert_eq!(url_slug("Campañas"), "campanas");
        assert_eq!(url_slug("Œuvre Straße"), "oeuvre-strasse");
        assert_eq!(url_slug("علامات الاتجار"), "علامات-الاتجار");
        assert_eq!(url_slug("безпека на сайті"), "безпека-на-сайті");
        assert_eq!(url_slug("人口贩运"), "人口贩运");
        assert_eq!(url_slug("ਮਦਦ ਲਵੋ"), "ਮਦਦ-ਲਵੋ");
        // Paths keep their case and punctuation; only letters fold.
        assert_eq!(fold_latin("/zh-Hans/où-écoles/"), "/zh-Hans/ou-ecoles/");
    }

    #[test]
    fn valid_slugs() {
        assert!(!is_valid_slug("soins-de-santé"));
        assert!(is_valid_slug("soins-de-sante"));
        assert!(is_valid_slug("travail-force"));
        assert!(!is_valid_slug("Travail"));
        assert!(!is_valid_slug("a--b"));
        assert!(!is_valid_slug("a/b"));
        assert!(!is_valid_slug("../etc"));
        assert!(!is_valid_slug(""));
    }
}
