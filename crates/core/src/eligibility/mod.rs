//! Credential eligibility: a credential's experience rules evaluated for a person's situation
//! ([`evaluate`]), and the same rules in plain words ([`describe`]).
//!
//! A credential's rules are data ([`Eligibility`]). At a date, the required years are the
//! first education row the person meets (CHPS) or the base years, less the largest waiver they
//! qualify for (a degree or a credential held). Experience is assumed to grow one year per
//! year while the person works; health-care years grow only if they work in health care.
//! If the experience is short, an associate route (ISC2) or an "experience after the exam"
//! window (ISACA) lets the person pass now; otherwise the exam waits for the date the
//! experience is met. A waiver the issuer changed on a date counts only while in force on the
//! date the rules are applied ([`Situation::on`]: the exam date in a plan).
//! A credential whose experience must span several of its exam domains
//! (CISSP: two of eight, `min_domains`) is checked against the years the person gives per domain
//! ([`spread`], [`evaluate_credential`]); a person who has not said is told the rule, and it is
//! not enforced, since nothing is known either way.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::model::{Credential, Degree, Eligibility, Id};
use crate::profile::Profile;

pub mod describe;

pub use describe::describe;

/// Days in a year on average (leap years included), to turn years of experience into dates.
pub const DAYS_PER_YEAR: f64 = 365.25;

/// What the person knows about their situation, for eligibility over time.
#[derive(Clone, Debug, PartialEq)]
pub struct Situation {
    /// Years of relevant experience today.
    pub years: f32,
    /// Of which in health care.
    pub healthcare_years: f32,
    /// Of which in management.
    pub management_years: f32,
    /// Highest degree.
    pub degree: Degree,
    /// Credentials held.
    pub held: BTreeSet<Id>,
    /// Whether their current work is in health care (health-care years grow with time).
    pub in_healthcare: bool,
    /// Whether they take the issuer's official training, which some issuers accept instead of
    /// the experience (a profile does not record it, so the planner assumes self-study; a hiring
    /// route assumes it, since a candidate may have qualified either way).
    pub official_training: bool,
    /// Years of experience by exam domain, keyed by [`domain_key`] of the domain's name; a
    /// domain the person has not given is absent.
    pub by_domain: std::collections::BTreeMap<String, f32>,
    /// The date the rules are applied on (the exam date, in a plan): a rule the issuer changed
    /// on a date counts only while it is in force. `None`: the latest rules.
    pub on: Option<crate::date::Date>,
}

impl Situation {
    /// The situation of a profile.
    pub fn of(profile: &Profile, in_healthcare: bool) -> Situation {
        Situation {
            years: profile.experience.total_years,
            healthcare_years: profile.experience.healthcare_years,
            management_years: profile.experience.management_years,
            degree: profile.education.degree,
            held: profile.credentials.iter().map(|c| c.id.clone()).collect(),
            in_healthcare,
            official_training: false,
            by_domain: profile.experience.by_domain.clone(),
            on: None,
        }
    }
}

/// Where a person stands with a credential's experience rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Standing {
    /// They may take the exam and be certified now.
    Eligible,
    /// They may take the exam now and hold the associate designation until the experience is
    /// met, which it will be after `years` more years (within the route's window).
    Associate {
        /// The designation ("Associate of ISC2").
        name: String,
        /// Years until the full credential.
        years: f32,
        /// The window the route allows.
        window: f32,
    },
    /// They may pass the exam now and complete the experience within `window` years; it will be
    /// met after `years`.
    ExperienceAfterExam {
        /// Years until the experience is met.
        years: f32,
        /// The window allowed.
        window: f32,
    },
    /// They must wait `years` years before the exam (and the experience then counts).
    Wait {
        /// Years to wait.
        years: f32,
    },
    /// The experience cannot be met in the time the route allows, or health-care years are
    /// needed but the person is not working in health care.
    Blocked {
        /// Why, in plain words.
        why: String,
    },
    /// Credentials that must be held first.
    NeedsFirst(Vec<Id>),
}

/// The evaluation of a credential's rules for a situation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    /// Years of experience required after education scaling and waivers.
    pub required_years: f32,
    /// Years waived.
    pub waived: f32,
    /// Where the person stands.
    pub standing: Standing,
}

/// The years of experience required by education (the first row met), before waivers.
pub fn scaled_years(e: &Eligibility, s: &Situation) -> f32 {
    for row in &e.scaled_by_education {
        let degree_ok = row.degree.is_some_and(|d| s.degree >= d);
        let cred_ok = row.credentials.iter().any(|c| s.held.contains(c));
        if degree_ok || cred_ok {
            return row.years;
        }
    }
    e.years
}

/// Years waived: the largest single waiver in force that the person qualifies for, at most
/// the years required.
pub fn waiver(e: &Eligibility, s: &Situation, required: f32) -> f32 {
    e.waivers
        .iter()
        .filter(|w| w.in_force(s.on))
        .filter(|w| {
            w.degree.is_some_and(|d| s.degree >= d)
                || w.credentials.iter().any(|c| s.held.contains(c))
                || (w.training && s.official_training)
        })
        .map(|w| w.years)
        .fold(0.0f32, f32::max)
        .min(required)
}

/// Evaluates a credential's rules for a situation today.
pub fn evaluate(e: &Eligibility, s: &Situation) -> Evaluation {
    let missing: Vec<Id> = e
        .prerequisites
        .iter()
        .filter(|p| !s.held.contains(*p))
        .cloned()
        .collect();
    let base = scaled_years(e, s);
    let waived = waiver(e, s, base);
    let required_years = (base - waived).max(0.0);
    if !missing.is_empty() {
        return Evaluation {
            required_years,
            waived,
            standing: Standing::NeedsFirst(missing),
        };
    }
    let short_total = (required_years - s.years).max(0.0);
    let short_mgmt = (e.management_years - s.management_years).max(0.0);
    let short_hc = (e.healthcare_years - s.healthcare_years).max(0.0);
    if short_hc > 0.0 && !s.in_healthcare {
        let mut why = format!(
            "{} of the experience must be in health care; you have {} and are not working in health care now",
            years_text(e.healthcare_years),
            years_text(s.healthcare_years)
        );
        if let Some(a) = &e.associate {
            why.push_str(&format!(
                " (you could still pass the exam and become an {})",
                a.name
            ));
        }
        return Evaluation {
            required_years,
            waived,
            standing: Standing::Blocked { why },
        };
    }
    let wait = short_total.max(short_mgmt).max(short_hc);
    let standing = if wait <= 0.0 {
        Standing::Eligible
    } else if let Some(a) = &e.associate {
        if wait <= a.window_years {
            Standing::Associate {
                name: a.name.clone(),
                years: wait,
                window: a.window_years,
            }
        } else {
            Standing::Wait {
                years: wait - a.window_years,
            }
        }
    } else if let Some(window) = e.after_exam_years {
        if wait <= window {
            Standing::ExperienceAfterExam {
                years: wait,
                window,
            }
        } else {
            Standing::Wait {
                years: wait - window,
            }
        }
    } else {
        Standing::Wait { years: wait }
    };
    Evaluation {
        required_years,
        waived,
        standing,
    }
}

/// The key of an exam domain in a profile's years by domain: the slug of its name
/// ("Security and Risk Management" → `security-and-risk-management`), so that a domain two
/// credentials share by name is asked once.
pub fn domain_key(name: &str) -> String {
    crate::site::slug(name)
}

/// How a person's experience spreads over a credential's exam domains.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Spread {
    /// The credential asks for no spread.
    NotAsked,
    /// The person has given no years for any of its domains (or the catalog lists none): the
    /// rule is stated, not enforced.
    Unknown,
    /// Enough domains are covered: those with experience, by name.
    Met(Vec<String>),
    /// Too few: the domains covered, by name, and how many the rule asks for.
    Short {
        /// The domains with experience.
        covered: Vec<String>,
        /// How many are needed.
        needed: u32,
    },
}

/// The spread of the person's experience over the exam domains named `domains`, against a
/// rule of `min_domains`.
pub fn spread(min_domains: u32, domains: &[&str], s: &Situation) -> Spread {
    if min_domains == 0 {
        return Spread::NotAsked;
    }
    let years = |name: &str| s.by_domain.get(&domain_key(name)).copied();
    if domains.iter().all(|d| years(d).is_none()) {
        return Spread::Unknown;
    }
    let covered: Vec<String> = domains
        .iter()
        .filter(|d| years(d).is_some_and(|y| y > 0.0))
        .map(|d| (*d).to_owned())
        .collect();
    if covered.len() >= min_domains as usize {
        Spread::Met(covered)
    } else {
        Spread::Short {
            covered,
            needed: min_domains,
        }
    }
}

/// Evaluates a credential's rules for a situation today ([`evaluate_in_domains`] over its exam
/// domains).
pub fn evaluate_credential(c: &Credential, s: &Situation) -> Evaluation {
    let names: Vec<&str> = c.domains.iter().map(|d| d.name.as_str()).collect();
    evaluate_in_domains(&c.eligibility, &names, s)
}

/// Evaluates rules for a situation today, the spread over the exam domains named `domains`
/// included: experience that covers too few of them keeps the full credential out of reach
/// until it covers more (waiting does not change which domains the work is in), whatever the
/// years, though an associate route still lets the person pass the exam.
pub fn evaluate_in_domains(e: &Eligibility, domains: &[&str], s: &Situation) -> Evaluation {
    let mut eval = evaluate(e, s);
    let Spread::Short { covered, needed } = spread(e.min_domains, domains, s) else {
        return eval;
    };
    if matches!(
        eval.standing,
        Standing::NeedsFirst(_) | Standing::Blocked { .. }
    ) {
        return eval;
    }
    let have = match covered.as_slice() {
        [] => "none of them".to_owned(),
        [one] => format!("only {one}"),
        more => format!("{} of them ({})", more.len(), more.join(", ")),
    };
    let mut why = format!(
        "the experience must span at least {needed} of the {} exam domains; yours covers {have}",
        domains.len()
    );
    if let Some(a) = &e.associate {
        why.push_str(&format!(
            " (you could still pass the exam and become an {})",
            a.name
        ));
    }
    eval.standing = Standing::Blocked { why };
    eval
}

/// Years in words, to one decimal ("1 year", "2.5 years"): years computed for a person.
pub(crate) fn years_text(y: f32) -> String {
    crate::format::years(y, 1)
}

/// Days in a number of years, for dates.
pub(crate) fn years_to_days(y: f32) -> i64 {
    (f64::from(y) * DAYS_PER_YEAR).round() as i64
}

#[cfg(test)]
mod tests;
