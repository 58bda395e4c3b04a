//! The parts of the page outside `<main>`: the pre-rendered header and navigation, the document
//! title, and focus management after a client-side navigation.
//!
//! The header is static HTML written by the build (so it works before and without
//! WebAssembly); this module only keeps `aria-current` on the current section.
//!
//! The page the browser first loaded is never re-created: its pre-rendered DOM stays where it
//! is (no repaint, no layout shift, and the largest paint is the static one), and is removed
//! only when the app shows another page.

use pathways_core::site::{BasePath, Section};
use wasm_bindgen::JsCast;

/// What the build pre-rendered into `<main>` for the page the browser first loaded.
#[derive(Clone, Debug, Default)]
pub struct Prerendered {
    /// The route key of the first page (`roles/soc-analyst`), or `None` when the page was not
    /// pre-rendered (an empty `<main>`).
    pub key: Option<String>,
    /// The deploy's base path, from `<meta name="hcp-base">`.
    pub base: BasePath,
}

impl Prerendered {
    /// Reads which page the build pre-rendered into `<main>` and marks its content so the app
    /// can keep it in place (or remove it when it shows another page).
    pub fn take(main: &web_sys::HtmlElement) -> Prerendered {
        let document = main.owner_document();
        let base = document
            .as_ref()
            .and_then(|d| d.query_selector("meta[name=hcp-base]").ok().flatten())
            .and_then(|m| m.get_attribute("content"))
            .map(|c| BasePath::new(&c))
            .unwrap_or_default();
        let prerendered = main.query_selector(":scope > .page").ok().flatten();
        if let Some(page) = &prerendered {
            let _ = page.set_attribute("data-prerendered", "");
        }
        // `404.html` is served for any unknown path: its content belongs to whatever path the
        // browser asked for.
        let key = main.get_attribute("data-key").map(|key| {
            if key == "*" {
                let path = web_sys::window()
                    .and_then(|w| w.location().pathname().ok())
                    .unwrap_or_default();
                base.key_of(&path).unwrap_or_default()
            } else {
                key
            }
        });
        let key = if prerendered.is_some() { key } else { None };
        Prerendered { key, base }
    }
}

/// Removes the first page's pre-rendered content, when the app shows another page.
pub fn remove_prerendered() {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector("#main > [data-prerendered]")
            .ok()
            .flatten()
    }) {
        el.remove();
    }
}

/// Marks the navigation link of the current section with `aria-current="page"`.
pub fn mark_current_section(base: &BasePath, pathname: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let current = base
        .key_of(pathname)
        .and_then(|key| Section::of_path(&key))
        .map(|s| base.page(s.slug()));
    if let Ok(links) = document.query_selector_all("#site-nav a") {
        for i in 0..links.length() {
            let Some(link) = links
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let is_current = current.is_some() && link.get_attribute("href") == current;
            if is_current {
                let _ = link.set_attribute("aria-current", "page");
                // On a narrow screen the navigation scrolls sideways: bring the current section
                // into view (sideways only; the page itself does not move).
                if let (Some(nav), Some(a)) = (
                    document.get_element_by_id("site-nav"),
                    link.dyn_ref::<web_sys::HtmlElement>(),
                ) {
                    let left = a.offset_left() - (nav.client_width() - a.offset_width()) / 2;
                    nav.set_scroll_left(left.max(0));
                }
            } else {
                let _ = link.remove_attribute("aria-current");
            }
        }
    }
}

/// Sets the document title and meta description of the page now shown.
pub fn set_document_meta(title: &str, description: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    document.set_title(title);
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", description);
    }
}

/// After a client-side navigation, moves keyboard and screen-reader focus to the new page's
/// main heading, as a full page load would start reading from the top.
pub fn focus_main_heading() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let target = document
        .query_selector("#main h1")
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id("main"));
    if let Some(el) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
}
