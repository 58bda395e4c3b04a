//! The router: which component shows which URL.
//!
//! Every content page (home, about, each role, credential, …) is pre-rendered by the build and
//! served generically by [`ContentPage`](crate::pages::ContentPage) from
//! `data/pages/<key>.json`; interactive sections add their own routes above the generic ones
//! (a static segment outranks a parameter).

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;
use pathways_core::site::BasePath;

use crate::assess::AssessHome;
use crate::assess::role::AssessRole;
use crate::pages::{ContentPage, NotFound, SearchPage};
use crate::shell::{self, Prerendered};

/// What every component may need about the site: its base path and the page the browser first
/// loaded (adopted once, without a fetch).
#[derive(Clone, Copy)]
pub(crate) struct Site {
    base: StoredValue<BasePath>,
    first: StoredValue<Option<String>>,
}

impl Site {
    /// The deploy's base path.
    pub(crate) fn base(&self) -> BasePath {
        self.base.get_value()
    }

    /// The URL of a route key under the base, such as `roles/soc-analyst` → `/sub/roles/soc-analyst/`.
    pub(crate) fn href(&self, key: &str) -> String {
        self.base.with_value(|b| b.page(key))
    }

    /// The URL of a data file under the base.
    pub(crate) fn file(&self, rel: &str) -> String {
        self.base.with_value(|b| b.file(rel))
    }

    /// Whether `key` is the page the browser loaded and its pre-rendered content is still
    /// shown: the page then keeps it instead of rendering it again.
    pub(crate) fn is_first(&self, key: &str) -> bool {
        self.first.with_value(|f| f.as_deref() == Some(key))
    }

    /// Removes the first page's pre-rendered content: another page is being shown.
    pub(crate) fn release_first(&self) {
        if self.first.with_value(Option::is_some) {
            self.first.set_value(None);
            shell::remove_prerendered();
        }
    }
}

/// Provides the site context from what the build pre-rendered; returns the router's base.
fn provide_site(initial: Prerendered) -> String {
    let base = initial.base.clone();
    let router_base = base.router_base().to_owned();
    provide_context(Site {
        base: StoredValue::new(base),
        first: StoredValue::new(initial.key),
    });
    router_base
}

/// The site app: every pre-rendered page. The interactive tools are a separate, larger bundle
/// (see [`ToolsApp`]): following a link to one loads its page in full, so the pages most
/// people read first stay small.
#[component]
pub fn App(
    /// What the build pre-rendered into `<main>`.
    initial: Prerendered,
) -> impl IntoView {
    let router_base = provide_site(initial);
    view! {
        <Router base=router_base>
            <NavTracker />
            <Routes fallback=|| view! { <NotFound /> }>
                <Route path=path!("/assess") view=LoadTool />
                <Route path=path!("/assess/:role") view=LoadTool />
                <Route path=path!("/search") view=LoadTool />
                <Route path=path!("/plan") view=LoadTool />
                <Route path=path!("/") view=ContentPage />
                <Route path=path!("/:section") view=ContentPage />
                <Route path=path!("/:section/:id") view=ContentPage />
            </Routes>
        </Router>
    }
}

/// The tools app: the assessment and search (and the content pages, so navigating away stays
/// fast).
#[component]
pub fn ToolsApp(
    /// What the build pre-rendered into `<main>`.
    initial: Prerendered,
) -> impl IntoView {
    let router_base = provide_site(initial);
    crate::storage::ProfileStore::provide();
    view! {
        <Router base=router_base>
            <NavTracker />
            <Routes fallback=|| view! { <NotFound /> }>
                <Route path=path!("/assess") view=AssessHome />
                <Route path=path!("/assess/:role") view=AssessRole />
                <Route path=path!("/search") view=SearchPage />
                <Route path=path!("/plan") view=crate::plan::PlanPage />
                <Route path=path!("/") view=ContentPage />
                <Route path=path!("/:section") view=ContentPage />
                <Route path=path!("/:section/:id") view=ContentPage />
            </Routes>
        </Router>
    }
}

/// In the site app, a tool's URL loads the tool's own page (and bundle) in full. Links the
/// build writes to tools carry `target="_self"`, so the router lets the browser load them; this
/// covers any other way of arriving here.
#[component]
fn LoadTool() -> impl IntoView {
    expect_context::<Site>().release_first();
    let location = use_location();
    let target = format!(
        "{}{}",
        location.pathname.get_untracked(),
        location
            .search
            .get_untracked()
            .split_once('?')
            .map_or(String::new(), |(_, q)| format!("?{q}"))
    );
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
    let site = expect_context::<Site>();
    let location = use_location();
    Effect::new(move |_| {
        let path = location.pathname.get();
        shell::mark_current_section(&site.base(), &path);
    });
}
