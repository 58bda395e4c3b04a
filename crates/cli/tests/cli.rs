//! The `pathways` binary, black-box: exit codes and the exact text authors see, on the content
//! compiler's fixture catalogs (located from `CARGO_MANIFEST_DIR`, never the current folder).

use std::path::{Path, PathBuf};

use snapbox::cmd::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/tests/fixtures")
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("readable fixture") {
        let entry = entry.expect("readable entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A folder holding `content/`: the valid catalog with a breakage case laid over it.
fn broken(case: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let content = dir.path().join("content");
    std::fs::create_dir_all(&content).expect("mkdir");
    copy_tree(&fixtures().join("valid/content"), &content);
    copy_tree(&fixtures().join(case).join("content"), &content);
    dir
}

#[test]
fn check_on_a_broken_catalog_fails_with_the_report_on_stderr() {
    let dir = broken("unknown-skill-suggests-the-nearest-id");
    Command::new(snapbox::cmd::cargo_bin!("pathways"))
        .current_dir(dir.path())
        .args(["check", "content"])
        .assert()
        .code(1)
        .stdout_eq("")
        .stderr_eq(snapbox::file!["snapshots/check-broken.stderr"]);
}

#[test]
fn check_for_github_annotates_each_problem_at_its_line() {
    let dir = broken("unknown-skill-suggests-the-nearest-id");
    Command::new(snapbox::cmd::cargo_bin!("pathways"))
        .current_dir(dir.path())
        .args(["check", "content", "--format", "github"])
        .assert()
        .code(1)
        .stdout_eq(snapbox::file!["snapshots/check-broken.github"])
        .stderr_eq(snapbox::file!["snapshots/check-broken.stderr"]);
}

#[test]
fn check_on_the_valid_catalog_succeeds() {
    Command::new(snapbox::cmd::cargo_bin!("pathways"))
        .arg("check")
        .arg(fixtures().join("valid/content"))
        .assert()
        .success();
}

#[test]
fn stats_json_counts_the_catalog() {
    Command::new(snapbox::cmd::cargo_bin!("pathways"))
        .arg("stats")
        .arg(fixtures().join("valid/content"))
        .arg("--json")
        .assert()
        .success()
        .stdout_eq(snapbox::file!["snapshots/stats.json"]);
}

fn nice_sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/nice-sample-{name}.json"))
}

#[test]
fn import_nice_writes_each_release_as_the_framework_file() {
    for release in ["old", "new"] {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("framework.toml");
        Command::new(snapbox::cmd::cargo_bin!("pathways"))
            .args(["import-nice", "--date", "2026-12-04", "--out"])
            .arg(&out)
            .arg(nice_sample(release))
            .assert()
            .success();
        let written = std::fs::read_to_string(&out).expect("the framework file");
        snapbox::assert_data_eq!(
            written,
            snapbox::Data::read_from(
                &Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join(format!("tests/snapshots/nice-sample-{release}.toml")),
                None
            )
        );
    }
}

#[test]
fn import_nice_diff_reports_roles_and_statements_added_removed_and_changed() {
    Command::new(snapbox::cmd::cargo_bin!("pathways"))
        .args(["import-nice", "--diff"])
        .arg(nice_sample("old"))
        .arg(nice_sample("new"))
        .assert()
        .success()
        .stdout_eq(snapbox::file!["snapshots/nice-diff.txt"]);
}

#[test]
fn coverage_reports_roles_work_roles_and_knowledge_units_in_each_format() {
    let program = "content/programs/intro-course.md";
    for (format, snapshot) in [
        ("text", "snapshots/coverage.txt"),
        ("json", "snapshots/coverage.json"),
        ("csv", "snapshots/coverage.csv"),
    ] {
        Command::new(snapbox::cmd::cargo_bin!("pathways"))
            .current_dir(fixtures().join("valid"))
            .args(["coverage", "--format", format, "--dir", "content"])
            .arg(program)
            .assert()
            .success()
            .stdout_eq(snapbox::Data::read_from(
                &Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests")
                    .join(snapshot),
                None,
            ));
    }
}

#[test]
fn coverage_of_one_role_shows_it_even_when_untouched() {
    Command::new(snapbox::cmd::cargo_bin!("pathways"))
        .current_dir(fixtures().join("valid"))
        .args([
            "coverage",
            "--role",
            "incident-responder",
            "--dir",
            "content",
        ])
        .arg("content/programs/intro-course.md")
        .assert()
        .success()
        .stdout_eq(snapbox::file!["snapshots/coverage-role.txt"]);
}

#[test]
fn coverage_of_a_broken_file_outside_the_catalog_reports_it_and_fails() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("my-curriculum.md");
    std::fs::write(
        &file,
        "+++\nname = \"My curriculum\"\n+++\n\nA curriculum.\n",
    )
    .expect("write");
    Command::new(snapbox::cmd::cargo_bin!("pathways"))
        .current_dir(fixtures().join("valid"))
        .args(["coverage", "--dir", "content"])
        .arg(&file)
        .assert()
        .code(1)
        .stdout_eq("")
        .stderr_eq(snapbox::file!["snapshots/coverage-broken.stderr"]);
}
