//! What every component may need about the site, provided once at the root: its base path and
//! the page the browser first loaded (adopted once, without a fetch).
//!
//! A leaf of the app: it imports only [`shell`](crate::shell), and every layer above may use it.

use leptos::prelude::*;
use pathways_core::site::{BasePath, Route};

use crate::shell::{self, Prerendered};

/// The site context: see [`use_site`].
#[derive(Clone, Copy)]
pub struct Site {
    base: StoredValue<BasePath>,
    first: StoredValue<Option<String>>,
}

impl Site {
    /// Provides the site context from what the build pre-rendered; returns the router's base.
    pub fn provide(initial: Prerendered) -> String {
        let base = initial.base.clone();
        let router_base = base.router_base().to_owned();
        provide_context(Site {
            base: StoredValue::new(base),
            first: StoredValue::new(initial.key),
        });
        router_base
    }

    /// The deploy's base path.
    pub fn base(&self) -> BasePath {
        self.base.get_value()
    }

    /// The URL of a route key under the base, such as `roles/soc-analyst` → `/sub/roles/soc-analyst/`.
    pub fn href(&self, key: &str) -> String {
        self.base.with_value(|b| b.page(key))
    }

    /// The URL of a typed route under the base, such as `Route::Role("soc-analyst")`.
    pub fn route(&self, route: Route<'_>) -> String {
        self.base.with_value(|b| b.route(route))
    }

    /// The URL of a data file under the base.
    pub fn file(&self, rel: &str) -> String {
        self.base.with_value(|b| b.file(rel))
    }

    /// Whether `key` is the page the browser loaded and its pre-rendered content is still
    /// shown: the page then keeps it instead of rendering it again.
    pub fn is_first(&self, key: &str) -> bool {
        self.first.with_value(|f| f.as_deref() == Some(key))
    }

    /// Removes the first page's pre-rendered content: another page is being shown.
    pub fn release_first(&self) {
        if self.first.with_value(Option::is_some) {
            self.first.set_value(None);
            shell::remove_prerendered();
        }
    }
}

/// The site context, provided by the app's root (see [`Site::provide`]).
///
/// # Panics
/// Outside the app's root, where there is no site: a programming error, not a data one.
pub fn use_site() -> Site {
    expect_context::<Site>()
}
