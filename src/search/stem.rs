//! Stemming with a memory: tantivy's stemmer runs the Snowball algorithm on every word of
//! every page, and a site's text repeats a few thousand words. Indexing the 10,000-page
//! corpus spent a fifth of its time stemming; remembering each word's stem removes that.

use std::collections::HashMap;

use rust_stemmers::Algorithm;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Words remembered per tokenizer before the memory starts again: bounds it to a few MB.
const MEMO_LIMIT: usize = 50_000;

/// A token filter that replaces each (lowercased) word by its stem.
#[derive(Clone)]
pub struct MemoStemmer {
    algorithm: Algorithm,
}

impl MemoStemmer {
    pub fn new(algorithm: Algorithm) -> MemoStemmer {
        MemoStemmer { algorithm }
    }
}

impl TokenFilter for MemoStemmer {
    type Tokenizer<T: Tokenizer> = MemoStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> MemoStemmerFilter<T> {
        MemoStemmerFilter {
            algorithm: self.algorithm,
            memo: HashMap::new(),
            inner,
        }
    }
}

#[derive(Clone)]
pub struct MemoStemmerFilter<T> {
    algorithm: Algorithm,
    memo: HashMap<String, String>,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for MemoStemmerFilter<T> {
    type TokenStream<'a> = MemoStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        if self.memo.len() > MEMO_LIMIT {
            self.memo.clear();
        }
        MemoStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: rust_stemmers::Stemmer::create(self.algorithm),
            memo: &mut self.memo,
        }
    }
}

pub struct MemoStemmerStream<'a, T> {
    tail: T,
    stemmer: rust_stemmers::Stemmer,
    memo: &'a mut HashMap<String, String>,
}

impl<T: TokenStream> TokenStream for MemoStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(stem) = self.memo.get(&token.text) {
            token.text.clone_from(stem);
        } else {
            let stem = self.stemmer.stem(&token.text).into_owned();
            let word = std::mem::replace(&mut token.text, stem.clone());
            self.memo.insert(word, stem);
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{SimpleTokenizer, TextAnalyzer};

    fn stems(text: &str) -> Vec<String> {
        let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(MemoStemmer::new(Algorithm::English))
            .build();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(token) = stream.next() {
            out.push(token.text.clone());
        }
        out
    }

    #[test]
    fn remembered_stems_match_fresh_ones() {
        // The second "recruiters" comes from the memory, and must equal the first.
        assert_eq!(
            stems("recruiters charging recruiters fees"),
            ["recruit", "charg", "recruit", "fee"]
        );
    }
}
