//! The flow diagram beside a toolkit's "on shift" steps: numbered boxes joined by arrows,
//! as inline SVG. The ordered list next to it is what assistive technology reads; the
//! drawing is `aria-hidden`. Colours come from the stylesheet (classes, no `style`
//! attributes, which the CSP forbids), so forced-colours mode can repaint it. Right-to-left
//! pages get the mirror image: numbers on the right; the label's own direction is inherited
//! from the page.

use crate::material::{fonts, svg::escape};

pub const WIDTH: u32 = 300;
const BOX_HEIGHT: u32 = 48;
const STEP: u32 = 68;
const LABEL_MAX_WIDTH: f32 = 220.0;
const LABEL_SIZE: f32 = 16.0;

/// The diagram of `labels`, in order.
pub fn diagram(labels: &[String], rtl: bool) -> String {
    let n = labels.len() as u32;
    let height = (n * STEP).saturating_sub(STEP - BOX_HEIGHT);
    // Box and number circle, mirrored in right-to-left pages.
    let (box_x, circle_x) = if rtl { (4, 280) } else { (40, 20) };
    let centre = box_x + 128;
    let mut out = format!(
        r#"<svg class="flow-diagram" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" aria-hidden="true">"#
    );
    for (i, label) in labels.iter().enumerate() {
        let y = i as u32 * STEP;
        let size = label_size(label);
        out.push_str(&format!(
            r#"<rect class="flow-box" x="{box_x}" y="{y}" width="256" height="{BOX_HEIGHT}" rx="6"/><circle class="flow-num" cx="{circle_x}" cy="{}" r="16"/><text class="flow-num-text" x="{circle_x}" y="{}" text-anchor="middle" font-size="16" font-weight="bold">{}</text><text class="flow-label" x="{centre}" y="{}" text-anchor="middle" font-size="{size:.1}" font-weight="bold">{}</text>"#,
            y + 24,
            y + 30,
            i + 1,
            y + 24 + (size * 0.35) as u32,
            escape(label.trim()),
        ));
        if i + 1 < labels.len() {
            let (top, tip) = (y + BOX_HEIGHT + 4, y + STEP - 3);
            out.push_str(&format!(
                r#"<path class="flow-arrow" d="M{} {top}h4v{}h6l-8 9l-8-9h6z"/>"#,
                centre - 2,
                tip - top - 9,
            ));
        }
    }
    out.push_str("</svg>");
    out
}

/// The font size at which `label` fits its box (estimated with the server's fonts; the
/// browser's own may differ a little, hence the margin inside the box).
fn label_size(label: &str) -> f32 {
    let width = fonts::text_width(label.trim(), &fonts::family_for(label), LABEL_SIZE, true);
    if width <= LABEL_MAX_WIDTH {
        LABEL_SIZE
    } else {
        (LABEL_SIZE * LABEL_MAX_WIDTH / width).max(10.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Vec<String> {
        ["Notice", "Do not confront", "Call <the> hotline"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn one_box_and_number_per_step_and_an_arrow_between_each() {
        let svg = diagram(&labels(), false);
        assert_eq!(svg.matches("<rect").count(), 3);
        assert_eq!(svg.matches("class=\"flow-arrow\"").count(), 2);
        assert!(svg.contains(">3</text>"));
        assert!(
            svg.contains("Call &lt;the&gt; hotline"),
            "labels are escaped"
        );
        assert!(svg.contains("height=\"184\""), "{svg}");
        assert!(
            !svg.contains("style"),
            "no style attribute or element: {svg}"
        );
    }

    #[test]
    fn right_to_left_puts_the_numbers_on_the_right() {
        let ltr = diagram(&labels(), false);
        let rtl = diagram(&labels(), true);
        assert!(ltr.contains(r#"<circle class="flow-num" cx="20""#));
        assert!(rtl.contains(r#"<circle class="flow-num" cx="280""#));
    }

    #[test]
    fn a_long_label_is_set_smaller() {
        assert_eq!(label_size("Call"), LABEL_SIZE);
        assert!(label_size("Write down the date, time and place") < LABEL_SIZE);
    }
}
