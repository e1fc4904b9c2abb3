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

/// Whether `slug` may be used as a URL segment as written: non-empty, lowercase letters or
/// digits of any script, single hyphens between them.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty() && slugify(slug) == slug
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
    fn valid_slugs() {
        assert!(is_valid_slug("travail-force"));
        assert!(!is_valid_slug("Travail"));
        assert!(!is_valid_slug("a--b"));
        assert!(!is_valid_slug("a/b"));
        assert!(!is_valid_slug("../etc"));
        assert!(!is_valid_slug(""));
    }
}
