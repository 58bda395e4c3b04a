//! The content the portal ships passes every check and meets the catalog's minimum counts.

use std::path::Path;

#[test]
fn the_shipped_content_has_no_errors_and_meets_the_counts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let loaded = pathways_content::load(&root, "content");
    assert!(
        !loaded.report.has_errors(),
        "{}",
        loaded.report.render(loaded.files)
    );
    let s = loaded.catalog.stats();
    assert!(s.roles >= 30, "{} roles", s.roles);
    assert!(s.skills >= 60, "{} skills", s.skills);
    assert!(s.credentials >= 20, "{} credentials", s.credentials);
    assert!(s.programs >= 40, "{} programs", s.programs);
    assert!(s.institutions >= 470, "{} institutions", s.institutions);
    assert_eq!((s.hicp_practices, s.hicp_threats), (10, 5));
    assert!(
        s.org_profiles >= 6,
        "{} organization profiles",
        s.org_profiles
    );
    assert!(
        s.assessment_items >= 300,
        "{} assessment items",
        s.assessment_items
    );
    for id in [
        "cissp",
        "hcispp",
        "chps",
        "cipp-us",
        "cism",
        "cisa",
        "security-plus",
        "cysa-plus",
        "securityx",
        "gsec",
        "cc",
    ] {
        assert!(
            loaded.catalog.credential(id).is_some(),
            "credential {id} is missing"
        );
    }
    for page in ["about", "why", "privacy", "educators"] {
        assert!(
            loaded.catalog.pages.iter().any(|p| p.id == page),
            "page {page} is missing"
        );
    }
}

/// The editor's example is a file the shipped catalog accepts as it is, and every shipped
/// program passes the editor's check (it is the build's own).
#[test]
fn the_editor_example_and_every_shipped_program_pass_the_editor() {
    use pathways_content::authoring::{self, EXAMPLE, EXAMPLE_ID, Known};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let loaded = pathways_content::load(&root, "content");
    let known = Known::of(&loaded.catalog);
    let checked = authoring::check(&known, EXAMPLE_ID, EXAMPLE);
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    let program = checked.entry.expect("the example is read");
    let report = pathways_content::coverage::report(&known, EXAMPLE_ID, &program.meta, None)
        .expect("a report");
    assert!(
        !report.roles.is_empty(),
        "the example prepares for some role"
    );
    assert!(
        !report.work_roles.is_empty(),
        "its statements belong to NICE work roles"
    );
    for program in loaded.catalog.programs.iter() {
        let text =
            std::fs::read_to_string(root.join("programs").join(format!("{}.md", program.id)))
                .expect("readable");
        let checked = authoring::check(&known, &program.id, &text);
        assert!(
            checked.problems.is_empty(),
            "{}: {:?}",
            program.id,
            checked.problems
        );
    }
}
