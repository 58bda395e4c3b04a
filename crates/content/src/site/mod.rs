//! Writing the site: one pre-rendered `index.html` per page (readable without JavaScript,
//! indexable, painted before the WebAssembly loads), `404.html`, and the data the app fetches
//! (`data/…`), split so that no page downloads the whole catalog.

pub mod chart;
pub mod credential;
pub mod data;
pub mod layout;
pub mod links;
pub mod lists;
pub mod pages;
pub mod parts;
pub mod practice;
pub mod program;
pub mod role;
pub mod skill;
pub mod tools;

use std::path::{Path, PathBuf};

use pathways_core::page::{PageData, page_data_file};
use pathways_core::site::{BasePath, Section};

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
    /// Pre-rendered HTML pages, including `404.html`.
    pub pages: usize,
    /// Data files for the app.
    pub data_files: usize,
    /// Bytes written.
    pub bytes: u64,
}

/// Writes the site for `catalog` into `out`, under the deploy's `base` path: pages of the
/// site bundle go into `shell`, pages of the tools bundle (the assessment) into `tools_shell`.
pub fn build(
    catalog: &Catalog,
    out: &Path,
    base: &BasePath,
    shell: &Shell,
    tools_shell: &Shell,
) -> Result<BuildSummary, SiteError> {
    let mut writer = Writer {
        out,
        summary: BuildSummary::default(),
    };
    let mut all = Vec::new();

    let links = links::Links::new(catalog);
    all.push(pages::home(catalog, base));
    for entry in &catalog.pages {
        all.push(pages::page(entry, base));
    }
    all.push(lists::roles(catalog, base));
    all.push(lists::skills(catalog, base));
    all.push(lists::credentials(catalog, base));
    all.push(lists::programs(catalog, base));
    all.push(lists::practices(catalog, base));
    all.push(lists::orgs(catalog, base));
    all.push(tools::assess(base));
    all.extend(tools::assess_roles(catalog, base));
    for e in &catalog.roles {
        all.push(role::page(e, catalog, &links, base));
    }
    for e in &catalog.skills {
        all.push(skill::page(e, catalog, &links, base));
    }
    for e in &catalog.credentials {
        all.push(credential::page(e, catalog, &links, base));
    }
    for e in &catalog.programs {
        all.push(program::page(e, catalog, base));
    }
    for e in &catalog.practices {
        all.push(practice::page(e, catalog, &links, base));
    }
    for e in &catalog.orgs {
        all.push(practice::org_page(e, catalog, base));
    }
    let built: std::collections::BTreeSet<String> = all.iter().map(|p| p.key.clone()).collect();
    for section in Section::ALL {
        if !built.contains(section.slug()) {
            all.push(pages::coming(section, base));
        }
    }

    for page in &all {
        writer.page(if page.tool { tools_shell } else { shell }, base, page)?;
    }
    let not_found = pages::not_found(base);
    writer.write(
        Path::new("404.html"),
        layout::document(shell, base, &not_found).as_bytes(),
    )?;
    writer.summary.pages += 1;

    let stats = serde_json::to_vec(&catalog.stats()).map_err(|source| SiteError::Json {
        what: "stats".into(),
        source,
    })?;
    writer.write(Path::new("data/stats.json"), &stats)?;
    writer.summary.data_files += 1;
    let files = data::files(catalog, &links).map_err(|source| SiteError::Json {
        what: "app data".into(),
        source,
    })?;
    for (path, bytes) in files {
        writer.write(Path::new(&path), &bytes)?;
        writer.summary.data_files += 1;
    }
    Ok(writer.summary)
}

struct Writer<'a> {
    out: &'a Path,
    summary: BuildSummary,
}

impl Writer<'_> {
    fn write(&mut self, rel: &Path, bytes: &[u8]) -> Result<(), SiteError> {
        let path = self.out.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| SiteError::Write {
                path: parent.to_owned(),
                source,
            })?;
        }
        std::fs::write(&path, bytes).map_err(|source| SiteError::Write { path, source })?;
        self.summary.bytes += bytes.len() as u64;
        Ok(())
    }

    /// Writes a page's `index.html` and its `data/pages/<key>.json`.
    fn page(&mut self, shell: &Shell, base: &BasePath, page: &PageOut) -> Result<(), SiteError> {
        let dir = if page.key.is_empty() {
            PathBuf::new()
        } else {
            PathBuf::from(&page.key)
        };
        self.write(
            &dir.join("index.html"),
            layout::document(shell, base, page).as_bytes(),
        )?;
        self.summary.pages += 1;
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
        self.summary.data_files += 1;
        Ok(())
    }
}
