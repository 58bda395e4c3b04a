//! `/assess/#h=…`: a candidate assesses themselves against a role a hiring manager sent as a
//! link. The role's skills are assessed exactly as a catalog role's are (the same steps,
//! saved to the same profile), with the candidate's background beside them; the end is a
//! results link to send back ([`super::send`]).

use leptos::prelude::*;
use pathways_core::bundle::{AssessSkill, ROLES_FILE, RolesBundle, skill_file};
use pathways_core::hire::link::decode_role_link;

use crate::context::use_site;
use crate::data::{FetchError, fetch_binary, fetch_json};
use crate::pages::assess::role::Assessment;

fn today() -> pathways_core::date::Date {
    let d = js_sys::Date::new_0();
    pathways_core::date::Date::new(
        d.get_full_year() as i32,
        (d.get_month() + 1) as u8,
        d.get_date() as u8,
    )
    .unwrap_or_else(|| pathways_core::date::Date::from_days(20_000))
}

/// The assessment against the role in the link.
#[component]
pub fn HireAssessment(
    /// The URL fragment (`h=1.…`).
    fragment: String,
) -> impl IntoView {
    let site = use_site();
    let (role, fingerprint) = match decode_role_link(&fragment) {
        Ok(found) => found,
        Err(e) => {
            return view! {
                <div role="alert" class="notice bad">
                    <h1>"This role link cannot be opened"</h1>
                    <p>{format!("The link is not valid: {e}. Ask the hiring manager for the link again. Your own saved data has not been touched.")}</p>
                    <p><a href=site.href("assess")>"Assess yourself against a catalog role instead"</a></p>
                </div>
            }
            .into_any();
        }
    };
    let ids: Vec<String> = role.skills.iter().map(|s| s.skill.clone()).collect();
    let data = LocalResource::new(move || {
        let urls: Vec<String> = ids.iter().map(|id| site.file(&skill_file(id))).collect();
        let roles_url = site.file(ROLES_FILE);
        async move {
            let fetched =
                futures::future::join_all(urls.iter().map(|u| fetch_binary::<AssessSkill>(u)))
                    .await;
            let mut skills = Vec::new();
            for f in fetched {
                match f {
                    Ok(s) => skills.push(s),
                    // A skill this catalog does not have: named below, not fatal.
                    Err(FetchError::NotFound) => {}
                    Err(e) => return Err(e),
                }
            }
            let credentials = fetch_json::<RolesBundle>(&roles_url).await?.credentials;
            Ok((skills, credentials))
        }
    });
    let role = StoredValue::new(role);
    view! {
        {move || match data.get() {
            None => view! { <p class="loading" role="status">"Loading the assessment…"</p> }.into_any(),
            Some(Err(e)) => view! {
                <div role="alert"><h1>"The assessment could not be loaded"</h1><p>{format!("{e}. Check your connection and reload; your saved answers are safe.")}</p></div>
            }.into_any(),
            Some(Ok((skills, credentials))) => {
                let (bundle, missing) = role.with_value(|r| r.assess_bundle(&fingerprint, skills, today()));
                view! { <Assessment bundle hire=role.get_value() missing credentials /> }.into_any()
            }
        }}
    }
    .into_any()
}
