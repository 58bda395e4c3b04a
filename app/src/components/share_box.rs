//! The "share this" box: a read-only field with the link and a button that copies it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;

/// A share link with its label, a hint and a "Copy link" button reporting the outcome.
#[component]
pub fn ShareBox(
    /// The field's id.
    id: &'static str,
    /// The field's label.
    label: &'static str,
    /// What the person should know about the link.
    hint: &'static str,
    /// The link.
    url: String,
) -> impl IntoView {
    let copied = RwSignal::new(None::<String>);
    let link = url.clone();
    view! {
        <div class="share no-print">
            <label for=id>{label}</label>
            <span class="hint">{hint}</span>
            <div class="share-row">
                <input id=id type="text" readonly prop:value=url />
                <button type="button" on:click=move |_| {
                    let link = link.clone();
                    spawn_local(async move {
                        let outcome = browser::copy(&link).await;
                        copied.set(Some(match outcome { Ok(()) => "Link copied.".into(), Err(e) => e }));
                    });
                }>"Copy link"</button>
            </div>
            <p class="status" role="status">{move || copied.get()}</p>
        </div>
    }
}
