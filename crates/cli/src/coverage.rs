//! `pathways coverage FILE`: what a program or curriculum prepares for (the catalog's roles, the
//! NICE work roles, the CAE-CD Knowledge Units), the same report its program page shows. The
//! file is checked with the rest of the catalog first; a file outside `content/programs/` is
//! checked as if it were added there, in a copy, so nothing in the catalog changes.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use pathways_content::coverage::{self as report_of, Report, gap};
use pathways_core::coverage;

/// How the report is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// Lines for reading.
    Text,
    /// One JSON document.
    Json,
    /// One row per role and work role.
    Csv,
}

/// Runs the command.
pub(crate) fn run(
    file: &Path,
    dir: &Path,
    role: Option<&str>,
    format: Format,
) -> anyhow::Result<ExitCode> {
    let id = file
        .file_stem()
        .and_then(|s| s.to_str())
        .context("the file needs a name such as my-program.md")?
        .to_owned();
    let programs = dir.join("programs");
    let inside = file
        .canonicalize()
        .ok()
        .zip(programs.canonicalize().ok())
        .is_some_and(|(f, p)| f.parent() == Some(p.as_path()));
    let copy;
    let root: PathBuf = if inside {
        dir.to_owned()
    } else {
        copy = tempfile::tempdir()?;
        copy_tree(dir, copy.path())?;
        let target = copy.path().join("programs").join(format!("{id}.md"));
        std::fs::create_dir_all(copy.path().join("programs"))?;
        std::fs::copy(file, &target).with_context(|| format!("reading {}", file.display()))?;
        copy.path().to_owned()
    };
    let loaded = match crate::load_checked_as(&root, &crate::shown(dir))? {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let catalog = &loaded.catalog;
    if let Some(r) = role
        && catalog.role(r).is_none()
    {
        anyhow::bail!("there is no role `{r}` in the catalog");
    }
    let program = catalog
        .program(&id)
        .with_context(|| format!("`{id}` is not a program in the catalog"))?;
    let known = pathways_content::authoring::Known::of(catalog);
    let report = report_of::report(&known, &id, &program.meta, role)
        .with_context(|| format!("`{id}` is not a program in the catalog"))?;
    let skill = |s: &str| known.skill_name(s);
    let title = |r: &str| known.role_title(r);
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&report)?),
        Format::Csv => print!("{}", report_of::csv(&report, &title, &skill)?),
        Format::Text => print!("{}", text(&report, &title, &skill)),
    }
    Ok(ExitCode::SUCCESS)
}

fn text(r: &Report<'_>, title: &dyn Fn(&str) -> String, skill: &dyn Fn(&str) -> String) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(out, "Coverage of {} ({})", r.name, r.program);
    let _ = writeln!(
        out,
        "\nroles (required skills built to the level each needs):"
    );
    if r.roles.is_empty() {
        let _ = writeln!(out, "  none: it builds no required skill of a catalog role");
    }
    for c in &r.roles {
        let _ = write!(
            out,
            "  {:>4.0}%  {} ({}): {} of {}",
            c.share * 100.0,
            title(&c.role),
            c.role,
            c.covered,
            c.required
        );
        if c.missing.is_empty() {
            let _ = writeln!(out);
        } else {
            let missing: Vec<String> = c.missing.iter().map(|g| gap(g, skill)).collect();
            let _ = writeln!(out, "; still to learn: {}", missing.join(", "));
        }
    }
    if !r.work_roles.is_empty() {
        let _ = writeln!(out, "\nNICE work roles (statements its modules cover):");
        for w in &r.work_roles {
            let _ = writeln!(
                out,
                "  {} {}: {} of {} ({})",
                w.id,
                w.title,
                w.covered.len(),
                w.total,
                w.covered.join(", ")
            );
        }
    }
    if r.knowledge_units.iter().any(|g| !g.covered.is_empty()) {
        let _ = writeln!(out, "\nCAE-CD Knowledge Units:");
        for g in &r.knowledge_units {
            let list = |v: &[String]| {
                if v.is_empty() {
                    "none".to_owned()
                } else {
                    v.join(", ")
                }
            };
            let _ = writeln!(
                out,
                "  {}: covered {}; not covered {}",
                coverage::group_label(&g.group),
                list(&g.covered),
                list(&g.missing)
            );
        }
    }
    out
}

fn copy_tree(from: &Path, to: &Path) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            std::fs::create_dir_all(&target)?;
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}
