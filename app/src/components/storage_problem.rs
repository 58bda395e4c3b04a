//! The notice about the data saved in this browser.

use leptos::prelude::*;

use crate::storage::use_profile;

/// A notice about the saved data (a record set aside, or saving failing), with a way to
/// dismiss it.
#[component]
pub fn StorageProblem() -> impl IntoView {
    let store = use_profile();
    move || {
        store.problem.get().map(|text| {
            view! {
                <div class="notice bad" role="alert">
                    <p>{text}</p>
                    <button type="button" on:click=move |_| store.problem.set(None)>"Dismiss"</button>
                </div>
            }
        })
    }
}
