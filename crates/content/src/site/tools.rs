//! The pre-rendered shells of the interactive pages (assessment): the same heading the app
//! shows, so nothing jumps when it takes over, and a plain message for readers without
//! JavaScript.

use maud::{Markup, html};
use pathways_core::site::{BasePath, Route, Section};
use pathways_core::tool::Tool;

use crate::catalog::Catalog;
use crate::site::layout::{PageOut, full_title};

fn needs_script(what: &str) -> Markup {
    html! {
        p.loading role="status" { "Loading " (what) "…" }
        noscript {
            p.notice { (what) " runs in your browser and needs JavaScript. Everything else on the portal works without it." }
        }
    }
}

/// `/assess/`.
pub fn assess(base: &BasePath) -> PageOut {
    let main = html! {
        div.assess {
            header.item-head {
                h1 { "Assess yourself" }
                p.lead { "See where you stand against a role: rate yourself against each skill's level descriptors, answer a few knowledge checks, and get your gaps with what closes them." }
                p.notice { strong { "Private by design. " } "Nothing you enter is sent anywhere: your answers are kept in this browser only, and you can export or delete them at any time." }
            }
            (needs_script("The assessment"))
            p { a href=(base.route(Route::Section(Section::Roles))) { "Browse the roles" } " to see what each one needs." }
        }
    };
    PageOut {
        key: Route::Section(Section::Assess).key(),
        title: full_title("Assess yourself"),
        description: "Rate yourself against a health-care cybersecurity role, find your gaps and see which roles fit you best. Private: nothing leaves your browser.".into(),
        main: main.into_string(),
        tool: Some(Tool::Assess),
    }
}

/// `/assess/<role>/` for every role.
pub fn assess_roles(catalog: &Catalog, base: &BasePath) -> Vec<PageOut> {
    catalog
        .roles
        .iter()
        .map(|r| {
            let title = &r.meta.title;
            let main = html! {
                div.assess {
                    header.item-head {
                        p.eyebrow { a href=(base.route(Route::Role(&r.id))) { (title) } }
                        h1 { "Assess yourself: " (title) }
                        p.lead { "For each skill, rate yourself against the level descriptors, then answer a few questions. Your answers are saved in this browser as you go — you can leave and come back." }
                        p.notice { strong { "Private: " } "nothing you enter is sent anywhere. It stays in this browser." }
                    }
                    (needs_script("The assessment"))
                }
            };
            PageOut {
                key: Route::Assess(&r.id).key(),
                title: full_title(&format!("Assess yourself: {title}")),
                description: format!("Rate yourself against the skills of a {title} and see your gaps. Private: nothing leaves your browser."),
                main: main.into_string(),
                tool: Some(Tool::Assess),
            }
        })
        .collect()
}

/// `/search/`: the search form, ready before the app starts.
pub fn search(base: &BasePath) -> PageOut {
    let main = html! {
        div.search {
            h1 { "Search" }
            form.search-form role="search" method="get" action="" {
                label for="q" { "Search roles, skills, credentials, programs and practices" }
                input #q type="search" name="q" autocomplete="off";
            }
            p.status { "Type a job title, a skill, a credential or an acronym such as HCISPP." }
            noscript { p.notice { "Search runs in your browser and needs JavaScript. Browse " a href=(base.route(Route::Section(Section::Roles))) { "roles" } " and " a href=(base.route(Route::Section(Section::Credentials))) { "credentials" } " instead." } }
        }
    };
    PageOut {
        key: Route::Section(Section::Search).key(),
        title: full_title("Search"),
        description: "Search roles, skills, credentials, programs and HICP practices, including job titles and acronyms.".into(),
        main: main.into_string(),
        tool: Some(Tool::Search),
    }
}

/// `/plan/`: the planner's heading, ready before the app starts.
pub fn plan() -> PageOut {
    let main = html! {
        div.plan {
            header.item-head {
                h1 { "Plan your path" }
                p.lead { "A dated plan of training and certifications to the role you want: within your budget and hours a week, with each credential's eligibility rules applied as your experience grows." }
                p.notice { strong { "Private: " } "the plan is made in your browser from your profile; nothing is sent anywhere." }
            }
            (needs_script("The planner"))
        }
    };
    PageOut {
        key: Route::Section(Section::Plan).key(),
        title: full_title("Plan your path"),
        description: "A dated plan of training and certifications to a health-care cybersecurity role, within your budget and hours, respecting eligibility rules.".into(),
        main: main.into_string(),
        tool: Some(Tool::Plan),
    }
}

/// `/hire/`: the role builder's heading, ready before the app starts.
pub fn hire() -> PageOut {
    let main = html! {
        div.hire {
            header.item-head {
                h1 { "Define a role" }
                p.lead { "Build a skills-based role from a catalog role or from scratch: what the person must bring at hire and what they can learn in their first 90 days, qualification routes any one of which is enough, and checks that keep the requirements from shutting out the people the role is for. Get a job description to publish and a link to send candidates." }
                p.notice { strong { "Private: " } "the role is kept in this browser and travels only as a link you choose to send; nothing is sent to a server." }
            }
            (needs_script("The role builder"))
        }
    };
    PageOut {
        key: Route::Section(Section::Hire).key(),
        title: full_title("Define a role"),
        description: "Build a skills-based health-care cybersecurity role, check it for requirement inflation, and get a job description and a link for candidates.".into(),
        main: main.into_string(),
        tool: Some(Tool::Hire),
    }
}

/// `/hire/compare/`: the candidate comparison's heading, ready before the app starts.
pub fn hire_compare() -> PageOut {
    let main = html! {
        div.hire {
            header.item-head {
                h1 { "Compare candidates" }
                p.lead { "Paste the results links your candidates sent back: see them side by side against your role, with gaps needed at hire apart from those they can learn on the job, and when each meets your qualification routes." }
                p.notice { strong { "Private: " } "the links are read in this browser and kept here only; nothing is sent to a server." }
            }
            (needs_script("The comparison"))
        }
    };
    PageOut {
        key: Route::HireCompare.key(),
        title: full_title("Compare candidates"),
        description: "Compare candidates side by side against a skills-based role from the results links they send back. Private: nothing leaves your browser.".into(),
        main: main.into_string(),
        tool: Some(Tool::Compare),
    }
}

/// `/org/plan/`: the organization workforce planner's heading, ready before the app starts.
pub fn org_plan(base: &BasePath) -> PageOut {
    let main = html! {
        div.org {
            header.item-head {
                p.eyebrow { a href=(base.route(Route::Section(Section::Org))) { "Organizations" } }
                h1 { "Plan your security workforce" }
                p.lead { "Tell the planner about your organization and the HICP practices and HHS performance goals you already have: get the roles you need, whether to hire, grow your own IT staff or outsource each one, the first year's cost against your budget, where to find interns and hires, and a 12-month awareness program for all staff." }
                p.notice { strong { "Private: " } "what you enter is kept in this browser and travels only as a link you choose to send; nothing is sent to a server." }
            }
            (needs_script("The workforce planner"))
            p { a href=(base.route(Route::Section(Section::Org))) { "Read the organization profiles" } " to see the roles each kind of organization needs." }
        }
    };
    PageOut {
        key: Route::OrgPlan.key(),
        title: full_title("Plan your security workforce"),
        description: "A cybersecurity workforce plan for a health-sector organization from the HICP practices it lacks: roles, hire, upskill or outsource, first-year cost, CAE partners and an all-staff awareness calendar.".into(),
        main: main.into_string(),
        tool: Some(Tool::Org),
    }
}

/// `/educators/editor/`: the curriculum editor's heading, ready before the app starts.
pub fn editor(base: &BasePath) -> PageOut {
    let main = html! {
        div.editor {
            header.item-head {
                p.eyebrow { a href=(base.route(Route::Section(Section::Educators))) { "Educators" } }
                h1 { "Check a curriculum" }
                p.lead { "Paste or write a program file: it is checked as you type by the same rules the site is built with, each problem shown at its line, with a preview of its page and what it prepares students for — the catalog's roles, the NICE work roles and the CAE Knowledge Units. Download the file and propose it as a pull request." }
                p.notice { strong { "Private: " } "the text stays in this browser; nothing is sent anywhere until you open a pull request yourself." }
            }
            (needs_script("The editor"))
            p { a href=(base.route(Route::Section(Section::Educators))) { "Read how to publish a curriculum" } " to write the file by hand and check it with " code { "pathways check" } "." }
        }
    };
    PageOut {
        key: Route::CurriculumEditor.key(),
        title: full_title("Check a curriculum"),
        description: "Check a curriculum file as you type with the rules the site is built with, preview its page, and see which health-sector roles, NICE work roles and CAE Knowledge Units it covers.".into(),
        main: main.into_string(),
        tool: Some(Tool::Editor),
    }
}
