//! The role's form: basics, duties, skills (needed at hire or learnable on the job) and
//! qualification routes. Rows are rebuilt only when their number changes; each field follows
//! the role, so typing never rebuilds the form.

use leptos::prelude::*;
use pathways_core::bundle::{HireBundle, work_role_file};
use pathways_core::hire::work_role::HireWorkRole;
use pathways_core::hire::{
    Arrangement, Duty, HireRole, HireSkill, MAX_DUTIES, MAX_ROUTES, MAX_SKILLS, MAX_YEARS,
    Qualifier, Salary,
};
use pathways_core::model::{Degree, OrgSize, OrgType, Stage, level_name};

use super::Edit;
use crate::context::use_site;
use crate::data::fetch_binary;

fn years_value(text: &str) -> Option<f32> {
    pathways_core::format::parse_f32(text.trim())
        .filter(|v| v.is_finite() && (0.0..=MAX_YEARS).contains(v))
}

fn show_years(y: f32) -> String {
    pathways_core::format::decimal(y, 1)
}

/// The form.
#[component]
pub fn Editor(
    /// The catalog.
    bundle: StoredValue<HireBundle>,
    /// The role on screen.
    role: Memo<Option<HireRole>>,
    /// Changes to it.
    edit: Edit,
) -> impl IntoView {
    let get = move |f: fn(&HireRole) -> String| {
        move || role.with(|r| r.as_ref().map(f).unwrap_or_default())
    };
    let saved_status = RwSignal::new(None::<String>);
    let salary_error = RwSignal::new(None::<&'static str>);
    let salary_min = RwSignal::new(role.with_untracked(|r| {
        r.as_ref()
            .and_then(|r| r.salary)
            .map(|s| s.min_usd.to_string())
            .unwrap_or_default()
    }));
    let salary_max = RwSignal::new(role.with_untracked(|r| {
        r.as_ref()
            .and_then(|r| r.salary)
            .map(|s| s.max_usd.to_string())
            .unwrap_or_default()
    }));
    // The two salary fields are a buffer (a half-typed range is not a range yet); they follow
    // the role when another one is opened or a link replaces it.
    Effect::watch(
        move || role.with(|r| r.as_ref().and_then(|r| r.salary)),
        move |s, _, _| {
            if salary_error.get_untracked().is_none() {
                salary_min.set(s.map(|s| s.min_usd.to_string()).unwrap_or_default());
                salary_max.set(s.map(|s| s.max_usd.to_string()).unwrap_or_default());
            }
        },
        false,
    );
    let set_salary = move || {
        let (lo, hi) = (salary_min.get_untracked(), salary_max.get_untracked());
        let (lo, hi) = (lo.trim(), hi.trim());
        if lo.is_empty() && hi.is_empty() {
            salary_error.set(None);
            edit.apply(|r| r.salary = None);
            return;
        }
        let parse = |s: &str| s.replace([',', '$'], "").parse::<u32>().ok();
        match (parse(lo), parse(hi)) {
            (Some(a), Some(b)) if a <= b && b <= pathways_core::hire::MAX_SALARY_USD => {
                salary_error.set(None);
                edit.apply(|r| {
                    r.salary = Some(Salary {
                        min_usd: a,
                        max_usd: b,
                    })
                });
            }
            (Some(_), Some(_)) => {
                salary_error.set(Some("The lowest figure must not be above the highest."))
            }
            _ => salary_error.set(Some(
                "Enter both figures in whole dollars a year, such as 85000 and 110000.",
            )),
        }
    };
    let title_error =
        Memo::new(move |_| role.with(|r| r.as_ref().is_some_and(|r| r.title.trim().is_empty())));

    view! {
        <form class="hire-form" on:submit=|ev| ev.prevent_default() aria-labelledby="basics-h">
            <h2 id="basics-h">"The role"</h2>
            <div class="hire-grid">
                <div class="field wide">
                    <label for="hire-title">"Job title"</label>
                    <input id="hire-title" type="text" maxlength="120" required prop:value=get(|r| r.title.clone())
                        aria-invalid=move || title_error.get().to_string() aria-describedby="hire-title-error"
                        on:input=move |ev| { let v = event_target_value(&ev); edit.apply(|r| r.title = v); } />
                    <span class="error" id="hire-title-error" role="alert">{move || title_error.get().then_some("Give the role a title.")}</span>
                </div>
                <div class="field">
                    <label for="hire-stage">"Level"</label>
                    <select id="hire-stage" prop:value=get(|r| r.stage.as_str().to_owned())
                        on:change=move |ev| { let v = event_target_value(&ev); if let Ok(s) = v.parse::<Stage>() { edit.apply(|r| r.stage = s); } }>
                        {Stage::ALL.into_iter().map(|s| view! { <option value=s.as_str()>{s.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="hire-org">"Organization"</label>
                    <select id="hire-org" prop:value=get(|r| r.org_type.map(|o| o.as_str()).unwrap_or("").to_owned())
                        on:change=move |ev| { let v = event_target_value(&ev); edit.apply(|r| r.org_type = v.parse::<OrgType>().ok()); }>
                        <option value="">"Not stated"</option>
                        {OrgType::ALL.into_iter().map(|o| view! { <option value=o.as_str()>{o.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="hire-size">"Size (as HICP sizes organizations)"</label>
                    <select id="hire-size" prop:value=get(|r| r.org_size.map(|o| o.as_str()).unwrap_or("").to_owned())
                        on:change=move |ev| { let v = event_target_value(&ev); edit.apply(|r| r.org_size = v.parse::<OrgSize>().ok()); }>
                        <option value="">"Not stated"</option>
                        {OrgSize::ALL.into_iter().map(|o| view! { <option value=o.as_str()>{o.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="hire-arrangement">"Work arrangement"</label>
                    <select id="hire-arrangement" prop:value=get(|r| r.arrangement.map(|o| o.as_str()).unwrap_or("").to_owned())
                        on:change=move |ev| { let v = event_target_value(&ev); edit.apply(|r| r.arrangement = v.parse::<Arrangement>().ok()); }>
                        <option value="">"Not stated"</option>
                        {Arrangement::ALL.into_iter().map(|o| view! { <option value=o.as_str()>{o.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="hire-location">"Location"</label>
                    <input id="hire-location" type="text" maxlength="120" prop:value=get(|r| r.location.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); edit.apply(|r| r.location = v); } />
                </div>
                <fieldset class="field salary">
                    <legend>"Salary range (US dollars a year, optional)"</legend>
                    <span class="hint">"As you set it: the portal has no market data and suggests none."</span>
                    <div class="salary-row">
                        <label for="hire-salary-min">"From"</label>
                        <input id="hire-salary-min" type="text" inputmode="numeric" prop:value=move || salary_min.get()
                            aria-invalid=move || salary_error.get().is_some().to_string() aria-describedby="hire-salary-error"
                            on:change=move |ev| { salary_min.set(event_target_value(&ev)); set_salary(); } />
                        <label for="hire-salary-max">"to"</label>
                        <input id="hire-salary-max" type="text" inputmode="numeric" prop:value=move || salary_max.get()
                            aria-invalid=move || salary_error.get().is_some().to_string() aria-describedby="hire-salary-error"
                            on:change=move |ev| { salary_max.set(event_target_value(&ev)); set_salary(); } />
                    </div>
                    <span class="error" id="hire-salary-error" role="alert">{move || salary_error.get()}</span>
                </fieldset>
                <div class="field wide">
                    <label for="hire-summary">"About the role and the team"</label>
                    <textarea id="hire-summary" rows="4" maxlength="1500" prop:value=get(|r| r.summary.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); edit.apply(|r| r.summary = v); }></textarea>
                </div>
            </div>
        </form>
        <Duties bundle role edit />
        <Skills bundle role edit />
        <Routes bundle role edit />
        <div class="actions no-print">
            <button type="button" on:click=move |_| {
                let dropped = edit.save();
                let title = role.with_untracked(|r| r.as_ref().map(|r| r.title.trim().to_owned()).unwrap_or_default());
                saved_status.set(Some(if dropped { format!("Saved “{title}”. The oldest saved role was removed to make room.") } else { format!("Saved “{title}” in this browser.") }));
            }>"Save this role"</button>
            <button type="button" on:click=move |_| edit.start_another()>"Start another role"</button>
            <span class="status" role="status">{move || saved_status.get()}</span>
        </div>
    }
}

#[component]
fn Duties(
    bundle: StoredValue<HireBundle>,
    role: Memo<Option<HireRole>>,
    edit: Edit,
) -> impl IntoView {
    let count = Memo::new(move |_| role.with(|r| r.as_ref().map_or(0, |r| r.duties.len())));
    let total = Memo::new(move |_| role.with(|r| r.as_ref().map_or(0, HireRole::duty_percent)));
    view! {
        <section class="hire-section" aria-labelledby="duties-h">
            <h2 id="duties-h">"Major duties"</h2>
            <p class="hint">"What the person does, as tasks, with the share of time each takes; they should add up to 100%."</p>
            <ol class="duty-list">
                {move || (0..count.get()).map(|i| {
                    let text = move || role.with(|r| r.as_ref().and_then(|r| r.duties.get(i)).map(|d| d.text.clone()).unwrap_or_default());
                    let pct = move || role.with(|r| r.as_ref().and_then(|r| r.duties.get(i)).map(|d| d.percent.to_string()).unwrap_or_default());
                    let (tid, pid) = (format!("duty-{i}"), format!("duty-pct-{i}"));
                    view! {
                        <li class="duty-row">
                            <div class="field wide">
                                <label for=tid.clone()>{format!("Duty {}", i + 1)}</label>
                                <input id=tid type="text" maxlength="400" prop:value=text
                                    on:input=move |ev| { let v = event_target_value(&ev); edit.apply(|r| if let Some(d) = r.duties.get_mut(i) { d.text = v; }); } />
                            </div>
                            <div class="field narrow">
                                <label for=pid.clone()>"% of time"</label>
                                <input id=pid type="number" min="0" max="100" step="5" prop:value=pct
                                    on:change=move |ev| {
                                        if let Ok(v) = event_target_value(&ev).trim().parse::<u8>() {
                                            edit.apply(|r| if let Some(d) = r.duties.get_mut(i) { d.percent = v.min(100); });
                                        }
                                    } />
                            </div>
                            <button type="button" class="remove" aria-label=format!("Remove duty {}", i + 1)
                                on:click=move |_| edit.apply(|r| { if i < r.duties.len() { r.duties.remove(i); } })>"Remove"</button>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <p class="muted">{move || (count.get() > 0).then(|| format!("Total: {}%", total.get()))}</p>
            <button type="button" disabled=move || { count.get() >= MAX_DUTIES }
                on:click=move |_| edit.apply(|r| if r.duties.len() < MAX_DUTIES { r.duties.push(Duty { text: String::new(), percent: 0 }); })>"Add a duty"</button>
            <NiceTasks bundle role edit />
        </section>
    }
}

/// The NICE work role the role aligns with, and its task statements to add as duties.
#[component]
fn NiceTasks(
    bundle: StoredValue<HireBundle>,
    role: Memo<Option<HireRole>>,
    edit: Edit,
) -> impl IntoView {
    let site = use_site();
    let work_role = Memo::new(move |_| role.with(|r| r.as_ref().and_then(|r| r.work_role.clone())));
    let loaded = LocalResource::new(move || {
        let id = work_role.get();
        async move {
            match id {
                None => Ok(None),
                Some(id) => fetch_binary::<HireWorkRole>(&site.file(&work_role_file(&id)))
                    .await
                    .map(Some),
            }
        }
    });
    let options: Vec<(String, String)> = bundle.with_value(|b| {
        b.work_roles
            .iter()
            .map(|w| (w.id.clone(), format!("{} ({})", w.title, w.id)))
            .collect()
    });
    view! {
        <div class="field">
            <label for="hire-work-role">"NICE Framework work role"</label>
            <select id="hire-work-role" prop:value=move || work_role.get().unwrap_or_default()
                on:change=move |ev| { let v = event_target_value(&ev); edit.apply(|r| r.work_role = (!v.is_empty()).then_some(v)); }>
                <option value="">"None"</option>
                {options.into_iter().map(|(id, title)| view! { <option value=id>{title}</option> }).collect_view()}
            </select>
        </div>
        {move || match loaded.get() {
            Some(Ok(Some(w))) => {
                let count = w.tasks.len();
                view! {
                    <details class="nice-tasks">
                        <summary>{format!("Duties from the NICE task statements of {} ({count})", w.title)}</summary>
                        <p class="hint">{format!("NICE Framework components v{}. Add the tasks the person will do, then set the share of time each takes.", w.version)}</p>
                        <ul class="task-list">
                            {w.tasks.into_iter().map(|t| {
                                let text = t.text.clone();
                                let added = {
                                    let text = text.clone();
                                    move || role.with(|r| r.as_ref().is_none_or(|r| r.duties.len() >= MAX_DUTIES || r.duties.iter().any(|d| d.text == text)))
                                };
                                view! {
                                    <li>
                                        <span>{t.text.clone()}<span class="muted">{format!(" ({})", t.id)}</span></span>
                                        <button type="button" aria-label=format!("Add duty: {}", t.text) disabled=added
                                            on:click=move |_| { let text = text.clone(); edit.apply(move |r| if r.duties.len() < MAX_DUTIES && r.duties.iter().all(|d| d.text != text) { r.duties.push(Duty { text, percent: 0 }); }); }>"Add"</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </details>
                }.into_any()
            }
            Some(Err(e)) => view! { <p class="muted" role="status">{format!("The NICE task statements could not be loaded: {e}.")}</p> }.into_any(),
            _ => ().into_any(),
        }}
    }
}

#[component]
fn Skills(
    bundle: StoredValue<HireBundle>,
    role: Memo<Option<HireRole>>,
    edit: Edit,
) -> impl IntoView {
    let ids = Memo::new(move |_| {
        role.with(|r| {
            r.as_ref()
                .map(|r| r.skills.iter().map(|s| s.skill.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let all: Vec<(String, String)> = bundle.with_value(|b| {
        let mut v: Vec<(String, String)> = b
            .skills
            .iter()
            .map(|(id, s)| (id.clone(), s.name.clone()))
            .collect();
        v.sort_by(|a, b| a.1.cmp(&b.1));
        v
    });
    let all = StoredValue::new(all);
    let to_add = RwSignal::new(String::new());
    view! {
        <section class="hire-section" aria-labelledby="skills-h">
            <h2 id="skills-h">"Skills"</h2>
            <p class="hint">"For each skill, the level the job needs and whether the person must bring it at hire or can learn it within 90 days on the job. Keep what is needed at hire to what truly is."</p>
            <div class="table-wrap">
            <table class="skill-table">
                <thead><tr><th scope="col">"Skill"</th><th scope="col">"Level"</th><th scope="col">"When"</th><th scope="col"><span class="visually-hidden">"Remove"</span></th></tr></thead>
                <tbody>
                    {move || ids.get().into_iter().map(|id| {
                        let name = bundle.with_value(|b| b.skill_name(&id).to_owned());
                        let level_id = format!("level-{id}");
                        let hire_id = format!("athire-{id}");
                        let (a, b, c) = (id.clone(), id.clone(), id.clone());
                        let find = move |id: &str| role.with(|r| r.as_ref().and_then(|r| r.skills.iter().find(|s| s.skill == id)).cloned());
                        let (fa, fb) = (a.clone(), b.clone());
                        view! {
                            <tr>
                                <th scope="row">{name.clone()}</th>
                                <td>
                                    <label class="visually-hidden" for=level_id.clone()>{format!("Level for {name}")}</label>
                                    <select id=level_id prop:value=move || find(&fa).map(|s| s.level.to_string()).unwrap_or_default()
                                        on:change=move |ev| {
                                            if let Ok(l) = event_target_value(&ev).parse::<u8>() {
                                                let a = a.clone();
                                                edit.apply(move |r| if let Some(s) = r.skills.iter_mut().find(|s| s.skill == a) { s.level = l.clamp(1, 4); });
                                            }
                                        }>
                                        {(1..=4u8).map(|l| view! { <option value=l.to_string()>{format!("{l} · {}", level_name(l))}</option> }).collect_view()}
                                    </select>
                                </td>
                                <td>
                                    <span class="inline-option">
                                        <input type="checkbox" id=hire_id.clone() prop:checked=move || find(&fb).is_some_and(|s| s.at_hire)
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                let b = b.clone();
                                                edit.apply(move |r| if let Some(s) = r.skills.iter_mut().find(|s| s.skill == b) { s.at_hire = on; });
                                            } />
                                        <label for=hire_id>{format!("{name}: needed at hire")}</label>
                                    </span>
                                </td>
                                <td><button type="button" class="remove" aria-label=format!("Remove {name}")
                                    on:click=move |_| { let c = c.clone(); edit.apply(move |r| r.skills.retain(|s| s.skill != c)); }>"Remove"</button></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            {move || ids.with(Vec::is_empty).then(|| view! { <p class="notice" role="status">"Add at least one skill."</p> })}
            <div class="add-row">
                <div class="field">
                    <label for="add-skill">"Add a skill"</label>
                    <select id="add-skill" prop:value=move || to_add.get() on:change=move |ev| to_add.set(event_target_value(&ev))>
                        <option value="">"Choose a skill"</option>
                        {move || {
                            let have = ids.get();
                            all.with_value(|all| all.iter().filter(|(id, _)| !have.contains(id)).map(|(id, name)| view! { <option value=id.clone()>{name.clone()}</option> }).collect_view())
                        }}
                    </select>
                </div>
                <button type="button" disabled=move || to_add.with(String::is_empty) || ids.with(|v| v.len() >= MAX_SKILLS)
                    on:click=move |_| {
                        let id = to_add.get_untracked();
                        if id.is_empty() { return; }
                        edit.apply(|r| if r.skills.len() < MAX_SKILLS && r.skills.iter().all(|s| s.skill != id) {
                            r.skills.push(HireSkill { skill: id, level: 2, at_hire: false });
                        });
                        to_add.set(String::new());
                    }>"Add skill"</button>
            </div>
        </section>
    }
}

#[component]
fn Routes(
    bundle: StoredValue<HireBundle>,
    role: Memo<Option<HireRole>>,
    edit: Edit,
) -> impl IntoView {
    let count = Memo::new(move |_| role.with(|r| r.as_ref().map_or(0, |r| r.routes.len())));
    let credentials: Vec<(String, String)> = bundle.with_value(|b| {
        let mut v: Vec<(String, String)> = b
            .credentials
            .iter()
            .map(|(id, c)| (id.clone(), c.abbreviation.clone()))
            .collect();
        v.sort_by_key(|c| c.1.to_lowercase());
        v
    });
    let credentials = StoredValue::new(credentials);
    let programs: Vec<(String, String)> = bundle.with_value(|b| {
        let mut v: Vec<(String, String)> = b
            .programs
            .iter()
            .map(|(id, p)| (id.clone(), format!("{} ({})", p.name, p.provider)))
            .collect();
        v.sort_by_key(|p| p.1.to_lowercase());
        v
    });
    let programs = StoredValue::new(programs);
    let years_error = RwSignal::new(None::<String>);
    let route = move |i: usize| role.with(|r| r.as_ref().and_then(|r| r.routes.get(i)).cloned());
    let preferred = Memo::new(move |_| {
        role.with(|r| r.as_ref().map(|r| r.preferred.clone()).unwrap_or_default())
    });
    let to_prefer = RwSignal::new(String::new());
    view! {
        <section class="hire-section" aria-labelledby="routes-h">
            <h2 id="routes-h">"Minimum qualifications"</h2>
            <p class="hint">"Routes into the role, any one of which is enough: a degree (from a CAE-designated institution, if you ask for one), a completed program or a credential, each with years of experience if you need them, or years alone. Offer more than one."</p>
            <ol class="route-list">
                {move || (0..count.get()).map(|i| {
                    let (did, cid, yid) = (format!("route-degree-{i}"), format!("route-cred-{i}"), format!("route-years-{i}"));
                    let (aid, pid) = (format!("route-cae-{i}"), format!("route-program-{i}"));
                    view! {
                        <li class="route-row">
                            <span class="route-label">{format!("Route {}", i + 1)}</span>
                            <div class="field">
                                <label for=did.clone()>"Degree"</label>
                                <select id=did prop:value=move || route(i).and_then(|r| r.degree).map(|d| d.as_str()).unwrap_or("").to_owned()
                                    on:change=move |ev| { let d = event_target_value(&ev).parse::<Degree>().ok(); edit.apply(|r| if let Some(q) = r.routes.get_mut(i) { q.degree = d; q.cae = q.cae && d.is_some(); }); }>
                                    <option value="">"None asked"</option>
                                    {Degree::ALL.into_iter().filter(|d| *d > Degree::None).map(|d| view! { <option value=d.as_str()>{d.label()}</option> }).collect_view()}
                                </select>
                            </div>
                            <div class="field check">
                                <input id=aid.clone() type="checkbox" prop:checked=move || route(i).is_some_and(|r| r.cae) disabled=move || route(i).is_none_or(|r| r.degree.is_none())
                                    on:change=move |ev| { let on = event_target_checked(&ev); edit.apply(|r| if let Some(q) = r.routes.get_mut(i) { q.cae = on && q.degree.is_some(); }); } />
                                <label for=aid>"From a CAE-designated institution"</label>
                            </div>
                            <div class="field">
                                <label for=pid.clone()>"Program completed"</label>
                                <select id=pid prop:value=move || route(i).and_then(|r| r.program).unwrap_or_default()
                                    on:change=move |ev| { let v = event_target_value(&ev); edit.apply(|r| if let Some(q) = r.routes.get_mut(i) { q.program = (!v.is_empty()).then_some(v); }); }>
                                    <option value="">"None asked"</option>
                                    {programs.with_value(|ps| ps.iter().map(|(id, name)| view! { <option value=id.clone()>{name.clone()}</option> }).collect_view())}
                                </select>
                            </div>
                            <div class="field">
                                <label for=cid.clone()>"Credential"</label>
                                <select id=cid prop:value=move || route(i).and_then(|r| r.credential).unwrap_or_default()
                                    on:change=move |ev| { let v = event_target_value(&ev); edit.apply(|r| if let Some(q) = r.routes.get_mut(i) { q.credential = (!v.is_empty()).then_some(v); }); }>
                                    <option value="">"None asked"</option>
                                    {credentials.with_value(|cs| cs.iter().map(|(id, name)| view! { <option value=id.clone()>{name.clone()}</option> }).collect_view())}
                                </select>
                            </div>
                            <div class="field narrow">
                                <label for=yid.clone()>"Years of experience"</label>
                                <input id=yid type="number" min="0" max="40" step="0.5" prop:value=move || route(i).map(|r| show_years(r.years)).unwrap_or_default()
                                    on:change=move |ev| match years_value(&event_target_value(&ev)) {
                                        Some(y) => { years_error.set(None); edit.apply(|r| if let Some(q) = r.routes.get_mut(i) { q.years = y; }); }
                                        None => years_error.set(Some(format!("Route {}: enter years from 0 to 40, such as 2 or 2.5.", i + 1))),
                                    } />
                            </div>
                            <button type="button" class="remove" aria-label=format!("Remove route {}", i + 1)
                                on:click=move |_| edit.apply(|r| { if i < r.routes.len() { r.routes.remove(i); } })>"Remove"</button>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <p class="error" role="alert">{move || years_error.get()}</p>
            {move || (count.get() == 0).then(|| view! { <p class="muted">"No minimum: anyone with the skills can apply."</p> })}
            <button type="button" disabled=move || { count.get() >= MAX_ROUTES }
                on:click=move |_| edit.apply(|r| if r.routes.len() < MAX_ROUTES { r.routes.push(Qualifier::default()); })>"Add a route"</button>
            <div class="field narrow">
                <label for="hire-hc-years">"Of which in health care (years)"</label>
                <input id="hire-hc-years" type="number" min="0" max="40" step="0.5" prop:value=move || role.with(|r| r.as_ref().map(|r| show_years(r.healthcare_years)).unwrap_or_default())
                    on:change=move |ev| match years_value(&event_target_value(&ev)) {
                        Some(y) => { years_error.set(None); edit.apply(|r| r.healthcare_years = y); }
                        None => years_error.set(Some("Health-care years: enter 0 to 40.".to_owned())),
                    } />
            </div>
            <h3>"Preferred credentials (not required)"</h3>
            <ul class="chips">
                {move || preferred.get().into_iter().map(|id| {
                    let name = bundle.with_value(|b| b.credential_name(&id).to_owned());
                    view! {
                        <li>{name.clone()}
                            <button type="button" class="remove" aria-label=format!("Remove {name} from preferred") on:click=move |_| { let id = id.clone(); edit.apply(move |r| r.preferred.retain(|c| *c != id)); }>"×"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <div class="add-row">
                <div class="field">
                    <label for="add-preferred">"Add a preferred credential"</label>
                    <select id="add-preferred" prop:value=move || to_prefer.get() on:change=move |ev| to_prefer.set(event_target_value(&ev))>
                        <option value="">"Choose a credential"</option>
                        {move || { let have = preferred.get(); credentials.with_value(|cs| cs.iter().filter(|(id, _)| !have.contains(id)).map(|(id, name)| view! { <option value=id.clone()>{name.clone()}</option> }).collect_view()) }}
                    </select>
                </div>
                <button type="button" disabled=move || to_prefer.with(String::is_empty)
                    on:click=move |_| {
                        let id = to_prefer.get_untracked();
                        if id.is_empty() { return; }
                        edit.apply(|r| if !r.preferred.contains(&id) && r.preferred.len() < pathways_core::hire::MAX_PREFERRED { r.preferred.push(id); });
                        to_prefer.set(String::new());
                    }>"Add preferred"</button>
            </div>
        </section>
    }
}
