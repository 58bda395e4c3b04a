//! The organization's form: who it is, its staff and budget, and what it has in place. Each
//! field follows the input, so typing never rebuilds the form; a value that cannot be read
//! stays in its field with a message and changes nothing.

use leptos::prelude::*;
use pathways_core::model::{GoalTier, OrgSize, OrgType};
use pathways_core::org::{
    CostBasis, Field, OrgBundle, OrgInput, Problem, SALARY_SOURCE, SIZE_SOURCE, size_definition,
    states,
};

use super::Edit;

/// A numeric field's description.
#[derive(Clone, Copy)]
struct NumberSpec {
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    field: Field,
    get: fn(&OrgInput) -> f32,
    set: fn(&mut OrgInput, f32),
    whole: bool,
}

fn problem_text(problems: &[Problem], field: Field) -> Option<String> {
    let texts: Vec<&str> = problems
        .iter()
        .filter(|p| p.field == field)
        .map(|p| p.message.as_str())
        .collect();
    (!texts.is_empty()).then(|| texts.join(" "))
}

#[component]
fn Number(
    spec: NumberSpec,
    input: Memo<Option<OrgInput>>,
    edit: Edit,
    problems: Memo<Vec<Problem>>,
) -> impl IntoView {
    let NumberSpec {
        id,
        label,
        hint,
        field,
        get,
        set,
        whole,
    } = spec;
    let typed_error = RwSignal::new(None::<&'static str>);
    let error = move || {
        typed_error
            .get()
            .map(str::to_owned)
            .or_else(|| problems.with(|p| problem_text(p, field)))
    };
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = format!("{hint_id} {error_id}");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <span class="hint" id=hint_id>{hint}</span>
            <input id=id type="text" inputmode=if whole { "numeric" } else { "decimal" } autocomplete="off"
                prop:value=move || input.with(|i| i.as_ref().map(|i| pathways_core::format::num(get(i)).replace(',', "")).unwrap_or_default())
                aria-invalid=move || error().is_some().to_string() aria-describedby=described
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    let clean = text.trim().replace([',', '$', ' '], "");
                    match pathways_core::format::parse_f32(&clean) {
                        Some(v) if v.is_finite() && v >= 0.0 && (!whole || v.fract() == 0.0) => {
                            typed_error.set(None);
                            edit.apply(|i| set(i, v));
                        }
                        _ if clean.is_empty() => typed_error.set(Some("Enter a number (0 if none).")),
                        _ => typed_error.set(Some(if whole { "Enter a whole number, such as 25." } else { "Enter a number, such as 1500." })),
                    }
                } />
            <span class="error" id=error_id role="alert">{error}</span>
        </div>
    }
}

/// The form.
#[component]
pub fn InputForm(
    /// The catalog.
    bundle: StoredValue<OrgBundle>,
    /// The input on screen.
    input: Memo<Option<OrgInput>>,
    /// Changes to it.
    edit: Edit,
    /// What is wrong with it.
    problems: Memo<Vec<Problem>>,
) -> impl IntoView {
    let get = move |f: fn(&OrgInput) -> String| {
        move || input.with(|i| i.as_ref().map(f).unwrap_or_default())
    };
    let is_provider = Memo::new(move |_| {
        input.with(|i| i.as_ref().is_some_and(|i| i.org_type == OrgType::Provider))
    });
    let size = Memo::new(move |_| {
        input.with(|i| i.as_ref().map_or(OrgSize::Small, OrgInput::effective_size))
    });
    let chosen_size =
        Memo::new(move |_| input.with(|i| i.as_ref().map_or(OrgSize::Small, |i| i.size)));
    // Changing the size moves the cost basis to that size's defaults, unless the person has
    // changed it.
    let set_size = move |s: OrgSize| {
        edit.apply(|i| {
            if i.costs == CostBasis::defaults(i.effective_size()) {
                i.costs = CostBasis::defaults(if i.critical_access && s == OrgSize::Small {
                    OrgSize::Medium
                } else {
                    s
                });
            }
            i.size = s;
        })
    };
    let mut state_codes: Vec<&str> = states::NEIGHBOURS
        .iter()
        .map(|(s, _)| *s)
        .chain(states::TERRITORIES.iter().copied())
        .collect();
    state_codes.sort_unstable();
    let numbers = [
        NumberSpec {
            id: "org-staff",
            label: "All staff",
            hint: "Everyone the awareness program must reach, clinicians and management included.",
            field: Field::StaffTotal,
            get: |i| i.staff_total as f32,
            set: |i, v| i.staff_total = v as u32,
            whole: true,
        },
        NumberSpec {
            id: "org-it",
            label: "IT staff",
            hint: "The people who could grow into security roles.",
            field: Field::StaffIt,
            get: |i| i.staff_it as f32,
            set: |i, v| i.staff_it = v as u32,
            whole: true,
        },
        NumberSpec {
            id: "org-security",
            label: "Security and privacy staff",
            hint: "People whose job is security or privacy today (0 if none).",
            field: Field::StaffSecurity,
            get: |i| i.staff_security as f32,
            set: |i, v| i.staff_security = v as u32,
            whole: true,
        },
        NumberSpec {
            id: "org-budget",
            label: "Yearly budget for security staff, services and training (US dollars)",
            hint: "New spending the plan may use in its first year.",
            field: Field::Budget,
            get: |i| i.budget_usd,
            set: |i, v| i.budget_usd = v,
            whole: false,
        },
    ];
    let costs: [NumberSpec; 4] = [
        NumberSpec {
            id: "org-salary",
            label: "Salary of a full-time security position (US dollars a year)",
            hint: "Default: the U.S. Bureau of Labor Statistics' median pay of information security analysts, May 2024 ($124,910). Use your local figure.",
            field: Field::Salary,
            get: |i| i.costs.salary_usd,
            set: |i, v| i.costs.salary_usd = v,
            whole: false,
        },
        NumberSpec {
            id: "org-service",
            label: "Managed security service (US dollars a month)",
            hint: "An estimate: a market write-up gives $5,000–$20,000 a month for health-care managed security; the small-practice default of $1,500 is the portal's own estimate. Use your quote.",
            field: Field::ManagedService,
            get: |i| i.costs.managed_service_monthly_usd,
            set: |i, v| i.costs.managed_service_monthly_usd = v,
            whole: false,
        },
        NumberSpec {
            id: "org-training",
            label: "Training allowance a person in the first year (US dollars)",
            hint: "The portal's assumption ($3,000: an entry certification and its course); no source it holds gives a figure for health care. Skills the allowance cannot reach are said in the plan.",
            field: Field::Training,
            get: |i| i.costs.training_per_person_usd,
            set: |i, v| i.costs.training_per_person_usd = v,
            whole: false,
        },
        NumberSpec {
            id: "org-hours",
            label: "Study hours a week for staff being upskilled",
            hint: "Sets how fast the training plans move.",
            field: Field::StudyHours,
            get: |i| i.costs.study_hours_per_week,
            set: |i, v| i.costs.study_hours_per_week = v,
            whole: false,
        },
    ];
    let in_place_problem = move || problems.with(|p| problem_text(p, Field::InPlace));

    view! {
        <form class="org-form no-print" on:submit=|ev| ev.prevent_default() aria-labelledby="org-about-h">
            <h2 id="org-about-h">"Your organization"</h2>
            <div class="hire-grid">
                <div class="field wide">
                    <label for="org-name">"Name of this plan (optional)"</label>
                    <input id="org-name" type="text" maxlength="80" prop:value=get(|i| i.name.clone())
                        aria-describedby="org-name-error"
                        on:input=move |ev| { let v = event_target_value(&ev); edit.apply(|i| i.name = v); } />
                    <span class="error" id="org-name-error" role="alert">{move || problems.with(|p| problem_text(p, Field::Name))}</span>
                </div>
                <div class="field">
                    <label for="org-type">"Kind of organization"</label>
                    <select id="org-type" prop:value=get(|i| i.org_type.as_str().to_owned())
                        on:change=move |ev| { let v = event_target_value(&ev); if let Ok(t) = v.parse::<OrgType>() { edit.apply(|i| { i.org_type = t; if t != OrgType::Provider { i.critical_access = false; } }); } }>
                        {OrgType::ALL.into_iter().map(|t| view! { <option value=t.as_str()>{t.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="org-state">"State"</label>
                    <select id="org-state" prop:value=get(|i| i.state.clone().unwrap_or_default())
                        aria-describedby="org-state-error"
                        on:change=move |ev| { let v = event_target_value(&ev); edit.apply(|i| i.state = (!v.is_empty()).then_some(v)); }>
                        <option value="">"Not said"</option>
                        {state_codes.into_iter().map(|s| view! { <option value=s>{s}</option> }).collect_view()}
                    </select>
                    <span class="error" id="org-state-error" role="alert">{move || problems.with(|p| problem_text(p, Field::State))}</span>
                </div>
            </div>
            <fieldset class="org-size">
                <legend>"Size, as HICP defines it"</legend>
                {OrgSize::ALL.into_iter().map(|s| {
                    let id = format!("org-size-{}", s.as_str());
                    let def_id = format!("{id}-def");
                    view! {
                        <div class="size-choice">
                            <input type="radio" name="org-size" id=id.clone() value=s.as_str() aria-describedby=def_id.clone()
                                prop:checked=move || chosen_size.get() == s
                                on:change=move |_| set_size(s) />
                            <label for=id>{s.label()}</label>
                            <p class="hint" id=def_id>{size_definition(s)}</p>
                        </div>
                    }
                }).collect_view()}
                <p class="hint">"Quoted from HICP's technical volumes ("<a href=SIZE_SOURCE>"HHS 405(d)"</a>"). HICP's own sizing table was not available to the portal, so it gives no numeric cut-offs: choose the description that fits best."</p>
                {move || is_provider.get().then(|| view! {
                    <div class="field check">
                        <input id="org-cah" type="checkbox" prop:checked=move || input.with(|i| i.as_ref().is_some_and(|i| i.critical_access))
                            on:change=move |ev| { let on = event_target_checked(&ev); edit.apply(|i| {
                                let before = CostBasis::defaults(i.effective_size());
                                i.critical_access = on;
                                if i.costs == before { i.costs = CostBasis::defaults(i.effective_size()); }
                            }); } />
                        <label for="org-cah">"We are a critical access hospital (HICP counts these as medium)"</label>
                    </div>
                })}
            </fieldset>
            <div class="hire-grid">
                {numbers.into_iter().map(|spec| view! { <Number spec input edit problems /> }).collect_view()}
            </div>
            <div class="field check">
                <input id="org-rural" type="checkbox" prop:checked=move || input.with(|i| i.as_ref().is_some_and(OrgInput::is_rural))
                    prop:disabled=move || input.with(|i| i.as_ref().is_some_and(|i| i.critical_access))
                    on:change=move |ev| { let on = event_target_checked(&ev); edit.apply(|i| i.rural = on); } />
                <label for="org-rural">"We serve a rural area (a critical access hospital always does)"</label>
            </div>
            <div class="field check">
                <input id="org-msp" type="checkbox" prop:checked=move || input.with(|i| i.as_ref().is_some_and(|i| i.managed_provider))
                    on:change=move |ev| { let on = event_target_checked(&ev); edit.apply(|i| i.managed_provider = on); } />
                <label for="org-msp">"A managed security or IT service provider is already under contract"</label>
            </div>

            <h2 id="org-in-place-h">"What you have in place"</h2>
            <p>"Tick the HICP practices you have in place as a whole, or the sub-practices for your size that you have. Where the portal lists no sub-practices for your size, tick the practice as a whole: it lists a small organization's sub-practices only where a source confirmed them."</p>
            {move || in_place_problem().map(|text| view! {
                <div class="notice bad" role="alert">
                    <p>{text}</p>
                    <button type="button" on:click=move |_| {
                        let cleaned = input.with_untracked(|i| i.as_ref().map(|i| bundle.with_value(|b| i.without_unknown(b))));
                        if let Some(c) = cleaned { edit.apply(|i| *i = c); }
                    }>"Untick them"</button>
                </div>
            })}
            <div class="practice-grid">
                {bundle.with_value(|b| b.practices.clone()).into_iter().map(|p| {
                    let whole_id = format!("pr-{}", p.id);
                    let legend = format!("{}. {}", p.number, p.title);
                    let pid = p.id.clone();
                    let pid2 = p.id.clone();
                    let subs_practice = p.clone();
                    view! {
                        <fieldset class="practice-box">
                            <legend>{legend}</legend>
                            <div class="field check">
                                <input id=whole_id.clone() type="checkbox"
                                    prop:checked=move || input.with(|i| i.as_ref().is_some_and(|i| i.practices.contains(&pid)))
                                    on:change=move |ev| { let on = event_target_checked(&ev); let id = pid2.clone(); edit.apply(|i| { i.practices.retain(|x| *x != id); if on { i.practices.push(id); } }); } />
                                <label for=whole_id>"All of it is in place"</label>
                            </div>
                            {move || {
                                let s = size.get();
                                subs_practice.sub_practices_for(s).cloned().collect::<Vec<_>>().into_iter().map(|sub| {
                                    let id = format!("sp-{}", sub.id.replace('.', "-"));
                                    let sid = sub.id.clone();
                                    let sid2 = sub.id.clone();
                                    view! {
                                        <div class="field check sub">
                                            <input id=id.clone() type="checkbox"
                                                prop:checked=move || input.with(|i| i.as_ref().is_some_and(|i| i.sub_practices.contains(&sid)))
                                                on:change=move |ev| { let on = event_target_checked(&ev); let id = sid2.clone(); edit.apply(|i| { i.sub_practices.retain(|x| *x != id); if on { i.sub_practices.push(id); } }); } />
                                            <label for=id>{format!("{} {}", sub.id, sub.title)}</label>
                                        </div>
                                    }
                                }).collect_view()
                            }}
                        </fieldset>
                    }
                }).collect_view()}
            </div>
            {[GoalTier::Essential, GoalTier::Enhanced].into_iter().map(|tier| {
                let goals: Vec<(String, String)> = bundle.with_value(|b| b.goals.iter().filter(|g| g.tier == tier).map(|g| (g.id.clone(), g.title.clone())).collect());
                view! {
                    <fieldset class="goal-box">
                        <legend>{format!("HHS HPH Cybersecurity Performance Goals: {} goals met", tier.label().to_lowercase())}</legend>
                        {goals.into_iter().map(|(gid, title)| {
                            let id = format!("goal-{gid}");
                            let g1 = gid.clone();
                            view! {
                                <div class="field check">
                                    <input id=id.clone() type="checkbox"
                                        prop:checked=move || input.with(|i| i.as_ref().is_some_and(|i| i.goals.contains(&gid)))
                                        on:change=move |ev| { let on = event_target_checked(&ev); let id = g1.clone(); edit.apply(|i| { i.goals.retain(|x| *x != id); if on { i.goals.push(id); } }); } />
                                    <label for=id>{title}</label>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                }
            }).collect_view()}

            <details class="background">
                <summary>"What the costs are based on"</summary>
                <p class="hint">"Salaries are before benefits; hires are counted from their fourth month (hiring is assumed to take three months, the portal's estimate). Salary source: "<a href=SALARY_SOURCE>"U.S. Bureau of Labor Statistics"</a>"."</p>
                <div class="hire-grid">
                    {costs.into_iter().map(|spec| view! { <Number spec input edit problems /> }).collect_view()}
                </div>
                <button type="button" on:click=move |_| edit.apply(|i| i.costs = CostBasis::defaults(i.effective_size()))>"Use the defaults"</button>
            </details>
        </form>
    }
}
