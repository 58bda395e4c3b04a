//! Step 2 of a plan: closing the required skills below target, greedily. Each round takes the
//! program with the best cost score per gap point it still closes, within what is left of the
//! budget, until every gap is closed or no fitting program helps.

use crate::model::{Id, Program};

use super::{BUDGET_EPSILON, Draft, Gap, Planning, Step, StepKind, close, score, weeks_at};

/// A gap a program builds, and the level it builds the skill to.
struct Build {
    /// The gap's index in the list of gaps.
    gap: usize,
    level: f32,
}

/// A program that builds a skill still short, with what it builds and its cost score,
/// computed once so that the greedy loop is plain arithmetic.
struct Candidate<'p> {
    /// Its index in the catalog's programs.
    index: usize,
    id: &'p Id,
    program: &'p Program,
    builds: Vec<Build>,
    cost_score: f32,
    taken: bool,
}

impl Candidate<'_> {
    /// The gap points it would still close.
    fn points(&self, gaps: &[Gap<'_>]) -> f32 {
        self.builds
            .iter()
            .filter_map(|b| {
                let g = gaps.get(b.gap)?;
                Some((b.level.min(g.target) - g.est).max(0.0))
            })
            .sum()
    }
}

/// The programs not yet planned that fit the settings and build a skill still short, in
/// catalog order.
fn candidates<'p>(planning: &Planning<'p>, gaps: &[Gap<'_>], draft: &Draft) -> Vec<Candidate<'p>> {
    let (catalog, prepared, c) = (planning.catalog, planning.prepared, planning.c);
    let mut indices: Vec<u32> = gaps
        .iter()
        .filter(|g| g.open())
        .filter_map(|g| g.ix)
        .flat_map(|ix| prepared.building(ix).iter().copied())
        .collect();
    indices.sort_unstable();
    indices.dedup();
    indices
        .into_iter()
        .map(|i| i as usize)
        .filter_map(|index| {
            let (id, program) = catalog.programs.get(index)?;
            Some((index, id, program))
        })
        .filter(|(_, id, program)| !draft.planned.contains(*id) && super::program_fits(program, c))
        .map(|(index, id, program)| {
            let levels = prepared.levels_of(index);
            let builds = gaps
                .iter()
                .enumerate()
                .filter_map(|(gap, g)| {
                    let ix = g.ix?;
                    levels.iter().find(|(k, _)| *k == ix).map(|&(_, l)| Build {
                        gap,
                        level: f32::from(l),
                    })
                })
                .collect();
            Candidate {
                index,
                id,
                program,
                builds,
                cost_score: score(
                    c.preference,
                    program.cost_usd,
                    weeks_at(program, planning.hours),
                ),
                taken: false,
            }
        })
        .collect()
}

/// Adds program steps to the draft until every gap is closed, the budget is spent or no
/// fitting program helps. Gaps a program would have closed but for the budget are marked.
pub(super) fn close_gaps(planning: &Planning<'_>, gaps: &mut [Gap<'_>], draft: &mut Draft) {
    let c = planning.c;
    let mut spent: f32 = draft.steps.iter().map(|s| s.cost).sum();
    let mut candidates = candidates(planning, gaps, draft);
    loop {
        // (value, candidate): the lowest cost score per gap point, ties by id.
        let mut best: Option<(f32, usize)> = None;
        for (k, cand) in candidates.iter().enumerate() {
            if cand.taken {
                continue;
            }
            let points = cand.points(gaps);
            if points <= 0.0 {
                continue;
            }
            if spent + cand.program.cost_usd > c.budget_usd + BUDGET_EPSILON {
                for b in &cand.builds {
                    if let Some(g) = gaps.get_mut(b.gap)
                        && g.open()
                    {
                        g.over_budget = true;
                    }
                }
                continue;
            }
            let value = cand.cost_score / points;
            let better = match best.and_then(|(v, j)| Some((v, candidates.get(j)?))) {
                None => true,
                Some((v, other)) => value < v || (value == v && cand.id < other.id),
            };
            if better {
                best = Some((value, k));
            }
        }
        let Some(cand) = best.and_then(|(_, k)| candidates.get_mut(k)) else {
            break;
        };
        cand.taken = true;
        let (index, id, p) = (cand.index, cand.id, cand.program);
        spent += p.cost_usd;
        let closes = close(planning, gaps, index);
        let weeks = weeks_at(p, planning.hours);
        let end = draft.cursor.add_days((weeks * 7.0).round().max(1.0) as i64);
        draft.steps.push(Step {
            kind: StepKind::Program,
            id: id.clone(),
            title: p.name.clone(),
            start: draft.cursor,
            end,
            hours_per_week: p.hours_per_week.min(planning.hours),
            cost: p.cost_usd,
            unpriced: false,
            why: format!("Builds {}.", closes.join(", ")),
            closes,
        });
        draft.planned.insert(id.clone());
        draft.cursor = end;
    }
}
