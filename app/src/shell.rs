//! The parts of the page outside `<main>`: the pre-rendered header and navigation, the document
//! title, and focus management after a client-side navigation.
//!
//! The header is static HTML written by the build (so it works before and without
//! WebAssembly); this module only enhances it: the phone-width menu button, `aria-current` on
//! the current section, and closing the menu after a navigation.

use pathways_core::site::{BasePath, Section};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// What the build pre-rendered into `<main>` for the page the browser first loaded.
#[derive(Clone, Debug, Default)]
pub struct Prerendered {
    /// The route key of the first page (`roles/soc-analyst`), or `None` when the page was not
    /// pre-rendered (an empty `<main>`).
    pub key: Option<String>,
    /// The HTML that was in `<main>`.
    pub html: String,
    /// The deploy's base path, from `<meta name="hcp-base">`.
    pub base: BasePath,
}

impl Prerendered {
    /// Takes the pre-rendered content out of `<main>`, leaving it empty for the app to mount into.
    pub fn take(main: &web_sys::HtmlElement) -> Prerendered {
        let document = main.owner_document();
        let base = document
            .as_ref()
            .and_then(|d| d.query_selector("meta[name=hcp-base]").ok().flatten())
            .and_then(|m| m.get_attribute("content"))
            .map(|c| BasePath::new(&c))
            .unwrap_or_default();
        // The build wraps the page in `<div class="page">`, as the app does: adopt what is inside.
        let html = match main.query_selector(":scope > .page") {
            Ok(Some(page)) => page.inner_html(),
            _ => main.inner_html(),
        };
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
        main.set_inner_html("");
        Prerendered { key, html, base }
    }
}

/// Shows the phone-width menu button and wires it to the navigation.
///
/// Without JavaScript the button stays hidden and the navigation is always shown.
pub fn enhance_header(document: &web_sys::Document) {
    let Some(button) = document.get_element_by_id("menu-toggle") else {
        return;
    };
    let _ = button.remove_attribute("hidden");
    let _ = document
        .document_element()
        .map(|root| root.class_list().add_1("js"));
    let target = button.clone();
    let toggle = Closure::<dyn FnMut()>::new(move || {
        let open = target.get_attribute("aria-expanded").as_deref() == Some("true");
        let _ = target.set_attribute("aria-expanded", if open { "false" } else { "true" });
    });
    let _ = button.add_event_listener_with_callback("click", toggle.as_ref().unchecked_ref());
    toggle.forget();
}

/// Marks the navigation link of the current section with `aria-current="page"` and closes the
/// phone-width menu.
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
            let _ = if is_current {
                link.set_attribute("aria-current", "page")
            } else {
                link.remove_attribute("aria-current")
            };
        }
    }
    if let Some(button) = document.get_element_by_id("menu-toggle") {
        let _ = button.set_attribute("aria-expanded", "false");
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
