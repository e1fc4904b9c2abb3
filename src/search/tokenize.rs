//! How text becomes search terms, per locale: words of any script, overlapping pairs of
//! characters for Chinese and Japanese (which write no spaces), lowercase, stems where the
//! language has a stemmer, and accents folded so `force` finds `forcé`.

use rust_stemmers::Algorithm;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, TextAnalyzer, Token, TokenStream, Tokenizer,
};

use super::stem::MemoStemmer;

/// The analyzer for `locale`; the same one indexes pages and reads queries.
pub fn analyzer(locale: &str) -> TextAnalyzer {
    let base = TextAnalyzer::builder(WordsAndPairs)
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser);
    match stemmer_language(locale) {
        Some(lang) => base
            .filter(MemoStemmer::new(lang))
            .filter(AsciiFoldingFilter)
            .build(),
        None => base.filter(AsciiFoldingFilter).build(),
    }
}

fn stemmer_language(locale: &str) -> Option<Algorithm> {
    match locale.split('-').next().unwrap_or(locale) {
        "en" => Some(Algorithm::English),
        "fr" => Some(Algorithm::French),
        "es" => Some(Algorithm::Spanish),
        "ar" => Some(Algorithm::Arabic),
        "pt" => Some(Algorithm::Portuguese),
        "it" => Some(Algorithm::Italian),
        "de" => Some(Algorithm::German),
        _ => None,
    }
}

/// Characters of scripts written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF   // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xF900..=0xFAFF // compatibility ideographs
        | 0x20000..=0x2FA1F)
}

use crate::content::slug::is_word_char as is_word;

/// Splits words at anything that is not a letter, digit or combining mark; runs of CJK
/// characters become single characters and overlapping pairs.
#[derive(Clone, Default)]
pub struct WordsAndPairs;

pub struct Tokens {
    tokens: Vec<Token>,
    next: usize,
}

impl Tokenizer for WordsAndPairs {
    type TokenStream<'a> = Tokens;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Tokens {
        Tokens {
            tokens: split(text),
            next: 0,
        }
    }
}

impl TokenStream for Tokens {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

fn split(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut push = |from: usize, to: usize| {
        let position = tokens.len();
        tokens.push(Token {
            offset_from: from,
            offset_to: to,
            position,
            text: text[from..to].to_string(),
            position_length: 1,
        });
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i + 1).map_or(text.len(), |(o, _)| *o);
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if is_cjk(c) {
            let mut j = i;
            while j < chars.len() && is_cjk(chars[j].1) {
                j += 1;
            }
            for (k, &(offset, _)) in chars.iter().enumerate().take(j).skip(i) {
                push(offset, end_of(k));
                if k + 1 < j {
                    push(offset, end_of(k + 1));
                }
            }
            i = j;
        } else if is_word(c) {
            let mut j = i;
            while j < chars.len() && is_word(chars[j].1) && !is_cjk(chars[j].1) {
                j += 1;
            }
            push(start, end_of(j - 1));
            i = j;
        } else {
            i += 1;
        }
    }
    tokens
}

/// The terms `text` gives in `locale`, in order, without repeats.
pub fn terms(locale: &str, text: &str) -> Vec<String> {
    let mut analyzer = analyzer(locale);
    let mut stream = analyzer.token_stream(text);
    let mut out: Vec<String> = Vec::new();
    while let Some(token) = stream.next() {
        if !out.contains(&token.text) {
            out.push(token.text.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_stemmed_and_folded() {
        assert_eq!(
            terms("en", "Recruiters charging fees!"),
            ["recruit", "charg", "fee"]
        );
        assert_eq!(terms("fr", "travail forcé"), terms("fr", "travail force"));
    }

    #[test]
    fn chinese_becomes_characters_and_pairs() {
        assert_eq!(terms("zh-Hans", "护照"), ["护", "护照", "照"]);
        assert_eq!(terms("zh-Hans", "工作 pay"), ["工", "工作", "作", "pay"]);
    }

    #[test]
    fn gurmukhi_and_arabic_words_stay_whole() {
        assert_eq!(terms("pa", "ਮਦਦ ਲਵੋ"), ["ਮਦਦ", "ਲਵੋ"]);
        assert_eq!(terms("ar", "جواز السفر").len(), 2);
    }

    #[test]
    fn query_syntax_is_just_text() {
        assert_eq!(
            terms("en", "title:(a OR b) AND -\"c\"* ~2 ^3"),
            ["titl", "a", "or", "b", "and", "c", "2", "3"]
        );
    }
}
