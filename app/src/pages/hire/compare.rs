//! `/hire/compare/`: candidates side by side against a role, from the results links they sent
//! back. Opening a results link (`#c=…`) adds that candidate; more links can be pasted, one per
//! line. The comparison itself is `pathways_core::hire::compare`.

use leptos::prelude::*;
use std::sync::Arc;

use pathways_core::bundle::{HIRE_FILE, HireBundle, PLANNER_FILE, PlannerBundle};
use pathways_core::hire::HireRole;
use pathways_core::hire::compare::{Cell, SortBy, compare, when_words};
use pathways_core::hire::learning::{LEARNING_HOURS_PER_WEEK, LearningPlanner, learning_words};
use pathways_core::hire::link::{RESULTS_KEY, decode_results};
use pathways_core::hire::saved::MAX_CANDIDATES;
use pathways_core::model::level_name;
use pathways_core::site::Route;

use crate::browser;
use crate::context::use_site;
use crate::data::fetch_binary;
use crate::shell;
use crate::storage::use_hire;

/// Reads pasted results links, one per line: the candidates found, and a message per line that
/// is not a results link.
fn read_links(
    text: &str,
) -> (
    Vec<pathways_core::hire::link::CandidateResults>,
    Vec<String>,
) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match decode_results(line) {
            Ok(c) => found.push(c),
            Err(e) => problems.push(format!("Line {}: {e}.", n + 1)),
        }
    }
    (found, problems)
}

/// The comparison page.
#[component]
pub fn ComparePage() -> impl IntoView {
    let site = use_site();
    site.release_first();
    shell::set_document_meta(
        "Compare candidates · Health Cyber Pathways",
        "Compare candidates side by side against a skills-based role from the results links they send back. Private: nothing leaves your browser.",
    );
    let bundle = LocalResource::new(move || {
        let url = site.file(HIRE_FILE);
        async move { fetch_binary::<HireBundle>(&url).await }
    });
    view! {
        <div class="page hire compare">
            <header class="item-head">
                <h1>"Compare candidates"</h1>
                <p class="lead">"Paste the results links your candidates sent back: see them side by side against your role, with gaps needed at hire apart from those they can learn on the job, and when each meets your qualification routes."</p>
                <p class="notice"><strong>"Private: "</strong>"the links are read in this browser and kept here only; nothing is sent to a server."</p>
            </header>
            {move || match bundle.get() {
                None => view! { <p class="loading" role="status">"Loading the catalog…"</p> }.into_any(),
                Some(Err(e)) => view! { <p role="alert">{format!("The catalog could not be loaded: {e}. Reload the page to try again.")}</p> }.into_any(),
                Some(Ok(b)) => view! { <Comparison bundle=b /> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn Comparison(bundle: HireBundle) -> impl IntoView {
    let store = use_hire();
    let site = use_site();
    let bundle = StoredValue::new(bundle);
    let status = RwSignal::new(None::<String>);
    let problems = RwSignal::new(Vec::<String>::new());

    // A results link opened directly adds its candidate.
    let fragment = browser::fragment();
    if fragment.starts_with(&format!("{RESULTS_KEY}=")) {
        match decode_results(&fragment) {
            Ok(c) => {
                let name = c.name.clone();
                let mut added = false;
                store.roles.update(|s| added = s.add_candidate(c));
                status.set(Some(if added {
                    format!("Added {name}'s results.")
                } else {
                    format!(
                        "The list is full ({MAX_CANDIDATES} candidates); remove one to add {name}."
                    )
                }));
            }
            Err(e) => problems.set(vec![format!(
                "The results link in the address cannot be opened: {e}. Nothing was changed."
            )]),
        }
    }

    // The roles to compare against: the one on screen in the builder, then the saved ones.
    let roles = Memo::new(move |_| {
        store.roles.with(|s| {
            let mut v: Vec<HireRole> = s.draft.iter().cloned().collect();
            for saved in &s.saved {
                if !v.contains(&saved.role) {
                    v.push(saved.role.clone());
                }
            }
            v
        })
    });
    let chosen = RwSignal::new(0usize);
    let role = Memo::new(move |_| roles.with(|v| v.get(chosen.get()).or(v.first()).cloned()));
    let sort = RwSignal::new(SortBy::Fit);
    // The planner's catalog, fetched once there is a candidate to plan for.
    let has_candidates = Memo::new(move |_| store.roles.with(|s| !s.candidates.is_empty()));
    let planner = LocalResource::new(move || {
        let wanted = has_candidates.get();
        let url = site.file(PLANNER_FILE);
        async move {
            if wanted {
                fetch_binary::<PlannerBundle>(&url)
                    .await
                    .map(|b| Some(Arc::new(b)))
            } else {
                Ok(None)
            }
        }
    });
    // Whether the learning column is worked out: `None` while loading, the problem if any.
    let learning_state = Memo::new(move |_| match planner.get() {
        None => None,
        Some(Ok(_)) => Some(Ok(())),
        Some(Err(e)) => Some(Err(e.to_string())),
    });
    let table = Memo::new(move |_| {
        let role = role.get()?;
        let candidates = store.roles.with(|s| s.candidates.clone());
        let today = browser::today();
        let planner = planner.get();
        // Measured for the browser bench (`cargo xtask bench --only compare`): the comparison
        // and, once the planner's catalog is in, every candidate's learning plan.
        let timing = browser::Timing::start(if matches!(planner, Some(Ok(Some(_)))) {
            "hcp-compare-planned"
        } else {
            "hcp-compare"
        });
        let mut c = bundle.with_value(|b| compare(&role, b, &candidates, today));
        if let Some(Ok(Some(p))) = planner {
            let catalog = pathways_core::planner::Catalog {
                credentials: &p.credentials,
                programs: &p.programs,
                skill_names: &p.skill_names,
            };
            c.plan_learning(&LearningPlanner::new(&role, &catalog, today), &candidates);
        }
        c.sort(sort.get());
        timing.stop();
        Some((role, c))
    });
    let pasted = RwSignal::new(String::new());
    let add = move |_| {
        let (found, bad) = read_links(&pasted.get_untracked());
        let mut added = 0;
        let mut full = false;
        store.roles.update(|s| {
            for c in found {
                if s.add_candidate(c) {
                    added += 1;
                } else {
                    full = true;
                }
            }
        });
        status.set(Some(match (added, full) {
            (_, true) => format!("Added {added}; the list is full ({MAX_CANDIDATES} candidates)."),
            (1, _) => "Added 1 candidate.".to_owned(),
            (n, _) => format!("Added {n} candidates."),
        }));
        if bad.is_empty() {
            pasted.set(String::new());
        }
        problems.set(bad);
    };
    let download = move |_| {
        if let Some((role, c)) = table.get_untracked() {
            let csv = bundle.with_value(|b| c.csv(&role, b));
            let name = format!("{}-candidates.csv", pathways_core::site::slug(&role.title));
            if let Err(e) = browser::download(&name, "text/csv;charset=utf-8", &csv) {
                status.set(Some(e));
            }
        }
    };

    view! {
        {move || roles.with(Vec::is_empty).then(|| view! {
            <p class="notice" role="status">"Define a role first: the comparison is against a role you built or saved. "<a href=site.route(Route::Section(pathways_core::site::Section::Hire))>"Define a role"</a></p>
        })}
        <section class="hire-section no-print" aria-labelledby="add-h">
            <h2 id="add-h">"Add candidates"</h2>
            <div class="field wide">
                <label for="paste-links">"Results links, one per line"</label>
                <textarea id="paste-links" rows="4" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </div>
            <div class="actions">
                <button type="button" on:click=add>"Add candidates"</button>
                <span class="status" role="status">{move || status.get()}</span>
            </div>
            {move || {
                let p = problems.get();
                (!p.is_empty()).then(|| view! {
                    <div class="notice bad" role="alert">
                        <p>"These lines are not results links this portal can read; they were not added:"</p>
                        <ul>{p.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
        </section>
        {move || (roles.with(|v| v.len() > 1)).then(|| view! {
            <div class="field no-print">
                <label for="compare-role">"Compare against"</label>
                <select id="compare-role" prop:value=move || chosen.get().to_string() on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>
                    {roles.get().into_iter().enumerate().map(|(i, r)| view! { <option value=i.to_string()>{r.title}</option> }).collect_view()}
                </select>
            </div>
        })}
        {move || table.get().map(|(role, c)| {
            let n = c.rows.len();
            if n == 0 {
                return view! { <p class="muted">"No candidates yet. Send candidates the role's link (from “Link for candidates” on the role builder); each sends back a results link to paste here."</p> }.into_any();
            }
            let skills: Vec<(String, String, u8, bool)> = role.skills.iter().map(|s| (s.skill.clone(), bundle.with_value(|b| b.skill_name(&s.skill).to_owned()), s.level, s.at_hire)).collect();
            let header = skills.clone();
            let rows = c.rows.clone();
            let role_for_words = StoredValue::new(role.clone());
            view! {
                <section class="hire-section" aria-labelledby="table-h">
                    <h2 id="table-h">{format!("{n} candidates for {}", role.title.trim())}</h2>
                    <div class="actions no-print">
                        <label for="compare-sort">"Sort by"</label>
                        <select id="compare-sort" on:change=move |ev| sort.set(match event_target_value(&ev).as_str() {
                            "gaps" => SortBy::AtHireGaps, "qualified" => SortBy::Qualification, "name" => SortBy::Name, _ => SortBy::Fit,
                        })>
                            <option value="fit" selected=move || sort.get() == SortBy::Fit>"Best fit"</option>
                            <option value="gaps" selected=move || sort.get() == SortBy::AtHireGaps>"Fewest gaps at hire"</option>
                            <option value="qualified" selected=move || sort.get() == SortBy::Qualification>"Qualified soonest"</option>
                            <option value="name" selected=move || sort.get() == SortBy::Name>"Name"</option>
                        </select>
                        <button type="button" on:click=download>"Download CSV"</button>
                        <button type="button" on:click=|_| browser::print()>"Print"</button>
                    </div>
                    <div class="table-wrap">
                        <table class="compare-table">
                            <caption>"Candidates side by side: estimated level per skill against the target; ★ marks a skill only that candidate has at target"</caption>
                            <thead>
                                <tr>
                                    <th scope="col">"Candidate"</th>
                                    <th scope="col">"Fit"</th>
                                    <th scope="col">"Gaps at hire"</th>
                                    <th scope="col">"Learnable gaps"</th>
                                    <th scope="col">"Qualification"</th>
                                    <th scope="col">"To close learnable gaps"<span class="th-note">{format!("planner, {} h a week", pathways_core::format::decimal(LEARNING_HOURS_PER_WEEK, 0))}</span></th>
                                    {header.into_iter().map(|(_, name, level, at_hire)| view! {
                                        <th scope="col">{name}<span class="th-note">{format!("target {level} · {}", if at_hire { "at hire" } else { "learnable" })}</span></th>
                                    }).collect_view()}
                                    <th scope="col" class="no-print"><span class="visually-hidden">"Remove"</span></th>
                                </tr>
                            </thead>
                            <tbody>
                                {rows.into_iter().map(|row| {
                                    let when = role_for_words.with_value(|r| bundle.with_value(|b| when_words(&row.when, r, b)));
                                    // Removed by identity: a list on screen may be stale.
                                    let this = store.roles.with_untracked(|s| s.candidates.get(row.index).cloned());
                                    let name = row.name.clone();
                                    let learning = match (&row.learning, learning_state.get_untracked()) {
                                        (Some(l), _) => learning_words(l),
                                        (None, Some(Ok(()))) => if row.learnable_gaps.is_empty() { "No learnable gaps".to_owned() } else { "Nothing to plan".to_owned() },
                                        (None, Some(Err(_))) => "Not available".to_owned(),
                                        (None, None) => "Working it out…".to_owned(),
                                    };
                                    let cells = row.cells.iter().zip(&skills).map(|(cell, (id, _, target, at_hire))| {
                                        let (text, class) = match cell {
                                            Cell::NotAssessed => ("not assessed".to_owned(), "na"),
                                            Cell::Level(l) if *l >= f32::from(*target) => (pathways_core::format::decimal(*l, 1), "meets"),
                                            Cell::Level(l) => (pathways_core::format::decimal(*l, 1), if *at_hire { "gap hire" } else { "gap" }),
                                        };
                                        let only = row.only_one.contains(id);
                                        view! { <td class=class>{text}{only.then(|| view! { " ★"<span class="visually-hidden">" only candidate at target"</span> })}</td> }
                                    }).collect_view();
                                    view! {
                                        <tr>
                                            <th scope="row">{row.name.clone()}{row.other_version.then(|| view! { <span class="th-note">"assessed another version of the role: compared on the shared skills"</span> })}</th>
                                            <td>{pathways_core::format::whole(row.score)}</td>
                                            <td>{row.at_hire_gaps.len()}</td>
                                            <td>{row.learnable_gaps.len()}</td>
                                            <td>{when}</td>
                                            <td class="learning">{learning}</td>
                                            {cells}
                                            <td class="no-print">
                                                <button type="button" class="remove" aria-label=format!("Remove {name}") on:click=move |_| {
                                                    if let Some(this) = &this {
                                                        store.roles.update(|s| s.candidates.retain(|c| c != this));
                                                    }
                                                }>"Remove"</button>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <p class="hint">{format!("Levels run from 0 to 4 ({} to {}). Levels are the candidates' own assessments: confirm them in a structured interview.", level_name(1), level_name(4))}</p>
                    <p class="hint">{format!("To close learnable gaps: the planner's balanced plan of catalog programs for the skills you marked learnable on the job, at an assumed {} hours a week from today; costs are list prices unless marked estimated. Gaps needed at hire are not planned.", pathways_core::format::decimal(LEARNING_HOURS_PER_WEEK, 0))}</p>
                    {move || learning_state.get().and_then(Result::err).map(|e| view! { <p class="notice bad" role="alert">{format!("The learning plans could not be worked out: the planner's catalog did not load ({e}). Reload the page to try again.")}</p> })}
                </section>
            }.into_any()
        })}
    }
}
