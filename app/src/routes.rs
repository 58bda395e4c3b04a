//! The one route table: which component shows which URL, for every bundle.
//!
//! Every content page (home, about, each role, credential, …) is pre-rendered by the build and
//! served generically by [`ContentPage`] from `data/pages/<key>.json`. Each interactive tool has
//! its own bundle ([`Tools`]): a bundle shows its own tool's pages and, for any other tool's URL,
//! loads that tool's page in full, so no bundle carries another tool's code. Only this module
//! imports pages.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;
use pathways_core::tool::Tool;

use crate::components::NotFound;
use crate::context::{Site, use_site};
use crate::pages::{
    AssessHome, AssessRole, ComparePage, ContentPage, EditorPage, HirePage, OrgPlanPage, PlanPage,
    SearchPage,
};
use crate::shell::{self, Prerendered};
use crate::storage::ProfileStore;

/// The tool pages a bundle shows itself. A field left at [`load_tool`] loads that tool's own
/// page (and bundle) instead; since a bundle names only its own tool's components, the linker
/// leaves every other tool out of it.
#[derive(Clone, Copy)]
pub struct Tools {
    /// Which tool this bundle is (`None` for the site bundle of content pages).
    pub tool: Option<Tool>,
    /// Run once at the root, before routing: provides what the tool's pages share.
    pub provide: fn(),
    /// `/assess/`.
    pub assess: fn() -> AnyView,
    /// `/assess/:role/`.
    pub assess_role: fn() -> AnyView,
    /// `/plan/`.
    pub plan: fn() -> AnyView,
    /// `/search/`.
    pub search: fn() -> AnyView,
    /// `/hire/`.
    pub hire: fn() -> AnyView,
    /// `/hire/compare/`.
    pub hire_compare: fn() -> AnyView,
    /// `/org/plan/`.
    pub org_plan: fn() -> AnyView,
    /// `/educators/editor/`.
    pub editor: fn() -> AnyView,
}

impl Tools {
    /// The site bundle: content pages only.
    pub const NONE: Tools = Tools {
        tool: None,
        provide: provide_nothing,
        assess: load_tool,
        assess_role: load_tool,
        plan: load_tool,
        search: load_tool,
        hire: load_tool,
        hire_compare: load_tool,
        org_plan: load_tool,
        editor: load_tool,
    };

    /// The self-assessment bundle.
    pub const ASSESS: Tools = Tools {
        tool: Some(Tool::Assess),
        provide: provide_store,
        assess: assess_home,
        assess_role,
        ..Tools::NONE
    };

    /// The planner bundle.
    pub const PLAN: Tools = Tools {
        tool: Some(Tool::Plan),
        provide: provide_store,
        plan,
        ..Tools::NONE
    };

    /// The hiring bundle.
    pub const HIRE: Tools = Tools {
        tool: Some(Tool::Hire),
        provide: crate::pages::hire::provide,
        hire,
        ..Tools::NONE
    };

    /// The candidate comparison bundle.
    pub const COMPARE: Tools = Tools {
        tool: Some(Tool::Compare),
        provide: crate::pages::hire::provide,
        hire_compare,
        ..Tools::NONE
    };

    /// The organization planner bundle.
    pub const ORG: Tools = Tools {
        tool: Some(Tool::Org),
        provide: crate::pages::org::provide,
        org_plan,
        ..Tools::NONE
    };

    /// The curriculum editor bundle.
    pub const EDITOR: Tools = Tools {
        tool: Some(Tool::Editor),
        editor,
        ..Tools::NONE
    };

    /// The search bundle.
    pub const SEARCH: Tools = Tools {
        tool: Some(Tool::Search),
        search,
        ..Tools::NONE
    };
}

fn provide_nothing() {}

fn provide_store() {
    ProfileStore::provide();
}

fn assess_home() -> AnyView {
    view! { <AssessHome /> }.into_any()
}

fn assess_role() -> AnyView {
    view! { <AssessRole /> }.into_any()
}

fn plan() -> AnyView {
    view! { <PlanPage /> }.into_any()
}

fn hire() -> AnyView {
    view! { <HirePage /> }.into_any()
}

fn hire_compare() -> AnyView {
    view! { <ComparePage /> }.into_any()
}

fn org_plan() -> AnyView {
    view! { <OrgPlanPage /> }.into_any()
}

fn editor() -> AnyView {
    view! { <EditorPage /> }.into_any()
}

fn search() -> AnyView {
    view! { <SearchPage /> }.into_any()
}

/// A tool's URL in a bundle without that tool: loads the tool's own page.
fn load_tool() -> AnyView {
    view! { <LoadTool /> }.into_any()
}

/// The app: the content pages and the tools of this bundle.
#[component]
pub fn App(
    /// What the build pre-rendered into `<main>`.
    initial: Prerendered,
    /// The tools this bundle shows itself.
    tools: Tools,
) -> impl IntoView {
    let router_base = Site::provide(initial);
    (tools.provide)();
    view! {
        <Router base=router_base>
            <NavTracker />
            <Routes fallback=|| view! { <NotFound /> }>
                <Route path=path!("/assess") view=tools.assess />
                <Route path=path!("/assess/:role") view=tools.assess_role />
                <Route path=path!("/search") view=tools.search />
                <Route path=path!("/plan") view=tools.plan />
                <Route path=path!("/hire") view=tools.hire />
                <Route path=path!("/hire/compare") view=tools.hire_compare />
                <Route path=path!("/org/plan") view=tools.org_plan />
                <Route path=path!("/educators/editor") view=tools.editor />
                <Route path=path!("/") view=ContentPage />
                <Route path=path!("/:section") view=ContentPage />
                <Route path=path!("/:section/:id") view=ContentPage />
            </Routes>
        </Router>
    }
}

/// A tool's URL in a bundle that does not carry the tool loads the tool's own page (and
/// bundle) in full. Links the build writes to tools carry `target="_self"`, so the router lets
/// the browser load them; this covers any other way of arriving here.
#[component]
fn LoadTool() -> impl IntoView {
    use_site().release_first();
    let location = use_location();
    // The query and the fragment travel with it (`/plan/?role=…`, `/plan/#p=…`), whether or
    // not the router's strings carry their `?` and `#`.
    let mut target = location.pathname.get_untracked();
    let search = location.search.get_untracked();
    let search = search.trim_start_matches('?');
    if !search.is_empty() {
        target.push('?');
        target.push_str(search);
    }
    let hash = location.hash.get_untracked();
    let hash = hash.trim_start_matches('#');
    if !hash.is_empty() {
        target.push('#');
        target.push_str(hash);
    }
    request_animation_frame(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().assign(&target);
        }
    });
    view! { <p class="loading" role="status">"Loading…"</p> }
}

/// Keeps the static navigation's `aria-current` in step with the URL.
#[component]
fn NavTracker() -> impl IntoView {
    let site = use_site();
    let location = use_location();
    Effect::new(move |_| {
        let path = location.pathname.get();
        shell::mark_current_section(&site.base(), &path);
    });
}
