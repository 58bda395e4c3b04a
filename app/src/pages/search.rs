//! `/search/`: instant full-text search over the catalog. The query is in the URL (`?q=`); each
//! keystroke searches the index shards already loaded and fetches the few it lacks.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos::task::spawn_local;
use pathways_core::search::{self, Doc, Meta, Shard};

use crate::browser::{self, Timing};
use crate::context::use_site;
use crate::data::{FetchError, fetch_json};
use crate::shell;

/// How many results are shown.
const SHOWN: usize = 30;

/// The search page.
#[component]
pub fn SearchPage() -> impl IntoView {
    let site = use_site();
    site.release_first();
    shell::set_document_meta(
        "Search · Health Cyber Pathways",
        "Search roles, skills, credentials, programs and HICP practices, including job titles and acronyms.",
    );
    let query = RwSignal::new(search::bounded(&browser::query("q").unwrap_or_default()));
    let kind = RwSignal::new(browser::query("kind").unwrap_or_default());
    let shards = RwSignal::new(HashMap::<String, Shard>::new());
    let docs = RwSignal::new(HashMap::<u32, Doc>::new());
    // Results whose record could not be loaded (after retries), with why.
    let doc_errors = RwSignal::new(HashMap::<u32, String>::new());
    let meta = LocalResource::new(move || {
        let url = site.file(&search::meta_file());
        async move { fetch_json::<Meta>(&url).await }
    });
    let failed = RwSignal::new(None::<String>);

    // Fetch the shards the query needs.
    Effect::new(move |_| {
        let wanted = search::shards_for(&query.get());
        for name in wanted {
            if shards.with_untracked(|s| s.contains_key(&name)) {
                continue;
            }
            shards.update(|s| {
                s.insert(name.clone(), Shard::default());
            });
            let url = site.file(&search::shard_file(&name));
            spawn_local(async move {
                match fetch_json::<Shard>(&url).await {
                    Ok(shard) => shards.update(|s| {
                        s.insert(name, shard);
                    }),
                    Err(FetchError::NotFound) => {} // no word starts this way
                    Err(e) => {
                        shards.update(|s| {
                            s.remove(&name);
                        });
                        failed.set(Some(e.to_string()));
                    }
                }
            });
        }
    });

    let hits = Memo::new(move |_| {
        let q = query.get();
        let timing = Timing::start("hcp-search");
        let hits = shards.with(|s| search::search(&q, s));
        timing.stop();
        hits
    });

    // Keep the query in the address.
    Effect::new(move |_| {
        let (q, k) = (query.get(), kind.get());
        let mut parts = Vec::new();
        if !q.trim().is_empty() {
            parts.push(format!("q={}", js_sys::encode_uri_component(q.trim())));
        }
        if !k.is_empty() {
            parts.push(format!("kind={}", js_sys::encode_uri_component(&k)));
        }
        let url = format!(
            "{}{}{}",
            site.href("search"),
            if parts.is_empty() { "" } else { "?" },
            parts.join("&")
        );
        if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    });

    let kind_of = move |doc: u32| -> String {
        meta.get()
            .and_then(|m| m.ok())
            .and_then(|m| {
                m.doc_kinds
                    .get(doc as usize)
                    .and_then(|k| m.kinds.get(usize::from(*k)).cloned())
            })
            .unwrap_or_default()
    };
    let counts = Memo::new(move |_| {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for h in hits.get() {
            let k = kind_of(h.doc);
            match counts.iter_mut().find(|(name, _)| *name == k) {
                Some((_, n)) => *n += 1,
                None => counts.push((k, 1)),
            }
        }
        counts
    });
    let shown = Memo::new(move |_| {
        let k = kind.get();
        hits.get()
            .into_iter()
            .filter(|h| k.is_empty() || kind_of(h.doc) == k)
            .take(SHOWN)
            .map(|h| h.doc)
            .collect::<Vec<u32>>()
    });

    // Fetch the records of the results shown; a request that fails is tried again twice (a
    // busy server may drop a connection), then the result says it could not be loaded rather
    // than loading forever. A later change of the results tries it again.
    Effect::new(move |_| {
        for n in shown.get() {
            if docs.with_untracked(|d| d.contains_key(&n)) {
                continue;
            }
            doc_errors.update(|e| {
                e.remove(&n);
            });
            let url = site.file(&search::doc_file(n));
            spawn_local(async move {
                let mut outcome = fetch_json::<Doc>(&url).await;
                for _ in 0..2 {
                    if matches!(outcome, Err(FetchError::Network(_))) {
                        outcome = fetch_json::<Doc>(&url).await;
                    }
                }
                match outcome {
                    Ok(doc) => docs.update(|d| {
                        d.insert(n, doc);
                    }),
                    Err(e) => doc_errors.update(|errors| {
                        errors.insert(n, e.to_string());
                    }),
                }
            });
        }
    });

    view! {
        <div class="page search">
            <h1>"Search"</h1>
            <form class="search-form" role="search" on:submit=|ev| ev.prevent_default()>
                <label for="q">"Search roles, skills, credentials, programs and practices"</label>
                <input
                    id="q"
                    type="search"
                    name="q"
                    autocomplete="off"
                    autofocus
                    maxlength=search::MAX_QUERY_CHARS
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </form>
            <p class="status" role="status">
                {move || {
                    let q = query.get();
                    let n = hits.get().len();
                    if q.trim().is_empty() {
                        "Type a job title, a skill, a credential or an acronym such as HCISPP.".to_owned()
                    } else if n == 0 {
                        format!("No results for “{}”. Check the spelling, or try fewer words.", q.trim())
                    } else {
                        format!("{n} result{} for “{}”", if n == 1 { "" } else { "s" }, q.trim())
                    }
                }}
            </p>
            {move || search::words(&query.get()).cut.then(|| view! {
                <p class="notice">{format!("Only the first {} words (and {} characters) of a search are used.", search::MAX_QUERY_WORDS, search::MAX_QUERY_CHARS)}</p>
            })}
            {move || failed.get().map(|e| view! { <p class="notice bad" role="alert">{format!("Part of the index could not be loaded ({e}); results may be incomplete.")}</p> })}
            <Show when=move || !counts.get().is_empty()>
                <div class="facets" role="group" aria-label="Show results of one kind">
                    <button type="button" aria-pressed=move || if kind.get().is_empty() { "true" } else { "false" } on:click=move |_| kind.set(String::new())>
                        {move || format!("All ({})", hits.get().len())}
                    </button>
                    {move || counts.get().into_iter().map(|(k, n)| {
                        let value = k.clone();
                        let pressed = k.clone();
                        view! {
                            <button type="button" aria-pressed=move || if kind.get() == pressed { "true" } else { "false" } on:click=move |_| kind.set(value.clone())>
                                {format!("{k} ({n})")}
                            </button>
                        }
                    }).collect_view()}
                </div>
            </Show>
            <ol class="results">
                {move || shown.get().into_iter().map(|n| {
                    let doc = docs.with(|d| d.get(&n).cloned());
                    match doc {
                        Some(d) => view! {
                            <li>
                                <a href=site.href(&d.key)>{d.title.clone()}</a>
                                <span class="chip">{d.kind.clone()}</span>
                                <p>{d.summary.clone()}</p>
                            </li>
                        }.into_any(),
                        None => match doc_errors.with(|e| e.get(&n).cloned()) {
                            Some(e) => view! { <li class="failed">{format!("This result could not be loaded ({e}). Change the search or reload the page to try again.")}</li> }.into_any(),
                            None => view! { <li class="loading">"Loading…"</li> }.into_any(),
                        },
                    }
                }).collect_view()}
            </ol>
        </div>
    }
}
