//! Reading a content folder into a checked [`Catalog`].
//!
//! Reading never stops at the first problem: every file is read and checked, every problem is
//! collected into the [`Report`], and whatever could be read is kept so that later checks
//! (references, links) still run.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use pathways_core::site::{BasePath, Section, is_valid_id};
use pathways_core::stats::CatalogStats;
use toml::de::DeTable;

use crate::diagnostic::{Code, Diagnostic, Report, did_you_mean};
use crate::front_matter::{self, SplitError};
use crate::kinds::Kind;
use crate::kinds::page::Page;
use crate::markdown::{self, SiteLink};
use crate::schema::{Reference, Walker};
use crate::source::SourceFile;

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
}

impl<T> Entry<T> {
    /// Renders the body to HTML for a site under `base`.
    pub fn body_html(&self, base: &BasePath) -> String {
        markdown::render(&self.path, &self.body, self.body_offset, base).html
    }
}

/// Everything in a content folder.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    /// Free-standing pages (`content/pages/`).
    pub pages: Vec<Entry<Page>>,
}

impl Catalog {
    /// Counts of each kind.
    pub fn stats(&self) -> CatalogStats {
        CatalogStats {
            pages: self.pages.len(),
            ..CatalogStats::default()
        }
    }

    /// The route key of every page the site will have, pre-rendered or interactive.
    pub fn route_keys(&self) -> BTreeSet<String> {
        let mut keys: BTreeSet<String> = Section::ALL.iter().map(|s| s.slug().to_owned()).collect();
        keys.extend(self.pages.iter().map(|p| p.id.clone()));
        keys
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

/// What one file contributed before cross-file checks.
struct Pending {
    references: Vec<(String, Reference)>,
    links: Vec<(String, SiteLink)>,
}

/// Reads and checks every file under `root`. Paths in diagnostics start with `shown_as`
/// (usually the folder as the user typed it, such as `content`).
pub fn load(root: &Path, shown_as: &str) -> Loaded {
    let mut loaded = Loaded::default();
    let mut pending = Pending {
        references: Vec::new(),
        links: Vec::new(),
    };
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

    let mut ids: BTreeMap<(&'static str, String), String> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(root).unwrap_or(&file);
        let rel_str = rel.to_string_lossy().replace('\\', "/");
        let shown = format!("{shown_as}/{rel_str}");
        let name = rel
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue; // editor and OS files such as .DS_Store
        }
        let folder = rel_str.split('/').next().unwrap_or("");
        let is_markdown = rel_str.ends_with(".md");
        let nested = rel_str.matches('/').count() > 1;
        if name.eq_ignore_ascii_case("README.md") {
            continue; // notes for authors, not content
        }
        match (folder, is_markdown, nested) {
            (Page::FOLDER, true, false) => {
                loaded.files += 1;
                if let Some(entry) =
                    read_entry::<Page>(&file, &shown, &mut loaded.report, &mut pending)
                {
                    note_id::<Page>(&mut ids, &entry, &mut loaded.report);
                    loaded.catalog.pages.push(entry);
                }
            }
            _ => {
                let folders = [Page::FOLDER];
                let help = if is_markdown && !nested {
                    did_you_mean(folder, folders).map_or_else(
                        || {
                            format!(
                                "content files go in one of the folders {}",
                                crate::schema::quote_list(&folders)
                            )
                        },
                        |s| format!("move it to `{shown_as}/{s}/`: {s}"),
                    )
                } else {
                    format!(
                        "content files are Markdown (`.md`) files directly inside one of {}",
                        crate::schema::quote_list(&folders)
                    )
                };
                loaded.report.push(
                    Diagnostic::error(
                        Code::UnknownFile,
                        &shown,
                        None,
                        "this file is not part of any kind of content",
                    )
                    .why("the build would ignore it, so its content would never be published")
                    .help(help),
                );
            }
        }
    }

    check_links(&loaded.catalog, &pending, &mut loaded.report);
    let _ = &pending.references; // resolved per kind as kinds with references are added
    loaded
}

fn note_id<K: Kind>(
    ids: &mut BTreeMap<(&'static str, String), String>,
    entry: &Entry<K>,
    report: &mut Report,
) {
    if let Some(first) = ids.insert((K::FOLDER, entry.id.clone()), entry.path.clone()) {
        report.push(
            Diagnostic::error(
                Code::DuplicateId,
                &entry.path,
                None,
                format!("the {} id `{}` is used twice", K::NOUN, entry.id),
            )
            .label(format!("also used by {first}"))
            .why("links and references to this id could only ever reach one of the two files")
            .help("rename one of the files"),
        );
    }
}

/// Reads one Markdown file of kind `K`: front matter, schema, typed form and body.
fn read_entry<K: Kind>(
    file: &Path,
    shown: &str,
    report: &mut Report,
    pending: &mut Pending,
) -> Option<Entry<K>> {
    let text = match std::fs::read(file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => {
                report.push(
                    Diagnostic::error(Code::Unreadable, shown, None, "the file is not UTF-8 text")
                        .label(format!(
                            "invalid byte at offset {}",
                            err.utf8_error().valid_up_to()
                        ))
                        .help("save the file as UTF-8 in your editor"),
                );
                return None;
            }
        },
        Err(err) => {
            report.push(Diagnostic::error(
                Code::Unreadable,
                shown,
                None,
                format!("the file could not be read: {err}"),
            ));
            return None;
        }
    };
    let source = SourceFile::new(shown, text.as_str());
    report.add_file(source);
    parse_entry::<K>(shown, &text, report, pending)
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
            .why("the page would be published empty")
            .help("write the text in Markdown after the closing `+++`"),
        );
    }
    if !schema_ok {
        return None;
    }

    let meta = match K::deserialize(toml::de::Deserializer::from(table)) {
        Ok(meta) => meta,
        Err(err) => {
            // The schema and the typed form disagree: a bug in the declarations, not the file.
            report.push(Diagnostic::error(
                Code::WrongType,
                shown,
                err.span()
                    .map(|s| s.start + split.toml.start..s.end + split.toml.start),
                format!("the front matter could not be read: {}", err.message()),
            ));
            return None;
        }
    };
    Some(Entry {
        id,
        path: shown.to_owned(),
        meta,
        body: body.to_owned(),
        body_offset: split.body.start,
        plain: rendered.plain,
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_page(text: &str) -> (Option<Entry<Page>>, Report) {
        let mut report = Report::default();
        report.add_file(SourceFile::new("content/pages/about.md", text));
        let mut pending = Pending {
            references: Vec::new(),
            links: Vec::new(),
        };
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
}
