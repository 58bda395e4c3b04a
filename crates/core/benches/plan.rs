//! Planning over a generated catalog of 10,000 programs and 1,000 credentials.

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_group};
use pathways_core::planner::{Catalog, Prepared, plan, synthetic};

fn bench(c: &mut Criterion) {
    let s = synthetic::generate(10_000, 1_000);
    let catalog = Catalog {
        credentials: &s.credentials,
        programs: &s.programs,
        skill_names: &s.skill_names,
    };
    c.bench_function("plan: 10,000 programs, 1,000 credentials", |b| {
        b.iter(|| {
            plan(
                black_box(&s.role),
                black_box(&s.profile),
                &catalog,
                black_box(&s.constraints),
            )
        })
    });
    c.bench_function("plan: indexing the 10,000 programs alone", |b| {
        b.iter(|| Prepared::new(black_box(&catalog)))
    });
}

/// Criterion reports means; the budget is on the 95th percentile, so time single plans too.
fn percentiles() {
    let s = synthetic::generate(10_000, 1_000);
    let catalog = Catalog {
        credentials: &s.credentials,
        programs: &s.programs,
        skill_names: &s.skill_names,
    };
    let plans = plan(&s.role, &s.profile, &catalog, &s.constraints)
        .expect("the generated catalog has a plan within the budget");
    println!(
        "the benchmarked plan: {} steps, {} alternatives, {} gaps left open",
        plans[0].steps.len(),
        plans.len() - 1,
        plans[0].unmet.len()
    );
    let mut times: Vec<f64> = (0..300)
        .map(|_| {
            let t = Instant::now();
            let _ = black_box(plan(&s.role, &s.profile, &catalog, &s.constraints));
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "plan over 10,000 programs and 1,000 credentials, {} single runs: median {:.2} ms, p95 {:.2} ms, max {:.2} ms (budget: p95 <= 10 ms)",
        times.len(),
        at(0.5),
        at(0.95),
        at(1.0)
    );
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    percentiles();
}
