//! Credential eligibility rules in plain words (for credential pages and plan explanations).
//! The evaluation of the same rules for a person is the parent module, [`super::evaluate`].

use crate::model::{Degree, Eligibility};

/// Years from content, to two decimals.
fn years(n: f32) -> String {
    crate::format::years(n, 2)
}

fn degree_phrase(d: Degree) -> &'static str {
    match d {
        Degree::None => "any education",
        Degree::HighSchool => "a high school diploma or GED",
        Degree::Associate => "an associate degree",
        Degree::Bachelor => "a bachelor's degree",
        Degree::Master => "a master's degree",
        Degree::Doctorate => "a doctorate",
    }
}

fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// The rules in plain sentences. `domains` is how many exam domains the credential has;
/// `name` turns a credential id into its short name.
pub fn describe(e: &Eligibility, domains: usize, name: &dyn Fn(&str) -> String) -> Vec<String> {
    let mut out = Vec::new();
    if !e.prerequisites.is_empty() {
        let names: Vec<String> = e.prerequisites.iter().map(|p| name(p)).collect();
        out.push(format!(
            "You must hold {} first.",
            or_list(&names).replace(" or ", " and ")
        ));
    }
    if !e.scaled_by_education.is_empty() {
        let rows: Vec<String> = e
            .scaled_by_education
            .iter()
            .map(|row| {
                let mut who = Vec::new();
                if let Some(d) = row.degree {
                    who.push(format!("{} or higher", degree_phrase(d)));
                }
                let creds: Vec<String> = row.credentials.iter().map(|c| name(c)).collect();
                if !creds.is_empty() {
                    who.push(or_list(&creds));
                }
                format!("{}: {}", or_list(&who), years(row.years))
            })
            .collect();
        out.push(format!(
            "The experience required depends on your education — {}.",
            rows.join("; ")
        ));
    } else if e.years > 0.0 {
        let mut s = format!("{} of relevant paid work experience", years(e.years));
        if e.min_domains > 0 && domains > 0 {
            s.push_str(&format!(
                " in at least {} of the {domains} exam domains",
                e.min_domains
            ));
        } else if e.min_domains > 0 {
            s.push_str(&format!(
                " in at least {} of the exam domains",
                e.min_domains
            ));
        }
        s.push('.');
        out.push(s);
    } else {
        out.push("No work experience is required.".into());
    }
    if e.healthcare_years > 0.0 {
        out.push(format!(
            "At least {} of the experience must be in the health-care industry.",
            years(e.healthcare_years)
        ));
    }
    if e.management_years > 0.0 {
        out.push(format!(
            "At least {} of it must be in management.",
            years(e.management_years)
        ));
    }
    for w in &e.waivers {
        let mut what = Vec::new();
        if let Some(d) = w.degree {
            what.push(format!("{} or higher", degree_phrase(d)));
        }
        let creds: Vec<String> = w.credentials.iter().map(|c| name(c)).collect();
        if !creds.is_empty() {
            what.push(format!("holding {}", or_list(&creds)));
        }
        if w.training {
            what.push("completing the issuer's official training".to_owned());
        }
        let when = match (w.from, w.until) {
            (Some(f), Some(u)) => format!(
                "From {} to {}, ",
                crate::format::long_date(f),
                crate::format::long_date(u)
            ),
            (Some(f), None) => format!("From {}, ", crate::format::long_date(f)),
            (None, Some(u)) => format!("Until {}, ", crate::format::long_date(u)),
            (None, None) => String::new(),
        };
        let what = or_list(&what);
        out.push(format!(
            "{when}{} can count for {} of the experience.",
            if when.is_empty() {
                capitalise(&what)
            } else {
                what
            },
            years(w.years)
        ));
    }
    if e.waivers.len() > 1 {
        let most = e.waivers.iter().map(|w| w.years).fold(0.0f32, f32::max);
        out.push(format!("At most {} can be waived in total.", years(most)));
    }
    if let Some(within) = e.within_years {
        out.push(format!(
            "The experience must have been gained within the {} before you apply.",
            years(within)
        ));
    }
    if let Some(after) = e.after_exam_years {
        out.push(format!(
            "You may pass the exam first and complete the experience within {} after passing.",
            years(after)
        ));
    }
    if let Some(a) = &e.associate {
        out.push(format!(
            "If you pass the exam without the experience, you become an {} and have {} to earn it.",
            a.name,
            years(a.window_years)
        ));
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AssociateRoute, ScaledYears, Waiver};

    fn name(id: &str) -> String {
        id.to_uppercase()
    }

    #[test]
    fn cissp_style_rules_read_as_sentences() {
        let e = Eligibility {
            years: 5.0,
            min_domains: 2,
            waivers: vec![
                Waiver {
                    years: 1.0,
                    degree: Some(Degree::Bachelor),
                    credentials: vec![],
                    training: false,
                    from: None,
                    until: None,
                    wording: String::new(),
                },
                Waiver {
                    years: 1.0,
                    degree: None,
                    credentials: vec!["cism".into(), "security-plus".into()],
                    training: false,
                    from: None,
                    until: None,
                    wording: String::new(),
                },
            ],
            associate: Some(AssociateRoute {
                name: "Associate of ISC2".into(),
                window_years: 6.0,
                wording: String::new(),
            }),
            wording: String::new(),
            ..Eligibility::default()
        };
        assert_eq!(
            describe(&e, 8, &name),
            [
                "5 years of relevant paid work experience in at least 2 of the 8 exam domains.",
                "A bachelor's degree or higher can count for 1 year of the experience.",
                "Holding CISM or SECURITY-PLUS can count for 1 year of the experience.",
                "At most 1 year can be waived in total.",
                "If you pass the exam without the experience, you become an Associate of ISC2 and have 6 years to earn it.",
            ]
        );
    }

    #[test]
    fn chps_style_scaled_years_and_no_experience() {
        let e = Eligibility {
            years: 6.0,
            scaled_by_education: vec![
                ScaledYears {
                    years: 1.0,
                    degree: Some(Degree::Master),
                    credentials: vec![],
                },
                ScaledYears {
                    years: 4.0,
                    degree: None,
                    credentials: vec!["rhit".into(), "cca".into()],
                },
            ],
            wording: String::new(),
            ..Eligibility::default()
        };
        assert_eq!(
            describe(&e, 0, &name)[0],
            "The experience required depends on your education — a master's degree or higher: 1 year; RHIT or CCA: 4 years."
        );
        let none = Eligibility {
            wording: String::new(),
            ..Eligibility::default()
        };
        assert_eq!(
            describe(&none, 5, &name),
            ["No work experience is required."]
        );
    }
}
