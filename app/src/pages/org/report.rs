//! The plan on screen: summary, coverage, roles and how to fill them, the first year's
//! budget, the timeline, the talent pipeline and the awareness program, with the link, save,
//! print, poster and calendar actions.

use leptos::prelude::*;
use pathways_core::chart::{WeightBar, percent_bars};
use pathways_core::format::{decimal, long_date, month_year, usd};
use pathways_core::org::awareness;
use pathways_core::org::plan::{OrgPlan, Route as Fill, Status};
use pathways_core::org::team::{self, MAX_TEAM};
use pathways_core::org::{OrgBundle, OrgInput, Problem, link};
use pathways_core::site::Route;

use crate::browser;
use crate::components::ShareBox;
use crate::context::use_site;
use crate::storage::use_org;

/// The plan, or what to fix first.
#[component]
pub fn Report(
    /// The catalog.
    bundle: StoredValue<OrgBundle>,
    /// The input on screen.
    input: Memo<Option<OrgInput>>,
    /// The plan or the problems.
    outcome: Memo<Option<Result<OrgPlan, Vec<Problem>>>>,
) -> impl IntoView {
    move || match outcome.get() {
        None => ().into_any(),
        Some(Err(problems)) => view! {
            <section class="org-section" aria-labelledby="plan-h">
                <h2 id="plan-h">"Your plan"</h2>
                <p role="status">"The plan appears once these are put right:"</p>
                <ul class="problems">
                    {problems.into_iter().map(|p| view! { <li>{p.message}</li> }).collect_view()}
                </ul>
            </section>
        }
        .into_any(),
        Some(Ok(plan)) => {
            let i = input.get_untracked().unwrap_or_else(|| {
                OrgInput::new(
                    pathways_core::model::OrgType::Provider,
                    plan.size,
                    browser::today(),
                )
            });
            view! { <PlanView plan input=i bundle /> }.into_any()
        }
    }
}

fn pct(part: usize, whole: usize) -> f32 {
    if whole == 0 {
        0.0
    } else {
        (part as f32 * 100.0 / whole as f32).round()
    }
}

#[component]
fn PlanView(plan: OrgPlan, input: OrgInput, bundle: StoredValue<OrgBundle>) -> impl IntoView {
    let site = use_site();
    let store = use_org();
    let hires: Vec<_> = plan.on(Fill::Hire).collect();
    let hire_fte: f32 = hires.iter().map(|r| r.fte - r.existing_fte).sum();
    let upskill_people: u32 = plan
        .on(Fill::Upskill)
        .filter_map(|r| r.upskill.as_ref().map(|u| u.people))
        .sum();
    let outsourced = plan.on(Fill::Outsource).count();
    let deferred = plan.on(Fill::Deferred).count();
    let gaps = plan.gaps().count();
    let remaining = plan.budget.remaining_usd();
    let summary = format!(
        "{gaps} of {} HICP practices not fully in place. To close them: {}, {upskill_people} staff member{} to upskill, {outsourced} role{} outsourced{}. First-year cost {} of a {} budget.",
        plan.practices.len(),
        match hires.len() {
            0 => "no new hires".to_owned(),
            n => format!(
                "{n} new hire{} ({} FTE)",
                if n == 1 { "" } else { "s" },
                decimal(hire_fte, 2)
            ),
        },
        if upskill_people == 1 { "" } else { "s" },
        if outsourced == 1 { "" } else { "s" },
        if deferred > 0 {
            format!(", {deferred} deferred to year 2")
        } else {
            String::new()
        },
        usd(plan.budget.total_usd),
        usd(plan.budget.budget_usd),
    );

    // Coverage chart: the share of each practice's sub-practices in place.
    let bars: Vec<(String, f32)> = plan
        .practices
        .iter()
        .map(|p| {
            let total = p.sub_in_place.len() + p.sub_missing.len();
            let share = match p.status {
                Status::InPlace => 100.0,
                Status::Missing => 0.0,
                Status::Partial => pct(p.sub_in_place.len(), total),
            };
            (format!("{}. {}", p.number, p.title), share)
        })
        .collect();
    let chart = percent_bars(
        "Share of each HICP practice in place",
        &bars
            .iter()
            .map(|(l, v)| WeightBar {
                label: l,
                min: *v,
                max: *v,
            })
            .collect::<Vec<_>>(),
    );
    let g = plan.goals.clone();

    let (act, keep): (Vec<_>, Vec<_>) = plan
        .roles
        .iter()
        .cloned()
        .partition(|r| r.route != Fill::Keep);
    let link_url = format!(
        "{}#{}",
        browser::address_without_fragment(),
        link::encode(&input)
    );
    let name = if input.name.trim().is_empty() {
        "Workforce plan".to_owned()
    } else {
        input.name.trim().to_owned()
    };
    let events = awareness::events(&plan.awareness, &site.base(), &browser::origin());
    let ics = pathways_core::ics::events_calendar(
        &format!("Security awareness: {name}"),
        "Awareness",
        input.start,
        &events,
    );
    let saved_status = RwSignal::new(None::<String>);
    let save_input = input.clone();
    let save = move |_| {
        let mut i = save_input.clone();
        if i.name.trim().is_empty() {
            saved_status.set(Some(
                "Give the plan a name first (at the top of the form).".into(),
            ));
            return;
        }
        i.name = i.name.trim().to_owned();
        let mut dropped = false;
        store.orgs.update(|s| dropped = s.save(i, browser::today()));
        saved_status.set(Some(if dropped {
            "Saved. The oldest saved plan was removed to make room.".into()
        } else {
            "Saved in this browser.".into()
        }));
    };
    let nearby_total = plan.pipeline.nearby.len();
    let nearby: Vec<_> = plan.pipeline.nearby.iter().take(20).cloned().collect();

    view! {
        <section class="org-section" aria-labelledby="plan-h">
            <h2 id="plan-h">{format!("Your plan: {name}")}</h2>
            <p class="lead" role="status">{summary}</p>
            <p>{format!("Roles from the profile “{}” ({} size), starting {}.", plan.profile_title, plan.size.label().to_lowercase(), long_date(input.start))}" "<a href=site.route(Route::Org(&plan.profile))>"Read the profile"</a>"."</p>
            {(!plan.notes.is_empty()).then(|| view! {
                <ul class="notes">{plan.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
            })}
            <div class="actions no-print">
                <button type="button" on:click=save>"Save plan"</button>
                <button type="button" on:click=|_| browser::print()>"Print the plan"</button>
            </div>
            <p class="status no-print" role="status">{move || saved_status.get()}</p>
            <ShareBox id="org-link" label="Link to this plan" hint="The link holds what you entered, not the plan: whoever opens it sees the same plan made from it. Nothing is sent to a server." url=link_url />
        </section>

        <section class="org-section" aria-labelledby="coverage-h">
            <h2 id="coverage-h">"Coverage"</h2>
            <div class="chart-scroll" tabindex="0" role="group" aria-label="Practice coverage chart; scrolls sideways on narrow screens"><figure inner_html=chart></figure></div>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Practices in place and missing">
                <table>
                    <caption>"HICP practices"</caption>
                    <thead><tr><th scope="col">"Practice"</th><th scope="col">"Status"</th><th scope="col">"Sub-practices missing"</th></tr></thead>
                    <tbody>
                        {plan.practices.iter().map(|p| {
                            let missing: Vec<String> = p.sub_missing.iter().map(|s| format!("{} {}", s.id, s.title)).collect();
                            view! {
                                <tr class=match p.status { Status::InPlace => "ok", Status::Partial => "partial", Status::Missing => "missing" }>
                                    <th scope="row"><a href=site.route(Route::Practice(&p.id))>{format!("{}. {}", p.number, p.title)}</a></th>
                                    <td>{p.status.label()}</td>
                                    <td>{if missing.is_empty() { "—".to_owned() } else { missing.join("; ") }}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p>{format!("HHS HPH Cybersecurity Performance Goals met: {} of {} essential, {} of {} enhanced.", g.essential_met, g.essential_total, g.enhanced_met, g.enhanced_total)}</p>
            {(!g.missing.is_empty()).then(|| view! {
                <details>
                    <summary>{format!("The {} goals not met", g.missing.len())}</summary>
                    <ul>{g.missing.iter().map(|x| view! { <li>{format!("{} ({})", x.title, x.tier.label().to_lowercase())}</li> }).collect_view()}</ul>
                </details>
            })}
        </section>

        <section class="org-section" aria-labelledby="roles-h">
            <h2 id="roles-h">"Roles needed and how to fill them"</h2>
            <p class="hint">"Full-time equivalents (FTE) are the organization profile's planning estimates, not survey figures."</p>
            {if act.is_empty() {
                view! { <p>"Every practice is in place: no role needs to change."</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label="Roles needed">
                        <table class="roles-needed">
                            <caption>"Roles to act on"</caption>
                            <thead><tr><th scope="col">"Role"</th><th scope="col">"FTE"</th><th scope="col">"How"</th><th scope="col">"Why"</th><th scope="col">"First-year cost"</th></tr></thead>
                            <tbody>
                                {act.iter().map(|r| {
                                    let fte = if r.existing_fte > 0.0 && r.route != Fill::Assign {
                                        format!("{} ({} from your security staff)", decimal(r.fte, 2), decimal(r.existing_fte, 2))
                                    } else { decimal(r.fte, 2) };
                                    let plan_steps = r.upskill.as_ref().and_then(|u| u.plan.as_ref()).map(|p| p.steps.iter().filter(|s| matches!(s.kind, pathways_core::planner::StepKind::Program | pathways_core::planner::StepKind::Exam)).map(|s| format!("{}: {}", long_date(s.start), s.title)).collect::<Vec<_>>()).unwrap_or_default();
                                    let people = r.upskill.as_ref().map(|u| u.people).unwrap_or(0);
                                    let no_plan = r.upskill.as_ref().and_then(|u| u.no_plan.clone());
                                    let ready = r.upskill.as_ref().and_then(|u| u.plan.as_ref()).filter(|p| !p.steps.is_empty()).map(|p| long_date(p.finish));
                                    view! {
                                        <tr>
                                            <th scope="row"><a href=site.route(Route::Role(&r.role))>{r.title.clone()}</a>{(!r.essential).then(|| view! { <span class="th-note">"recommended"</span> })}</th>
                                            <td>{fte}</td>
                                            <td class=format!("route {}", r.route.label().to_lowercase().replace(' ', "-"))>{r.route.label()}</td>
                                            <td>
                                                <p>{r.decision.clone()}</p>
                                                <p class="upskill">{r.why.clone()}</p>
                                                {(!plan_steps.is_empty()).then(|| view! {
                                                    <details class="upskill">
                                                        <summary>{format!("Training plan for {people} {}: {} steps{}", if people == 1 { "person" } else { "people" }, plan_steps.len(), ready.map(|d| format!(", ready by {d}")).unwrap_or_default())}</summary>
                                                        <ol>{plan_steps.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ol>
                                                    </details>
                                                })}
                                                {no_plan.map(|t| view! { <p class="upskill">{t}</p> })}
                                            </td>
                                            <td>{if r.cost_usd > 0.0 { usd(r.cost_usd) } else { "—".to_owned() }}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            {(!keep.is_empty()).then(|| view! {
                <details>
                    <summary>{format!("{} roles run practices you have in place", keep.len())}</summary>
                    <ul>{keep.iter().map(|r| view! { <li><a href=site.route(Route::Role(&r.role))>{r.title.clone()}</a>{format!(": {}", r.decision)}</li> }).collect_view()}</ul>
                </details>
            })}
        </section>

        <TeamSection plan=plan.clone() bundle />

        <section class="org-section" aria-labelledby="budget-h">
            <h2 id="budget-h">"First-year budget"</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-label="First-year budget">
                <table class="budget">
                    <caption>"Costs in the plan's first 12 months"</caption>
                    <thead><tr><th scope="col">"Item"</th><th scope="col">"Cost"</th></tr></thead>
                    <tbody>
                        {plan.budget.lines.iter().map(|l| view! {
                            <tr><th scope="row">{l.label.clone()}{l.estimate.then(|| view! { <span class="th-note">"rests on an estimate"</span> })}</th><td>{usd(l.cost_usd)}</td></tr>
                        }).collect_view()}
                        <tr class="total"><th scope="row">"Total"</th><td>{usd(plan.budget.total_usd)}</td></tr>
                        <tr><th scope="row">"Your budget"</th><td>{usd(plan.budget.budget_usd)}</td></tr>
                        <tr class=if remaining < 0.0 { "over" } else { "left" }>
                            <th scope="row">{if remaining < 0.0 { "Over budget by" } else { "Left" }}</th>
                            <td>{usd(remaining.abs())}</td>
                        </tr>
                    </tbody>
                </table>
            </div>
        </section>

        <section class="org-section" aria-labelledby="timeline-h">
            <h2 id="timeline-h">"12-month timeline"</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-label="12-month timeline">
                <table class="timeline">
                    <caption>"Dated steps of the plan's first year"</caption>
                    <thead><tr><th scope="col">"When"</th><th scope="col">"What"</th><th scope="col">"Details"</th></tr></thead>
                    <tbody>
                        {plan.timeline.iter().map(|m| view! {
                            <tr><td>{long_date(m.date)}</td><th scope="row">{m.title.clone()}</th><td>{m.detail.clone()}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>

        <section class="org-section" aria-labelledby="pipeline-h">
            <h2 id="pipeline-h">"Talent pipeline"</h2>
            {match plan.pipeline.state.clone() {
                None => view! { <p>"Choose your state above to see the CAE-designated colleges and universities near you, for interns and hires."</p> }.into_any(),
                Some(state) => view! {
                    <h3>{format!("CAE-designated institutions in {state} ({})", plan.pipeline.in_state.len())}</h3>
                    {if plan.pipeline.in_state.is_empty() {
                        view! { <p>"None in the state."</p> }.into_any()
                    } else {
                        view! { <ul class="institutions">{plan.pipeline.in_state.iter().map(|i| view! { <li>{format!("{}{} — {}", i.name, i.city.as_ref().map(|c| format!(", {c}")).unwrap_or_default(), i.designations.iter().map(|d| d.as_str()).collect::<Vec<_>>().join(", "))}</li> }).collect_view()}</ul> }.into_any()
                    }}
                    <h3>{if plan.pipeline.neighbours.is_empty() { "No neighbouring state by land".to_owned() } else { format!("In the neighbouring states ({}): {}", plan.pipeline.neighbours.join(", "), nearby_total) }}</h3>
                    {(!nearby.is_empty()).then(|| view! {
                        <ul class="institutions">{nearby.iter().map(|i| view! { <li>{format!("{} ({}) — {}", i.name, i.state.clone().unwrap_or_default(), i.designations.iter().map(|d| d.as_str()).collect::<Vec<_>>().join(", "))}</li> }).collect_view()}</ul>
                    })}
                    {(nearby_total > 20).then(|| view! { <p><a href=site.route(Route::CaeDirectory)>{format!("See all {nearby_total} in the CAE directory")}</a></p> })}
                }.into_any(),
            }}
            <h3>"Free and low-cost programs for the roles you need"</h3>
            {if plan.pipeline.programs.is_empty() {
                view! { <p>"None in the catalog for these roles."</p> }.into_any()
            } else {
                view! {
                    <ul class="programs">
                        {plan.pipeline.programs.iter().map(|p| view! {
                            <li><a href=site.route(Route::Program(&p.id))>{p.name.clone()}</a>{format!(" ({}), {}{}: for {}", p.provider, if p.cost_usd == 0.0 { "free".to_owned() } else { usd(p.cost_usd) }, if p.cost_estimate { " (estimate)" } else { "" }, p.for_roles.join(", "))}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>

        <section class="org-section" aria-labelledby="support-h">
            <h2 id="support-h">"Free and discounted help"</h2>
            <p>{if input.is_rural() { "Programs that serve an organization like yours, rural programs included; free ones first." } else { "Programs that serve an organization like yours, free ones first. Tick “We serve a rural area” above if you do: more apply." }}</p>
            {if plan.support.is_empty() {
                view! { <p>"None in the catalog applies to this kind and size of organization."</p> }.into_any()
            } else {
                view! {
                    <ul class="support-list">
                        {plan.support.iter().map(|(id, s)| {
                            let status_unverified = s.unverified.iter().any(|u| u == "status");
                            view! {
                                <li id=format!("support-{id}")>
                                    <h3><a href=s.url.clone()>{s.title.clone()}</a></h3>
                                    <p class="meta">{format!("{} · {} · {}", s.provider, s.kind.label(), if s.free { "free" } else { "not free" })}</p>
                                    <p>{s.summary.clone()}</p>
                                    <p><strong>"Who can use it: "</strong>{s.eligibility.clone()}</p>
                                    <p><strong>"Cost: "</strong>{s.cost.clone()}</p>
                                    <p class="hint">{format!("{} Checked {}{}.", s.status, long_date(s.verified), if status_unverified { "; not confirmed by the program itself" } else { "" })}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>

        <section class="org-section" aria-labelledby="awareness-h">
            <h2 id="awareness-h">"All-staff awareness program"</h2>
            <p>{format!("For all {} staff, on the five HICP threats. ", plan.awareness.staff)}{plan.awareness.phishing.clone()}</p>
            <div class="actions no-print">
                <button type="button" on:click=move |_| { let _ = browser::download("security-awareness-calendar.ics", "text/calendar", &ics); }>"Add to calendar (.ics)"</button>
                <button type="button" on:click=|_| browser::print_only("print-posters")>"Print the break-room posters"</button>
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Awareness calendar">
                <table class="awareness">
                    <caption>"Awareness calendar"</caption>
                    <thead><tr><th scope="col">"Month"</th><th scope="col">"Topic"</th><th scope="col">"For"</th><th scope="col">"Material"</th></tr></thead>
                    <tbody>
                        {plan.awareness.months.iter().map(|m| view! {
                            <tr>
                                <td>{month_year(m.start)}</td>
                                <th scope="row">{m.topic.clone()}{m.phishing.then(|| view! { <span class="th-note">"+ phishing exercise"</span> })}</th>
                                <td>{m.audience.clone()}</td>
                                <td><ul class="material">{m.material.iter().map(|x| {
                                    let href = if x.on_site { site.href(&x.href) } else { x.href.clone() };
                                    view! { <li><a href=href>{x.title.clone()}</a></li> }
                                }).collect_view()}</ul></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <h3>"Evidence to keep (HIPAA §164.308(a)(5))"</h3>
            <ul class="checklist">
                {plan.awareness.checklist.iter().map(|e| view! {
                    <li><strong>{e.requirement.clone()}</strong>" "<a href=e.source.clone()>"(text)"</a><br />{e.keep.clone()}</li>
                }).collect_view()}
            </ul>
            <h3>"Break-room posters"</h3>
            <p class="hint">"HIMSS asks for key messages displayed in common areas such as break rooms. One page per threat; print them with the button above."</p>
            <div class="posters">
                {plan.awareness.posters.iter().map(|p| view! {
                    <article class="poster" aria-label=format!("Poster: {}", p.title)>
                        <p class="poster-kicker">"Stop and think"</p>
                        <h4>{p.title.clone()}</h4>
                        <ul>{p.messages.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}</ul>
                        <p class="poster-foot">"Report anything odd to your security lead."</p>
                    </article>
                }).collect_view()}
            </div>
        </section>
    }
}

/// The existing team: staff results links in, a team × skills heatmap and who to grow into
/// which role out. Kept in this browser only.
#[component]
fn TeamSection(plan: OrgPlan, bundle: StoredValue<OrgBundle>) -> impl IntoView {
    let store = use_org();
    let pasted = RwSignal::new(String::new());
    let status = RwSignal::new(None::<String>);
    let problems = RwSignal::new(Vec::<String>::new());
    let add = move |_| {
        let existing = store.orgs.with_untracked(|s| s.team.len());
        let (members, bad) = team::read(&pasted.get_untracked(), existing);
        let n = members.len();
        store.orgs.update(|s| s.team.extend(members));
        problems.set(
            bad.iter()
                .map(|p| format!("Line {}: {}.", p.line, p.why))
                .collect(),
        );
        status.set(Some(match n {
            0 => "No one was added.".to_owned(),
            1 => "Added 1 person.".to_owned(),
            n => format!("Added {n} people."),
        }));
        if bad.is_empty() {
            pasted.set(String::new());
        }
    };
    let plan = StoredValue::new(plan);
    let members = Memo::new(move |_| store.orgs.with(|s| s.team.clone()));
    view! {
        <section class="org-section" aria-labelledby="team-h">
            <h2 id="team-h">"Your team"</h2>
            <p>"Ask your IT and security staff to assess themselves (Assess, at the top of the page) and send you the results link from the end. Paste the links here, one per line, with a name in front if you like ("<code>"Dana | https://…"</code>"). The links stay in this browser; they never go into the plan's link."</p>
            <div class="field wide no-print">
                <label for="team-links">"Results links, one per line"</label>
                <textarea id="team-links" rows="4" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </div>
            <div class="actions no-print">
                <button type="button" on:click=add>"Add to the team"</button>
                {move || (!members.with(Vec::is_empty)).then(|| view! {
                    <button type="button" on:click=move |_| { store.orgs.update(|s| s.team.clear()); status.set(Some("The team was cleared.".into())); }>"Clear the team"</button>
                })}
            </div>
            <p class="status" role="status">{move || status.get()}</p>
            {move || (!problems.with(Vec::is_empty)).then(|| view! {
                <div class="notice bad" role="alert"><ul>{problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul></div>
            })}
            {move || {
                let list = members.get();
                if list.is_empty() {
                    return view! { <p class="hint">{format!("No one yet (up to {MAX_TEAM} people).")}</p> }.into_any();
                }
                // Measured by the browser bench (`cargo xtask bench --only org`).
                let timing = browser::Timing::start("hcp-org-team");
                let (h, s) = plan.with_value(|p| bundle.with_value(|b| (team::heatmap(&list, p, b), team::suggest(&list, p, b))));
                timing.stop();
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label="Team skills heatmap">
                        <table class="heatmap">
                            <caption>"Team × skills: estimated level (0–4) against the highest level a needed role asks"</caption>
                            <thead>
                                <tr><th scope="col">"Person"</th>{h.columns.iter().map(|c| view! { <th scope="col">{c.name.clone()}<span class="th-note">{format!("needs {}", c.target)}</span></th> }).collect_view()}</tr>
                            </thead>
                            <tbody>
                                {h.rows.iter().map(|(name, levels)| view! {
                                    <tr>
                                        <th scope="row">{name.clone()}</th>
                                        {levels.iter().zip(h.columns.iter()).map(|(l, c)| {
                                            let class = if *l >= f32::from(c.target) { "heat meets" } else if *l >= f32::from(c.target) - 1.0 { "heat near" } else { "heat gap" };
                                            view! { <td class=class>{decimal(*l, 1)}</td> }
                                        }).collect_view()}
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <h3>"Who to grow into what"</h3>
                    <ul class="suggestions">
                        {s.into_iter().map(|x| view! {
                            <li><strong>{x.title.clone()}</strong>{format!(": {} (skills {}% of the role's){}", x.member, decimal(x.fit, 0), if x.gaps.is_empty() { " — meets the role's skill levels".to_owned() } else { format!(" — furthest below on {}", x.gaps.join(", ")) })}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
