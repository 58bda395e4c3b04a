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
