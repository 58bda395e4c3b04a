//! Small pieces shared by the pre-rendered pages: breadcrumbs, fact lists, sources, numbers.

use maud::{Markup, html};
use pathways_core::site::{BasePath, Route, Section};

/// `5` for 5.0, `0.5` for 0.5 (two decimals: [`pathways_core::format::num`]).
pub fn num(n: f32) -> String {
    pathways_core::format::num(n)
}

pub use pathways_core::format::usd;

/// `1 year`, `2 years`, `0.5 years` (two decimals).
pub fn years(n: f32) -> String {
    pathways_core::format::years(n, 2)
}

/// A duration in weeks in words: `1 day`, `3 weeks`, `about 4 months`, `2 years`.
pub fn weeks(n: f32) -> String {
    pathways_core::format::weeks(n)
}

/// A breadcrumb trail: the section, then the page.
pub fn breadcrumb(base: &BasePath, section: Section, label: &str, here: &str) -> Markup {
    html! {
        nav.breadcrumb aria-label="Breadcrumb" {
            ol {
                li { a href=(base.route(Route::Section(section))) { (label) } }
                li aria-current="page" { (here) }
            }
        }
    }
}

/// The sources and verified date of a page's facts, with the facts marked unverified.
pub fn sources(sources: &[String], verified: Option<String>, unverified: &[String]) -> Markup {
    html! {
        section.sources aria-labelledby="sources" {
            h2 #sources { "Sources" }
            @if !sources.is_empty() {
                ul {
                    @for url in sources { li { a href=(url) rel="external noopener" { (url) } } }
                }
            }
            @if let Some(date) = verified {
                p.muted { "Facts verified against these sources on " time datetime=(date) { (date) } "." }
            }
            @if !unverified.is_empty() {
                p.muted {
                    "Not confirmed with the issuer (from secondary sources; check before you rely on them): "
                    (unverified.join(", ")) "."
                }
            }
        }
    }
}

/// A list of links to items, or a note that there are none.
pub fn link_list(items: &[(String, String)], empty: &str) -> Markup {
    html! {
        @if items.is_empty() {
            p.muted { (empty) }
        } @else {
            ul.link-list {
                @for (href, label) in items { li { a href=(href) { (label) } } }
            }
        }
    }
}

/// A small label such as a stage or a level.
pub fn chip(text: &str) -> Markup {
    html! { span.chip { (text) } }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_naturally() {
        assert_eq!(num(5.0), "5");
        assert_eq!(num(0.5), "0.5");
        assert_eq!(usd(1190.0), "$1,190");
        assert_eq!(usd(749.0), "$749");
        assert_eq!(usd(1_234_567.0), "$1,234,567");
        assert_eq!(years(1.0), "1 year");
        assert_eq!(years(2.5), "2.5 years");
        assert_eq!(weeks(0.2), "1 day");
        assert_eq!(weeks(0.6), "3 days");
        assert_eq!(weeks(16.0), "about 4 months");
        assert_eq!(weeks(208.0), "about 4 years");
    }
}
