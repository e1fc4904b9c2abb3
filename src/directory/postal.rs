//! A Canadian postal code to the province or territory it belongs to.
//!
//! Only the first letter decides, and never more than the first three characters (the
//! forward sortation area) are read: the rest of a code could point to a street. `X` is shared
//! by the Northwest Territories and Nunavut, so it gives both.

/// What a postal code box answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PostalArea {
    /// The first letter, upper case.
    pub letter: char,
    /// The provinces or territories that letter covers (two for `X`).
    pub regions: &'static [&'static str],
}

/// Why a postal code could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostalError {
    /// Nothing but spaces.
    Empty,
    /// The first character is not a letter Canadian codes start with (D, F, I, O, Q, U, W, Z
    /// and digits never do).
    NotCanadian,
    /// The first three characters are not letter, digit, letter.
    Malformed,
}

impl PostalError {
    /// The Fluent message that explains it.
    pub fn message(self) -> &'static str {
        match self {
            PostalError::Empty => "dir-postal-empty",
            PostalError::NotCanadian => "dir-postal-not-canadian",
            PostalError::Malformed => "dir-postal-malformed",
        }
    }
}

/// The province or territory of each first letter.
const LETTERS: [(char, &[&str]); 18] = [
    ('A', &["NL"]),
    ('B', &["NS"]),
    ('C', &["PE"]),
    ('E', &["NB"]),
    ('G', &["QC"]),
    ('H', &["QC"]),
    ('J', &["QC"]),
    ('K', &["ON"]),
    ('L', &["ON"]),
    ('M', &["ON"]),
    ('N', &["ON"]),
    ('P', &["ON"]),
    ('R', &["MB"]),
    ('S', &["SK"]),
    ('T', &["AB"]),
    ('V', &["BC"]),
    ('X', &["NT", "NU"]),
    ('Y', &["YT"]),
];

/// Reads at most the first three characters of `input` (spaces ignored, any case).
pub fn area_of(input: &str) -> Result<PostalArea, PostalError> {
    let first_three: Vec<char> = input
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(3)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let Some(&letter) = first_three.first() else {
        return Err(PostalError::Empty);
    };
    let regions = LETTERS
        .iter()
        .find(|(l, _)| *l == letter)
        .map(|(_, r)| *r)
        .ok_or(PostalError::NotCanadian)?;
    let shape_ok = first_three.iter().enumerate().all(|(i, c)| {
        if i == 1 {
            c.is_ascii_digit()
        } else {
            c.is_ascii_uppercase()
        }
    });
    if !shape_ok {
        return Err(PostalError::Malformed);
    }
    Ok(PostalArea { letter, regions })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_province_and_territory_has_its_letters() {
        for (code, region) in [
            ("A1C 5M2", "NL"),
            ("B3H 1A1", "NS"),
            ("C1A 4P3", "PE"),
            ("E1C 4M3", "NB"),
            ("H2X 1Y4", "QC"),
            ("K1A 0B1", "ON"),
            ("R3C 4T3", "MB"),
            ("S4P 3Y2", "SK"),
            ("T5J 2R7", "AB"),
            ("V6B 4Y8", "BC"),
            ("Y1A 2C6", "YT"),
        ] {
            assert_eq!(area_of(code).unwrap().regions, &[region], "{code}");
        }
        assert_eq!(area_of("X1A 2L9").unwrap().regions, &["NT", "NU"]);
        assert_eq!(area_of("X0A 0H0").unwrap().regions, &["NT", "NU"]);
    }

    #[test]
    fn case_spaces_and_length_do_not_matter() {
        assert_eq!(area_of("m5v3l9").unwrap().letter, 'M');
        assert_eq!(area_of("  m 5 v ").unwrap().regions, &["ON"]);
        assert_eq!(area_of("k").unwrap().regions, &["ON"]);
        assert_eq!(area_of("K1").unwrap().regions, &["ON"]);
        // Only three characters are read: what follows is never looked at.
        assert_eq!(area_of("K1A !!!! anything").unwrap().regions, &["ON"]);
    }

    #[test]
    fn garbage_gets_a_reason_not_a_guess() {
        assert_eq!(area_of(""), Err(PostalError::Empty));
        assert_eq!(area_of("   "), Err(PostalError::Empty));
        for code in ["D1A", "W9Z", "Z", "12345", "90210", "<script>", "ü", "ک"] {
            assert_eq!(area_of(code), Err(PostalError::NotCanadian), "{code}");
        }
        for code in ["KKK", "K1-", "M5 5", "Ka"] {
            assert_eq!(area_of(code), Err(PostalError::Malformed), "{code}");
        }
    }
}
