//! Charts for the pre-rendered pages: the SVG comes from `pathways_core::chart`, which the
//! browser app uses too, so a chart looks the same before and after the app takes over.

use maud::{Markup, PreEscaped};
pub use pathways_core::chart::{LevelBar, WeightBar};

/// Horizontal bars on a 0–4 scale.
pub fn level_bars(name: &str, bars: &[LevelBar<'_>]) -> Markup {
    PreEscaped(pathways_core::chart::level_bars(name, bars))
}

/// Horizontal bars of percentages.
pub fn weight_bars(name: &str, bars: &[WeightBar<'_>]) -> Markup {
    PreEscaped(pathways_core::chart::weight_bars(name, bars))
}

/// The career pathway around a role.
pub fn career_graph(name: &str, feeders: &[&str], this: &str, next: &[&str]) -> Markup {
    PreEscaped(pathways_core::chart::career_graph(
        name, feeders, this, next,
    ))
}
