//! Plain-language check: a readability score per English and French page.
//!
//! English uses the Flesch–Kincaid grade level; French uses Kandel and Moles' adaptation of
//! Flesch's reading ease, mapped onto the same school grades. Both count syllables by vowel
//! groups, which is rough per word but steady over a page, and good enough to flag a page
//! that reads well above the target.

/// A page's readability as a school grade (lower is easier).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub grade: f64,
    pub words: usize,
    pub sentences: usize,
}

/// Scores `text` in `locale`; `None` for languages without a formula here, or too little text.
pub fn score(text: &str, locale: &str) -> Option<Score> {
    let lang = locale.split('-').next().unwrap_or(locale);
    if lang != "en" && lang != "fr" {
        return None;
    }
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words.len() < 30 {
        return None;
    }
    // Sentences end at . ! ? and at line ends (list items and headings are sentences too).
    let sentences = text
        .split(['.', '!', '?', '\n', ':', ';'])
        .filter(|s| s.chars().any(char::is_alphabetic))
        .count()
        .max(1);
    let syllables: usize = words.iter().map(|w| syllables(w, lang)).sum();
    let wps = words.len() as f64 / sentences as f64;
    let spw = syllables as f64 / words.len() as f64;
    let grade = if lang == "en" {
        0.39 * wps + 11.8 * spw - 15.59
    } else {
        // Kandel–Moles reading ease (0–100, higher is easier), mapped like Flesch's scale:
        // 90 ≈ grade 5, 60 ≈ grade 8–9, 30 ≈ university.
        let ease = 207.0 - 1.015 * wps - 73.6 * spw;
        (100.0 - ease) / 10.0 + 4.0
    };
    Some(Score {
        grade: (grade * 10.0).round() / 10.0,
        words: words.len(),
        sentences,
    })
}

/// Vowel groups, less a silent final `e` (English and French alike), at least one.
fn syllables(word: &str, lang: &str) -> usize {
    let lower = word.to_lowercase();
    let is_vowel = |c: char| "aeiouyàâäéèêëîïôöùûüœæ".contains(c);
    let mut count = 0;
    let mut previous = false;
    for c in lower.chars() {
        let v = is_vowel(c);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    let silent_e =
        lower.ends_with('e') && !lower.ends_with("le") || (lang == "fr" && lower.ends_with("es"));
    if silent_e && count > 1 {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: &str = "Call the hotline. It is free. It is open all day and all night. \
        You do not have to give your name. We will listen to you. We can help you find a safe \
        place to stay. You can call from any phone. Someone will answer. Help is here for you.";
    const DENSE: &str = "Comprehensive identification of exploitative employment circumstances \
        necessitates multidimensional consideration of organisational, psychological and \
        jurisdictional characteristics, particularly regarding immigration-related vulnerability, \
        contractual irregularities and systematic deprivation of documentation.";

    #[test]
    fn plain_english_scores_lower_than_dense_english() {
        let plain = score(PLAIN, "en").unwrap();
        let dense = score(&DENSE.repeat(2), "en").unwrap();
        assert!(plain.grade < 5.0, "{plain:?}");
        assert!(dense.grade > 14.0, "{dense:?}");
    }

    #[test]
    fn french_has_its_own_formula() {
        let plain = "Appelez la ligne. C'est gratuit. C'est ouvert jour et nuit. Vous n'avez pas \
            à dire votre nom. On vous écoute. On peut vous aider à trouver un endroit sûr. \
            Vous pouvez appeler de tout téléphone. Quelqu'un va répondre.";
        let s = score(plain, "fr").unwrap();
        assert!(s.grade < 8.0, "{s:?}");
    }

    #[test]
    fn other_languages_and_tiny_texts_are_not_scored() {
        assert!(score(PLAIN, "ar").is_none());
        assert!(score("Too short.", "en").is_none());
    }

    #[test]
    fn syllables_by_vowel_groups() {
        assert_eq!(syllables("hotline", "en"), 2);
        assert_eq!(syllables("trafficking", "en"), 3);
        assert_eq!(syllables("a", "en"), 1);
    }
}
