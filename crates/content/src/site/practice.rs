//! HICP practice and threat pages, and organization profile pages.

use maud::{PreEscaped, html};
use pathways_core::model::{OrgProfile, OrgSize, Practice, PracticeKind, Sourcing};
use pathways_core::site::{BasePath, Route, Section};

use crate::catalog::{Catalog, Entry};
use crate::site::layout::{PageOut, full_title};
use crate::site::links::Links;
use crate::site::parts::{self, breadcrumb, chip, num};
use crate::site::role::role_title;

fn practice_title<'a>(catalog: &'a Catalog, id: &'a str) -> &'a str {
    catalog.practice(id).map_or(id, |p| p.meta.title.as_str())
}

/// Renders an HICP practice or threat page.
pub fn page(
    entry: &Entry<Practice>,
    catalog: &Catalog,
    links: &Links<'_>,
    base: &BasePath,
) -> PageOut {
    let p = &entry.meta;
    let id = entry.id.as_str();
    let kind = match p.kind {
        PracticeKind::Practice => "Practice",
        PracticeKind::Threat => "Threat",
    };
    let roles = links.roles_by_practice.get(id).cloned().unwrap_or_default();
    let related: Vec<(String, String)> = match p.kind {
        PracticeKind::Practice => p
            .threats
            .iter()
            .map(|t| {
                (
                    base.route(Route::Practice(t)),
                    practice_title(catalog, t).to_owned(),
                )
            })
            .collect(),
        PracticeKind::Threat => links
            .practices_by_threat
            .get(id)
            .map(|v| {
                v.iter()
                    .map(|pr| {
                        (
                            base.route(Route::Practice(pr)),
                            practice_title(catalog, pr).to_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default(),
    };
    let main = html! {
        (breadcrumb(base, Section::Practices, "HICP practices", &p.title))
        header.item-head {
            p.eyebrow { (chip(&format!("HICP {} {}", kind.to_lowercase(), p.number))) }
            h1 { (p.title) }
            p.lead { (p.summary) }
        }
        div.prose { (PreEscaped(entry.body_html(base))) }
        @if p.kind == PracticeKind::Practice {
            section aria-labelledby="subs" {
                h2 #subs { "Sub-practices by organization size" }
                @for size in OrgSize::ALL {
                    @let subs: Vec<_> = p.sub_practices.iter().filter(|s| s.size == size).collect();
                    @if !subs.is_empty() {
                        h3 { (size.label()) " organizations" }
                        ul {
                            @for s in subs { li { span.muted { (s.id) " " } (s.title) } }
                        }
                    }
                }
                p.muted { "Medium organizations start with the medium sub-practices; large organizations implement both the medium and the large ones." }
            }
        }
        section aria-labelledby="related" {
            h2 #related { (if p.kind == PracticeKind::Practice { "Threats it mitigates" } else { "Practices that mitigate it" }) }
            (parts::link_list(&related, "None listed."))
        }
        section aria-labelledby="owners" {
            h2 #owners { "Roles that own it" }
            (parts::link_list(&roles.iter().map(|r| (base.route(Route::Role(r)), role_title(catalog, r).to_owned())).collect::<Vec<_>>(), "No role in the catalog lists it yet."))
        }
        (parts::sources(&p.sources, Some(p.verified.to_string()), &[]))
    };
    PageOut {
        key: Route::Practice(id).key(),
        title: full_title(&format!(
            "{} — HICP {} {}",
            p.title,
            kind.to_lowercase(),
            p.number
        )),
        description: format!(
            "HHS 405(d) HICP {} {}: {}",
            kind.to_lowercase(),
            p.number,
            p.summary
        ),
        main: main.into_string(),
        tool: None,
    }
}

fn sourcing(s: Sourcing) -> &'static str {
    match s {
        Sourcing::Hire => "Hire",
        Sourcing::Upskill => "Grow from within",
        Sourcing::Outsource => "Outsource",
        Sourcing::Shared => "Part of an existing job",
    }
}

/// Renders an organization profile page.
pub fn org_page(entry: &Entry<OrgProfile>, catalog: &Catalog, base: &BasePath) -> PageOut {
    let o = &entry.meta;
    let id = entry.id.as_str();
    let fte: f32 = o.roles.iter().map(|r| r.fte).sum();
    let main = html! {
        (breadcrumb(base, Section::Org, "Organizations", &o.title))
        header.item-head {
            p.eyebrow { (chip(o.org_type.label())) " " (chip(&format!("HICP size: {}", o.size.label().to_lowercase()))) }
            h1 { (o.title) }
            p.lead { (o.summary) }
            p { "Typical size: " (o.staff) "." }
        }
        div.prose { (PreEscaped(entry.body_html(base))) }
        section aria-labelledby="roles" {
            h2 #roles { "Roles it needs" }
            p { "About " (num((fte * 10.0).round() / 10.0)) " full-time equivalents in all (planning estimates)." }
            div.table-wrap {
                table {
                    caption { "Security and privacy roles for a " (o.title.to_lowercase()) }
                    thead { tr { th scope="col" { "Role" } th scope="col" { "FTE" } th scope="col" { "How to fill it" } th scope="col" { "Why" } } }
                    tbody {
                        @for r in &o.roles {
                            tr {
                                th scope="row" { a href=(base.route(Route::Role(&r.role))) { (role_title(catalog, &r.role)) } @if !r.essential { span.muted { " (recommended)" } } }
                                td { (num(r.fte)) }
                                td { (sourcing(r.sourcing)) }
                                td { (r.why) }
                            }
                        }
                    }
                }
            }
        }
        section aria-labelledby="priorities" {
            h2 #priorities { "HICP practices to put in place first" }
            ol {
                @for p in &o.priority_practices {
                    li { a href=(base.route(Route::Practice(p))) { (practice_title(catalog, p)) } }
                }
            }
        }
        section aria-labelledby="awareness" {
            h2 #awareness { "All-staff awareness" }
            (parts::link_list(&o.awareness_programs.iter().map(|p| (base.route(Route::Program(p)), catalog.program(p).map_or(p.clone(), |x| x.meta.name.clone()))).collect::<Vec<_>>(), ""))
        }
        (parts::sources(&o.sources, Some(o.verified.to_string()), &[]))
    };
    PageOut {
        key: Route::Org(id).key(),
        title: full_title(&o.title),
        description: format!(
            "Workforce profile for a {}: {}",
            o.title.to_lowercase(),
            o.summary
        ),
        main: main.into_string(),
        tool: None,
    }
}
