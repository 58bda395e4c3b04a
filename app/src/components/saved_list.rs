//! A list of things saved in this browser (roles, plans), each with "Open" and "Delete"
//! buttons. The page says what opening and deleting do; items are told apart by their key (a
//! name), never by their position, since a list on screen may be stale.

use leptos::prelude::*;
use pathways_core::date::Date;

/// The saved list, shown only when it holds something.
#[component]
pub fn SavedList(
    /// The section's heading.
    heading: &'static str,
    /// The heading's id.
    heading_id: &'static str,
    /// Each item: its key, the name shown, and when it was saved.
    items: Memo<Vec<(String, String, Date)>>,
    /// Opens the item of a key.
    on_open: Callback<String>,
    /// Deletes the item of a key.
    on_delete: Callback<String>,
) -> impl IntoView {
    move || {
        let list = items.get();
        (!list.is_empty()).then(|| view! {
            <section class="saved-roles no-print" aria-labelledby=heading_id>
                <h2 id=heading_id>{heading}</h2>
                <ul class="saved-list">
                    {list.into_iter().map(|(key, shown, saved_on)| {
                        let open_key = key.clone();
                        view! {
                            <li>
                                <span>{format!("{shown} (saved {saved_on})")}</span>
                                <button type="button" aria-label=format!("Open {shown}") on:click=move |_| on_open.run(open_key.clone())>"Open"</button>
                                <button type="button" aria-label=format!("Delete {shown}") on:click=move |_| on_delete.run(key.clone())>"Delete"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}
