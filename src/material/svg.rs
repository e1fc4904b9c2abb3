//! Drawing helpers shared by posters and social cards: escaping and line wrapping.

/// Escapes text for SVG character data and attribute values.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The character data of an SVG drawn by this module: what ends up as glyphs. Entities
/// are left as they are (they are all ASCII).
pub fn drawn_text(svg: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in svg.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

/// `parts` on one line, separated by a middle dot, or by a bar where the family that will
/// draw the line has no dot (resvg cannot borrow it from another font mid-line in every script).
pub fn one_line(parts: &[&str]) -> String {
    let line = parts.join(" · ");
    if super::raster::family_draws(&super::raster::family_for(&line), '·') {
        line
    } else {
        parts.join(" | ")
    }
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

/// Centred lines of text starting at `y`, `size` pixels high, `gap` between baselines, each
/// in the installed family that draws most of it.
pub fn centred_lines(lines: &[String], x: u32, y: u32, size: u32, gap: u32, style: &str) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            format!(
                r#"<text x="{x}" y="{}" font-size="{size}" text-anchor="middle" font-family="'{}', sans-serif" {style}>{}</text>"#,
                y + i as u32 * gap,
                escape(&super::raster::family_for(l)),
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

    #[test]
    fn drawn_text_is_character_data_only() {
        let svg = r#"<svg width="10"><text x="1" font-family="sans-serif">Call 1-833</text><rect/><text>人口</text></svg>"#;
        assert_eq!(drawn_text(svg), "Call 1-833人口");
    }
}
