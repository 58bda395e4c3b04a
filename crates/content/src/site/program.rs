//! A program's page: facts (provider, format, length, cost), what it builds, its modules, and
//! which roles it prepares for — with the skills each role needs that it does not teach.

use maud::{PreEscaped, html};
use pathways_core::model::Program;
use pathways_core::site::{BasePath, Route, Section};

use crate::authoring::Known;
use crate::catalog::Entry;
use crate::site::layout::{PageOut, full_title};
use crate::site::parts::{self, breadcrumb, chip, num, usd, weeks};

pub use pathways_core::coverage::skill_levels;

/// Renders a program's page.
pub fn page(entry: &Entry<Program>, known: &Known, base: &BasePath) -> PageOut {
    let p = &entry.meta;
    let id = entry.id.as_str();
    let institution = p
        .institution
        .as_ref()
        .and_then(|i| known.institutions.get(i));
    let roles = pathways_core::coverage::roles(p, known.roles.iter());
    let heat = role_heatmap(p, &roles, known);
    let work_roles = pathways_core::coverage::work_roles(p, known.work_role_statements());
    let unit_groups = if pathways_core::coverage::knowledge_units(p).is_empty() {
        Vec::new()
    } else {
        pathways_core::coverage::unit_groups(p, known.cae_cd_units())
    };
    let skill_name = |sid: &str| known.skill_name(sid);
    let total_hours = p.duration_weeks * p.hours_per_week;
    let main = html! {
        (breadcrumb(base, Section::Programs, "Programs", &p.name))
        header.item-head {
            p.eyebrow { (chip(p.kind.label())) " " (chip(p.modality.label())) @if p.cost_usd == 0.0 { " " (chip("Free")) } }
            h1 { (p.name) }
            p.lead { (p.summary) }
            p { a href=(p.url) rel="external noopener" { "The program's page" } }
        }
        dl.facts {
            dt { "Provider" } dd { (p.provider) }
            @if let Some(inst) = institution {
                dt { "CAE designation" }
                dd { (inst.designations.iter().map(|d| d.as_str()).collect::<Vec<_>>().join(", ")) @if let Some(st) = &inst.state { " · " (st) } }
            }
            @if let Some(d) = p.degree { dt { "Award" } dd { (d.label()) } }
            dt { "Format" } dd { (p.modality.label()) @if let Some(st) = &p.state { ", " (st) } }
            dt { "Length" } dd { (weeks(p.duration_weeks)) ", about " (num(p.hours_per_week)) " hours a week (" (num(total_hours.round())) " hours in all)" }
            dt { "Cost" }
            dd {
                @if p.cost_usd == 0.0 { "Free" } @else { (usd(p.cost_usd)) }
                @if p.cost_estimate { " (estimate)" }
                @if let Some(note) = &p.cost_note { br; span.muted { (note) } }
            }
        }
        div.prose { (PreEscaped(entry.body_html(base))) }
        section aria-labelledby="builds" {
            h2 #builds { "What it builds" }
            div.columns {
                div {
                    h3 { "Skills" }
                    (parts::link_list(&skill_levels(p).into_iter().map(|(s, level)| (base.route(Route::Skill(s)), format!("{} to level {level}", skill_name(s)))).collect::<std::collections::BTreeSet<_>>().into_iter().collect::<Vec<_>>(), "None listed."))
                }
                div {
                    h3 { "Prepares for" }
                    (parts::link_list(&p.credentials.iter().map(|c| (base.route(Route::Credential(c)), known.credential_name(c))).collect::<Vec<_>>(), "No credential."))
                }
            }
            @if !p.knowledge_units.is_empty() {
                p { "CAE Knowledge Units: " (p.knowledge_units.join(", ")) "." }
            }
        }
        @if !p.modules.is_empty() {
            section aria-labelledby="modules" {
                h2 #modules { "Modules" }
                div.table-wrap {
                    table {
                        caption { "Modules of " (p.name) }
                        thead { tr { th scope="col" { "Module" } th scope="col" { "Hours" } th scope="col" { "Skills" } th scope="col" { "NICE" } th scope="col" { "CAE KUs" } } }
                        tbody {
                            @for m in &p.modules {
                                tr {
                                    th scope="row" {
                                        (m.title)
                                        @if !m.outcomes.is_empty() {
                                            ul.outcomes { @for o in &m.outcomes { li { (o) } } }
                                        }
                                    }
                                    td {
                                        (m.hours.map(num).unwrap_or_default())
                                        @if let Some(cr) = m.credit_hours {
                                            span.th-note { (num(cr)) " credit" @if (cr - 1.0).abs() > f32::EPSILON { "s" } }
                                        }
                                    }
                                    td { (m.skills.iter().map(|s| format!("{} ({})", skill_name(&s.skill), s.level)).collect::<Vec<_>>().join(", ")) }
                                    td { (m.nice_tks.join(", ")) }
                                    td { (m.knowledge_units.join(", ")) }
                                }
                            }
                        }
                    }
                }
            }
        }
        section aria-labelledby="coverage" {
            h2 #coverage { "Roles it prepares for" }
            @if roles.is_empty() {
                p.muted { "It builds none of the required skills of a role in the catalog." }
            } @else {
                p { "The share of each role's required skills this program builds to the level the role needs." }
                figure.chart-scroll tabindex="0" role="group" aria-label="Roles by skills chart; scrolls sideways on narrow screens" {
                    (PreEscaped(heat))
                }
                p.no-print { a href=(format!("{}coverage.csv", base.route(Route::Program(id)))) download=(format!("{id}-coverage.csv")) { "Download the coverage as CSV" } " (roles, NICE work roles and Knowledge Unit groups, as " code { "pathways coverage" } " gives it)." }
                div.table-wrap {
                    table {
                        caption { "Role coverage of " (p.name) }
                        thead { tr { th scope="col" { "Role" } th scope="col" { "Covered" } th scope="col" { "Still to learn elsewhere" } } }
                        tbody {
                            @for cov in roles.iter().take(8) {
                                tr {
                                    th scope="row" { a href=(base.route(Route::Role(&cov.role))) { (known.role_title(&cov.role)) } }
                                    td { (format!("{:.0}%", cov.share * 100.0)) }
                                    td {
                                        (cov.missing.iter().map(|g| if g.reached > 0 { format!("{} ({} → {})", skill_name(&g.skill), g.reached, g.target) } else { format!("{} (level {})", skill_name(&g.skill), g.target) }).collect::<Vec<_>>().join(", "))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if !work_roles.is_empty() {
            section aria-labelledby="nice-coverage" {
                h2 #nice-coverage { "NICE work roles its modules cover" }
                p { "The task, knowledge and skill statements of each NICE Framework work role that the modules list." }
                div.table-wrap {
                    table {
                        caption { "NICE work role coverage of " (p.name) }
                        thead { tr { th scope="col" { "Work role" } th scope="col" { "Statements covered" } th scope="col" { "Which" } } }
                        tbody {
                            @for w in work_roles.iter().take(10) {
                                tr {
                                    th scope="row" { (w.title) " " span.muted { "(" (w.id) ")" } }
                                    td { (w.covered.len()) " of " (w.total) }
                                    td { (w.covered.join(", ")) }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if !unit_groups.is_empty() {
            section aria-labelledby="ku-coverage" {
                h2 #ku-coverage { "CAE-CD Knowledge Units" }
                p { "The Knowledge Units of the CAE in Cyber Defense list that the program names, by group; the designation's own rules say how many of each a program needs." }
                div.table-wrap {
                    table {
                        caption { "Knowledge Unit coverage of " (p.name) }
                        thead { tr { th scope="col" { "Group" } th scope="col" { "Covered" } th scope="col" { "Not covered" } } }
                        tbody {
                            @for g in &unit_groups {
                                tr {
                                    th scope="row" { (pathways_core::coverage::group_label(&g.group)) }
                                    td { (if g.covered.is_empty() { "none".to_owned() } else { g.covered.join(", ") }) }
                                    td { (if g.missing.is_empty() { "none".to_owned() } else { g.missing.join(", ") }) }
                                }
                            }
                        }
                    }
                }
            }
        }
        (parts::sources(&p.sources, Some(p.verified.to_string()), &[]))
    };
    let cost = if p.cost_usd == 0.0 {
        "free".to_owned()
    } else {
        format!(
            "{}{}",
            usd(p.cost_usd),
            if p.cost_estimate { " (estimate)" } else { "" }
        )
    };
    PageOut {
        key: Route::Program(id).key(),
        title: full_title(&format!("{} — {}", p.name, p.provider)),
        description: format!(
            "{} {} by {}: {}, {}. {}",
            p.kind.label(),
            p.modality.label().to_lowercase(),
            p.provider,
            weeks(p.duration_weeks),
            cost,
            p.summary
        ),
        main: main.into_string(),
        tool: None,
    }
}

/// The roles × skills heatmap of the roles a program builds skills of (the eight best
/// covered): each role's required skills, the level the program reaches against the role's.
fn role_heatmap(
    p: &Program,
    roles: &[pathways_core::coverage::RoleCoverage],
    known: &Known,
) -> String {
    use pathways_core::chart::{HeatCell, heatmap};
    let levels = skill_levels(p);
    let shown: Vec<_> = roles
        .iter()
        .take(8)
        .filter_map(|c| known.roles.get(&c.role))
        .collect();
    let mut columns: Vec<&str> = Vec::new();
    for r in &shown {
        for t in r.skills.iter().filter(|t| t.required) {
            if !columns.contains(&t.skill.as_str()) {
                columns.push(&t.skill);
            }
        }
    }
    columns.sort_by_key(|s| known.skill_name(s));
    let names: Vec<String> = columns.iter().map(|s| known.skill_name(s)).collect();
    let titles: Vec<&str> = shown.iter().map(|r| r.title.as_str()).collect();
    let cells: Vec<Vec<HeatCell>> = shown
        .iter()
        .map(|r| {
            columns
                .iter()
                .map(|s| HeatCell {
                    reached: levels.get(s).copied().unwrap_or(0),
                    target: r
                        .skills
                        .iter()
                        .find(|t| t.required && t.skill == *s)
                        .map_or(0, |t| t.level),
                })
                .collect()
        })
        .collect();
    heatmap(
        &format!(
            "{}: the level it reaches in each required skill of the roles it prepares for",
            p.name
        ),
        &titles,
        &names.iter().map(String::as_str).collect::<Vec<_>>(),
        &cells,
    )
}
