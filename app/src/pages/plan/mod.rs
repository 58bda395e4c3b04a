//! `/plan/`: the career and certification planner. The person picks a role and their
//! constraints; the plan (from `pathways_core::planner`) comes with a timeline, the cost of
//! keeping the credentials, a calendar file, a share link and print. A `#p=…` link opens a
//! shared plan; the constraints are kept in the browser with the profile.

use leptos::prelude::*;
use pathways_core::bundle::{PLANNER_FILE, PlannerBundle};
use pathways_core::chart::{Span, timeline};
use pathways_core::date::Date;
use pathways_core::format::usd;
use pathways_core::model::Modality;
use pathways_core::planner::{
    self, Catalog, Constraints, NoPlan, Plan, Preference, SavedPlan, StepKind,
};
use pathways_core::share::{self, CUSTOM_ROLE_ID, CustomRoleError, SharedPlan};
use pathways_core::site::Route;

use crate::browser::{self, Timing};
use crate::components::ShareBox;
use crate::components::StorageProblem;
use crate::context::use_site;
use crate::data::fetch_binary;
use crate::shell;
use crate::storage::use_profile;

/// The planner page.
#[component]
pub fn PlanPage() -> impl IntoView {
    let site = use_site();
    site.release_first();
    shell::set_document_meta(
        "Plan your path · Health Cyber Pathways",
        "A dated plan of training and certifications to a health-care cybersecurity role, within your budget and hours, respecting eligibility rules.",
    );
    let bundle = LocalResource::new(move || {
        let url = site.file(PLANNER_FILE);
        async move { fetch_binary::<PlannerBundle>(&url).await }
    });
    view! {
        <div class="page plan">
            <header class="item-head">
                <h1>"Plan your path"</h1>
                <p class="lead">"A dated plan of training and certifications to the role you want: within your budget and hours a week, with each credential's eligibility rules applied as your experience grows."</p>
                <p class="notice"><strong>"Private: "</strong>"the plan is made in your browser from your profile; nothing is sent anywhere."</p>
            </header>
            <StorageProblem />
            {move || match bundle.get() {
                None => view! { <p class="loading" role="status">"Loading the catalog…"</p> }.into_any(),
                Some(Err(e)) => view! { <p role="alert">{format!("The catalog could not be loaded: {e}. Reload the page to try again.")}</p> }.into_any(),
                Some(Ok(b)) => view! { <Planner bundle=b /> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn Planner(bundle: PlannerBundle) -> impl IntoView {
    let store = use_profile();
    let site = use_site();

    // A shared plan link: its role, constraints and profile, shown read-only.
    let fragment = browser::fragment();
    let shared: Option<Result<SharedPlan, String>> = fragment
        .starts_with("p=")
        .then(|| share::decode_plan(&fragment).map_err(|e| e.to_string()));
    if let Some(Err(e)) = &shared {
        return view! {
            <div role="alert" class="notice bad">
                <h2>"This plan link cannot be opened"</h2>
                <p>{format!("The link is not valid: {e}. Your own saved data has not been touched.")}</p>
                <p><a href=site.href("plan") target="_self">"Make your own plan"</a></p>
            </div>
        }
        .into_any();
    }
    let shared = shared.and_then(Result::ok);
    let read_only = shared.is_some();

    // A custom role in the link joins the catalog's roles, if the catalog knows its skills.
    let mut bundle = bundle;
    if let Some(custom) = shared.as_ref().and_then(|s| s.custom_role.as_ref()) {
        if let Err(CustomRoleError::UnknownSkills(unknown)) = custom.check_against(&bundle) {
            return view! {
                <div role="alert" class="notice bad">
                    <h2>"This plan link cannot be opened"</h2>
                    <p>{format!("The role “{}” in the link asks for skills this catalog does not have: {}. The link may come from another version of the portal. Your own saved data has not been touched.", custom.title.trim(), unknown.join(", "))}</p>
                    <p><a href=site.href("plan") target="_self">"Make your own plan"</a></p>
                </div>
            }
            .into_any();
        }
        bundle.roles.insert(
            0,
            (CUSTOM_ROLE_ID.to_owned(), custom.to_role(browser::today())),
        );
    }
    let known = |id: &str| bundle.roles.iter().any(|(r, _)| r == id);
    // A shared plan for a role this catalog does not have is refused, not shown for another.
    if let Some(s) = shared.as_ref().filter(|s| !known(&s.role)) {
        let role = pathways_core::text::bounded(&s.role, 60);
        return view! {
            <div role="alert" class="notice bad">
                <h2>"This plan link cannot be opened"</h2>
                <p>{format!("It is a plan toward the role “{role}”, which this catalog does not have; the link may come from another version of the portal. Your own saved data has not been touched.")}</p>
                <p><a href=site.href("plan") target="_self">"Make your own plan"</a></p>
            </div>
        }
        .into_any();
    }
    // A `?role=` this catalog does not have is said, and the planner starts from another role.
    let unknown_query = browser::query("role")
        .filter(|r| !known(r))
        .map(|r| pathways_core::text::bounded(&r, 60));
    let bundle = StoredValue::new(bundle);

    let initial_role = shared
        .as_ref()
        .map(|s| s.role.clone())
        .or_else(|| browser::query("role"))
        .or_else(|| store.plans.with_untracked(|p| p.role.clone()))
        .or_else(|| store.profile.with_untracked(|p| p.targets.first().cloned()))
        .filter(|r| bundle.with_value(|b| b.roles.iter().any(|(id, _)| id == r)))
        .unwrap_or_else(|| {
            bundle.with_value(|b| {
                b.roles
                    .first()
                    .map(|(id, _)| id.clone())
                    .unwrap_or_default()
            })
        });
    let defaults = Constraints {
        budget_usd: 2000.0,
        hours_per_week: 8.0,
        start: browser::today(),
        modality: None,
        state: None,
        preference: Preference::Balanced,
        in_healthcare: false,
    };
    let initial = shared
        .as_ref()
        .map(|s| s.constraints.clone())
        .or_else(|| store.plan.get_untracked())
        .unwrap_or(defaults);
    let role = RwSignal::new(initial_role);
    let constraints = RwSignal::new(initial);
    let shared_profile = shared.map(|s| s.profile);
    let profile = Memo::new(move |_| {
        shared_profile
            .clone()
            .unwrap_or_else(|| store.profile.get())
    });
    if !read_only {
        // The settings and the role on screen are remembered for the next visit, starting
        // with the ones the page opened with (a `?role=` link is remembered too).
        Effect::watch(
            move || constraints.get(),
            move |c, _, _| store.plan.set(Some(c.clone())),
            true,
        );
        Effect::watch(
            move || role.get(),
            move |r, _, _| store.plans.update(|p| p.role = Some(r.clone())),
            true,
        );
    }
    let saved_status = RwSignal::new(None::<String>);
    let save = move |_| {
        let r = role.get_untracked();
        let title = bundle.with_value(|b| {
            b.roles
                .iter()
                .find(|(id, _)| *id == r)
                .map(|(_, role)| role.title.clone())
                .unwrap_or_default()
        });
        let mut dropped = false;
        store.plans.update(|p| {
            dropped = p.save(SavedPlan {
                role: r,
                title: title.clone(),
                constraints: constraints.get_untracked(),
                saved_on: browser::today(),
            });
        });
        saved_status.set(Some(if dropped {
            format!("Saved the plan to {title}. The oldest saved plan was removed to make room.")
        } else {
            format!("Saved the plan to {title}.")
        }));
    };

    let result = Memo::new(move |_| {
        let c = constraints.get();
        let r = role.get();
        let p = profile.get();
        bundle.with_value(|b| {
            let (_, role) = b.roles.iter().find(|(id, _)| *id == r)?;
            let timing = Timing::start("hcp-plan");
            let catalog = Catalog {
                credentials: &b.credentials,
                programs: &b.programs,
                skill_names: &b.skill_names,
            };
            let out = planner::plan(role, &p, &catalog, &c);
            timing.stop();
            Some((role.title.clone(), out))
        })
    });
    let chosen = RwSignal::new(0usize);
    // A new result starts on its first plan ("Your plan").
    Effect::watch(move || result.track(), move |_, _, _| chosen.set(0), false);

    let states: Vec<String> = bundle.with_value(|b| {
        let mut s: Vec<String> = b
            .programs
            .iter()
            .filter_map(|(_, p)| p.state.clone())
            .collect();
        s.sort();
        s.dedup();
        s
    });
    let roles: Vec<(String, String)> = bundle.with_value(|b| {
        b.roles
            .iter()
            .map(|(id, r)| (id.clone(), r.title.clone()))
            .collect()
    });
    let update = move |f: &dyn Fn(&mut Constraints)| constraints.update(|c| f(c));
    let number = move |ev: &leptos::ev::Event| {
        pathways_core::format::parse_f32(event_target_value(ev).trim())
            .filter(|v| v.is_finite() && *v >= 0.0)
    };
    let budget_error = RwSignal::new(None::<&'static str>);
    let hours_error = RwSignal::new(None::<&'static str>);

    view! {
        {read_only.then(|| view! { <p class="notice">"This plan was shared with you in the link; it is shown with the sender's profile and is not saved."</p> })}
        {unknown_query.map(|r| view! { <p class="notice bad" role="alert">{format!("The link asks for the role “{r}”, which this catalog does not have. Choose a target role below.")}</p> })}
        <form class="plan-form no-print" on:submit=|ev| ev.prevent_default() aria-label="Plan settings">
            <div class="field">
                <label for="plan-role">"Target role"</label>
                <select id="plan-role" prop:value=move || role.get() on:change=move |ev| role.set(event_target_value(&ev)) disabled=read_only>
                    {roles.into_iter().map(|(id, title)| view! { <option value=id>{title}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="plan-budget">"Budget (US dollars)"</label>
                <input id="plan-budget" type="number" min="0" step="100" inputmode="numeric" prop:value=move || pathways_core::format::whole(constraints.get().budget_usd)
                    aria-invalid=move || budget_error.get().is_some().to_string() aria-describedby="plan-budget-error" disabled=read_only
                    on:input=move |ev| match number(&ev) {
                        Some(v) => { budget_error.set(None); update(&|c| c.budget_usd = v); }
                        None => budget_error.set(Some("Enter an amount in dollars, such as 1500.")),
                    } />
                <span class="error" id="plan-budget-error" role="alert">{move || budget_error.get()}</span>
            </div>
            <div class="field">
                <label for="plan-hours">"Hours a week for study"</label>
                <input id="plan-hours" type="number" min="1" max="60" step="1" prop:value=move || pathways_core::format::whole(constraints.get().hours_per_week)
                    aria-invalid=move || hours_error.get().is_some().to_string() aria-describedby="plan-hours-error" disabled=read_only
                    on:input=move |ev| match number(&ev) {
                        Some(v) if (1.0..=60.0).contains(&v) => { hours_error.set(None); update(&|c| c.hours_per_week = v); }
                        _ => hours_error.set(Some("Enter 1 to 60 hours a week.")),
                    } />
                <span class="error" id="plan-hours-error" role="alert">{move || hours_error.get()}</span>
            </div>
            <div class="field">
                <label for="plan-start">"Start"</label>
                <input id="plan-start" type="date" prop:value=move || constraints.get().start.to_string() disabled=read_only
                    on:change=move |ev| {
                        if let Ok(d) = event_target_value(&ev).parse::<Date>() {
                            update(&|c| c.start = d);
                        }
                    } />
            </div>
            <div class="field">
                <label for="plan-modality">"Format"</label>
                <select id="plan-modality" disabled=read_only prop:value=move || constraints.get().modality.map(|m| m.as_str()).unwrap_or("")
                    on:change=move |ev| { let v = event_target_value(&ev); let m = Modality::ALL.into_iter().find(|m| m.as_str() == v); update(&|c| c.modality = m); }>
                    <option value="">"Any"</option>
                    {Modality::ALL.into_iter().map(|m| view! { <option value=m.as_str()>{m.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="plan-state">"State, for in-person programs"</label>
                <select id="plan-state" disabled=read_only prop:value=move || constraints.get().state.unwrap_or_default()
                    on:change=move |ev| { let v = event_target_value(&ev); update(&|c| c.state = (!v.is_empty()).then(|| v.clone())); }>
                    <option value="">"Any"</option>
                    {states.into_iter().map(|s| view! { <option value=s.clone()>{s.clone()}</option> }).collect_view()}
                </select>
            </div>
            <fieldset class="group">
                <legend>"Prefer"</legend>
                {[Preference::Balanced, Preference::Cheapest, Preference::Fastest].into_iter().map(|p| {
                    let (id, label) = (format!("pref-{}", p.as_str()), p.label());
                    view! {
                        <span class="inline-option">
                            <input type="radio" name="pref" id=id.clone() disabled=read_only prop:checked=move || constraints.get().preference == p on:change=move |_| update(&|c| c.preference = p) />
                            <label for=id>{label}</label>
                        </span>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field check">
                <input id="plan-healthcare" type="checkbox" disabled=read_only prop:checked=move || constraints.get().in_healthcare on:change=move |ev| { let on = event_target_checked(&ev); update(&|c| c.in_healthcare = on); } />
                <label for="plan-healthcare">"I work in health care now (health-care years keep growing)"</label>
            </div>
        </form>
        {(!read_only).then(|| view! {
            <p class="muted no-print">
                {move || profile.with(|p| format!("Planned from your profile: {} years of experience ({} in health care), {} credentials held, {} skills assessed. ", pathways_core::format::plain(p.experience.total_years), pathways_core::format::plain(p.experience.healthcare_years), p.credentials.len(), p.skills.len()))}
                <a href=site.href("assess") target="_self">"Update your profile"</a>
            </p>
            <div class="actions no-print">
                <button type="button" on:click=save>"Save this plan"</button>
                <span class="status" role="status">{move || saved_status.get()}</span>
            </div>
        })}
        {move || match result.get() {
            None => view! { <p role="alert">"That role is not in the catalog."</p> }.into_any(),
            Some((title, Err(no))) => view! { <NoPlanView no=no title=title /> }.into_any(),
            Some((title, Ok(plans))) => {
                let tabs: Vec<(usize, String)> = plans.iter().enumerate().map(|(i, p)| (i, match (i, p.preference) {
                    (0, _) => "Your plan".to_owned(),
                    (_, p) => p.label().to_owned(),
                })).collect();
                let plans = StoredValue::new(plans);
                let title = StoredValue::new(title);
                view! {
                    <div class="plan-tabs no-print" role="group" aria-label="Plans">
                        {tabs.into_iter().map(|(i, label)| view! {
                            <button type="button" aria-pressed=move || (chosen.get() == i).to_string() on:click=move |_| chosen.set(i)>{label}</button>
                        }).collect_view()}
                    </div>
                    {move || plans.with_value(|ps| ps.get(chosen.get()).or(ps.first()).cloned()).map(|p| {
                        let link = share::encode_plan(&SharedPlan { role: role.get_untracked(), constraints: constraints.get_untracked(), profile: profile.get_untracked(), custom_role: None });
                        view! { <PlanView plan=p title=title.get_value() share=format!("{}#{link}", browser::address_without_fragment()) read_only=read_only /> }
                    })}
                }.into_any()
            }
        }}
        {(!read_only).then(|| view! { <SavedList role=role constraints=constraints /> })}
    }
    .into_any()
}

/// The plans saved in the browser: open one (its role and settings) or delete it.
#[component]
fn SavedList(role: RwSignal<String>, constraints: RwSignal<Constraints>) -> impl IntoView {
    let store = use_profile();
    move || {
        let saved = store.plans.with(|p| p.saved.clone());
        (!saved.is_empty()).then(|| view! {
            <section class="saved-plans no-print" aria-labelledby="saved-title">
                <h2 id="saved-title">"Your saved plans"</h2>
                <ul>
                    {saved.into_iter().map(|p| {
                        let c = p.constraints.clone();
                        let summary = format!(
                            "{} · {} budget, {} hours a week, from {}, {} · saved {}",
                            p.title, usd(c.budget_usd), pathways_core::format::whole(c.hours_per_week), c.start, c.preference.as_str(), p.saved_on
                        );
                        let open_role = p.role.clone();
                        // Deleted by what it is, not by where it was when drawn: the list may
                        // have changed since (another tab, a save).
                        let gone = p.clone();
                        view! {
                            <li>
                                <span>{summary}</span>
                                <button type="button" aria-label=format!("Open the saved plan to {}", p.title) on:click=move |_| {
                                    role.set(open_role.clone());
                                    constraints.set(c.clone());
                                }>"Open"</button>
                                <button type="button" aria-label=format!("Delete the saved plan to {}", p.title) on:click=move |_| store.plans.update(|s| s.saved.retain(|kept| *kept != gone))>"Delete"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}

#[component]
fn NoPlanView(no: NoPlan, title: String) -> impl IntoView {
    view! {
        <section class="results" aria-labelledby="plan-title">
            <h2 id="plan-title">{format!("No plan to {title} fits")}</h2>
            <p role="status" class="notice bad">{no.why.clone()}</p>
            {no.cheapest.map(|p| view! {
                <p>"Raise the budget, or look at the cheapest route:"</p>
                <PlanView plan=*p title=title.clone() share=String::new() read_only=true />
            })}
        </section>
    }
}

#[component]
fn PlanView(plan: Plan, title: String, share: String, read_only: bool) -> impl IntoView {
    let site = use_site();
    let start = plan.steps.first().map_or(plan.finish, |s| s.start);
    let days = start.days_until(plan.finish).max(1);
    let labels: Vec<String> = plan.steps.iter().map(|s| s.title.clone()).collect();
    let spans: Vec<Span<'_>> = plan
        .steps
        .iter()
        .zip(&labels)
        .map(|(s, label)| Span {
            label,
            from: start.days_until(s.start),
            to: if matches!(s.kind, StepKind::Program | StepKind::Experience) {
                start.days_until(s.end)
            } else {
                start.days_until(s.start)
            },
            class: match s.kind {
                StepKind::Program => "program",
                StepKind::Exam => "exam",
                StepKind::Experience => "experience",
                StepKind::FullCredential => "milestone",
            },
        })
        .collect();
    // A tick at the start and at each new year the plan runs into.
    let ticks: Vec<(i64, String)> = std::iter::once((0, start.year().to_string()))
        .chain(
            (start.year() + 1..=plan.finish.year())
                .filter_map(|y| Date::new(y, 1, 1))
                .map(|d| (start.days_until(d), d.year().to_string())),
        )
        .collect();
    let chart = timeline(
        &format!(
            "Timeline of the plan to {title}, from {start} to {}; the table below lists the same steps.",
            plan.finish
        ),
        &spans,
        days,
        &ticks,
    );
    let ics = pathways_core::ics::calendar(&plan, &title);
    let upkeep_total: f32 = plan.upkeep.iter().map(|u| u.fees_per_year).sum();
    view! {
        <section class="results" aria-labelledby="plan-title">
            <h2 id="plan-title">{format!("Plan to {title}")}</h2>
            <p class="score">
                <strong>{usd(plan.total_cost)}</strong>
                {(!plan.unpriced.is_empty()).then(|| format!(" plus the {} exam fee{} (not listed in the catalog; check with the issuer)", plan.unpriced.join(" and "), if plan.unpriced.len() > 1 { "s" } else { "" }))}
                {format!(" · finished by {} · about {} hours of study", plan.finish, pathways_core::format::whole(plan.total_hours))}
            </p>
            <div class="chart-scroll" tabindex="0" role="group" aria-label="Timeline; scrolls sideways on narrow screens"><figure inner_html=chart></figure></div>
            <div class="table-wrap">
                <table>
                    <caption>"Steps"</caption>
                    <thead><tr><th scope="col">"When"</th><th scope="col">"Step"</th><th scope="col">"Hours a week"</th><th scope="col">"Cost"</th><th scope="col">"Why"</th></tr></thead>
                    <tbody>
                        {plan.steps.iter().map(|s| {
                            let href = site.route(match s.kind { StepKind::Program => Route::Program(&s.id), _ => Route::Credential(&s.id) });
                            view! {
                                <tr>
                                    <td>{if s.start == s.end || s.kind == StepKind::Exam { s.start.to_string() } else { format!("{} – {}", s.start, s.end) }}</td>
                                    <th scope="row"><a href=href>{s.title.clone()}</a></th>
                                    <td>{if s.hours_per_week > 0.0 { pathways_core::format::whole(s.hours_per_week) } else { "—".into() }}</td>
                                    <td>{if s.cost > 0.0 { usd(s.cost) } else if s.unpriced { "not listed".into() } else if s.kind == StepKind::Program { "free".into() } else { "—".into() }}</td>
                                    <td>{s.why.clone()}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {(!plan.unmet.is_empty()).then(|| view! {
                <p class="notice">"Still open after this plan: " {plan.unmet.join("; ")} ". Where no reason is given, no program in the catalog that fits your settings builds the skill to its target."</p>
            })}
            <h3>"Keeping your credentials"</h3>
            {if plan.upkeep.is_empty() {
                view! { <p class="muted">"No credential to keep yet."</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table>
                            <caption>"Yearly cost and continuing education"</caption>
                            <thead><tr><th scope="col">"Credential"</th><th scope="col">"Credits a year"</th><th scope="col">"Fees a year"</th></tr></thead>
                            <tbody>
                                {plan.upkeep.iter().map(|u| view! {
                                    <tr>
                                        <th scope="row">{u.name.clone()}</th>
                                        <td>{u.cpe_per_year.map_or("—".to_owned(), pathways_core::format::whole)}</td>
                                        <td>{usd(u.fees_per_year)}</td>
                                    </tr>
                                }).collect_view()}
                                <tr><th scope="row">"Total"</th><td></td><td>{usd(upkeep_total)}</td></tr>
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            <div class="actions no-print">
                <button type="button" on:click=move |_| { let _ = browser::download("health-cyber-pathways-plan.ics", "text/calendar", &ics); }>"Add to calendar (.ics)"</button>
                <button type="button" on:click=move |_| browser::print()>"Print"</button>
            </div>
            {(!read_only && !share.is_empty()).then(|| view! {
                <ShareBox id="plan-share" label="Share this plan" hint="The plan travels inside the link itself; nothing is uploaded." url=share.clone() />
            })}
        </section>
    }
}
