//! `pathways-app`: the Health Cyber Pathways browser app (Leptos 0.8, client-side rendered).
//!
//! Every page of the site is pre-rendered to static HTML at build time by `pathways-content`;
//! this app takes over the `<main>` element once the WebAssembly has loaded, routes on the client
//! and adds what needs a browser: filters, the assessment, the planner, search and storage.
//! Domain rules live in `pathways-core`, never here.

#![cfg_attr(
    not(test),
    deny(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used)
)]

use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub mod browser;
pub mod components;
pub mod context;
mod data;
pub mod filters;
pub mod pages;
pub mod routes;
pub mod shell;
pub mod storage;

pub use routes::{App, Tools};

/// Mounts the app of one bundle into `<main id="main">`: the content pages plus `tools`.
///
/// Each binary passes its own [`Tools`] constant, so each links only its own tool.
pub fn start(tools: Tools) {
    if let Some((main, initial)) = take_main() {
        leptos::mount::mount_to(main, move || view! { <App initial tools /> }).forget();
    }
}

/// Finds `<main id="main">`, takes its pre-rendered content and wires the header. Returns
/// `None` on a page that is not one of ours.
fn take_main() -> Option<(web_sys::HtmlElement, shell::Prerendered)> {
    console_error_panic_hook::set_once();
    let document = web_sys::window()?.document()?;
    let main = document
        .get_element_by_id("main")?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    let initial = shell::Prerendered::take(&main);
    // Tells styles and tests that the app has started.
    let _ = document.document_element()?.class_list().add_1("js");
    Some((main, initial))
}
