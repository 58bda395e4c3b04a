//! Building the deployable site: Trunk builds the browser bundle, then the content compiler
//! (`pathways build`) writes the data and one pre-rendered page per route into the same folder.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::Context as _;
use pathways_core::site::BasePath;

use crate::tools::run;
use crate::{human, step};

/// Builds the release site for `public_url` into `dist`.
pub(crate) fn build(root: &Path, public_url: &str, dist: &Path) -> anyhow::Result<()> {
    let base = BasePath::new(public_url);
    let started = Instant::now();
    step(&format!(
        "building the browser app (trunk build --release, base {})",
        base.as_str()
    ));
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
            .arg(dist)
            .current_dir(root),
        "trunk build",
    )?;

    // Trunk's index.html is the shell every page is rendered into: keep it out of dist/.
    let shell_dir = root.join("target/shell");
    std::fs::create_dir_all(&shell_dir)?;
    let shell = shell_dir.join(format!("index{}.html", base.as_str().replace('/', "_")));
    std::fs::rename(dist.join("index.html"), &shell).context("moving Trunk's index.html aside")?;

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
            .args(["--base", base.as_str(), "--shell"])
            .arg(&shell)
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
