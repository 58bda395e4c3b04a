//! Self-assessment: choosing the next knowledge check, deciding when a skill has enough
//! evidence, estimating a level with a confidence, and scoring how well a profile fits a role.
//!
//! # The adaptive rule
//! For each skill the assessment starts at the role's target level (1–4) and moves like a
//! staircase: after a right answer the next question is one level up, after a wrong one, one
//! level down (never outside 1–4). It stops when any of these holds:
//! - the level is bracketed: a level has a right answer and the level above it a wrong one;
//! - a right answer at level 4, or a wrong answer at level 1 (the scale ends there);
//! - [`MAX_ITEMS_PER_SKILL`] questions have been answered;
//! - no unanswered question is left for the skill;
//! - the person chose to skip the remaining questions.
//!
//! # The estimate
//! The knowledge level `K` is the highest level at which the person answered more questions
//! right than wrong (0 if none). With `n` answers and a self-rating `S`:
//! - knowledge only: level `K`, confidence `n / (n + 2)`;
//! - self-rating only: level `S`, confidence [`SELF_ONLY_CONFIDENCE`];
//! - both: level `(S + n·K) / (1 + n)`, confidence
//!   `0.4 + 0.6 · n / (n + 2) − 0.15 · |S − K|`, kept within 0.1–0.95;
//! - neither: level 0, confidence 0.
//!
//! # The fit score (0–100)
//! `70 · skills + 15 · qualification + 15 · experience`, where
//! - skills: the weighted mean over the role's skills of `min(estimate, target) / target`,
//!   with weight 2 for required and 1 for preferred skills;
//! - qualification: 1 if the person holds a credential or education option of any of the
//!   role's qualification groups (or the role lists none), else 0;
//! - experience: `min(1, years / min_years)` (1 when the role asks for none), averaged with
//!   `min(1, health-care years / health-care years wanted)` when the role wants some.
//!
//! Gaps are ordered by impact: `(target − estimate) × weight`, largest first.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::bundle::{AssessSkill, ProgramOption};
use crate::model::{Degree, Id, Item, Role};
use crate::profile::{DegreeField, Profile, SkillEvidence};

/// The most knowledge checks asked for one skill.
pub const MAX_ITEMS_PER_SKILL: usize = 4;
/// The confidence of a level that rests on a self-rating alone.
pub const SELF_ONLY_CONFIDENCE: f32 = 0.4;

/// A skill's estimated level and how sure the estimate is.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    /// The estimated level, 0–4 (fractional).
    pub level: f32,
    /// How sure, 0–1.
    pub confidence: f32,
    /// The level shown by knowledge checks alone, if any were answered.
    pub knowledge: Option<u8>,
    /// How many knowledge checks were answered.
    pub answered: usize,
}

/// The knowledge level shown by a set of answers: the highest level with more right than wrong.
pub fn knowledge_level(evidence: &SkillEvidence) -> u8 {
    let mut tally = [(0u32, 0u32); 5];
    for a in &evidence.answers {
        // Levels are clamped to 1–4, so the slot always exists.
        if let Some(slot) = tally.get_mut(usize::from(a.level.clamp(1, 4))) {
            if a.correct {
                slot.0 += 1;
            } else {
                slot.1 += 1;
            }
        }
    }
    (1..=4u8)
        .rev()
        .find(|&l| {
            tally
                .get(usize::from(l))
                .is_some_and(|(right, wrong)| right > wrong)
        })
        .unwrap_or(0)
}

/// Estimates a skill's level from its evidence (see the module documentation for the formula).
pub fn estimate(evidence: &SkillEvidence) -> Estimate {
    let n = evidence.answers.len();
    let self_rating = evidence.self_rating.map(|s| f32::from(s.min(4)));
    if n == 0 {
        return match self_rating {
            Some(s) => Estimate {
                level: s,
                confidence: SELF_ONLY_CONFIDENCE,
                knowledge: None,
                answered: 0,
            },
            None => Estimate {
                level: 0.0,
                confidence: 0.0,
                knowledge: None,
                answered: 0,
            },
        };
    }
    let k = knowledge_level(evidence);
    let nf = n as f32;
    let knowledge_conf = nf / (nf + 2.0);
    match self_rating {
        None => Estimate {
            level: f32::from(k),
            confidence: knowledge_conf,
            knowledge: Some(k),
            answered: n,
        },
        Some(s) => {
            let level = (s + nf * f32::from(k)) / (1.0 + nf);
            let confidence =
                (0.4 + 0.6 * knowledge_conf - 0.15 * (s - f32::from(k)).abs()).clamp(0.1, 0.95);
            Estimate {
                level,
                confidence,
                knowledge: Some(k),
                answered: n,
            }
        }
    }
}

/// Whether the staircase for a skill has stopped (see the module documentation).
pub fn is_done(evidence: &SkillEvidence, items_left: usize) -> bool {
    let answers = &evidence.answers;
    if evidence.skipped || answers.len() >= MAX_ITEMS_PER_SKILL || items_left == 0 {
        return true;
    }
    let right = |l: u8| answers.iter().any(|a| a.level == l && a.correct);
    let wrong = |l: u8| answers.iter().any(|a| a.level == l && !a.correct);
    right(4) || wrong(1) || (1..4u8).any(|l| right(l) && wrong(l + 1))
}

/// The level of the next question: the target at first, then one up after a right answer and
/// one down after a wrong one.
pub fn next_level(evidence: &SkillEvidence, target: u8) -> u8 {
    match evidence.answers.last() {
        None => target.clamp(1, 4),
        Some(last) if last.correct => (last.level + 1).min(4),
        Some(last) => last.level.saturating_sub(1).max(1),
    }
}

/// The next question for a skill, or `None` when the skill is done. Among unanswered items it
/// takes the one nearest the wanted level, preferring the lower level on a tie and then the
/// item order in the content (so the choice is the same on every device).
pub fn next_item<'a>(evidence: &SkillEvidence, target: u8, items: &'a [Item]) -> Option<&'a Item> {
    let unanswered: Vec<&Item> = items
        .iter()
        .filter(|i| !evidence.answers.iter().any(|a| a.item == i.id))
        .collect();
    if is_done(evidence, unanswered.len()) {
        return None;
    }
    let wanted = i16::from(next_level(evidence, target));
    unanswered
        .into_iter()
        .min_by_key(|i| ((i16::from(i.level) - wanted).abs(), i.level))
}

/// What holding back a person from a role, and how much it matters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum GapKind {
    /// A skill below its target level.
    Skill {
        /// The skill's id.
        skill: Id,
        /// The target level.
        target: u8,
        /// The estimated level.
        estimate: f32,
        /// Whether the role requires it.
        required: bool,
    },
    /// No qualification option of the role is met.
    Qualification,
    /// Fewer years of experience than employers usually ask for.
    Experience {
        /// Years wanted.
        wanted: f32,
        /// Years the person has.
        has: f32,
    },
    /// Fewer years in health care than the role usually wants.
    HealthcareExperience {
        /// Years wanted.
        wanted: f32,
        /// Years the person has.
        has: f32,
    },
}

/// A gap with its impact.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Gap {
    /// What the gap is.
    pub kind: GapKind,
    /// How much closing it would raise the fit, in points (0–100).
    pub impact: f32,
}

/// How well a profile fits a role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fit {
    /// The score, 0–100.
    pub score: f32,
    /// The skills part, 0–1.
    pub skills: f32,
    /// The qualification part, 0 or 1.
    pub qualification: f32,
    /// The experience part, 0–1.
    pub experience: f32,
    /// The gaps, largest impact first.
    pub gaps: Vec<Gap>,
}

/// Whether the profile meets any qualification option of the role.
pub fn meets_qualification(role: &Role, profile: &Profile) -> bool {
    if role.qualifications.is_empty() {
        return true;
    }
    role.qualifications.iter().any(|q| {
        q.credentials.iter().any(|c| profile.holds(c))
            || q.education.iter().any(|e| {
                profile.education.degree >= e.degree
                    && e.degree > Degree::HighSchool
                    && profile.education.field == DegreeField::Cyber
                    && (!e.cae || profile.education.cae)
            })
    })
}

/// Scores a profile against a role (see the module documentation for the formula).
pub fn fit(role: &Role, profile: &Profile) -> Fit {
    let mut weighted = 0.0f32;
    let mut total = 0.0f32;
    let mut gaps = Vec::new();
    for target in &role.skills {
        let weight = if target.required { 2.0 } else { 1.0 };
        let t = f32::from(target.level.max(1));
        let est = profile
            .skills
            .get(&target.skill)
            .map(estimate)
            .map_or(0.0, |e| e.level);
        weighted += weight * est.min(t) / t;
        total += weight;
        if est < t {
            gaps.push((
                GapKind::Skill {
                    skill: target.skill.clone(),
                    target: target.level,
                    estimate: est,
                    required: target.required,
                },
                weight * (t - est) / t,
            ));
        }
    }
    let skills = if total > 0.0 { weighted / total } else { 1.0 };
    // Skill gap impact in fit points: its share of the skills part, times the part's weight.
    let gaps_skills: Vec<Gap> = gaps
        .into_iter()
        .map(|(kind, share)| Gap {
            kind,
            impact: 70.0 * share / total.max(1.0),
        })
        .collect();

    let qualification = if meets_qualification(role, profile) {
        1.0
    } else {
        0.0
    };
    let e = &role.experience;
    let has = profile.experience.total_years;
    let years_part = if e.min_years <= 0.0 {
        1.0
    } else {
        (has / e.min_years).min(1.0)
    };
    let (experience, hc_part) = if e.healthcare_years > 0.0 {
        let hc = (profile.experience.healthcare_years / e.healthcare_years).min(1.0);
        ((years_part + hc) / 2.0, Some(hc))
    } else {
        (years_part, None)
    };
    let score = 100.0 * (0.7 * skills + 0.15 * qualification + 0.15 * experience);

    let mut all = gaps_skills;
    if qualification < 1.0 {
        all.push(Gap {
            kind: GapKind::Qualification,
            impact: 15.0,
        });
    }
    if years_part < 1.0 {
        let share = if hc_part.is_some() { 0.5 } else { 1.0 };
        all.push(Gap {
            kind: GapKind::Experience {
                wanted: e.min_years,
                has,
            },
            impact: 15.0 * share * (1.0 - years_part),
        });
    }
    if let Some(hc) = hc_part
        && hc < 1.0
    {
        all.push(Gap {
            kind: GapKind::HealthcareExperience {
                wanted: e.healthcare_years,
                has: profile.experience.healthcare_years,
            },
            impact: 7.5 * (1.0 - hc),
        });
    }
    all.sort_by(|a, b| b.impact.total_cmp(&a.impact));
    Fit {
        score,
        skills,
        qualification,
        experience,
        gaps: all,
    }
}

/// Every role ranked by fit, best first; ties keep the given order.
pub fn rank<'a>(roles: &'a [(Id, Role)], profile: &Profile) -> Vec<(&'a str, Fit)> {
    let mut ranked: Vec<(&str, Fit)> = roles
        .iter()
        .map(|(id, r)| (id.as_str(), fit(r, profile)))
        .collect();
    ranked.sort_by(|a, b| b.1.score.total_cmp(&a.1.score));
    ranked
}

/// The programs that close a skill gap, in the bundle's order: those that build the skill at
/// least one level above the estimate (whole levels: 2.6 counts as 2), or to the target when
/// that is nearer. A gap with no programs listed has no closers.
pub fn closers<'a>(
    skill: &'a AssessSkill,
    estimate: f32,
    target: u8,
) -> impl Iterator<Item = &'a ProgramOption> + 'a {
    // `as` truncates towards zero and saturates, so a negative or NaN estimate counts as 0.
    let wanted = (estimate as u8).saturating_add(1).min(target);
    skill.programs.iter().filter(move |p| p.level >= wanted)
}

/// The estimates of every skill with evidence.
pub fn estimates(profile: &Profile) -> BTreeMap<&str, Estimate> {
    profile
        .skills
        .iter()
        .map(|(id, ev)| (id.as_str(), estimate(ev)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures;
    use crate::model::Stage;
    use crate::profile::{Answer, HeldCredential};

    fn answer(level: u8, correct: bool) -> Answer {
        Answer {
            item: format!("i{level}-{correct}-{}", rand_suffix(level, correct)),
            level,
            chosen: 0,
            correct,
        }
    }

    fn rand_suffix(level: u8, correct: bool) -> u8 {
        level * 2 + u8::from(correct)
    }

    fn ev(self_rating: Option<u8>, answers: &[(u8, bool)]) -> SkillEvidence {
        SkillEvidence {
            self_rating,
            answers: answers
                .iter()
                .enumerate()
                .map(|(i, &(l, c))| Answer {
                    item: format!("x{i}"),
                    level: l,
                    chosen: 0,
                    correct: c,
                })
                .collect(),
            skipped: false,
        }
    }

    fn close(a: f32, b: f32) -> bool {
        (a - b).abs() < 1e-4
    }

    #[test]
    fn knowledge_level_is_the_highest_level_with_more_right_than_wrong() {
        assert_eq!(
            knowledge_level(&ev(None, &[(3, true), (4, false), (3, true)])),
            3
        );
        assert_eq!(knowledge_level(&ev(None, &[(2, false), (1, true)])), 1);
        assert_eq!(knowledge_level(&ev(None, &[(2, false), (1, false)])), 0);
        // One right and one wrong at the same level is not "more right than wrong".
        assert_eq!(
            knowledge_level(&ev(None, &[(3, true), (3, false), (2, true)])),
            2
        );
        let _ = answer(1, true);
    }

    #[test]
    fn estimates_follow_the_documented_formula() {
        // Self-rating only.
        let e = estimate(&ev(Some(3), &[]));
        assert_eq!((e.level, e.confidence), (3.0, 0.4));
        // Knowledge only: K = 3, n = 3 → confidence 3/5.
        let e = estimate(&ev(None, &[(3, true), (4, false), (3, true)]));
        assert!(close(e.level, 3.0) && close(e.confidence, 0.6));
        // Both: S = 4, K = 2, n = 2 → level (4 + 2·2)/3 = 2.6667; confidence 0.4 + 0.6·0.5 − 0.15·2 = 0.4.
        let e = estimate(&ev(Some(4), &[(2, true), (3, false)]));
        assert!(close(e.level, 8.0 / 3.0), "{}", e.level);
        assert!(close(e.confidence, 0.4), "{}", e.confidence);
        // Agreement raises confidence: S = 2, K = 2, n = 2 → 0.4 + 0.3 = 0.7.
        assert!(close(
            estimate(&ev(Some(2), &[(2, true), (3, false)])).confidence,
            0.7
        ));
        // Nothing.
        assert_eq!(estimate(&ev(None, &[])).confidence, 0.0);
    }

    #[test]
    fn the_staircase_starts_at_the_target_and_moves_with_answers() {
        assert_eq!(next_level(&ev(None, &[]), 3), 3);
        assert_eq!(next_level(&ev(None, &[]), 0), 1);
        assert_eq!(next_level(&ev(None, &[(3, true)]), 3), 4);
        assert_eq!(next_level(&ev(None, &[(3, false)]), 3), 2);
        assert_eq!(next_level(&ev(None, &[(1, false)]), 1), 1);
        assert_eq!(next_level(&ev(None, &[(4, true)]), 4), 4);
    }

    #[test]
    fn the_staircase_stops_when_the_level_is_bracketed_or_the_scale_ends() {
        assert!(!is_done(&ev(None, &[(3, true)]), 5));
        assert!(is_done(&ev(None, &[(3, true), (4, false)]), 5));
        assert!(is_done(&ev(None, &[(3, false), (2, true)]), 5));
        assert!(is_done(&ev(None, &[(4, true)]), 5));
        assert!(is_done(&ev(None, &[(1, false)]), 5));
        assert!(is_done(&ev(None, &[(2, true), (3, true), (4, false)]), 5));
        assert!(
            is_done(
                &ev(None, &[(3, false), (2, false), (1, true), (2, true)]),
                5
            ),
            "four answers is the most"
        );
        assert!(is_done(&ev(None, &[]), 0), "no items left");
    }

    fn item(id: &str, level: u8) -> Item {
        Item {
            id: id.into(),
            level,
            stem: String::new(),
            options: vec!["a".into(), "b".into()],
            answer: 0,
            explanation: String::new(),
        }
    }

    #[test]
    fn the_next_item_is_the_nearest_unanswered_to_the_wanted_level() {
        let items = [item("a1", 1), item("a2", 2), item("a2b", 2), item("a4", 4)];
        assert_eq!(
            next_item(&ev(None, &[]), 2, &items).map(|i| i.id.as_str()),
            Some("a2")
        );
        // After a right answer at 2, level 3 is wanted; 2 and 4 are equally near: the lower wins.
        let e = SkillEvidence {
            self_rating: None,
            answers: vec![Answer {
                item: "a2".into(),
                level: 2,
                chosen: 0,
                correct: true,
            }],
            skipped: false,
        };
        assert_eq!(next_item(&e, 2, &items).map(|i| i.id.as_str()), Some("a2b"));
        let done = SkillEvidence {
            self_rating: None,
            answers: vec![Answer {
                item: "a4".into(),
                level: 4,
                chosen: 0,
                correct: true,
            }],
            skipped: false,
        };
        assert_eq!(next_item(&done, 4, &items), None);
    }

    fn role() -> Role {
        Role {
            stage: Stage::Entry,
            skills: vec![
                fixtures::target("logs", 2, true),
                fixtures::target("ir", 3, true),
                fixtures::target("net", 2, false),
            ],
            qualifications: vec![fixtures::qualification(
                crate::model::Proficiency::Basic,
                vec!["security-plus".into()],
            )],
            experience: fixtures::experience(2.0, 3.0, 1.0),
            ..fixtures::role("SOC analyst")
        }
    }

    #[test]
    fn fit_matches_a_hand_computed_score() {
        let mut p = Profile::default();
        p.skills.insert("logs".into(), ev(Some(2), &[]));
        p.skills.insert("ir".into(), ev(Some(1), &[]));
        p.experience.total_years = 1.0;
        p.experience.healthcare_years = 1.0;
        let f = fit(&role(), &p);
        // skills: (2·2/2 + 2·1/3 + 1·0/2) / 5 = (2 + 0.6667) / 5 = 0.53333
        assert!(close(f.skills, 8.0 / 15.0), "{}", f.skills);
        // qualification: no Security+ → 0; experience: (1/2 + 1/1) / 2 = 0.75
        assert_eq!(f.qualification, 0.0);
        assert!(close(f.experience, 0.75));
        // score: 100 · (0.7·8/15 + 0 + 0.15·0.75) = 37.3333 + 11.25 = 48.5833
        assert!(
            close(f.score, 100.0 * (0.7 * 8.0 / 15.0 + 0.15 * 0.75)),
            "{}",
            f.score
        );
        assert!((f.score - 48.5833).abs() < 0.001);
        // Gaps by impact: ir (70·2·(2/3)/5 = 18.67), qualification 15, net (70·1·1/5 = 14), experience (15·0.5·0.5 = 3.75).
        let kinds: Vec<String> = f
            .gaps
            .iter()
            .map(|g| match &g.kind {
                GapKind::Skill { skill, .. } => skill.clone(),
                GapKind::Qualification => "qual".into(),
                GapKind::Experience { .. } => "exp".into(),
                GapKind::HealthcareExperience { .. } => "hc".into(),
            })
            .collect();
        assert_eq!(kinds, ["ir", "qual", "net", "exp"]);
        assert!(close(f.gaps[0].impact, 70.0 * 2.0 * (2.0 / 3.0) / 5.0));
    }

    #[test]
    fn a_full_match_scores_100_with_no_gaps() {
        let mut p = Profile::default();
        for (s, l) in [("logs", 2), ("ir", 3), ("net", 4)] {
            p.skills.insert(s.into(), ev(Some(l), &[]));
        }
        p.credentials.push(HeldCredential {
            id: "security-plus".into(),
            earned: None,
        });
        p.experience.total_years = 5.0;
        p.experience.healthcare_years = 2.0;
        let f = fit(&role(), &p);
        assert!(close(f.score, 100.0), "{}", f.score);
        assert!(f.gaps.is_empty());
    }

    #[test]
    fn a_cyber_degree_meets_an_education_option() {
        let mut r = role();
        r.qualifications[0]
            .education
            .push(crate::model::EducationOption {
                degree: Degree::Associate,
                field: "cybersecurity".into(),
                cae: true,
            });
        let mut p = Profile::default();
        p.education.degree = Degree::Bachelor;
        p.education.field = DegreeField::Cyber;
        assert!(
            !meets_qualification(&r, &p),
            "the option needs a CAE institution"
        );
        p.education.cae = true;
        assert!(meets_qualification(&r, &p));
    }

    #[test]
    fn roles_are_ranked_best_first() {
        let strong = role();
        let mut weak = role();
        weak.skills[0].level = 4;
        weak.title = "Senior".into();
        let roles = vec![("weak".to_owned(), weak), ("strong".to_owned(), strong)];
        let mut p = Profile::default();
        p.skills.insert("logs".into(), ev(Some(2), &[]));
        let ranked = rank(&roles, &p);
        assert_eq!(ranked[0].0, "strong");
        assert!(ranked[0].1.score > ranked[1].1.score);
    }

    #[test]
    fn programs_close_a_gap_from_one_level_above_the_estimate_or_at_the_target() {
        let option = |id: &str, level: u8| ProgramOption {
            id: id.into(),
            name: id.into(),
            level,
            cost_usd: 0.0,
            weeks: 1.0,
        };
        let skill = AssessSkill {
            id: "risk".into(),
            name: "Risk".into(),
            summary: String::new(),
            levels: vec![],
            items: vec![],
            programs: vec![
                option("l1", 1),
                option("l2", 2),
                option("l3", 3),
                option("l4", 4),
            ],
            credentials: vec![],
        };
        let ids = |estimate: f32, target: u8| -> Vec<&str> {
            closers(&skill, estimate, target)
                .map(|p| p.id.as_str())
                .collect()
        };
        // From nothing towards 3: any program that builds level 1 or more helps.
        assert_eq!(ids(0.0, 3), ["l1", "l2", "l3", "l4"]);
        // At 1.6 (level 1 done) the next whole level is 2.
        assert_eq!(ids(1.6, 3), ["l2", "l3", "l4"]);
        // At 2.0 towards 4: level 3 and up.
        assert_eq!(ids(2.0, 4), ["l3", "l4"]);
        // At 2.5 towards 3: the target caps what is asked for.
        assert_eq!(ids(2.5, 3), ["l3", "l4"]);
        // A nonsense estimate counts as none.
        assert_eq!(ids(-1.0, 2), ["l1", "l2", "l3", "l4"]);
        assert_eq!(ids(f32::NAN, 2), ["l1", "l2", "l3", "l4"]);
    }
}
