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
use crate::{human, offline, progress, step};

/// Builds the release site for `public_url` into `dist`.
pub(crate) fn build(root: &Path, public_url: &str, dist: &Path) -> anyhow::Result<()> {
    let started = Instant::now();
    let built = Bundles::build(root)?;
    built.assemble(root, public_url, dist)?;
    step(&format!(
        "site built in {} → {}",
        human(started.elapsed()),
        dist.display()
    ));
    Ok(())
}

/// The browser bundles built by Trunk for the base `/`, staged in `target/trunk-staging`.
///
/// The WebAssembly and JavaScript do not depend on the base path (the app reads it from the
/// page), so a build for another base reuses them and only rebases the shells' asset URLs,
/// which is all `trunk build --public-url` changes.
pub(crate) struct Bundles {
    staging: PathBuf,
}

impl Bundles {
    /// Builds every bundle: the site's, then one per tool, each by Trunk from its own HTML
    /// template into its own staging folder.
    pub(crate) fn build(root: &Path) -> anyhow::Result<Bundles> {
        let staging = root.join("target/trunk-staging");
        let _ = std::fs::remove_dir_all(&staging);
        std::fs::create_dir_all(root.join("target/shell"))?;
        for name in bundles() {
            let template = format!("app/{}.html", if name == SITE { "index" } else { name });
            let what = format!("building the {name} bundle (trunk build --release {template})");
            progress::begin(name, &what);
            step(&what);
            let out = staging.join(name);
            run(
                Command::new("trunk")
                    .args([
                        "build",
                        "--release",
                        "--offline",
                        "--public-url",
                        "/",
                        "--dist",
                    ])
                    .arg(&out)
                    .arg(&template)
                    .current_dir(root),
                "trunk build",
            )?;
        }
        Ok(Bundles { staging })
    }

    /// Writes the site for `public_url` into `dist`: the bundles, their shells rebased, and the
    /// content compiled into pre-rendered pages and data.
    pub(crate) fn assemble(
        &self,
        root: &Path,
        public_url: &str,
        dist: &Path,
    ) -> anyhow::Result<()> {
        let base = BasePath::new(public_url);
        let tag = shell_tag(&base);
        let _ = std::fs::remove_dir_all(dist);
        std::fs::create_dir_all(dist)?;
        let mut copied = Vec::new();
        for name in bundles() {
            for entry in std::fs::read_dir(self.staging.join(name))? {
                let entry = entry?;
                if entry.file_name() == "index.html" {
                    // Trunk's index.html is the shell pages are rendered into: keep it out of
                    // dist/.
                    let shell = std::fs::read_to_string(entry.path())
                        .context("reading Trunk's index.html")?;
                    std::fs::write(shell_path(root, name, &tag), rebase_shell(&shell, &base))?;
                } else {
                    std::fs::copy(entry.path(), dist.join(entry.file_name()))?;
                    copied.push(entry.file_name().to_string_lossy().into_owned());
                }
            }
        }
        compile_content(root, &base, dist, &shell_args(root, &tag))?;
        let worker = offline::write(dist, &base, &copied)?;
        step(&format!(
            "service worker {} written: version {}, {} files precached ({} KB)",
            offline::WORKER_FILE,
            worker.version,
            worker.precache.len(),
            worker.precache_bytes.div_ceil(1024)
        ));
        Ok(())
    }
}

/// Runs the content compiler (`pathways build`) into `dist` with the given shell arguments.
fn compile_content(
    root: &Path,
    base: &BasePath,
    dist: &Path,
    shells: &[OsString],
) -> anyhow::Result<()> {
    let what = format!(
        "building the content for {} (pathways build)",
        base.as_str()
    );
    progress::begin("content", &what);
    step(&what);
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
            .args(shells)
            .current_dir(root),
        "pathways build",
    )
}

/// A shell Trunk built for the base `/`, with its asset URLs moved under `base` (what
/// `trunk build --public-url` does: every `href`, `src` and loader `data-` URL that starts
/// with `/`).
pub(crate) fn rebase_shell(shell: &str, base: &BasePath) -> String {
    if base.as_str() == "/" {
        return shell.to_owned();
    }
    let mut out = shell.to_owned();
    for attr in ["href", "src", "data-js", "data-wasm"] {
        out = out.replace(
            &format!(" {attr}=\"/"),
            &format!(" {attr}=\"{}", base.as_str()),
        );
    }
    out
}

/// The readable site without its interactive bundles, written into `out` while the build
/// tools install: the pre-rendered pages with the plain stylesheet, a notice of what is being
/// built, and `preview.js`, which shows the progress and reloads into the full site.
pub(crate) fn build_preview(root: &Path, out: &Path) -> anyhow::Result<()> {
    let _ = std::fs::remove_dir_all(out);
    std::fs::create_dir_all(out)?;
    std::fs::copy(root.join("app/style.css"), out.join("style.css"))?;
    for file in ["favicon.svg", "icon-192.png", "icon-512.png"] {
        std::fs::copy(root.join("public").join(file), out.join(file))?;
    }
    std::fs::write(out.join("preview.js"), PREVIEW_JS)?;
    let shell = root.join("target/shell/preview.html");
    std::fs::create_dir_all(root.join("target/shell"))?;
    std::fs::write(&shell, PREVIEW_SHELL)?;
    let base = BasePath::new("/");
    compile_content(root, &base, out, &["--shell".into(), shell.into()])
}

/// The shell of the preview: the site's stylesheet and a notice above every page.
const PREVIEW_SHELL: &str = r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!--hcp:head-->
<link rel="stylesheet" href="/style.css">
<script src="/preview.js" defer></script>
</head>
<body>
<div class="wrap"><div class="notice" role="status" id="hcp-preview">
<p><strong>Preview while the interactive tools build.</strong> Every page here can be read; search, the self-assessment, the planner and the hiring tools start working once the build finishes. <span id="hcp-preview-progress">See the terminal for progress, then reload.</span></p>
</div></div>
<!--hcp:body-->
</body>
</html>
"#;

/// Polls the serving xtask for progress and reloads the page into the full site when ready.
const PREVIEW_JS: &str = r#"// Preview only (cargo xtask serve): shows the build's progress and reloads when it is done.
const line = document.getElementById("hcp-preview-progress");
const minutes = (s) => (s < 90 ? `${Math.max(1, Math.round(s))} s` : `${Math.round(s / 60)} min`);
async function poll() {
  try {
    const r = await fetch("/__hcp/status.json", { cache: "no-store" });
    const s = await r.json();
    if (s.state === "ready") {
      location.reload();
      return;
    }
    if (s.state === "failed") {
      line.textContent = `The build stopped: ${s.error}. See the terminal.`;
      return;
    }
    line.textContent = `Step ${s.step_number} of ${s.steps}: ${s.step}. ` +
      `${minutes(s.elapsed_s)} so far, about ${minutes(s.remaining_s)} to go (estimate). ` +
      "This page reloads by itself when the full site is ready.";
  } catch (e) {
    line.textContent = "Lost contact with cargo xtask serve; reload when it says the site is ready.";
  }
  setTimeout(poll, 2000);
}
poll();
"#;

/// What each build step took on a fresh 2-core machine, in seconds (estimates shown while
/// `cargo xtask serve` runs).
pub(crate) mod estimate {
    /// The first bundle, which compiles every dependency for wasm32.
    pub(crate) const FIRST_BUNDLE: u64 = 135;
    /// Each further bundle (its own link, wasm-bindgen and wasm-opt).
    pub(crate) const BUNDLE: u64 = 15;
    /// The content compiler once it is compiled.
    pub(crate) const CONTENT: u64 = 15;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shell_is_rebased_like_trunk_public_url() {
        let shell = r#"<link rel="stylesheet" href="/style-1a.css" integrity="sha384-x"><link rel="icon" href="https://example.org/x"><script type="module" src="/boot.js" data-js="/app-1a.js" data-wasm="/app-1a_bg.wasm"></script>"#;
        let rebased = rebase_shell(shell, &BasePath::new("/hcp-sub/"));
        assert_eq!(
            rebased,
            r#"<link rel="stylesheet" href="/hcp-sub/style-1a.css" integrity="sha384-x"><link rel="icon" href="https://example.org/x"><script type="module" src="/hcp-sub/boot.js" data-js="/hcp-sub/app-1a.js" data-wasm="/hcp-sub/app-1a_bg.wasm"></script>"#
        );
        assert_eq!(rebase_shell(shell, &BasePath::new("/")), shell);
    }
}
