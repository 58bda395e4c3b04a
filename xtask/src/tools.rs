//! Installing the pinned build and test tools that are missing.
//!
//! Build chain (verified on this project's machines, see the README):
//! - the `wasm32-unknown-unknown` Rust target;
//! - Trunk 0.21.14 (0.22 declares a newer rustc than the stable one here);
//! - wasm-bindgen-cli exactly equal to the `wasm-bindgen` in Cargo.lock;
//! - wasm-opt from binaryen 132, the npm package (installs in seconds; the `wasm-opt` crate
//!   builds binaryen's C++ for about 9 minutes; Debian's 108 builds a wasm that fails at run
//!   time).
//!
//! Tools are built with a light release profile (no LTO, many codegen units, opt-level 1):
//! they only drive the build, so a quicker install matters more than their own speed. They go
//! where `cargo clean` leaves them: Cargo's bin folder, and `<CARGO_HOME>/hcp-tools` for npm
//! packages.
//!
//! Test chain: Debian's Chromium and ChromeDriver, and the npm packages pinned in
//! `tests/e2e/package-lock.json` (Playwright never downloads a browser).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context as _, bail};

use crate::{human, progress, step};

/// The Trunk release that builds on the stable rustc here.
pub(crate) const TRUNK_VERSION: &str = "0.21.14";
/// The binaryen version Trunk.toml pins (`version_132`), from the npm package of that version.
pub(crate) const WASM_OPT_VERSION: &str = "132";
/// wasm-bindgen-cli releases whose `cargo install --locked` cannot work from this registry
/// (0.2.130's lock wants webpki-roots 1.0.11, which it lacks): they are built from source with
/// that pin relaxed, without trying the locked install first.
const WASM_BINDGEN_LOCK_BROKEN: &[&str] = &["0.2.130"];
/// Debian's Chromium.
pub(crate) const CHROMIUM: &str = "/usr/bin/chromium";

/// What each install took on a fresh 2-core machine, in seconds (estimates shown while
/// `cargo xtask serve` runs; measured as the README says).
pub(crate) mod estimate {
    /// Trunk and wasm-bindgen-cli built at the same time with the light profile, with the
    /// app's wasm32 binaries compiling alongside.
    pub(crate) const TOOLS: u64 = 560;
}

/// Whether every build tool is installed at its pinned version.
pub(crate) fn build_tools_present() -> bool {
    trunk_present() && wasm_bindgen_present() && wasm_opt_present()
}

/// Cargo's home folder.
fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
}

/// Cargo's bin folder, where `cargo install` puts tools.
pub(crate) fn cargo_bin() -> PathBuf {
    cargo_home().join("bin")
}

/// Where the npm binaryen package is installed (outside `target/`, so `cargo clean` keeps it).
fn binaryen_dir() -> PathBuf {
    cargo_home()
        .join("hcp-tools")
        .join(format!("binaryen-{WASM_OPT_VERSION}"))
}

/// `PATH` with the project's tools first (Cargo's bin folder, then the npm binaryen), so the
/// pinned ones win over system ones such as Debian's binaryen 108.
pub(crate) fn path_with_cargo_bin() -> std::ffi::OsString {
    let mut paths = vec![cargo_bin(), binaryen_dir().join("node_modules/.bin")];
    if let Some(path) = std::env::var_os("PATH") {
        paths.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(paths).unwrap_or_default()
}

/// The first line a tool prints for `--version`, if it runs.
fn version_of(program: &str) -> Option<String> {
    let output = Command::new(program)
        .arg("--version")
        .env("PATH", path_with_cargo_bin())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output.status.success().then(|| {
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .trim()
            .to_owned()
    })
}

/// Runs a command to completion, failing with `what` if it fails.
pub(crate) fn run(command: &mut Command, what: &str) -> anyhow::Result<()> {
    let status = command
        .env("PATH", path_with_cargo_bin())
        .status()
        .with_context(|| format!("could not start: {what}"))?;
    if !status.success() {
        bail!("{what} failed ({status})");
    }
    Ok(())
}

/// The version of `wasm-bindgen` that Cargo.lock resolved.
pub(crate) fn locked_wasm_bindgen() -> anyhow::Result<String> {
    let lock = std::fs::read_to_string("Cargo.lock").context("reading Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\""
            && let Some(version) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_owned());
        }
    }
    bail!("Cargo.lock has no wasm-bindgen package")
}

/// `cargo install` with the light profile for tools (see the module documentation).
fn cargo_install() -> Command {
    let mut command = Command::new("cargo");
    command
        .arg("install")
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "1")
        .env("CARGO_PROFILE_RELEASE_DEBUG", "0");
    command
}

/// Installs whatever the release build needs and is missing.
///
/// Trunk and wasm-bindgen-cli build at the same time (each has long single-threaded stretches
/// that leave a core idle), wasm-opt installs from npm meanwhile, and, when `prebuild` names
/// the project root, the app's wasm32 binaries compile alongside, exactly as Trunk will ask
/// Cargo for them, so Trunk finds them built.
pub(crate) fn ensure_build_tools(prebuild: Option<&Path>) -> anyhow::Result<()> {
    let started = Instant::now();
    ensure_wasm_target()?;
    let installing = !trunk_present() || !wasm_bindgen_present();
    if installing {
        progress::begin(
            "tools",
            "installing the build tools (Trunk and wasm-bindgen-cli, built at the same time; once)",
        );
    }
    let (trunk, bindgen, opt, wasm) = std::thread::scope(|scope| {
        let trunk = scope.spawn(ensure_trunk);
        let bindgen = scope.spawn(ensure_wasm_bindgen);
        let opt = ensure_wasm_opt();
        let wasm = match prebuild {
            Some(root) if installing => prebuild_wasm(root),
            _ => Ok(()),
        };
        let join = |h: std::thread::ScopedJoinHandle<'_, anyhow::Result<()>>| {
            h.join()
                .unwrap_or_else(|_| Err(anyhow::anyhow!("an install thread panicked")))
        };
        (join(trunk), join(bindgen), opt, wasm)
    });
    trunk?;
    bindgen?;
    opt?;
    wasm?;
    let took = started.elapsed();
    if took.as_secs() > 5 {
        step(&format!("build tools ready ({})", human(took)));
    }
    Ok(())
}

/// Compiles the app's wasm32 binaries with the arguments Trunk passes to Cargo (same target,
/// manifest and profile, so Cargo's fingerprints match and Trunk's own build finds them done).
fn prebuild_wasm(root: &Path) -> anyhow::Result<()> {
    step(
        "compiling the app's WebAssembly while the tools install (cargo build --target wasm32-unknown-unknown --profile wasm-release)",
    );
    run(
        Command::new("cargo")
            .args([
                "build",
                "--target=wasm32-unknown-unknown",
                "--manifest-path",
                "app/Cargo.toml",
                "--profile",
                "wasm-release",
                "--bins",
                "--quiet",
            ])
            .current_dir(root),
        "cargo build (wasm32 app)",
    )
}

fn trunk_present() -> bool {
    version_of("trunk").as_deref() == Some(format!("trunk {TRUNK_VERSION}").as_str())
}

fn wasm_bindgen_present() -> bool {
    locked_wasm_bindgen().is_ok_and(|v| {
        version_of("wasm-bindgen").as_deref() == Some(format!("wasm-bindgen {v}").as_str())
    })
}

fn wasm_opt_present() -> bool {
    version_of("wasm-opt")
        .is_some_and(|v| v.starts_with(&format!("wasm-opt version {WASM_OPT_VERSION}")))
}

fn ensure_wasm_target() -> anyhow::Result<()> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("wasm32-unknown-unknown"))
        .unwrap_or(false);
    if !installed {
        let what = "adding the Rust target wasm32-unknown-unknown (rustup)";
        progress::begin("target", what);
        step(what);
        run(
            Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]),
            "rustup target add wasm32-unknown-unknown",
        )?;
    }
    Ok(())
}

fn ensure_trunk() -> anyhow::Result<()> {
    if trunk_present() {
        return Ok(());
    }
    step(&format!(
        "installing Trunk {TRUNK_VERSION} (cargo install, once)"
    ));
    // Without default features: no TLS stack (rustls, ring) and no update check. The project
    // runs Trunk `--offline` with every tool pinned, so it never downloads anything; 25 fewer
    // crates to compile, and the bundles it builds are byte-for-byte the same size.
    run(
        cargo_install().args([
            "trunk",
            "--version",
            TRUNK_VERSION,
            "--locked",
            "--no-default-features",
        ]),
        "cargo install trunk",
    )
}

fn ensure_wasm_bindgen() -> anyhow::Result<()> {
    let version = locked_wasm_bindgen()?;
    let wanted = format!("wasm-bindgen {version}");
    if version_of("wasm-bindgen").as_deref() == Some(wanted.as_str()) {
        return Ok(());
    }
    step(&format!(
        "installing wasm-bindgen-cli {version} to match Cargo.lock (once)"
    ));
    let locked = !WASM_BINDGEN_LOCK_BROKEN.contains(&version.as_str())
        && cargo_install()
            .args([
                "wasm-bindgen-cli",
                "--version",
                &format!("={version}"),
                "--locked",
                "--force",
            ])
            .env("PATH", path_with_cargo_bin())
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
    if locked {
        return Ok(());
    }
    // Some releases lock a dependency version the registry no longer serves (0.2.130 wants
    // webpki-roots 1.0.11). Build from the crate's own source with that one pin relaxed.
    step(
        "building wasm-bindgen-cli from its source with webpki-roots pinned to 1.0.10 (its lock file names a version the registry lacks)",
    );
    let source = unpacked_crate_source("wasm-bindgen-cli", &version)?;
    let work = std::env::temp_dir().join(format!("hcp-wasm-bindgen-cli-{version}"));
    let _ = std::fs::remove_dir_all(&work);
    copy_dir(&source, &work)?;
    run(
        Command::new("cargo")
            .args(["update", "-p", "webpki-roots", "--precise", "1.0.10"])
            .current_dir(&work),
        "cargo update -p webpki-roots",
    )?;
    run(
        cargo_install()
            .args(["--path", ".", "--locked", "--force"])
            .current_dir(&work),
        "cargo install wasm-bindgen-cli from source",
    )
}

/// The unpacked source of a crate in Cargo's registry cache, downloading it if needed.
fn unpacked_crate_source(name: &str, version: &str) -> anyhow::Result<PathBuf> {
    let find = || -> Option<PathBuf> {
        let home = cargo_bin().parent()?.join("registry").join("src");
        std::fs::read_dir(home)
            .ok()?
            .flatten()
            .map(|index| index.path().join(format!("{name}-{version}")))
            .find(|p| p.join("Cargo.toml").exists())
    };
    if let Some(found) = find() {
        return Ok(found);
    }
    // `cargo info` downloads and unpacks the crate into the registry's src folder.
    let _ = Command::new("cargo")
        .args(["info", &format!("{name}@{version}")])
        .stdout(Stdio::null())
        .status();
    find().with_context(|| {
        format!("could not find the source of {name} {version} in Cargo's registry")
    })
}

/// Copies a folder and everything in it.
pub(crate) fn copy_dir(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

fn ensure_wasm_opt() -> anyhow::Result<()> {
    if wasm_opt_present() {
        return Ok(());
    }
    ensure_node()?;
    step(&format!(
        "installing wasm-opt (binaryen {WASM_OPT_VERSION}, npm, once)"
    ));
    let dir = binaryen_dir();
    std::fs::create_dir_all(&dir)?;
    run(
        Command::new("npm")
            .args([
                "install",
                "--no-audit",
                "--no-fund",
                "--no-save",
                "--prefix",
            ])
            .arg(&dir)
            .arg(format!("binaryen@{WASM_OPT_VERSION}.0.0")),
        "npm install binaryen",
    )
}

/// Installs what the browser tests need: Chromium and the pinned npm packages.
pub(crate) fn ensure_test_tools(root: &Path) -> anyhow::Result<()> {
    ensure_chromium()?;
    ensure_node()?;
    ensure_npm_packages(&root.join("tests/e2e"))
}

fn apt_install(packages: &[&str]) -> anyhow::Result<()> {
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let apt = |args: &[&str]| -> anyhow::Result<()> {
        let mut command = if is_root {
            Command::new("apt-get")
        } else {
            let mut c = Command::new("sudo");
            c.arg("apt-get");
            c
        };
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut command, &format!("apt-get {}", args.join(" ")))
    };
    let mut install = vec!["install", "-y", "--no-install-recommends"];
    install.extend_from_slice(packages);
    if apt(&install).is_err() {
        apt(&["update"])?;
        apt(&install)?;
    }
    Ok(())
}

/// Hugo (Debian's package), for the side-by-side content build benchmark.
pub(crate) fn ensure_hugo() -> anyhow::Result<()> {
    if version_of("hugo").is_some()
        || Command::new("hugo")
            .arg("version")
            .output()
            .is_ok_and(|o| o.status.success())
    {
        return Ok(());
    }
    step("installing Hugo for the comparison benchmark (apt-get)");
    apt_install(&["hugo"])
}

fn ensure_chromium() -> anyhow::Result<()> {
    if Path::new(CHROMIUM).exists() {
        return Ok(());
    }
    step("installing Debian's chromium and chromium-driver (apt-get)");
    apt_install(&["chromium", "chromium-driver"])
}

fn ensure_node() -> anyhow::Result<()> {
    if version_of("node").is_some() && version_of("npm").is_some() {
        return Ok(());
    }
    step("installing Node.js and npm (apt-get)");
    apt_install(&["nodejs", "npm"])
}

/// Pagefind, the alternative the search benchmark measures the portal's own index against.
/// It is installed apart from the browser tests' packages: the registry mirrors here carry only
/// some of its per-platform binaries, which a lock file for `npm ci` cannot describe.
pub(crate) fn ensure_pagefind(root: &Path) -> anyhow::Result<PathBuf> {
    const VERSION: &str = "1.6.0";
    let dir = root.join("target/pagefind");
    let bin = dir.join("node_modules/.bin/pagefind");
    let installed = std::fs::read_to_string(dir.join("node_modules/pagefind/package.json"))
        .is_ok_and(|s| s.contains(&format!("\"version\": \"{VERSION}\"")));
    if installed && bin.exists() {
        return Ok(bin);
    }
    step(&format!(
        "installing pagefind {VERSION} for the search benchmark (npm)"
    ));
    std::fs::create_dir_all(&dir)?;
    run(
        Command::new("npm")
            .args([
                "install",
                "--no-audit",
                "--no-fund",
                "--no-save",
                "--prefix",
            ])
            .arg(&dir)
            .arg(format!("pagefind@{VERSION}")),
        "npm install pagefind",
    )?;
    Ok(bin)
}

fn ensure_npm_packages(dir: &Path) -> anyhow::Result<()> {
    let lock = dir.join("package-lock.json");
    let installed = dir.join("node_modules/.package-lock.json");
    let fresh = match (
        std::fs::metadata(&lock).and_then(|m| m.modified()),
        std::fs::metadata(&installed).and_then(|m| m.modified()),
    ) {
        (Ok(lock), Ok(installed)) => installed >= lock,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    step("installing the pinned npm packages for the browser tests (npm ci)");
    run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(dir)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
        "npm ci in tests/e2e",
    )
}
