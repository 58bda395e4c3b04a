//! `/educators/editor/`: the curriculum editor. The educator pastes or writes a program file;
//! on every change it is checked by the build's own checker
//! ([`pathways_content::authoring::check`], compiled into this bundle only), each problem shown
//! at its line, and the program page the build would render is previewed with its coverage.
//! The draft is kept in this browser; the file is downloaded and proposed as a pull request.

use leptos::html::Textarea;
use leptos::prelude::*;
use pathways_content::authoring::{self, Checked, Draft, FILE, Known, MAX_BYTES, Problem};
use pathways_content::coverage;
use pathways_core::site::{Route, Section};
use wasm_bindgen::JsCast;

use crate::browser::{self, Timing};
use crate::context::use_site;
use crate::data::fetch_binary;
use crate::shell;
use crate::storage;

/// A file larger than this is not even read: it could only be refused.
const MAX_FILE_BYTES: f64 = (4 * MAX_BYTES) as f64;

/// The longest pre-filled pull-request link: GitHub refuses longer addresses.
const MAX_PREFILL: usize = 6000;

/// The editor page.
#[component]
pub fn EditorPage() -> impl IntoView {
    let site = use_site();
    site.release_first();
    shell::set_document_meta(
        "Check a curriculum · Health Cyber Pathways",
        "Check a curriculum file as you type with the rules the site is built with, preview its page, and see which health-sector roles, NICE work roles and CAE Knowledge Units it covers.",
    );
    let known = LocalResource::new(move || {
        let url = site.file(FILE);
        async move { fetch_binary::<Known>(&url).await }
    });
    view! {
        <div class="page editor">
            <header class="item-head">
                <p class="eyebrow"><a href=site.route(Route::Section(Section::Educators))>"Educators"</a></p>
                <h1>"Check a curriculum"</h1>
                <p class="lead">"Paste or write a program file: it is checked as you type by the same rules the site is built with, each problem shown at its line, with a preview of its page and what it prepares students for — the catalog's roles, the NICE work roles and the CAE Knowledge Units. Download the file and propose it as a pull request."</p>
                <p class="notice"><strong>"Private: "</strong>"the text stays in this browser; nothing is sent anywhere until you open a pull request yourself."</p>
            </header>
            {move || match known.get() {
                None => view! { <p class="loading" role="status">"Loading the catalog…"</p> }.into_any(),
                Some(Err(e)) => view! { <p role="alert">{format!("The catalog the file is checked against could not be loaded: {e}. Reload the page to try again.")}</p> }.into_any(),
                Some(Ok(k)) => view! { <Editor known=k /> }.into_any(),
            }}
        </div>
    }
}

/// The check of the text on screen, with the preview and the coverage when the file reads.
struct Shown {
    checked: Checked,
    /// The program page's `<main>` as the build renders it.
    preview: Option<String>,
    /// The coverage as CSV, for download.
    csv: Option<String>,
    /// One line per part of the coverage, for the summary.
    summary: Vec<String>,
}

/// Checks `text` and renders what the build would: timed as `editor-check` for the benchmark.
fn check(known: &Known, id: &str, text: &str, base: &pathways_core::site::BasePath) -> Shown {
    let timing = Timing::start("editor-check");
    let checked = authoring::check(known, id, text);
    let (preview, csv, summary) = match &checked.entry {
        Some(entry) => {
            let page = authoring::preview(entry, known, base);
            let report = coverage::report(known, id, &entry.meta, None);
            let title = |r: &str| known.role_title(r);
            let skill = |s: &str| known.skill_name(s);
            let csv = report
                .as_ref()
                .and_then(|r| coverage::csv(r, &title, &skill).ok());
            let summary = report
                .as_ref()
                .map(|r| summary(r, known))
                .unwrap_or_default();
            (Some(page), csv, summary)
        }
        None => (None, None, Vec::new()),
    };
    timing.stop();
    Shown {
        checked,
        preview,
        csv,
        summary,
    }
}

/// The coverage in a few lines: the best-covered roles, the NICE work roles, the Knowledge Unit
/// groups.
fn summary(r: &coverage::Report<'_>, known: &Known) -> Vec<String> {
    let mut lines = Vec::new();
    if r.roles.is_empty() {
        lines.push("It builds none of the required skills of a role in the catalog.".to_owned());
    } else {
        let best: Vec<String> = r
            .roles
            .iter()
            .take(3)
            .map(|c| {
                format!(
                    "{} {}%",
                    known.role_title(&c.role),
                    pathways_core::format::whole(c.share * 100.0)
                )
            })
            .collect();
        lines.push(format!(
            "Roles: {} touched; best covered {}.",
            r.roles.len(),
            best.join(", ")
        ));
    }
    lines.push(match r.work_roles.first() {
        None => "NICE work roles: no module lists a statement of one.".to_owned(),
        Some(w) => format!(
            "NICE work roles: {} with statements covered; most covered {} ({} of {}).",
            r.work_roles.len(),
            w.title,
            w.covered.len(),
            w.total
        ),
    });
    for g in &r.knowledge_units {
        let total = g.covered.len() + g.missing.len();
        lines.push(format!(
            "CAE-CD {}: {} of {total}{}.",
            pathways_core::coverage::group_label(&g.group).to_lowercase(),
            g.covered.len(),
            if g.missing.is_empty() {
                String::new()
            } else {
                format!(" (missing {})", g.missing.join(", "))
            }
        ));
    }
    lines
}

#[component]
fn Editor(known: Known) -> impl IntoView {
    let site = use_site();
    let base = site.base();
    let mut problem = None;
    let mut blocked = false;
    let draft = storage::load_draft(&mut problem, &mut blocked).unwrap_or_default();
    let storage_problem = RwSignal::new(problem);
    let id = RwSignal::new(draft.id.clone());
    let text = RwSignal::new(draft.text.clone());
    // What "Start from the example" or "Open a file" replaced, to put back.
    let replaced: RwSignal<Option<Draft>> = RwSignal::new(None);
    let area = NodeRef::<Textarea>::new();
    let known = StoredValue::new(known);
    let result = Memo::new_with_compare(
        move |_| {
            let id = id.get();
            text.with(|t| known.with_value(|k| check(k, &id, t, &base)))
        },
        |_, _| true,
    );

    // Keep the draft as it changes (never over a draft that could not be read and backed up).
    Effect::watch(
        move || (id.get(), text.get()),
        move |(id, text), _, _| {
            if blocked {
                return;
            }
            let draft = Draft {
                id: id.clone(),
                text: text.clone(),
            };
            if let Err(e) = storage::save_draft(&draft) {
                storage_problem.set(Some(format!(
                    "The draft could not be kept in this browser ({e}); download the file so as not to lose it."
                )));
            }
        },
        false,
    );

    // The text as it is in the field now (the signal follows it once a frame).
    let current = move || {
        area.get_untracked()
            .map_or_else(|| text.get_untracked(), |el| el.value())
    };
    // A paste or fast typing can fire many input events in one frame (Chromium fires one per
    // pasted line): the text is read, and checked, once a frame.
    let scheduled = StoredValue::new(false);
    let on_input = move |_: leptos::ev::Event| {
        if scheduled.get_value() {
            return;
        }
        scheduled.set_value(true);
        request_animation_frame(move || {
            scheduled.set_value(false);
            text.set(current());
        });
    };

    let replace = move |next: Draft| {
        let before = Draft {
            id: id.get_untracked(),
            text: current(),
        };
        if before != next && !before.text.trim().is_empty() {
            replaced.set(Some(before));
        }
        if let Some(el) = area.get_untracked() {
            el.set_value(&next.text);
        }
        id.set(next.id);
        text.set(next.text);
    };

    let go_to = move |p: &Problem| {
        let Some(el) = area.get_untracked() else {
            return;
        };
        let (start, end) = p.span.unwrap_or((0, 0));
        let (start, end) = text.with_untracked(|t| (utf16_at(t, start), utf16_at(t, end)));
        let _ = el.focus();
        let _ = el.set_selection_range(start, end.max(start));
    };

    let on_file = move |ev: leptos::ev::Event| {
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
        if file.size() > MAX_FILE_BYTES {
            storage_problem.set(Some(format!(
                "{} is {} KB; the editor checks files of up to {} KB. Check it with `pathways check` on your computer.",
                file.name(),
                pathways_core::format::whole((file.size() / 1024.0) as f32),
                MAX_BYTES / 1024
            )));
            return;
        }
        let name = file.name();
        let file_id = name.strip_suffix(".md").unwrap_or(&name).to_owned();
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(v) => replace(Draft {
                    id: file_id,
                    text: v.as_string().unwrap_or_default(),
                }),
                Err(_) => storage_problem.set(Some(format!(
                    "{name} could not be read as text; is it a Markdown file?"
                ))),
            }
        });
    };

    let download = move |_| {
        let name = format!("{}.md", id.get_untracked());
        if let Err(e) = browser::download(&name, "text/markdown", &current()) {
            storage_problem.set(Some(format!("The file could not be downloaded: {e}.")));
        }
    };
    let download_csv = move |_| {
        let name = format!("{}-coverage.csv", id.get_untracked());
        let csv = result.with_untracked(|r| r.csv.clone());
        if let Some(csv) = csv
            && let Err(e) = browser::download(&name, "text/csv", &csv)
        {
            storage_problem.set(Some(format!("The file could not be downloaded: {e}.")));
        }
    };

    let repo = env!("CARGO_PKG_REPOSITORY");
    let new_file_link = move || {
        let id = id.get();
        let mut link = format!("{repo}/new/main/content/programs?filename={id}.md");
        let encoded = text.with(|t| String::from(js_sys::encode_uri_component(t)));
        if encoded.len() <= MAX_PREFILL {
            link.push_str("&value=");
            link.push_str(&encoded);
        }
        link
    };
    let prefilled = move || text.with(|t| t.len()) * 3 <= MAX_PREFILL;

    view! {
        {move || storage_problem.get().map(|text| view! {
            <div class="notice bad" role="alert">
                <p>{text}</p>
                <button type="button" on:click=move |_| storage_problem.set(None)>"Dismiss"</button>
            </div>
        })}
        <div class="editor-grid">
            <section class="editor-input" aria-labelledby="editor-file">
                <h2 id="editor-file">"The file"</h2>
                <div class="field">
                    <label for="program-id">"Program id (the file name, without .md)"</label>
                    <input id="program-id" type="text" autocomplete="off" spellcheck="false" maxlength="80"
                        prop:value=move || id.get()
                        on:input=move |ev| id.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="curriculum">{move || format!("content/programs/{}.md", id.get())}</label>
                    <textarea id="curriculum" node_ref=area rows="28" wrap="off" spellcheck="false" autocomplete="off"
                        aria-describedby="editor-status"
                        prop:value=draft.text
                        on:input=on_input></textarea>
                </div>
                <div class="actions">
                    <button type="button" class="primary" on:click=download>"Download .md"</button>
                    <label class="button file">
                        "Open a file"
                        <input type="file" accept=".md,text/markdown,text/plain" class="visually-hidden" on:change=on_file />
                    </label>
                    <button type="button" on:click=move |_| replace(Draft::default())>"Start from the example"</button>
                </div>
                {move || replaced.get().map(|before| view! {
                    <p class="notice">
                        "The text you had before is kept. "
                        <button type="button" on:click=move |_| { replaced.set(None); replace(before.clone()); }>"Put it back"</button>
                    </p>
                })}
            </section>
            <section class="editor-problems" aria-labelledby="editor-problems">
                <h2 id="editor-problems">"Problems"</h2>
                <p id="editor-status" role="status" class=move || { if result.with(|r| r.checked.errors() > 0) { "editor-status bad" } else { "editor-status ok" } }>
                    {move || result.with(|r| status(&r.checked))}
                </p>
                <ol class="problems">
                    {move || result.with(|r| r.checked.problems.clone()).into_iter().map(|p| {
                        let at = p.clone();
                        view! {
                            <li class=if p.error { "problem problem-error" } else { "problem problem-warning" }>
                                <p class="problem-head">
                                    <span class="problem-code">{if p.error { "error " } else { "warning " }}{p.code}</span>" "
                                    <button type="button" class="link" on:click=move |_| go_to(&at)>{format!("Line {}, column {}", p.line, p.col)}</button>
                                    ": "<span class="problem-message">{p.message.clone()}</span>
                                </p>
                                {p.label.clone().map(|l| view! { <p class="problem-label">{l}</p> })}
                                {p.why.clone().map(|w| view! { <p><strong>"Why: "</strong>{w}</p> })}
                                {p.help.clone().map(|h| view! { <p><strong>"Help: "</strong>{h}</p> })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </section>
        </div>
        <section aria-labelledby="editor-coverage">
            <h2 id="editor-coverage">"What it prepares for"</h2>
            {move || {
                let lines = result.with(|r| r.summary.clone());
                if lines.is_empty() {
                    view! { <p class="muted">"The coverage appears once the file's facts can be read: fix the problems above."</p> }.into_any()
                } else {
                    view! {
                        <ul class="coverage-summary">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                        <p><button type="button" on:click=download_csv>"Download the coverage as CSV"</button></p>
                    }.into_any()
                }
            }}
        </section>
        <section aria-labelledby="editor-preview">
            <h2 id="editor-preview">"Preview of the program page"</h2>
            {move || match result.with(|r| r.preview.clone()) {
                Some(html) => view! { <div class="preview" inner_html=html></div> }.into_any(),
                None => view! { <p class="muted">"The preview appears once the file's facts can be read."</p> }.into_any(),
            }}
        </section>
        <section aria-labelledby="editor-publish">
            <h2 id="editor-publish">"Propose it"</h2>
            <ol class="steps">
                <li>"Fix every problem above: the site's build refuses a file with errors."</li>
                <li>
                    <a href=new_file_link rel="external noopener" target="_blank">"Create the file on GitHub"</a>
                    {move || if prefilled() { " (the text is filled in)." } else { " and paste the downloaded file into it (this one is too long to fill in)." }}
                    " GitHub asks you to sign in and makes a copy (a fork) of the repository for you."
                </li>
                <li>"Choose \"Propose new file\", then \"Create pull request\". The pull request is checked by the same rules; every problem is shown at its line."</li>
                <li>"A maintainer reviews the sources and dates; once merged, the program page is published."</li>
            </ol>
            <p>"Or, with Git: add the file as " <code>{move || format!("content/programs/{}.md", id.get())}</code> ", run " <code>"cargo run -p pathways-cli -- check content"</code> " and open a pull request."</p>
        </section>
    }
}

/// The status line: how many problems, or that the file passes.
fn status(c: &Checked) -> String {
    match (c.errors(), c.warnings()) {
        (0, 0) => "No problems: the file passes the checks.".to_owned(),
        (e, w) => {
            let mut parts = Vec::new();
            if e > 0 {
                parts.push(pathways_content::diagnostic::plural(e, "error"));
            }
            if w > 0 {
                parts.push(pathways_content::diagnostic::plural(w, "warning"));
            }
            format!("{} found.", parts.join(" and "))
        }
    }
}

/// The position in UTF-16 code units (the textarea's) of a byte offset into `text`.
fn utf16_at(text: &str, byte: usize) -> u32 {
    let mut at = byte.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    text.get(..at)
        .map_or(0, |t| t.encode_utf16().count())
        .try_into()
        .unwrap_or(u32::MAX)
}
