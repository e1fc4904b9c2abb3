//! Problems found in content, locales or config, reported as `path:line:column: message`.
//!
//! Loading never stops at the first problem: every stage pushes what it finds into a
//! [`Diagnostics`] list, and the caller decides whether errors abort (startup, reload, `check`).

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem, located in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: PathBuf,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based, in characters; 0 when unknown.
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {kind}: {}",
            self.path.display(),
            self.line.max(1),
            self.column.max(1),
            self.message
        )
    }
}

/// The problems collected while loading a site.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn error(&mut self, path: &Path, pos: Position, message: impl Into<String>) {
        self.push(Severity::Error, path, pos, message.into());
    }

    pub fn warning(&mut self, path: &Path, pos: Position, message: impl Into<String>) {
        self.push(Severity::Warning, path, pos, message.into());
    }

    fn push(&mut self, severity: Severity, path: &Path, pos: Position, message: String) {
        self.items.push(Diagnostic {
            severity,
            path: path.to_path_buf(),
            line: pos.line,
            column: pos.column,
            message,
        });
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    /// Sorted by file, then position, so output is stable between runs.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items
            .sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
        self.items
    }
}

/// Where a problem sits in a TOML table: one of its fields, or a field of the `index`-th
/// entry of one of its arrays of tables (an empty `field` means the entry's header line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At {
    pub array: Option<(&'static str, usize)>,
    pub field: &'static str,
}

impl At {
    pub fn field(field: &'static str) -> At {
        At { array: None, field }
    }

    pub fn entry(array: &'static str, index: usize, field: &'static str) -> At {
        At {
            array: Some((array, index)),
            field,
        }
    }

    /// The position of this place in `text`, whose TOML starts at byte `from`: arrays of
    /// tables are found by their headers `[[<prefix><array>]]`, fields by `field =`.
    pub fn position(self, text: &str, from: usize, prefix: &str) -> Position {
        let start = match self.array {
            Some((array, index)) => text
                .match_indices(&format!("[[{prefix}{array}]]"))
                .filter(|(o, _)| *o >= from)
                .nth(index)
                .map_or(from, |(o, _)| o),
            None => from,
        };
        if self.field.is_empty() {
            Position::at_offset(text, start)
        } else {
            Position::of_key(text, start, self.field)
        }
    }
}

/// A 1-based line and column inside a file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const FILE: Position = Position { line: 0, column: 0 };

    pub fn new(line: usize, column: usize) -> Self {
        Position { line, column }
    }

    /// The position of the first `key = …` line at or after byte `from` in a TOML `text`
    /// (to point a validation error at the field it concerns), else of `from` itself.
    pub fn of_key(text: &str, from: usize, key: &str) -> Self {
        let mut offset = from;
        for line in text[from..].split_inclusive('\n') {
            let trimmed = line.trim_start();
            if let Some(rest) = trimmed.strip_prefix(key) {
                if rest.trim_start().starts_with('=') {
                    return Position::at_offset(text, offset + (line.len() - trimmed.len()));
                }
            }
            offset += line.len();
        }
        Position::at_offset(text, from)
    }

    /// The position of byte `offset` in `text` (clamped to the text's end).
    pub fn at_offset(text: &str, offset: usize) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = text[line_start..offset].chars().count() + 1;
        Position { line, column }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "ab\ncdé\nf";
        assert_eq!(Position::at_offset(text, 0), Position::new(1, 1));
        assert_eq!(Position::at_offset(text, 3), Position::new(2, 1));
        // After the two-byte 'é' the column counts characters, not bytes.
        assert_eq!(Position::at_offset(text, 7), Position::new(2, 4));
        assert_eq!(Position::at_offset(text, 999), Position::new(3, 2));
    }

    #[test]
    fn display_is_path_line_column_message() {
        let mut d = Diagnostics::default();
        d.error(Path::new("content/en/a.md"), Position::new(3, 7), "bad");
        assert_eq!(d.items[0].to_string(), "content/en/a.md:3:7: error: bad");
        assert!(d.has_errors());
    }
}
