//! One curriculum file checked on its own, as the editor at `/educators/editor/` does in the
//! browser: the same reading and per-file checks `pathways check` runs, the same reference and
//! link checks against the catalog's ids, and the coverage report of the program page.
//!
//! The browser has no content folder, so what the checks need from the catalog travels as a
//! [`Known`] (built by the site build into [`FILE`]). The site build renders every program page
//! from the same [`Known`], so the editor's preview is the page the catalog would show.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use pathways_core::model::{Id, Institution, Program, Role};
use pathways_core::site::BasePath;
use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Pending, parse_entry};
use crate::checks::{check_links, check_references, known_ids};
use crate::diagnostic::{Code, Diagnostic, Report, Severity};
use crate::kinds::Entry;
use crate::schema::RefKind;
use crate::source::SourceFile;

/// Where the site writes the editor's [`Known`] (binary, see [`pathways_core::bundle::to_binary`]).
pub const FILE: &str = "data/authoring.bin";

/// The largest file the editor checks: ten times the longest curriculum in the catalog is still
/// far below it, and it keeps a keystroke's check fast.
pub const MAX_BYTES: usize = 512 * 1024;

/// The example curriculum the editor starts from: a valid program file of the shipped catalog.
pub const EXAMPLE: &str = include_str!("authoring-example.md");

/// The id the editor gives the example.
pub const EXAMPLE_ID: &str = "health-soc-certificate";

/// What the editor keeps in the browser between visits: the file's id and its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The program's id (its file name without `.md`).
    pub id: String,
    /// The file's text.
    pub text: String,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            id: EXAMPLE_ID.to_owned(),
            text: EXAMPLE.to_owned(),
        }
    }
}

/// A NICE work role, for coverage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkRole {
    /// Its id (`PD-WRL-001`).
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its task, knowledge and skill statements, by id.
    pub tks: Vec<String>,
}

/// A CAE Knowledge Unit, for coverage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    /// Its acronym (`CSF`).
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its group (`foundational`, `technical-core`, …).
    pub group: String,
    /// The designation it belongs to (`CAE-CD`).
    pub designation: String,
}

/// What a program file is checked and measured against: the ids every reference may point at,
/// the site's pages (for links), and the roles, NICE work roles and Knowledge Units coverage is
/// computed from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Known {
    /// The ids references of each kind may point at.
    pub ids: BTreeMap<RefKind, BTreeSet<Id>>,
    /// The version of the imported NICE Framework, if one is imported.
    pub nice_version: Option<String>,
    /// Every page of the site, by route key (for links in the body).
    pub routes: BTreeSet<String>,
    /// The catalog's roles, by id.
    pub roles: BTreeMap<Id, Role>,
    /// Skill names, by id.
    pub skills: BTreeMap<Id, String>,
    /// Credential abbreviations, by id.
    pub credentials: BTreeMap<Id, String>,
    /// The CAE institutions, by id.
    pub institutions: BTreeMap<Id, Institution>,
    /// The NICE work roles.
    pub work_roles: Vec<WorkRole>,
    /// The CAE Knowledge Units, in the catalog's order.
    pub units: Vec<Unit>,
}

impl Known {
    /// What a program in `catalog` is checked against.
    pub fn of(catalog: &Catalog) -> Known {
        let ids = known_ids(catalog)
            .into_iter()
            .map(|(kind, ids)| (kind, ids.into_iter().map(str::to_owned).collect()))
            .collect();
        Known {
            ids,
            nice_version: catalog.nice.as_ref().map(|n| n.version.clone()),
            routes: catalog.route_keys(),
            roles: catalog
                .roles
                .iter()
                .map(|r| (r.id.clone(), r.meta.clone()))
                .collect(),
            skills: catalog
                .skills
                .iter()
                .map(|s| (s.id.clone(), s.meta.name.clone()))
                .collect(),
            credentials: catalog
                .credentials
                .iter()
                .map(|c| (c.id.clone(), c.meta.abbreviation.clone()))
                .collect(),
            institutions: catalog
                .institutions
                .iter()
                .map(|i| (i.id.clone(), i.clone()))
                .collect(),
            work_roles: catalog.nice.as_ref().map_or_else(Vec::new, |n| {
                n.work_roles
                    .iter()
                    .map(|w| WorkRole {
                        id: w.id.clone(),
                        title: w.title.clone(),
                        tks: w.tks.clone(),
                    })
                    .collect()
            }),
            units: catalog.knowledge_units.as_ref().map_or_else(Vec::new, |k| {
                k.units
                    .iter()
                    .map(|u| Unit {
                        id: u.id.clone(),
                        name: u.name.clone(),
                        group: u.group.clone(),
                        designation: u.designation.clone(),
                    })
                    .collect()
            }),
        }
    }

    /// A skill's name, or its id when the catalog has no such skill.
    pub fn skill_name(&self, id: &str) -> String {
        self.skills
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }

    /// A role's title, or its id when the catalog has no such role.
    pub fn role_title(&self, id: &str) -> String {
        self.roles
            .get(id)
            .map_or_else(|| id.to_owned(), |r| r.title.clone())
    }

    /// A credential's abbreviation, or its id when the catalog has no such credential.
    pub fn credential_name(&self, id: &str) -> String {
        self.credentials
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }

    /// The CAE-CD Knowledge Units, as (id, group).
    pub fn cae_cd_units(&self) -> impl Iterator<Item = (&str, &str)> {
        self.units
            .iter()
            .filter(|u| u.designation == "CAE-CD")
            .map(|u| (u.id.as_str(), u.group.as_str()))
    }

    /// The NICE work roles, as (id, title, statements).
    pub fn work_role_statements(&self) -> impl Iterator<Item = (&str, &str, &[String])> {
        self.work_roles
            .iter()
            .map(|w| (w.id.as_str(), w.title.as_str(), w.tks.as_slice()))
    }
}

/// One problem, placed for an editor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The code, such as `C012`.
    pub code: &'static str,
    /// An error (the build fails) rather than a warning.
    pub error: bool,
    /// The 1-based line and column where it starts (1:1 for a problem of the whole file).
    pub line: usize,
    /// See `line`.
    pub col: usize,
    /// Byte offsets of the offending text, when it has a place.
    pub span: Option<(usize, usize)>,
    /// What is wrong.
    pub message: String,
    /// The note under the offending text.
    pub label: Option<String>,
    /// Why it matters.
    pub why: Option<String>,
    /// How to fix it.
    pub help: Option<String>,
}

/// A program file checked.
#[derive(Clone, Debug)]
pub struct Checked {
    /// The file as the diagnostics name it (`content/programs/<id>.md`).
    pub path: String,
    /// Every problem, in file order.
    pub problems: Vec<Problem>,
    /// The program as read, when its front matter could be read (even with problems).
    pub entry: Option<Entry<Program>>,
}

impl Checked {
    /// How many errors.
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.error).count()
    }

    /// How many warnings.
    pub fn warnings(&self) -> usize {
        self.problems.iter().filter(|p| !p.error).count()
    }
}

/// Checks `text` as the program file `content/programs/<id>.md` against `known`: the same
/// diagnostics `pathways check` gives for the file (everything it checks in the file itself,
/// its references and its links), with line and column.
pub fn check(known: &Known, id: &str, text: &str) -> Checked {
    let path = format!("content/programs/{id}.md");
    let mut report = Report::default();
    if text.len() > MAX_BYTES {
        let problem = Problem {
            code: Code::Unreadable.as_str(),
            error: true,
            line: 1,
            col: 1,
            span: None,
            message: format!(
                "the text is {} KB; the editor checks files of up to {} KB",
                text.len().div_ceil(1024),
                MAX_BYTES / 1024
            ),
            label: None,
            why: Some("a curriculum this long is more likely a pasted document than one program".into()),
            help: Some("split it into several programs, or check it with `pathways check` on your computer".into()),
        };
        return Checked {
            path,
            problems: vec![problem],
            entry: None,
        };
    }
    report.add_file(SourceFile::new(path.as_str(), text));
    let mut pending = Pending::default();
    let entry = parse_entry::<Program>(&path, text, &mut report, &mut pending);
    let ids: HashMap<RefKind, BTreeSet<&str>> = known
        .ids
        .iter()
        .map(|(kind, ids)| (*kind, ids.iter().map(String::as_str).collect()))
        .collect();
    check_references(&ids, known.nice_version.is_some(), &pending, &mut report);
    check_links(&known.routes, &pending, &mut report);
    let file = SourceFile::new(path.as_str(), text);
    let problems = report
        .diagnostics()
        .into_iter()
        .map(|d| placed(d, &file))
        .collect();
    Checked {
        path,
        problems,
        entry,
    }
}

/// The program page's `<main>` as the build renders it, for a preview inside another page:
/// its headings two levels down (the page's title becomes an `<h3>` under the editor's own
/// `<h2>`), so the editor page keeps one `<h1>` and an unbroken outline. The page's HTML holds
/// no raw HTML from the file (text is escaped), so every `<hN` is a heading tag.
pub fn preview(entry: &Entry<Program>, known: &Known, base: &BasePath) -> String {
    let main = crate::site::program::page(entry, known, base).main;
    let mut out = main;
    for level in (1..=4).rev() {
        out = out
            .replace(&format!("<h{level}"), &format!("<h{}", level + 2))
            .replace(&format!("</h{level}>"), &format!("</h{}>", level + 2));
    }
    out
}

fn placed(d: &Diagnostic, file: &SourceFile) -> Problem {
    let (line, col) = d
        .span
        .as_ref()
        .map_or((1, 1), |span| file.line_col(span.start));
    Problem {
        code: d.code.as_str(),
        error: d.severity == Severity::Error,
        line,
        col,
        span: d.span.as_ref().map(|s| (s.start, s.end)),
        message: d.message.clone(),
        label: d.label.clone(),
        why: d.why.clone(),
        help: d.help.clone(),
    }
}
