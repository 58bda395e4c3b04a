//! Problems found in content, reported the way an author can act on them.
//!
//! Every problem has a stable [`Code`], a file and a span, a message in the author's words, a
//! label under the offending text, why it matters and how to fix it. The checker collects every
//! problem (not just the first) and renders them like this:
//!
//! ```text
//! error[C012]: unknown skill `incident-respnse`
//!   --> content/roles/soc-analyst.md:14:13
//!    |
//! 14 |   { skill = "incident-respnse", level = 3 },
//!    |             ^^^^^^^^^^^^^^^^^^ no file content/skills/incident-respnse.md
//!    = why: this role's gap report and plans would silently skip the skill
//!    = help: did you mean `incident-response`?
//! ```

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::source::SourceFile;

/// How serious a problem is. Errors fail `pathways check` and the build; warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The content is wrong and must be fixed.
    Error,
    /// The content works but something deserves attention.
    Warning,
}

macro_rules! codes {
    ($( $(#[doc = $doc:literal])* $name:ident = $code:literal, )*) => {
        /// A stable identifier for each kind of problem. Codes never change meaning, so authors
        /// and tools can search for them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Code {
            /// Every code, in order.
            pub const ALL: &'static [Code] = &[$(Code::$name,)*];

            /// The code as printed, such as `C012`.
            pub const fn as_str(self) -> &'static str {
                match self { $( Code::$name => $code, )* }
            }

            /// One line on what the code means.
            pub const fn summary(self) -> &'static str {
                match self { $( Code::$name => concat!($($doc),*), )* }
            }
        }
    };
}

codes! {
    /// The file could not be read, or is not UTF-8 text.
    Unreadable = "C001",
    /// The file does not start with a `+++` front matter block.
    NoFrontMatter = "C002",
    /// The front matter block is never closed with a `+++` line.
    UnclosedFrontMatter = "C003",
    /// The front matter is not valid TOML.
    TomlSyntax = "C004",
    /// A field that this kind of content does not have.
    UnknownField = "C005",
    /// A required field is missing.
    MissingField = "C006",
    /// A field has the wrong type of value.
    WrongType = "C007",
    /// A number is outside its allowed range.
    OutOfRange = "C008",
    /// A value is not one of the allowed choices.
    NotAChoice = "C009",
    /// A date is not a valid `YYYY-MM-DD` date, or lies in the future.
    BadDate = "C010",
    /// A URL is not an absolute `https://` (or `http://`) address.
    BadUrl = "C011",
    /// A reference to a skill that does not exist.
    UnknownSkill = "C012",
    /// A reference to a role that does not exist.
    UnknownRole = "C013",
    /// A reference to a credential that does not exist.
    UnknownCredential = "C014",
    /// A reference to a program that does not exist.
    UnknownProgram = "C015",
    /// A reference to an HICP practice or threat that does not exist.
    UnknownPractice = "C016",
    /// A NICE Framework id that is not in the imported NICE data.
    UnknownNiceId = "C017",
    /// A CAE Knowledge Unit that is not in the catalog's list.
    UnknownKnowledgeUnit = "C018",
    /// A reference to an institution that is not in the CAE directory.
    UnknownInstitution = "C019",
    /// Two files have the same id.
    DuplicateId = "C020",
    /// A file name is not a valid id.
    BadId = "C021",
    /// Prerequisites form a cycle.
    PrerequisiteCycle = "C022",
    /// The career-pathway graph (next roles) forms a cycle.
    CareerCycle = "C023",
    /// Weights do not add up to 100.
    WeightsNot100 = "C024",
    /// A link in a body points to a page that does not exist.
    BrokenLink = "C025",
    /// An image has no alternative text.
    ImageWithoutAlt = "C026",
    /// Raw HTML in Markdown, which is never passed through.
    RawHtml = "C027",
    /// A file in a folder the catalog does not know, or of the wrong type.
    UnknownFile = "C028",
    /// A list holds the same value twice.
    DuplicateValue = "C029",
    /// A required body or body section is empty.
    EmptyBody = "C030",
    /// Two facts in one file contradict each other.
    Inconsistent = "C031",
    /// An assessment item is malformed (options, answer).
    BadItem = "C032",
    /// A data table (CSV) row is malformed.
    BadRow = "C033",
    /// Content that could go stale was verified more than the allowed time ago.
    Stale = "C034",
    /// A reference to an organization profile that does not exist.
    UnknownOrgProfile = "C035",
    /// A link or image whose scheme is not allowed (only `https`, `http`, `mailto`, site paths
    /// and `#anchors` are): `javascript:`, `data:`, `file:` and the like could run code or
    /// reach outside the site.
    UnsafeLink = "C036",
    /// A front matter field or table written after the closing `+++`, in the body, where it is
    /// read as text and never as data.
    FieldInBody = "C037",
    /// A NICE work role that no role maps to and `nice/health-care.toml` does not explain, or
    /// one explained as absent that a role maps to anyway.
    UnmappedWorkRole = "C038",
    /// A control character (other than a line break or tab) or a text-direction control
    /// (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) in text: invisible, it can make
    /// text display in another order than it is written ("Trojan Source") or hide part of it.
    HiddenCharacter = "C039",
}

/// One problem in one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// What kind of problem.
    pub code: Code,
    /// Error or warning.
    pub severity: Severity,
    /// The file, as shown to authors.
    pub path: String,
    /// Where in the file (byte offsets), if the problem has a place.
    pub span: Option<Range<usize>>,
    /// What is wrong, in one line.
    pub message: String,
    /// A short note printed under the offending text.
    pub label: Option<String>,
    /// Why it matters to the people who use the portal.
    pub why: Option<String>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error in `path` at `span`.
    pub fn error(
        code: Code,
        path: &str,
        span: Option<Range<usize>>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            code,
            severity: Severity::Error,
            path: path.to_owned(),
            span,
            message: message.into(),
            label: None,
            why: None,
            help: None,
        }
    }

    /// A warning in `path` at `span`.
    pub fn warning(
        code: Code,
        path: &str,
        span: Option<Range<usize>>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, path, span, message)
        }
    }

    /// Adds the label under the offending text.
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Adds why the problem matters.
    pub fn why(mut self, why: impl Into<String>) -> Self {
        self.why = Some(why.into());
        self
    }

    /// Adds how to fix it.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds how to fix it, if there is advice.
    pub fn maybe_help(mut self, help: Option<String>) -> Self {
        if help.is_some() {
            self.help = help;
        }
        self
    }
}

/// Every problem found in one run, with the files they point into.
#[derive(Clone, Debug, Default)]
pub struct Report {
    files: BTreeMap<String, SourceFile>,
    diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// Remembers a file so its problems can be shown in context.
    pub fn add_file(&mut self, file: SourceFile) {
        self.files.insert(file.path.clone(), file);
    }

    /// Records a problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Takes in another report's files and problems.
    pub fn merge(&mut self, other: Report) {
        self.files.extend(other.files);
        self.diagnostics.extend(other.diagnostics);
    }

    /// Records several problems.
    pub fn extend(&mut self, diagnostics: impl IntoIterator<Item = Diagnostic>) {
        self.diagnostics.extend(diagnostics);
    }

    /// The problems, sorted by file, position and code.
    pub fn diagnostics(&self) -> Vec<&Diagnostic> {
        let mut sorted: Vec<&Diagnostic> = self.diagnostics.iter().collect();
        sorted.sort_by(|a, b| {
            (&a.path, a.span.as_ref().map(|s| s.start), a.code).cmp(&(
                &b.path,
                b.span.as_ref().map(|s| s.start),
                b.code,
            ))
        });
        sorted
    }

    /// How many errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    /// How many warnings.
    pub fn warning_count(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }

    /// Whether any error was found.
    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    /// Where `needle` first occurs in the file shown as `path`, if the report holds the file:
    /// for checks across files that know a value but not where it was written.
    pub fn find(&self, path: &str, needle: &str) -> Option<Range<usize>> {
        let file = self.files.get(path)?;
        let at = file.text.find(needle)?;
        Some(at..at + needle.len())
    }

    /// The `path:line:col` of a problem.
    pub fn location(&self, diagnostic: &Diagnostic) -> String {
        match (&diagnostic.span, self.files.get(&diagnostic.path)) {
            (Some(span), Some(file)) => {
                let (line, col) = file.line_col(span.start);
                format!("{}:{line}:{col}", diagnostic.path)
            }
            _ => diagnostic.path.clone(),
        }
    }

    /// Every problem as a GitHub Actions workflow command (`::error file=…,line=…,col=…::…`),
    /// one per line, so a pull request shows each at its line; the why and help follow the
    /// message. Values are escaped as the runner requires.
    pub fn github(&self) -> String {
        fn data(text: &str) -> String {
            text.replace('%', "%25")
                .replace('\r', "%0D")
                .replace('\n', "%0A")
        }
        fn property(text: &str) -> String {
            data(text).replace(':', "%3A").replace(',', "%2C")
        }
        let mut out = String::new();
        for d in self.diagnostics() {
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let mut place = format!("file={}", property(&d.path));
            if let (Some(span), Some(file)) = (&d.span, self.files.get(&d.path)) {
                let (line, col) = file.line_col(span.start);
                place.push_str(&format!(",line={line},col={col}"));
            }
            let mut text = d.message.clone();
            for (what, note) in [("why", &d.why), ("help", &d.help)] {
                if let Some(note) = note {
                    text.push_str(&format!("\n{what}: {note}"));
                }
            }
            out.push_str(&format!(
                "::{level} {place},title={}::{}\n",
                property(d.code.as_str()),
                data(&text)
            ));
        }
        out
    }

    /// Renders every problem, then a summary line, as plain text (no colour).
    pub fn render(&self, checked_files: usize) -> String {
        self.render_with(&Renderer::plain(), checked_files)
    }

    /// Renders every problem with colour for a terminal, then a summary line.
    pub fn render_styled(&self, checked_files: usize) -> String {
        self.render_with(&Renderer::styled(), checked_files)
    }

    fn render_with(&self, renderer: &Renderer, checked_files: usize) -> String {
        let mut out = String::new();
        for diagnostic in self.diagnostics() {
            out.push_str(&self.render_one(renderer, diagnostic));
            out.push_str("\n\n");
        }
        out.push_str(&self.summary(checked_files));
        out.push('\n');
        out
    }

    /// The closing line: how many files were checked and what was found.
    pub fn summary(&self, checked_files: usize) -> String {
        let errors = self.error_count();
        let warnings = self.warning_count();
        let files = plural(checked_files, "file");
        match (errors, warnings) {
            (0, 0) => format!("checked {files}: no problems found"),
            (0, w) => format!("checked {files}: {}", plural(w, "warning")),
            (e, 0) => format!("checked {files}: {}", plural(e, "error")),
            (e, w) => format!(
                "checked {files}: {}, {}",
                plural(e, "error"),
                plural(w, "warning")
            ),
        }
    }

    fn render_one(&self, renderer: &Renderer, d: &Diagnostic) -> String {
        let level = match d.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let title = level.primary_title(d.message.as_str()).id(d.code.as_str());
        let mut group = match (&d.span, self.files.get(&d.path)) {
            (Some(span), Some(file)) => {
                let mut annotation = AnnotationKind::Primary.span(clamp(span.clone(), &file.text));
                if let Some(label) = &d.label {
                    annotation = annotation.label(label.as_str());
                }
                Group::with_title(title).element(
                    Snippet::source(&*file.text)
                        .path(d.path.as_str())
                        .fold(true)
                        .annotation(annotation),
                )
            }
            _ => {
                let mut group = Group::with_title(title);
                let mut origin = format!("in {}", d.path);
                if let Some(label) = &d.label {
                    let _ = write!(origin, ": {label}");
                }
                group = group.element(Level::NOTE.with_name("where").message(origin));
                group
            }
        };
        if let Some(why) = &d.why {
            group = group.element(Level::NOTE.with_name("why").message(why.as_str()));
        }
        if let Some(help) = &d.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        renderer.render(&[group])
    }
}

fn clamp(span: Range<usize>, text: &str) -> Range<usize> {
    let mut start = span.start.min(text.len());
    let mut end = span.end.clamp(start, text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// `1 file`, `2 files`.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The closest candidate to a mistyped value, if one is close enough to be a likely typo.
pub fn nearest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(f64, &'a str)> = None;
    for candidate in candidates {
        let score = strsim::jaro_winkler(wanted, candidate);
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, candidate));
        }
    }
    best.filter(|(score, _)| *score >= 0.8).map(|(_, c)| c)
}

/// "did you mean `x`?" for the nearest candidate, if any.
pub fn did_you_mean<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    nearest(wanted, candidates).map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_annotations_point_at_the_line_and_escape_what_the_runner_reads() {
        let mut report = Report::default();
        report.add_file(SourceFile::new(
            "content/roles/a.md",
            "+++\ntitle = 1\n+++\n",
        ));
        report.push(
            Diagnostic::error(
                Code::WrongType,
                "content/roles/a.md",
                Some(12..13),
                "50% wrong\nline",
            )
            .help("use a string, such as \"x\""),
        );
        report.push(Diagnostic::warning(
            Code::Stale,
            "content/a,b.md",
            None,
            "old",
        ));
        let out = report.github();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines,
            [
                "::warning file=content/a%2Cb.md,title=C034::old",
                "::error file=content/roles/a.md,line=2,col=9,title=C007::50%25 wrong%0Aline%0Ahelp: use a string, such as \"x\"",
            ]
        );
    }

    #[test]
    fn codes_are_unique_and_stable_in_format() {
        let mut seen = std::collections::BTreeSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.as_str()), "{} twice", code.as_str());
            assert!(code.as_str().starts_with('C') && code.as_str().len() == 4);
            assert!(!code.summary().is_empty());
        }
    }

    #[test]
    fn a_diagnostic_renders_with_location_why_and_help() {
        let mut report = Report::default();
        let text = "+++\nskills = [\n  { skill = \"incident-respnse\", level = 3 },\n]\n+++\n";
        report.add_file(SourceFile::new("content/roles/soc-analyst.md", text));
        let start = text.find("\"incident").expect("present");
        report.push(
            Diagnostic::error(
                Code::UnknownSkill,
                "content/roles/soc-analyst.md",
                Some(start..start + 18),
                "unknown skill `incident-respnse`",
            )
            .label("no file content/skills/incident-respnse.md")
            .why("this role's gap report and plans would silently skip the skill")
            .help("did you mean `incident-response`?"),
        );
        let out = report.render(1);
        assert!(
            out.contains("error[C012]: unknown skill `incident-respnse`"),
            "{out}"
        );
        assert!(
            out.contains("--> content/roles/soc-analyst.md:3:13"),
            "{out}"
        );
        assert!(
            out.contains("^^^^^^^^^^^^^^^^^^ no file content/skills/incident-respnse.md"),
            "{out}"
        );
        assert!(out.contains("= why: this role's gap report"), "{out}");
        assert!(
            out.contains("= help: did you mean `incident-response`?"),
            "{out}"
        );
        assert!(out.ends_with("checked 1 file: 1 error\n"), "{out}");
        assert_eq!(
            report.location(report.diagnostics()[0]),
            "content/roles/soc-analyst.md:3:13"
        );
    }

    #[test]
    fn nearest_finds_typos_but_not_strangers() {
        let ids = ["incident-response", "risk-analysis", "network-security"];
        assert_eq!(nearest("incident-respnse", ids), Some("incident-response"));
        assert_eq!(nearest("quantum-basket-weaving", ids), None);
    }
}
