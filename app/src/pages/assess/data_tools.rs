//! Export, import and clear the profile, and download backups of records that could not be
//! read. An import is validated before it replaces anything; a bad file leaves the data as it was.

use leptos::prelude::*;
use leptos::task::spawn_local;
use pathways_core::profile::{MAX_PROFILE_BYTES, Profile};
use wasm_bindgen::JsCast;

use crate::browser;
use crate::storage::{self, use_profile};

/// The data panel.
#[component]
pub fn DataTools() -> impl IntoView {
    let store = use_profile();
    let message = RwSignal::new(None::<(bool, String)>);
    let confirm_clear = RwSignal::new(false);
    let export = move |_| {
        let json = store.profile.with_untracked(Profile::to_json);
        match browser::download(
            "health-cyber-pathways-profile.json",
            "application/json",
            &json,
        ) {
            Ok(()) => message.set(Some((
                true,
                "Your profile was saved as health-cyber-pathways-profile.json.".into(),
            ))),
            Err(e) => message.set(Some((
                false,
                format!("The file could not be created: {e}."),
            ))),
        }
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        spawn_local(async move {
            let result = match browser::read_file(file, MAX_PROFILE_BYTES).await {
                Ok(text) => Profile::from_json(&text).map_err(|e| e.to_string()),
                Err(e) => Err(e),
            };
            match result {
                Ok(profile) => {
                    store.profile.set(profile);
                    message.set(Some((true, "Your profile was imported.".into())));
                }
                Err(e) => message.set(Some((
                    false,
                    format!("That file was not imported: {e}. Your current data has not changed."),
                ))),
            }
        });
    };
    let clear = move |ev: leptos::ev::MouseEvent| {
        // The second click of a double click lands on the confirmation that the first one
        // showed: only a click of its own (or Enter or Space, detail 0) confirms.
        if confirm_clear.get_untracked() && ev.detail() <= 1 {
            store.profile.set(Profile::default());
            store.plan.set(None);
            store.plans.set(Default::default());
            storage::clear_job_seeker_data();
            store.backups_changed.update(|n| *n = n.wrapping_add(1));
            confirm_clear.set(false);
            message.set(Some((
                true,
                "Your profile, its backups, your plan settings and saved plans were removed from this browser.".into(),
            )));
        } else if !confirm_clear.get_untracked() {
            confirm_clear.set(true);
        }
    };
    let backups = move || {
        store.backups_changed.track();
        storage::backups()
    };
    view! {
        <div class="data-tools">
            <p>"Your answers are saved in this browser as you go. Export them to keep a copy or move them to another device."</p>
            <div class="actions">
                <button type="button" on:click=export>"Export my data"</button>
                <label class="button file">
                    "Import data"
                    <input type="file" accept="application/json,.json" class="visually-hidden" on:change=import />
                </label>
                <button type="button" class="danger" on:click=clear>
                    {move || if confirm_clear.get() { "Yes, clear everything" } else { "Clear my data" }}
                </button>
                <Show when=move || confirm_clear.get()>
                    <button type="button" on:click=move |_| confirm_clear.set(false)>"Keep my data"</button>
                </Show>
            </div>
            <p class="status" role="status">
                {move || message.get().map(|(ok, text)| view! { <span class=if ok { "ok" } else { "bad" }>{text}</span> })}
            </p>
            {move || {
                let list = backups();
                (!list.is_empty())
                    .then(|| {
                        view! {
                            <div class="backups">
                                <h3>"Backups of records that could not be read"</h3>
                                <ul>
                                    {list
                                        .into_iter()
                                        .map(|(key, text)| {
                                            let name = format!("{}.json", key.replace('.', "-"));
                                            let key_for_delete = key.clone();
                                            view! {
                                                <li>
                                                    <button type="button" on:click=move |_| { let _ = browser::download(&name, "application/json", &text); }>"Download backup"</button>
                                                    " "
                                                    <button type="button" on:click=move |_| { storage::remove(&key_for_delete); store.backups_changed.update(|n| *n += 1); }>"Delete backup"</button>
                                                    " "
                                                    <span class="muted">{key}</span>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
