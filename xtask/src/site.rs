//! Building the deployable site: Trunk builds the browser bundle, then the content compiler
//! (`pathways build`) writes the data and one pre-rendered page per route into the same folder.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::Context as _;
use pathways_core::site::BasePath;
use pathways_core::tool::Tool;

use crate::tools::run;
use crate::{human, step};

/// Builds the release site for `public_url` into `dist`.
pub(crate) fn build(root: &Path, public_url: &str, dist: &Path) -> anyhow::Result<()> {
    let base = BasePath::new(public_url);
    let started = Instant::now();
    // One bundle per tool plus the site's (every content page), each built by Trunk from its
    // own HTML template into a staging folder, then merged.
    let staging = root.join("target/trunk-staging");
    let _ = std::fs::remove_dir_all(&staging);
    let shell_dir = root.join("target/shell");
    std::fs::create_dir_all(&shell_dir)?;
    let tag = shell_tag(&base);
    for name in bundles() {
        let template = format!("app/{}.html", if name == SITE { "index" } else { name });
        step(&format!(
            "building the {name} bundle (trunk build --release {template}, base {})",
            base.as_str()
        ));
        let out = staging.join(name);
        run(
            Command::new("trunk")
                .args([
                    "build",
                    "--release",
                    "--offline",
                    "--public-url",
                    base.as_str(),
                    "--dist",
                ])
                .arg(&out)
                .arg(&template)
                .current_dir(root),
            "trunk build",
        )?;
        // Trunk's index.html is the shell pages are rendered into: keep it out of dist/.
        std::fs::rename(out.join("index.html"), shell_path(root, name, &tag))
            .context("moving Trunk's index.html aside")?;
    }
    let _ = std::fs::remove_dir_all(dist);
    std::fs::create_dir_all(dist)?;
    for name in bundles() {
        for entry in std::fs::read_dir(staging.join(name))? {
            let entry = entry?;
            std::fs::copy(entry.path(), dist.join(entry.file_name()))?;
        }
    }

    step("building the content (pathways build)");
    run(
        Command::new("cargo")
            .args([
                "run",
                "--quiet",
                "--release",
                "--package",
                "pathways-cli",
                "--",
                "build",
                "content",
                "--out",
            ])
            .arg(dist)
            .args(["--base", base.as_str()])
            .args(shell_args(root, &tag))
            .current_dir(root),
        "pathways build",
    )?;
    step(&format!(
        "site built in {} → {}",
        human(started.elapsed()),
        dist.display()
    ));
    Ok(())
}

/// The site bundle's name (its template is `app/index.html`).
const SITE: &str = "site";

/// Every bundle: the site's, then one per tool (template `app/<tool>.html`).
pub(crate) fn bundles() -> impl Iterator<Item = &'static str> {
    std::iter::once(SITE).chain(Tool::ALL.iter().map(|t| t.name()))
}

/// Tells apart the shells of builds for different base paths (`/` → `_`).
pub(crate) fn shell_tag(base: &BasePath) -> String {
    base.as_str().replace('/', "_")
}

/// Where the shell of bundle `name`, built for the base of `tag`, is kept.
fn shell_path(root: &Path, name: &str, tag: &str) -> PathBuf {
    root.join("target/shell").join(format!("{name}{tag}.html"))
}

/// The `pathways build` arguments that name the built shells: `--shell` for the site bundle and
/// `--tool-shell TOOL=PATH` for each tool.
pub(crate) fn shell_args(root: &Path, tag: &str) -> Vec<OsString> {
    let mut args: Vec<OsString> = vec!["--shell".into(), shell_path(root, SITE, tag).into()];
    for tool in Tool::ALL {
        args.push("--tool-shell".into());
        let mut arg = OsString::from(format!("{}=", tool.name()));
        arg.push(shell_path(root, tool.name(), tag));
        args.push(arg);
    }
    args
}
