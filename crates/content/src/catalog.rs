//! Reading a content folder into a [`Catalog`], each file checked on its own.
//!
//! Reading never stops at the first problem: every file is read and checked, every problem is
//! collected into the [`Report`], and whatever could be read is kept so that the checks across
//! files (references, links, cycles: [`crate::checks`]) still run.
//!
//! The kinds of Markdown content are registered once, in the `kinds!` list below: it declares
//! the [`Catalog`] fields, the folders that are read, and how each file's entry is kept. All the
//! rest is asked of the kind through [`Kind`].

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use pathways_core::model::{
    Credential, Institution, ItemBank, OrgProfile, Practice, PracticeKind, Program, Role, Skill,
};
use pathways_core::site::{BasePath, Route, Section, is_valid_id, slug};
use pathways_core::stats::CatalogStats;
use serde::de::DeserializeOwned;
use toml::de::DeTable;

use crate::cae::{self, Directory, KnowledgeUnits};
use crate::diagnostic::{Code, Diagnostic, Report};
use crate::front_matter::{self, SplitError};
use crate::kinds::goal::Goal;
use crate::kinds::page::Page;
use crate::kinds::{Checker, Kind};
use crate::markdown::{self, SiteLink};
use crate::nice::{HealthCareFit, NiceFramework};
use crate::schema::{RefKind, Reference, Walker, quote_list};
use crate::source::SourceFile;
use pathways_core::model::Support;
use rayon::prelude::*;

pub use crate::kinds::Entry;

/// Declares every kind of Markdown content, in the order their folders are listed to authors.
/// One line per kind: `/// doc` `field: Type`, where `Type: Kind`.
macro_rules! kinds {
    ($( $(#[doc = $doc:literal])* $field:ident : $ty:ty, )*) => {
        /// Everything in a content folder.
        #[derive(Clone, Debug, Default)]
        pub struct Catalog {
            $( $(#[doc = $doc])* pub $field: Entries<$ty>, )*
            /// The CAE institution directory (`cae/institutions.csv`).
            pub institutions: Vec<Institution>,
            /// The directory's provenance (`cae/directory.toml`).
            pub directory: Option<Directory>,
            /// CAE Knowledge Units (`cae/knowledge-units.toml`).
            pub knowledge_units: Option<KnowledgeUnits>,
            /// The imported NICE Framework (`nice/framework.toml`).
            pub nice: Option<NiceFramework>,
            /// The NICE work roles that do not occur in health care (`nice/health-care.toml`).
            pub nice_absent: Option<HealthCareFit>,
        }

        impl Catalog {
            /// Shows the entries of every kind to `visit`, kind by kind, in registry order.
            pub fn visit<'c>(&'c self, visit: &mut impl Visit<'c>) {
                $( visit.kind(&self.$field); )*
            }
        }

        /// What one file contributed.
        #[allow(
            clippy::large_enum_variant,
            non_camel_case_types,
            reason = "one short-lived value per file, moved once into the catalog; variants are named after the catalog's fields"
        )]
        enum Outcome {
            Skipped,
            Unknown,
            $( $field(Option<Entry<$ty>>), )*
            Nice(Option<NiceFramework>),
            NiceAbsent(Option<HealthCareFit>),
            Directory(Option<Directory>),
            KnowledgeUnits(Option<KnowledgeUnits>),
            Institutions(Vec<Institution>),
        }

        /// The folders of Markdown kinds.
        const KIND_FOLDERS: &[&str] = &[$( <$ty as Kind>::FOLDER, )*];

        /// Reads a Markdown file that sits directly in `folder`, if that is a kind's folder.
        fn read_markdown(
            folder: &str,
            file: &Path,
            shown: &str,
            report: &mut Report,
            pending: &mut Pending,
        ) -> Option<Outcome> {
            $( if folder == <$ty as Kind>::FOLDER {
                return Some(Outcome::$field(read_entry(file, shown, report, pending)));
            } )*
            None
        }

        /// Moves what one file contributed into the catalog; `false` if it contributed nothing.
        fn merge(outcome: Outcome, c: &mut Catalog, report: &mut Report) -> bool {
            match outcome {
                Outcome::Skipped | Outcome::Unknown => return false,
                $( Outcome::$field(e) => keep(e, &mut c.$field, report), )*
                Outcome::Nice(n) => c.nice = n,
                Outcome::NiceAbsent(n) => c.nice_absent = n,
                Outcome::Directory(d) => c.directory = d,
                Outcome::KnowledgeUnits(k) => c.knowledge_units = k,
                Outcome::Institutions(i) => c.institutions = i,
            }
            true
        }

        /// The folder of the kind that answers references of `kind`, if a Markdown kind does.
        pub(crate) fn folder_of(kind: RefKind) -> Option<&'static str> {
            $( if <$ty as Kind>::REFS.contains(&kind) {
                return Some(<$ty as Kind>::FOLDER);
            } )*
            None
        }
    };
}

kinds! {
    /// Free-standing pages (`pages/`).
    pages: Page,
    /// Roles (`roles/`).
    roles: Role,
    /// Skills (`skills/`).
    skills: Skill,
    /// Credentials (`credentials/`).
    credentials: Credential,
    /// Programs (`programs/`).
    programs: Program,
    /// HICP practices and threats (`practices/`).
    practices: Practice,
    /// Organization profiles (`orgs/`).
    orgs: OrgProfile,
    /// Knowledge checks, one file per skill (`assessment/`).
    assessment: ItemBank,
    /// HHS HPH Cybersecurity Performance Goals (`goals/`).
    goals: Goal,
    /// Free and discounted help for small and rural organizations (`support/`).
    support: Support,
}

/// Something done to the entries of every kind in turn (see [`Catalog::visit`]).
pub trait Visit<'c> {
    /// Visits the entries of kind `K`.
    fn kind<K: Kind>(&mut self, entries: &'c Entries<K>);
}

/// The entries of one kind, in file order, indexed by id.
#[derive(Clone, Debug)]
pub struct Entries<T> {
    list: Vec<Entry<T>>,
    by_id: HashMap<String, usize>,
}

impl<T> Default for Entries<T> {
    fn default() -> Self {
        Entries {
            list: Vec::new(),
            by_id: HashMap::new(),
        }
    }
}

impl<T> Entries<T> {
    /// The entry with an id.
    pub fn get(&self, id: &str) -> Option<&Entry<T>> {
        self.by_id.get(id).and_then(|&i| self.list.get(i))
    }

    /// Adds an entry at the end, unless its id is taken: then the entry already there is
    /// returned as the error.
    pub fn insert(&mut self, entry: Entry<T>) -> Result<(), &Entry<T>> {
        if let Some(&i) = self.by_id.get(&entry.id) {
            return Err(&self.list[i]);
        }
        self.by_id.insert(entry.id.clone(), self.list.len());
        self.list.push(entry);
        Ok(())
    }
}

impl<T> std::ops::Deref for Entries<T> {
    type Target = [Entry<T>];

    fn deref(&self) -> &[Entry<T>] {
        &self.list
    }
}

impl<'a, T> IntoIterator for &'a Entries<T> {
    type Item = &'a Entry<T>;
    type IntoIter = std::slice::Iter<'a, Entry<T>>;

    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
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
        struct Keys(BTreeSet<String>);
        impl<'c> Visit<'c> for Keys {
            fn kind<K: Kind>(&mut self, entries: &'c Entries<K>) {
                self.0.extend(
                    entries
                        .iter()
                        .filter_map(|e| K::route(&e.id).map(|r| r.key())),
                );
            }
        }
        let mut keys = Keys(
            Section::ALL
                .iter()
                .map(|s| Route::Section(*s).key())
                .collect(),
        );
        self.visit(&mut keys);
        keys.0.insert(Route::HireCompare.key());
        keys.0.insert(Route::OrgPlan.key());
        keys.0.insert(Route::CurriculumEditor.key());
        keys.0.insert(Route::CaeDirectory.key());
        // The assessment has a page per role.
        keys.0
            .extend(self.roles.iter().map(|e| Route::Assess(&e.id).key()));
        keys.0
    }

    /// The ids that references of `kind` may point at, in file order.
    pub fn ids(&self, kind: RefKind) -> Vec<&str> {
        struct Ids<'c> {
            kind: RefKind,
            ids: Vec<&'c str>,
        }
        impl<'c> Visit<'c> for Ids<'c> {
            fn kind<K: Kind>(&mut self, entries: &'c Entries<K>) {
                if K::REFS.contains(&self.kind) {
                    self.ids.extend(
                        entries
                            .iter()
                            .filter(|e| e.meta.answers_to() == Some(self.kind))
                            .map(|e| e.id.as_str()),
                    );
                }
            }
        }
        let ids: Vec<&str> = match kind {
            RefKind::Institution => self.institutions.iter().map(|i| i.id.as_str()).collect(),
            RefKind::KnowledgeUnit => self
                .knowledge_units
                .iter()
                .flat_map(|k| k.units.iter().map(|u| u.id.as_str()))
                .collect(),
            RefKind::NiceWorkRole => self
                .nice
                .iter()
                .flat_map(|f| f.work_roles.iter().map(|r| r.id.as_str()))
                .collect(),
            RefKind::NiceTks => self
                .nice
                .iter()
                .flat_map(|f| f.statements.iter().map(|s| s.id.as_str()))
                .collect(),
            RefKind::NiceCompetency => self
                .nice
                .iter()
                .flat_map(|f| f.competency_areas.iter().map(|a| a.id.as_str()))
                .collect(),
            _ => {
                let mut found = Ids {
                    kind,
                    ids: Vec::new(),
                };
                self.visit(&mut found);
                found.ids
            }
        };
        ids
    }

    /// The role with an id.
    pub fn role(&self, id: &str) -> Option<&Entry<Role>> {
        self.roles.get(id)
    }

    /// The skill with an id.
    pub fn skill(&self, id: &str) -> Option<&Entry<Skill>> {
        self.skills.get(id)
    }

    /// The credential with an id.
    pub fn credential(&self, id: &str) -> Option<&Entry<Credential>> {
        self.credentials.get(id)
    }

    /// The program with an id.
    pub fn program(&self, id: &str) -> Option<&Entry<Program>> {
        self.programs.get(id)
    }

    /// The practice or threat with an id.
    pub fn practice(&self, id: &str) -> Option<&Entry<Practice>> {
        self.practices.get(id)
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

/// What files contributed to the checks across files.
#[derive(Default)]
pub(crate) struct Pending {
    /// Every reference, with the file it is in.
    pub(crate) references: Vec<(String, Reference)>,
    /// Every link to a site page, with the file it is in.
    pub(crate) links: Vec<(String, SiteLink)>,
    /// Ids of every Markdown file found, by folder, even those that could not be read: a
    /// reference to a broken file is not reported again (the file's own errors say it all).
    pub(crate) present: BTreeSet<(String, String)>,
}

/// The data files.
const DATA_FILES: [&str; 5] = [
    "nice/framework.toml",
    "nice/health-care.toml",
    "cae/institutions.csv",
    "cae/directory.toml",
    "cae/knowledge-units.toml",
];

/// Reads and checks every file under `root` on its own, without the checks across files
/// (see [`crate::load`]). Paths in diagnostics start with `shown_as` (usually the folder as
/// the user typed it, such as `content`).
pub(crate) fn read(root: &Path, shown_as: &str) -> (Loaded, Pending) {
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
    for p in parsed {
        loaded.report.merge(p.report);
        pending.references.extend(p.pending.references);
        pending.links.extend(p.pending.links);
        pending.present.extend(p.pending.present);
        if merge(p.outcome, &mut loaded.catalog, &mut loaded.report) {
            loaded.files += 1;
        }
    }
    (loaded, pending)
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
    let markdown = if direct_markdown {
        read_markdown(folder, file, &shown, r, p)
    } else {
        None
    };
    let outcome = match markdown {
        Some(outcome) => outcome,
        None => match rel_str.as_str() {
            "nice/framework.toml" => Outcome::Nice(read_data_toml(file, &shown, r)),
            "nice/health-care.toml" => Outcome::NiceAbsent(read_data_toml(file, &shown, r)),
            "cae/directory.toml" => Outcome::Directory(read_data_toml(file, &shown, r)),
            "cae/knowledge-units.toml" => Outcome::KnowledgeUnits(read_data_toml(file, &shown, r)),
            "cae/institutions.csv" => Outcome::Institutions(read_institutions(file, &shown, r)),
            _ => {
                let help = if direct_markdown {
                    crate::diagnostic::nearest(folder, KIND_FOLDERS.iter().copied()).map_or_else(
                        || {
                            format!(
                                "Markdown content goes directly in one of the folders {}",
                                quote_list(KIND_FOLDERS)
                            )
                        },
                        |s| format!("move it to `{shown_as}/{s}/`"),
                    )
                } else {
                    format!(
                        "Markdown content goes directly in one of {}; the data files are {}",
                        quote_list(KIND_FOLDERS),
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
fn keep<K: Kind>(entry: Option<Entry<K>>, into: &mut Entries<K>, report: &mut Report) {
    let Some(entry) = entry else { return };
    let (id, path) = (entry.id.clone(), entry.path.clone());
    if let Err(first) = into.insert(entry) {
        report.push(
            Diagnostic::error(
                Code::DuplicateId,
                &path,
                None,
                format!("the {} id `{id}` is used twice", K::NOUN),
            )
            .label(format!("also used by {}", first.path))
            .why("references to this id could only ever reach one of the two files")
            .help("rename one of the files"),
        );
    }
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

/// The first line of a body, outside fenced code, that is one of the kind's front matter fields
/// (`name = …`) or tables (`[name]`, `[[name]]`): its byte offset in the body and the text of
/// its key.
fn field_in_body<'b>(body: &'b str, fields: &[crate::schema::Field]) -> Option<(usize, &'b str)> {
    let mut fenced = false;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let at = offset;
        offset += line.len();
        let t = line.trim();
        if t.starts_with("```") || t.starts_with("~~~") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        let key = t
            .strip_prefix("[[")
            .and_then(|r| r.strip_suffix("]]"))
            .or_else(|| t.strip_prefix('[').and_then(|r| r.strip_suffix(']')))
            .or_else(|| t.split_once(" = ").map(|(k, _)| k))
            .map(str::trim);
        let Some(key) = key else { continue };
        let top = key.split('.').next().unwrap_or(key);
        if fields.iter().any(|f| f.name == top) {
            let lead = line.len() - line.trim_start().len();
            // A table header is shown whole; a field by its key.
            let text = if t.starts_with('[') { t } else { key };
            return Some((at + lead, text));
        }
    }
    None
}

/// Whether a route key belongs to one of the site's fixed pages (sections the site renders
/// itself, the CAE directory, the candidate comparison), which no content item may take. The
/// prose sections (About, Privacy, How educators publish) are written as `content/pages/`.
fn is_fixed_route(key: &str) -> bool {
    const PROSE: [Section; 3] = [Section::About, Section::Privacy, Section::Educators];
    Section::ALL
        .iter()
        .any(|s| !PROSE.contains(s) && Route::Section(*s).key() == key)
        || key == Route::CaeDirectory.key()
        || key == Route::HireCompare.key()
        || key == Route::OrgPlan.key()
        || key == Route::CurriculumEditor.key()
}

/// Parses the text of one file of kind `K`. Separate from reading so tests need no files.
pub(crate) fn parse_entry<K: Kind>(
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
                .help(format!("rename the file to `{}.md`: lowercase letters, digits and single hyphens", slug(&id))),
        );
    }
    if let Some(route) = K::route(&id).filter(|r| is_fixed_route(&r.key())) {
        report.push(
            Diagnostic::error(
                Code::BadId,
                shown,
                None,
                format!("`{id}` is taken by one of the site's own pages, /{route}/"),
            )
            .why("the file name is the item's id and becomes its URL, which would hide that page")
            .help("rename the file"),
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
    if let Some((at, name)) = field_in_body(body, K::FIELDS) {
        let start = split.body.start + at;
        report.push(
            Diagnostic::error(
                Code::FieldInBody,
                shown,
                Some(start..start + name.len()),
                format!("`{name}` is written after the closing `+++`, in the body"),
            )
            .why("the body is Markdown text: a field or table there is shown as text and never read as data")
            .help("move it above the closing `+++`, into the front matter"),
        );
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_in_the_body_is_found_outside_code_fences_only() {
        use crate::kinds::Kind;
        use pathways_core::model::ItemBank;
        let body = "\nText.\n\n```toml\n[[items]]\nid = \"x\"\n```\n\n  [[items]]\nid = \"y\"\n";
        let (at, key) = field_in_body(body, ItemBank::FIELDS).expect("found");
        assert_eq!(key, "[[items]]");
        assert_eq!(body.get(at..at + key.len()), Some("[[items]]"));
        assert!(
            body.get(..at).is_some_and(|b| b.contains("```\n\n")),
            "the fenced one is skipped"
        );
        // Ordinary prose and fields of other kinds are left alone.
        assert_eq!(field_in_body("a = b\n[note]\n", ItemBank::FIELDS), None);
    }

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
    fn entries_are_found_by_id_and_an_id_is_kept_once() {
        let (page, _) =
            parse_page("+++\ntitle = \"About\"\ndescription = \"What it is.\"\n+++\nHello.\n");
        let page = page.expect("read");
        let mut entries = Entries::default();
        assert!(entries.insert(page.clone()).is_ok());
        assert_eq!(
            entries.get("about").map(|e| e.meta.title.as_str()),
            Some("About")
        );
        assert!(entries.get("missing").is_none());
        assert_eq!(
            entries.insert(page).map_err(|first| first.path.clone()),
            Err("content/pages/about.md".to_owned())
        );
        assert_eq!(entries.len(), 1);
    }

    #[test]
    fn every_kind_is_read_from_its_own_folder() {
        assert_eq!(
            KIND_FOLDERS,
            [
                "pages",
                "roles",
                "skills",
                "credentials",
                "programs",
                "practices",
                "orgs",
                "assessment",
                "goals",
                "support"
            ]
        );
        assert_eq!(folder_of(RefKind::Threat), Some("practices"));
        assert_eq!(folder_of(RefKind::OrgProfile), Some("orgs"));
        assert_eq!(folder_of(RefKind::Institution), None);
    }

    #[test]
    fn ids_are_suggested_from_bad_file_names() {
        assert_eq!(slug("SOC_Analyst (old)"), "soc-analyst-old");
    }

    #[test]
    fn csv_columns_are_located_with_quotes() {
        assert_eq!(column_span("a,\"b, c\",d", 2), (2, 8));
        assert_eq!(column_span("a,\"b, c\",d", 3), (9, 10));
    }
}
