//! `/org/plan/`: the organization's workforce planner. The person describes the organization
//! and what it has in place ([`form`]); the plan ([`report`]) follows every change. The input
//! is kept in this browser, saved by name, and travels as a link (`#o=…`). Every rule is in
//! `pathways_core::org`.

use leptos::prelude::*;
use pathways_core::model::{OrgSize, OrgType};
use pathways_core::org::link::{self, KEY};
use pathways_core::org::plan::{OrgPlan, plan};
use pathways_core::org::{ORG_FILE, OrgBundle, OrgInput, Problem};

use crate::browser;
use crate::components::SavedList;
use crate::context::use_site;
use crate::data::fetch_binary;
use crate::shell;
use crate::storage::{OrgStore, use_org};

pub mod form;
pub mod report;

/// Provides the planner's store (the bundle's `provide` hook).
pub fn provide() {
    OrgStore::provide();
}

/// The planner page.
#[component]
pub fn OrgPlanPage() -> impl IntoView {
    let site = use_site();
    site.release_first();
    shell::set_document_meta(
        "Plan your security workforce · Health Cyber Pathways",
        "A cybersecurity workforce plan for a health-sector organization from the HICP practices it lacks: roles, hire, upskill or outsource, first-year cost, CAE partners and an all-staff awareness calendar.",
    );
    let store = use_org();
    let bundle = LocalResource::new(move || {
        let url = site.file(ORG_FILE);
        async move { fetch_binary::<OrgBundle>(&url).await }
    });
    view! {
        <div class="page org">
            <header class="item-head">
                <p class="eyebrow"><a href=site.route(pathways_core::site::Route::Section(pathways_core::site::Section::Org))>"Organizations"</a></p>
                <h1>"Plan your security workforce"</h1>
                <p class="lead">"Tell the planner about your organization and the HICP practices and HHS performance goals you already have: get the roles you need, whether to hire, grow your own IT staff or outsource each one, the first year's cost against your budget, where to find interns and hires, and a 12-month awareness program for all staff."</p>
                <p class="notice"><strong>"Private: "</strong>"what you enter is kept in this browser and travels only as a link you choose to send; nothing is sent to a server."</p>
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
                Some(Ok(b)) => view! { <Planner bundle=b /> }.into_any(),
            }}
        </div>
    }
}

/// Changes to the input on screen.
#[derive(Clone, Copy)]
pub struct Edit(OrgStore);

impl Edit {
    /// Changes the input on screen.
    pub fn apply(self, f: impl FnOnce(&mut OrgInput)) {
        self.0.orgs.update(|s| {
            if let Some(i) = s.draft.as_mut() {
                f(i);
            }
        });
    }
}

#[component]
fn Planner(bundle: OrgBundle) -> impl IntoView {
    let store = use_org();
    let bundle = StoredValue::new(bundle);

    // A plan link (`#o=…`) opens that input; the input it replaces is saved first, so nothing
    // is lost. A link that does not open says why and leaves the saved plans alone.
    let fragment = browser::fragment();
    let link_error = RwSignal::new(None::<String>);
    if fragment.starts_with(&format!("{KEY}=")) {
        match link::decode(&fragment) {
            Ok(input) => store.orgs.update(|s| {
                if let Some(mut draft) = s.draft.take()
                    && draft != input
                {
                    if draft.name.trim().is_empty() {
                        draft.name = "Plan before the link was opened".into();
                    }
                    s.save(draft, browser::today());
                }
                s.draft = Some(input);
            }),
            Err(e) => link_error.set(Some(e.to_string())),
        }
    }
    if store.orgs.with_untracked(|s| s.draft.is_none()) {
        store.orgs.update(|s| {
            s.draft = Some(OrgInput::new(
                OrgType::Provider,
                OrgSize::Small,
                browser::today(),
            ))
        });
    }
    let input = Memo::new(move |_| store.orgs.with(|s| s.draft.clone()));
    let outcome: Memo<Option<Result<OrgPlan, Vec<Problem>>>> = Memo::new(move |_| {
        // Measured by the browser bench (`cargo xtask bench --only org`).
        let timing = browser::Timing::start("hcp-org-plan");
        let out = input.with(|i| i.as_ref().map(|i| bundle.with_value(|b| plan(i, b))));
        timing.stop();
        out
    });
    let problems = Memo::new(move |_| {
        outcome.with(|o| match o {
            Some(Err(p)) => p.clone(),
            _ => Vec::new(),
        })
    });
    let edit = Edit(store);

    view! {
        {move || link_error.get().map(|e| view! {
            <div role="alert" class="notice bad">
                <h2>"This plan link cannot be opened"</h2>
                <p>{format!("The link is not valid: {e}. Your saved plans have not been touched.")}</p>
            </div>
        })}
        <form::InputForm bundle input edit problems />
        <report::Report bundle input outcome />
        <SavedPlans />
    }
}

/// The plans saved in this browser: open one (the input on screen is saved first) or delete it.
#[component]
fn SavedPlans() -> impl IntoView {
    let store = use_org();
    let items = Memo::new(move |_| {
        store.orgs.with(|s| {
            s.saved
                .iter()
                .map(|r| {
                    let shown = if r.input.name.trim().is_empty() {
                        "Unnamed plan".to_owned()
                    } else {
                        r.input.name.clone()
                    };
                    (r.input.name.clone(), shown, r.saved_on)
                })
                .collect::<Vec<_>>()
        })
    });
    let on_open = Callback::new(move |name: String| {
        let wanted = name.trim().to_lowercase();
        store.orgs.update(|s| {
            let found = s
                .saved
                .iter()
                .find(|r| r.input.name.trim().to_lowercase() == wanted)
                .map(|r| r.input.clone());
            if let Some(input) = found {
                if let Some(draft) = s.draft.take()
                    && draft != input
                    && !draft.name.trim().is_empty()
                {
                    s.save(draft, browser::today());
                }
                s.draft = Some(input);
            }
        });
    });
    let on_delete = Callback::new(move |name: String| store.orgs.update(|s| s.delete(&name)));
    view! { <SavedList heading="Saved plans" heading_id="saved-plans-h" items on_open on_delete /> }
}
