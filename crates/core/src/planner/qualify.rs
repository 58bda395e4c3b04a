//! Step 1 of a plan: qualifying for the role. Every credential option of the role is costed
//! (a preparation program if one fits, plus the exam) and timed (eligibility and preparation);
//! options within the budget come first, then the preference picks one.

use crate::eligibility::{Standing, evaluate_credential, years_text, years_to_days};
use crate::model::{Credential, Id, Program, Role};

use super::{Draft, Gap, Planning, Step, StepKind, WEEKS_PER_YEAR, close, score, weeks_at};

/// A program that prepares for a credential's exam.
#[derive(Clone, Copy)]
struct Preparation<'p> {
    /// Its index in the catalog's programs.
    index: usize,
    id: &'p Id,
    program: &'p Program,
}

/// One way to qualify: a credential's exam, with its preparation program if one fits.
struct QualificationRoute<'p> {
    cost: f32,
    weeks: f32,
    id: &'p Id,
    credential: &'p Credential,
    preparation: Option<Preparation<'p>>,
}

/// The routes open to the person, in no particular order, and why each credential that is
/// out of reach is ("CISSP: the experience must span …").
fn routes<'p>(
    planning: &Planning<'p>,
    role: &'p Role,
) -> (Vec<QualificationRoute<'p>>, Vec<String>) {
    let (catalog, c, hours) = (planning.catalog, planning.c, planning.hours);
    let mut routes = Vec::new();
    let mut closed = Vec::new();
    for q in &role.qualifications {
        for cid in &q.credentials {
            let Some((id, cred)) = catalog.credentials.get_key_value(cid) else {
                continue;
            };
            let eval = evaluate_credential(cred, &planning.situation);
            let wait_weeks = match &eval.standing {
                Standing::Wait { years } => years * WEEKS_PER_YEAR,
                Standing::NeedsFirst(_) => continue,
                Standing::Blocked { why } => {
                    closed.push(format!("{}: {why}", cred.abbreviation));
                    continue;
                }
                _ => 0.0,
            };
            let preparation = planning
                .prepared
                .preparing(cid)
                .iter()
                .filter_map(|&i| {
                    let (id, program) = catalog.programs.get(i as usize)?;
                    Some(Preparation {
                        index: i as usize,
                        id,
                        program,
                    })
                })
                .filter(|p| super::program_fits(p.program, c))
                .min_by(|a, b| {
                    let key = |p: &Preparation<'_>| {
                        score(c.preference, p.program.cost_usd, weeks_at(p.program, hours))
                    };
                    key(a).total_cmp(&key(b)).then(a.index.cmp(&b.index))
                });
            let exam = cred.exam_price().unwrap_or(0.0);
            let cost = exam + preparation.map_or(0.0, |p| p.program.cost_usd);
            let weeks = wait_weeks.max(preparation.map_or(0.0, |p| weeks_at(p.program, hours)));
            routes.push(QualificationRoute {
                cost,
                weeks,
                id,
                credential: cred,
                preparation,
            });
        }
    }
    (routes, closed)
}

/// Adds the steps of the best qualification route to the draft (preparation, waiting for the
/// experience, the exam, the full credential), or says that no route is open.
pub(super) fn qualify(
    planning: &Planning<'_>,
    role: &Role,
    gaps: &mut [Gap<'_>],
    draft: &mut Draft,
) {
    let c = planning.c;
    let hours = planning.hours;
    let (mut options, closed) = routes(planning, role);
    // Options known to fit the budget first, then those whose exam price is not listed (their
    // cost is not known, so an unknown price never makes a route look cheapest), then those over
    // the budget; within each, by the preference.
    let fit = |r: &QualificationRoute<'_>| {
        if r.cost > c.budget_usd {
            2u8
        } else if r.credential.exam_price().is_none() {
            1
        } else {
            0
        }
    };
    options.sort_by(|a, b| {
        fit(a)
            .cmp(&fit(b))
            .then(score(c.preference, a.cost, a.weeks).total_cmp(&score(
                c.preference,
                b.cost,
                b.weeks,
            )))
            .then(a.id.cmp(b.id))
    });
    let Some(route) = options.first() else {
        draft.unmet.push(if closed.is_empty() {
            "a qualification (no credential option is open to you yet)".to_owned()
        } else {
            format!(
                "a qualification (no credential option is open to you yet; {})",
                closed.join("; ")
            )
        });
        return;
    };
    let (cid, cred) = (route.id, route.credential);
    if let Some(Preparation {
        index,
        id: pid,
        program: p,
    }) = route.preparation
    {
        let weeks = weeks_at(p, hours);
        let mut closes = vec![format!("preparation for {}", cred.abbreviation)];
        closes.extend(close(planning, gaps, index));
        let end = draft.cursor.add_days((weeks * 7.0).round() as i64);
        draft.steps.push(Step {
            kind: StepKind::Program,
            id: pid.clone(),
            title: p.name.clone(),
            start: draft.cursor,
            end,
            hours_per_week: p.hours_per_week.min(hours),
            cost: p.cost_usd,
            unpriced: false,
            closes,
            why: format!(
                "Prepares for {}, which qualifies you for the role.",
                cred.abbreviation
            ),
        });
        draft.planned.insert(pid.clone());
        draft.cursor = end;
    }
    let cursor = draft.cursor;
    let eval = at_exam_date(planning, cred, cursor);
    let (exam_date, note) = match &eval.standing {
        Standing::Wait { years } => {
            let ready = c.start.add_days(years_to_days(*years));
            if ready > cursor {
                draft.steps.push(Step {
                    kind: StepKind::Experience,
                    id: cid.clone(),
                    title: format!("Gain the experience {} asks for", cred.abbreviation),
                    start: cursor,
                    end: ready,
                    hours_per_week: 0.0,
                    cost: 0.0,
                    unpriced: false,
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
    draft.steps.push(Step {
        kind: StepKind::Exam,
        id: cid.clone(),
        title: format!("{} exam", cred.abbreviation),
        start: exam_date,
        end: exam_end,
        hours_per_week: 0.0,
        cost: cred.exam_price().unwrap_or(0.0),
        unpriced: cred.exam_price().is_none(),
        closes: vec!["qualification".into()],
        why: format!(
            "{} is one of the role's qualification options.{note}",
            cred.abbreviation
        ),
    });
    if let Standing::Associate { years, .. } = &eval.standing {
        let full = c.start.add_days(years_to_days(*years)).max(exam_end);
        draft.steps.push(Step {
            kind: StepKind::FullCredential,
            id: cid.clone(),
            title: format!("Full {} when the experience is met", cred.abbreviation),
            start: full,
            end: full,
            hours_per_week: 0.0,
            cost: 0.0,
            unpriced: false,
            closes: vec![],
            why: format!(
                "{} required years reached (after {} waived).",
                years_text(eval.required_years),
                years_text(eval.waived)
            ),
        });
    }
    draft.planned.insert(cid.clone());
    draft.cursor = exam_end;
}

/// The evaluation of a credential's rules on the date its exam would be sat: the first date
/// after `cursor` the rules in force then allow. A rule the issuer changed on a date (a waiver
/// list cut) counts only if it is in force on that date, so the date is found by re-evaluating
/// until it settles (rules change rarely: a few rounds at most).
fn at_exam_date(
    planning: &Planning<'_>,
    cred: &crate::model::Credential,
    cursor: crate::date::Date,
) -> crate::eligibility::Evaluation {
    let on = |date| crate::eligibility::Situation {
        on: Some(date),
        ..planning.situation.clone()
    };
    let mut date = cursor;
    let mut eval = evaluate_credential(cred, &on(date));
    for _ in 0..4 {
        let Standing::Wait { years } = eval.standing else {
            break;
        };
        let ready = planning.c.start.add_days(years_to_days(years)).max(cursor);
        if ready == date {
            break;
        }
        date = ready;
        eval = evaluate_credential(cred, &on(date));
    }
    eval
}
