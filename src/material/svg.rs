//! Drawing helpers shared by posters and social cards: escaping and line wrapping.

/// Escapes text for SVG character data and attribute values.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Splits `text` into lines of at most about `width` characters, at spaces where it has
/// them (scripts written without spaces are cut by characters).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word = word.to_string();
        while word.chars().count() > width {
            let head: String = word.chars().take(width).collect();
            word = word.chars().skip(width).collect();
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(head);
        }
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Centred lines of text starting at `y`, `size` pixels high, `gap` between baselines.
pub fn centred_lines(lines: &[String], x: u32, y: u32, size: u32, gap: u32, style: &str) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            format!(
                r#"<text x="{x}" y="{}" font-size="{size}" text-anchor="middle" {style}>{}</text>"#,
                y + i as u32 * gap,
                escape(l)
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_cuts_long_runs() {
        assert_eq!(
            wrap("know the signs of trafficking", 10),
            ["know the", "signs of", "traffickin", "g"]
        );
        assert_eq!(wrap("人口贩运的迹象", 3), ["人口贩", "运的迹", "象"]);
        assert_eq!(escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
