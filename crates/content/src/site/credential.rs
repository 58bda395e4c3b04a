//! A credential's page: what it shows, exam facts, domains, eligibility in plain words, the
//! yearly cost of keeping it, DoD 8140 alignment, and the roles and programs around it.

use maud::{PreEscaped, html};
use pathways_core::eligibility;
use pathways_core::model::{Credential, Maintenance};
use pathways_core::site::{BasePath, Route, Section};

use crate::catalog::{Catalog, Entry};
use crate::site::chart::{self, WeightBar};
use crate::site::layout::{PageOut, full_title};
use crate::site::links::Links;
use crate::site::parts::{self, breadcrumb, chip, num, usd, years};
use crate::site::role::role_title;

/// The yearly cost of keeping a credential, in US dollars, if its fees are known.
pub fn yearly_cost(m: &Maintenance) -> Option<f32> {
    match (m.annual_fee_usd, m.renewal_fee_usd) {
        (None, None) => None,
        (annual, renewal) => {
            Some(annual.unwrap_or(0.0) + renewal.unwrap_or(0.0) / m.cycle_years.max(0.5))
        }
    }
}

/// Renders a credential's page.
pub fn page(
    entry: &Entry<Credential>,
    catalog: &Catalog,
    links: &Links<'_>,
    base: &BasePath,
) -> PageOut {
    let c = &entry.meta;
    let id = entry.id.as_str();
    let is_unverified = |path: &str| {
        c.unverified
            .iter()
            .any(|u| u == path || path.starts_with(&format!("{u}.")))
    };
    let mark = |path: &str| {
        if is_unverified(path) {
            " (unconfirmed)"
        } else {
            ""
        }
    };
    let name_of = |cid: &str| {
        catalog
            .credential(cid)
            .map_or(cid.to_owned(), |x| x.meta.abbreviation.clone())
    };
    let rules = eligibility::describe(&c.eligibility, c.domains.len(), &name_of);
    let roles = links
        .roles_by_credential
        .get(id)
        .cloned()
        .unwrap_or_default();
    let programs = links
        .programs_by_credential
        .get(id)
        .cloned()
        .unwrap_or_default();
    let weight_bars: Vec<WeightBar<'_>> = c
        .domains
        .iter()
        .filter_map(|d| match (d.weight, d.weight_range) {
            (Some(w), _) => Some(WeightBar {
                label: &d.name,
                min: w,
                max: w,
            }),
            (None, Some([a, b])) => Some(WeightBar {
                label: &d.name,
                min: a,
                max: b,
            }),
            _ => None,
        })
        .collect();
    let main = html! {
        (breadcrumb(base, Section::Credentials, "Credentials", &c.abbreviation))
        header.item-head {
            p.eyebrow { (chip(c.level.label())) " " (chip(&c.issuer)) }
            h1 { (c.abbreviation) @if c.abbreviation != c.name { span.subtitle { (c.name) } } }
            p.lead { (c.summary) }
            p { a href=(c.official_url) rel="external noopener" { "The issuer's page" } }
        }
        div.prose { (PreEscaped(entry.body_html(base))) }
        section aria-labelledby="eligibility" {
            h2 #eligibility { "Who can earn it" }
            ul { @for r in &rules { li { (r) } } }
            blockquote.wording {
                p { (c.eligibility.wording) }
                footer { "— " (c.issuer) (mark("eligibility")) }
            }
        }
        @if let Some(exam) = &c.exam {
            section aria-labelledby="exam" {
                h2 #exam { "The exam" }
                dl.facts {
                    @match (exam.items_min, exam.items_max) {
                        (Some(a), Some(b)) if a != b => { dt { "Questions" } dd { (a) " to " (b) (mark("exam.items_min")) } }
                        (Some(a), _) | (None, Some(a)) => { dt { "Questions" } dd { (a) (mark("exam.items_max")) } }
                        _ => {}
                    }
                    @if let Some(m) = exam.minutes { dt { "Time" } dd { (m) " minutes" (mark("exam.minutes")) } }
                    @if let Some(f) = &exam.format { dt { "Format" } dd { (f) (mark("exam.format")) } }
                    @if let Some(p) = &exam.passing { dt { "Passing score" } dd { (p) (mark("exam.passing")) } }
                    @if let Some(p) = exam.price_usd { dt { "Price" } dd { (usd(p)) (mark("exam.price_usd")) } }
                }
                @if let Some(note) = &exam.note { p.muted { (note) } }
            }
        }
        @if !c.domains.is_empty() {
            section aria-labelledby="domains" {
                h2 #domains { "Domains" (mark("domains")) }
                @if !weight_bars.is_empty() {
                    figure { (chart::weight_bars(&format!("Exam domain weights of {}; the table below lists the same data.", c.abbreviation), &weight_bars)) }
                }
                div.table-wrap {
                    table {
                        caption { "Domains of " (c.abbreviation) }
                        thead { tr { th scope="col" { "Domain" } th scope="col" { "Share of the exam" } } }
                        tbody {
                            @for d in &c.domains {
                                tr {
                                    th scope="row" { (d.name) }
                                    td {
                                        @match (d.weight, d.weight_range) {
                                            (Some(w), _) => { (num(w)) "%" }
                                            (None, Some([a, b])) => { (num(a)) "–" (num(b)) "%" }
                                            _ => { "not published" }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if let Some(m) = &c.maintenance {
            section aria-labelledby="keeping" {
                h2 #keeping { "Keeping it" }
                ul {
                    @if let Some(cpe) = m.cpe {
                        li {
                            (num(cpe)) " continuing-education credits every " (years(m.cycle_years))
                            @if let Some(min) = m.cpe_per_year_min { ", at least " (num(min)) " each year" }
                            "." (mark("maintenance.cpe"))
                        }
                    } @else {
                        li { "Renewal every " (years(m.cycle_years)) "." }
                    }
                    @if let Some(fee) = m.annual_fee_usd { li { "Annual fee: " (usd(fee)) "." (mark("maintenance.annual_fee_usd")) } }
                    @if let Some(fee) = m.renewal_fee_usd { li { "Renewal fee: " (usd(fee)) " every " (years(m.cycle_years)) "." (mark("maintenance.renewal_fee_usd")) } }
                    @if let Some(y) = yearly_cost(m) { li { strong { "About " (usd(y)) " a year to keep" } ", not counting the cost of earning the credits." } }
                }
                @if let Some(note) = &m.note { p.muted { (note) } }
            }
        }
        @if !c.dod_8140.is_empty() {
            section aria-labelledby="dod" {
                h2 #dod { "DoD 8140 alignment" }
                p { "Listed in the DoD 8140 Foundational Qualification Matrix as a certification option for:" }
                div.table-wrap {
                    table {
                        caption { "DoD 8140 work roles for " (c.abbreviation) }
                        thead { tr { th scope="col" { "DCWF code" } th scope="col" { "Work role" } th scope="col" { "Proficiency" } } }
                        tbody {
                            @for d in &c.dod_8140 {
                                tr { td { (d.work_role) } th scope="row" { (d.title) } td { (d.proficiency.label()) } }
                            }
                        }
                    }
                }
            }
        }
        section aria-labelledby="around" {
            h2 #around { "Roles and programs" }
            div.columns {
                div {
                    h3 { "Roles that accept it" }
                    (parts::link_list(&roles.iter().map(|r| (base.route(Route::Role(r)), role_title(catalog, r).to_owned())).collect::<Vec<_>>(), "No role in the catalog lists it yet."))
                }
                div {
                    h3 { "Programs that prepare for it" }
                    (parts::link_list(&programs.iter().map(|p| (base.route(Route::Program(p)), catalog.program(p).map_or((*p).to_owned(), |x| x.meta.name.clone()))).collect::<Vec<_>>(), "None listed yet."))
                }
            }
            @if !c.skills.is_empty() {
                h3 { "Skills it shows" }
                (parts::link_list(&c.skills.iter().map(|s| (base.route(Route::Skill(&s.skill)), format!("{} (level {})", catalog.skill(&s.skill).map_or(s.skill.clone(), |x| x.meta.name.clone()), s.level))).collect::<Vec<_>>(), ""))
            }
        }
        (parts::sources(&c.sources, Some(c.verified.to_string()), &c.unverified))
    };
    PageOut {
        key: Route::Credential(id).key(),
        title: full_title(&format!("{} — {}", c.abbreviation, c.name))
            .replace(&format!("{0} — {0}", c.abbreviation), &c.abbreviation),
        description: format!(
            "{} ({}): who can earn it, the exam, its domains, and what keeping it costs. {}",
            c.name, c.issuer, c.summary
        ),
        main: main.into_string(),
        tool: None,
    }
}
