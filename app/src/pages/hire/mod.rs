//! `/hire/`: the hiring manager's role builder. The manager starts from a catalog role or a
//! blank one, edits it ([`editor`]), sees the requirement-inflation review with one-click fixes
//! and the job description ([`output`]), and keeps roles in this browser or as a link
//! (`#h=…`). Every rule is in `pathways_core::hire`.

use leptos::prelude::*;
use leptos::task::spawn_local;
use pathways_core::bundle::{HIRE_FILE, HireBundle, work_role_file};
use pathways_core::hire::HireRole;
use pathways_core::hire::link::{ROLE_KEY, decode_role};
use pathways_core::hire::work_role::HireWorkRole;
use pathways_core::model::Stage;

use crate::browser;
use crate::components::SavedList;
use crate::context::use_site;
use crate::data::fetch_binary;
use crate::shell;
use crate::storage::{HireStore, use_hire};

pub mod compare;
pub mod editor;
pub mod output;
pub mod scorecard;

/// Provides the role builder's store (the bundle's `provide` hook).
pub fn provide() {
    HireStore::provide();
}

/// The role builder page.
#[component]
pub fn HirePage() -> impl IntoView {
    let site = use_site();
    site.release_first();
    shell::set_document_meta(
        "Define a role · Health Cyber Pathways",
        "Build a skills-based health-care cybersecurity role, check it for requirement inflation, and get a job description and a link for candidates.",
    );
    let store = use_hire();
    let bundle = LocalResource::new(move || {
        let url = site.file(HIRE_FILE);
        async move { fetch_binary::<HireBundle>(&url).await }
    });
    view! {
        <div class="page hire">
            <header class="item-head">
                <h1>"Define a role"</h1>
                <p class="lead">"Build a skills-based role from a catalog role or from scratch: what the person must bring at hire and what they can learn in their first 90 days, qualification routes any one of which is enough, and checks that keep the requirements from shutting out the people the role is for. Get a job description to publish and a link to send candidates."</p>
                <p class="notice"><strong>"Private: "</strong>"the role is kept in this browser and travels only as a link you choose to send; nothing is sent to a server."</p>
            </header>
            {move || store.problem.get().map(|text| view! {
                <div class="notice bad" role="alert">
                    <p>{text}</p>
                    <button type="button" on:click=move |_| store.problem.set(None)>"Dismiss"</button>
                </div>
            })}
            {move || match bundle.get() {
                None => view! { <p class="loading" role="status">"Loading the catalog…"</p> }.into_any(),
                Some(Err(e)) => view! { <p role="alert">{format!("The catalog could not be loaded: {e}. Reload the page to try again.")}</p> }.into_any(),
                Some(Ok(b)) => view! { <Builder bundle=b /> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn Builder(bundle: HireBundle) -> impl IntoView {
    let store = use_hire();
    let bundle = StoredValue::new(bundle);

    // A role link (`#h=…`) opens that role; the role it replaces on screen is saved first, so
    // nothing is lost. A link that does not open says why and leaves the saved roles alone.
    let fragment = browser::fragment();
    let link_error = RwSignal::new(None::<String>);
    if fragment.starts_with(&format!("{ROLE_KEY}=")) {
        match decode_role(&fragment) {
            Ok(role) => store.roles.update(|s| {
                if let Some(draft) = s.draft.take()
                    && draft != role
                {
                    s.save(draft, browser::today());
                }
                s.draft = Some(role);
            }),
            Err(e) => link_error.set(Some(e.to_string())),
        }
    }

    // The role on screen: the draft in the store, saved as it changes. The editor is built
    // once per role on screen (`has_role`), and its fields follow `role`, so typing never
    // rebuilds the form.
    let role = Memo::new(move |_| store.roles.with(|s| s.draft.clone()));
    let has_role = Memo::new(move |_| store.roles.with(|s| s.draft.is_some()));
    let edit = Edit(store);

    view! {
        {move || link_error.get().map(|e| view! {
            <div role="alert" class="notice bad">
                <h2>"This role link cannot be opened"</h2>
                <p>{format!("The link is not valid: {e}. Your saved roles have not been touched.")}</p>
            </div>
        })}
        {move || {
            if has_role.get() {
                view! {
                    <editor::Editor bundle role edit />
                    <output::Review bundle role edit />
                    <output::Outputs bundle role />
                    <scorecard::ScorecardSection role />
                }
                .into_any()
            } else {
                view! { <Start bundle /> }.into_any()
            }
        }}
        <SavedRoles />
    }
}

/// Changes to the role on screen.
#[derive(Clone, Copy)]
pub struct Edit(HireStore);

impl Edit {
    /// Changes the role on screen (nothing when there is none).
    pub fn apply(self, f: impl FnOnce(&mut HireRole)) {
        self.0.roles.update(|s| {
            if let Some(r) = s.draft.as_mut() {
                f(r);
            }
        });
    }

    /// Saves the role on screen to the saved roles; returns whether the oldest was dropped.
    pub fn save(self) -> bool {
        let mut dropped = false;
        self.0.roles.update(|s| {
            if let Some(r) = s.draft.clone() {
                dropped = s.save(r, browser::today());
            }
        });
        dropped
    }

    /// Saves the role on screen and clears it, to start another.
    pub fn start_another(self) {
        self.0.roles.update(|s| {
            if let Some(r) = s.draft.take() {
                s.save(r, browser::today());
            }
        });
    }
}

/// Choosing where a new role starts.
#[component]
fn Start(bundle: StoredValue<HireBundle>) -> impl IntoView {
    let store = use_hire();
    let roles: Vec<(String, String)> = bundle.with_value(|b| {
        let mut v: Vec<(String, String)> = b
            .roles
            .iter()
            .map(|(id, r)| (id.clone(), r.title.clone()))
            .collect();
        v.sort_by(|a, b| a.1.cmp(&b.1));
        v
    });
    let first = roles.first().map(|(id, _)| id.clone()).unwrap_or_default();
    let chosen = RwSignal::new(first);
    let start_from = move |_| {
        let id = chosen.get_untracked();
        let role = bundle.with_value(|b| b.role(&id).map(|r| HireRole::from_catalog(&id, r)));
        if let Some(role) = role {
            store.roles.update(|s| s.draft = Some(role));
        }
    };
    let work_roles: Vec<(String, String)> = bundle.with_value(|b| {
        b.work_roles
            .iter()
            .map(|w| (w.id.clone(), format!("{} ({})", w.title, w.id)))
            .collect()
    });
    let first_work_role = work_roles
        .first()
        .map(|(id, _)| id.clone())
        .unwrap_or_default();
    let chosen_work_role = RwSignal::new(first_work_role);
    let work_role_status = RwSignal::new(None::<String>);
    let site = use_site();
    let start_from_work_role = move |_| {
        let id = chosen_work_role.get_untracked();
        if id.is_empty() {
            return;
        }
        work_role_status.set(Some("Loading the work role…".to_owned()));
        let url = site.file(&work_role_file(&id));
        spawn_local(async move {
            match crate::data::fetch_binary::<HireWorkRole>(&url).await {
                Ok(w) => {
                    work_role_status.set(None);
                    store
                        .roles
                        .update(|s| s.draft = Some(HireRole::from_work_role(&w)));
                }
                Err(e) => work_role_status.set(Some(format!(
                    "The work role could not be loaded: {e}. Try again, or start from a catalog role."
                ))),
            }
        });
    };
    let start_blank = move |_| {
        store
            .roles
            .update(|s| s.draft = Some(HireRole::blank("New role", Stage::Mid)));
    };
    view! {
        <section class="hire-start" aria-labelledby="start-h">
            <h2 id="start-h">"Start a role"</h2>
            <div class="start-options">
                <div class="start-option">
                    <h3>"From a catalog role"</h3>
                    <p>"Its skills and levels, what it usually asks for, and the HIPAA and HICP practices it owns. Change anything."</p>
                    <div class="field">
                        <label for="start-role">"Catalog role"</label>
                        <select id="start-role" prop:value=move || chosen.get() on:change=move |ev| chosen.set(event_target_value(&ev))>
                            {roles.into_iter().map(|(id, title)| view! { <option value=id>{title}</option> }).collect_view()}
                        </select>
                    </div>
                    <button type="button" on:click=start_from>"Start from this role"</button>
                </div>
                <div class="start-option">
                    <h3>"From a NICE work role"</h3>
                    <p>"The NICE Framework's description of the work, the catalog skills that share its knowledge and skill statements, and its task statements to choose duties from."</p>
                    <div class="field">
                        <label for="start-work-role">"NICE work role"</label>
                        <select id="start-work-role" prop:value=move || chosen_work_role.get() on:change=move |ev| chosen_work_role.set(event_target_value(&ev))>
                            {work_roles.into_iter().map(|(id, title)| view! { <option value=id>{title}</option> }).collect_view()}
                        </select>
                    </div>
                    <button type="button" on:click=start_from_work_role>"Start from this work role"</button>
                    <p role="status" class="muted">{move || work_role_status.get()}</p>
                </div>
                <div class="start-option">
                    <h3>"From a blank role"</h3>
                    <p>"Add the skills, duties and qualification routes yourself."</p>
                    <button type="button" on:click=start_blank>"Start a blank role"</button>
                </div>
            </div>
        </section>
    }
}

/// The roles saved in this browser: open one (the role on screen is saved first) or delete it.
#[component]
fn SavedRoles() -> impl IntoView {
    let store = use_hire();
    let items = Memo::new(move |_| {
        store.roles.with(|s| {
            s.saved
                .iter()
                .map(|r| (r.role.title.clone(), r.role.title.clone(), r.saved_on))
                .collect::<Vec<_>>()
        })
    });
    let on_open = Callback::new(move |title: String| {
        let wanted = title.trim().to_lowercase();
        store.roles.update(|s| {
            let found = s
                .saved
                .iter()
                .find(|r| r.role.title.trim().to_lowercase() == wanted)
                .map(|r| r.role.clone());
            if let Some(role) = found {
                if let Some(draft) = s.draft.take()
                    && draft != role
                {
                    s.save(draft, browser::today());
                }
                s.draft = Some(role);
            }
        });
    });
    let on_delete = Callback::new(move |title: String| store.roles.update(|s| s.delete(&title)));
    view! { <SavedList heading="Saved roles" heading_id="saved-roles-h" items on_open on_delete /> }
}
