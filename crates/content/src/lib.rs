//! `pathways-content`: the content compiler of Health Cyber Pathways.
//!
//! It reads `content/` (Markdown files with TOML front matter, one folder per kind), checks
//! everything with diagnostics an author can act on (`path:line:col`, what is wrong, why it
//! matters, how to fix it), and writes the site: the data the browser app fetches and one
//! pre-rendered HTML page per route. Markdown is rendered here, at build time, and raw HTML in
//! content is never passed through.
//!
//! It runs natively (it reads and writes files); the domain types and rules it shares with the
//! browser live in `pathways-core`. One part also runs in the browser: [`authoring`], the check
//! of one program file, which the curriculum editor's bundle links (the rest is left out of it).

pub mod authoring;
pub mod cae;
pub mod catalog;
pub mod checks;
pub mod coverage;
pub mod diagnostic;
pub mod front_matter;
pub mod kinds;
pub mod markdown;
pub mod nice;
pub mod scaffold;
pub mod schema;
pub mod site;
pub mod source;

pub use catalog::{Catalog, Entries, Entry, Loaded, Visit};

/// Reads and checks every file under `root`: each file on its own, then the checks across
/// files. Paths in diagnostics start with `shown_as` (usually the folder as the user typed it,
/// such as `content`).
pub fn load(root: &std::path::Path, shown_as: &str) -> Loaded {
    let (mut loaded, pending) = catalog::read(root, shown_as);
    checks::check_across_files(&loaded.catalog, &pending, shown_as, &mut loaded.report);
    loaded
}
pub use diagnostic::{Code, Diagnostic, Report, Severity};
