//! Charts as SVG text, shared by the build-time pages and the browser app so both draw the
//! same way. Every chart has an accessible name and sits next to a table with the same data;
//! colours come from CSS classes (no inline styles), so they follow the light and dark themes.

use std::fmt::Write as _;

/// Escapes text for SVG/HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Shortens a label to fit a chart column.
pub fn fit(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A chart coordinate, to one decimal.
fn n(x: f32) -> String {
    crate::format::decimal(x, 1)
}

/// One cell of a heatmap: the level reached and the level wanted (0 when not wanted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeatCell {
    /// The level reached (0–4).
    pub reached: u8,
    /// The level wanted (0: the row does not ask for the column).
    pub target: u8,
}

/// A heatmap of rows × columns (roles × skills): each cell the level reached against the level
/// wanted, coloured by class (`meets`, `short`, `none`, or `na` where the row does not ask for
/// the column), with the figures written in the cell. Column labels stand at an angle above.
pub fn heatmap(name: &str, rows: &[&str], columns: &[&str], cells: &[Vec<HeatCell>]) -> String {
    const LABEL: f32 = 230.0;
    const CELL: f32 = 30.0;
    const HEAD: f32 = 150.0;
    // Room on the right for the last columns' slanted labels.
    let width = LABEL + CELL * columns.len() as f32 + 130.0;
    let height = HEAD + CELL * rows.len() as f32 + 8.0;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart heatmap" width="{}" height="{}" viewBox="0 0 {} {}" role="img" aria-label="{}">"#,
        n(width),
        n(height),
        n(width),
        n(height),
        escape(name)
    );
    for (j, c) in columns.iter().enumerate() {
        let x = LABEL + CELL * j as f32 + CELL / 2.0;
        let _ = write!(
            s,
            r#"<text class="label" transform="translate({} {}) rotate(-50)">{}</text>"#,
            n(x),
            n(HEAD - 6.0),
            escape(&fit(c, 24))
        );
    }
    for (i, r) in rows.iter().enumerate() {
        let y = HEAD + CELL * i as f32;
        let _ = write!(
            s,
            r#"<text class="label" x="{}" y="{}" text-anchor="end">{}</text>"#,
            n(LABEL - 8.0),
            n(y + CELL / 2.0 + 4.0),
            escape(&fit(r, 30))
        );
        for (j, cell) in cells
            .get(i)
            .into_iter()
            .flatten()
            .enumerate()
            .take(columns.len())
        {
            let x = LABEL + CELL * j as f32;
            let class = match (cell.target, cell.reached) {
                (0, _) => "na",
                (t, r) if r >= t => "meets",
                (_, 0) => "none",
                _ => "short",
            };
            let _ = write!(
                s,
                r#"<rect class="cell {class}" x="{}" y="{}" width="{}" height="{}"></rect>"#,
                n(x + 1.0),
                n(y + 1.0),
                n(CELL - 2.0),
                n(CELL - 2.0)
            );
            if cell.target > 0 {
                let _ = write!(
                    s,
                    r#"<text class="value" x="{}" y="{}" text-anchor="middle">{}/{}</text>"#,
                    n(x + CELL / 2.0),
                    n(y + CELL / 2.0 + 4.0),
                    cell.reached,
                    cell.target
                );
            }
        }
    }
    s.push_str("</svg>");
    s
}

/// One bar of a level chart.
pub struct LevelBar<'a> {
    /// The row label.
    pub label: &'a str,
    /// The level, 0–4.
    pub value: f32,
    /// A second marker on the same row (such as the role's target against a person's level).
    pub marker: Option<f32>,
    /// Draw the bar as secondary (a preferred, not required, skill).
    pub secondary: bool,
}

/// Horizontal bars on a 0–4 scale with gridlines at each level.
pub fn level_bars(name: &str, bars: &[LevelBar<'_>]) -> String {
    const LABEL: f32 = 230.0;
    const WIDTH: f32 = 320.0;
    const ROW: f32 = 26.0;
    let height = bars.len() as f32 * ROW + 34.0;
    let x = |level: f32| LABEL + WIDTH * (level / 4.0);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}">"#,
        n(LABEL + WIDTH + 20.0),
        n(height),
        escape(name)
    );
    for level in 0..=4u8 {
        let lx = n(x(f32::from(level)));
        let _ = write!(
            s,
            r#"<line class="grid" x1="{lx}" x2="{lx}" y1="4" y2="{}"></line><text class="axis" x="{lx}" y="{}" text-anchor="middle">{level}</text>"#,
            n(height - 24.0),
            n(height - 8.0)
        );
    }
    for (i, bar) in bars.iter().enumerate() {
        let y = 8.0 + i as f32 * ROW;
        let _ = write!(
            s,
            r#"<text class="label" x="{}" y="{}" text-anchor="end">{}</text><rect class="{}" x="{}" y="{}" width="{}" height="18" rx="3"></rect>"#,
            n(LABEL - 8.0),
            n(y + 13.0),
            escape(&fit(bar.label, 30)),
            if bar.secondary {
                "bar secondary"
            } else {
                "bar"
            },
            n(LABEL),
            n(y),
            n(WIDTH * bar.value.clamp(0.0, 4.0) / 4.0)
        );
        if let Some(m) = bar.marker {
            let _ = write!(
                s,
                r#"<rect class="marker" x="{}" y="{}" width="4" height="22" rx="1"></rect>"#,
                n(x(m.clamp(0.0, 4.0)) - 2.0),
                n(y - 2.0)
            );
        }
    }
    s.push_str("</svg>");
    s
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

/// Horizontal bars of percentages (exam domain weights), scaled to the largest; a range draws
/// a lighter extension.
pub fn weight_bars(name: &str, bars: &[WeightBar<'_>]) -> String {
    let top = bars.iter().map(|b| b.max).fold(10.0f32, f32::max).ceil();
    bars_to(name, bars, top)
}

/// Horizontal bars of percentages on a 0–100 scale (a share of something done).
pub fn percent_bars(name: &str, bars: &[WeightBar<'_>]) -> String {
    bars_to(name, bars, 100.0)
}

fn bars_to(name: &str, bars: &[WeightBar<'_>], top: f32) -> String {
    const LABEL: f32 = 260.0;
    const WIDTH: f32 = 300.0;
    const ROW: f32 = 26.0;
    let height = bars.len() as f32 * ROW + 12.0;
    let w = |pct: f32| WIDTH * pct / top;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}">"#,
        n(LABEL + WIDTH + 60.0),
        n(height),
        escape(name)
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = 6.0 + i as f32 * ROW;
        let _ = write!(
            s,
            r#"<text class="label" x="{}" y="{}" text-anchor="end">{}</text><rect class="bar" x="{}" y="{}" width="{}" height="18" rx="3"></rect>"#,
            n(LABEL - 8.0),
            n(y + 13.0),
            escape(&fit(bar.label, 34)),
            n(LABEL),
            n(y),
            n(w(bar.min))
        );
        if bar.max > bar.min {
            let _ = write!(
                s,
                r#"<rect class="bar secondary" x="{}" y="{}" width="{}" height="18" rx="3"></rect>"#,
                n(LABEL + w(bar.min)),
                n(y),
                n(w(bar.max - bar.min))
            );
        }
        let value = if bar.max > bar.min {
            format!("{}–{}%", n(bar.min), n(bar.max))
        } else {
            format!("{}%", n(bar.min))
        };
        let _ = write!(
            s,
            r#"<text class="value" x="{}" y="{}">{value}</text>"#,
            n(LABEL + w(bar.max) + 6.0),
            n(y + 13.0)
        );
    }
    s.push_str("</svg>");
    s
}

/// The career pathway around a role: where people come from, the role, where they go.
pub fn career_graph(name: &str, feeders: &[&str], this: &str, next: &[&str]) -> String {
    const COL: f32 = 200.0;
    const GAP: f32 = 70.0;
    const ROW: f32 = 46.0;
    let rows = feeders.len().max(next.len()).max(1) as f32;
    let height = rows * ROW + 10.0;
    let center_y = height / 2.0;
    let y_of =
        |i: usize, count: usize| (height - count as f32 * ROW) / 2.0 + i as f32 * ROW + ROW / 2.0;
    let mid_x = COL + GAP;
    let right_x = 2.0 * (COL + GAP);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart graph" viewBox="0 0 {} {}" role="img" aria-label="{}">"#,
        n(3.0 * COL + 2.0 * GAP),
        n(height),
        escape(name)
    );
    for i in 0..feeders.len() {
        let _ = write!(
            s,
            r#"<line class="edge" x1="{}" y1="{}" x2="{}" y2="{}"></line>"#,
            n(COL),
            n(y_of(i, feeders.len())),
            n(mid_x),
            n(center_y)
        );
    }
    for i in 0..next.len() {
        let _ = write!(
            s,
            r#"<line class="edge" x1="{}" y1="{}" x2="{}" y2="{}"></line>"#,
            n(mid_x + COL),
            n(center_y),
            n(right_x),
            n(y_of(i, next.len()))
        );
    }
    let mut node = |x: f32, cy: f32, title: &str, current: bool| {
        let cls = if current { " current" } else { "" };
        let _ = write!(
            s,
            r#"<rect class="node{cls}" x="{}" y="{}" width="{}" height="34" rx="6"></rect><text class="node-label{cls}" x="{}" y="{}" text-anchor="middle">{}</text>"#,
            n(x),
            n(cy - 17.0),
            n(COL),
            n(x + COL / 2.0),
            n(cy + 5.0),
            escape(&fit(title, 26))
        );
    };
    for (i, title) in feeders.iter().enumerate() {
        node(0.0, y_of(i, feeders.len()), title, false);
    }
    node(mid_x, center_y, this, true);
    for (i, title) in next.iter().enumerate() {
        node(right_x, y_of(i, next.len()), title, false);
    }
    s.push_str("</svg>");
    s
}

/// One bar of a timeline.
pub struct Span<'a> {
    /// The row label.
    pub label: &'a str,
    /// Days from the timeline's start to the bar's start.
    pub from: i64,
    /// Days from the timeline's start to the bar's end (equal to `from` for a milestone).
    pub to: i64,
    /// `program`, `exam`, `experience` or `milestone`: the CSS class of the bar.
    pub class: &'a str,
}

/// A timeline (Gantt chart) of spans over `days` days, with a tick at each year mark.
pub fn timeline(name: &str, spans: &[Span<'_>], days: i64, year_ticks: &[(i64, String)]) -> String {
    const LABEL: f32 = 230.0;
    const WIDTH: f32 = 330.0;
    const ROW: f32 = 26.0;
    let days = days.max(1) as f32;
    let height = spans.len() as f32 * ROW + 34.0;
    let x = |d: i64| LABEL + WIDTH * (d as f32 / days).clamp(0.0, 1.0);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart timeline" viewBox="0 0 {} {}" role="img" aria-label="{}">"#,
        n(LABEL + WIDTH + 20.0),
        n(height),
        escape(name)
    );
    for (at, label) in year_ticks {
        let tx = n(x(*at));
        let _ = write!(
            s,
            r#"<line class="grid" x1="{tx}" x2="{tx}" y1="4" y2="{}"></line><text class="axis" x="{tx}" y="{}" text-anchor="middle">{}</text>"#,
            n(height - 24.0),
            n(height - 8.0),
            escape(label)
        );
    }
    for (i, span) in spans.iter().enumerate() {
        let y = 8.0 + i as f32 * ROW;
        let _ = write!(
            s,
            r#"<text class="label" x="{}" y="{}" text-anchor="end">{}</text>"#,
            n(LABEL - 8.0),
            n(y + 13.0),
            escape(&fit(span.label, 30))
        );
        if span.to > span.from {
            let _ = write!(
                s,
                r#"<rect class="bar {}" x="{}" y="{}" width="{}" height="18" rx="3"></rect>"#,
                escape(span.class),
                n(x(span.from)),
                n(y),
                n((x(span.to) - x(span.from)).max(2.0))
            );
        } else {
            let cx = x(span.from);
            let _ = write!(
                s,
                r#"<path class="milestone {}" d="M{} {} l7 9 l-7 9 l-7 -9 z"></path>"#,
                escape(span.class),
                n(cx),
                n(y)
            );
        }
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_are_named_escaped_and_free_of_inline_styles() {
        let bars = [LevelBar {
            label: "Log analysis & alert triage in the EHR system",
            value: 3.0,
            marker: Some(2.0),
            secondary: false,
        }];
        let svg = level_bars("Target levels <role>", &bars);
        assert!(svg.contains(r#"role="img" aria-label="Target levels &lt;role&gt;""#));
        assert!(
            svg.contains(">Log analysis &amp; alert triage i…<"),
            "{svg}"
        );
        assert!(svg.contains(r#"class="marker""#));
        assert!(!svg.contains("style="));
        let w = weight_bars(
            "Domains",
            &[WeightBar {
                label: "Ethics",
                min: 23.0,
                max: 27.0,
            }],
        );
        assert!(w.contains("23–27%"));
        let g = career_graph(
            "Pathway",
            &["Help desk"],
            "SOC analyst",
            &["Incident responder", "Threat hunter"],
        );
        assert_eq!(g.matches(r#"class="edge""#).count(), 3);
        assert!(g.contains("node current"));
        let t = timeline(
            "Plan",
            &[
                Span {
                    label: "Course",
                    from: 0,
                    to: 56,
                    class: "program",
                },
                Span {
                    label: "Exam",
                    from: 56,
                    to: 56,
                    class: "exam",
                },
            ],
            112,
            &[(0, "2027".into())],
        );
        assert!(
            t.contains(r#"<rect class="bar program" x="230" y="8" width="165""#),
            "{t}"
        );
        assert!(t.contains(r#"class="milestone exam" d="M395 34"#), "{t}");
    }

    #[test]
    fn a_heatmap_classes_each_cell_and_escapes_labels() {
        let cells = vec![
            vec![
                HeatCell {
                    reached: 2,
                    target: 2,
                },
                HeatCell {
                    reached: 1,
                    target: 3,
                },
                HeatCell {
                    reached: 0,
                    target: 0,
                },
            ],
            vec![
                HeatCell {
                    reached: 0,
                    target: 2,
                },
                HeatCell {
                    reached: 4,
                    target: 3,
                },
                HeatCell {
                    reached: 1,
                    target: 1,
                },
            ],
        ];
        let svg = heatmap(
            "Roles <x>",
            &["SOC & IR", "GRC"],
            &["Logs", "Networks", "Policy"],
            &cells,
        );
        assert!(svg.contains(r#"aria-label="Roles &lt;x&gt;""#));
        assert!(svg.contains("SOC &amp; IR"));
        assert_eq!(svg.matches(r#"class="cell meets""#).count(), 3);
        assert_eq!(svg.matches(r#"class="cell short""#).count(), 1);
        assert_eq!(svg.matches(r#"class="cell none""#).count(), 1);
        assert_eq!(svg.matches(r#"class="cell na""#).count(), 1);
        assert!(svg.contains(">1/3<"));
    }
}
