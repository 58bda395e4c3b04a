//! The declared shape of each kind of front matter, and the walker that checks a parsed TOML
//! table against it.
//!
//! One declaration per kind drives three things, so they never drift apart: validation (every
//! unknown, missing or mistyped field is reported with its span, not just the first), the
//! `pathways new` scaffolds, and the format reference educators read.

use std::ops::Range;

use pathways_core::date::Date;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Code, Diagnostic, did_you_mean};

/// What a reference points at.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum RefKind {
    /// A file in `content/roles/`.
    Role,
    /// A file in `content/skills/`.
    Skill,
    /// A file in `content/credentials/`.
    Credential,
    /// A file in `content/programs/`.
    Program,
    /// An HICP practice (`content/practices/`, kind practice).
    Practice,
    /// An HICP threat (`content/practices/`, kind threat).
    Threat,
    /// A NICE Framework work role id, such as `OG-WRL-008`.
    NiceWorkRole,
    /// A NICE Framework task, knowledge or skill statement id, such as `K0018`.
    NiceTks,
    /// A NICE competency area id, such as `NF-COM-007`.
    NiceCompetency,
    /// A CAE Knowledge Unit acronym, such as `CSF`.
    KnowledgeUnit,
    /// An institution in the CAE directory.
    Institution,
    /// An organization profile template.
    OrgProfile,
}

impl RefKind {
    /// The noun authors know, as in "unknown skill".
    pub const fn noun(self) -> &'static str {
        match self {
            RefKind::Role => "role",
            RefKind::Skill => "skill",
            RefKind::Credential => "credential",
            RefKind::Program => "program",
            RefKind::Practice => "HICP practice",
            RefKind::Threat => "HICP threat",
            RefKind::NiceWorkRole => "NICE work role",
            RefKind::NiceTks => "NICE TKS statement",
            RefKind::NiceCompetency => "NICE competency area",
            RefKind::KnowledgeUnit => "CAE Knowledge Unit",
            RefKind::Institution => "institution",
            RefKind::OrgProfile => "organization profile",
        }
    }

    /// The diagnostic code for an unknown reference of this kind.
    pub const fn unknown_code(self) -> Code {
        match self {
            RefKind::Role => Code::UnknownRole,
            RefKind::Skill => Code::UnknownSkill,
            RefKind::Credential => Code::UnknownCredential,
            RefKind::Program => Code::UnknownProgram,
            RefKind::Practice | RefKind::Threat => Code::UnknownPractice,
            RefKind::NiceWorkRole | RefKind::NiceTks | RefKind::NiceCompetency => {
                Code::UnknownNiceId
            }
            RefKind::KnowledgeUnit => Code::UnknownKnowledgeUnit,
            RefKind::Institution => Code::UnknownInstitution,
            RefKind::OrgProfile => Code::UnknownOrgProfile,
        }
    }
}

/// The type of a field's value.
#[derive(Clone, Copy, Debug)]
pub enum Ty {
    /// A one-line, non-empty string.
    Str,
    /// A string that may span lines (use TOML's `"""` strings).
    Text,
    /// A whole number within bounds.
    Int {
        /// The smallest allowed value.
        min: i64,
        /// The largest allowed value.
        max: i64,
    },
    /// A number (whole or decimal) within bounds.
    Num {
        /// The smallest allowed value.
        min: f64,
        /// The largest allowed value.
        max: f64,
    },
    /// `true` or `false`.
    Bool,
    /// A TOML date such as `2026-11-22` (no quotes).
    Date,
    /// An absolute `https://` or `http://` URL.
    Url,
    /// The id of another content item or of a framework element.
    Ref(RefKind),
    /// One of a fixed set of strings.
    Choice(&'static [&'static str]),
    /// An array of values of one type.
    List(&'static Ty),
    /// A table with declared fields.
    Table(&'static [Field]),
}

impl Ty {
    /// How the type is described to authors.
    pub fn describe(&self) -> String {
        match self {
            Ty::Str => "a string".into(),
            Ty::Text => "a string (may span lines)".into(),
            Ty::Int { min, max } => format!("a whole number from {min} to {max}"),
            Ty::Num { min, max } => format!("a number from {min} to {max}"),
            Ty::Bool => "`true` or `false`".into(),
            Ty::Date => "a date such as 2026-11-22 (no quotes)".into(),
            Ty::Url => "an https:// URL".into(),
            Ty::Ref(kind) => format!("the id of a {}", kind.noun()),
            Ty::Choice(choices) => format!("one of {}", quote_list(choices)),
            Ty::List(inner) => format!("an array of {}", plural_of(inner)),
            Ty::Table(_) => "a table".into(),
        }
    }

    fn toml_kind(&self) -> &'static str {
        match self {
            Ty::Str | Ty::Text | Ty::Url | Ty::Ref(_) | Ty::Choice(_) => "string",
            Ty::Int { .. } => "integer",
            Ty::Num { .. } => "number",
            Ty::Bool => "boolean",
            Ty::Date => "date",
            Ty::List(_) => "array",
            Ty::Table(_) => "table",
        }
    }
}

fn plural_of(ty: &Ty) -> String {
    match ty {
        Ty::Str | Ty::Text => "strings".into(),
        Ty::Url => "URLs".into(),
        Ty::Ref(kind) => format!("{} ids", kind.noun()),
        Ty::Table(_) => "tables".into(),
        Ty::Choice(choices) => format!("values from {}", quote_list(choices)),
        other => format!("values ({})", other.describe()),
    }
}

/// `` `a`, `b` or `c` ``.
pub fn quote_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => format!("`{one}`"),
        [init @ .., last] => format!(
            "{} or `{last}`",
            init.iter()
                .map(|i| format!("`{i}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// One declared field.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// The key in TOML.
    pub name: &'static str,
    /// The value's type.
    pub ty: Ty,
    /// Whether the field must be present.
    pub required: bool,
    /// What the field means, for authors (one or two sentences).
    pub doc: &'static str,
    /// An example value in TOML syntax, used by scaffolds and docs.
    pub example: &'static str,
}

impl Field {
    /// A required field.
    pub const fn req(
        name: &'static str,
        ty: Ty,
        doc: &'static str,
        example: &'static str,
    ) -> Field {
        Field {
            name,
            ty,
            required: true,
            doc,
            example,
        }
    }

    /// An optional field.
    pub const fn opt(
        name: &'static str,
        ty: Ty,
        doc: &'static str,
        example: &'static str,
    ) -> Field {
        Field {
            name,
            ty,
            required: false,
            doc,
            example,
        }
    }
}

/// A reference found in a file, checked once every file has been read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// What it should point at.
    pub kind: RefKind,
    /// The id as written.
    pub id: String,
    /// Where it is written (byte offsets in the file).
    pub span: Range<usize>,
    /// The dotted field path, such as `skills[2].skill`.
    pub field: String,
}

/// Checks a parsed TOML table against declared fields, collecting every problem and every
/// reference.
pub struct Walker<'a> {
    path: &'a str,
    /// Offset of the TOML text in the file (spans from the parser are relative to the TOML).
    offset: usize,
    /// Problems found.
    pub diagnostics: Vec<Diagnostic>,
    /// References found, to be resolved against the whole catalog.
    pub references: Vec<Reference>,
    /// The top-level fields of the kind being checked (for the "belongs at the top" hint).
    top: &'static [Field],
    /// The span in the file of every value visited, by field path (`skills[2].level`), so
    /// that checks on the typed form can point at the right place.
    pub spans: Spans,
}

/// Where each field's value is in the file, by field path.
#[derive(Clone, Debug, Default)]
pub struct Spans {
    by_path: std::collections::HashMap<String, Range<usize>>,
    /// The span of the whole front matter.
    pub document: Range<usize>,
}

impl Spans {
    /// The span of a field path, or of the nearest enclosing field that has one, or of the
    /// whole front matter.
    pub fn of(&self, path: &str) -> Range<usize> {
        let mut path = path;
        loop {
            if let Some(span) = self.by_path.get(path) {
                return span.clone();
            }
            match path.rfind(['.', '[']) {
                Some(i) => path = &path[..i],
                None => return self.document.clone(),
            }
        }
    }

    /// Whether a field path was present in the file.
    pub fn has(&self, path: &str) -> bool {
        self.by_path.contains_key(path)
    }

    /// Every field path present, for checking lists of paths written by authors.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.by_path.keys().map(String::as_str)
    }
}

impl<'a> Walker<'a> {
    /// A walker for the front matter of `path`, which starts at byte `offset` of the file.
    pub fn new(path: &'a str, offset: usize) -> Self {
        Walker {
            path,
            offset,
            diagnostics: Vec::new(),
            references: Vec::new(),
            spans: Spans::default(),
            top: &[],
        }
    }

    /// The span in the file of a span in the TOML text.
    pub fn file_span(&self, span: Range<usize>) -> Range<usize> {
        span.start + self.offset..span.end + self.offset
    }

    fn error(
        &mut self,
        code: Code,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        let span = self.file_span(span);
        self.diagnostics
            .push(Diagnostic::error(code, self.path, Some(span), message));
        self.diagnostics.last_mut().expect("just pushed")
    }

    /// Checks the top-level table of a kind's front matter.
    pub fn check_document(
        &mut self,
        kind: &str,
        fields: &'static [Field],
        table: &Spanned<DeTable<'_>>,
    ) {
        self.top = fields;
        self.spans.document = self.file_span(table.span());
        self.check_table(kind, "", fields, table.get_ref(), table.span());
    }

    fn check_table(
        &mut self,
        kind: &str,
        prefix: &str,
        fields: &[Field],
        table: &DeTable<'_>,
        span: Range<usize>,
    ) {
        for (key, value) in table.iter() {
            let name: &str = key.get_ref();
            match fields.iter().find(|f| f.name == name) {
                Some(field) => {
                    let path = join(prefix, name);
                    self.check_value(kind, &path, &field.ty, value);
                }
                None => {
                    let known: Vec<&str> = fields.iter().map(|f| f.name).collect();
                    let belongs_on_top =
                        !prefix.is_empty() && self.top.iter().any(|f| f.name == name);
                    let help = if belongs_on_top {
                        format!(
                            "`{name}` belongs at the top level: in TOML, every line after a `[{prefix}]` header belongs to that table, so move `{name}` above the first `[…]` header"
                        )
                    } else {
                        did_you_mean(name, known.iter().copied()).unwrap_or_else(|| {
                            format!("the fields here are {}", quote_list(&known))
                        })
                    };
                    let where_ = if prefix.is_empty() {
                        format!("a {kind}")
                    } else {
                        format!("`{prefix}`")
                    };
                    self.error(
                        Code::UnknownField,
                        key.span(),
                        format!("unknown field `{name}` in {where_}"),
                    )
                    .label = Some("not a field of this kind of content".into());
                    let d = self.diagnostics.last_mut().expect("just pushed");
                    d.why = Some(
                        "a misspelt field would be silently ignored, and its facts lost".into(),
                    );
                    d.help = Some(help);
                }
            }
        }
        for field in fields.iter().filter(|f| f.required) {
            if !table.iter().any(|(k, _)| k.get_ref() == field.name) {
                let what = if prefix.is_empty() {
                    format!("this {kind} has no `{}`", field.name)
                } else {
                    format!("`{prefix}` has no `{}`", field.name)
                };
                let header = if prefix.is_empty() {
                    span.start..span.start
                } else {
                    span.clone()
                };
                let header = header.start..header.end.min(header.start + 1).max(header.start);
                let swallowed_by = table.iter().find_map(|(k, v)| match v.get_ref() {
                    DeValue::Table(inner)
                        if inner.iter().any(|(ik, _)| ik.get_ref() == field.name) =>
                    {
                        Some(k.get_ref().to_string())
                    }
                    _ => None,
                });
                let d = self.error(
                    Code::MissingField,
                    header,
                    format!("missing field `{}`: {what}", field.name),
                );
                d.why = Some(format!(
                    "`{}` is required: {}",
                    field.name,
                    lowercase_first(field.doc)
                ));
                d.help = Some(match swallowed_by {
                    Some(table) => format!(
                        "`{}` is written inside `[{table}]`; move it above the `[{table}]` header",
                        field.name
                    ),
                    None => format!("add `{} = {}`", field.name, field.example),
                });
            }
        }
    }

    /// Reports a control or text-direction character in a text field ([`Code::HiddenCharacter`]).
    fn hidden_characters(&mut self, path: &str, text: &str, span: Range<usize>) {
        if let Some(c) = crate::markdown::hidden_char(text) {
            let d = self.error(
                Code::HiddenCharacter,
                span,
                format!(
                    "`{path}` holds an invisible character, {}",
                    crate::markdown::describe_hidden(c)
                ),
            );
            d.why = Some("invisible characters can make text display in another order than it is written, or hide part of it".into());
            d.help = Some(
                "delete it and type the text again; a `\\u` escape for it in TOML counts too"
                    .into(),
            );
        }
    }

    fn check_value(&mut self, kind: &str, path: &str, ty: &Ty, value: &Spanned<DeValue<'_>>) {
        let span = value.span();
        self.spans
            .by_path
            .insert(path.to_owned(), self.file_span(span.clone()));
        match (ty, value.get_ref()) {
            (Ty::Str, DeValue::String(s)) => {
                if s.trim().is_empty() {
                    self.error(Code::WrongType, span, format!("`{path}` is empty"))
                        .help = Some("write a value, or remove the field if it is optional".into());
                } else if s.contains('\n') {
                    self.error(
                        Code::WrongType,
                        span,
                        format!("`{path}` must fit on one line"),
                    )
                    .help = Some("remove the line breaks".into());
                } else {
                    self.hidden_characters(path, s, span);
                }
            }
            (Ty::Text, DeValue::String(s)) => {
                if s.trim().is_empty() {
                    self.error(Code::WrongType, span, format!("`{path}` is empty"))
                        .help = Some("write a value, or remove the field if it is optional".into());
                } else {
                    self.hidden_characters(path, s, span);
                }
            }
            (Ty::Int { min, max }, DeValue::Integer(i)) => {
                match i.as_str().replace('_', "").parse::<i64>() {
                    Ok(n) if n < *min || n > *max => {
                        let d = self.error(
                            Code::OutOfRange,
                            span,
                            format!("`{path}` is {n}, outside {min}–{max}"),
                        );
                        d.help = Some(format!("use {}", ty.describe()));
                    }
                    Ok(_) => {}
                    Err(_) => {
                        self.error(
                            Code::WrongType,
                            span,
                            format!("`{path}` must be written in decimal"),
                        )
                        .help = Some(format!("use {}", ty.describe()));
                    }
                }
            }
            (Ty::Num { min, max }, DeValue::Integer(_) | DeValue::Float(_)) => {
                let text = match value.get_ref() {
                    DeValue::Integer(i) => i.as_str().replace('_', ""),
                    DeValue::Float(f) => f.as_str().replace('_', ""),
                    _ => String::new(),
                };
                match text.parse::<f64>() {
                    Ok(n) if !n.is_finite() || n < *min || n > *max => {
                        let d = self.error(
                            Code::OutOfRange,
                            span,
                            format!("`{path}` is {text}, outside {min}–{max}"),
                        );
                        d.help = Some(format!("use {}", ty.describe()));
                    }
                    Ok(_) => {}
                    Err(_) => {
                        self.error(
                            Code::WrongType,
                            span,
                            format!("`{path}` is not a plain number"),
                        )
                        .help = Some(format!("use {}", ty.describe()));
                    }
                }
            }
            (Ty::Bool, DeValue::Boolean(_)) => {}
            (Ty::Date, DeValue::Datetime(dt)) => {
                let ok = dt.date.is_some() && dt.time.is_none() && dt.offset.is_none();
                if !ok {
                    self.error(
                        Code::BadDate,
                        span,
                        format!("`{path}` must be a date without a time"),
                    )
                    .help = Some("write it as YYYY-MM-DD, for example 2026-11-22".into());
                } else if let Some(date) = dt.date
                    && Date::new(i32::from(date.year), date.month, date.day).is_none()
                {
                    self.error(Code::BadDate, span, format!("`{path}` is not a real date"));
                }
            }
            (Ty::Date, DeValue::String(s)) => {
                let d = self.error(
                    Code::BadDate,
                    span,
                    format!("`{path}` is a quoted string, not a date"),
                );
                d.help = Some(format!("remove the quotes: `{path} = {}`", s.trim()));
            }
            (Ty::Url, DeValue::String(s)) => {
                if let Err(why) = check_url(s) {
                    let d = self.error(
                        Code::BadUrl,
                        span,
                        format!("`{path}` is not a usable URL: {why}"),
                    );
                    d.why = Some("readers follow sources to verify facts; a broken address hides the evidence".into());
                    d.help = Some("write the full address, starting with https://".into());
                }
            }
            (Ty::Ref(kind), DeValue::String(s)) => {
                self.references.push(Reference {
                    kind: *kind,
                    id: s.to_string(),
                    span: self.file_span(span),
                    field: path.to_owned(),
                });
            }
            (Ty::Choice(choices), DeValue::String(s)) => {
                if !choices.contains(&&**s) {
                    let d = self.error(
                        Code::NotAChoice,
                        span,
                        format!("`{path}` is `{s}`, which is not an allowed value"),
                    );
                    d.help = Some(
                        did_you_mean(s, choices.iter().copied())
                            .unwrap_or_else(|| format!("use {}", quote_list(choices))),
                    );
                }
            }
            (Ty::List(inner), DeValue::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    self.check_value(kind, &format!("{path}[{i}]"), inner, item);
                }
            }
            (Ty::Table(fields), DeValue::Table(table)) => {
                self.check_table(kind, path, fields, table, span);
            }
            (expected, _) => {
                let found = found_kind(value.get_ref());
                let d = self.error(
                    Code::WrongType,
                    span,
                    format!(
                        "`{path}` should be {}, but is {found}",
                        article(expected.toml_kind())
                    ),
                );
                d.label = Some(format!("expected {}", expected.describe()));
                if matches!(expected, Ty::List(_)) {
                    d.help = Some("wrap the value in square brackets: `[ … ]`".into());
                }
            }
        }
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn article(kind: &str) -> String {
    match kind.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => format!("an {kind}"),
        _ => format!("a {kind}"),
    }
}

fn found_kind(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}.{name}")
    }
}

/// Checks that a URL is absolute, uses http(s), and has a host.
pub fn check_url(url: &str) -> Result<(), &'static str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("it must start with https://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || !host.contains('.') {
        return Err("it has no host name");
    }
    if url.chars().any(char::is_whitespace) {
        return Err("it contains spaces");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const INNER: &[Field] = &[
        Field::req("skill", Ty::Ref(RefKind::Skill), "the skill", "\"x\""),
        Field::req("level", Ty::Int { min: 1, max: 4 }, "target level", "3"),
    ];
    const FIELDS: &[Field] = &[
        Field::req("title", Ty::Str, "the title", "\"T\""),
        Field::opt("stage", Ty::Choice(&["entry", "mid"]), "stage", "\"entry\""),
        Field::opt("verified", Ty::Date, "when checked", "2026-11-22"),
        Field::opt(
            "sources",
            Ty::List(&Ty::Url),
            "where from",
            "[\"https://x.org\"]",
        ),
        Field::opt("skills", Ty::List(&Ty::Table(INNER)), "skills", "[]"),
    ];

    fn walk(toml: &str) -> Walker<'static> {
        let table = DeTable::parse(toml).expect("valid toml");
        let mut walker = Walker::new("x.md", 4);
        walker.check_document("role", FIELDS, &table);
        walker
    }

    fn codes(w: &Walker<'_>) -> Vec<&'static str> {
        w.diagnostics.iter().map(|d| d.code.as_str()).collect()
    }

    #[test]
    fn a_valid_table_has_no_problems_and_yields_references() {
        let w = walk(
            "title = \"SOC analyst\"\nstage = \"entry\"\nverified = 2026-11-22\nsources = [\"https://www.hhs.gov/x\"]\nskills = [{ skill = \"triage\", level = 2 }]\n",
        );
        assert!(w.diagnostics.is_empty(), "{:?}", w.diagnostics);
        assert_eq!(w.references.len(), 1);
        assert_eq!(w.references[0].id, "triage");
        assert_eq!(w.references[0].field, "skills[0].skill");
    }

    #[test]
    fn every_problem_is_collected_not_just_the_first() {
        let w = walk(
            "titel = \"x\"\nstage = \"senior\"\nverified = \"2026-11-22\"\nsources = [\"www.x.org\"]\nskills = [{ skill = \"a\", level = 7 }, { level = 2 }]\n",
        );
        assert_eq!(
            codes(&w),
            ["C005", "C009", "C010", "C011", "C008", "C006", "C006"]
        );
        let unknown = &w.diagnostics[0];
        assert_eq!(unknown.help.as_deref(), Some("did you mean `title`?"));
        assert_eq!(unknown.span, Some(4..9));
    }

    #[test]
    fn a_wrong_type_names_what_was_expected() {
        let w = walk("title = 3\nsources = \"https://x.org\"\n");
        assert_eq!(codes(&w), ["C007", "C007"]);
        assert!(
            w.diagnostics[0]
                .message
                .contains("should be a string, but is an integer")
        );
        assert!(
            w.diagnostics[1]
                .help
                .as_deref()
                .unwrap_or("")
                .contains("square brackets")
        );
    }

    #[test]
    fn urls_must_be_absolute_with_a_host() {
        assert!(check_url("https://www.isc2.org/certifications/cissp").is_ok());
        assert!(check_url("ftp://x.org").is_err());
        assert!(check_url("https://").is_err());
        assert!(check_url("https://localhost/x").is_err());
        assert!(check_url("https://x.org/a b").is_err());
    }
}
