//! The career and certification planner: credential eligibility over time, and a dated plan of
//! programs and exams that closes a role's gaps within a budget and hours per week.
//!
//! # Eligibility
//! A credential's rules are data ([`Eligibility`]). At a date, the required years are the
//! first education row the person meets (CHPS) or the base years, less the largest waiver they
//! qualify for (a degree or a credential held). Experience is assumed to grow one year per
//! year while the person works; health-care years grow only if they work in health care.
//! If the experience is short, an associate route (ISC2) or an "experience after the exam"
//! window (ISACA) lets the person pass now; otherwise the exam waits for the date the
//! experience is met. The domain spread (`min_domains`) cannot be checked from a profile and is
//! stated, not enforced.
//!
//! # Planning
//! 1. Qualification: if the person meets none of the role's options, every credential option
//!    is costed (a preparation program if there is one that fits, plus the exam) and timed
//!    (eligibility and preparation); the preference picks one.
//! 2. Skills: required skills below the target are closed greedily: the program that closes
//!    the most gap points per dollar (cheapest), per week (fastest) or per both (balanced) is
//!    taken, until every gap is closed or nothing fitting helps.
//! 3. Steps run one after another from the start date; a program that asks for more hours a
//!    week than the person has is stretched to fit.
//! 4. Programs that would take the plan over the budget are left out and their gaps listed as
//!    open ("not within the budget"). If even the qualification route costs more than the
//!    budget, there is no plan, and the answer says what the cheapest complete route costs.
//!
//! The same input always gives the same plan (ties are broken by id).

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::assessment;
use crate::date::Date;
use crate::format::usd;
use crate::model::{Credential, Degree, Eligibility, Id, Modality, Program, Role};
use crate::profile::Profile;

pub mod synthetic;

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

/// Years waived: the largest single waiver the person qualifies for, at most the years required.
pub fn waiver(e: &Eligibility, s: &Situation, required: f32) -> f32 {
    e.waivers
        .iter()
        .filter(|w| {
            w.degree.is_some_and(|d| s.degree >= d)
                || w.credentials.iter().any(|c| s.held.contains(c))
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

fn years_text(y: f32) -> String {
    let r = (y * 10.0).round() / 10.0;
    if (r - 1.0).abs() < 0.01 {
        "1 year".into()
    } else if (r - r.round()).abs() < 0.01 {
        format!("{} years", r.round() as i64)
    } else {
        format!("{r} years")
    }
}

/// Days in a number of years, for dates.
fn years_to_days(y: f32) -> i64 {
    (f64::from(y) * 365.25).round() as i64
}

/// The planner's preference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Preference {
    /// The earliest finish.
    Fastest,
    /// The lowest cost.
    Cheapest,
    /// Cost and time weighed together.
    Balanced,
}

/// What the plan must respect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Constraints {
    /// The most the person can spend, in US dollars.
    pub budget_usd: f32,
    /// Hours a week available for study.
    pub hours_per_week: f32,
    /// The date to start.
    pub start: Date,
    /// Only programs in this format (none: any).
    pub modality: Option<Modality>,
    /// Only in-person programs in this state, or online ones (none: any).
    pub state: Option<String>,
    /// What to optimise.
    pub preference: Preference,
    /// Whether the person works in health care (health-care years grow).
    pub in_healthcare: bool,
}

/// What a step is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// A training or education program.
    Program,
    /// A credential exam.
    Exam,
    /// Waiting for experience to accrue.
    Experience,
    /// The associate designation turning into the full credential.
    FullCredential,
}

/// One dated step of a plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// What it is.
    pub kind: StepKind,
    /// The program or credential id.
    pub id: Id,
    /// Its title.
    pub title: String,
    /// When it starts.
    pub start: Date,
    /// When it ends.
    pub end: Date,
    /// Hours a week it takes.
    pub hours_per_week: f32,
    /// What it costs.
    pub cost: f32,
    /// What it closes (skill names, "qualification").
    pub closes: Vec<String>,
    /// Why it is in the plan.
    pub why: String,
}

/// Keeping credentials: what each costs a year and asks for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Upkeep {
    /// The credential id.
    pub id: Id,
    /// Its short name.
    pub name: String,
    /// Continuing-education credits per year (average).
    pub cpe_per_year: Option<f32>,
    /// Fees per year (annual fee plus renewal fee spread over the cycle).
    pub fees_per_year: f32,
}

/// A plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// The preference it was made for.
    pub preference: Preference,
    /// The steps in order.
    pub steps: Vec<Step>,
    /// Total cost.
    pub total_cost: f32,
    /// When the last step ends.
    pub finish: Date,
    /// Study hours in all.
    pub total_hours: f32,
    /// Gaps no fitting program closes.
    pub unmet: Vec<String>,
    /// Keeping the credentials held and planned.
    pub upkeep: Vec<Upkeep>,
    /// Exams in the plan whose price the catalog does not list (not in the total).
    #[serde(default)]
    pub unpriced: Vec<String>,
}

/// Why no plan fits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NoPlan {
    /// The reason, with what would fit.
    pub why: String,
    /// The cheapest plan found (over budget), if any.
    pub cheapest: Option<Box<Plan>>,
}

/// The catalog the planner chooses from.
pub struct Catalog<'a> {
    /// Credentials by id.
    pub credentials: &'a BTreeMap<Id, Credential>,
    /// Programs, in a stable order.
    pub programs: &'a [(Id, Program)],
    /// Skill names by id.
    pub skill_names: &'a BTreeMap<Id, String>,
}

fn program_fits(p: &Program, c: &Constraints) -> bool {
    if let Some(m) = c.modality
        && p.modality != m
    {
        return false;
    }
    if let Some(state) = &c.state
        && matches!(p.modality, Modality::InPerson | Modality::Hybrid)
        && p.state.as_deref() != Some(state.as_str())
    {
        return false;
    }
    true
}

/// Weeks a program takes at the person's hours per week.
fn weeks_at(p: &Program, hours: f32) -> f32 {
    if p.hours_per_week <= hours || hours <= 0.0 {
        p.duration_weeks
    } else {
        p.duration_weeks * p.hours_per_week / hours
    }
}

fn score(pref: Preference, cost: f32, weeks: f32) -> f32 {
    match pref {
        Preference::Cheapest => cost + weeks * 0.01,
        Preference::Fastest => weeks + cost * 0.0001,
        Preference::Balanced => cost / 100.0 + weeks,
    }
}

/// Makes a plan for one preference. Deterministic.
pub fn plan_for(role: &Role, profile: &Profile, catalog: &Catalog<'_>, c: &Constraints) -> Plan {
    plan_prepared(role, profile, catalog, &Prepared::new(catalog), c)
}

/// Lookups computed once per catalog: each program's skill levels (skills numbered), the
/// programs that build each skill, and the programs that prepare for each credential.
///
/// Skill ids are numbered once here so that planning compares numbers, not strings; the
/// levels of all programs sit in one flat list (`offsets[i]..offsets[i + 1]` for program `i`).
pub struct Prepared<'a> {
    skill_ix: FxHashMap<&'a str, u32>,
    levels: Vec<(u32, u8)>,
    offsets: Vec<u32>,
    by_skill: Vec<Vec<u32>>,
    by_credential: FxHashMap<&'a str, Vec<u32>>,
}

impl<'a> Prepared<'a> {
    /// Indexes a catalog.
    pub fn new(catalog: &Catalog<'a>) -> Prepared<'a> {
        let mut skill_ix: FxHashMap<&'a str, u32> = FxHashMap::default();
        let mut by_skill: Vec<Vec<u32>> = Vec::new();
        let mut by_credential: FxHashMap<&'a str, Vec<u32>> = FxHashMap::default();
        let mut levels: Vec<(u32, u8)> = Vec::with_capacity(catalog.programs.len() * 3);
        let mut offsets: Vec<u32> = Vec::with_capacity(catalog.programs.len() + 1);
        offsets.push(0);
        for (i, (_, p)) in catalog.programs.iter().enumerate() {
            let i = i as u32;
            let from = levels.len();
            for t in p
                .skills
                .iter()
                .chain(p.modules.iter().flat_map(|m| &m.skills))
            {
                let next = skill_ix.len() as u32;
                let ix = *skill_ix.entry(t.skill.as_str()).or_insert(next);
                if ix == next {
                    by_skill.push(Vec::new());
                }
                // The highest level the program builds the skill to.
                match levels[from..].iter_mut().find(|(k, _)| *k == ix) {
                    Some((_, l)) => *l = (*l).max(t.level),
                    None => {
                        levels.push((ix, t.level));
                        by_skill[ix as usize].push(i);
                    }
                }
            }
            offsets.push(levels.len() as u32);
            for cr in &p.credentials {
                by_credential.entry(cr.as_str()).or_default().push(i);
            }
        }
        Prepared {
            skill_ix,
            levels,
            offsets,
            by_skill,
            by_credential,
        }
    }

    /// The skill levels program `i` builds.
    fn levels_of(&self, i: usize) -> &[(u32, u8)] {
        &self.levels[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }
}

/// A required skill below its target.
struct Gap<'r> {
    id: &'r str,
    /// The skill's number in [`Prepared`]; none when no program builds it.
    ix: Option<u32>,
    est: f32,
    target: f32,
    over_budget: bool,
}

fn plan_prepared(
    role: &Role,
    profile: &Profile,
    catalog: &Catalog<'_>,
    prepared: &Prepared<'_>,
    c: &Constraints,
) -> Plan {
    let situation = Situation::of(profile, c.in_healthcare);
    let hours = c.hours_per_week.max(1.0);
    let mut steps: Vec<Step> = Vec::new();
    let mut cursor = c.start;
    let mut planned: BTreeSet<Id> = BTreeSet::new();
    let mut unmet = Vec::new();

    // The required skills below target, in id order.
    let mut gaps: Vec<Gap<'_>> = Vec::new();
    for t in role.skills.iter().filter(|t| t.required) {
        let est = profile
            .skills
            .get(&t.skill)
            .map_or(0.0, |e| assessment::estimate(e).level);
        if est < f32::from(t.level) {
            gaps.push(Gap {
                id: t.skill.as_str(),
                ix: prepared.skill_ix.get(t.skill.as_str()).copied(),
                est,
                target: f32::from(t.level),
                over_budget: false,
            });
        }
    }
    gaps.sort_by(|a, b| a.id.cmp(b.id));
    gaps.dedup_by(|a, b| a.id == b.id);
    let name = |id: &str| {
        catalog
            .skill_names
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    };
    // Raises the gaps a program closes; returns the names of the skills it moved.
    let close = |gaps: &mut Vec<Gap<'_>>, i: usize| -> Vec<String> {
        let mut closed = Vec::new();
        let levels = prepared.levels_of(i);
        for g in gaps.iter_mut() {
            let Some(ix) = g.ix else { continue };
            if let Some(&(_, l)) = levels.iter().find(|(k, _)| *k == ix) {
                let reached = f32::from(l).min(g.target);
                if reached > g.est {
                    closed.push(name(g.id));
                    g.est = reached;
                }
            }
        }
        closed
    };

    // 1. Qualification.
    if !assessment::meets_qualification(role, profile) {
        // (cost, weeks, credential, preparation program with its index)
        type Option_<'p> = (f32, f32, &'p Id, Option<(usize, &'p (Id, Program))>);
        let mut options: Vec<Option_<'_>> = Vec::new();
        for q in &role.qualifications {
            for cid in &q.credentials {
                let Some(cred) = catalog.credentials.get(cid) else {
                    continue;
                };
                let eval = evaluate(&cred.eligibility, &situation);
                let wait_weeks = match &eval.standing {
                    Standing::Wait { years } => years * 52.18,
                    Standing::NeedsFirst(_) | Standing::Blocked { .. } => continue,
                    _ => 0.0,
                };
                let prep = prepared
                    .by_credential
                    .get(cid.as_str())
                    .into_iter()
                    .flatten()
                    .map(|&i| (i as usize, &catalog.programs[i as usize]))
                    .filter(|(_, (_, p))| program_fits(p, c))
                    .min_by(|(_, a), (_, b)| {
                        score(c.preference, a.1.cost_usd, weeks_at(&a.1, hours))
                            .total_cmp(&score(c.preference, b.1.cost_usd, weeks_at(&b.1, hours)))
                            .then(a.0.cmp(&b.0))
                    });
                let exam = cred.exam.as_ref().and_then(|e| e.price_usd).unwrap_or(0.0);
                let cost = exam + prep.map_or(0.0, |(_, p)| p.1.cost_usd);
                let weeks = wait_weeks.max(prep.map_or(0.0, |(_, p)| weeks_at(&p.1, hours)));
                options.push((cost, weeks, cid, prep));
            }
        }
        // Options within the budget first, then by the preference.
        options.sort_by(|a, b| {
            (a.0 > c.budget_usd)
                .cmp(&(b.0 > c.budget_usd))
                .then(score(c.preference, a.0, a.1).total_cmp(&score(c.preference, b.0, b.1)))
                .then(a.2.cmp(b.2))
        });
        match options.first() {
            Some(&(_, _, cid, prep)) => {
                let cred = &catalog.credentials[cid];
                if let Some((i, (pid, p))) = prep {
                    let weeks = weeks_at(p, hours);
                    let mut closes = vec![format!("preparation for {}", cred.abbreviation)];
                    closes.extend(close(&mut gaps, i));
                    let end = cursor.add_days((weeks * 7.0).round() as i64);
                    steps.push(Step {
                        kind: StepKind::Program,
                        id: pid.clone(),
                        title: p.name.clone(),
                        start: cursor,
                        end,
                        hours_per_week: p.hours_per_week.min(hours),
                        cost: p.cost_usd,
                        closes,
                        why: format!(
                            "Prepares for {}, which qualifies you for the role.",
                            cred.abbreviation
                        ),
                    });
                    planned.insert(pid.clone());
                    cursor = end;
                }
                let eval = evaluate(&cred.eligibility, &situation);
                let (exam_date, note) = match &eval.standing {
                    Standing::Wait { years } => {
                        let ready = c.start.add_days(years_to_days(*years));
                        if ready > cursor {
                            steps.push(Step {
                                kind: StepKind::Experience,
                                id: cid.clone(),
                                title: format!(
                                    "Gain the experience {} asks for",
                                    cred.abbreviation
                                ),
                                start: cursor,
                                end: ready,
                                hours_per_week: 0.0,
                                cost: 0.0,
                                closes: vec![],
                                why: format!(
                                    "{} requires {} of experience; you reach it on {ready}.",
                                    cred.abbreviation,
                                    years_text(eval.required_years)
                                ),
                            });
                        }
                        (ready.max(cursor), String::new())
                    }
                    Standing::Associate { name, years, .. } => (
                        cursor,
                        format!(
                            " You become an {name} until the experience is met ({} from the start).",
                            years_text(*years)
                        ),
                    ),
                    Standing::ExperienceAfterExam { years, window } => (
                        cursor,
                        format!(
                            " Complete the experience within {} after passing ({} more needed).",
                            years_text(*window),
                            years_text(*years)
                        ),
                    ),
                    _ => (cursor, String::new()),
                };
                let exam_end = exam_date.add_days(1);
                steps.push(Step {
                    kind: StepKind::Exam,
                    id: cid.clone(),
                    title: format!("{} exam", cred.abbreviation),
                    start: exam_date,
                    end: exam_end,
                    hours_per_week: 0.0,
                    cost: cred.exam.as_ref().and_then(|e| e.price_usd).unwrap_or(0.0),
                    closes: vec!["qualification".into()],
                    why: format!(
                        "{} is one of the role's qualification options.{note}",
                        cred.abbreviation
                    ),
                });
                if let Standing::Associate { years, .. } = &eval.standing {
                    let full = c.start.add_days(years_to_days(*years)).max(exam_end);
                    steps.push(Step {
                        kind: StepKind::FullCredential,
                        id: cid.clone(),
                        title: format!("Full {} when the experience is met", cred.abbreviation),
                        start: full,
                        end: full,
                        hours_per_week: 0.0,
                        cost: 0.0,
                        closes: vec![],
                        why: format!(
                            "{} required years reached (after {} waived).",
                            years_text(eval.required_years),
                            years_text(eval.waived)
                        ),
                    });
                }
                planned.insert(cid.clone());
                cursor = exam_end;
            }
            None => {
                unmet.push("a qualification (no credential option is open to you yet)".to_owned())
            }
        }
    }

    // 2. Skill gaps, greedily, within what is left of the budget.
    let mut spent: f32 = steps.iter().map(|s| s.cost).sum();
    // The programs that build a skill still short, each with (gap, level) pairs and its score,
    // computed once; the loop below is then plain arithmetic.
    let mut candidates: Vec<u32> = gaps
        .iter()
        .filter(|g| g.est < g.target)
        .filter_map(|g| g.ix)
        .flat_map(|ix| prepared.by_skill[ix as usize].iter().copied())
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    // (program, the gaps it builds with the level it reaches, its cost score)
    type Candidate = (usize, Vec<(usize, f32)>, f32);
    let candidates: Vec<Candidate> = candidates
        .into_iter()
        .map(|i| i as usize)
        .filter(|&i| {
            !planned.contains(&catalog.programs[i].0) && program_fits(&catalog.programs[i].1, c)
        })
        .map(|i| {
            let levels = prepared.levels_of(i);
            let builds = gaps
                .iter()
                .enumerate()
                .filter_map(|(g, gap)| {
                    let ix = gap.ix?;
                    levels
                        .iter()
                        .find(|(k, _)| *k == ix)
                        .map(|&(_, l)| (g, f32::from(l)))
                })
                .collect();
            let p = &catalog.programs[i].1;
            (
                i,
                builds,
                score(c.preference, p.cost_usd, weeks_at(p, hours)),
            )
        })
        .collect();
    let mut taken = vec![false; candidates.len()];
    loop {
        let mut best: Option<(f32, usize)> = None; // (value, candidate)
        for (k, (i, builds, cost_score)) in candidates.iter().enumerate() {
            if taken[k] {
                continue;
            }
            let points: f32 = builds
                .iter()
                .map(|&(g, level)| (level.min(gaps[g].target) - gaps[g].est).max(0.0))
                .sum();
            if points <= 0.0 {
                continue;
            }
            let p = &catalog.programs[*i].1;
            if spent + p.cost_usd > c.budget_usd + 0.005 {
                for &(g, _) in builds {
                    if gaps[g].est < gaps[g].target {
                        gaps[g].over_budget = true;
                    }
                }
                continue;
            }
            let value = cost_score / points;
            let better = match best {
                None => true,
                Some((v, j)) => {
                    value < v
                        || (value == v
                            && catalog.programs[*i].0 < catalog.programs[candidates[j].0].0)
                }
            };
            if better {
                best = Some((value, k));
            }
        }
        let Some((_, k)) = best else { break };
        taken[k] = true;
        let i = candidates[k].0;
        let (id, p) = &catalog.programs[i];
        spent += p.cost_usd;
        let closes = close(&mut gaps, i);
        let weeks = weeks_at(p, hours);
        let end = cursor.add_days((weeks * 7.0).round().max(1.0) as i64);
        steps.push(Step {
            kind: StepKind::Program,
            id: id.clone(),
            title: p.name.clone(),
            start: cursor,
            end,
            hours_per_week: p.hours_per_week.min(hours),
            cost: p.cost_usd,
            why: format!("Builds {}.", closes.join(", ")),
            closes,
        });
        planned.insert(id.clone());
        cursor = end;
    }
    for g in gaps.iter().filter(|g| g.est < g.target) {
        let why = if g.over_budget {
            ", not within the budget"
        } else {
            ""
        };
        unmet.push(format!(
            "{} (level {} of {}{why})",
            name(g.id),
            (g.est * 10.0).round() / 10.0,
            g.target
        ));
    }

    let unpriced: Vec<String> = steps
        .iter()
        .filter(|s| s.kind == StepKind::Exam)
        .filter_map(|s| catalog.credentials.get(&s.id))
        .filter(|cr| cr.exam.as_ref().and_then(|e| e.price_usd).is_none())
        .map(|cr| cr.abbreviation.clone())
        .collect();
    let total_cost = steps.iter().map(|s| s.cost).sum();
    let total_hours = steps
        .iter()
        .filter(|s| s.kind == StepKind::Program)
        .map(|s| s.hours_per_week * (s.start.days_until(s.end) as f32 / 7.0))
        .sum();
    let finish = steps.iter().map(|s| s.end).max().unwrap_or(c.start);
    let mut held: BTreeSet<&Id> = situation.held.iter().collect();
    held.extend(
        steps
            .iter()
            .filter(|s| s.kind == StepKind::Exam)
            .map(|s| &s.id),
    );
    let upkeep = held
        .into_iter()
        .filter_map(|id| catalog.credentials.get(id).map(|cr| (id, cr)))
        .filter_map(|(id, cr)| {
            let m = cr.maintenance.as_ref()?;
            Some(Upkeep {
                id: id.clone(),
                name: cr.abbreviation.clone(),
                cpe_per_year: m.cpe.map(|cpe| cpe / m.cycle_years.max(0.5)),
                fees_per_year: m.annual_fee_usd.unwrap_or(0.0)
                    + m.renewal_fee_usd.unwrap_or(0.0) / m.cycle_years.max(0.5),
            })
        })
        .collect();
    Plan {
        preference: c.preference,
        steps,
        total_cost,
        finish,
        total_hours,
        unmet,
        upkeep,
        unpriced,
    }
}

/// The plan for the person's preference, and the alternatives (cheapest, fastest) when they
/// differ; or why no plan fits the budget.
pub fn plan(
    role: &Role,
    profile: &Profile,
    catalog: &Catalog<'_>,
    c: &Constraints,
) -> Result<Vec<Plan>, NoPlan> {
    let prepared = Prepared::new(catalog);
    let mut plans: Vec<Plan> = Vec::new();
    for pref in [c.preference, Preference::Cheapest, Preference::Fastest] {
        let p = plan_prepared(
            role,
            profile,
            catalog,
            &prepared,
            &Constraints {
                preference: pref,
                ..c.clone()
            },
        );
        let ids = |plan: &Plan| {
            plan.steps
                .iter()
                .map(|s| s.id.clone())
                .collect::<BTreeSet<_>>()
        };
        if !plans.iter().any(|q| ids(q) == ids(&p)) {
            plans.push(p);
        }
    }
    let within: Vec<Plan> = plans
        .iter()
        .filter(|p| p.total_cost <= c.budget_usd + 0.005)
        .cloned()
        .collect();
    if within.is_empty() {
        // The cheapest complete route, whatever the budget.
        let open = Constraints {
            budget_usd: f32::MAX,
            preference: Preference::Cheapest,
            ..c.clone()
        };
        let cheapest = Some(Box::new(plan_prepared(
            role, profile, catalog, &prepared, &open,
        )));
        let cost = cheapest.as_ref().map_or(0.0, |p| p.total_cost);
        return Err(NoPlan {
            why: format!(
                "A {} budget covers no route to this role; the cheapest route costs {}.",
                usd(c.budget_usd),
                usd(cost)
            ),
            cheapest,
        });
    }
    Ok(within)
}

/// What the planner keeps in the browser besides the current settings: the last target role
/// and the plans the person saved.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedPlans {
    /// The role last planned for.
    #[serde(default)]
    pub role: Option<Id>,
    /// Saved plans, newest first.
    #[serde(default)]
    pub saved: Vec<SavedPlan>,
}

/// A saved plan: the role and settings it was made with (the steps are planned again when it
/// is opened, from the profile as it is then).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedPlan {
    /// The role's id.
    pub role: Id,
    /// The role's title when saved.
    pub title: String,
    /// The settings.
    pub constraints: Constraints,
    /// When it was saved.
    pub saved_on: Date,
}

/// The most saved plans kept; saving more drops the oldest.
pub const MAX_SAVED_PLANS: usize = 30;

impl SavedPlans {
    /// Saves a plan first in the list; the same role and settings saved again move to the top
    /// instead of repeating. Returns whether an older plan had to be dropped.
    pub fn save(&mut self, plan: SavedPlan) -> bool {
        self.saved
            .retain(|p| !(p.role == plan.role && p.constraints == plan.constraints));
        self.saved.insert(0, plan);
        let dropped = self.saved.len() > MAX_SAVED_PLANS;
        self.saved.truncate(MAX_SAVED_PLANS);
        dropped
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        AssociateRoute, CredentialKind, CredentialLevel, Exam, Experience, Family, Maintenance,
        Proficiency, ProgramKind, QualificationGroup, ScaledYears, SkillTarget, Stage, Waiver,
    };
    use crate::profile::{HeldCredential, SkillEvidence};

    fn d(s: &str) -> Date {
        s.parse().expect("date")
    }

    fn situation(years: f32, hc: f32, degree: Degree) -> Situation {
        Situation {
            years,
            healthcare_years: hc,
            management_years: 0.0,
            degree,
            held: BTreeSet::new(),
            in_healthcare: true,
        }
    }

    /// ISC2: "Candidates must have a minimum of five years cumulative, full-time experience in
    /// two or more of the eight domains … Earning a four-year college degree or regional
    /// equivalent or an additional credential from the ISC2 approved list will satisfy one year
    /// of the required experience. … A candidate that doesn't have the required experience …
    /// may become an Associate of ISC2 … [and] will have six years to earn the five years".
    fn cissp() -> Eligibility {
        Eligibility {
            years: 5.0,
            min_domains: 2,
            waivers: vec![
                Waiver {
                    years: 1.0,
                    degree: Some(Degree::Bachelor),
                    credentials: vec![],
                    wording: String::new(),
                },
                Waiver {
                    years: 1.0,
                    degree: None,
                    credentials: vec!["cism".into()],
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
        }
    }

    /// ISC2: "two years cumulative paid work experience in one or more knowledge domains …
    /// one year of the two years … must be in the healthcare industry"; associates have three
    /// years to earn the experience.
    fn hcispp() -> Eligibility {
        Eligibility {
            years: 2.0,
            healthcare_years: 1.0,
            associate: Some(AssociateRoute {
                name: "Associate of ISC2".into(),
                window_years: 3.0,
                wording: String::new(),
            }),
            wording: String::new(),
            ..Eligibility::default()
        }
    }

    /// AHIMA: master's or higher 1 year; bachelor's 2; associate 4; RHIT 4; high school 6.
    fn chps() -> Eligibility {
        Eligibility {
            years: 6.0,
            scaled_by_education: vec![
                ScaledYears {
                    years: 1.0,
                    degree: Some(Degree::Master),
                    credentials: vec![],
                },
                ScaledYears {
                    years: 2.0,
                    degree: Some(Degree::Bachelor),
                    credentials: vec![],
                },
                ScaledYears {
                    years: 2.0,
                    degree: None,
                    credentials: vec!["rhia".into()],
                },
                ScaledYears {
                    years: 4.0,
                    degree: Some(Degree::Associate),
                    credentials: vec![],
                },
                ScaledYears {
                    years: 4.0,
                    degree: None,
                    credentials: vec!["rhit".into()],
                },
                ScaledYears {
                    years: 6.0,
                    degree: Some(Degree::HighSchool),
                    credentials: vec![],
                },
            ],
            wording: String::new(),
            ..Eligibility::default()
        }
    }

    #[test]
    fn cissp_with_three_years_is_offered_the_associate_route_now() {
        let e = evaluate(&cissp(), &situation(3.0, 0.0, Degree::HighSchool));
        assert_eq!(e.required_years, 5.0);
        assert_eq!(
            e.standing,
            Standing::Associate {
                name: "Associate of ISC2".into(),
                years: 2.0,
                window: 6.0
            }
        );
        // With a bachelor's degree one year is waived: full certification one year later.
        let e = evaluate(&cissp(), &situation(3.0, 0.0, Degree::Bachelor));
        assert_eq!((e.required_years, e.waived), (4.0, 1.0));
        assert_eq!(
            e.standing,
            Standing::Associate {
                name: "Associate of ISC2".into(),
                years: 1.0,
                window: 6.0
            }
        );
        // Two waivers do not add up: at most one year.
        let mut s = situation(3.0, 0.0, Degree::Master);
        s.held.insert("cism".into());
        assert_eq!(evaluate(&cissp(), &s).waived, 1.0);
        // Five years: eligible.
        assert_eq!(
            evaluate(&cissp(), &situation(5.0, 0.0, Degree::None)).standing,
            Standing::Eligible
        );
    }

    #[test]
    fn hcispp_needs_one_of_its_two_years_in_health_care() {
        assert_eq!(
            evaluate(&hcispp(), &situation(2.0, 1.0, Degree::None)).standing,
            Standing::Eligible
        );
        // Two years, none in health care, working in health care now: a year to go.
        let e = evaluate(&hcispp(), &situation(2.0, 0.0, Degree::None));
        assert_eq!(
            e.standing,
            Standing::Associate {
                name: "Associate of ISC2".into(),
                years: 1.0,
                window: 3.0
            }
        );
        // Not working in health care: health-care years never grow.
        let mut s = situation(4.0, 0.0, Degree::None);
        s.in_healthcare = false;
        assert!(matches!(
            evaluate(&hcispp(), &s).standing,
            Standing::Blocked { .. }
        ));
    }

    #[test]
    fn chps_years_scale_with_the_degree_held() {
        let years = |deg, held: &[&str]| {
            let mut s = situation(0.0, 0.0, deg);
            s.held = held.iter().map(|h| (*h).to_owned()).collect();
            evaluate(&chps(), &s).required_years
        };
        assert_eq!(years(Degree::Doctorate, &[]), 1.0);
        assert_eq!(years(Degree::Master, &[]), 1.0);
        assert_eq!(years(Degree::Bachelor, &[]), 2.0);
        assert_eq!(years(Degree::HighSchool, &["rhia"]), 2.0);
        assert_eq!(years(Degree::Associate, &[]), 4.0);
        assert_eq!(years(Degree::HighSchool, &["rhit"]), 4.0);
        assert_eq!(years(Degree::HighSchool, &[]), 6.0);
        // No associate route: a bachelor's holder with one year waits one more.
        assert_eq!(
            evaluate(&chps(), &situation(1.0, 1.0, Degree::Bachelor)).standing,
            Standing::Wait { years: 1.0 }
        );
    }

    #[test]
    fn isaca_style_experience_may_follow_the_exam() {
        let cism = Eligibility {
            years: 5.0,
            management_years: 3.0,
            after_exam_years: Some(5.0),
            within_years: Some(10.0),
            wording: String::new(),
            ..Eligibility::default()
        };
        let mut s = situation(2.0, 0.0, Degree::Bachelor);
        s.management_years = 0.0;
        assert_eq!(
            evaluate(&cism, &s).standing,
            Standing::ExperienceAfterExam {
                years: 3.0,
                window: 5.0
            }
        );
        let prereq = Eligibility {
            prerequisites: vec!["security-plus".into()],
            wording: String::new(),
            ..Eligibility::default()
        };
        assert_eq!(
            evaluate(&prereq, &s).standing,
            Standing::NeedsFirst(vec!["security-plus".into()])
        );
    }

    fn credential(abbr: &str, e: Eligibility, price: f32) -> Credential {
        Credential {
            name: abbr.into(),
            abbreviation: abbr.into(),
            issuer: "X".into(),
            kind: CredentialKind::Certification,
            level: CredentialLevel::Advanced,
            summary: String::new(),
            official_url: String::new(),
            skills: vec![],
            domains: vec![],
            exam: Some(Exam {
                items_min: None,
                items_max: None,
                minutes: None,
                format: None,
                passing: None,
                price_usd: Some(price),
                note: None,
            }),
            eligibility: e,
            maintenance: Some(Maintenance {
                cpe: Some(120.0),
                cycle_years: 3.0,
                cpe_per_year_min: None,
                annual_fee_usd: Some(135.0),
                renewal_fee_usd: None,
                note: None,
            }),
            dod_8140: vec![],
            unverified: vec![],
            sources: vec![],
            verified: d("2026-11-22"),
        }
    }

    fn program(
        name: &str,
        cost: f32,
        weeks: f32,
        hours: f32,
        skills: &[(&str, u8)],
        creds: &[&str],
    ) -> Program {
        Program {
            name: name.into(),
            provider: "P".into(),
            kind: ProgramKind::Course,
            summary: String::new(),
            degree: None,
            institution: None,
            modality: Modality::Online,
            state: None,
            duration_weeks: weeks,
            hours_per_week: hours,
            cost_usd: cost,
            cost_estimate: false,
            cost_note: None,
            skills: skills
                .iter()
                .map(|(s, l)| SkillTarget {
                    skill: (*s).into(),
                    level: *l,
                    required: true,
                })
                .collect(),
            credentials: creds.iter().map(|c| (*c).to_owned()).collect(),
            knowledge_units: vec![],
            modules: vec![],
            url: String::new(),
            sources: vec![],
            verified: d("2026-11-22"),
        }
    }

    fn role() -> Role {
        Role {
            title: "Security manager".into(),
            aliases: vec![],
            summary: String::new(),
            stage: Stage::Leadership,
            family: Family::Governance,
            nice_work_roles: vec![],
            dcwf_codes: vec![],
            hicp_practices: vec![],
            hicp_threats: vec![],
            org_types: vec![],
            org_sizes: vec![],
            skills: vec![
                SkillTarget {
                    skill: "risk".into(),
                    level: 3,
                    required: true,
                },
                SkillTarget {
                    skill: "ir".into(),
                    level: 2,
                    required: true,
                },
            ],
            qualifications: vec![QualificationGroup {
                proficiency: Proficiency::Advanced,
                credentials: vec!["cissp".into()],
                education: vec![],
                programs: vec![],
                note: None,
            }],
            experience: Experience {
                min_years: 3.0,
                typical_years: 5.0,
                healthcare_years: 0.0,
                note: String::new(),
            },
            feeder_roles: vec![],
            next_roles: vec![],
            sources: vec![],
            verified: d("2026-11-22"),
        }
    }

    type Fixtures = (
        BTreeMap<Id, Credential>,
        Vec<(Id, Program)>,
        BTreeMap<Id, String>,
    );

    fn fixtures() -> Fixtures {
        let mut creds = BTreeMap::new();
        creds.insert("cissp".to_owned(), credential("CISSP", cissp(), 749.0));
        let programs = vec![
            (
                "cissp-course".to_owned(),
                program("CISSP course", 849.0, 8.0, 10.0, &[("risk", 3)], &["cissp"]),
            ),
            (
                "risk-cheap".to_owned(),
                program("Risk basics", 0.0, 4.0, 5.0, &[("risk", 2)], &[]),
            ),
            (
                "ir-course".to_owned(),
                program("Incident response", 300.0, 6.0, 5.0, &[("ir", 2)], &[]),
            ),
            (
                "bundle".to_owned(),
                program(
                    "Risk and IR bootcamp",
                    2000.0,
                    2.0,
                    40.0,
                    &[("risk", 3), ("ir", 3)],
                    &[],
                ),
            ),
        ];
        let names = [
            ("risk".to_owned(), "Risk assessment".to_owned()),
            ("ir".to_owned(), "Incident response".to_owned()),
        ]
        .into_iter()
        .collect();
        (creds, programs, names)
    }

    fn constraints(pref: Preference, budget: f32) -> Constraints {
        Constraints {
            budget_usd: budget,
            hours_per_week: 10.0,
            start: d("2027-01-04"),
            modality: None,
            state: None,
            preference: pref,
            in_healthcare: true,
        }
    }

    fn profile(years: f32) -> Profile {
        let mut p = Profile::default();
        p.experience.total_years = years;
        p.skills.insert(
            "risk".into(),
            SkillEvidence {
                self_rating: Some(1),
                ..SkillEvidence::default()
            },
        );
        p
    }

    #[test]
    fn a_plan_is_dated_and_respects_eligibility() {
        let (creds, programs, names) = fixtures();
        let cat = Catalog {
            credentials: &creds,
            programs: &programs,
            skill_names: &names,
        };
        let p = plan_for(
            &role(),
            &profile(3.0),
            &cat,
            &constraints(Preference::Cheapest, 5000.0),
        );
        let kinds: Vec<(&StepKind, &str)> =
            p.steps.iter().map(|s| (&s.kind, s.id.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (&StepKind::Program, "cissp-course"),
                (&StepKind::Exam, "cissp"),
                (&StepKind::FullCredential, "cissp"),
                (&StepKind::Program, "ir-course")
            ]
        );
        // CISSP prep: 8 weeks at 10 h/week from 2027-01-04 → 2027-03-01; exam that day.
        assert_eq!(p.steps[0].end, d("2027-03-01"));
        assert_eq!(p.steps[1].start, d("2027-03-01"));
        // Associate now; full CISSP when five years accrue: 2 years after the start.
        assert_eq!(p.steps[2].start, d("2029-01-04"));
        // IR course after the exam: 6 weeks.
        assert_eq!(p.steps[3].start, d("2027-03-02"));
        assert_eq!(p.steps[3].end, d("2027-04-13"));
        assert_eq!(p.total_cost, 849.0 + 749.0 + 300.0);
        assert!(p.unmet.is_empty(), "{:?}", p.unmet);
        assert_eq!(p.upkeep[0].fees_per_year, 135.0);
        assert_eq!(p.upkeep[0].cpe_per_year, Some(40.0));
    }

    #[test]
    fn an_exam_without_a_listed_price_is_named_not_counted_as_free() {
        let (mut creds, programs, names) = fixtures();
        if let Some(exam) = creds.get_mut("cissp").and_then(|c| c.exam.as_mut()) {
            exam.price_usd = None;
        }
        let cat = Catalog {
            credentials: &creds,
            programs: &programs,
            skill_names: &names,
        };
        let p = plan_for(
            &role(),
            &profile(3.0),
            &cat,
            &constraints(Preference::Cheapest, 5000.0),
        );
        assert_eq!(p.unpriced, ["CISSP"]);
        assert_eq!(p.total_cost, 849.0 + 300.0);
        // With every price known, nothing is listed.
        let (creds, ..) = fixtures();
        let cat = Catalog {
            credentials: &creds,
            ..cat
        };
        let p = plan_for(
            &role(),
            &profile(3.0),
            &cat,
            &constraints(Preference::Cheapest, 5000.0),
        );
        assert!(p.unpriced.is_empty());
    }

    #[test]
    fn the_fastest_plan_takes_the_intensive_option() {
        let (creds, programs, names) = fixtures();
        let cat = Catalog {
            credentials: &creds,
            programs: &programs,
            skill_names: &names,
        };
        let mut p = profile(5.0);
        p.credentials.push(HeldCredential {
            id: "cissp".into(),
            earned: None,
        });
        let fast = plan_for(&role(), &p, &cat, &constraints(Preference::Fastest, 5000.0));
        assert_eq!(
            fast.steps.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            ["bundle"]
        );
        // 40 h/week stretched to 10: 2 weeks become 8.
        assert_eq!(fast.steps[0].start.days_until(fast.steps[0].end), 56);
        let cheap = plan_for(
            &role(),
            &p,
            &cat,
            &constraints(Preference::Cheapest, 5000.0),
        );
        assert_eq!(cheap.total_cost, 849.0 + 300.0);
    }

    #[test]
    fn changing_the_budget_changes_the_plan_or_says_what_would_fit() {
        let (creds, programs, names) = fixtures();
        let cat = Catalog {
            credentials: &creds,
            programs: &programs,
            skill_names: &names,
        };
        let plans = plan(
            &role(),
            &profile(3.0),
            &cat,
            &constraints(Preference::Fastest, 10_000.0),
        )
        .expect("fits");
        // Here the fastest plan is also the cheapest: one plan, no duplicate alternatives.
        assert_eq!(plans.len(), 1);
        let mut holder = profile(5.0);
        holder.credentials.push(HeldCredential {
            id: "cissp".into(),
            earned: None,
        });
        let two = plan(
            &role(),
            &holder,
            &cat,
            &constraints(Preference::Fastest, 10_000.0),
        )
        .expect("fits");
        assert_eq!(
            two.iter().map(|p| p.total_cost).collect::<Vec<_>>(),
            [2000.0, 849.0 + 300.0]
        );
        let squeezed = plan(
            &role(),
            &holder,
            &cat,
            &constraints(Preference::Fastest, 1500.0),
        )
        .expect("the cheaper fits");
        assert_eq!(
            squeezed.iter().map(|p| p.total_cost).collect::<Vec<_>>(),
            [1149.0]
        );
        let tight = plan(
            &role(),
            &profile(3.0),
            &cat,
            &constraints(Preference::Fastest, 1900.0),
        )
        .expect("the cheapest fits");
        assert!(tight.iter().all(|p| p.total_cost <= 1900.0));
        let none = plan(
            &role(),
            &profile(3.0),
            &cat,
            &constraints(Preference::Fastest, 500.0),
        )
        .expect_err("nothing fits");
        assert_eq!(
            none.why,
            "A $500 budget covers no route to this role; the cheapest route costs $1,898."
        );
    }

    #[test]
    fn a_budget_that_covers_the_qualification_leaves_the_rest_open() {
        let (creds, programs, names) = fixtures();
        let cat = Catalog {
            credentials: &creds,
            programs: &programs,
            skill_names: &names,
        };
        let plans = plan(
            &role(),
            &profile(3.0),
            &cat,
            &constraints(Preference::Cheapest, 1600.0),
        )
        .expect("the qualification fits");
        let p = &plans[0];
        assert_eq!(p.total_cost, 849.0 + 749.0);
        assert_eq!(
            p.unmet,
            ["Incident response (level 0 of 2, not within the budget)"]
        );
    }

    #[test]
    fn plans_are_deterministic_and_respect_the_format() {
        let (creds, programs, names) = fixtures();
        let cat = Catalog {
            credentials: &creds,
            programs: &programs,
            skill_names: &names,
        };
        let c = constraints(Preference::Balanced, 5000.0);
        assert_eq!(
            plan_for(&role(), &profile(3.0), &cat, &c),
            plan_for(&role(), &profile(3.0), &cat, &c)
        );
        let in_person = Constraints {
            modality: Some(Modality::InPerson),
            ..c
        };
        let p = plan_for(&role(), &profile(3.0), &cat, &in_person);
        assert!(p.steps.iter().all(|s| s.kind != StepKind::Program));
        assert_eq!(p.unmet.len(), 2, "{:?}", p.unmet);
    }

    #[test]
    fn saved_plans_are_newest_first_without_repeats_and_bounded() {
        let c = constraints(Preference::Cheapest, 1000.0);
        let saved = |role: &str, budget: f32| SavedPlan {
            role: role.into(),
            title: role.into(),
            constraints: Constraints {
                budget_usd: budget,
                ..c.clone()
            },
            saved_on: d("2027-01-04"),
        };
        let mut plans = SavedPlans::default();
        assert!(!plans.save(saved("a", 1000.0)));
        plans.save(saved("b", 1000.0));
        plans.save(saved("a", 1000.0));
        let order: Vec<&str> = plans.saved.iter().map(|p| p.role.as_str()).collect();
        assert_eq!(order, ["a", "b"]);
        plans.save(saved("a", 2000.0));
        assert_eq!(plans.saved.len(), 3, "other settings are another plan");
        for i in 0..MAX_SAVED_PLANS {
            plans.save(saved("c", i as f32));
        }
        assert_eq!(plans.saved.len(), MAX_SAVED_PLANS);
        assert_eq!(
            plans.saved[0].constraints.budget_usd,
            (MAX_SAVED_PLANS - 1) as f32
        );
        // A stored record round-trips.
        let json = serde_json::to_string(&plans).expect("json");
        assert_eq!(
            serde_json::from_str::<SavedPlans>(&json).expect("read"),
            plans
        );
    }
}
