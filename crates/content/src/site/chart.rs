//! Charts as inline SVG, drawn at build time. Every chart has an accessible name that says what
//! it shows and sits next to a table or list with the same data; colours come from CSS classes
//! (no inline styles), so they follow the light and dark themes.

use maud::{Markup, html};

/// Shortens a label to fit a chart column.
fn fit(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// One bar of a level chart.
pub struct LevelBar<'a> {
    /// The row label.
    pub label: &'a str,
    /// The level, 0–4.
    pub value: f32,
    /// A second marker on the same row (such as a person's level against a target).
    pub marker: Option<f32>,
    /// Draw the bar as secondary (a preferred, not required, skill).
    pub secondary: bool,
}

/// Horizontal bars on a 0–4 scale with gridlines at each level.
pub fn level_bars(name: &str, bars: &[LevelBar<'_>]) -> Markup {
    const LABEL: f32 = 230.0;
    const WIDTH: f32 = 320.0;
    const ROW: f32 = 26.0;
    let height = bars.len() as f32 * ROW + 34.0;
    let x = |level: f32| LABEL + WIDTH * (level / 4.0);
    html! {
        svg.chart viewBox=(format!("0 0 {} {height}", LABEL + WIDTH + 20.0)) role="img" aria-label=(name) {
            @for level in 0..=4u8 {
                line.grid x1=(x(f32::from(level))) x2=(x(f32::from(level))) y1="4" y2=(height - 24.0) {}
                text.axis x=(x(f32::from(level))) y=(height - 8.0) text-anchor="middle" { (level) }
            }
            @for (i, bar) in bars.iter().enumerate() {
                @let y = 8.0 + i as f32 * ROW;
                text.label x=(LABEL - 8.0) y=(y + 13.0) text-anchor="end" { (fit(bar.label, 30)) }
                rect class=(if bar.secondary { "bar secondary" } else { "bar" }) x=(LABEL) y=(y) width=(WIDTH * bar.value.clamp(0.0, 4.0) / 4.0) height="18" rx="3" {}
                @if let Some(m) = bar.marker {
                    rect.marker x=(x(m.clamp(0.0, 4.0)) - 2.0) y=(y - 2.0) width="4" height="22" rx="1" {}
                }
            }
        }
    }
}

/// One row of a weight chart: a label and a share in percent, or a range.
pub struct WeightBar<'a> {
    /// The row label.
    pub label: &'a str,
    /// The lowest share, in percent.
    pub min: f32,
    /// The highest share, in percent (equal to `min` for a single figure).
    pub max: f32,
}

/// Horizontal bars of percentages (exam domain weights); a range draws a lighter extension.
pub fn weight_bars(name: &str, bars: &[WeightBar<'_>]) -> Markup {
    const LABEL: f32 = 260.0;
    const WIDTH: f32 = 300.0;
    const ROW: f32 = 26.0;
    let top = bars.iter().map(|b| b.max).fold(10.0f32, f32::max).ceil();
    let height = bars.len() as f32 * ROW + 12.0;
    let w = |pct: f32| WIDTH * pct / top;
    html! {
        svg.chart viewBox=(format!("0 0 {} {height}", LABEL + WIDTH + 60.0)) role="img" aria-label=(name) {
            @for (i, bar) in bars.iter().enumerate() {
                @let y = 6.0 + i as f32 * ROW;
                text.label x=(LABEL - 8.0) y=(y + 13.0) text-anchor="end" { (fit(bar.label, 34)) }
                rect.bar x=(LABEL) y=(y) width=(w(bar.min)) height="18" rx="3" {}
                @if bar.max > bar.min {
                    rect.bar.secondary x=(LABEL + w(bar.min)) y=(y) width=(w(bar.max - bar.min)) height="18" rx="3" {}
                }
                text.value x=(LABEL + w(bar.max) + 6.0) y=(y + 13.0) {
                    @if bar.max > bar.min { (format!("{}–{}%", bar.min, bar.max)) } @else { (format!("{}%", bar.min)) }
                }
            }
        }
    }
}

/// The career pathway around a role: where people come from, the role, where they go.
pub fn career_graph(name: &str, feeders: &[&str], this: &str, next: &[&str]) -> Markup {
    const COL: f32 = 200.0;
    const GAP: f32 = 70.0;
    const ROW: f32 = 46.0;
    let rows = feeders.len().max(next.len()).max(1) as f32;
    let height = rows * ROW + 10.0;
    let center_y = height / 2.0;
    let y_of = |i: usize, n: usize| {
        let block = n as f32 * ROW;
        (height - block) / 2.0 + i as f32 * ROW + ROW / 2.0
    };
    let mid_x = COL + GAP;
    let right_x = 2.0 * (COL + GAP);
    html! {
        svg.chart.graph viewBox=(format!("0 0 {} {height}", 3.0 * COL + 2.0 * GAP)) role="img" aria-label=(name) {
            @for (i, _) in feeders.iter().enumerate() {
                line.edge x1=(COL) y1=(y_of(i, feeders.len())) x2=(mid_x) y2=(center_y) {}
            }
            @for (i, _) in next.iter().enumerate() {
                line.edge x1=(mid_x + COL) y1=(center_y) x2=(right_x) y2=(y_of(i, next.len())) {}
            }
            @for (i, title) in feeders.iter().enumerate() {
                (node(0.0, y_of(i, feeders.len()), COL, title, false))
            }
            (node(mid_x, center_y, COL, this, true))
            @for (i, title) in next.iter().enumerate() {
                (node(right_x, y_of(i, next.len()), COL, title, false))
            }
        }
    }
}

fn node(x: f32, cy: f32, width: f32, title: &str, current: bool) -> Markup {
    html! {
        rect class=(if current { "node current" } else { "node" }) x=(x) y=(cy - 17.0) width=(width) height="34" rx="6" {}
        text class=(if current { "node-label current" } else { "node-label" }) x=(x + width / 2.0) y=(cy + 5.0) text-anchor="middle" { (fit(title, 26)) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_have_names_and_no_inline_styles() {
        let bars = [LevelBar {
            label: "Log analysis and alert triage in the EHR",
            value: 3.0,
            marker: Some(2.0),
            secondary: false,
        }];
        let svg = level_bars("Target levels", &bars).into_string();
        assert!(svg.contains("role=\"img\" aria-label=\"Target levels\""));
        assert!(svg.contains(">Log analysis and alert triage…<"));
        assert!(!svg.contains("style="));
        let w = weight_bars(
            "Domains",
            &[WeightBar {
                label: "Ethics",
                min: 23.0,
                max: 27.0,
            }],
        )
        .into_string();
        assert!(w.contains("23–27%"));
        let g = career_graph(
            "Pathway",
            &["Help desk"],
            "SOC analyst",
            &["Incident responder", "Threat hunter"],
        )
        .into_string();
        assert_eq!(g.matches("class=\"edge\"").count(), 3);
        assert!(g.contains("node current"));
    }
}
