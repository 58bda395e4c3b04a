//! `/assess/:role/`: the assessment for one role, skill by skill — a self-rating against the
//! level descriptors, then adaptive knowledge checks — saved after every answer, so the person
//! can leave and resume. Results follow when every skill is done (or on request).
//! A `#r=…` fragment opens shared results instead, read-only.

use leptos::prelude::*;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;
use pathways_core::assessment;
use pathways_core::bundle::{AssessBundle, AssessSkill, assess_file};
use pathways_core::model::{Item, LEVEL_NAMES, level_name};
use pathways_core::profile::{Answer, SkillEvidence};
use pathways_core::share;
use pathways_core::site::Route;

use crate::browser;
use crate::context::use_site;
use crate::data::{FetchError, fetch_binary};
use crate::pages::assess::results::Results;
use crate::pages::assess::send::CandidateSend;
use crate::shell;
use crate::storage::use_profile;
use pathways_core::hire::HireRole;

/// Moves keyboard focus to the first element matching `selector` once the view has updated,
/// so keyboard and screen-reader users continue where the new content is.
fn focus_later(selector: &'static str) {
    request_animation_frame(move || {
        let target = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
        if let Some(el) = target {
            let _ = el.focus();
        }
    });
}

/// Where a skill stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    NotStarted,
    InProgress,
    Done,
}

fn status(skill: &AssessSkill, target: u8, evidence: Option<&SkillEvidence>) -> Status {
    match evidence {
        None => Status::NotStarted,
        Some(ev) if ev.self_rating.is_none() => Status::NotStarted,
        Some(ev) => {
            if assessment::next_item(ev, target, &skill.items).is_none() {
                Status::Done
            } else {
                Status::InProgress
            }
        }
    }
}

/// The parameters of `/assess/:role/`.
#[derive(Params, Clone, Debug, PartialEq)]
struct AssessParams {
    /// The role's id.
    role: Option<String>,
}

/// The assessment page for the role in the URL.
#[component]
pub fn AssessRole() -> impl IntoView {
    let site = use_site();
    site.release_first();
    let params = use_params::<AssessParams>();
    let role_id = Memo::new(move |_| {
        params.with(|p| {
            p.as_ref()
                .ok()
                .and_then(|p| p.role.clone())
                .unwrap_or_default()
        })
    });
    let bundle = LocalResource::new(move || {
        let url = site.file(&assess_file(&role_id.get()));
        async move { fetch_binary::<AssessBundle>(&url).await }
    });
    view! {
        <div class="page assess">
            {move || match bundle.get() {
                None => view! { <p class="loading" role="status">"Loading the assessment…"</p> }.into_any(),
                Some(Err(FetchError::NotFound)) => view! { <crate::components::NotFound /> }.into_any(),
                Some(Err(e)) => view! {
                    <div role="alert"><h1>"The assessment could not be loaded"</h1><p>{format!("{e}. Check your connection and reload; your saved answers are safe.")}</p></div>
                }.into_any(),
                Some(Ok(b)) => view! { <Assessment bundle=b /> }.into_any(),
            }}
        </div>
    }
}

/// The assessment of a role: a catalog role's, or (with `hire`) a hiring manager's role
/// from a link, which ends with a results link to send back instead of the catalog results.
#[component]
pub fn Assessment(
    /// The role's assessment data.
    bundle: AssessBundle,
    /// The hiring manager's role, when the assessment is against one.
    #[prop(optional)]
    hire: Option<HireRole>,
    /// Skills of that role the catalog does not have (not assessed).
    #[prop(optional)]
    missing: Vec<String>,
    /// Every credential's names, for the background form shown with a hiring manager's role.
    #[prop(optional)]
    credentials: Vec<pathways_core::bundle::CredentialName>,
) -> impl IntoView {
    let store = use_profile();
    let site = use_site();
    let title = bundle.role.title.clone();
    let hire = hire.map(StoredValue::new);
    shell::set_document_meta(
        &format!("Assess yourself: {title} · Health Cyber Pathways"),
        &format!(
            "Rate yourself against the skills of a {title} and see your gaps. Private: nothing leaves your browser."
        ),
    );

    // A results link opens the shared results, read-only.
    let fragment = browser::fragment();
    if hire.is_none() && fragment.starts_with("r=") {
        return match share::decode(&fragment) {
            Ok(shared) if shared.role == bundle.id => view! {
                <header class="item-head">
                    <h1>{format!("Shared results: {title}")}</h1>
                    <p class="notice">"These results were shared with you in the link. They are shown here only; nothing is saved to your profile."</p>
                </header>
                <Results bundle=bundle profile=shared.profile shared=true />
            }
            .into_any(),
            Ok(_) => view! { <ShareProblem message="the link is for a different role".into() role=bundle.id.clone() /> }.into_any(),
            Err(e) => view! { <ShareProblem message=e.to_string() role=bundle.id.clone() /> }.into_any(),
        };
    }

    // A catalog role becomes the person's target; a hiring manager's role does not.
    if hire.is_none() {
        store.profile.update(|p| {
            if p.targets.first() != Some(&bundle.id) {
                p.targets.retain(|t| t != &bundle.id);
                p.targets.insert(0, bundle.id.clone());
            }
        });
    }
    let bundle = StoredValue::new(bundle);
    let show_results = RwSignal::new(false);
    let statuses = Memo::new(move |_| {
        store.profile.with(|p| {
            bundle.with_value(|b| {
                b.role
                    .skills
                    .iter()
                    .filter_map(|t| {
                        b.skills
                            .iter()
                            .find(|s| s.id == t.skill)
                            .map(|s| status(s, t.level, p.skills.get(&s.id)))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    // The skill on screen changes only when the person moves on, so the explanation of the
    // last question of a skill stays visible until they do.
    let first_open =
        move || statuses.with_untracked(|s| s.iter().position(|st| *st != Status::Done));
    let current = RwSignal::new(first_open());
    if current.get_untracked().is_none() {
        show_results.set(true);
    }
    let all_done = move || statuses.get().iter().all(|s| *s == Status::Done);
    let done_count = move || {
        statuses
            .get()
            .iter()
            .filter(|s| **s == Status::Done)
            .count()
    };
    let total = bundle.with_value(|b| b.skills.len());

    view! {
        <header class="item-head">
            {if hire.is_some() {
                view! { <p class="eyebrow">"A role a hiring manager shared with you"</p> }.into_any()
            } else {
                view! { <p class="eyebrow"><a href=bundle.with_value(|b| site.route(Route::Role(&b.id)))>{title.clone()}</a></p> }.into_any()
            }}
            <h1>{format!("Assess yourself: {title}")}</h1>
            <p class="lead">"For each skill, rate yourself against the level descriptors, then answer a few questions. Your answers are saved in this browser as you go — you can leave and come back."</p>
            <p class="notice"><strong>"Private: "</strong>"nothing you enter is sent anywhere. It stays in this browser."</p>
        </header>
        {(!missing.is_empty()).then(|| view! {
            <p class="notice" role="status">{format!("This role also asks for skills this version of the portal does not know, so they are not assessed: {}.", missing.join(", "))}</p>
        })}
        {hire.is_some().then(|| view! {
            <details class="background">
                <summary>"Your background: experience, education and credentials"</summary>
                <p class="hint">"The hiring manager sees these with your results, to tell whether you meet the role's qualification routes now or when."</p>
                <crate::pages::assess::profile_form::ProfileForm credentials=credentials.clone() />
            </details>
        })}
        <nav class="skill-steps" aria-label="Skills in this assessment">
            <p>{move || format!("{} of {total} skills done", done_count())}</p>
            <ol>
                {move || bundle.with_value(|b| b.skills.clone()).into_iter().enumerate().map(|(i, s)| {
                    let st = move || statuses.get().get(i).copied().unwrap_or(Status::NotStarted);
                    let label = move || match st() { Status::Done => "done", Status::InProgress => "in progress", Status::NotStarted => "not started" };
                    view! {
                        <li>
                            <button
                                type="button"
                                class="step"
                                aria-current=move || if !show_results.get() && current.get() == Some(i) { "step" } else { "false" }
                                on:click=move |_| {
                                    show_results.set(false);
                                    current.set(Some(i));
                                    focus_later(".skill-step h2");
                                }
                            >
                                {s.name.clone()}<span class="visually-hidden">", "</span><span class="state">{label}</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <button type="button" class="primary" on:click=move |_| { show_results.set(true); focus_later("#results-title"); }>
                {move || if all_done() { "See my results" } else { "See results so far" }}
            </button>
        </nav>
        {move || {
            if show_results.get() {
                let b = bundle.get_value();
                let p = store.profile.get();
                match hire {
                    Some(role) => {
                        let names: Vec<(String, String)> = b.skills.iter().map(|s| (s.id.clone(), s.name.clone())).collect();
                        let fingerprint = b.id.trim_start_matches("hire-").to_owned();
                        view! { <CandidateSend role=role.get_value() fingerprint names profile=p /> }.into_any()
                    }
                    None => view! { <Results bundle=b profile=p /> }.into_any(),
                }
            } else if let Some((skill, target)) = current.get().and_then(|i| bundle.with_value(|b| {
                // `i` indexes the bundle's skills; a stale index finds nothing rather than panicking.
                let skill = b.skills.get(i)?.clone();
                let target = b.role.skills.iter().find(|t| t.skill == skill.id).map_or(1, |t| t.level);
                Some((skill, target))
            })) {
                let next = move || {
                    let open = first_open();
                    current.set(open);
                    if open.is_none() {
                        show_results.set(true);
                    }
                    focus_later(".skill-step h2, #results-title");
                };
                view! { <SkillStep skill=skill target=target on_done=Callback::new(move |()| next()) /> }.into_any()
            } else {
                view! { <p>"Every skill is done."</p> }.into_any()
            }
        }}
    }
    .into_any()
}

#[component]
fn ShareProblem(message: String, role: String) -> impl IntoView {
    let site = use_site();
    view! {
        <div role="alert" class="notice bad">
            <h1>"This results link cannot be opened"</h1>
            <p>{format!("The link is not valid: {message}. Your own saved data has not been touched.")}</p>
            <p><a href=site.route(Route::Assess(&role))>"Take the assessment yourself"</a></p>
        </div>
    }
}

/// One skill: the self-rating, then the knowledge checks one at a time.
#[component]
fn SkillStep(skill: AssessSkill, target: u8, on_done: Callback<()>) -> impl IntoView {
    let store = use_profile();
    let skill = StoredValue::new(skill);
    let skill_id = skill.with_value(|s| s.id.clone());
    let evidence = {
        let id = skill_id.clone();
        Memo::new(move |_| {
            store
                .profile
                .with(|p| p.skills.get(&id).cloned().unwrap_or_default())
        })
    };
    // The question on screen and, once checked, the choice made.
    let feedback = RwSignal::new(None::<(Item, u8)>);
    let rated = move || evidence.with(|e| e.self_rating.is_some());
    let question = Memo::new(move |_| {
        if let Some((item, _)) = feedback.get() {
            return Some(item);
        }
        evidence.with(|e| skill.with_value(|s| assessment::next_item(e, target, &s.items).cloned()))
    });
    let name = skill.with_value(|s| s.name.clone());
    let heading_id = format!("skill-{skill_id}");
    let labelled_by = heading_id.clone();
    view! {
        <section class="skill-step" aria-labelledby=labelled_by>
            <h2 id=heading_id tabindex="-1">{name.clone()}</h2>
            <p>{skill.with_value(|s| s.summary.clone())}</p>
            <p class="muted">{format!("The role needs level {target} ({}).", level_name(target).to_lowercase())}</p>
            <SelfRating skill=skill.get_value() />
            {move || {
                if !rated() {
                    return ().into_any();
                }
                match question.get() {
                    Some(item) => view! { <Question skill_id=skill.with_value(|s| s.id.clone()) item=item feedback=feedback /> }.into_any(),
                    None => view! {
                        <div class="skill-done">
                            <p>{if evidence.with(|e| e.answers.is_empty()) { "There are no more questions for this skill." } else { "That's enough evidence for this skill." }}</p>
                            <button type="button" class="primary" on:click=move |_| on_done.run(())>"Next skill"</button>
                        </div>
                    }.into_any(),
                }
            }}
        </section>
    }
}

#[component]
fn SelfRating(skill: AssessSkill) -> impl IntoView {
    let store = use_profile();
    let id = skill.id.clone();
    let current = {
        let id = id.clone();
        Memo::new(move |_| {
            store
                .profile
                .with(|p| p.skills.get(&id).and_then(|e| e.self_rating))
        })
    };
    let group = format!("rate-{id}");
    let mut options = vec![(
        0u8,
        "None yet".to_owned(),
        "I have not done this yet.".to_owned(),
    )];
    // Four levels at most: the content checker refuses any other number of descriptors.
    for (i, (text, name)) in skill.levels.iter().zip(LEVEL_NAMES).enumerate() {
        options.push((
            (i + 1) as u8,
            format!("Level {} · {name}", i + 1),
            text.clone(),
        ));
    }
    view! {
        <fieldset class="rating">
            <legend>"Which describes you best?"</legend>
            {options.into_iter().map(|(level, title, text)| {
                let input_id = format!("{group}-{level}");
                let id = id.clone();
                view! {
                    <div class="option">
                        <input
                            type="radio"
                            id=input_id.clone()
                            name=group.clone()
                            prop:checked=move || current.get() == Some(level)
                            on:change=move |_| {
                                let id = id.clone();
                                store.profile.update(|p| p.skills.entry(id).or_default().self_rating = Some(level));
                            }
                        />
                        <label for=input_id><strong>{title}</strong><span>{text}</span></label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

#[component]
fn Question(skill_id: String, item: Item, feedback: RwSignal<Option<(Item, u8)>>) -> impl IntoView {
    let store = use_profile();
    let choice = RwSignal::new(None::<u8>);
    let answered = move || feedback.with(|f| f.as_ref().map(|(_, c)| *c));
    let item = StoredValue::new(item);
    let group = item.with_value(|i| format!("q-{}", i.id));
    let check = {
        let skill_id = skill_id.clone();
        move |_| {
            let Some(chosen) = choice.get_untracked() else {
                return;
            };
            let it = item.get_value();
            let correct = chosen == it.answer;
            let skill_id = skill_id.clone();
            store.profile.update(|p| {
                let ev = p.skills.entry(skill_id).or_default();
                if !ev.answers.iter().any(|a| a.item == it.id) {
                    ev.answers.push(Answer {
                        item: it.id.clone(),
                        level: it.level,
                        chosen,
                        correct,
                    });
                }
            });
            feedback.set(Some((it, chosen)));
            focus_later("#next-question");
        }
    };
    let skip = {
        let skill_id = skill_id.clone();
        move |_| {
            let skill_id = skill_id.clone();
            store
                .profile
                .update(|p| p.skills.entry(skill_id).or_default().skipped = true);
            feedback.set(None);
        }
    };
    view! {
        <form class="question" on:submit=move |ev| ev.prevent_default()>
            <fieldset>
                <legend>{item.with_value(|i| i.stem.clone())}</legend>
                {item.with_value(|i| i.options.clone()).into_iter().enumerate().map(|(n, text)| {
                    let n = n as u8;
                    let input_id = format!("{group}-{n}");
                    let state = move || match answered() {
                        Some(_) if n == item.with_value(|i| i.answer) => "option right",
                        Some(c) if c == n => "option wrong",
                        _ => "option",
                    };
                    view! {
                        <div class=state>
                            <input
                                type="radio"
                                id=input_id.clone()
                                name=group.clone()
                                disabled=move || answered().is_some()
                                prop:checked=move || choice.get() == Some(n) || answered() == Some(n)
                                on:change=move |_| choice.set(Some(n))
                            />
                            <label for=input_id>{text}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="feedback" role="status">
                {move || answered().map(|c| {
                    let right = c == item.with_value(|i| i.answer);
                    view! {
                        <p class=if right { "ok" } else { "bad" }><strong>{if right { "Right. " } else { "Not quite. " }}</strong>{item.with_value(|i| i.explanation.clone())}</p>
                    }
                })}
            </div>
            <div class="actions">
                {move || if answered().is_some() {
                    view! {
                        <button type="button" id="next-question" class="primary" on:click=move |_| {
                            feedback.set(None);
                            focus_later(".question input[type=radio], .skill-done button");
                        }>"Next"</button>
                    }.into_any()
                } else {
                    view! {
                        <button type="submit" class="primary" disabled=move || choice.get().is_none() on:click=check.clone()>"Check answer"</button>
                        <button type="button" on:click=skip.clone()>"Skip the questions for this skill"</button>
                    }.into_any()
                }}
            </div>
        </form>
    }
}
