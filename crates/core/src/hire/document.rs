//! The job description: one structure ([`Document`]) built from the role, written out as
//! Markdown (the download) and as plain text (the copy), and shown by the app as HTML (the
//! print page), so the three never disagree.

use crate::bundle::HireBundle;
use crate::model::{Degree, Stage, level_name};

use super::{HireRole, Qualifier};

/// A section of the job description.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Its heading.
    pub heading: String,
    /// Paragraphs before the list.
    pub paragraphs: Vec<String>,
    /// The list's items.
    pub items: Vec<String>,
}

/// A job description.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The job title.
    pub title: String,
    /// One line under the title: stage, organization, arrangement, location, salary.
    pub facts: Vec<String>,
    /// The sections, in order.
    pub sections: Vec<Section>,
}

fn section(heading: &str, paragraphs: Vec<String>, items: Vec<String>) -> Option<Section> {
    (!paragraphs.is_empty() || !items.is_empty()).then(|| Section {
        heading: heading.to_owned(),
        paragraphs,
        items,
    })
}

fn stage_words(stage: Stage) -> &'static str {
    match stage {
        Stage::Entry => "Entry level",
        Stage::Mid => "Mid-career",
        Stage::Advanced => "Senior",
        Stage::Leadership => "Leadership",
    }
}

fn degree_words(d: Degree) -> String {
    match d {
        Degree::None => "no diploma".to_owned(),
        Degree::HighSchool => "a high school diploma or GED".to_owned(),
        Degree::Associate => "an associate degree".to_owned(),
        Degree::Bachelor => "a bachelor's degree".to_owned(),
        Degree::Master => "a master's degree".to_owned(),
        Degree::Doctorate => "a doctorate".to_owned(),
    }
}

/// A qualification route in words ("Security+ and 1 year of experience").
pub fn route_words(route: &Qualifier, bundle: &HireBundle) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(d) = route.degree {
        if route.cae {
            parts.push(format!(
                "{} from an NSA CAE-designated institution",
                degree_words(d)
            ));
        } else {
            parts.push(degree_words(d));
        }
    }
    if let Some(c) = route.credential.as_deref() {
        parts.push(bundle.credential_name(c).to_owned());
    }
    if let Some(p) = route.program.as_deref() {
        parts.push(format!("completion of {}", bundle.program_name(p)));
    }
    if route.years > 0.0 {
        parts.push(format!(
            "{} of relevant experience",
            crate::format::years(route.years, 1)
        ));
    }
    let text = match parts.as_slice() {
        [] => "no minimum".to_owned(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    capitalize(&text)
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn skill_line(bundle: &HireBundle, skill: &str, level: u8) -> String {
    let info = bundle.skills.get(skill);
    let name = bundle.skill_name(skill);
    let descriptor = info
        .and_then(|i| i.levels.get(usize::from(level.clamp(1, 4)) - 1))
        .map(|d| format!(": {}", d.trim_end_matches('.')))
        .unwrap_or_default();
    format!("{name} ({}, level {level}){descriptor}.", level_name(level))
}

/// The job description of a role.
pub fn document(role: &HireRole, bundle: &HireBundle) -> Document {
    let mut facts = vec![stage_words(role.stage).to_owned()];
    if let Some(t) = role.org_type {
        let size = role
            .org_size
            .map(|s| format!("{} ", s.label().to_lowercase()))
            .unwrap_or_default();
        facts.push(format!("{size}{}", t.label().to_lowercase()));
    }
    if let Some(a) = role.arrangement {
        facts.push(a.label().to_owned());
    }
    if !role.location.trim().is_empty() {
        facts.push(role.location.trim().to_owned());
    }
    if let Some(s) = role.salary {
        facts.push(format!(
            "{}–{} a year",
            crate::format::usd(s.min_usd as f32),
            crate::format::usd(s.max_usd as f32)
        ));
    }

    let mut sections = Vec::new();
    let summary: Vec<String> = role
        .summary
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect();
    sections.extend(section("About the role", summary, vec![]));

    let duties: Vec<String> = role
        .duties
        .iter()
        .filter(|d| !d.text.trim().is_empty())
        .map(|d| {
            if d.percent > 0 {
                format!("{} ({}% of the time)", d.text.trim(), d.percent)
            } else {
                d.text.trim().to_owned()
            }
        })
        .collect();
    sections.extend(section("What you will do", vec![], duties));

    // The HIPAA and HICP responsibilities of the catalog role it started from.
    let practices: Vec<String> = role
        .based_on
        .as_deref()
        .and_then(|id| bundle.role(id))
        .map(|r| {
            r.hicp_practices
                .iter()
                .filter_map(|p| bundle.practices.get(p))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    if !practices.is_empty() {
        sections.extend(section(
            "Health-sector responsibilities",
            vec!["The role owns these practices of the HHS 405(d) Health Industry Cybersecurity Practices (HICP), which support the organization's HIPAA Security Rule safeguards:".to_owned()],
            practices,
        ));
    }

    let at_hire: Vec<String> = role
        .skills
        .iter()
        .filter(|s| s.at_hire)
        .map(|s| skill_line(bundle, &s.skill, s.level))
        .collect();
    sections.extend(section(
        "What you bring",
        if at_hire.is_empty() {
            vec![]
        } else {
            vec!["Skills you need on day one, shown by your work, training or credentials — however you gained them:".to_owned()]
        },
        at_hire,
    ));
    let learnable: Vec<String> = role
        .skills
        .iter()
        .filter(|s| !s.at_hire)
        .map(|s| skill_line(bundle, &s.skill, s.level))
        .collect();
    sections.extend(section(
        "What we will teach you",
        if learnable.is_empty() {
            vec![]
        } else {
            vec![
                "You do not need these yet: we will help you learn them in your first 90 days."
                    .to_owned(),
            ]
        },
        learnable,
    ));

    let mut quals = Vec::new();
    let routes: Vec<String> = role.routes.iter().map(|r| route_words(r, bundle)).collect();
    if routes.len() > 1 {
        quals.push("Any one of:".to_owned());
    }
    let mut paragraphs = quals;
    if role.healthcare_years > 0.0 {
        paragraphs.push(format!(
            "{} of the experience in health care.",
            crate::format::years(role.healthcare_years, 1)
        ));
    }
    sections.extend(section("Minimum qualifications", paragraphs, routes));

    let preferred: Vec<String> = role
        .preferred
        .iter()
        .map(|c| bundle.credential_name(c).to_owned())
        .collect();
    sections.extend(section(
        "Preferred, not required",
        if preferred.is_empty() {
            vec![]
        } else {
            vec!["If you do not have these, apply anyway.".to_owned()]
        },
        preferred,
    ));

    sections.push(Section {
        heading: "How to apply".to_owned(),
        paragraphs: vec![
            "We hire for skills. If you meet most of what is listed and are keen to learn the rest, we want to hear from you. Every candidate is assessed on the same skills, with the same structured interview.".to_owned(),
        ],
        items: vec![],
    });

    Document {
        title: role.title.trim().to_owned(),
        facts,
        sections,
    }
}

/// Escapes the characters Markdown would read as formatting at the start of text.
fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

impl Document {
    /// The job description as Markdown.
    pub fn markdown(&self) -> String {
        let mut out = format!("# {}\n\n", md_text(&self.title));
        if !self.facts.is_empty() {
            out.push_str(&format!("*{}*\n\n", md_text(&self.facts.join(" · "))));
        }
        for s in &self.sections {
            out.push_str(&format!("## {}\n\n", md_text(&s.heading)));
            for p in &s.paragraphs {
                out.push_str(&md_text(p));
                out.push_str("\n\n");
            }
            for i in &s.items {
                out.push_str(&format!("- {}\n", md_text(i)));
            }
            if !s.items.is_empty() {
                out.push('\n');
            }
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
        out
    }

    /// The job description as plain text, for pasting into an applicant tracking system.
    pub fn plain_text(&self) -> String {
        let mut out = format!("{}\n", self.title);
        if !self.facts.is_empty() {
            out.push_str(&self.facts.join(" · "));
            out.push('\n');
        }
        for s in &self.sections {
            out.push_str(&format!("\n{}\n\n", s.heading.to_uppercase()));
            for p in &s.paragraphs {
                out.push_str(p);
                out.push_str("\n\n");
            }
            for i in &s.items {
                out.push_str(&format!("• {i}\n"));
            }
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
        out
    }
}
