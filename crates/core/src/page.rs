//! A pre-rendered page as the browser app fetches it: `data/pages/<key>.json`.
//!
//! The content compiler renders every content page to HTML at build time (Markdown, tables,
//! charts), writes it into the page's own `index.html` for a fast first paint without
//! JavaScript, and writes the same fragment here so the app can show it after a client-side
//! navigation without re-rendering it in WebAssembly.

use serde::{Deserialize, Serialize};

/// A page the app can show as-is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageData {
    /// The document title, already including the site name.
    pub title: String,
    /// The meta description: one sentence that says what the page offers.
    pub description: String,
    /// The sanitised HTML of the page's main content.
    pub html: String,
}

/// The folder under the site root that holds the data the app fetches.
pub const DATA_DIR: &str = "data";

/// The site-relative file of a page's data, for a route key such as `roles/soc-analyst`.
///
/// The home page's key is `""` and its file is `data/pages/index.json`.
pub fn page_data_file(key: &str) -> String {
    let key = key.trim_matches('/');
    let key = if key.is_empty() { "index" } else { key };
    format!("{DATA_DIR}/pages/{key}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_data_files_mirror_route_keys() {
        assert_eq!(page_data_file(""), "data/pages/index.json");
        assert_eq!(page_data_file("/about/"), "data/pages/about.json");
        assert_eq!(
            page_data_file("roles/soc-analyst"),
            "data/pages/roles/soc-analyst.json"
        );
    }

    #[test]
    fn page_data_round_trips_through_json() {
        let page = PageData {
            title: "About · Health Cyber Pathways".into(),
            description: "What the portal is.".into(),
            html: "<h1>About</h1>".into(),
        };
        let json = serde_json::to_string(&page).expect("serialises");
        let back: PageData = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, page);
    }
}
