//! The pre-rendered site of the `valid` fixture catalog: the `<main>` of a role page and of a
//! credential page, and the roles data the app fetches, snapshotted so that a change to what
//! readers see is reviewed like code.

use std::path::{Path, PathBuf};

use pathways_content::site::Shells;
use pathways_content::site::layout::Shell;
use pathways_core::site::BasePath;

fn valid_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/content")
}

/// The valid catalog, built into a fresh folder with bare shells at the root path.
fn built() -> tempfile::TempDir {
    let loaded = pathways_content::load(&valid_content(), "content");
    assert!(
        !loaded.report.has_errors(),
        "{}",
        loaded.report.render(loaded.files)
    );
    let out = tempfile::tempdir().expect("tempdir");
    pathways_content::site::build(
        &loaded.catalog,
        out.path(),
        &BasePath::default(),
        &Shells::only(Shell::bare()),
    )
    .expect("the site builds");
    out
}

fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|err| panic!("{rel}: {err}"))
}

/// The `<main …>…</main>` element of a page.
fn main_of(html: &str) -> &str {
    let start = html.find("<main").expect("a <main> element");
    let end = html[start..].find("</main>").expect("a closed <main>") + start + "</main>".len();
    &html[start..end]
}

/// One element per line, so that a snapshot diff points at the element that changed.
fn lines(html: &str) -> String {
    html.replace("><", ">\n<")
}

#[test]
fn a_role_page_shows_its_skills_qualifications_and_pathway() {
    let out = built();
    let html = read(out.path(), "roles/soc-analyst/index.html");
    insta::assert_snapshot!(lines(main_of(&html)));
}

#[test]
fn a_credential_page_shows_its_exam_eligibility_and_sources() {
    let out = built();
    let html = read(out.path(), "credentials/cissp/index.html");
    insta::assert_snapshot!(lines(main_of(&html)));
}

#[test]
fn the_roles_data_lists_every_role_for_the_app() {
    use pathways_core::bundle::{ROLES_FILE, RolesBundle, from_binary};
    let out = built();
    let bytes = std::fs::read(out.path().join(ROLES_FILE)).expect(ROLES_FILE);
    let roles: RolesBundle = from_binary(&bytes).expect("data/roles.bin is binary");
    // Snapshotted as JSON with sorted keys, to be read in review.
    let json: serde_json::Value =
        serde_json::from_str(&serde_json::to_string(&roles).expect("JSON")).expect("JSON");
    insta::assert_snapshot!(serde_json::to_string_pretty(&json).expect("JSON"));
}

#[test]
fn the_binary_data_files_read_back_as_the_app_reads_them() {
    use pathways_core::bundle::{
        AssessBundle, AssessSkill, HIRE_FILE, HireBundle, PLANNER_FILE, PlannerBundle, assess_file,
        from_binary, skill_file, work_role_file,
    };
    use pathways_core::hire::work_role::HireWorkRole;
    let out = built();
    let bytes = |rel: &str| std::fs::read(out.path().join(rel)).expect(rel);
    let hire: HireBundle = from_binary(&bytes(HIRE_FILE)).expect("data/hire.bin is binary");
    let planner: PlannerBundle =
        from_binary(&bytes(PLANNER_FILE)).expect("data/planner.bin is binary");
    assert_eq!(hire.roles, planner.roles);
    assert!(!hire.skills.is_empty() && !hire.credentials.is_empty());
    for id in hire.skills.keys() {
        let skill: AssessSkill = from_binary(&bytes(&skill_file(id))).expect("a skill file");
        assert_eq!(&skill.id, id);
        assert_eq!(skill.levels.len(), 4);
    }
    // Each role's assessment, with its skills in the role's order.
    for (id, role) in &planner.roles {
        let bundle: AssessBundle = from_binary(&bytes(&assess_file(id))).expect("an assess file");
        assert_eq!(&bundle.id, id);
        assert_eq!(&bundle.role, role);
        assert_eq!(
            bundle.skills.iter().map(|s| &s.id).collect::<Vec<_>>(),
            role.skills.iter().map(|t| &t.skill).collect::<Vec<_>>()
        );
    }
    // Every NICE work role a role can start from has its file, with its task statements and
    // the catalog roles mapped to it.
    assert_eq!(
        hire.work_roles
            .iter()
            .map(|w| w.id.as_str())
            .collect::<Vec<_>>(),
        ["PD-WRL-001", "PD-WRL-003"],
        "sorted by title"
    );
    let defensive: HireWorkRole =
        from_binary(&bytes(&work_role_file("PD-WRL-001"))).expect("a work role file");
    assert_eq!(defensive.title, "Defensive Cybersecurity");
    assert_eq!(defensive.tasks.len(), 1);
    assert_eq!(
        defensive.catalog_roles,
        ["incident-responder", "soc-analyst"]
    );
    assert!(!defensive.skills.is_empty());
}

#[test]
fn a_program_page_shows_its_modules_outcomes_heatmap_and_links_its_coverage_csv() {
    let out = built();
    let html = read(out.path(), "programs/intro-course/index.html");
    insta::assert_snapshot!(lines(main_of(&html)));
    // The CSV beside the page is the report `pathways coverage --format csv` prints.
    let csv = read(out.path(), "programs/intro-course/coverage.csv");
    assert!(html.contains(r#"href="/programs/intro-course/coverage.csv""#));
    insta::assert_snapshot!(csv);
}
