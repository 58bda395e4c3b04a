//! What the role builder gives back: the requirement-inflation review with one-click fixes,
//! the job description (preview, Markdown download, plain-text copy, print) and the role's
//! link.

use leptos::prelude::*;
use leptos::task::spawn_local;
use pathways_core::bundle::HireBundle;
use pathways_core::hire::HireRole;
use pathways_core::hire::document::document;
use pathways_core::hire::link::encode_role;
use pathways_core::hire::review::review;

use super::Edit;
use crate::browser;
use crate::components::ShareBox;

/// The review: each finding with its reason, its source and its fix.
#[component]
pub fn Review(
    /// The catalog.
    bundle: StoredValue<HireBundle>,
    /// The role on screen.
    role: Memo<Option<HireRole>>,
    /// Changes to it.
    edit: Edit,
) -> impl IntoView {
    let findings = Memo::new(move |_| {
        role.with(|r| {
            r.as_ref()
                .map(|r| bundle.with_value(|b| review(r, b)))
                .unwrap_or_default()
        })
    });
    view! {
        <section class="hire-section review no-print" aria-labelledby="review-h">
            <h2 id="review-h">"Requirement check"</h2>
            <div role="status">
                {move || {
                    let list = findings.get();
                    if list.is_empty() {
                        view! { <p class="good">"No inflated requirements found: the role asks for what its level needs."</p> }.into_any()
                    } else {
                        let n = list.len();
                        let items = list.into_iter().map(|f| {
                            let label = f.fix.as_ref().map(|fix| role.with_untracked(|r| r.as_ref().map(|r| bundle.with_value(|b| fix.label(b, r))).unwrap_or_default()));
                            let fix = f.fix.clone();
                            view! {
                                <li class="finding">
                                    <h3>{f.rule.title()}</h3>
                                    <p>{f.message.clone()}</p>
                                    <p class="source">"Source: "{if f.source_url.is_empty() { view! { <span>{f.source_title.clone()}</span> }.into_any() } else { view! { <a href=f.source_url.clone() rel="noopener">{f.source_title.clone()}</a> }.into_any() }}</p>
                                    {fix.zip(label).map(|(fix, label)| view! {
                                        <button type="button" on:click=move |_| { let fix = fix.clone(); edit.apply(move |r| r.apply(&fix)); }>{label}</button>
                                    })}
                                </li>
                            }
                        }).collect_view();
                        view! {
                            <p>{if n == 1 { "1 requirement may keep good candidates out:".to_owned() } else { format!("{n} requirements may keep good candidates out:") }}</p>
                            <ul class="findings">{items}</ul>
                        }.into_any()
                    }
                }}
            </div>
        </section>
    }
}

fn file_name(title: &str) -> String {
    let slug = pathways_core::site::slug(title);
    if slug.is_empty() {
        "job-description.md".to_owned()
    } else {
        format!("{slug}.md")
    }
}

/// The job description and the role's link.
#[component]
pub fn Outputs(
    /// The catalog.
    bundle: StoredValue<HireBundle>,
    /// The role on screen.
    role: Memo<Option<HireRole>>,
) -> impl IntoView {
    let site = crate::context::use_site();
    let valid = Memo::new(move |_| role.with(|r| r.as_ref().map(HireRole::validate)));
    let doc = Memo::new(move |_| {
        role.with(|r| r.as_ref().map(|r| bundle.with_value(|b| document(r, b))))
    });
    let status = RwSignal::new(None::<String>);
    let download = move |_| {
        if let Some(d) = doc.get_untracked() {
            let outcome = browser::download(
                &file_name(&d.title),
                "text/markdown;charset=utf-8",
                &d.markdown(),
            );
            status.set(Some(match outcome {
                Ok(()) => "Downloaded the job description as Markdown.".into(),
                Err(e) => e,
            }));
        }
    };
    let copy = move |_| {
        if let Some(d) = doc.get_untracked() {
            let text = d.plain_text();
            spawn_local(async move {
                let outcome = browser::copy(&text).await;
                status.set(Some(match outcome {
                    Ok(()) => "Copied the job description as plain text.".into(),
                    Err(e) => e,
                }));
            });
        }
    };
    view! {
        <section class="hire-section jd" aria-labelledby="jd-h">
            <h2 id="jd-h" class="no-print">"Job description"</h2>
            {move || match valid.get() {
                Some(Err(e)) => view! { <p class="notice bad" role="alert">{format!("Fix this first: {e}.")}</p> }.into_any(),
                _ => view! {
                    <div class="actions no-print">
                        <button type="button" on:click=download>"Download Markdown"</button>
                        <button type="button" on:click=copy>"Copy as text"</button>
                        <button type="button" on:click=|_| browser::print()>"Print"</button>
                        <span class="status" role="status">{move || status.get()}</span>
                    </div>
                    {move || doc.get().map(|d| view! {
                        <article class="jd-preview" aria-label="Job description preview">
                            <h2 class="jd-title">{d.title.clone()}</h2>
                            {(!d.facts.is_empty()).then(|| view! { <p class="jd-facts">{d.facts.join(" · ")}</p> })}
                            {d.sections.into_iter().map(|s| view! {
                                <h3>{s.heading}</h3>
                                {s.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                                {(!s.items.is_empty()).then(|| view! { <ul>{s.items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> })}
                            }).collect_view()}
                        </article>
                    })}
                    {move || role.with(|r| r.as_ref().filter(|r| r.validate().is_ok()).map(encode_role)).map(|link| view! {
                        <ShareBox id="candidate-link" label="Link for candidates"
                            hint="Candidates who open it assess themselves against this role in their own browser and send you back a results link."
                            url=format!("{}{}#{link}", browser::origin(), site.href("assess")) />
                        <ShareBox id="role-link" label="Link to this role"
                            hint="Anyone with the link sees the role as it is now, in their own browser; keep it to reopen the role on another device."
                            url=format!("{}#{link}", browser::address_without_fragment()) />
                        <p class="no-print"><a href=site.route(pathways_core::site::Route::HireCompare)>"Compare the candidates who sent results"</a></p>
                    })}
                }.into_any(),
            }}
        </section>
    }
}
