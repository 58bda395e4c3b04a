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
    // Two bundles: the site (every page people read) and the tools (the assessment), each
    // built by Trunk from its own HTML template into a staging folder, then merged.
    let staging = root.join("target/trunk-staging");
    let _ = std::fs::remove_dir_all(&staging);
    let shell_dir = root.join("target/shell");
    std::fs::create_dir_all(&shell_dir)?;
    let tag = base.as_str().replace('/', "_");
    let mut shells = Vec::new();
    for (template, name) in [("app/index.html", "site"), ("app/tools.html", "tools")] {
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
                .arg(template)
                .current_dir(root),
            "trunk build",
        )?;
        // Trunk's index.html is the shell pages are rendered into: keep it out of dist/.
        let shell = shell_dir.join(format!("{name}{tag}.html"));
        std::fs::rename(out.join("index.html"), &shell)
            .context("moving Trunk's index.html aside")?;
        shells.push(shell);
    }
    let _ = std::fs::remove_dir_all(dist);
    std::fs::create_dir_all(dist)?;
    for name in ["site", "tools"] {
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
            .args(["--base", base.as_str(), "--shell"])
            .arg(&shells[0])
            .arg("--tools-shell")
            .arg(&shells[1])
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
