//! The NIST NICE Framework components (work roles, TKS statements, competency areas), imported
//! from the CPRT JSON that NIST publishes into `content/nice/framework.toml`, so the catalog can
//! follow NICE releases: re-run `pathways import-nice` on a new release and `pathways check`
//! reports every id the catalog uses that the release dropped.

use std::collections::{BTreeMap, BTreeSet};

use pathways_core::date::Date;
use serde::{Deserialize, Serialize};

/// The imported framework.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NiceFramework {
    /// The components version, such as `2.1.0`.
    pub version: String,
    /// The publication's name.
    pub name: String,
    /// NIST's page for the publication.
    pub source: String,
    /// The file the import read (its name), for provenance.
    pub imported_from: String,
    /// When the import ran.
    pub imported: Date,
    /// Work role categories.
    pub categories: Vec<NiceElement>,
    /// Competency areas.
    pub competency_areas: Vec<NiceElement>,
    /// Work roles.
    pub work_roles: Vec<NiceWorkRole>,
    /// Task, knowledge and skill statements.
    pub statements: Vec<NiceStatement>,
}

/// A category or competency area.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NiceElement {
    /// Its id (`OG`, `NF-COM-007`).
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its description.
    pub description: String,
}

/// A work role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NiceWorkRole {
    /// Its id (`OG-WRL-008`).
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its category id.
    pub category: String,
    /// Its OPM cyber code, if any.
    #[serde(default)]
    pub opm_code: Option<String>,
    /// Its description.
    pub description: String,
    /// The ids of its task, knowledge and skill statements.
    pub tks: Vec<String>,
}

/// The NICE work roles no health-sector role in the catalog maps to, each with why
/// (`content/nice/health-care.toml`, written by hand): with the roles' `nice_work_roles`, every
/// work role of the imported framework is accounted for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HealthCareFit {
    /// The work roles that do not occur in health care.
    #[serde(default)]
    pub absent: Vec<AbsentWorkRole>,
}

/// A NICE work role that does not occur in health care, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AbsentWorkRole {
    /// The work role's id (`OG-WRL-001`).
    pub work_role: String,
    /// Why health-care organizations have no such role.
    pub why: String,
}

/// A task, knowledge or skill statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NiceStatement {
    /// Its id (`T0084`, `K1082`, `S0432`).
    pub id: String,
    /// Its text.
    pub text: String,
}

impl NiceStatement {
    /// `Task`, `Knowledge` or `Skill`, from the id's first letter.
    pub fn kind(&self) -> &'static str {
        match self.id.as_bytes().first() {
            Some(b'T') => "Task",
            Some(b'K') => "Knowledge",
            Some(b'S') => "Skill",
            _ => "Statement",
        }
    }
}

/// Why a CPRT file could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Not JSON, or not the CPRT shape.
    #[error("this is not a NICE Framework CPRT JSON file: {0}")]
    Shape(String),
}

#[derive(Deserialize)]
struct Cprt {
    response: CprtResponse,
}

#[derive(Deserialize)]
struct CprtResponse {
    elements: CprtElements,
}

#[derive(Deserialize)]
struct CprtElements {
    documents: Vec<CprtDocument>,
    elements: Vec<CprtElement>,
    relationships: Vec<CprtRelationship>,
}

#[derive(Deserialize)]
struct CprtDocument {
    name: String,
    version: String,
    website: String,
}

#[derive(Deserialize)]
struct CprtElement {
    element_type: String,
    element_identifier: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    text: String,
}

#[derive(Deserialize)]
struct CprtRelationship {
    source_element_identifier: String,
    dest_element_identifier: String,
}

/// "OVERSIGHT and GOVERNANCE" → "Oversight and Governance".
fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            if lower == "and" || lower == "of" {
                lower
            } else {
                let mut c = lower.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Converts NIST's CPRT JSON into the framework file.
pub fn import_cprt(
    json: &str,
    file_name: &str,
    imported: Date,
) -> Result<NiceFramework, ImportError> {
    let cprt: Cprt = serde_json::from_str(json).map_err(|e| ImportError::Shape(e.to_string()))?;
    let e = cprt.response.elements;
    let doc = e
        .documents
        .first()
        .ok_or_else(|| ImportError::Shape("no document".into()))?;
    let mut categories = Vec::new();
    let mut areas = Vec::new();
    let mut roles: BTreeMap<String, NiceWorkRole> = BTreeMap::new();
    let mut statements = Vec::new();
    let mut opm_codes = BTreeSet::new();
    for el in &e.elements {
        let text = el.text.trim().replace('\u{2019}', "'");
        match el.element_type.as_str() {
            "category" => categories.push(NiceElement {
                id: el.element_identifier.clone(),
                title: title_case(&el.title),
                description: text,
            }),
            "competency_area" => areas.push(NiceElement {
                id: el.element_identifier.clone(),
                title: el.title.trim().to_owned(),
                description: text,
            }),
            "work_role" => {
                let category = el
                    .element_identifier
                    .split('-')
                    .next()
                    .unwrap_or("")
                    .to_owned();
                roles.insert(
                    el.element_identifier.clone(),
                    NiceWorkRole {
                        id: el.element_identifier.clone(),
                        title: el.title.trim().to_owned(),
                        category,
                        opm_code: None,
                        description: text,
                        tks: Vec::new(),
                    },
                );
            }
            "task" | "knowledge" | "skill" => statements.push(NiceStatement {
                id: el.element_identifier.clone(),
                text,
            }),
            "opm_code" => {
                opm_codes.insert(el.element_identifier.clone());
            }
            _ => {}
        }
    }
    if roles.is_empty() || statements.is_empty() {
        return Err(ImportError::Shape(
            "it has no work roles or no statements".into(),
        ));
    }
    let statement_ids: BTreeSet<&str> = statements.iter().map(|s| s.id.as_str()).collect();
    for rel in &e.relationships {
        let Some(role) = roles.get_mut(&rel.source_element_identifier) else {
            continue;
        };
        let dest = &rel.dest_element_identifier;
        if statement_ids.contains(dest.as_str()) {
            role.tks.push(dest.clone());
        } else if opm_codes.contains(dest) {
            role.opm_code = Some(dest.clone());
        }
    }
    for role in roles.values_mut() {
        role.tks.sort();
        role.tks.dedup();
    }
    statements.sort_by(|a, b| a.id.cmp(&b.id));
    categories.sort_by(|a, b| a.id.cmp(&b.id));
    areas.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(NiceFramework {
        version: doc.version.clone(),
        name: doc.name.clone(),
        source: doc.website.clone(),
        imported_from: file_name.to_owned(),
        imported,
        categories,
        competency_areas: areas,
        work_roles: roles.into_values().collect(),
        statements,
    })
}

/// The framework as the TOML file the catalog keeps.
pub fn to_toml(framework: &NiceFramework) -> Result<String, toml::ser::Error> {
    let body = toml::to_string(framework)?;
    Ok(format!(
        "# NIST NICE Framework components v{}, imported by `pathways import-nice` from NIST's CPRT JSON.\n\
         # A U.S. Government work (17 U.S.C. §105), provided by NIST \"as is\". Do not edit by hand:\n\
         # re-run the import for a new release and `pathways check` lists what changed for the catalog.\n\n{body}",
        framework.version
    ))
}

/// Reads a release from a file: NIST's CPRT JSON export (`.json`), or a framework file this
/// importer wrote (`.toml`, such as `content/nice/framework.toml`).
pub fn read_release(path: &std::path::Path, imported: Date) -> Result<NiceFramework, ImportError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| ImportError::Shape(format!("{}: {e}", path.display())))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if path.extension().is_some_and(|e| e == "toml") {
        toml::from_str(&text).map_err(|e| ImportError::Shape(format!("{name}: {e}")))
    } else {
        import_cprt(&text, &name, imported)
    }
}

/// A work role in two releases, where they differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkRoleChange {
    /// Its id.
    pub id: String,
    /// Its title in the newer release.
    pub title: String,
    /// Its title in the older release, if it was renamed.
    pub renamed_from: Option<String>,
    /// Whether its description changed.
    pub description_changed: bool,
    /// Statements it gained, by id.
    pub tks_added: Vec<String>,
    /// Statements it lost, by id.
    pub tks_removed: Vec<String>,
}

/// What changed from one release of the framework to another, by id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NiceDiff {
    /// The older release's version.
    pub old_version: String,
    /// The newer release's version.
    pub new_version: String,
    /// Work roles only the newer release has: id and title.
    pub roles_added: Vec<(String, String)>,
    /// Work roles only the older release has: id and title.
    pub roles_removed: Vec<(String, String)>,
    /// Work roles in both that differ.
    pub roles_changed: Vec<WorkRoleChange>,
    /// Statements only the newer release has: id and text.
    pub statements_added: Vec<(String, String)>,
    /// Statements only the older release has: id and text.
    pub statements_removed: Vec<(String, String)>,
    /// Statements in both whose text changed: id, old text, new text.
    pub statements_changed: Vec<(String, String, String)>,
}

/// The differences between two imported releases, every list in id order.
pub fn diff(old: &NiceFramework, new: &NiceFramework) -> NiceDiff {
    let old_roles: BTreeMap<&str, &NiceWorkRole> =
        old.work_roles.iter().map(|r| (r.id.as_str(), r)).collect();
    let new_roles: BTreeMap<&str, &NiceWorkRole> =
        new.work_roles.iter().map(|r| (r.id.as_str(), r)).collect();
    let old_tks: BTreeMap<&str, &str> = old
        .statements
        .iter()
        .map(|s| (s.id.as_str(), s.text.as_str()))
        .collect();
    let new_tks: BTreeMap<&str, &str> = new
        .statements
        .iter()
        .map(|s| (s.id.as_str(), s.text.as_str()))
        .collect();
    let mut d = NiceDiff {
        old_version: old.version.clone(),
        new_version: new.version.clone(),
        ..NiceDiff::default()
    };
    for (id, r) in &new_roles {
        match old_roles.get(id) {
            None => d.roles_added.push(((*id).to_owned(), r.title.clone())),
            Some(o) => {
                let before: BTreeSet<&str> = o.tks.iter().map(String::as_str).collect();
                let after: BTreeSet<&str> = r.tks.iter().map(String::as_str).collect();
                let change = WorkRoleChange {
                    id: (*id).to_owned(),
                    title: r.title.clone(),
                    renamed_from: (o.title != r.title).then(|| o.title.clone()),
                    description_changed: o.description != r.description,
                    tks_added: after.difference(&before).map(|s| (*s).to_owned()).collect(),
                    tks_removed: before.difference(&after).map(|s| (*s).to_owned()).collect(),
                };
                if change.renamed_from.is_some()
                    || change.description_changed
                    || !change.tks_added.is_empty()
                    || !change.tks_removed.is_empty()
                {
                    d.roles_changed.push(change);
                }
            }
        }
    }
    for (id, r) in &old_roles {
        if !new_roles.contains_key(id) {
            d.roles_removed.push(((*id).to_owned(), r.title.clone()));
        }
    }
    for (id, text) in &new_tks {
        match old_tks.get(id) {
            None => d
                .statements_added
                .push(((*id).to_owned(), (*text).to_owned())),
            Some(o) if o != text => {
                d.statements_changed
                    .push(((*id).to_owned(), (*o).to_owned(), (*text).to_owned()))
            }
            Some(_) => {}
        }
    }
    for (id, text) in &old_tks {
        if !new_tks.contains_key(id) {
            d.statements_removed
                .push(((*id).to_owned(), (*text).to_owned()));
        }
    }
    d
}

impl NiceDiff {
    /// The report `pathways import-nice --diff` prints: counts first, then each list.
    pub fn render(&self) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "NICE Framework components v{} → v{}",
            self.old_version, self.new_version
        );
        let _ = writeln!(
            out,
            "work roles: {} added, {} removed, {} changed; statements: {} added, {} removed, {} changed",
            self.roles_added.len(),
            self.roles_removed.len(),
            self.roles_changed.len(),
            self.statements_added.len(),
            self.statements_removed.len(),
            self.statements_changed.len()
        );
        let list = |out: &mut String, heading: &str, items: &[(String, String)]| {
            if !items.is_empty() {
                let _ = writeln!(out, "\n{heading}:");
                for (id, text) in items {
                    let _ = writeln!(out, "  {id}  {}", pathways_core::text::bounded(text, 100));
                }
            }
        };
        list(&mut out, "work roles added", &self.roles_added);
        list(&mut out, "work roles removed", &self.roles_removed);
        if !self.roles_changed.is_empty() {
            let _ = writeln!(out, "\nwork roles changed:");
            for c in &self.roles_changed {
                let mut what = Vec::new();
                if let Some(old) = &c.renamed_from {
                    what.push(format!("renamed from \"{old}\""));
                }
                if c.description_changed {
                    what.push("description changed".to_owned());
                }
                if !c.tks_added.is_empty() {
                    what.push(format!("gained {}", c.tks_added.join(", ")));
                }
                if !c.tks_removed.is_empty() {
                    what.push(format!("lost {}", c.tks_removed.join(", ")));
                }
                let _ = writeln!(out, "  {}  {}: {}", c.id, c.title, what.join("; "));
            }
        }
        list(&mut out, "statements added", &self.statements_added);
        list(&mut out, "statements removed", &self.statements_removed);
        if !self.statements_changed.is_empty() {
            let _ = writeln!(out, "\nstatements changed:");
            for (id, old, new) in &self.statements_changed {
                let _ = writeln!(
                    out,
                    "  {id}  was: {}",
                    pathways_core::text::bounded(old, 100)
                );
                let _ = writeln!(
                    out,
                    "  {}  now: {}",
                    " ".repeat(id.chars().count()),
                    pathways_core::text::bounded(new, 100)
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"{"response":{"requestType":4,"elements":{
      "documents":[{"doc_identifier":"SP","name":"NICE Framework","version":"9.9.9","website":"https://csrc.nist.gov/pubs/sp/800/181/r1/final"}],
      "relationship_types":[],
      "elements":[
        {"element_type":"category","element_identifier":"OG","title":"OVERSIGHT and GOVERNANCE","text":"Leads.","doc_identifier":"SP"},
        {"element_type":"work_role","element_identifier":"OG-WRL-008","title":"Privacy Compliance","text":"Privacy.","doc_identifier":"SP"},
        {"element_type":"competency_area","element_identifier":"NF-COM-001","title":"Access Controls","text":"A learner’s access.","doc_identifier":"SP"},
        {"element_type":"task","element_identifier":"T0001","title":"","text":"Do a task","doc_identifier":"SP"},
        {"element_type":"knowledge","element_identifier":"K0001","title":"","text":"Knowledge of x","doc_identifier":"SP"},
        {"element_type":"opm_code","element_identifier":"732","title":"","text":"","doc_identifier":"SP"}
      ],
      "relationships":[
        {"source_element_identifier":"OG-WRL-008","dest_element_identifier":"K0001"},
        {"source_element_identifier":"OG-WRL-008","dest_element_identifier":"T0001"},
        {"source_element_identifier":"OG-WRL-008","dest_element_identifier":"732"},
        {"source_element_identifier":"OG","dest_element_identifier":"OG-WRL-008"}
      ]}}}"#;

    #[test]
    fn imports_roles_statements_areas_and_opm_codes() {
        let date: Date = "2026-11-22".parse().expect("date");
        let f = import_cprt(SAMPLE, "sample.json", date).expect("imports");
        assert_eq!(f.version, "9.9.9");
        assert_eq!(f.categories[0].title, "Oversight and Governance");
        assert_eq!(f.competency_areas[0].description, "A learner's access.");
        let role = &f.work_roles[0];
        assert_eq!(role.id, "OG-WRL-008");
        assert_eq!(role.category, "OG");
        assert_eq!(role.opm_code.as_deref(), Some("732"));
        assert_eq!(role.tks, ["K0001", "T0001"]);
        assert_eq!(f.statements[1].kind(), "Task");
        let toml = to_toml(&f).expect("serialises");
        let back: NiceFramework = toml::from_str(&toml).expect("reads back");
        assert_eq!(back, f);
    }

    #[test]
    fn a_diff_lists_roles_and_statements_added_removed_and_changed_by_id() {
        let date: Date = "2026-11-22".parse().expect("date");
        let old = import_cprt(SAMPLE, "old.json", date).expect("imports");
        let newer = SAMPLE
            .replace("\"9.9.9\"", "\"10.0.0\"")
            .replace("\"title\":\"Privacy Compliance\"", "\"title\":\"Privacy Officer\"")
            .replace("\"text\":\"Do a task\"", "\"text\":\"Do the task\"")
            .replace(
                "{\"element_type\":\"knowledge\"",
                "{\"element_type\":\"skill\",\"element_identifier\":\"S0001\",\"title\":\"\",\"text\":\"Skill in y\",\"doc_identifier\":\"SP\"},\n{\"element_type\":\"knowledge\"",
            )
            .replace(
                "{\"source_element_identifier\":\"OG-WRL-008\",\"dest_element_identifier\":\"K0001\"},",
                "{\"source_element_identifier\":\"OG-WRL-008\",\"dest_element_identifier\":\"S0001\"},",
            );
        let new = import_cprt(&newer, "new.json", date).expect("imports");
        let d = diff(&old, &new);
        assert_eq!(
            (d.old_version.as_str(), d.new_version.as_str()),
            ("9.9.9", "10.0.0")
        );
        assert!(d.roles_added.is_empty() && d.roles_removed.is_empty());
        let change = d.roles_changed.first().expect("the role changed");
        assert_eq!(change.renamed_from.as_deref(), Some("Privacy Compliance"));
        assert_eq!(change.tks_added, ["S0001"]);
        assert_eq!(change.tks_removed, ["K0001"]);
        // K0001 stays in the release (only the role lost it); S0001 is new; T0001 reworded.
        assert_eq!(
            d.statements_added,
            [("S0001".to_owned(), "Skill in y".to_owned())]
        );
        assert!(d.statements_removed.is_empty());
        assert_eq!(
            d.statements_changed,
            [(
                "T0001".to_owned(),
                "Do a task".to_owned(),
                "Do the task".to_owned()
            )]
        );
        assert!(
            diff(&old, &old)
                .render()
                .contains("0 added, 0 removed, 0 changed; statements: 0 added")
        );
    }

    #[test]
    fn other_json_is_refused() {
        let date: Date = "2026-11-22".parse().expect("date");
        assert!(import_cprt("{\"a\":1}", "x.json", date).is_err());
    }
}
