//! Any page the build pre-rendered: home, about, every role, credential, program, practice …
//!
//! On the page the browser first loaded, the pre-rendered DOM is kept as it is (no fetch, no
//! repaint, no jump). After a client-side navigation, the page's `data/pages/<key>.json` is fetched; the old
//! page stays visible (marked busy) until the new one is ready.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_location;
use pathways_core::page::{PageData, page_data_file};

use crate::components::NotFound;
use crate::context::use_site;
use crate::data::{FetchError, fetch_json};
use crate::shell;

#[derive(Clone, Debug, PartialEq)]
enum PageState {
    /// The pre-rendered page is on screen already.
    Adopted,
    Loading,
    Ready(String),
    Missing,
    Failed(String),
}

/// Shows the pre-rendered page for the current URL.
#[component]
pub fn ContentPage() -> impl IntoView {
    let site = use_site();
    let location = use_location();
    let key = Memo::new(move |_| {
        site.base()
            .key_of(&location.pathname.get())
            .unwrap_or_default()
    });
    let adopted_first = site.is_first(&key.get_untracked());
    let state = RwSignal::new(if adopted_first {
        PageState::Adopted
    } else {
        PageState::Loading
    });
    let busy = RwSignal::new(false);

    Effect::new(move |previous: Option<String>| {
        let wanted = key.get();
        if previous.is_none() && adopted_first {
            return wanted;
        }
        busy.set(true);
        let url = site.file(&page_data_file(&wanted));
        let for_key = wanted.clone();
        spawn_local(async move {
            let result = fetch_json::<PageData>(&url).await;
            // The user may have moved on (a newer request fills the page) or left this route
            // (the component and its signals are gone).
            if key.try_get_untracked().as_ref() != Some(&for_key) {
                return;
            }
            busy.try_set(false);
            let next = match result {
                Ok(page) => {
                    shell::set_document_meta(&page.title, &page.description);
                    PageState::Ready(page.html)
                }
                Err(FetchError::NotFound) => PageState::Missing,
                Err(e) => PageState::Failed(e.to_string()),
            };
            let focus = !matches!(next, PageState::Failed(_));
            // The old page stays on screen (marked busy) until the new one is ready.
            site.release_first();
            state.try_set(next);
            if focus {
                request_animation_frame(shell::focus_main_heading);
            }
        });
        wanted
    });

    Effect::new(move |_| {
        let is_busy = busy.get();
        if let Some(main) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
        {
            let _ = main.set_attribute("aria-busy", if is_busy { "true" } else { "false" });
        }
    });

    // List pages get their filters once their content is on screen.
    Effect::new(move |_| {
        if matches!(state.get(), PageState::Adopted | PageState::Ready(_)) {
            request_animation_frame(crate::filters::enhance_all);
        }
    });

    move || {
        match state.get() {
        PageState::Adopted => ().into_any(),
        PageState::Loading => view! {
            <div class="page" aria-live="polite">
                <p class="loading">"Loading…"</p>
            </div>
        }
        .into_any(),
        PageState::Ready(html) => view! { <div class="page" inner_html=html></div> }.into_any(),
        PageState::Missing => view! { <NotFound /> }.into_any(),
        PageState::Failed(error) => view! {
            <div class="page" role="alert">
                <h1>"This page could not be loaded"</h1>
                <p>{format!("The page's data could not be fetched: {error}.")}</p>
                <p>"Check your connection and reload the page. Nothing you entered has been lost."</p>
            </div>
        }
        .into_any(),
    }
    }
}
