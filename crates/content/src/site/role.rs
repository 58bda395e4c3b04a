//! A role's page: the job in health care, skills and levels, qualification routes, the career
//! pathway, where it exists, and its NICE work roles.

use maud::{PreEscaped, html};
use pathways_core::model::{LEVEL_NAMES, Role};
use pathways_core::site::{BasePath, Route, Section};

use crate::catalog::{Catalog, Entry};
use crate::site::chart::{self, LevelBar};
use crate::site::layout::{PageOut, full_title};
use crate::site::links::Links;
use crate::site::parts::{self, breadcrumb, chip, years};

/// The title of a role id, or the id itself if it is unknown.
pub fn role_title<'a>(catalog: &'a Catalog, id: &'a str) -> &'a str {
    catalog.role(id).map_or(id, |r| r.meta.title.as_str())
}

/// Renders a role's page.
pub fn page(entry: &Entry<Role>, catalog: &Catalog, links: &Links<'_>, base: &BasePath) -> PageOut {
    let r = &entry.meta;
    let id = entry.id.as_str();
    let skill_name = |sid: &str| {
        catalog
            .skill(sid)
            .map_or(sid.to_owned(), |s| s.meta.name.clone())
    };
    let bars: Vec<LevelBar<'_>> = Vec::new();
    let names: Vec<String> = r.skills.iter().map(|s| skill_name(&s.skill)).collect();
    let mut bars = bars;
    for (s, name) in r.skills.iter().zip(&names) {
        bars.push(LevelBar {
            label: name,
            value: f32::from(s.level),
            marker: None,
            secondary: !s.required,
        });
    }
    let feeders: Vec<&str> = links
        .feeders
        .get(id)
        .map(|v| v.to_vec())
        .unwrap_or_default();
    let next: Vec<&str> = links.next.get(id).map(|v| v.to_vec()).unwrap_or_default();
    let feeder_titles: Vec<&str> = feeders.iter().map(|f| role_title(catalog, f)).collect();
    let next_titles: Vec<&str> = next.iter().map(|n| role_title(catalog, n)).collect();
    let graph_name = format!(
        "Career pathway: people come to {} from {}, and move on to {}.",
        r.title,
        if feeder_titles.is_empty() {
            "many backgrounds".to_owned()
        } else {
            feeder_titles.join(", ")
        },
        if next_titles.is_empty() {
            "senior roles".to_owned()
        } else {
            next_titles.join(", ")
        }
    );

    let main = html! {
        (breadcrumb(base, Section::Roles, "Roles", &r.title))
        header.item-head {
            p.eyebrow { (chip(r.stage.label())) " " (chip(r.family.label())) }
            h1 { (r.title) }
            p.lead { (r.summary) }
            @if !r.aliases.is_empty() {
                p.aliases { "Also called: " (r.aliases.join(", ")) }
            }
            div.actions.no-print {
                a.button.primary href=(base.route(Route::Assess(id))) target="_self" { "Assess yourself against this role" }
                a.button href=(format!("{}?role={id}", base.route(Route::Section(Section::Plan)))) target="_self" { "Plan my path to this role" }
            }
        }
        section aria-labelledby="job" {
            h2 #job { "The job in health care" }
            div.prose { (PreEscaped(entry.body_html(base))) }
        }
        section aria-labelledby="skills" {
            h2 #skills { "Skills and levels" }
            p { "Levels run from 1 (" (LEVEL_NAMES[0].to_lowercase()) ") to 4 (" (LEVEL_NAMES[3].to_lowercase()) "). Lighter bars are preferred skills." }
            figure {
                (chart::level_bars(&format!("Target skill levels for {}; the table below lists the same data.", r.title), &bars))
            }
            div.table-wrap {
                table {
                    caption { "Skills for " (r.title) }
                    thead { tr { th scope="col" { "Skill" } th scope="col" { "Level" } th scope="col" { "Needed" } th scope="col" { "What that level means" } } }
                    tbody {
                        @for (s, name) in r.skills.iter().zip(&names) {
                            tr {
                                th scope="row" { a href=(base.route(Route::Skill(&s.skill))) { (name) } }
                                td { (s.level) " · " (LEVEL_NAMES[usize::from(s.level.clamp(1, 4)) - 1]) }
                                td { (if s.required { "Required" } else { "Preferred" }) }
                                td { (catalog.skill(&s.skill).and_then(|k| k.meta.descriptor(s.level)).unwrap_or("")) }
                            }
                        }
                    }
                }
            }
        }
        section aria-labelledby="qualify" {
            h2 #qualify { "Ways to qualify" }
            p {
                @if r.experience.min_years > 0.0 {
                    "Employers usually ask for " (years(r.experience.min_years)) " of relevant experience ("
                    (r.experience.note) "); "
                } @else {
                    "Employers often hire without prior experience (" (r.experience.note) " helps); "
                }
                "people in the role typically have " (years(r.experience.typical_years))
                @if r.experience.healthcare_years > 0.0 { ", " (years(r.experience.healthcare_years)) " of it in health care" }
                "."
            }
            @for q in &r.qualifications {
                div.qual {
                    h3 { (q.proficiency.label()) " proficiency — any one of:" }
                    ul {
                        @for c in &q.credentials {
                            li { a href=(base.route(Route::Credential(c))) { (catalog.credential(c).map_or(c.as_str(), |x| x.meta.abbreviation.as_str())) } " (certification)" }
                        }
                        @for e in &q.education {
                            li { (e.degree.label()) " in " (e.field) @if e.cae { " from a CAE-designated institution" } }
                        }
                        @for p in &q.programs {
                            li { a href=(base.route(Route::Program(p))) { (catalog.program(p).map_or(p.as_str(), |x| x.meta.name.as_str())) } " (training)" }
                        }
                    }
                    @if let Some(note) = &q.note { p.muted { (note) } }
                }
            }
            @if r.qualifications.is_empty() { p.muted { "No formal qualification is usually required." } }
        }
        section aria-labelledby="pathway" {
            h2 #pathway { "Career pathway" }
            figure { (chart::career_graph(&graph_name, &feeder_titles, &r.title, &next_titles)) }
            div.columns {
                div {
                    h3 { "Comes from" }
                    (parts::link_list(&feeders.iter().map(|f| (base.route(Route::Role(f)), role_title(catalog, f).to_owned())).collect::<Vec<_>>(), "Many backgrounds."))
                }
                div {
                    h3 { "Leads to" }
                    (parts::link_list(&next.iter().map(|n| (base.route(Route::Role(n)), role_title(catalog, n).to_owned())).collect::<Vec<_>>(), "This is a senior role."))
                }
            }
        }
        section aria-labelledby="where" {
            h2 #where { "Where the role exists" }
            p {
                (r.org_types.iter().map(|t| t.label()).collect::<Vec<_>>().join(", ")) " — "
                (r.org_sizes.iter().map(|s| s.label().to_lowercase()).collect::<Vec<_>>().join(", ")) " organizations."
            }
            @if !r.hicp_practices.is_empty() || !r.hicp_threats.is_empty() {
                h3 { "HICP practices and threats it owns" }
                ul.link-list {
                    @for p in r.hicp_practices.iter().chain(&r.hicp_threats) {
                        li { a href=(base.route(Route::Practice(p))) { (catalog.practice(p).map_or(p.as_str(), |x| x.meta.title.as_str())) } }
                    }
                }
            }
        }
        @if !r.nice_work_roles.is_empty() {
            section aria-labelledby="nice" {
                h2 #nice { "NICE Framework work roles" }
                @if let Some(nice) = &catalog.nice {
                    @for wr in r.nice_work_roles.iter().filter_map(|w| nice.work_roles.iter().find(|x| &x.id == w)) {
                        div.nice-role {
                            h3 { (wr.title) " " span.muted { "(" (wr.id) ")" } }
                            p { (wr.description) }
                            details {
                                summary { (wr.tks.len()) " task, knowledge and skill statements" }
                                ul.tks {
                                    @for s in wr.tks.iter().filter_map(|t| nice.statements.iter().find(|x| &x.id == t)) {
                                        li { span.muted { (s.id) " " } (s.text) }
                                    }
                                }
                            }
                        }
                    }
                    p.muted { "From the NIST NICE Framework components v" (nice.version) "." }
                }
                @if !r.dcwf_codes.is_empty() {
                    p { "DoD Cyber Workforce Framework codes: " (r.dcwf_codes.join(", ")) "." }
                }
            }
        }
        (parts::sources(&r.sources, Some(r.verified.to_string()), &[]))
    };
    PageOut {
        key: Route::Role(id).key(),
        title: full_title(&r.title),
        description: format!(
            "{} Skills, ways to qualify and career pathway of this {} role in health care.",
            r.summary,
            r.stage.label().to_lowercase()
        ),
        main: main.into_string(),
        tool: None,
    }
}
