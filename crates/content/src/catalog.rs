//! Reading a content folder into a checked [`Catalog`].
//!
//! Reading never stops at the first problem: every file is read and checked, every problem is
//! collected into the [`Report`], and whatever could be read is kept so that the checks across
//! files (references, links, cycles) still run.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use pathways_core::model::{
    Credential, Institution, ItemBank, OrgProfile, Practice, PracticeKind, Program, Role, Skill,
};
use pathways_core::site::{BasePath, Section, is_valid_id};
use pathways_core::stats::CatalogStats;
use serde::de::DeserializeOwned;
use toml::de::DeTable;

use crate::cae::{self, Directory, KnowledgeUnits};
use crate::diagnostic::{Code, Diagnostic, Report, did_you_mean};
use crate::front_matter::{self, SplitError};
use crate::kinds::page::Page;
use crate::kinds::{Checker, Kind};
use crate::markdown::{self, SiteLink};
use crate::nice::NiceFramework;
use crate::schema::{RefKind, Reference, Spans, Walker, quote_list};
use crate::source::SourceFile;
use rayon::prelude::*;

/// One content item: its id, where it came from, its typed front matter and its body.
#[derive(Clone, Debug)]
pub struct Entry<T> {
    /// The file's slug, which is the item's id in URLs and references.
    pub id: String,
    /// The file as shown to authors.
    pub path: String,
    /// The typed front matter.
    pub meta: T,
    /// The Markdown body.
    pub body: String,
    /// Where the body starts in the file.
    pub body_offset: usize,
    /// The body as plain text (for search and descriptions).
    pub plain: String,
    /// The body rendered for a site at the root path (`/`), kept from checking.
    pub html_at_root: String,
    /// Where each front matter field is in the file.
    pub spans: Spans,
}

impl<T> Entry<T> {
    /// The body as HTML for a site under `base` (rendered once while checking for a site at
    /// the root; rendered again only for a sub-path, whose links differ).
    pub fn body_html(&self, base: &BasePath) -> String {
        if base.as_str() == "/" {
            self.html_at_root.clone()
        } else {
            markdown::render(&self.path, &self.body, self.body_offset, base).html
        }
    }
}

/// Everything in a content folder.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    /// Free-standing pages (`pages/`).
    pub pages: Vec<Entry<Page>>,
    /// Roles (`roles/`).
    pub roles: Vec<Entry<Role>>,
    /// Skills (`skills/`).
    pub skills: Vec<Entry<Skill>>,
    /// Credentials (`credentials/`).
    pub credentials: Vec<Entry<Credential>>,
    /// Programs (`programs/`).
    pub programs: Vec<Entry<Program>>,
    /// HICP practices and threats (`practices/`).
    pub practices: Vec<Entry<Practice>>,
    /// Organization profiles (`orgs/`).
    pub orgs: Vec<Entry<OrgProfile>>,
    /// Knowledge checks, one file per skill (`assessment/`).
    pub assessment: Vec<Entry<ItemBank>>,
    /// The CAE institution directory (`cae/institutions.csv`).
    pub institutions: Vec<Institution>,
    /// The directory's provenance (`cae/directory.toml`).
    pub directory: Option<Directory>,
    /// CAE Knowledge Units (`cae/knowledge-units.toml`).
    pub knowledge_units: Option<KnowledgeUnits>,
    /// The imported NICE Framework (`nice/framework.toml`).
    pub nice: Option<NiceFramework>,
}

impl Catalog {
    /// Counts of each kind.
    pub fn stats(&self) -> CatalogStats {
        let kind = |k| self.practices.iter().filter(|p| p.meta.kind == k).count();
        CatalogStats {
            roles: self.roles.len(),
            skills: self.skills.len(),
            credentials: self.credentials.len(),
            programs: self.programs.len(),
            institutions: self.institutions.len(),
            hicp_practices: kind(PracticeKind::Practice),
            hicp_threats: kind(PracticeKind::Threat),
            org_profiles: self.orgs.len(),
            assessment_items: self.assessment.iter().map(|b| b.meta.items.len()).sum(),
            pages: self.pages.len(),
        }
    }

    /// The route key of every page the site will have.
    pub fn route_keys(&self) -> BTreeSet<String> {
        let mut keys: BTreeSet<String> = Section::ALL.iter().map(|s| s.slug().to_owned()).collect();
        keys.extend(self.pages.iter().map(|p| p.id.clone()));
        let mut add = |section: Section, ids: &mut dyn Iterator<Item = &String>| {
            keys.extend(ids.map(|id| format!("{}/{id}", section.slug())));
        };
        add(Section::Roles, &mut self.roles.iter().map(|e| &e.id));
        add(Section::Skills, &mut self.skills.iter().map(|e| &e.id));
        add(
            Section::Credentials,
            &mut self.credentials.iter().map(|e| &e.id),
        );
        add(Section::Programs, &mut self.programs.iter().map(|e| &e.id));
        add(
            Section::Practices,
            &mut self.practices.iter().map(|e| &e.id),
        );
        add(Section::Org, &mut self.orgs.iter().map(|e| &e.id));
        add(Section::Assess, &mut self.roles.iter().map(|e| &e.id));
        keys
    }

    /// The role with an id.
    pub fn role(&self, id: &str) -> Option<&Entry<Role>> {
        self.roles.iter().find(|e| e.id == id)
    }

    /// The skill with an id.
    pub fn skill(&self, id: &str) -> Option<&Entry<Skill>> {
        self.skills.iter().find(|e| e.id == id)
    }

    /// The credential with an id.
    pub fn credential(&self, id: &str) -> Option<&Entry<Credential>> {
        self.credentials.iter().find(|e| e.id == id)
    }

    /// The program with an id.
    pub fn program(&self, id: &str) -> Option<&Entry<Program>> {
        self.programs.iter().find(|e| e.id == id)
    }

    /// The practice or threat with an id.
    pub fn practice(&self, id: &str) -> Option<&Entry<Practice>> {
        self.practices.iter().find(|e| e.id == id)
    }
}

/// The result of reading a content folder.
#[derive(Debug, Default)]
pub struct Loaded {
    /// What could be read.
    pub catalog: Catalog,
    /// Every problem found.
    pub report: Report,
    /// How many files were read.
    pub files: usize,
}

/// What files contributed before the checks across files.
#[derive(Default)]
struct Pending {
    references: Vec<(String, Reference)>,
    links: Vec<(String, SiteLink)>,
    /// Ids of every Markdown file found, by folder, even those that could not be read: a
    /// reference to a broken file is not reported again (the file's own errors say it all).
    present: BTreeSet<(String, String)>,
}

/// The folders of Markdown kinds.
const KIND_FOLDERS: [&str; 8] = [
    "pages",
    "roles",
    "skills",
    "credentials",
    "programs",
    "practices",
    "orgs",
    "assessment",
];
/// The data files.
const DATA_FILES: [&str; 4] = [
    "nice/framework.toml",
    "cae/institutions.csv",
    "cae/directory.toml",
    "cae/knowledge-units.toml",
];

/// Reads and checks every file under `root`. Paths in diagnostics start with `shown_as`
/// (usually the folder as the user typed it, such as `content`).
pub fn load(root: &Path, shown_as: &str) -> Loaded {
    let mut loaded = Loaded::default();
    let mut pending = Pending::default();
    let shown_as = shown_as.trim_end_matches('/');

    let mut files: Vec<PathBuf> = Vec::new();
    for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
        match entry {
            Ok(entry) if entry.file_type().is_file() => files.push(entry.into_path()),
            Ok(_) => {}
            Err(err) => loaded.report.push(Diagnostic::error(
                Code::Unreadable,
                shown_as,
                None,
                format!("could not read the content folder: {err}"),
            )),
        }
    }

    // Every file is read and checked on its own, in parallel; the results are then merged in
    // file order, so the report is the same however the work was scheduled.
    let parsed: Vec<Parsed> = files
        .par_iter()
        .map(|file| parse_file(root, file, shown_as))
        .collect();
    let mut ids: BTreeMap<(&'static str, String), String> = BTreeMap::new();
    for p in parsed {
        loaded.report.merge(p.report);
        pending.references.extend(p.pending.references);
        pending.links.extend(p.pending.links);
        pending.present.extend(p.pending.present);
        let c = &mut loaded.catalog;
        let r = &mut loaded.report;
        match p.outcome {
            Outcome::Skipped | Outcome::Unknown => continue,
            Outcome::Page(e) => keep(e, &mut c.pages, &mut ids, r),
            Outcome::Role(e) => keep(e, &mut c.roles, &mut ids, r),
            Outcome::Skill(e) => keep(e, &mut c.skills, &mut ids, r),
            Outcome::Credential(e) => keep(e, &mut c.credentials, &mut ids, r),
            Outcome::Program(e) => keep(e, &mut c.programs, &mut ids, r),
            Outcome::Practice(e) => keep(e, &mut c.practices, &mut ids, r),
            Outcome::Org(e) => keep(e, &mut c.orgs, &mut ids, r),
            Outcome::Items(e) => keep(e, &mut c.assessment, &mut ids, r),
            Outcome::Nice(n) => c.nice = n,
            Outcome::Directory(d) => c.directory = d,
            Outcome::KnowledgeUnits(k) => c.knowledge_units = k,
            Outcome::Institutions(i) => c.institutions = i,
        }
        loaded.files += 1;
    }

    check_across_files(&loaded.catalog, &pending, &mut loaded.report);
    loaded
}

/// What one file contributed.
#[allow(
    clippy::large_enum_variant,
    reason = "one short-lived value per file, moved once into the catalog"
)]
enum Outcome {
    Skipped,
    Unknown,
    Page(Option<Entry<Page>>),
    Role(Option<Entry<Role>>),
    Skill(Option<Entry<Skill>>),
    Credential(Option<Entry<Credential>>),
    Program(Option<Entry<Program>>),
    Practice(Option<Entry<Practice>>),
    Org(Option<Entry<OrgProfile>>),
    Items(Option<Entry<ItemBank>>),
    Nice(Option<NiceFramework>),
    Directory(Option<Directory>),
    KnowledgeUnits(Option<KnowledgeUnits>),
    Institutions(Vec<Institution>),
}

/// One file, read and checked on its own.
struct Parsed {
    outcome: Outcome,
    report: Report,
    pending: Pending,
}

/// Reads and checks one file, without looking at any other.
fn parse_file(root: &Path, file: &Path, shown_as: &str) -> Parsed {
    let mut report = Report::default();
    let mut pending = Pending::default();
    let rel = file.strip_prefix(root).unwrap_or(file);
    let rel_str = rel.to_string_lossy().replace('\\', "/");
    let shown = format!("{shown_as}/{rel_str}");
    let name = rel
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.starts_with('.') || name.eq_ignore_ascii_case("README.md") {
        // Editor and OS files, and notes for authors.
        return Parsed {
            outcome: Outcome::Skipped,
            report,
            pending,
        };
    }
    let folder = rel_str.split('/').next().unwrap_or("");
    let direct_markdown = rel_str.ends_with(".md") && rel_str.matches('/').count() == 1;
    let (r, p) = (&mut report, &mut pending);
    let outcome = match (folder, direct_markdown) {
        ("pages", true) => Outcome::Page(read_entry(file, &shown, r, p)),
        ("roles", true) => Outcome::Role(read_entry(file, &shown, r, p)),
        ("skills", true) => Outcome::Skill(read_entry(file, &shown, r, p)),
        ("credentials", true) => Outcome::Credential(read_entry(file, &shown, r, p)),
        ("programs", true) => Outcome::Program(read_entry(file, &shown, r, p)),
        ("practices", true) => Outcome::Practice(read_entry(file, &shown, r, p)),
        ("orgs", true) => Outcome::Org(read_entry(file, &shown, r, p)),
        ("assessment", true) => Outcome::Items(read_entry(file, &shown, r, p)),
        _ => match rel_str.as_str() {
            "nice/framework.toml" => Outcome::Nice(read_data_toml(file, &shown, r)),
            "cae/directory.toml" => Outcome::Directory(read_data_toml(file, &shown, r)),
            "cae/knowledge-units.toml" => Outcome::KnowledgeUnits(read_data_toml(file, &shown, r)),
            "cae/institutions.csv" => Outcome::Institutions(read_institutions(file, &shown, r)),
            _ => {
                let help = if direct_markdown {
                    crate::diagnostic::nearest(folder, KIND_FOLDERS).map_or_else(
                        || {
                            format!(
                                "Markdown content goes directly in one of the folders {}",
                                quote_list(&KIND_FOLDERS)
                            )
                        },
                        |s| format!("move it to `{shown_as}/{s}/`"),
                    )
                } else {
                    format!(
                        "Markdown content goes directly in one of {}; the data files are {}",
                        quote_list(&KIND_FOLDERS),
                        quote_list(&DATA_FILES)
                    )
                };
                report.push(
                    Diagnostic::error(
                        Code::UnknownFile,
                        &shown,
                        None,
                        "this file is not part of any kind of content",
                    )
                    .why("the build would ignore it, so its content would never be published")
                    .help(help),
                );
                Outcome::Unknown
            }
        },
    };
    Parsed {
        outcome,
        report,
        pending,
    }
}

/// Keeps an entry unless its id is already taken.
fn keep<K: Kind>(
    entry: Option<Entry<K>>,
    into: &mut Vec<Entry<K>>,
    ids: &mut BTreeMap<(&'static str, String), String>,
    report: &mut Report,
) {
    let Some(entry) = entry else { return };
    if let Some(first) = ids.insert((K::FOLDER, entry.id.clone()), entry.path.clone()) {
        report.push(
            Diagnostic::error(
                Code::DuplicateId,
                &entry.path,
                None,
                format!("the {} id `{}` is used twice", K::NOUN, entry.id),
            )
            .label(format!("also used by {first}"))
            .why("references to this id could only ever reach one of the two files")
            .help("rename one of the files"),
        );
        return;
    }
    into.push(entry);
}

/// Reads one Markdown file of kind `K`.
fn read_entry<K: Kind>(
    file: &Path,
    shown: &str,
    report: &mut Report,
    pending: &mut Pending,
) -> Option<Entry<K>> {
    if let Some(id) = shown.rsplit('/').next().and_then(|n| n.strip_suffix(".md")) {
        pending
            .present
            .insert((K::FOLDER.to_owned(), id.to_owned()));
    }
    let text = read_text(file, shown, report)?;
    parse_entry::<K>(shown, &text, report, pending)
}

fn read_text(file: &Path, shown: &str, report: &mut Report) -> Option<String> {
    match std::fs::read(file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => {
                report.add_file(SourceFile::new(shown, text.as_str()));
                Some(text)
            }
            Err(err) => {
                report.push(
                    Diagnostic::error(Code::Unreadable, shown, None, "the file is not UTF-8 text")
                        .label(format!(
                            "invalid byte at offset {}",
                            err.utf8_error().valid_up_to()
                        ))
                        .help("save the file as UTF-8 in your editor"),
                );
                None
            }
        },
        Err(err) => {
            report.push(Diagnostic::error(
                Code::Unreadable,
                shown,
                None,
                format!("the file could not be read: {err}"),
            ));
            None
        }
    }
}

/// Parses the text of one file of kind `K`. Separate from reading so tests need no files.
fn parse_entry<K: Kind>(
    shown: &str,
    text: &str,
    report: &mut Report,
    pending: &mut Pending,
) -> Option<Entry<K>> {
    let id = shown
        .rsplit('/')
        .next()
        .and_then(|n| n.strip_suffix(".md"))
        .unwrap_or_default()
        .to_owned();
    if !is_valid_id(&id) {
        report.push(
            Diagnostic::error(Code::BadId, shown, None, format!("`{id}` is not a valid id for a file name"))
                .why("the file name is the item's id: it appears in URLs and in references from other files")
                .help(format!("rename the file to `{}.md`: lowercase letters, digits and single hyphens", suggest_id(&id))),
        );
    }

    let split = match front_matter::split(text) {
        Ok(split) => split,
        Err(SplitError::NoOpening) => {
            report.push(
                Diagnostic::error(Code::NoFrontMatter, shown, Some(0..text.lines().next().map_or(0, str::len)), "the file does not start with `+++` front matter")
                    .why("the front matter holds the facts (title, sources, dates) the site is built from")
                    .help(format!("start the file with a `+++` line, the {} fields, and another `+++` line; `pathways new` writes a complete example", K::NOUN)),
            );
            return None;
        }
        Err(SplitError::NotClosed { opening }) => {
            report.push(
                Diagnostic::error(
                    Code::UnclosedFrontMatter,
                    shown,
                    Some(opening),
                    "this front matter is never closed",
                )
                .label("opened here")
                .help("add a line `+++` after the last field"),
            );
            return None;
        }
    };

    let toml_text = &text[split.toml.clone()];
    let table = match DeTable::parse(toml_text) {
        Ok(table) => table,
        Err(err) => {
            let span = err
                .span()
                .map(|s| s.start + split.toml.start..s.end + split.toml.start);
            report.push(
                Diagnostic::error(Code::TomlSyntax, shown, span, "the front matter is not valid TOML")
                    .label(err.message().trim().to_owned())
                    .help("strings need double quotes, lists need [ ], and each field goes on its own line as `name = value`"),
            );
            return None;
        }
    };

    let mut walker = Walker::new(shown, split.toml.start);
    walker.check_document(K::NOUN, K::FIELDS, &table);
    let schema_ok = walker.diagnostics.is_empty();
    report.extend(walker.diagnostics);
    pending
        .references
        .extend(walker.references.into_iter().map(|r| (shown.to_owned(), r)));
    let spans = walker.spans;

    let body = &text[split.body.clone()];
    let rendered = markdown::render(shown, body, split.body.start, &BasePath::default());
    report.extend(rendered.diagnostics);
    pending
        .links
        .extend(rendered.links.into_iter().map(|l| (shown.to_owned(), l)));
    if K::BODY_REQUIRED && rendered.plain.trim().is_empty() {
        report.push(
            Diagnostic::error(
                Code::EmptyBody,
                shown,
                Some(split.body.start..split.body.start),
                format!("this {} has no body text", K::NOUN),
            )
            .why(format!(
                "the body is where readers learn {}",
                K::BODY_DOC.trim_end_matches('.').to_lowercase()
            ))
            .help("write the text in Markdown after the closing `+++`"),
        );
    }
    if !schema_ok {
        return None;
    }

    let meta = match K::deserialize(toml::de::Deserializer::from(table)) {
        Ok(meta) => meta,
        Err(err) => {
            report.push(Diagnostic::error(
                Code::WrongType,
                shown,
                err.span()
                    .map(|s| s.start + split.toml.start..s.end + split.toml.start),
                format!(
                    "the front matter could not be read: {}",
                    err.message().trim()
                ),
            ));
            return None;
        }
    };
    let mut checker = Checker::new(shown, &spans);
    meta.check(&mut checker);
    report.extend(checker.diagnostics);
    Some(Entry {
        id,
        path: shown.to_owned(),
        meta,
        body: body.to_owned(),
        body_offset: split.body.start,
        plain: rendered.plain,
        html_at_root: rendered.html,
        spans,
    })
}

fn read_data_toml<T: DeserializeOwned>(file: &Path, shown: &str, report: &mut Report) -> Option<T> {
    let text = read_text(file, shown, report)?;
    match toml::from_str::<T>(&text) {
        Ok(value) => Some(value),
        Err(err) => {
            report.push(
                Diagnostic::error(Code::TomlSyntax, shown, err.span(), "this data file cannot be read")
                    .label(err.message().trim().to_owned())
                    .help("compare it with the format in content/README.md; generated files are rewritten by their import command"),
            );
            None
        }
    }
}

fn read_institutions(file: &Path, shown: &str, report: &mut Report) -> Vec<Institution> {
    let Some(text) = read_text(file, shown, report) else {
        return Vec::new();
    };
    let source = SourceFile::new(shown, text.as_str());
    let (institutions, problems) = cae::parse_institutions(&text);
    for p in problems {
        let span = source.line_start(p.line).map(|start| {
            let line_text = text[start..].lines().next().unwrap_or("");
            let (col_start, col_end) = match p.column {
                Some(col) => column_span(line_text, col),
                None => (0, line_text.len()),
            };
            start + col_start..start + col_end
        });
        report.push(Diagnostic::error(Code::BadRow, shown, span, p.message).help(p.help));
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, inst) in institutions.iter().enumerate() {
        if let Some(first) = seen.insert(&inst.id, i) {
            report.push(
                Diagnostic::error(
                    Code::DuplicateId,
                    shown,
                    None,
                    format!("the institution id `{}` is used twice", inst.id),
                )
                .label(format!("rows {} and {}", first + 2, i + 2))
                .help("give one of them a distinct id, for example with the state appended"),
            );
        }
    }
    institutions
}

/// The byte range of the `col`-th (1-based) comma-separated field of a CSV line (quotes aware).
fn column_span(line: &str, col: usize) -> (usize, usize) {
    let mut field = 1;
    let mut start = 0;
    let mut quoted = false;
    for (i, ch) in line.char_indices() {
        match ch {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                if field == col {
                    return (start, i);
                }
                field += 1;
                start = i + 1;
            }
            _ => {}
        }
    }
    if field == col {
        (start, line.len())
    } else {
        (0, line.len())
    }
}

fn suggest_id(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_owned()
}

/// The ids each reference kind may point at.
fn known_ids(catalog: &Catalog) -> HashMap<RefKind, BTreeSet<&str>> {
    let mut known: HashMap<RefKind, BTreeSet<&str>> = HashMap::new();
    fn ids<'a>(v: &mut BTreeSet<&'a str>, it: &mut dyn Iterator<Item = &'a str>) {
        v.extend(it);
    }
    ids(
        known.entry(RefKind::Role).or_default(),
        &mut catalog.roles.iter().map(|e| e.id.as_str()),
    );
    ids(
        known.entry(RefKind::Skill).or_default(),
        &mut catalog.skills.iter().map(|e| e.id.as_str()),
    );
    ids(
        known.entry(RefKind::Credential).or_default(),
        &mut catalog.credentials.iter().map(|e| e.id.as_str()),
    );
    ids(
        known.entry(RefKind::Program).or_default(),
        &mut catalog.programs.iter().map(|e| e.id.as_str()),
    );
    ids(
        known.entry(RefKind::OrgProfile).or_default(),
        &mut catalog.orgs.iter().map(|e| e.id.as_str()),
    );
    ids(
        known.entry(RefKind::Practice).or_default(),
        &mut catalog
            .practices
            .iter()
            .filter(|p| p.meta.kind == PracticeKind::Practice)
            .map(|e| e.id.as_str()),
    );
    ids(
        known.entry(RefKind::Threat).or_default(),
        &mut catalog
            .practices
            .iter()
            .filter(|p| p.meta.kind == PracticeKind::Threat)
            .map(|e| e.id.as_str()),
    );
    ids(
        known.entry(RefKind::Institution).or_default(),
        &mut catalog.institutions.iter().map(|i| i.id.as_str()),
    );
    if let Some(kus) = &catalog.knowledge_units {
        ids(
            known.entry(RefKind::KnowledgeUnit).or_default(),
            &mut kus.units.iter().map(|u| u.id.as_str()),
        );
    }
    if let Some(nice) = &catalog.nice {
        ids(
            known.entry(RefKind::NiceWorkRole).or_default(),
            &mut nice.work_roles.iter().map(|r| r.id.as_str()),
        );
        ids(
            known.entry(RefKind::NiceTks).or_default(),
            &mut nice.statements.iter().map(|s| s.id.as_str()),
        );
        ids(
            known.entry(RefKind::NiceCompetency).or_default(),
            &mut nice.competency_areas.iter().map(|a| a.id.as_str()),
        );
    }
    known
}

fn where_it_lives(kind: RefKind, id: &str) -> String {
    match kind {
        RefKind::Role => format!("no file content/roles/{id}.md"),
        RefKind::Skill => format!("no file content/skills/{id}.md"),
        RefKind::Credential => format!("no file content/credentials/{id}.md"),
        RefKind::Program => format!("no file content/programs/{id}.md"),
        RefKind::Practice => format!("no practice content/practices/{id}.md"),
        RefKind::Threat => format!("no threat content/practices/{id}.md"),
        RefKind::OrgProfile => format!("no file content/orgs/{id}.md"),
        RefKind::Institution => "not in content/cae/institutions.csv".into(),
        RefKind::KnowledgeUnit => "not in content/cae/knowledge-units.toml".into(),
        RefKind::NiceWorkRole | RefKind::NiceTks | RefKind::NiceCompetency => {
            "not in the imported NICE Framework".into()
        }
    }
}

fn why_it_matters(kind: RefKind) -> &'static str {
    match kind {
        RefKind::Skill => "gap reports and plans would silently skip the skill",
        RefKind::Role => "the career-pathway graph would have a dead end",
        RefKind::Credential => {
            "qualification routes and plans would offer a credential readers cannot look up"
        }
        RefKind::Program => "plans would offer a program readers cannot look up",
        RefKind::Practice | RefKind::Threat => {
            "workforce plans would map the role to a practice that does not exist"
        }
        RefKind::OrgProfile => "the workforce planner would miss the profile",
        RefKind::Institution => "readers could not find the institution in the CAE directory",
        RefKind::KnowledgeUnit => {
            "the curriculum coverage matrix would count a Knowledge Unit that does not exist"
        }
        RefKind::NiceWorkRole | RefKind::NiceTks | RefKind::NiceCompetency => {
            "the mapping to the NICE Framework, which employers and educators use, would be wrong"
        }
    }
}

fn check_across_files(catalog: &Catalog, pending: &Pending, report: &mut Report) {
    let known = known_ids(catalog);
    let empty = BTreeSet::new();
    let mut nice_missing_reported = false;
    for (path, r) in &pending.references {
        let ids = known.get(&r.kind).unwrap_or(&empty);
        if ids.contains(r.id.as_str()) {
            continue;
        }
        let folder = match r.kind {
            RefKind::Role => Some("roles"),
            RefKind::Skill => Some("skills"),
            RefKind::Credential => Some("credentials"),
            RefKind::Program => Some("programs"),
            RefKind::Practice | RefKind::Threat => Some("practices"),
            RefKind::OrgProfile => Some("orgs"),
            _ => None,
        };
        let is_nice = matches!(
            r.kind,
            RefKind::NiceWorkRole | RefKind::NiceTks | RefKind::NiceCompetency
        );
        if is_nice && catalog.nice.is_none() {
            if !nice_missing_reported {
                report.push(
                    Diagnostic::error(Code::UnknownNiceId, path, Some(r.span.clone()), "NICE ids are used but the NICE Framework has not been imported")
                        .why("NICE ids cannot be checked without the framework data")
                        .help("run `pathways import-nice <NIST CPRT JSON> --out content/nice/framework.toml`"),
                );
                nice_missing_reported = true;
            }
            continue;
        }
        // A practice where a threat was expected (or the reverse) gets a precise message.
        let other_kind = match r.kind {
            RefKind::Practice => Some(RefKind::Threat),
            RefKind::Threat => Some(RefKind::Practice),
            _ => None,
        };
        let is_other =
            other_kind.is_some_and(|k| known.get(&k).is_some_and(|s| s.contains(r.id.as_str())));
        if !is_other
            && folder.is_some_and(|f| pending.present.contains(&(f.to_owned(), r.id.clone())))
        {
            continue; // the file exists but has errors of its own
        }
        let d = if is_other {
            Diagnostic::error(
                r.kind.unknown_code(),
                path,
                Some(r.span.clone()),
                format!(
                    "`{}` is an {}, not an {}",
                    r.id,
                    other_kind.map_or("", RefKind::noun),
                    r.kind.noun()
                ),
            )
            .label(format!("`{}` expects {}", r.field, r.kind.noun()))
            .help(format!(
                "move it to the field for {}s",
                other_kind.map_or("", RefKind::noun)
            ))
        } else {
            Diagnostic::error(
                r.kind.unknown_code(),
                path,
                Some(r.span.clone()),
                format!("unknown {} `{}`", r.kind.noun(), r.id),
            )
            .label(where_it_lives(r.kind, &r.id))
            .why(why_it_matters(r.kind))
            .maybe_help(did_you_mean(&r.id, ids.iter().copied()))
        };
        report.push(d);
    }
    check_links(catalog, pending, report);
    check_credential_cycles(catalog, report);
    check_career_cycles(catalog, report);
    check_assessment(catalog, report);
    check_practice_numbers(catalog, report);
}

fn check_links(catalog: &Catalog, pending: &Pending, report: &mut Report) {
    let keys = catalog.route_keys();
    for (path, link) in &pending.links {
        let is_file = link
            .key
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.'));
        if is_file || keys.contains(&link.key) {
            continue;
        }
        report.push(
            Diagnostic::error(
                Code::BrokenLink,
                path,
                Some(link.span.clone()),
                format!("link to a page that does not exist: `{}`", link.written),
            )
            .label("no page has this address")
            .why("readers who follow the link land on a not-found page")
            .maybe_help(
                did_you_mean(&link.key, keys.iter().map(String::as_str))
                    .map(|k| format!("did you mean `/{k}/`?")),
            ),
        );
    }
}

/// Finds the cycles of a directed graph, each reported once, as node paths.
pub fn cycles<'a>(edges: &BTreeMap<&'a str, Vec<&'a str>>) -> Vec<Vec<&'a str>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Visiting,
        Done,
    }
    fn visit<'a>(
        node: &'a str,
        edges: &BTreeMap<&'a str, Vec<&'a str>>,
        marks: &mut HashMap<&'a str, Mark>,
        stack: &mut Vec<&'a str>,
        found: &mut Vec<Vec<&'a str>>,
    ) {
        marks.insert(node, Mark::Visiting);
        stack.push(node);
        for &next in edges.get(node).map(Vec::as_slice).unwrap_or(&[]) {
            match marks.get(next) {
                Some(Mark::Visiting) => {
                    let start = stack.iter().position(|&n| n == next).unwrap_or(0);
                    let mut cycle: Vec<&str> = stack[start..].to_vec();
                    cycle.push(next);
                    found.push(cycle);
                }
                Some(Mark::Done) => {}
                None => visit(next, edges, marks, stack, found),
            }
        }
        stack.pop();
        marks.insert(node, Mark::Done);
    }
    let mut marks = HashMap::new();
    let mut found = Vec::new();
    for &node in edges.keys() {
        if !marks.contains_key(node) {
            visit(node, edges, &mut marks, &mut Vec::new(), &mut found);
        }
    }
    found
}

fn check_credential_cycles(catalog: &Catalog, report: &mut Report) {
    let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for c in &catalog.credentials {
        edges
            .entry(c.id.as_str())
            .or_default()
            .extend(c.meta.eligibility.prerequisites.iter().map(String::as_str));
    }
    for cycle in cycles(&edges) {
        let Some(first) = catalog.credential(cycle[0]) else {
            continue;
        };
        let field = first
            .meta
            .eligibility
            .prerequisites
            .iter()
            .position(|p| p == cycle[1])
            .map_or("eligibility.prerequisites".to_owned(), |i| {
                format!("eligibility.prerequisites[{i}]")
            });
        report.push(
            Diagnostic::error(
                Code::PrerequisiteCycle,
                &first.path,
                Some(first.spans.of(&field)),
                format!("prerequisites go round in a circle: {}", cycle.join(" → ")),
            )
            .why("no one could ever earn these credentials, and the planner could not order them")
            .help("remove the prerequisite that points back"),
        );
    }
}

fn check_career_cycles(catalog: &Catalog, report: &mut Report) {
    // A role's feeders lead to it, and it leads to its next roles.
    let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for r in &catalog.roles {
        edges
            .entry(r.id.as_str())
            .or_default()
            .extend(r.meta.next_roles.iter().map(String::as_str));
        for feeder in &r.meta.feeder_roles {
            edges
                .entry(feeder.as_str())
                .or_default()
                .push(r.id.as_str());
        }
    }
    for list in edges.values_mut() {
        list.sort_unstable();
        list.dedup();
    }
    for cycle in cycles(&edges) {
        let (from, to) = (cycle[0], cycle[1]);
        // Point at the file that declares the edge: `from`'s next_roles, or `to`'s feeder_roles.
        let (entry, field) = match catalog.role(from).and_then(|r| {
            r.meta
                .next_roles
                .iter()
                .position(|n| n == to)
                .map(|i| (r, format!("next_roles[{i}]")))
        }) {
            Some(found) => found,
            None => match catalog.role(to).and_then(|r| {
                r.meta
                    .feeder_roles
                    .iter()
                    .position(|f| f == from)
                    .map(|i| (r, format!("feeder_roles[{i}]")))
            }) {
                Some(found) => found,
                None => continue,
            },
        };
        report.push(
            Diagnostic::error(Code::CareerCycle, &entry.path, Some(entry.spans.of(&field)), format!("the career pathway goes round in a circle: {}", cycle.join(" → ")))
                .why("the pathway graph is drawn from entry to leadership; a circle has no direction to draw")
                .help("a role moves on to more senior roles: remove the link that points back"),
        );
    }
}

fn check_assessment(catalog: &Catalog, report: &mut Report) {
    let mut item_ids: HashMap<&str, &str> = HashMap::new();
    let mut skills: HashMap<&str, &str> = HashMap::new();
    for bank in &catalog.assessment {
        if bank.id != bank.meta.skill {
            report.push(
                Diagnostic::error(
                    Code::Inconsistent,
                    &bank.path,
                    Some(bank.spans.of("skill")),
                    format!(
                        "this file checks `{}` but is named `{}.md`",
                        bank.meta.skill, bank.id
                    ),
                )
                .help(format!(
                    "name the file `{}.md`, one file per skill",
                    bank.meta.skill
                )),
            );
        }
        if let Some(first) = skills.insert(&bank.meta.skill, &bank.path) {
            report.push(
                Diagnostic::error(
                    Code::DuplicateId,
                    &bank.path,
                    Some(bank.spans.of("skill")),
                    format!(
                        "the questions of `{}` are split across files",
                        bank.meta.skill
                    ),
                )
                .label(format!("also in {first}"))
                .help("keep one file per skill"),
            );
        }
        for (i, item) in bank.meta.items.iter().enumerate() {
            if let Some(first) = item_ids.insert(&item.id, &bank.path) {
                report.push(
                    Diagnostic::error(
                        Code::DuplicateId,
                        &bank.path,
                        Some(bank.spans.of(&format!("items[{i}].id"))),
                        format!("the item id `{}` is used twice", item.id),
                    )
                    .label(format!("also used in {first}"))
                    .why("saved assessments refer to questions by id")
                    .help("give the new question a new id"),
                );
            }
        }
    }
}

fn check_practice_numbers(catalog: &Catalog, report: &mut Report) {
    let mut seen: HashMap<(bool, u8), &str> = HashMap::new();
    for p in &catalog.practices {
        let key = (p.meta.kind == PracticeKind::Practice, p.meta.number);
        if let Some(first) = seen.insert(key, &p.path) {
            report.push(
                Diagnostic::error(
                    Code::DuplicateId,
                    &p.path,
                    Some(p.spans.of("number")),
                    format!("number {} is also used by {first}", p.meta.number),
                )
                .help("HICP numbers each practice and threat once"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_page(text: &str) -> (Option<Entry<Page>>, Report) {
        let mut report = Report::default();
        report.add_file(SourceFile::new("content/pages/about.md", text));
        let mut pending = Pending::default();
        let entry = parse_entry::<Page>("content/pages/about.md", text, &mut report, &mut pending);
        (entry, report)
    }

    #[test]
    fn a_valid_page_is_read_with_its_body() {
        let (entry, report) = parse_page(
            "+++\ntitle = \"About\"\ndescription = \"What it is.\"\nverified = 2026-11-22\n+++\nHello **there**.\n",
        );
        assert!(!report.has_errors(), "{}", report.render(1));
        let entry = entry.expect("read");
        assert_eq!(entry.id, "about");
        assert_eq!(entry.meta.title, "About");
        assert_eq!(
            entry.meta.verified.map(|d| d.to_string()).as_deref(),
            Some("2026-11-22")
        );
        assert_eq!(entry.plain, "Hello there.");
    }

    #[test]
    fn ids_are_suggested_from_bad_file_names() {
        assert_eq!(suggest_id("SOC_Analyst (old)"), "soc-analyst-old");
    }

    #[test]
    fn cycles_are_found_once_each() {
        let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        edges.insert("a", vec!["b"]);
        edges.insert("b", vec!["c"]);
        edges.insert("c", vec!["a", "d"]);
        edges.insert("d", vec![]);
        edges.insert("e", vec!["e"]);
        assert_eq!(
            cycles(&edges),
            vec![vec!["a", "b", "c", "a"], vec!["e", "e"]]
        );
    }

    #[test]
    fn csv_columns_are_located_with_quotes() {
        assert_eq!(column_span("a,\"b, c\",d", 2), (2, 8));
        assert_eq!(column_span("a,\"b, c\",d", 3), (9, 10));
    }
}
