//! The main content of each pre-rendered page.

use maud::{Markup, PreEscaped, html};
use pathways_core::site::{BasePath, Route, Section};
use pathways_core::stats::CatalogStats;

use crate::catalog::{Catalog, Entry};
use crate::kinds::page::Page;
use crate::site::layout::{PageOut, full_title};
use crate::site::parts;

/// The home page: what the portal is, for each of its four audiences, with live counts.
pub fn home(catalog: &Catalog, base: &BasePath) -> PageOut {
    let stats = catalog.stats();
    let main = html! {
        section.hero aria-labelledby="home-title" {
            h1 #home-title { "Build the health sector's cybersecurity workforce" }
            p.lead {
                "Health Cyber Pathways maps security and privacy roles in hospitals, clinics, payers and device makers "
                "to the skills, credentials and programs that lead to them — and helps you plan the way there."
            }
        }
        (counts(&stats, base))
        h2 { "Where do you start?" }
        ul.cards {
            (audience(
                "I want a job in health-care cybersecurity",
                "Browse roles from help desk to CISO, check yourself against one, and get a dated plan of training and certifications that fits your budget and the eligibility rules.",
                &[("Browse roles", base.route(Route::Section(Section::Roles))), ("Assess yourself", base.route(Route::Section(Section::Assess)))],
            ))
            (audience(
                "I am hiring",
                "Start from a role template, set the skills and levels you need, accept any one of several qualifications, and get a skills-based job description to share.",
                &[("Define a role", base.route(Route::Section(Section::Hire)))],
            ))
            (audience(
                "I run an organization",
                "Describe your organization — clinic, hospital, payer or device maker — and the HICP practices you have, and get a workforce plan: roles to fill, hire, upskill or outsource, the first year's cost, CAE partners nearby and an all-staff awareness calendar.",
                &[("Plan your workforce", base.route(Route::OrgPlan)), ("Organization profiles", base.route(Route::Section(Section::Org)))],
            ))
            (audience(
                "I teach",
                "Publish a curriculum as Markdown: check it as you type with the rules the site is built with, and see which roles, NICE work roles and CAE Knowledge Units it covers and what it misses.",
                &[("Check a curriculum", base.route(Route::CurriculumEditor)), ("How to publish", base.route(Route::Section(Section::Educators)))],
            ))
        }
        h2 { "Why this matters" }
        p.prose {
            "In the 2016 HIMSS Cybersecurity Survey, the lack of appropriately trained cybersecurity personnel was named the top barrier to mitigating security incidents. "
            a href=(base.route(Route::Section(Section::About))) { "Read how the portal is made" } "."
        }
        p.notice {
            strong { "Private by design. " }
            "Everything you enter — assessments, plans, role definitions — stays in this browser. Nothing is sent anywhere. "
            a href=(base.route(Route::Section(Section::Privacy))) { "Privacy" }
        }
    };
    PageOut {
        key: String::new(),
        title: full_title("Health Cyber Pathways"),
        description: "Plan a cybersecurity career in health care: roles, skills, certifications, training and CAE programs, self-assessment and workforce planning — private, in your browser.".into(),
        main: main.into_string(),
        tool: None,
    }
}

fn counts(stats: &CatalogStats, base: &BasePath) -> Markup {
    let items: [(usize, &str, &str, String); 6] = [
        (
            stats.roles,
            "role",
            "roles",
            base.route(Route::Section(Section::Roles)),
        ),
        (
            stats.skills,
            "skill",
            "skills",
            base.route(Route::Section(Section::Roles)),
        ),
        (
            stats.credentials,
            "credential",
            "credentials",
            base.route(Route::Section(Section::Credentials)),
        ),
        (
            stats.programs,
            "training program",
            "training programs",
            base.route(Route::Section(Section::Programs)),
        ),
        (
            stats.institutions,
            "CAE institution",
            "CAE institutions",
            base.route(Route::Section(Section::Programs)),
        ),
        (
            stats.hicp_practices,
            "HICP practice",
            "HICP practices",
            base.route(Route::Section(Section::Practices)),
        ),
    ];
    html! {
        @if items.iter().any(|(n, ..)| *n > 0) {
            ul.stats aria-label="The catalog" {
                @for (n, one, many, href) in &items {
                    @if *n > 0 {
                        li { a href=(href) { span.n { (n) } " " span.what { (if *n == 1 { one } else { many }) } } }
                    }
                }
            }
        }
    }
}

fn audience(title: &str, text: &str, links: &[(&str, String)]) -> Markup {
    html! {
        li.card {
            h3 { (title) }
            p { (text) }
            div.actions {
                @for (i, (label, href)) in links.iter().enumerate() {
                    // A tool's page loads in full (its own bundle), so the site app's router
                    // must not take the link.
                    @let tool = pathways_core::tool::Tool::ALL.iter().any(|t| href.ends_with(&format!("/{}/", t.route())));
                    a.button.primary[i == 0] href=(href) target=[tool.then_some("_self")] { (label) }
                }
            }
        }
    }
}

/// A free-standing page from `content/pages/`.
pub fn page(entry: &Entry<Page>, base: &BasePath) -> PageOut {
    let body = entry.body_html(base);
    let main = html! {
        article.prose {
            h1 { (entry.meta.title) }
            (PreEscaped(body))
            @if !entry.meta.sources.is_empty() || entry.meta.verified.is_some() {
                (parts::sources(&entry.meta.sources, entry.meta.verified.map(|d| d.to_string()), &[]))
            }
        }
    };
    PageOut {
        key: entry.id.clone(),
        title: full_title(&entry.meta.title),
        description: entry.meta.description.clone(),
        main: main.into_string(),
        tool: None,
    }
}

/// What a section that is not built yet will do, and what to use meanwhile.
pub fn coming(section: Section, base: &BasePath) -> PageOut {
    let (what, meanwhile): (&str, &[(&str, Section)]) = match section {
        Section::Roles => (
            "Every health-sector security and privacy role, from IT help desk to CISO: what the job is in a hospital, clinic, payer or device maker, its skills and levels, and every qualification route.",
            &[("About the portal", Section::About)],
        ),
        Section::Credentials => (
            "Certifications such as CISSP, HCISPP, CHPS, CIPP/US and Security+: eligibility rules in plain words, exam facts, cost, and the yearly cost of keeping them.",
            &[("About the portal", Section::About)],
        ),
        Section::Programs => (
            "Training and education, including free offerings and the NSA Centers of Academic Excellence (CAE-CD, CAE-CO, CAE-R), filterable by state, modality, cost and duration.",
            &[("About the portal", Section::About)],
        ),
        Section::Practices => (
            "The five threats and ten practices of the HHS 405(d) Health Industry Cybersecurity Practices (2023 edition), sub-practices by organization size, and the roles that own them.",
            &[("About the portal", Section::About)],
        ),
        Section::Assess => (
            "A self-assessment against a role: rate yourself against each skill's level descriptors, answer knowledge checks, and see your gaps — all in your browser.",
            &[("Privacy", Section::Privacy)],
        ),
        Section::Plan => (
            "A dated plan of training and certifications to your target role that respects eligibility rules, your budget and your hours per week.",
            &[("Privacy", Section::Privacy)],
        ),
        Section::Hire => (
            "Define a role from a template, set skills, levels and any-of qualification options, and get a skills-based job description to share.",
            &[("About the portal", Section::About)],
        ),
        Section::Org => (
            "Describe your organization and get a workforce plan: roles to fill, hire versus upskill versus outsource, training paths, and nearby CAE institutions.",
            &[("About the portal", Section::About)],
        ),
        Section::Educators => (
            "Publish a curriculum as Markdown, validate it with the same checker the build uses, and see which roles it prepares for and what it misses.",
            &[("About the portal", Section::About)],
        ),
        Section::Search => (
            "Instant full-text search over roles, skills, credentials, programs and practices, including job titles and acronyms.",
            &[("Home", Section::Home)],
        ),
        Section::Skills => (
            "The skills behind every role, each with behavioural descriptors for levels 1 to 4.",
            &[("Home", Section::Home)],
        ),
        Section::Home | Section::About | Section::Privacy => ("", &[]),
    };
    let title = section.label();
    let main = html! {
        h1 { (title) }
        p.lead { (what) }
        p.notice { strong { "Coming soon. " } "This part of the portal is being built and is not available yet." }
        @if !meanwhile.is_empty() {
            h2 { "Meanwhile" }
            ul.link-list {
                @for (label, key) in meanwhile { li { a href=(base.route(Route::Section(*key))) { (label) } } }
            }
        }
    };
    PageOut {
        key: section.slug().to_owned(),
        title: full_title(title),
        description: what.to_owned(),
        main: main.into_string(),
        tool: None,
    }
}

/// The page the service worker shows for a page that was not saved for offline use
/// (`offline.html`, written without the app's scripts: it must work with no network at all).
pub fn offline(base: &BasePath) -> PageOut {
    let main = html! {
        h1 { "You are offline" }
        p { "This page was not saved for offline use: it has not been opened on this device since the site was last updated. The pages you have opened here before still work without a connection." }
        ul.link-list {
            li { a href=(base.route(Route::Section(Section::Home))) { "Go to the home page" } }
        }
        p { "When you are back online, reload this page to open it." }
    };
    PageOut {
        key: "offline".into(),
        title: full_title("You are offline"),
        description: "This page was not saved for offline use.".into(),
        main: main.into_string(),
        tool: None,
    }
}

/// The not-found page (`404.html`), mirrored by the app's `NotFound` component.
pub fn not_found(base: &BasePath) -> PageOut {
    let main = html! {
        h1 { "Page not found" }
        p { "There is no page at this address. The link may be mistyped, or the page may have moved." }
        ul.link-list {
            li { a href=(base.route(Route::Section(Section::Home))) { "Go to the home page" } }
            li { a href=(base.route(Route::Section(Section::Search))) { "Search the portal" } }
            li { a href=(base.route(Route::Section(Section::Roles))) { "Browse roles" } }
        }
    };
    PageOut {
        key: "*".into(),
        title: full_title("Page not found"),
        description: "There is no page at this address.".into(),
        main: main.into_string(),
        tool: None,
    }
}
