//! Bar charts as inline SVG for the coordinators' dashboard: drawn on the server, no script,
//! no image requests. A chart is hidden from assistive technology (`aria-hidden`): the table
//! beside it holds the same numbers and is what screen readers read.

use chorus_core::release::Released;

/// Height of one bar's row, in SVG units.
const ROW: u32 = 32;
/// Where bars start, after their labels.
const LABEL_WIDTH: u32 = 180;
/// The longest bar.
const BAR_WIDTH: u32 = 220;

/// One bar per row: its label, and its count as released. A count not shown as a number
/// (`<5`, `[c]`, `[x]`) gets no bar, only its marker, so no chart says more than the table.
pub fn bars(rows: &[(String, Released)]) -> String {
    let max = rows
        .iter()
        .filter_map(|(_, c)| match c {
            Released::Count(n) => Some(*n),
            _ => None,
        })
        .max()
        .unwrap_or(0)
        .max(1);
    let height = ROW * rows.len().max(1) as u32;
    let width = LABEL_WIDTH + BAR_WIDTH + 60;
    let mut svg = format!(
        r#"<svg class="chart" aria-hidden="true" focusable="false" viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet">"#
    );
    for (i, (label, count)) in rows.iter().enumerate() {
        let y = ROW * i as u32;
        let text_y = y + ROW / 2 + 5;
        svg.push_str(&format!(
            r##"<text x="0" y="{text_y}" font-size="14" fill="#0b0c0c">{}</text>"##,
            escape(&shorten(label, 24))
        ));
        let (bar, shown) = match count {
            Released::Count(n) => ((*n * u64::from(BAR_WIDTH)) / max, n.to_string()),
            other => (0, other.to_string()),
        };
        if bar > 0 {
            svg.push_str(&format!(
                r##"<rect x="{LABEL_WIDTH}" y="{}" width="{bar}" height="{}" fill="#1d70b8"/>"##,
                y + 6,
                ROW - 12
            ));
        }
        svg.push_str(&format!(
            r##"<text x="{}" y="{text_y}" font-size="14" fill="#0b0c0c">{}</text>"##,
            u64::from(LABEL_WIDTH) + bar + 6,
            escape(&shown)
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// At most `max` characters, with "…" when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Text made safe inside SVG markup.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chorus_core::release::Policy;

    #[test]
    fn bars_follow_counts_and_hidden_counts_get_no_bar() {
        let svg = bars(&[
            ("Very well".into(), Released::Count(20)),
            ("Quite well".into(), Released::Count(10)),
            ("Not at all".into(), Released::Small(Policy::default())),
            ("<script> & co".into(), Released::Hidden),
        ]);
        assert!(svg.starts_with(r#"<svg class="chart" aria-hidden="true""#));
        assert_eq!(svg.matches("<rect").count(), 2, "{svg}");
        assert!(svg.contains(r#"width="220""#), "the largest is full length");
        assert!(
            svg.contains(r#"width="110""#),
            "half the count, half the length"
        );
        assert!(svg.contains("&lt;5"));
        assert!(svg.contains("&lt;script&gt; &amp; co"));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("[c]"));
    }

    #[test]
    fn long_labels_are_cut() {
        assert_eq!(shorten("short", 24), "short");
        assert_eq!(
            shorten("Community mental health team and more", 24),
            "Community mental health…"
        );
    }
}
