//! What a program or curriculum prepares for, as one report: the catalog's roles, the NICE
//! work roles and the CAE-CD Knowledge Units. `pathways coverage` prints it; every program page
//! shows it and links it as a CSV file (`programs/<id>/coverage.csv`).

use pathways_core::coverage::{self, RoleCoverage, UnitGroup, WorkRoleCoverage};
use serde::Serialize;

use pathways_core::model::Program;

use crate::authoring::Known;

/// The report.
#[derive(Serialize)]
pub struct Report<'a> {
    /// The program's id.
    pub program: &'a str,
    /// Its name.
    pub name: &'a str,
    /// The catalog roles it builds skills of, best covered first (or the one asked for).
    pub roles: Vec<RoleCoverage>,
    /// The NICE work roles its modules' statements cover.
    pub work_roles: Vec<WorkRoleCoverage>,
    /// The CAE-CD Knowledge Units by group.
    pub knowledge_units: Vec<UnitGroup>,
}

/// The report of the program `id` (read as `program`), for every catalog role it touches or for
/// `role` alone (`None` when `known` has no such role).
pub fn report<'a>(
    known: &Known,
    id: &'a str,
    program: &'a Program,
    role: Option<&str>,
) -> Option<Report<'a>> {
    let p = program;
    let roles = match role {
        Some(r) => {
            let (id, role) = known.roles.get_key_value(r)?;
            vec![coverage::one_role(p, id, role)]
        }
        None => coverage::roles(p, known.roles.iter()),
    };
    Some(Report {
        program: id,
        name: &p.name,
        roles,
        work_roles: coverage::work_roles(p, known.work_role_statements()),
        knowledge_units: if known.units.is_empty() {
            Vec::new()
        } else {
            coverage::unit_groups(p, known.cae_cd_units())
        },
    })
}

/// A gap in words: `Networking (1 → 2)`, or `Log analysis (level 2)` when not taught.
pub fn gap(g: &coverage::SkillGap, skill: &dyn Fn(&str) -> String) -> String {
    if g.reached > 0 {
        format!("{} ({} → {})", skill(&g.skill), g.reached, g.target)
    } else {
        format!("{} (level {})", skill(&g.skill), g.target)
    }
}

/// The report as CSV: one row per role, NICE work role and Knowledge Unit group.
pub fn csv(
    r: &Report<'_>,
    title: &dyn Fn(&str) -> String,
    skill: &dyn Fn(&str) -> String,
) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "kind", "id", "title", "covered", "total", "share", "missing",
    ])?;
    for c in &r.roles {
        let missing: Vec<String> = c.missing.iter().map(|g| gap(g, skill)).collect();
        w.write_record([
            "role".to_owned(),
            c.role.clone(),
            title(&c.role),
            c.covered.to_string(),
            c.required.to_string(),
            format!("{:.2}", c.share),
            missing.join("; "),
        ])?;
    }
    for n in &r.work_roles {
        w.write_record([
            "nice-work-role".to_owned(),
            n.id.clone(),
            n.title.clone(),
            n.covered.len().to_string(),
            n.total.to_string(),
            format!("{:.2}", n.covered.len() as f32 / n.total.max(1) as f32),
            String::new(),
        ])?;
    }
    for g in &r.knowledge_units {
        w.write_record([
            "knowledge-unit-group".to_owned(),
            g.group.clone(),
            g.group.clone(),
            g.covered.len().to_string(),
            (g.covered.len() + g.missing.len()).to_string(),
            format!(
                "{:.2}",
                g.covered.len() as f32 / (g.covered.len() + g.missing.len()).max(1) as f32
            ),
            g.missing.join("; "),
        ])?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
