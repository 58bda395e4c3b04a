//! Self-assessment and gap analysis, private by design: everything runs and stays in the
//! browser. `/assess/` holds the profile, the choice of role and the ranking of every role;
//! `/assess/:role/` runs the assessment for one role.

pub mod data_tools;
pub mod hire;
pub mod profile_form;
pub mod results;
pub mod role;
pub mod send;

use leptos::prelude::*;
use pathways_core::assessment;
use pathways_core::bundle::{ROLES_FILE, RolesBundle};
use pathways_core::model::Stage;
use pathways_core::site::Route;

use crate::components::StorageProblem;
use crate::context::use_site;
use crate::data::fetch_binary;
use crate::storage::use_profile;
use data_tools::DataTools;
use profile_form::ProfileForm;

/// `/assess/`.
#[component]
pub fn AssessHome() -> impl IntoView {
    let site = use_site();
    site.release_first();
    let store = use_profile();
    let bundle = LocalResource::new(move || {
        let url = site.file(ROLES_FILE);
        async move { fetch_binary::<RolesBundle>(&url).await }
    });
    crate::shell::set_document_meta(
        "Assess yourself · Health Cyber Pathways",
        "Rate yourself against a health-care cybersecurity role, find your gaps and see which roles fit you best. Private: nothing leaves your browser.",
    );
    // A hiring manager's role link: the assessment against that role.
    let fragment = crate::browser::fragment();
    if fragment.starts_with("h=") {
        return view! { <div class="page assess"><hire::HireAssessment fragment /></div> }
            .into_any();
    }
    view! {
        <div class="page assess">
            <header class="item-head">
                <h1>"Assess yourself"</h1>
                <p class="lead">"See where you stand against a role: rate yourself against each skill's level descriptors, answer a few knowledge checks, and get your gaps with what closes them."</p>
                <p class="notice"><strong>"Private by design. "</strong>"Nothing you enter is sent anywhere: your answers are kept in this browser only, and you can export or delete them at any time."</p>
            </header>
            <StorageProblem />
            <Transition fallback=|| view! { <p class="loading" role="status">"Loading roles…"</p> }>
                {move || bundle.get().map(|result| match result {
                    Err(e) => view! { <p role="alert">{format!("The roles could not be loaded: {e}. Reload the page to try again.")}</p> }.into_any(),
                    Ok(b) => {
                        let b = StoredValue::new(b);
                        view! {
                            <section aria-labelledby="choose">
                                <h2 id="choose">"Choose a role"</h2>
                                {Stage::ALL.into_iter().map(|stage| {
                                    let roles: Vec<(String, String)> = b.with_value(|b| b.roles.iter().filter(|(_, r)| r.stage == stage).map(|(id, r)| (id.clone(), r.title.clone())).collect());
                                    (!roles.is_empty()).then(|| view! {
                                        <h3>{stage.label()}</h3>
                                        <ul class="role-picks">
                                            {roles.into_iter().map(|(id, title)| view! { <li><a href=site.route(Route::Assess(&id))>{title}</a></li> }).collect_view()}
                                        </ul>
                                    })
                                }).collect_view()}
                            </section>
                            <section aria-labelledby="background">
                                <h2 id="background">"Your background"</h2>
                                <p>"Experience, education and credentials count toward how well you fit a role."</p>
                                <ProfileForm credentials=b.with_value(|b| b.credentials.clone()) />
                            </section>
                            <section aria-labelledby="fit">
                                <h2 id="fit">"Which roles fit me best?"</h2>
                                {move || {
                                    let profile = store.profile.get();
                                    if profile.skills.is_empty() {
                                        return view! { <p class="muted">"Assess yourself against a role first; every role is then ranked by how well you fit it."</p> }.into_any();
                                    }
                                    let timing = crate::browser::Timing::start("hcp-rank");
                                    let ranked: Vec<(String, String, f32, usize)> = b.with_value(|b| {
                                        assessment::rank(&b.roles, &profile)
                                            .into_iter()
                                            .map(|(id, fit)| (id.to_owned(), b.roles.iter().find(|(r, _)| r == id).map_or(String::new(), |(_, r)| r.title.clone()), fit.score, fit.gaps.len()))
                                            .collect()
                                    });
                                    timing.stop();
                                    view! {
                                        <div class="table-wrap">
                                            <table>
                                                <caption>"Every role, best fit first"</caption>
                                                <thead><tr><th scope="col">"Role"</th><th scope="col">"Fit"</th><th scope="col">"Gaps"</th></tr></thead>
                                                <tbody>
                                                    {ranked.into_iter().map(|(id, title, score, gaps)| view! {
                                                        <tr>
                                                            <th scope="row"><a href=site.route(Route::Assess(&id))>{title}</a></th>
                                                            <td>{pathways_core::format::whole(score)}</td>
                                                            <td>{gaps}</td>
                                                        </tr>
                                                    }).collect_view()}
                                                </tbody>
                                            </table>
                                        </div>
                                    }.into_any()
                                }}
                            </section>
                        }.into_any()
                    }
                })}
            </Transition>
            <section aria-labelledby="data">
                <h2 id="data">"Your data"</h2>
                <DataTools />
            </section>
        </div>
    }
    .into_any()
}
