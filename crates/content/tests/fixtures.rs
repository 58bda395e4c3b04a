//! Fixture catalogs: a valid one, and breakage cases that each overlay the valid catalog and
//! must produce exactly the diagnostic codes in their `expect.txt`. The rendered report of
//! each case is snapshotted, so the wording authors see is reviewed like code.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use pathways_content::load;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("readable fixture");
        let rel = entry.path().strip_prefix(from).expect("inside");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// The valid catalog with a case's files laid over it, in a fresh temporary folder.
fn materialise(case: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let content = dir.path().join("content");
    copy_tree(&fixtures().join("valid/content"), &content);
    if case != "valid" {
        copy_tree(&fixtures().join(case).join("content"), &content);
    }
    dir
}

fn cases() -> Vec<String> {
    let mut cases: Vec<String> = std::fs::read_dir(fixtures())
        .expect("fixtures folder")
        .flatten()
        .filter(|e| e.path().join("expect.txt").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    cases
}

#[test]
fn the_valid_catalog_has_no_problems() {
    let dir = materialise("valid");
    let loaded = load(&dir.path().join("content"), "content");
    assert_eq!(
        loaded.report.diagnostics().len(),
        0,
        "{}",
        loaded.report.render(loaded.files)
    );
    let stats = loaded.catalog.stats();
    assert_eq!(
        (stats.roles, stats.skills, stats.credentials, stats.programs),
        (2, 5, 2, 1)
    );
    assert_eq!(
        (
            stats.institutions,
            stats.hicp_practices,
            stats.hicp_threats,
            stats.assessment_items
        ),
        (2, 1, 1, 2)
    );
}

#[test]
fn at_least_25_kinds_of_breakage_are_covered() {
    let codes: BTreeSet<String> = cases()
        .iter()
        .flat_map(|case| {
            std::fs::read_to_string(fixtures().join(case).join("expect.txt"))
                .expect("expect.txt")
                .lines()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(cases().len() >= 25, "only {} breakage cases", cases().len());
    assert!(
        codes.len() >= 25,
        "only {} distinct codes: {codes:?}",
        codes.len()
    );
}

#[test]
fn each_breakage_case_reports_exactly_its_expected_codes() {
    let mut failures = Vec::new();
    for case in cases() {
        let expected: BTreeSet<String> =
            std::fs::read_to_string(fixtures().join(&case).join("expect.txt"))
                .expect("expect.txt")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect();
        let dir = materialise(&case);
        let loaded = load(&dir.path().join("content"), "content");
        let found: BTreeSet<String> = loaded
            .report
            .diagnostics()
            .iter()
            .map(|d| d.code.as_str().to_owned())
            .collect();
        let rendered = loaded.report.render(loaded.files);
        // Every diagnostic points at a line and column, except whole-file problems.
        for d in loaded.report.diagnostics() {
            let location = loaded.report.location(d);
            let whole_file = matches!(d.code.as_str(), "C001" | "C020" | "C021" | "C028");
            if !whole_file && location.matches(':').count() != 2 {
                failures.push(format!(
                    "{case}: {} has no line:column ({location})",
                    d.code.as_str()
                ));
            }
        }
        if found != expected {
            failures.push(format!(
                "{case}: expected {expected:?}, found {found:?}\n{rendered}"
            ));
        }
        insta::assert_snapshot!(case.clone(), rendered);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The curriculum editor checks one program file in the browser against what the build ships
/// (`authoring::Known`): for every program file of every case, it reports exactly what
/// `pathways check` reports for that file, same code, place and words.
#[test]
fn the_editor_reports_what_the_build_reports_for_each_program_file() {
    use pathways_content::authoring::{self, Known};
    let mut compared = 0;
    for case in std::iter::once("valid".to_owned()).chain(cases()) {
        let programs = fixtures().join(&case).join("content/programs");
        let Ok(files) = std::fs::read_dir(&programs) else {
            continue;
        };
        let dir = materialise(&case);
        let loaded = load(&dir.path().join("content"), "content");
        let known = Known::of(&loaded.catalog);
        for file in files.flatten() {
            let name = file.file_name().to_string_lossy().into_owned();
            let Some(id) = name.strip_suffix(".md") else {
                continue;
            };
            let text = std::fs::read_to_string(file.path()).expect("utf-8 fixture");
            let path = format!("content/programs/{name}");
            let build: Vec<_> = loaded
                .report
                .diagnostics()
                .into_iter()
                .filter(|d| d.path == path)
                .map(|d| {
                    let (line, col) = loaded
                        .report
                        .location(d)
                        .rsplit(':')
                        .take(2)
                        .map(|n| n.parse::<usize>().unwrap_or(1))
                        .collect::<Vec<_>>()
                        .iter()
                        .rev()
                        .fold((0, 0), |(_, a), &b| (a, b));
                    let (line, col) = if d.span.is_some() {
                        (line, col)
                    } else {
                        (1, 1)
                    };
                    (
                        d.code.as_str(),
                        line,
                        col,
                        d.message.clone(),
                        d.label.clone(),
                        d.why.clone(),
                        d.help.clone(),
                    )
                })
                .collect();
            let checked = authoring::check(&known, id, &text);
            let editor: Vec<_> = checked
                .problems
                .iter()
                .map(|p| {
                    (
                        p.code,
                        p.line,
                        p.col,
                        p.message.clone(),
                        p.label.clone(),
                        p.why.clone(),
                        p.help.clone(),
                    )
                })
                .collect();
            assert_eq!(editor, build, "{case}: {path}");
            compared += 1;
        }
    }
    assert!(compared >= 7, "only {compared} program files compared");
}

/// The editor's example with two errors: each at its own line, with a suggestion.
#[test]
fn the_editor_places_each_error_of_a_curriculum_at_its_line() {
    use pathways_content::authoring::{self, Known};
    let dir = materialise("valid");
    let loaded = load(&dir.path().join("content"), "content");
    let known = Known::of(&loaded.catalog);
    let text = std::fs::read_to_string(
        fixtures().join("curriculum-with-two-errors/content/programs/hospital-soc.md"),
    )
    .expect("fixture");
    let checked = authoring::check(&known, "hospital-soc", &text);
    let placed: Vec<(&str, usize, usize)> = checked
        .problems
        .iter()
        .map(|p| (p.code, p.line, p.col))
        .collect();
    assert_eq!(placed, [("C012", 19, 21), ("C008", 26, 50)]);
    assert_eq!(
        checked.problems.first().and_then(|p| p.help.as_deref()),
        Some("did you mean `log-analysis`?")
    );
    // A value out of range leaves no program to preview; an unknown id does (the build would
    // still fail, but the page can be shown).
    assert!(checked.entry.is_none());
    let checked = authoring::check(
        &known,
        "hospital-soc",
        &text.replace("level = 7", "level = 2"),
    );
    assert_eq!(checked.errors(), 1);
    let program = checked.entry.expect("the front matter is readable");
    assert_eq!(program.meta.modules.len(), 2);
    // The preview sits under the editor's own headings: no second `<h1>`.
    let preview = authoring::preview(&program, &known, &pathways_core::site::BasePath::default());
    assert!(
        !preview.contains("<h1") && !preview.contains("<h2"),
        "{preview}"
    );
    assert!(
        preview.contains("<h3>Hospital Security Operations</h3>"),
        "{preview}"
    );
    assert!(
        preview.contains("<h4 id=\"modules\">Modules</h4>"),
        "{preview}"
    );

    let fixed = text
        .replace("log-analysys", "log-analysis")
        .replace("level = 7", "level = 2");
    let checked = authoring::check(&known, "hospital-soc", &fixed);
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
}

/// A paste beyond the editor's limit gets one message saying the limit, not a slow check.
#[test]
fn the_editor_refuses_an_over_long_paste_with_the_limit() {
    use pathways_content::authoring::{self, Known, MAX_BYTES};
    let text = "a".repeat(MAX_BYTES + 1);
    let checked = authoring::check(&Known::default(), "big", &text);
    assert_eq!(checked.problems.len(), 1);
    let p = checked.problems.first().expect("one problem");
    assert!(p.error);
    assert!(p.message.contains("up to 512 KB"), "{}", p.message);
    assert!(checked.entry.is_none());
}
