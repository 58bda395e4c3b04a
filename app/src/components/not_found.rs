//! The not-found page, for URLs that match no route and for unknown content ids.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::context::use_site;
use crate::shell;

/// Says plainly that there is no page here and offers the ways on.
///
/// Mirrors the pre-rendered `404.html` that static hosts serve for unknown paths.
#[component]
pub fn NotFound() -> impl IntoView {
    let site = use_site();
    site.release_first();
    let location = use_location();
    Effect::new(move |_| {
        shell::set_document_meta(
            "Page not found · Health Cyber Pathways",
            "There is no page at this address.",
        );
    });
    view! {
        <div class="page">
            <h1>"Page not found"</h1>
            <p>
                "There is no page at " <code>{move || location.pathname.get()}</code>
                ". The link may be mistyped, or the page may have moved."
            </p>
            <ul class="link-list">
                <li><a href=site.href("")>"Go to the home page"</a></li>
                <li><a href=site.href("search")>"Search the portal"</a></li>
                <li><a href=site.href("roles")>"Browse roles"</a></li>
            </ul>
        </div>
    }
}
