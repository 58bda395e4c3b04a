//! `pathways-app`: the Health Cyber Pathways browser app (Leptos 0.8, client-side rendered).
//!
//! Every page of the site is pre-rendered to static HTML at build time by `pathways-content`;
//! this app takes over the `<main>` element once the WebAssembly has loaded, routes on the client
//! and adds what needs a browser: filters, the assessment, the planner, search and storage.
//! Domain rules live in `pathways-core`, never here.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

mod data;
pub mod pages;
pub mod routes;
pub mod shell;

pub use routes::App;

/// Mounts the app into the page's `<main id="main">`, adopting the pre-rendered content.
///
/// Called from `main.rs`. If the page has no `<main id="main">` (not one of ours), it does nothing.
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(main) = document
        .get_element_by_id("main")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let initial = shell::Prerendered::take(&main);
    shell::enhance_header(&document);
    leptos::mount::mount_to(main, move || view! { <App initial /> }).forget();
}
