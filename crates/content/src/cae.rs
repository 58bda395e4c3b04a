//! The NSA NCAE-C Centers of Academic Excellence: the institution directory
//! (`content/cae/institutions.csv`, imported by `pathways import-cae`), its provenance
//! (`content/cae/directory.toml`) and the CAE Knowledge Units (`content/cae/knowledge-units.toml`).

use std::collections::{BTreeMap, HashMap};

use pathways_core::date::Date;
use pathways_core::model::{Designation, Institution};
use pathways_core::site::slug;
use serde::{Deserialize, Serialize};

/// The directory's provenance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    /// Where the list comes from.
    pub sources: Vec<String>,
    /// When it was last checked.
    pub verified: Date,
    /// What readers should know about it.
    pub note: String,
}

/// The CAE Knowledge Units the catalog may refer to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeUnits {
    /// Where the list comes from.
    pub sources: Vec<String>,
    /// When it was last checked.
    pub verified: Date,
    /// The units.
    pub units: Vec<KnowledgeUnit>,
}

/// A CAE Knowledge Unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeUnit {
    /// Its acronym, such as `CSF`.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its group in the designation's requirements.
    pub group: String,
    /// The designation whose list it belongs to (`CAE-CD`, `CAE-CO`).
    pub designation: String,
}

/// The columns of `institutions.csv`, in order.
pub const CSV_HEADER: [&str; 5] = ["id", "name", "city", "state", "designations"];

/// A row of `institutions.csv`.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Row {
    id: String,
    name: String,
    city: String,
    state: String,
    designations: String,
}

/// A problem in one row of the CSV: the 1-based line and the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// The line in the file.
    pub line: usize,
    /// The column (1-based) where the problem is, if known.
    pub column: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

/// Parses `institutions.csv`, collecting every row problem.
pub fn parse_institutions(text: &str) -> (Vec<Institution>, Vec<RowProblem>) {
    let mut institutions = Vec::new();
    let mut problems = Vec::new();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(err) => {
            problems.push(RowProblem {
                line: 1,
                column: None,
                message: err.to_string(),
                help: "save the file as UTF-8 CSV".into(),
            });
            return (institutions, problems);
        }
    };
    if !headers.iter().eq(CSV_HEADER) {
        problems.push(RowProblem {
            line: 1,
            column: Some(1),
            message: format!(
                "the header is `{}`",
                headers.iter().collect::<Vec<_>>().join(",")
            ),
            help: format!("the first line must be `{}`", CSV_HEADER.join(",")),
        });
        return (institutions, problems);
    }
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(err) => {
                let line = err.position().map_or(0, |p| p.line() as usize);
                problems.push(RowProblem {
                    line,
                    column: None,
                    message: format!("this row cannot be read: {err}"),
                    help: format!(
                        "each row has {} columns: {}",
                        CSV_HEADER.len(),
                        CSV_HEADER.join(",")
                    ),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        let row: Row = match record.deserialize(Some(&headers)) {
            Ok(row) => row,
            Err(err) => {
                problems.push(RowProblem {
                    line,
                    column: None,
                    message: format!("this row cannot be read: {err}"),
                    help: format!(
                        "each row has {} columns: {}",
                        CSV_HEADER.len(),
                        CSV_HEADER.join(",")
                    ),
                });
                continue;
            }
        };
        let mut designations = Vec::new();
        for d in row
            .designations
            .split(';')
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            match Designation::parse(d) {
                Some(d) => designations.push(d),
                None => problems.push(RowProblem {
                    line,
                    column: Some(5),
                    message: format!("`{d}` is not a CAE designation"),
                    help: "use CAE-CD, CAE-CO or CAE-R, separated by `;`".into(),
                }),
            }
        }
        if designations.is_empty() {
            problems.push(RowProblem {
                line,
                column: Some(5),
                message: "the institution has no designation".into(),
                help: "list at least one of CAE-CD, CAE-CO, CAE-R".into(),
            });
        }
        if !pathways_core::site::is_valid_id(&row.id) {
            problems.push(RowProblem {
                line,
                column: Some(1),
                message: format!("`{}` is not a valid id", row.id),
                help: "use lowercase letters, digits and single hyphens".into(),
            });
        }
        if !row.state.is_empty() && !crate::kinds::choices::US_STATES.contains(&row.state.as_str())
        {
            problems.push(RowProblem {
                line,
                column: Some(4),
                message: format!("`{}` is not a US state or territory code", row.state),
                help: "use the two-letter USPS code, such as MD".into(),
            });
        }
        institutions.push(Institution {
            id: row.id,
            name: row.name,
            city: Some(row.city).filter(|c| !c.is_empty()),
            state: Some(row.state).filter(|s| !s.is_empty()),
            designations,
        });
    }
    (institutions, problems)
}

#[derive(Deserialize)]
struct DesignationRecord {
    school: String,
    designations: Vec<String>,
}

#[derive(Deserialize)]
struct InstitutionRecord {
    name: String,
    #[serde(default)]
    city: Option<String>,
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    alias: Option<String>,
}

/// What an import produced.
#[derive(Debug)]
pub struct Imported {
    /// The CSV text.
    pub csv: String,
    /// How many institutions.
    pub count: usize,
    /// Institutions whose city and state could not be found.
    pub without_state: Vec<String>,
}

/// Builds `institutions.csv` from the CAE designation list (JSON array of `{school,
/// designations}`), taking city and state from a list of US institutions (JSON array of
/// `{name, city, state}`) where a name matches.
pub fn import(
    designations_json: &str,
    institutions_json: Option<&str>,
) -> Result<Imported, String> {
    let records: Vec<DesignationRecord> = serde_json::from_str(designations_json)
        .map_err(|e| format!("the designation list is not the expected JSON: {e}"))?;
    let places: Vec<InstitutionRecord> = match institutions_json {
        Some(json) => serde_json::from_str(json)
            .map_err(|e| format!("the institution list is not the expected JSON: {e}"))?,
        None => Vec::new(),
    };
    let mut by_name: HashMap<String, &InstitutionRecord> = HashMap::new();
    for p in &places {
        by_name.entry(p.name.to_lowercase()).or_insert(p);
        if let Some(alias) = &p.alias {
            by_name.entry(alias.to_lowercase()).or_insert(p);
        }
    }
    // Merge duplicates of the same school, keeping every designation.
    let mut merged: BTreeMap<String, Vec<Designation>> = BTreeMap::new();
    for r in records {
        let entry = merged.entry(r.school.trim().to_owned()).or_default();
        for d in r.designations {
            if let Some(d) = Designation::parse(&d)
                && !entry.contains(&d)
            {
                entry.push(d);
            }
        }
    }
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_HEADER).map_err(|e| e.to_string())?;
    let mut used: HashMap<String, usize> = HashMap::new();
    let mut without_state = Vec::new();
    let mut count = 0;
    for (name, mut designations) in merged {
        if designations.is_empty() {
            continue;
        }
        designations.sort();
        let place = by_name.get(&name.to_lowercase());
        let city = place.and_then(|p| p.city.clone()).unwrap_or_default();
        let state = place.and_then(|p| p.state.clone()).unwrap_or_default();
        if state.is_empty() {
            without_state.push(name.clone());
        }
        let mut id = slug(&name);
        let n = used.entry(id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            id = format!("{id}-{}", state.to_lowercase());
        }
        let designations = designations
            .iter()
            .map(|d| d.as_str())
            .collect::<Vec<_>>()
            .join(";");
        writer
            .write_record([
                id.as_str(),
                name.as_str(),
                city.as_str(),
                state.as_str(),
                designations.as_str(),
            ])
            .map_err(|e| e.to_string())?;
        count += 1;
    }
    let csv = String::from_utf8(writer.into_inner().map_err(|e| e.to_string())?)
        .map_err(|e| e.to_string())?;
    Ok(Imported {
        csv,
        count,
        without_state,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imports_designations_with_places_and_merges_duplicates() {
        let designations = r#"[{"school":"Towson University","designations":["CAE-CD","CAE-R"]},
            {"school":"Towson University","designations":["CAE-CO"]},
            {"school":"Nowhere College","designations":["CAE-CD"]}]"#;
        let places = r#"[{"name":"Towson University","city":"Towson","state":"MD"}]"#;
        let out = import(designations, Some(places)).expect("imports");
        assert_eq!(out.count, 2);
        assert_eq!(out.without_state, ["Nowhere College"]);
        assert_eq!(
            out.csv,
            "id,name,city,state,designations\nnowhere-college,Nowhere College,,,CAE-CD\ntowson-university,Towson University,Towson,MD,CAE-CD;CAE-CO;CAE-R\n"
        );
        let (institutions, problems) = parse_institutions(&out.csv);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(institutions[1].designations.len(), 3);
        assert_eq!(institutions[1].state.as_deref(), Some("MD"));
    }

    #[test]
    fn row_problems_name_the_line_and_column() {
        let csv = "id,name,city,state,designations\nok-one,OK,,MD,CAE-CD\nBad Id,X,,ZZ,CAE-XX\n";
        let (_, problems) = parse_institutions(csv);
        let lines: Vec<(usize, Option<usize>)> =
            problems.iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(
            lines,
            [(3, Some(5)), (3, Some(5)), (3, Some(1)), (3, Some(4))]
        );
    }
}
