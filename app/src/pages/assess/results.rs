//! The results of an assessment: the fit score, a chart of the profile against the role (with a
//! table holding the same data), strengths, gaps by impact with what closes each, and the ways
//! to take the results further (plan, share, print, export).

use leptos::prelude::*;
use pathways_core::assessment::{self, GapKind};
use pathways_core::bundle::AssessBundle;
use pathways_core::chart::{LevelBar, level_bars};
use pathways_core::model::level_name;
use pathways_core::profile::Profile;
use pathways_core::share::{self, SharedResults};
use pathways_core::site::Route;

use crate::browser;
use crate::components::ShareBox;
use crate::context::use_site;

fn level_text(level: f32) -> String {
    let rounded = pathways_core::format::decimal(level, 1);
    let name = if level < 0.5 {
        "none yet"
    } else {
        level_name(level.round() as u8)
    };
    format!("{rounded} ({})", name.to_lowercase())
}

/// The results of `profile` against the role in `bundle`. `shared` marks results opened from a
/// link (nothing is saved, and there is nothing to share or export).
#[component]
pub fn Results(
    /// The role's assessment data.
    bundle: AssessBundle,
    /// The profile to score.
    profile: Profile,
    /// Whether the results came from a share link.
    #[prop(optional)]
    shared: bool,
) -> impl IntoView {
    let site = use_site();
    let role = &bundle.role;
    let fit = assessment::fit(role, &profile);
    let estimates = assessment::estimates(&profile);
    let name_of = |id: &str| {
        bundle
            .skills
            .iter()
            .find(|s| s.id == id)
            .map_or(id.to_owned(), |s| s.name.clone())
    };
    let rows: Vec<(String, String, f32, f32, u8, bool)> = role
        .skills
        .iter()
        .map(|t| {
            let e = estimates.get(t.skill.as_str());
            (
                t.skill.clone(),
                name_of(&t.skill),
                e.map_or(0.0, |e| e.level),
                e.map_or(0.0, |e| e.confidence),
                t.level,
                t.required,
            )
        })
        .collect();
    let bars: Vec<LevelBar<'_>> = rows
        .iter()
        .map(|(_, name, est, _, target, required)| LevelBar {
            label: name,
            value: *est,
            marker: Some(f32::from(*target)),
            secondary: !*required,
        })
        .collect();
    let chart = level_bars(
        &format!(
            "Your estimated level in each skill of {}, with the role's target marked; the table below lists the same data.",
            role.title
        ),
        &bars,
    );
    let strengths: Vec<String> = rows
        .iter()
        .filter(|r| r.2 >= f32::from(r.4))
        .map(|r| r.1.clone())
        .collect();
    let gaps: Vec<AnyView> = fit
        .gaps
        .iter()
        .map(|gap| {
            let impact = pathways_core::format::whole(gap.impact);
            match &gap.kind {
                GapKind::Skill { skill, target, estimate, required } => {
                    let s = bundle.skills.iter().find(|s| &s.id == skill);
                    let programs: Vec<_> = s.map(|s| assessment::closers(s, *estimate, *target).take(3).cloned().collect()).unwrap_or_default();
                    let creds: Vec<_> = s.map(|s| s.credentials.iter().take(3).cloned().collect()).unwrap_or_default();
                    view! {
                        <li>
                            <strong>{name_of(skill)}</strong>
                            {format!(": level {} now, the role needs {}{} — up to {} points.", level_text(*estimate), target, if *required { "" } else { " (preferred)" }, impact)}
                            {(!programs.is_empty() || !creds.is_empty()).then(|| view! {
                                <span class="closers">
                                    " Close it with: "
                                    {programs.into_iter().map(|p| view! { <a href=site.route(Route::Program(&p.id))>{p.name}</a> " " }).collect_view()}
                                    {creds.into_iter().map(|(id, abbr, _)| view! { <a href=site.route(Route::Credential(&id))>{abbr}</a> " " }).collect_view()}
                                </span>
                            })}
                        </li>
                    }
                    .into_any()
                }
                GapKind::Qualification => {
                    let options: Vec<(String, String)> = role
                        .qualifications
                        .iter()
                        .flat_map(|q| q.credentials.iter())
                        .map(|c| (c.clone(), bundle.credentials.iter().find(|n| &n.id == c).map_or(c.clone(), |n| n.abbreviation.clone())))
                        .collect();
                    view! {
                        <li>
                            <strong>"A qualification"</strong>
                            {format!(": you hold none of the role's qualification options yet — up to {impact} points. ")}
                            {options.into_iter().take(4).map(|(c, abbr)| view! { <a href=site.route(Route::Credential(&c))>{abbr}</a> " " }).collect_view()}
                        </li>
                    }
                    .into_any()
                }
                GapKind::Experience { wanted, has } => view! {
                    <li><strong>"Experience"</strong>{format!(": employers usually ask for {} years; you have {} — up to {impact} points.", pathways_core::format::plain(*wanted), pathways_core::format::plain(*has))}</li>
                }
                .into_any(),
                GapKind::HealthcareExperience { wanted, has } => view! {
                    <li><strong>"Health-care experience"</strong>{format!(": the role usually wants {} years in health care; you have {} — up to {impact} points.", pathways_core::format::plain(*wanted), pathways_core::format::plain(*has))}</li>
                }
                .into_any(),
            }
        })
        .collect();
    let link = share::encode(&SharedResults {
        role: bundle.id.clone(),
        profile: profile.clone(),
    });
    let share_url = format!("{}#{link}", browser::address_without_fragment());
    let export_json = profile.to_json();
    let plan_href = format!("{}?role={}", site.href("plan"), bundle.id);
    view! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title" tabindex="-1">{format!("Results for {}", role.title)}</h2>
            <p class="score">
                <strong>{pathways_core::format::whole(fit.score)}</strong>" out of 100 — "
                {format!("skills {}%, qualification {}, experience {}%", pathways_core::format::whole(fit.skills * 100.0), if fit.qualification >= 1.0 { "met" } else { "not yet met" }, pathways_core::format::whole(fit.experience * 100.0))}
            </p>
            <figure inner_html=chart></figure>
            <div class="table-wrap">
                <table>
                    <caption>"Your levels against the role"</caption>
                    <thead><tr><th scope="col">"Skill"</th><th scope="col">"Your level"</th><th scope="col">"How sure"</th><th scope="col">"Role needs"</th></tr></thead>
                    <tbody>
                        {rows.iter().map(|(_, name, est, conf, target, required)| view! {
                            <tr>
                                <th scope="row">{name.clone()}</th>
                                <td>{level_text(*est)}</td>
                                <td>{format!("{}%", pathways_core::format::whole(conf * 100.0))}</td>
                                <td>{format!("{target}{}", if *required { "" } else { " (preferred)" })}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <h3>"Strengths"</h3>
            {if strengths.is_empty() {
                view! { <p class="muted">"No skill is at the role's level yet."</p> }.into_any()
            } else {
                view! { <ul>{strengths.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul> }.into_any()
            }}
            <h3>"Gaps, largest first"</h3>
            {if gaps.is_empty() {
                view! { <p>"No gaps: you meet every part of this role."</p> }.into_any()
            } else {
                view! { <ol class="gaps">{gaps}</ol> }.into_any()
            }}
            <div class="actions no-print">
                <a class="button primary" href=plan_href>"Plan my path to this role"</a>
                <button type="button" on:click=move |_| browser::print()>"Print"</button>
                <Show when=move || !shared>
                    <button type="button" on:click={
                        let json = export_json.clone();
                        move |_| { let _ = browser::download("health-cyber-pathways-profile.json", "application/json", &json); }
                    }>"Export my data"</button>
                </Show>
            </div>
            <Show when=move || !shared>
                <ShareBox id="share-link" label="Share these results"
                    hint="The results travel inside the link itself; nothing is uploaded. Anyone with the link can see them."
                    url=share_url.clone() />
            </Show>
        </section>
    }
}
