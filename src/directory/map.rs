//! The outline of the provinces and territories, read from `content/directory/map/canada.txt`
//! (simplified from an openly licensed map by `scripts/simplify-map.py`), drawn inline as SVG.
//!
//! Format, one item per line: `viewBox x y w h`, `credit <text>`, `source <url>`, then
//! `<CODE> <label x> <label y> <path data>` for each province and territory.

/// One province or territory's outline.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub code: &'static str,
    pub label_at: (f32, f32),
    /// SVG path data, only `M`, `L`, `Z`, numbers and spaces (checked on load).
    pub path: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Map {
    pub view_box: String,
    /// The attribution the outline's licence asks for.
    pub credit: String,
    pub source: String,
    pub shapes: Vec<Shape>,
}

impl Map {
    /// Parses the map file, or gives `(line, message)` for the first problem.
    pub fn parse(text: &str) -> Result<Map, (usize, String)> {
        let mut view_box = None;
        let mut credit = None;
        let mut source = None;
        let mut shapes: Vec<Shape> = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (head, rest) = line.split_once(' ').unwrap_or((line, ""));
            match head {
                "viewBox" => {
                    let numbers: Vec<f32> = rest
                        .split_whitespace()
                        .filter_map(|n| n.parse().ok())
                        .collect();
                    if numbers.len() != 4 {
                        return Err((line_no, "`viewBox` needs four numbers".into()));
                    }
                    view_box = Some(rest.trim().to_string());
                }
                "credit" => credit = Some(rest.trim().to_string()),
                "source" => source = Some(rest.trim().to_string()),
                code => {
                    let Some(code) = super::REGIONS.iter().find(|r| **r == code) else {
                        return Err((
                            line_no,
                            format!("`{code}` is not a province or territory code"),
                        ));
                    };
                    let mut parts = rest.splitn(3, ' ');
                    let x = parts.next().and_then(|n| n.parse().ok());
                    let y = parts.next().and_then(|n| n.parse().ok());
                    let path = parts.next().unwrap_or("").trim();
                    let (Some(x), Some(y)) = (x, y) else {
                        return Err((
                            line_no,
                            format!("{code}: expected a label point `x y` before the path"),
                        ));
                    };
                    if path.is_empty()
                        || !path.chars().all(|c| {
                            matches!(c, 'M' | 'L' | 'Z' | 'm' | 'l' | 'z' | ' ' | ',' | '.' | '-')
                                || c.is_ascii_digit()
                        })
                    {
                        return Err((
                            line_no,
                            format!("{code}: the path may hold only M, L, Z and numbers"),
                        ));
                    }
                    if shapes.iter().any(|s| s.code == *code) {
                        return Err((line_no, format!("{code} is drawn twice")));
                    }
                    shapes.push(Shape {
                        code,
                        label_at: (x, y),
                        path: path.to_string(),
                    });
                }
            }
        }
        let missing: Vec<&str> = super::REGIONS
            .iter()
            .filter(|r| !shapes.iter().any(|s| s.code == **r))
            .copied()
            .collect();
        if !missing.is_empty() {
            return Err((
                1,
                format!("the map has no outline for {}", missing.join(", ")),
            ));
        }
        match (view_box, credit) {
            (Some(view_box), Some(credit)) if !credit.is_empty() => Ok(Map {
                view_box,
                credit,
                source: source.unwrap_or_default(),
                shapes,
            }),
            (None, _) => Err((1, "the map needs a `viewBox` line".into())),
            _ => Err((
                1,
                "the map needs a `credit` line: its licence asks for attribution".into(),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(extra: &str) -> String {
        let mut text = String::from("viewBox 0 0 100 100\ncredit Map by someone, CC BY 4.0\n");
        for code in super::super::REGIONS {
            text.push_str(&format!("{code} 5 5 M0 0L10 0L10 10Z\n"));
        }
        text + extra
    }

    #[test]
    fn a_complete_map_parses_and_a_broken_one_names_its_line() {
        let map = Map::parse(&file("")).unwrap();
        assert_eq!(map.shapes.len(), 13);
        let (line, message) = Map::parse(&file("QC 1 1 M0 0\"/><script>")).unwrap_err();
        assert_eq!(line, 16);
        assert!(message.contains("only M, L, Z"), "{message}");
        let (_, message) = Map::parse("viewBox 0 0 1 1\ncredit x\nON 1 1 M0 0Z\n").unwrap_err();
        assert!(message.contains("no outline for BC"), "{message}");
        let (_, message) =
            Map::parse(&file("").replace("credit Map by someone, CC BY 4.0\n", "")).unwrap_err();
        assert!(message.contains("credit"), "{message}");
    }
}
