//! The all-staff security awareness program: a 12-month calendar on the five HICP threats,
//! the phishing-exercise cadence, break-room posters, and the evidence HIPAA's awareness and
//! training standard (45 CFR §164.308(a)(5)) asks an organization to be able to show.

use serde::{Deserialize, Serialize};

use super::{OrgBundle, OrgInput, OrgThreat};
use crate::date::Date;
use crate::ics::Event;
use crate::model::{Id, OrgProfile, OrgSize, OrgType};
use crate::site::{BasePath, Route};

/// The eCFR text of 45 CFR §164.308 (administrative safeguards).
pub const SECURITY_RULE_URL: &str = "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C/section-164.308";
/// The eCFR text of 45 CFR §164.316 (documentation).
pub const DOCUMENTATION_URL: &str = "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C/section-164.316";
/// The eCFR text of 45 CFR §164.530 (Privacy Rule administrative requirements).
pub const PRIVACY_RULE_URL: &str = "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.530";

/// A piece of material for a month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Material {
    /// Its title.
    pub title: String,
    /// A site route key (`practices/ransomware`) or an absolute URL.
    pub href: String,
    /// Whether `href` is a route key on the portal (else an external URL).
    pub on_site: bool,
}

/// One month of the program.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Month {
    /// Its first day.
    pub start: Date,
    /// The topic.
    pub topic: String,
    /// The threat it is about, if any.
    pub threat: Option<Id>,
    /// Who it is for.
    pub audience: String,
    /// What to use.
    pub material: Vec<Material>,
    /// Whether a phishing exercise runs this month.
    pub phishing: bool,
}

/// A break-room poster.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Poster {
    /// The threat's id.
    pub threat: Id,
    /// Its title.
    pub title: String,
    /// The key messages.
    pub messages: Vec<String>,
}

/// What to keep to show the awareness standard is met.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The requirement, with its citation.
    pub requirement: String,
    /// What to keep.
    pub keep: String,
    /// Where the requirement is written.
    pub source: String,
}

/// The awareness program.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Awareness {
    /// How many people it reaches.
    pub staff: u32,
    /// The 12 months.
    pub months: Vec<Month>,
    /// The phishing-exercise cadence, in words.
    pub phishing: String,
    /// The posters, one per threat.
    pub posters: Vec<Poster>,
    /// The evidence checklist.
    pub checklist: Vec<Evidence>,
}

fn audience(threat: &str, org_type: OrgType) -> &'static str {
    match (threat, org_type) {
        ("social-engineering", _) => "Everyone, clinicians and management included",
        ("ransomware", _) => "Everyone; IT staff also rehearse restoring from backup",
        ("equipment-data-loss", _) => "Everyone who uses a laptop, phone or removable media",
        ("insider-data-loss", _) => "Everyone with access to patient or member records",
        ("medical-device-attacks", OrgType::DeviceMaker) => {
            "Engineering, product and quality teams"
        }
        ("medical-device-attacks", _) => {
            "Clinical staff who use connected devices, and clinical engineering"
        }
        _ => "Everyone",
    }
}

/// Phishing exercises a year: twelve for medium and large organizations, as HICP's Technical
/// Volume 2 advises ("consider conducting phishing simulations on at least a monthly basis for
/// the entire workforce", sub-practice 1.M.D); four for a small one, the portal's suggestion
/// (Technical Volume 1 sets no cadence the portal could read).
pub fn phishing_per_year(size: OrgSize) -> u32 {
    match size {
        OrgSize::Small => 4,
        OrgSize::Medium | OrgSize::Large => 12,
    }
}

fn month_start(d: Date, offset: i32) -> Date {
    Date::new(d.year(), d.month(), 1)
        .unwrap_or(d)
        .add_months(offset)
}

/// The program for an organization.
pub fn program(
    input: &OrgInput,
    bundle: &OrgBundle,
    profile: &OrgProfile,
    size: OrgSize,
) -> Awareness {
    // Device attacks matter to providers and device makers; payers and IT vendors get a
    // second round of the phishing topic instead.
    let threats: Vec<&OrgThreat> = bundle
        .threats
        .iter()
        .filter(|t| {
            t.id != "medical-device-attacks"
                || matches!(input.org_type, OrgType::Provider | OrgType::DeviceMaker)
        })
        .collect();
    let programs: Vec<Material> = profile
        .awareness_programs
        .iter()
        .filter_map(|id| {
            bundle
                .planner
                .programs
                .iter()
                .find(|(p, _)| p == id)
                .map(|(_, p)| Material {
                    title: p.name.clone(),
                    href: p.url.clone(),
                    on_site: false,
                })
        })
        .collect();
    let every = 12 / phishing_per_year(size).max(1);
    let first = month_start(input.start, 0);
    let mut months = Vec::new();
    for i in 0..12u32 {
        let start = month_start(first, i as i32);
        let phishing = i > 0 && (i % every == 0 || every == 1);
        let october = start.month() == 10;
        let (topic, threat, audience_text) = if i == 0 {
            (
                "Launch: why security is patient safety, and how to report".to_owned(),
                None,
                "Everyone, management first".to_owned(),
            )
        } else if i == 11 {
            (
                "Year in review: refresher and what changed".to_owned(),
                None,
                "Everyone; check every new starter has been trained".to_owned(),
            )
        } else {
            let t = threats
                .get(((i - 1) as usize) % threats.len().max(1))
                .copied();
            match t {
                Some(t) => (
                    t.title.clone(),
                    Some(t.id.clone()),
                    audience(&t.id, input.org_type).to_owned(),
                ),
                None => ("Security basics".to_owned(), None, "Everyone".to_owned()),
            }
        };
        let mut material = Vec::new();
        if let Some(t) = &threat {
            material.push(Material {
                title: format!("This portal's page on {}", topic.to_lowercase()),
                href: Route::Practice(t).key(),
                on_site: true,
            });
        }
        // Every program at the launch; the first (the sector's own free training) each month.
        if threat.is_none() {
            material.extend(programs.iter().cloned());
        } else {
            material.extend(programs.first().cloned());
        }
        if october {
            material.push(Material {
                title: "Cybersecurity Awareness Month (CISA), every October".into(),
                href: "https://www.cisa.gov/cybersecurity-awareness-month".into(),
                on_site: false,
            });
        }
        months.push(Month {
            start,
            topic: if october {
                format!("{topic} (Cybersecurity Awareness Month)")
            } else {
                topic
            },
            threat,
            audience: audience_text,
            material,
            phishing,
        });
    }
    let per_year = phishing_per_year(size);
    let phishing = if per_year == 12 {
        "A simulated phishing exercise every month for the whole workforce, as HICP advises for medium and large organizations (sub-practice 1.M.D: “at least a monthly basis”), with harder ones for the departments attackers target most, a short lesson for whoever clicks, and the results kept.".to_owned()
    } else {
        format!(
            "{per_year} simulated phishing exercises a year (one a quarter), with a short lesson for whoever clicks and the results kept: the portal's suggestion for a small practice; HICP asks medium organizations for one a month."
        )
    };
    let posters = bundle
        .threats
        .iter()
        .map(|t| Poster {
            threat: t.id.clone(),
            title: t.title.clone(),
            messages: if t.key_messages.is_empty() {
                vec![t.summary.clone()]
            } else {
                t.key_messages.clone()
            },
        })
        .collect();
    Awareness {
        staff: input.staff_total,
        months,
        phishing,
        posters,
        checklist: checklist(input.org_type),
    }
}

/// The evidence checklist for HIPAA's awareness and training standard.
pub fn checklist(org_type: OrgType) -> Vec<Evidence> {
    let sec = SECURITY_RULE_URL.to_owned();
    let mut out = vec![
        Evidence {
            requirement: "A security awareness and training program for all members of the workforce, management included (§164.308(a)(5)(i))".into(),
            keep: "The written program (this calendar), the material used, and a dated record of who completed each session.".into(),
            source: sec.clone(),
        },
        Evidence {
            requirement: "Security reminders: periodic security updates (§164.308(a)(5)(ii)(A))".into(),
            keep: "A copy of each month's reminder or poster, with the date it went out.".into(),
            source: sec.clone(),
        },
        Evidence {
            requirement: "Protection from malicious software: guarding against, detecting and reporting it (§164.308(a)(5)(ii)(B))".into(),
            keep: "The procedure for reporting a suspicious message or file, and the training that taught it.".into(),
            source: sec.clone(),
        },
        Evidence {
            requirement: "Log-in monitoring: monitoring log-in attempts and reporting discrepancies (§164.308(a)(5)(ii)(C))".into(),
            keep: "The monitoring procedure and what staff were taught to report (unexpected sign-in prompts, codes they did not ask for).".into(),
            source: sec.clone(),
        },
        Evidence {
            requirement: "Password management: creating, changing and safeguarding passwords (§164.308(a)(5)(ii)(D))".into(),
            keep: "The password (or passphrase and multifactor) policy and the session that covered it.".into(),
            source: sec,
        },
        Evidence {
            requirement: "Documentation kept for six years from when it was created or last in effect (§164.316(b)(2)(i))".into(),
            keep: "Every item above, kept six years.".into(),
            source: DOCUMENTATION_URL.into(),
        },
    ];
    if matches!(org_type, OrgType::Provider | OrgType::Payer) {
        out.push(Evidence {
            requirement: "Privacy training for every workforce member, new members within a reasonable period after joining, and again after a material change of policy (§164.530(b))".into(),
            keep: "The date each new starter was trained, and the sessions after policy changes.".into(),
            source: PRIVACY_RULE_URL.into(),
        });
    }
    out
}

/// The program as calendar events: one all-day event on the first working day of each
/// month's topic, and one for each phishing exercise.
pub fn events(program: &Awareness, base: &BasePath, site_origin: &str) -> Vec<Event> {
    let mut out = Vec::new();
    for m in &program.months {
        let links: Vec<String> = m
            .material
            .iter()
            .map(|x| {
                if x.on_site {
                    format!("{}: {site_origin}{}", x.title, base.page(&x.href))
                } else {
                    format!("{}: {}", x.title, x.href)
                }
            })
            .collect();
        out.push(Event {
            uid: format!("awareness-{}", crate::ics::day(m.start)),
            start: m.start,
            end: m.start.add_days(1),
            summary: format!("Security awareness: {}", m.topic),
            description: format!("For: {}. Material: {}", m.audience, links.join("; ")),
        });
        if m.phishing {
            let day = m.start.add_days(14);
            out.push(Event {
                uid: format!("phishing-{}", crate::ics::day(day)),
                start: day,
                end: day.add_days(1),
                summary: "Simulated phishing exercise".into(),
                description:
                    "Send the exercise, give a short lesson to whoever clicks, keep the results."
                        .into(),
            });
        }
    }
    out
}
