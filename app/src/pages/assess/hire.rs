//! `/assess/#h=…`: a candidate assesses themselves against a role a hiring manager sent as a
//! link. The role's skills are assessed exactly as a catalog role's are (the same steps,
//! saved to the same profile), with the candidate's background beside them; the end is a
//! results link to send back ([`super::send`]).

use leptos::prelude::*;
use pathways_core::bundle::{ROLES_FILE, RolesBundle, skill_file};
use pathways_core::hire::link::decode_role_link;

use crate::browser;
use crate::context::use_site;
use crate::data::{fetch_binary, fetch_skills};
use crate::pages::assess::role::Assessment;

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
            // Skills this catalog does not have are named by `assess_bundle`, not fatal.
            let skills = fetch_skills(urls).await?;
            let credentials = fetch_binary::<RolesBundle>(&roles_url).await?.credentials;
            Ok::<_, crate::data::FetchError>((skills, credentials))
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
                let (bundle, missing) = role.with_value(|r| r.assess_bundle(&fingerprint, skills, browser::today()));
                view! { <Assessment bundle hire=role.get_value() missing credentials /> }.into_any()
            }
        }}
    }
    .into_any()
}
