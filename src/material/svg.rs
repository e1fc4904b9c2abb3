//! Drawing helpers shared by posters and social cards: escaping, line wrapping and fitting
//! text into a box.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

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
    if super::fonts::family_draws(&super::fonts::family_for(&line), '·') {
        line
    } else {
        parts.join(" | ")
    }
}

/// Splits `text` into lines at most `width` columns wide, at spaces where it has them.
/// Columns are display widths: a Chinese character takes two, so it is cut at half as many
/// characters as a Latin line; scripts written without spaces are cut anywhere.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word = word.to_string();
        while word.width() > width {
            let (head, rest) = split_at_width(&word, width);
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(head.to_string());
            word = rest.to_string();
        }
        if !line.is_empty() && line.width() + 1 + word.width() > width {
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

/// `word` cut after at most `width` columns (at least one character, so wrapping ends).
fn split_at_width(word: &str, width: usize) -> (&str, &str) {
    let mut used = 0;
    for (i, c) in word.char_indices() {
        used += c.width().unwrap_or(0);
        if used > width && i > 0 {
            return word.split_at(i);
        }
    }
    (word, "")
}

/// A paragraph of a [`fitted`] block: its text, font size and line gap at full scale, how
/// many columns a line holds at that size, and its SVG attributes.
pub struct Para<'a> {
    pub text: &'a str,
    pub size: u32,
    pub gap: u32,
    pub columns: usize,
    pub style: &'a str,
}

/// Paragraphs wrapped, centred on `x` and stacked in the box from `top`, at the largest scale (100% down
/// to 50%) whose height fits in `height` pixels: text is made smaller, never cut off.
pub fn fitted(paras: &[Para], x: u32, top: u32, height: u32, max_width: u32) -> String {
    let mut layout = Vec::new();
    for percent in (50..=100).rev().step_by(5) {
        layout = paras.iter().map(|p| Block::scaled(p, percent)).collect();
        if layout.iter().map(Block::height).sum::<u32>() <= height {
            break;
        }
    }
    // Centred in the box; from its top when even the smallest scale overflows.
    let needed: u32 = layout.iter().map(Block::height).sum();
    let mut y = top + height.saturating_sub(needed) / 2;
    let mut out = String::new();
    for block in &layout {
        let (size, gap) = (block.size, block.gap);
        out.push_str(&centred_lines(
            &block.lines,
            x,
            y + size,
            size,
            gap,
            max_width,
            block.style,
        ));
        y += block.height();
    }
    out
}

/// A paragraph wrapped at one scale of a [`fitted`] block.
struct Block<'a> {
    lines: Vec<String>,
    size: u32,
    gap: u32,
    style: &'a str,
}

impl<'a> Block<'a> {
    fn scaled(p: &Para<'a>, percent: u32) -> Block<'a> {
        Block {
            lines: wrap(p.text, p.columns * 100 / percent as usize),
            size: p.size * percent / 100,
            gap: p.gap * percent / 100,
            style: p.style,
        }
    }

    /// Its height, with half a line of space below it.
    fn height(&self) -> u32 {
        (self.lines.len() as u32).saturating_sub(1) * self.gap + self.size * 3 / 2
    }
}

/// The attribute that makes a line right to left. SVG viewers honour it; resvg does not,
/// so such lines also carry Unicode isolates (`bidi::svg_line`).
pub const RTL: &str = r#"direction="rtl""#;

/// Centred lines of text starting at `y`, `size` pixels high, `gap` between baselines, each
/// in the installed family that draws most of it, and made smaller where it would be wider
/// than `max_width` (a long phone line in French, a long site name).
pub fn centred_lines(
    lines: &[String],
    x: u32,
    y: u32,
    size: u32,
    gap: u32,
    max_width: u32,
    style: &str,
) -> String {
    let bold = style.contains("bold");
    let rtl = style.contains(RTL);
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let family = super::fonts::family_for(l);
            let width = super::fonts::text_width(l, &family, size as f32, bold);
            let size = if width > max_width as f32 {
                (size as f32 * max_width as f32 / width).floor() as u32
            } else {
                size
            };
            format!(
                r#"<text x="{x}" y="{}" font-size="{size}" text-anchor="middle" font-family="'{}', sans-serif" {style}>{}</text>"#,
                y + i as u32 * gap,
                escape(&family),
                escape(&crate::bidi::svg_line(l, rtl))
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
        // Chinese characters are two columns wide.
        assert_eq!(wrap("人口贩运的迹象", 6), ["人口贩", "运的迹", "象"]);
        assert_eq!(escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }

    #[test]
    fn fitted_text_shrinks_to_the_box_and_keeps_every_word() {
        let style = "";
        let para = |text| Para {
            text,
            size: 100,
            gap: 110,
            columns: 10,
            style,
        };
        let short = fitted(&[para("one two")], 500, 0, 400, 1000);
        assert!(short.contains(r#"font-size="100""#), "{short}");
        let long_text = "one two three four five six seven eight nine ten eleven twelve";
        let long = fitted(&[para(long_text)], 500, 0, 400, 1000);
        assert!(!long.contains(r#"font-size="100""#), "{long}");
        let lines: Vec<String> = long.split("</text>").map(drawn_text).collect();
        assert_eq!(lines.join(" ").trim(), long_text);
        let last_baseline = long
            .split(" y=\"")
            .skip(1)
            .map(|s| s.split('"').next().unwrap().parse::<u32>().unwrap())
            .max()
            .unwrap();
        assert!(last_baseline <= 400, "{long}");
    }

    #[test]
    fn a_line_wider_than_the_box_is_set_smaller() {
        let line = ["Appelez le 1-833-900-1010".to_string()];
        let roomy = centred_lines(&line, 600, 100, 80, 0, 2000, "font-weight=\"bold\"");
        let tight = centred_lines(&line, 600, 100, 80, 0, 600, "font-weight=\"bold\"");
        assert!(roomy.contains(r#"font-size="80""#), "{roomy}");
        assert!(!tight.contains(r#"font-size="80""#), "{tight}");
    }

    /// The ASCII glyphs of each drawn line, read from left to right on the image, and
    /// whether they all stand left of every Arabic glyph of the line.
    fn drawn_ascii(lines: &[&str], rtl: bool) -> Vec<(String, bool)> {
        let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        let style = format!(r##"fill="#000" {}"##, if rtl { RTL } else { "" });
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="400">{}</svg>"#,
            centred_lines(&lines, 600, 100, 40, 60, 1200, &style)
        );
        let glyph_lines = super::super::raster::glyph_lines(&svg).expect("valid SVG");
        assert_eq!(glyph_lines.len(), lines.len());
        glyph_lines
            .into_iter()
            .map(|mut glyphs| {
                glyphs.sort_by(|a, b| a.1.total_cmp(&b.1));
                let is_arabic = |t: &str| t.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c));
                let rightmost_ascii = glyphs
                    .iter()
                    .filter(|(t, _)| t.trim().is_ascii() && !t.trim().is_empty())
                    .map(|g| g.1)
                    .fold(f32::MIN, f32::max);
                let leftmost_arabic = glyphs
                    .iter()
                    .filter(|(t, _)| is_arabic(t))
                    .map(|g| g.1)
                    .fold(f32::MAX, f32::min);
                let ascii: String = glyphs
                    .iter()
                    .map(|(t, _)| t.as_str())
                    .filter(|t| t.is_ascii())
                    .collect::<String>()
                    .split_whitespace()
                    .collect();
                (ascii, rightmost_ascii < leftmost_arabic)
            })
            .collect()
    }

    #[test]
    fn right_to_left_lines_read_right_to_left_with_numbers_and_urls_left_to_right() {
        let drawn = drawn_ascii(
            &[
                "اتصل بالرقم 1-833-900-1010.",
                "في خطر الآن؟ اتصل بالرقم 911",
                "https://hotline.example.ca/ar/حملات/يوم-التوعية/",
            ],
            true,
        );
        // The number reads as written and, like the full stop after it, stands left of
        // the words before it: the line is read from the right.
        assert_eq!(drawn[0], (".1-833-900-1010".to_string(), true));
        assert_eq!(drawn[1], ("911".to_string(), true));
        // The URL keeps its own order; its Arabic segments stay between their slashes.
        assert_eq!(drawn[2].0, "https://hotline.example.ca/ar//-/");
        // Left-to-right lines are drawn as they always were.
        let ltr = drawn_ascii(&["Call 1-833-900-1010."], false);
        assert_eq!(ltr[0].0, "Call1-833-900-1010.");
    }

    #[test]
    fn drawn_text_is_character_data_only() {
        let svg = r#"<svg width="10"><text x="1" font-family="sans-serif">Call 1-833</text><rect/><text>人口</text></svg>"#;
        assert_eq!(drawn_text(svg), "Call 1-833人口");
    }
}
