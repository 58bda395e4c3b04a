//! Writing the site: one pre-rendered `index.html` per page (readable without JavaScript,
//! indexable, painted before the WebAssembly loads), `404.html`, and the data the app fetches
//! (`data/…`), split so that no page downloads the whole catalog.

pub mod chart;
pub mod credential;
pub mod data;
pub mod filters;
pub mod layout;
pub mod links;
pub mod lists;
pub mod pages;
pub mod parts;
pub mod practice;
pub mod program;
pub mod role;
pub mod search;
pub mod skill;
pub mod tools;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use rayon::prelude::*;

use pathways_core::page::{PageData, page_data_file};
use pathways_core::site::{BasePath, Section};
use pathways_core::tool::Tool;

use crate::catalog::Catalog;
use layout::{PageOut, Shell};

/// Why the site could not be written.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    /// The built `index.html` lacks a placeholder.
    #[error(
        "the app shell has no `{0}` placeholder; is it the index.html built by Trunk from app/index.html?"
    )]
    Shell(&'static str),
    /// A file could not be written.
    #[error("could not write {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Data could not be serialised.
    #[error("could not serialise {what}: {source}")]
    Json {
        /// What was being written.
        what: String,
        /// The cause.
        source: serde_json::Error,
    },
}

/// What a build wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BuildSummary {
    /// Pre-rendered HTML pages, including `404.html` and `offline.html`.
    pub pages: usize,
    /// Data files for the app.
    pub data_files: usize,
    /// Bytes written.
    pub bytes: u64,
}

/// The built app shells pages are written into: the site bundle's, for content pages, and one
/// per tool, for the tool's pages (a tool without its own shell gets the site's).
#[derive(Clone, Debug)]
pub struct Shells {
    /// The site bundle's shell: every content page and `404.html`.
    pub site: Shell,
    /// Each tool bundle's shell.
    pub tools: BTreeMap<Tool, Shell>,
}

impl Shells {
    /// Every page in `site`: for tests and for `pathways build` without built tools.
    pub fn only(site: Shell) -> Shells {
        Shells {
            site,
            tools: BTreeMap::new(),
        }
    }

    /// The shell of a page of `tool` (`None`: a content page).
    pub fn for_tool(&self, tool: Option<Tool>) -> &Shell {
        tool.and_then(|t| self.tools.get(&t)).unwrap_or(&self.site)
    }
}

/// Writes the site for `catalog` into `out`, under the deploy's `base` path, each page in the
/// shell of its bundle (see [`Shells`]).
pub fn build(
    catalog: &Catalog,
    out: &Path,
    base: &BasePath,
    shells: &Shells,
) -> Result<BuildSummary, SiteError> {
    let shell = &shells.site;
    let writer = Writer {
        out,
        pages: AtomicUsize::new(0),
        data_files: AtomicUsize::new(0),
        bytes: AtomicU64::new(0),
    };
    let links = links::Links::new(catalog);
    // What program pages, their coverage files and the curriculum editor are built from.
    let known = crate::authoring::Known::of(catalog);

    // Pages are rendered and written in parallel: each is independent of the others.
    let mut all: Vec<PageOut> = vec![
        pages::home(catalog, base),
        lists::roles(catalog, base),
        lists::skills(catalog, base),
        lists::credentials(catalog, base),
        lists::programs(catalog, base),
        lists::cae_directory(catalog, base),
        lists::practices(catalog, base),
        lists::orgs(catalog, base),
        tools::assess(base),
        tools::search(base),
        tools::plan(),
        tools::hire(),
        tools::hire_compare(),
        tools::org_plan(base),
        tools::editor(base),
    ];
    all.extend(tools::assess_roles(catalog, base));
    all.par_extend(catalog.pages.par_iter().map(|e| pages::page(e, base)));
    all.par_extend(
        catalog
            .roles
            .par_iter()
            .map(|e| role::page(e, catalog, &links, base)),
    );
    all.par_extend(
        catalog
            .skills
            .par_iter()
            .map(|e| skill::page(e, catalog, &links, base)),
    );
    all.par_extend(
        catalog
            .credentials
            .par_iter()
            .map(|e| credential::page(e, catalog, &links, base)),
    );
    all.par_extend(
        catalog
            .programs
            .par_iter()
            .map(|e| program::page(e, &known, base)),
    );
    all.par_extend(
        catalog
            .practices
            .par_iter()
            .map(|e| practice::page(e, catalog, &links, base)),
    );
    all.par_extend(
        catalog
            .orgs
            .par_iter()
            .map(|e| practice::org_page(e, catalog, base)),
    );
    let built: std::collections::BTreeSet<&str> = all.iter().map(|p| p.key.as_str()).collect();
    let coming: Vec<PageOut> = Section::ALL
        .iter()
        .filter(|s| !built.contains(s.slug()))
        .map(|s| pages::coming(*s, base))
        .collect();
    all.extend(coming);

    all.par_iter()
        .try_for_each(|page| writer.page(shells.for_tool(page.tool), base, page))?;
    let not_found = pages::not_found(base);
    writer.write(
        Path::new("404.html"),
        layout::document(shell, base, &not_found).as_bytes(),
    )?;
    writer.pages.fetch_add(1, Ordering::Relaxed);
    writer.write(
        Path::new(layout::OFFLINE_FILE),
        layout::document(&shell.without_scripts(), base, &pages::offline(base)).as_bytes(),
    )?;
    writer.pages.fetch_add(1, Ordering::Relaxed);
    writer.write(
        Path::new(layout::MANIFEST_FILE),
        layout::manifest(base).as_bytes(),
    )?;

    let stats = serde_json::to_vec(&catalog.stats()).map_err(|source| SiteError::Json {
        what: "stats".into(),
        source,
    })?;
    writer.write(Path::new("data/stats.json"), &stats)?;
    writer.data_files.fetch_add(1, Ordering::Relaxed);
    let mut files = data::files(catalog, &links).map_err(|source| SiteError::Json {
        what: "app data".into(),
        source,
    })?;
    files.extend(search::files(catalog).map_err(|source| SiteError::Json {
        what: "search index".into(),
        source,
    })?);
    // Each program's coverage as CSV beside its page (the file `pathways coverage` prints).
    files.push((
        crate::authoring::FILE.to_owned(),
        data::binary(&known).map_err(|source| SiteError::Json {
            what: "the curriculum editor's data".into(),
            source,
        })?,
    ));
    for program in catalog.programs.iter() {
        if let Some(report) = crate::coverage::report(&known, &program.id, &program.meta, None) {
            let title = |r: &str| known.role_title(r);
            let skill = |s: &str| known.skill_name(s);
            let text =
                crate::coverage::csv(&report, &title, &skill).map_err(|e| SiteError::Json {
                    what: format!("the coverage of {}", program.id),
                    source: <serde_json::Error as serde::ser::Error>::custom(e.to_string()),
                })?;
            files.push((
                format!(
                    "{}/coverage.csv",
                    pathways_core::site::Route::Program(&program.id).key()
                ),
                text.into_bytes(),
            ));
        }
    }
    files.par_iter().try_for_each(|(path, bytes)| {
        writer.write(Path::new(path), bytes)?;
        writer.data_files.fetch_add(1, Ordering::Relaxed);
        Ok::<(), SiteError>(())
    })?;
    Ok(BuildSummary {
        pages: writer.pages.into_inner(),
        data_files: writer.data_files.into_inner(),
        bytes: writer.bytes.into_inner(),
    })
}

struct Writer<'a> {
    out: &'a Path,
    pages: AtomicUsize,
    data_files: AtomicUsize,
    bytes: AtomicU64,
}

impl Writer<'_> {
    fn write(&self, rel: &Path, bytes: &[u8]) -> Result<(), SiteError> {
        let path = self.out.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| SiteError::Write {
                path: parent.to_owned(),
                source,
            })?;
        }
        std::fs::write(&path, bytes).map_err(|source| SiteError::Write { path, source })?;
        self.bytes.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        Ok(())
    }

    /// Writes a page's `index.html` and its `data/pages/<key>.json`.
    fn page(&self, shell: &Shell, base: &BasePath, page: &PageOut) -> Result<(), SiteError> {
        let dir = if page.key.is_empty() {
            PathBuf::new()
        } else {
            PathBuf::from(&page.key)
        };
        self.write(
            &dir.join("index.html"),
            layout::document(shell, base, page).as_bytes(),
        )?;
        self.pages.fetch_add(1, Ordering::Relaxed);
        let data = PageData {
            title: page.title.clone(),
            description: page.description.clone(),
            html: page.main.clone(),
        };
        let json = serde_json::to_vec(&data).map_err(|source| SiteError::Json {
            what: page_data_file(&page.key),
            source,
        })?;
        self.write(Path::new(&page_data_file(&page.key)), &json)?;
        self.data_files.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }
}
