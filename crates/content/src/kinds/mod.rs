//! The kinds of content, one module each: their front matter fields (for validation, scaffolds
//! and docs), and the rules the field types alone cannot express.

pub mod assessment;
pub mod credential;
pub mod goal;
pub mod org;
pub mod page;
pub mod practice;
pub mod program;
pub mod role;
pub mod skill;
pub mod support;

use std::collections::HashSet;

use pathways_core::site::{BasePath, Route};
use serde::de::DeserializeOwned;

use crate::diagnostic::{Code, Diagnostic};
use crate::markdown;
use crate::schema::{Field, RefKind, Spans, Ty};

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

/// How much a match in each part of an entry counts in search.
pub mod weight {
    /// The title or main name.
    pub const TITLE: u16 = 10;
    /// Another name (alias, full name, provider).
    pub const ALIAS: u16 = 8;
    /// The one-sentence summary.
    pub const SUMMARY: u16 = 3;
    /// The body text.
    pub const BODY: u16 = 1;
}

/// How an entry is found by the site search.
#[derive(Clone, Debug, PartialEq)]
pub struct Searched<'a> {
    /// The title shown in results.
    pub title: String,
    /// What the result is, shown beside it ("Role", "HICP practice").
    pub kind: &'static str,
    /// The summary shown under the title.
    pub summary: &'a str,
    /// The text that is indexed, each with its [`weight`].
    pub fields: Vec<(&'a str, u16)>,
}

/// A kind of Markdown content file, stored one file per item in its own folder.
///
/// Everything the content compiler does per kind (reading its folder, keeping its entries in
/// the [`Catalog`](crate::Catalog), answering references, listing its pages for link checks,
/// indexing it for search, documenting and scaffolding it) is driven by this trait and by the
/// one `kinds!` registration line in `catalog.rs`.
pub trait Kind: DeserializeOwned + Send + Sync + 'static {
    /// The folder under `content/` that holds this kind.
    const FOLDER: &'static str;
    /// The heading of the kind's section in the format reference.
    const HEADING: &'static str;
    /// The noun authors use, as in "this role has no `title`".
    const NOUN: &'static str;
    /// The front matter fields.
    const FIELDS: &'static [Field];
    /// Whether the Markdown body must say something.
    const BODY_REQUIRED: bool;
    /// What the body is for, in the format reference.
    const BODY_DOC: &'static str;
    /// The reference kinds that name entries of this kind (empty when nothing refers to it).
    const REFS: &'static [RefKind] = &[];

    /// Which of [`Kind::REFS`] this entry answers to (practices answer as practices or as
    /// threats); `None` when nothing refers to this kind.
    fn answers_to(&self) -> Option<RefKind> {
        Self::REFS.first().copied()
    }

    /// The page of the entry with `id`, or `None` when the kind has no page per entry.
    fn route(_id: &str) -> Option<Route<'_>> {
        None
    }

    /// How `entry` is found by the site search, or `None` when the kind is not searched.
    fn search(_entry: &Entry<Self>) -> Option<Searched<'_>> {
        None
    }

    /// Checks the rules that the field types cannot express (ranges across fields, duplicates).
    fn check(&self, _checker: &mut Checker<'_>) {}
}

/// Collects problems found by a kind's own rules, pointing at fields by path.
pub struct Checker<'a> {
    /// The file.
    pub path: &'a str,
    /// Where each field is.
    pub spans: &'a Spans,
    /// Problems found.
    pub diagnostics: Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    /// A checker for one file.
    pub fn new(path: &'a str, spans: &'a Spans) -> Self {
        Checker {
            path,
            spans,
            diagnostics: Vec::new(),
        }
    }

    /// Reports an error at a field path; chain `.why(…)` and `.help(…)` to explain it.
    pub fn error(&mut self, code: Code, field: &str, message: impl Into<String>) -> Noted<'_> {
        let span = self.spans.of(field);
        self.diagnostics
            .push(Diagnostic::error(code, self.path, Some(span), message));
        Noted(self.diagnostics.last_mut().expect("just pushed"))
    }

    /// Reports a warning at a field path.
    pub fn warning(&mut self, code: Code, field: &str, message: impl Into<String>) -> Noted<'_> {
        let span = self.spans.of(field);
        self.diagnostics
            .push(Diagnostic::warning(code, self.path, Some(span), message));
        Noted(self.diagnostics.last_mut().expect("just pushed"))
    }

    /// Reports values that appear twice in a list field.
    pub fn no_duplicates<'v>(&mut self, field: &str, values: impl IntoIterator<Item = &'v str>) {
        let mut seen = HashSet::new();
        for (i, value) in values.into_iter().enumerate() {
            if !seen.insert(value) {
                self.error(
                    Code::DuplicateValue,
                    &format!("{field}[{i}]"),
                    format!("`{value}` is listed twice in `{field}`"),
                )
                .help("remove the second one");
            }
        }
    }

    /// Reports a list whose length is outside `min..=max`.
    pub fn count(&mut self, field: &str, len: usize, min: usize, max: usize, why: &str) {
        if len < min || len > max {
            self.error(
                Code::OutOfRange,
                field,
                format!("`{field}` has {len} entries; it needs {min} to {max}"),
            )
            .why(why);
        }
    }
}

/// A problem just reported, to explain further.
pub struct Noted<'a>(&'a mut Diagnostic);

impl Noted<'_> {
    /// Adds why the problem matters.
    pub fn why(self, why: impl Into<String>) -> Self {
        self.0.why = Some(why.into());
        self
    }

    /// Adds how to fix it.
    pub fn help(self, help: impl Into<String>) -> Self {
        self.0.help = Some(help.into());
        self
    }

    /// Adds the label under the offending text.
    pub fn label(self, label: impl Into<String>) -> Self {
        self.0.label = Some(label.into());
        self
    }
}

/// The allowed values of the shared choice fields.
pub mod choices {
    use pathways_core::model::{
        CredentialKind, CredentialLevel, Degree, Family, Modality, OrgSize, OrgType, PracticeKind,
        Proficiency, ProgramKind, SkillArea, Sourcing, Stage,
    };

    /// Career stages.
    pub const STAGES: &[&str] = Stage::NAMES;
    /// Role families.
    pub const FAMILIES: &[&str] = Family::NAMES;
    /// Organization types.
    pub const ORG_TYPES: &[&str] = OrgType::NAMES;
    /// Organization sizes.
    pub const ORG_SIZES: &[&str] = OrgSize::NAMES;
    /// Qualification proficiency levels.
    pub const PROFICIENCIES: &[&str] = Proficiency::NAMES;
    /// Education levels.
    pub const DEGREES: &[&str] = Degree::NAMES;
    /// Skill areas.
    pub const SKILL_AREAS: &[&str] = SkillArea::NAMES;
    /// Credential kinds.
    pub const CREDENTIAL_KINDS: &[&str] = CredentialKind::NAMES;
    /// Credential levels.
    pub const CREDENTIAL_LEVELS: &[&str] = CredentialLevel::NAMES;
    /// Program kinds.
    pub const PROGRAM_KINDS: &[&str] = ProgramKind::NAMES;
    /// Modalities.
    pub const MODALITIES: &[&str] = Modality::NAMES;
    /// Practice or threat.
    pub const PRACTICE_KINDS: &[&str] = PracticeKind::NAMES;
    /// How a role is filled.
    pub const SOURCING: &[&str] = Sourcing::NAMES;
    /// US states, DC and territories (USPS codes).
    pub const US_STATES: &[&str] = &[
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
        "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
        "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
        "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP",
    ];
}

/// A skill with a target level (shared by roles, credentials and programs).
pub const SKILL_TARGET: &[Field] = &[
    Field::req(
        "skill",
        Ty::Ref(crate::schema::RefKind::Skill),
        "The skill's id (its file name in content/skills/).",
        "\"log-analysis\"",
    ),
    Field::req(
        "level",
        Ty::Int { min: 1, max: 4 },
        "The level, 1 (awareness) to 4 (expert).",
        "2",
    ),
    Field::opt(
        "required",
        Ty::Bool,
        "For roles: whether the skill is required (`true`, the default) or preferred (`false`).",
        "true",
    ),
];

/// The fields every fact-bearing kind ends with.
pub const fn sources_field(required: bool) -> Field {
    Field {
        name: "sources",
        ty: Ty::List(&Ty::Url),
        required,
        doc: "Where the facts come from: one URL per source, the issuer's own page first.",
        example: "[\"https://www.isc2.org/certifications/cissp\"]",
    }
}

/// The verified-date field.
pub const fn verified_field(required: bool) -> Field {
    Field {
        name: "verified",
        ty: Ty::Date,
        required,
        doc: "The date the facts were last checked against the sources (no quotes).",
        example: "2026-11-22",
    }
}
