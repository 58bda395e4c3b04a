//! The section index pages: roles, skills, credentials, programs (with the CAE directory),
//! HICP practices and organization profiles. Each card carries its facets as `data-`
//! attributes, so the app can filter the pre-rendered list without re-rendering it.

use maud::{Markup, html};
use pathways_core::model::{CredentialLevel, Family, PracticeKind, SkillArea, Stage};
use pathways_core::site::{BasePath, Route, Section};

use crate::catalog::Catalog;
use crate::site::filters::{self, Choice, Form};
use crate::site::layout::{PageOut, full_title};
use crate::site::parts::{chip, num, usd, weeks};

fn role_card(catalog: &Catalog, id: &str, base: &BasePath) -> Markup {
    let Some(r) = catalog.role(id) else {
        return html! {};
    };
    let m = &r.meta;
    let creds: Vec<&str> = m
        .qualifications
        .iter()
        .flat_map(|q| &q.credentials)
        .filter_map(|c| catalog.credential(c))
        .map(|c| c.meta.abbreviation.as_str())
        .take(4)
        .collect();
    html! {
        li.card data-id=(id) data-stage=(m.stage.as_str()) data-family=(m.family.as_str())
            data-types=(m.org_types.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(" "))
            data-sizes=(m.org_sizes.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" "))
            data-practices=(m.hicp_practices.join(" "))
            data-text=(format!("{} {} {}", m.title, m.aliases.join(" "), m.summary)) {
            h3 { a href=(base.route(Route::Role(id))) { (m.title) } }
            p.meta { (m.stage.label()) " · " (m.family.label()) }
            p { (m.summary) }
            @if !creds.is_empty() { p.muted { "Credentials: " (creds.join(", ")) } }
        }
    }
}

/// `/roles/`: every role, grouped by career stage.
pub fn roles(catalog: &Catalog, base: &BasePath) -> PageOut {
    let main = html! {
        h1 { "Roles" }
        p.lead { "Security and privacy roles in hospitals, clinics, payers, device makers and health IT vendors — from the IT and clinical jobs people start in to the CISO." }
        (role_filters(catalog))
        @for stage in Stage::ALL {
            @let ids: Vec<&str> = catalog.roles.iter().filter(|r| r.meta.stage == stage).map(|r| r.id.as_str()).collect();
            @if !ids.is_empty() {
                section.stage-group aria-labelledby=(format!("stage-{}", stage.as_str())) {
                    h2 id=(format!("stage-{}", stage.as_str())) { (stage.label()) }
                    ul.cards { @for id in ids { (role_card(catalog, id, base)) } }
                }
            }
        }
        h2 { "Role families" }
        ul.link-list {
            @for family in Family::ALL {
                @let n = catalog.roles.iter().filter(|r| r.meta.family == family).count();
                @if n > 0 { li { (family.label()) ": " (n) } }
            }
        }
        (nice_fit(catalog))
    };
    PageOut {
        key: Route::Section(Section::Roles).key(),
        title: full_title("Roles"),
        description: format!(
            "{} health-sector cybersecurity and privacy roles, from entry to leadership: what each does, its skills and every way to qualify.",
            catalog.roles.len()
        ),
        main: main.into_string(),
        tool: None,
    }
}

/// How the roles cover the NICE Framework: how many of its work roles they map to, and the ones
/// that do not occur in health care, with why.
fn nice_fit(catalog: &Catalog) -> Markup {
    let Some(nice) = catalog.nice.as_ref() else {
        return html! {};
    };
    let absent: Vec<_> = catalog
        .nice_absent
        .iter()
        .flat_map(|f| f.absent.iter())
        .filter_map(|a| {
            nice.work_roles
                .iter()
                .find(|w| w.id == a.work_role)
                .map(|w| (w, a))
        })
        .collect();
    let mapped = nice.work_roles.len() - absent.len();
    html! {
        section aria-labelledby="nice-fit" {
            h2 #nice-fit { "The NICE Framework in health care" }
            p {
                "These roles map to " (mapped) " of the " (nice.work_roles.len())
                " work roles of the NICE Framework v" (nice.version) "; each role's page names its work roles. "
                @if !absent.is_empty() { "The other " (absent.len()) " do not occur in health-care organizations:" }
            }
            @if !absent.is_empty() {
                dl.nice-absent {
                    @for (w, a) in &absent {
                        dt { (w.title) " (" (w.id) ")" }
                        dd { (a.why) }
                    }
                }
            }
        }
    }
}

/// `/skills/`: every skill, grouped by area.
pub fn skills(catalog: &Catalog, base: &BasePath) -> PageOut {
    let mut areas: Vec<SkillArea> = catalog.skills.iter().map(|s| s.meta.area).collect();
    areas.sort();
    areas.dedup();
    let main = html! {
        h1 { "Skills" }
        p.lead { "The skills behind every role, each described at four levels you can rate yourself against." }
        @for area in areas {
            section aria-label=(area.label()) {
                h2 { (area.label()) }
                ul.cards.compact {
                    @for s in catalog.skills.iter().filter(|s| s.meta.area == area) {
                        li.card { h3 { a href=(base.route(Route::Skill(&s.id))) { (s.meta.name) } } p { (s.meta.summary) } }
                    }
                }
            }
        }
    };
    PageOut {
        key: Route::Section(Section::Skills).key(),
        title: full_title("Skills"),
        description: format!(
            "{} skills for health-care cybersecurity and privacy, each described at four levels.",
            catalog.skills.len()
        ),
        main: main.into_string(),
        tool: None,
    }
}

/// `/credentials/`: every credential, by level.
pub fn credentials(catalog: &Catalog, base: &BasePath) -> PageOut {
    let levels = [
        CredentialLevel::Foundational,
        CredentialLevel::Intermediate,
        CredentialLevel::Advanced,
        CredentialLevel::Expert,
    ];
    let main = html! {
        h1 { "Credentials" }
        p.lead { "Certifications for health-care security and privacy work: who can earn them, what the exam covers, and what keeping them costs." }
        @for level in levels {
            @let items: Vec<_> = catalog.credentials.iter().filter(|c| c.meta.level == level).collect();
            @if !items.is_empty() {
                section aria-label=(level.label()) {
                    h2 { (level.label()) }
                    ul.cards {
                        @for c in items {
                            li.card data-id=(c.id) {
                                h3 { a href=(base.route(Route::Credential(&c.id))) { (c.meta.abbreviation) } }
                                p.meta { (c.meta.issuer) }
                                p { (c.meta.summary) }
                                @if let Some(price) = c.meta.exam.as_ref().and_then(|e| e.price_usd) { p.muted { "Exam: " (usd(price)) } }
                            }
                        }
                    }
                }
            }
        }
    };
    PageOut {
        key: Route::Section(Section::Credentials).key(),
        title: full_title("Credentials"),
        description: format!(
            "{} certifications for health-care cybersecurity and privacy, including CISSP, HCISPP, CHPS and CIPP/US: eligibility, exams and costs.",
            catalog.credentials.len()
        ),
        main: main.into_string(),
        tool: None,
    }
}

/// `/programs/`: training and education, and the CAE institution directory.
pub fn programs(catalog: &Catalog, base: &BasePath) -> PageOut {
    let main = html! {
        h1 { "Programs" }
        p.lead { "Training and education for health-care cybersecurity: free courses, exam preparation, certificates and degrees, including programs at NSA Centers of Academic Excellence." }
        (program_filters(catalog))
        ul.cards {
            @for p in &catalog.programs {
                li.card data-id=(p.id) data-kind=(p.meta.kind.as_str()) data-modality=(p.meta.modality.as_str())
                    data-state=(p.meta.state.as_deref().unwrap_or("")) data-cost=(num(p.meta.cost_usd)) data-weeks=(num(p.meta.duration_weeks)) {
                    h3 { a href=(base.route(Route::Program(&p.id))) { (p.meta.name) } }
                    p.meta { (p.meta.provider) }
                    p { (chip(p.meta.kind.label())) " " (chip(p.meta.modality.label())) }
                    p { (p.meta.summary) }
                    p.muted {
                        @if p.meta.cost_usd == 0.0 { "Free" } @else { (usd(p.meta.cost_usd)) @if p.meta.cost_estimate { " (estimate)" } }
                        " · " (weeks(p.meta.duration_weeks))
                    }
                }
            }
        }
        section aria-labelledby="cae" {
            h2 #cae { "Centers of Academic Excellence" }
            p {
                "The NSA's National Centers of Academic Excellence in Cybersecurity designate "
                (catalog.institutions.len())
                " institutions for Cyber Defense (CAE-CD), Cyber Operations (CAE-CO) or Research (CAE-R). "
                "A degree from a CAE-designated program counts as an education qualification in the DoD 8140 model."
            }
            p { a href=(base.route(Route::CaeDirectory)) { "Find a CAE-designated institution by state and designation" } }
        }
    };
    PageOut {
        key: Route::Section(Section::Programs).key(),
        title: full_title("Programs"),
        description: format!(
            "{} training and education programs for health-care cybersecurity, and the {} NSA Centers of Academic Excellence.",
            catalog.programs.len(),
            catalog.institutions.len()
        ),
        main: main.into_string(),
        tool: None,
    }
}

fn states(mut states: Vec<&str>) -> Vec<(String, String)> {
    states.sort_unstable();
    states.dedup();
    states
        .iter()
        .map(|s| ((*s).to_owned(), (*s).to_owned()))
        .collect()
}

fn options<T: Copy>(
    all: &[T],
    value: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|t| (value(*t).to_owned(), label(*t).to_owned()))
        .collect()
}

fn role_filters(catalog: &Catalog) -> Markup {
    use pathways_core::model::{OrgSize, OrgType};
    let practices = catalog
        .practices
        .iter()
        .filter(|p| p.meta.kind == PracticeKind::Practice)
        .map(|p| (p.id.clone(), p.meta.title.clone()))
        .collect();
    filters::form(&Form {
        id: "role-filters",
        name: "Filter roles",
        items: "#main .stage-group li.card",
        groups: Some("#main .stage-group"),
        text: "q",
        noun: ("role", "roles"),
        total: catalog.roles.len(),
        choices: vec![
            Choice {
                name: "stage",
                label: "Stage",
                attr: "data-stage",
                options: options(&Stage::ALL, Stage::as_str, Stage::label),
                ceiling: false,
            },
            Choice {
                name: "family",
                label: "Family",
                attr: "data-family",
                options: options(&Family::ALL, Family::as_str, Family::label),
                ceiling: false,
            },
            Choice {
                name: "type",
                label: "Organization type",
                attr: "data-types",
                options: options(&OrgType::ALL, OrgType::as_str, OrgType::label),
                ceiling: false,
            },
            Choice {
                name: "size",
                label: "Organization size",
                attr: "data-sizes",
                options: options(&OrgSize::ALL, OrgSize::as_str, OrgSize::label),
                ceiling: false,
            },
            Choice {
                name: "practice",
                label: "HICP practice",
                attr: "data-practices",
                options: practices,
                ceiling: false,
            },
        ],
    })
}

/// The CAE directory, `/programs/cae/`: every designated institution, filterable by state and
/// designation (its own page, so the programs list stays within the content-page budget).
pub fn cae_directory(catalog: &Catalog, base: &BasePath) -> PageOut {
    let mut institutions: Vec<_> = catalog.institutions.iter().collect();
    institutions.sort_by(|a, b| {
        (a.state.as_deref().unwrap_or("~"), &a.name)
            .cmp(&(b.state.as_deref().unwrap_or("~"), &b.name))
    });
    let main = html! {
        (crate::site::parts::breadcrumb(base, Section::Programs, "Programs", "CAE directory"))
        h1 { "Centers of Academic Excellence" }
        p.lead {
            "The NSA's National Centers of Academic Excellence in Cybersecurity: " (catalog.institutions.len())
            " institutions designated for Cyber Defense (CAE-CD), Cyber Operations (CAE-CO) or Research (CAE-R). "
            "A degree from a CAE-designated program counts as an education qualification in the DoD 8140 model."
        }
        @if let Some(d) = &catalog.directory { p.muted { (d.note) } }
        (cae_filters(catalog))
        div.table-wrap {
            table #cae-directory {
                caption { "CAE-designated institutions by state" }
                thead { tr { th scope="col" { "Institution" } th scope="col" { "City" } th scope="col" { "State" } th scope="col" { "Designations" } } }
                tbody {
                    @for i in &institutions {
                        tr data-state=(i.state.as_deref().unwrap_or("")) data-designations=(i.designations.iter().map(|d| d.as_str()).collect::<Vec<_>>().join(" "))
                            data-text=(format!("{} {}", i.name, i.city.as_deref().unwrap_or(""))) {
                            th scope="row" { (i.name) }
                            td { (i.city.as_deref().unwrap_or("")) }
                            td { (i.state.as_deref().unwrap_or("—")) }
                            td { (i.designations.iter().map(|d| d.as_str()).collect::<Vec<_>>().join(", ")) }
                        }
                    }
                }
            }
        }
        @if let Some(d) = &catalog.directory {
            (crate::site::parts::sources(&d.sources, Some(d.verified.to_string()), &[]))
        }
    };
    PageOut {
        key: Route::CaeDirectory.key(),
        title: full_title("Centers of Academic Excellence"),
        description: format!(
            "The {} NSA Centers of Academic Excellence in Cybersecurity, by state and designation (CAE-CD, CAE-CO, CAE-R).",
            catalog.institutions.len()
        ),
        main: main.into_string(),
        tool: None,
    }
}

fn program_filters(catalog: &Catalog) -> Markup {
    use pathways_core::model::{Modality, ProgramKind};
    let money = |v: f32| if v == 0.0 { "Free".to_owned() } else { usd(v) };
    filters::form(&Form {
        id: "program-filters",
        name: "Filter programs",
        items: "#main ul.cards li.card[data-kind]",
        groups: None,
        text: "q",
        noun: ("program", "programs"),
        total: catalog.programs.len(),
        choices: vec![
            Choice {
                name: "kind",
                label: "Kind",
                attr: "data-kind",
                options: options(&ProgramKind::ALL, ProgramKind::as_str, ProgramKind::label),
                ceiling: false,
            },
            Choice {
                name: "modality",
                label: "Format",
                attr: "data-modality",
                options: options(&Modality::ALL, Modality::as_str, Modality::label),
                ceiling: false,
            },
            Choice {
                name: "state",
                label: "State",
                attr: "data-state",
                options: states(
                    catalog
                        .programs
                        .iter()
                        .filter_map(|p| p.meta.state.as_deref())
                        .collect(),
                ),
                ceiling: false,
            },
            Choice {
                name: "cost",
                label: "Cost at most",
                attr: "data-cost",
                options: [0.0f32, 500.0, 1000.0, 5000.0, 20000.0]
                    .iter()
                    .map(|v| (num(*v), money(*v)))
                    .collect(),
                ceiling: true,
            },
            Choice {
                name: "weeks",
                label: "Length at most",
                attr: "data-weeks",
                options: [
                    (1.0f32, "1 week"),
                    (4.0, "4 weeks"),
                    (13.0, "3 months"),
                    (26.0, "6 months"),
                    (52.0, "1 year"),
                    (104.0, "2 years"),
                ]
                .iter()
                .map(|(v, l)| (num(*v), (*l).to_owned()))
                .collect(),
                ceiling: true,
            },
        ],
    })
}

fn cae_filters(catalog: &Catalog) -> Markup {
    filters::form(&Form {
        id: "cae-filters",
        name: "Filter CAE institutions",
        items: "#cae-directory tbody tr",
        groups: None,
        text: "cae_q",
        noun: ("institution", "institutions"),
        total: catalog.institutions.len(),
        choices: vec![
            Choice {
                name: "cae_state",
                label: "State",
                attr: "data-state",
                options: states(
                    catalog
                        .institutions
                        .iter()
                        .filter_map(|i| i.state.as_deref())
                        .collect(),
                ),
                ceiling: false,
            },
            Choice {
                name: "cae_designation",
                label: "Designation",
                attr: "data-designations",
                options: vec![
                    ("CAE-CD".into(), "Cyber Defense (CAE-CD)".into()),
                    ("CAE-CO".into(), "Cyber Operations (CAE-CO)".into()),
                    ("CAE-R".into(), "Research (CAE-R)".into()),
                ],
                ceiling: false,
            },
        ],
    })
}

/// `/practices/`: the HICP threats and practices.
pub fn practices(catalog: &Catalog, base: &BasePath) -> PageOut {
    let mut threats: Vec<_> = catalog
        .practices
        .iter()
        .filter(|p| p.meta.kind == PracticeKind::Threat)
        .collect();
    let mut practices: Vec<_> = catalog
        .practices
        .iter()
        .filter(|p| p.meta.kind == PracticeKind::Practice)
        .collect();
    threats.sort_by_key(|p| p.meta.number);
    practices.sort_by_key(|p| p.meta.number);
    let main = html! {
        h1 { "HICP practices" }
        p.lead { "The HHS 405(d) Health Industry Cybersecurity Practices (2023 edition): five threats to health care and ten practices that counter them, scaled to the size of the organization." }
        section aria-labelledby="threats" {
            h2 #threats { "The five threats" }
            ol.cards {
                @for t in threats { li.card { h3 { a href=(base.route(Route::Practice(&t.id))) { (t.meta.title) } } p { (t.meta.summary) } } }
            }
        }
        section aria-labelledby="ten" {
            h2 #ten { "The ten practices" }
            ol.cards {
                @for p in practices { li.card { h3 { a href=(base.route(Route::Practice(&p.id))) { (p.meta.number) ". " (p.meta.title) } } p { (p.meta.summary) } } }
            }
        }
    };
    PageOut {
        key: Route::Section(Section::Practices).key(),
        title: full_title("HICP practices"),
        description: "The five threats and ten practices of the HHS 405(d) Health Industry Cybersecurity Practices, with sub-practices by organization size and the roles that own them.".into(),
        main: main.into_string(),
        tool: None,
    }
}

/// `/org/`: organization profiles.
pub fn orgs(catalog: &Catalog, base: &BasePath) -> PageOut {
    let main = html! {
        h1 { "Organizations" }
        p.lead { "Workforce profiles for health-sector organizations, from a small practice to a large health system, a payer, a device maker and a health IT vendor: the roles each needs, how to fill them, and the HICP practices to start with." }
        p { "The workforce planner starts from your own organization: staff, budget, state and the HICP practices and HHS performance goals you already have. It gives the roles to fill, whether to hire, upskill or outsource each, the first year's cost, CAE partners nearby and an all-staff awareness calendar." }
        div.actions.no-print {
            a.button.primary href=(base.route(Route::OrgPlan)) target="_self" { "Plan your own workforce" }
        }
        ul.cards {
            @for o in &catalog.orgs {
                li.card {
                    h3 { a href=(base.route(Route::Org(&o.id))) { (o.meta.title) } }
                    p.meta { (o.meta.org_type.label()) " · " (o.meta.size.label()) }
                    p { (o.meta.summary) }
                }
            }
        }
    };
    PageOut {
        key: Route::Section(Section::Org).key(),
        title: full_title("Organizations"),
        description: "Cybersecurity workforce profiles for health-sector organizations by type and HICP size: roles to fill, how to fill them, and where to start.".into(),
        main: main.into_string(),
        tool: None,
    }
}
