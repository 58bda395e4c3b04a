//! Any page the build pre-rendered: home, about, every role, credential, program, practice …
//!
//! On the page the browser first loaded, the pre-rendered DOM is kept as it is (no fetch, no
//! repaint, no jump). After a client-side navigation, the page's `data/pages/<key>.json` is
//! fetched (a resource keyed on the URL, so the newest request wins); the old page stays
//! visible (marked busy) until the new one is ready.

use leptos::prelude::*;
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
    // The page's data, derived from the URL: the newest request wins, and the first page the
    // browser loaded is adopted without a fetch.
    let page = LocalResource::new(move || {
        let wanted = key.get();
        let adopt = site.is_first(&wanted);
        let url = site.file(&page_data_file(&wanted));
        async move {
            if adopt {
                return (PageState::Adopted, None);
            }
            match fetch_json::<PageData>(&url).await {
                Ok(page) => (
                    PageState::Ready(page.html),
                    Some((page.title, page.description)),
                ),
                Err(FetchError::NotFound) => (PageState::Missing, None),
                Err(e) => (PageState::Failed(e.to_string()), None),
            }
        }
    });
    let busy = RwSignal::new(false);

    // When a new page arrives: its title, the old page's pre-rendered DOM gone, focus on its
    // heading as a full load would (not after a failure: the alert is read instead).
    Effect::watch(
        move || page.get(),
        move |arrived, _, _| {
            let Some((state, meta)) = arrived else {
                return;
            };
            if *state == PageState::Adopted {
                return;
            }
            if let Some((title, description)) = meta {
                shell::set_document_meta(title, description);
            }
            site.release_first();
            if !matches!(state, PageState::Failed(_)) {
                request_animation_frame(shell::focus_main_heading);
            }
        },
        false,
    );

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
        if page.with(|p| matches!(p, Some((PageState::Adopted | PageState::Ready(_), _)))) {
            request_animation_frame(crate::filters::enhance_all);
        }
    });

    // The old page stays on screen (marked busy) until the new one is ready.
    view! {
        <Transition
            fallback=move || {
                (!adopted_first)
                    .then(|| {
                        view! {
                            <div class="page" aria-live="polite">
                                <p class="loading">"Loading…"</p>
                            </div>
                        }
                    })
            }
            set_pending=busy
        >
            {move || page.get().map(|(state, _)| match state {
                PageState::Adopted => ().into_any(),
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
            })}
        </Transition>
    }
}
