//! A skill's page: the level descriptors, the roles that need it, and the credentials and
//! programs that build it.

use maud::{PreEscaped, html};
use pathways_core::model::{LEVEL_NAMES, Skill};
use pathways_core::site::{BasePath, Route, Section};

use crate::catalog::{Catalog, Entry};
use crate::site::layout::{PageOut, full_title};
use crate::site::links::Links;
use crate::site::parts::{self, breadcrumb, chip};
use crate::site::role::role_title;

/// Renders a skill's page.
pub fn page(
    entry: &Entry<Skill>,
    catalog: &Catalog,
    links: &Links<'_>,
    base: &BasePath,
) -> PageOut {
    let s = &entry.meta;
    let id = entry.id.as_str();
    let roles = links.roles_by_skill.get(id).cloned().unwrap_or_default();
    let creds = links
        .credentials_by_skill
        .get(id)
        .cloned()
        .unwrap_or_default();
    let programs = links.programs_by_skill.get(id).cloned().unwrap_or_default();
    let body = entry.body_html(base);
    let main = html! {
        (breadcrumb(base, Section::Skills, "Skills", &s.name))
        header.item-head {
            p.eyebrow { (chip(s.area.label())) }
            h1 { (s.name) }
            p.lead { (s.summary) }
        }
        @if !body.trim().is_empty() { div.prose { (PreEscaped(body)) } }
        section aria-labelledby="levels" {
            h2 #levels { "Levels" }
            ol.levels {
                @for level in 1..=4u8 {
                    li {
                        h3 { "Level " (level) " · " (LEVEL_NAMES[usize::from(level) - 1]) }
                        p { (s.descriptor(level).unwrap_or("")) }
                    }
                }
            }
        }
        section aria-labelledby="roles" {
            h2 #roles { "Roles that need it" }
            @if roles.is_empty() {
                p.muted { "No role in the catalog lists this skill yet." }
            } @else {
                div.table-wrap {
                    table {
                        caption { "Roles that need " (s.name) }
                        thead { tr { th scope="col" { "Role" } th scope="col" { "Level" } th scope="col" { "Needed" } } }
                        tbody {
                            @for (role, level, required) in &roles {
                                tr {
                                    th scope="row" { a href=(base.route(Route::Role(role))) { (role_title(catalog, role)) } }
                                    td { (level) " · " (LEVEL_NAMES[usize::from((*level).clamp(1, 4)) - 1]) }
                                    td { (if *required { "Required" } else { "Preferred" }) }
                                }
                            }
                        }
                    }
                }
            }
        }
        section aria-labelledby="build" {
            h2 #build { "Credentials and programs that build it" }
            div.columns {
                div {
                    h3 { "Credentials" }
                    (parts::link_list(&creds.iter().map(|(c, level)| (base.route(Route::Credential(c)), format!("{} (level {level})", catalog.credential(c).map_or(*c, |x| x.meta.abbreviation.as_str())))).collect::<Vec<_>>(), "None listed yet."))
                }
                div {
                    h3 { "Programs" }
                    (parts::link_list(&programs.iter().map(|(p, level)| (base.route(Route::Program(p)), format!("{} (to level {level})", catalog.program(p).map_or(*p, |x| x.meta.name.as_str())))).collect::<Vec<_>>(), "None listed yet."))
                }
            }
        }
        @if let Some(nice) = &catalog.nice {
            section aria-labelledby="nice" {
                h2 #nice { "NICE Framework statements" }
                @if let Some(area) = s.nice_competency.as_ref().and_then(|a| nice.competency_areas.iter().find(|x| &x.id == a)) {
                    p { "Competency area: " strong { (area.title) } " (" (area.id) ")." }
                }
                ul.tks {
                    @for st in s.nice_tks.iter().filter_map(|t| nice.statements.iter().find(|x| &x.id == t)) {
                        li { span.muted { (st.id) " " } (st.text) }
                    }
                }
            }
        }
        @if !s.hicp_practices.is_empty() {
            section aria-labelledby="hicp" {
                h2 #hicp { "HICP practices it supports" }
                (parts::link_list(&s.hicp_practices.iter().map(|p| (base.route(Route::Practice(p)), catalog.practice(p).map_or(p.clone(), |x| x.meta.title.clone()))).collect::<Vec<_>>(), ""))
            }
        }
    };
    PageOut {
        key: Route::Skill(id).key(),
        title: full_title(&s.name),
        description: format!(
            "{} What the skill looks like at each of four levels, the health-care roles that need it, and how to build it.",
            s.summary
        ),
        main: main.into_string(),
        tool: None,
    }
}
