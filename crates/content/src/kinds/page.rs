//! Free-standing pages such as About, Why, Privacy and How educators publish
//! (`content/pages/<id>.md`, shown at `/<id>/`).

use pathways_core::date::Date;
use pathways_core::site::Route;
use serde::Deserialize;

use crate::kinds::{Entry, Kind, Searched, weight};
use crate::schema::{Field, Ty};

/// A page's front matter.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// The page's heading and title.
    pub title: String,
    /// One sentence for search engines and link previews.
    pub description: String,
    /// Where the page's facts come from.
    #[serde(default)]
    pub sources: Vec<String>,
    /// When the facts were last checked against their sources.
    pub verified: Option<Date>,
}

impl Kind for Page {
    const HEADING: &'static str = "Pages";
    fn route(id: &str) -> Option<Route<'_>> {
        Some(Route::Page(id))
    }

    fn search(e: &Entry<Self>) -> Option<Searched<'_>> {
        let m = &e.meta;
        Some(Searched {
            title: m.title.clone(),
            kind: "Page",
            summary: &m.description,
            fields: vec![
                (m.title.as_str(), weight::TITLE),
                (m.description.as_str(), weight::SUMMARY),
                (e.plain.as_str(), weight::BODY),
            ],
        })
    }

    const FOLDER: &'static str = "pages";
    const NOUN: &'static str = "page";
    const BODY_REQUIRED: bool = true;
    const BODY_DOC: &'static str = "The page's text in Markdown.";
    const FIELDS: &'static [Field] = &[
        Field::req(
            "title",
            Ty::Str,
            "The page's heading, shown at the top and in the browser tab.",
            "\"About Health Cyber Pathways\"",
        ),
        Field::req(
            "description",
            Ty::Str,
            "One sentence that says what the page offers; search engines and link previews show it.",
            "\"What the portal is, who it is for and how it is made.\"",
        ),
        Field::opt(
            "sources",
            Ty::List(&Ty::Url),
            "Where the page's facts come from: one URL per source.",
            "[\"https://405d.hhs.gov/\"]",
        ),
        Field::opt(
            "verified",
            Ty::Date,
            "When the facts were last checked against their sources.",
            "2026-11-22",
        ),
    ];
}
