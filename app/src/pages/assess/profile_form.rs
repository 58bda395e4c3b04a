//! The background part of the profile: experience, education and credentials held.

use leptos::prelude::*;
use pathways_core::bundle::CredentialName;
use pathways_core::eligibility::domain_key;
use pathways_core::format::plain;
use pathways_core::model::Degree;
use pathways_core::profile::{DegreeField, HeldCredential, MAX_YEARS, MIN_YEARS, domain_years};

use crate::storage::use_profile;

/// Which experience field a number input edits.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Years {
    Total,
    Healthcare,
    Management,
}

/// A number of years, validated as it is typed: a bad value is explained and not saved.
#[component]
fn YearsInput(which: Years, label: &'static str, hint: &'static str) -> impl IntoView {
    let store = use_profile();
    let id = match which {
        Years::Total => "years-total",
        Years::Healthcare => "years-healthcare",
        Years::Management => "years-management",
    };
    let error = RwSignal::new(None::<String>);
    let value = move || {
        let e = store.profile.with(|p| p.experience.clone());
        let v = match which {
            Years::Total => e.total_years,
            Years::Healthcare => e.healthcare_years,
            Years::Management => e.management_years,
        };
        pathways_core::format::decimal(v, 1)
    };
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let parsed = pathways_core::format::parse_f32(text.trim()).ok_or(());
        let problem = match parsed {
            Err(_) if text.trim().is_empty() => {
                Some("Enter a number of years (0 if none).".to_owned())
            }
            Err(_) => Some("Enter a number of years, such as 2 or 3.5.".to_owned()),
            Ok(v) if !(MIN_YEARS..=MAX_YEARS).contains(&v) => Some(format!(
                "Enter a number from {} to {}.",
                plain(MIN_YEARS),
                plain(MAX_YEARS)
            )),
            Ok(v) => {
                let e = store.profile.with_untracked(|p| p.experience.clone());
                match which {
                    Years::Healthcare if v > e.total_years => {
                        Some("Health-care years cannot be more than your total years.".to_owned())
                    }
                    Years::Management if v > e.total_years => {
                        Some("Management years cannot be more than your total years.".to_owned())
                    }
                    Years::Total if v < e.healthcare_years || v < e.management_years => Some(
                        "Total years cannot be fewer than your health-care or management years."
                            .to_owned(),
                    ),
                    _ => None,
                }
            }
        };
        error.set(problem.clone());
        if problem.is_none()
            && let Ok(v) = parsed
        {
            store.profile.update(|p| match which {
                Years::Total => p.experience.total_years = v,
                Years::Healthcare => p.experience.healthcare_years = v,
                Years::Management => p.experience.management_years = v,
            });
        }
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <span class="hint" id=format!("{id}-hint")>{hint}</span>
            <input
                id=id
                type="number"
                inputmode="decimal"
                min=plain(MIN_YEARS)
                max=plain(MAX_YEARS)
                step="0.5"
                prop:value=value
                on:input=on_input
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                aria-describedby=format!("{id}-hint {id}-error")
            />
            <span class="error" id=format!("{id}-error") role="alert">{move || error.get()}</span>
        </div>
    }
}

/// Years in one exam domain, validated as typed: empty removes it (the person has not said),
/// a bad value is explained and not saved.
#[component]
fn DomainYears(credential: String, domain: String) -> impl IntoView {
    let store = use_profile();
    let key = domain_key(&domain);
    let id = format!("domain-{credential}-{key}");
    let error = RwSignal::new(None::<String>);
    let value = {
        let key = key.clone();
        move || {
            store.profile.with(|p| {
                p.experience
                    .by_domain
                    .get(&key)
                    .map(|v| pathways_core::format::decimal(*v, 1))
                    .unwrap_or_default()
            })
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        let total = store.profile.with_untracked(|p| p.experience.total_years);
        match domain_years(&event_target_value(&ev), total) {
            Ok(years) => {
                error.set(None);
                store.profile.update(|p| match years {
                    Some(v) => {
                        p.experience.by_domain.insert(key.clone(), v);
                    }
                    None => {
                        p.experience.by_domain.remove(&key);
                    }
                });
            }
            Err(why) => error.set(Some(why)),
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{domain}</label>
            <input
                id=id.clone()
                type="number"
                inputmode="decimal"
                min=plain(MIN_YEARS)
                max=plain(MAX_YEARS)
                step="0.5"
                prop:value=value
                on:input=on_input
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                aria-describedby=format!("{id}-error")
            />
            <span class="error" id=format!("{id}-error") role="alert">{move || error.get()}</span>
        </div>
    }
}

/// Years by exam domain for a credential whose experience must span several of its domains
/// (CISSP: two of eight), so that the planner can check the spread.
#[component]
fn DomainSpread(credential: CredentialName) -> impl IntoView {
    let summary = format!(
        "Your experience by {} exam domain ({} asks that it span at least {} of its {})",
        credential.abbreviation,
        credential.abbreviation,
        credential.min_domains,
        credential.domains.len()
    );
    view! {
        <details class="domains">
            <summary>{summary}</summary>
            <p class="hint">"Years of your experience in each domain; one year of work may count in several. Leave a domain empty if you would rather not say: the rule is then stated, not checked."</p>
            {credential
                .domains
                .into_iter()
                .map(|d| view! { <DomainYears credential=credential.id.clone() domain=d /> })
                .collect_view()}
        </details>
    }
}

/// Experience, education and credentials held.
#[component]
pub fn ProfileForm(
    /// Every credential in the catalog, for the "held" checkboxes.
    credentials: Vec<CredentialName>,
) -> impl IntoView {
    let store = use_profile();
    let spreads: Vec<CredentialName> = credentials
        .iter()
        .filter(|c| c.min_domains > 0 && !c.domains.is_empty())
        .cloned()
        .collect();
    let degree = move || store.profile.with(|p| p.education.degree.as_str());
    let field = move || store.profile.with(|p| p.education.field.as_str());
    view! {
        <fieldset class="group">
            <legend>"Experience"</legend>
            <p class="hint">"Count paid work in IT, security, privacy or health information, full-time equivalent."</p>
            <YearsInput which=Years::Total label="Years of relevant experience" hint="For example 3 or 4.5." />
            <YearsInput which=Years::Healthcare label="Years of it in health care" hint="At a provider, payer, device maker or health IT vendor." />
            <YearsInput which=Years::Management label="Years of it managing security or privacy work" hint="Leading a team or a program." />
            {spreads.into_iter().map(|c| view! { <DomainSpread credential=c /> }).collect_view()}
        </fieldset>
        <fieldset class="group">
            <legend>"Education"</legend>
            <div class="field">
                <label for="degree">"Highest degree"</label>
                <select
                    id="degree"
                    prop:value=degree
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(d) = Degree::ALL.into_iter().find(|d| d.as_str() == v) {
                            store.profile.update(|p| p.education.degree = d);
                        }
                    }
                >
                    {Degree::ALL.into_iter().map(|d| view! { <option value=d.as_str()>{d.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="degree-field">"Field of study"</label>
                <select
                    id="degree-field"
                    prop:value=field
                    on:change=move |ev| {
                        let f = event_target_value(&ev).parse().unwrap_or(DegreeField::Other);
                        store.profile.update(|p| p.education.field = f);
                    }
                >
                    {DegreeField::ALL.into_iter().map(|f| view! { <option value=f.as_str()>{f.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field check">
                <input
                    id="degree-cae"
                    type="checkbox"
                    prop:checked=move || store.profile.with(|p| p.education.cae)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        store.profile.update(|p| p.education.cae = on);
                    }
                />
                <label for="degree-cae">"From an NSA Center of Academic Excellence (CAE)"</label>
            </div>
        </fieldset>
        <fieldset class="group">
            <legend>"Credentials you hold"</legend>
            <ul class="checks">
                {credentials
                    .into_iter()
                    .map(|c| {
                        let id = c.id.clone();
                        let input_id = format!("held-{}", c.id);
                        let checked = {
                            let id = id.clone();
                            move || store.profile.with(|p| p.holds(&id))
                        };
                        view! {
                            <li>
                                <input
                                    id=input_id.clone()
                                    type="checkbox"
                                    prop:checked=checked
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        let id = id.clone();
                                        store.profile.update(|p| {
                                            p.credentials.retain(|h| h.id != id);
                                            if on {
                                                p.credentials.push(HeldCredential { id, earned: None });
                                            }
                                        });
                                    }
                                />
                                <label for=input_id>{c.abbreviation.clone()}<span class="muted">" — " {c.name.clone()}</span></label>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </fieldset>
    }
}
