//! Filters over a pre-rendered list. The build writes the list (each item carries its facets as
//! `data-` attributes) and the filter form, so nothing appears or moves when the app starts;
//! this module wires the form up: it shows and hides items and keeps the choices in the URL
//! query (`?stage=entry&q=privacy`), so a filtered list can be bookmarked and shared.
//!
//! The form describes itself: `data-items` and `data-groups` select the items and the groups
//! to hide when empty, `data-noun` is "one|many", `data-text` is the text field's name; each
//! select's `name` is its query key, `data-attr` the item attribute it matches, and
//! `data-ceiling` marks an upper bound on a number.

use pathways_core::format::parse_f64;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Normalises text for matching: lowercase, some punctuation ignored.
fn fold(text: &str) -> String {
    text.to_lowercase()
        .replace(['+', '/', '-', '(', ')', ',', '.'], " ")
}

fn controls(form: &web_sys::Element) -> Vec<web_sys::Element> {
    let Ok(list) = form.query_selector_all("select, input[type=search]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

fn value_of(control: &web_sys::Element) -> String {
    if let Some(select) = control.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.value()
    } else if let Some(input) = control.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else {
        String::new()
    }
}

fn set_value(control: &web_sys::Element, value: &str) {
    if let Some(select) = control.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.set_value(value);
    } else if let Some(input) = control.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(value);
    }
}

/// Shows the items that match every control and hides the others; updates the count and URL.
fn apply(form: &web_sys::Element) {
    let Some(document) = document() else { return };
    let attr = |name: &str| form.get_attribute(name).unwrap_or_default();
    let (one, many) = attr("data-noun")
        .split_once('|')
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .unwrap_or_default();
    let controls = controls(form);
    let words: Vec<String> = controls
        .iter()
        .filter(|c| c.get_attribute("type").as_deref() == Some("search"))
        .flat_map(|c| {
            fold(&value_of(c))
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    let Ok(items) = document.query_selector_all(&attr("data-items")) else {
        return;
    };
    let mut shown = 0;
    for i in 0..items.length() {
        let Some(item) = items
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let item_attr = |name: &str| item.get_attribute(name).unwrap_or_default();
        let matches = controls
            .iter()
            .filter(|c| c.has_attribute("data-attr"))
            .all(|c| {
                let wanted = value_of(c);
                if wanted.is_empty() {
                    return true;
                }
                let have = item_attr(&c.get_attribute("data-attr").unwrap_or_default());
                if c.has_attribute("data-ceiling") {
                    matches!((parse_f64(&have), parse_f64(&wanted)), (Some(h), Some(w)) if h <= w)
                } else {
                    have.split_whitespace().any(|v| v == wanted)
                }
            });
        // An item's own text is searched unless it names other words to match (aliases).
        let text = fold(
            &item
                .get_attribute("data-text")
                .or_else(|| item.text_content())
                .unwrap_or_default(),
        );
        let visible = matches && words.iter().all(|w| text.contains(w.as_str()));
        let _ = if visible {
            item.remove_attribute("hidden")
        } else {
            item.set_attribute("hidden", "")
        };
        shown += usize::from(visible);
    }
    let total = items.length() as usize;
    if let Some(groups) = form.get_attribute("data-groups")
        && let Ok(groups) = document.query_selector_all(&groups)
    {
        for i in 0..groups.length() {
            let Some(group) = groups
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let any = group
                .query_selector("[data-id]:not([hidden])")
                .ok()
                .flatten()
                .is_some();
            let _ = if any {
                group.remove_attribute("hidden")
            } else {
                group.set_attribute("hidden", "")
            };
        }
    }
    let noun = if total == 1 { &one } else { &many };
    let status = if shown == total {
        format!("Showing all {total} {noun}")
    } else if shown == 0 {
        format!("No {many} match these filters. Clear the filters to see all {total}.")
    } else {
        format!("Showing {shown} of {total} {noun}")
    };
    if let Ok(Some(p)) = form.query_selector("[role=status]") {
        p.set_text_content(Some(&status));
    }
    // Keep the choices in the address, without a navigation.
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default())
    else {
        return;
    };
    for c in &controls {
        let name = c.get_attribute("name").unwrap_or_default();
        let value = value_of(c);
        if value.trim().is_empty() {
            params.delete(&name);
        } else {
            params.set(&name, value.trim());
        }
    }
    let query: String = params.to_string().into();
    let url = format!(
        "{}{}{query}",
        location.pathname().unwrap_or_default(),
        if query.is_empty() { "" } else { "?" }
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Wires up every filter form on the page that is not wired yet.
pub fn enhance_all() {
    let Some(document) = document() else { return };
    let Ok(forms) = document.query_selector_all("#main form.filters:not([data-ready])") else {
        return;
    };
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
    for i in 0..forms.length() {
        let Some(form) = forms
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let _ = form.set_attribute("data-ready", "");
        for c in controls(&form) {
            let name = c.get_attribute("name").unwrap_or_default();
            if let Some(v) = params.as_ref().and_then(|p| p.get(&name)) {
                set_value(&c, &v);
            }
        }
        apply(&form);
        let target = form.clone();
        let on_change = Closure::<dyn FnMut()>::new(move || apply(&target));
        let _ = form.add_event_listener_with_callback("input", on_change.as_ref().unchecked_ref());
        let _ = form.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        on_change.forget();
        // A reset clears the controls after the event: apply on the next frame.
        let target = form.clone();
        let on_reset = Closure::<dyn FnMut()>::new(move || {
            let target = target.clone();
            leptos::prelude::request_animation_frame(move || apply(&target));
        });
        let _ = form.add_event_listener_with_callback("reset", on_reset.as_ref().unchecked_ref());
        on_reset.forget();
        let on_submit =
            Closure::<dyn FnMut(web_sys::Event)>::new(|ev: web_sys::Event| ev.prevent_default());
        let _ = form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
        on_submit.forget();
    }
}
