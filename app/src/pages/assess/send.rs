//! The end of a candidate's assessment against a hiring manager's role: where they stand on
//! each skill, and the results link to send back (only the role's skills and their background
//! travel in it).

use leptos::prelude::*;
use pathways_core::assessment::estimate;
use pathways_core::hire::HireRole;
use pathways_core::hire::link::{CandidateResults, MAX_NAME, encode_results};
use pathways_core::model::level_name;
use pathways_core::profile::Profile;

use crate::components::ShareBox;
use crate::context::use_site;

/// The candidate's results and the link that carries them.
#[component]
pub fn CandidateSend(
    /// The manager's role.
    role: HireRole,
    /// Its fingerprint, from its link.
    fingerprint: String,
    /// The skill names, in the role's order.
    names: Vec<(String, String)>,
    /// The candidate's profile.
    profile: Profile,
) -> impl IntoView {
    let site = use_site();
    let name = RwSignal::new(String::new());
    let role = StoredValue::new(role);
    let profile = StoredValue::new(profile);
    let rows: Vec<(String, u8, bool, f32)> = role.with_value(|r| {
        r.skills
            .iter()
            .map(|s| {
                let label = names
                    .iter()
                    .find(|(id, _)| *id == s.skill)
                    .map_or(s.skill.clone(), |(_, n)| n.clone());
                let level = profile
                    .with_value(|p| p.skills.get(&s.skill).map_or(0.0, |e| estimate(e).level));
                (label, s.level, s.at_hire, level)
            })
            .collect()
    });
    let compare = site.route(pathways_core::site::Route::HireCompare);
    view! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title" tabindex="-1">"Your results for this role"</h2>
            <div class="table-wrap">
                <table>
                    <caption>"Where you stand on each skill"</caption>
                    <thead><tr><th scope="col">"Skill"</th><th scope="col">"The role needs"</th><th scope="col">"You"</th></tr></thead>
                    <tbody>
                        {rows.into_iter().map(|(label, target, at_hire, level)| view! {
                            <tr>
                                <th scope="row">{label}</th>
                                <td>{format!("Level {target} ({}), {}", level_name(target), if at_hire { "needed at hire" } else { "learnable on the job" })}</td>
                                <td>{if level >= f32::from(target) { format!("{} — meets it", pathways_core::format::decimal(level, 1)) } else { format!("{} — below", pathways_core::format::decimal(level, 1)) }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <h3>"Send your results to the hiring manager"</h3>
            <p>"The link holds your years of experience, education, credentials and your answers for this role's skills — nothing else. Send it the way the manager asked (email, the application form). It is never sent anywhere by this site."</p>
            <div class="field">
                <label for="candidate-name">"Your name (as the manager should see it)"</label>
                <input id="candidate-name" type="text" maxlength=MAX_NAME.to_string() autocomplete="name" prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev)) />
            </div>
            {move || {
                let n = name.get();
                if n.trim().is_empty() {
                    view! { <p class="muted">"Enter your name to make the link."</p> }.into_any()
                } else {
                    let results = role.with_value(|r| profile.with_value(|p| CandidateResults::of(r, &fingerprint, &n, p)));
                    let url = format!("{}{}#{}", crate::browser::origin(), compare, encode_results(&results));
                    view! { <ShareBox id="results-link" label="Your results link" hint="Copy it and send it to the hiring manager." url=url /> }.into_any()
                }
            }}
        </section>
    }
}
