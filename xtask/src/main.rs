//! `cargo xtask`: the developer automation of Health Cyber Pathways.
//!
//! - `cargo xtask serve [--port N]`: set up what is missing, build the release site, serve it.
//! - `cargo xtask build [--public-url /sub/] [--dist DIR]`: the deployable `dist/`.
//! - `cargo xtask test`: every check (format, lints, native tests, content, release build,
//!   browser suite), ending with one line `N passed, N failed`.
//! - `cargo xtask bench`: benchmarks and the size report of `dist/`.
//! - `cargo xtask setup`: only install what is missing.
//!
//! Everything it installs is pinned (see [`tools`]), so a fresh machine with only the Rust
//! toolchain gets the same build chain as CI.

mod bench;
mod offline;
mod progress;
mod server;
mod site;
mod test;
mod tools;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context as _, bail};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve [--port N]                       set up, build the release site and serve it on 127.0.0.1
  build [--public-url /sub/] [--dist D]  build the deployable site into dist/ (or D)
  test                                   run every check; ends with `N passed, N failed`
  bench [--quick]                        benchmarks and the size report of dist/
  setup                                  install the pinned build and test tools that are missing
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("\nxtask: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> anyhow::Result<ExitCode> {
    let root = project_root()?;
    std::env::set_current_dir(&root)?;
    let Some(command) = args.first() else {
        eprint!("{USAGE}");
        return Ok(ExitCode::from(2));
    };
    let rest = &args[1..];
    match command.as_str() {
        "serve" => {
            let port = flag_value(rest, "--port")?
                .map(|p| p.parse::<u16>())
                .transpose()
                .context("--port takes a number")?
                .unwrap_or(8080);
            serve(&root, port)?;
            Ok(ExitCode::SUCCESS)
        }
        "build" => {
            let public_url = flag_value(rest, "--public-url")?.unwrap_or_else(|| "/".to_owned());
            let dist = flag_value(rest, "--dist")?
                .map(PathBuf::from)
                .unwrap_or_else(|| root.join("dist"));
            tools::ensure_build_tools(None)?;
            site::build(&root, &public_url, &dist)?;
            Ok(ExitCode::SUCCESS)
        }
        "test" => test::run(&root),
        "bench" => bench::run(
            &root,
            rest.iter().any(|a| a == "--quick"),
            flag_value(rest, "--only")?.as_deref(),
        ),
        "setup" => {
            tools::ensure_build_tools(None)?;
            tools::ensure_test_tools(&root)?;
            Ok(ExitCode::SUCCESS)
        }
        "serve-static" => {
            // Internal: serve an already-built folder (used by hand when debugging tests).
            let dir = flag_value(rest, "--dir")?
                .map(PathBuf::from)
                .unwrap_or_else(|| root.join("dist"));
            let prefix = flag_value(rest, "--prefix")?.unwrap_or_else(|| "/".to_owned());
            let port = flag_value(rest, "--port")?
                .map(|p| p.parse::<u16>())
                .transpose()?
                .unwrap_or(8080);
            server::serve_forever(&dir, &prefix, port)?;
            Ok(ExitCode::SUCCESS)
        }
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => {
            eprint!("unknown command `{other}`\n\n{USAGE}");
            Ok(ExitCode::from(2))
        }
    }
}

/// `cargo xtask serve`: the readable pages first (the content compiler alone, a minute or two
/// on a fresh machine), then the build tools and the interactive bundles while those pages are
/// served, then the full site on the same address.
fn serve(root: &Path, port: u16) -> anyhow::Result<()> {
    let started = Instant::now();
    let dist = root.join("dist");
    let full_ready = dist.join("index.html").exists() && tools::build_tools_present();
    let preview = root.join("target/preview");
    let running = if full_ready {
        // A built site and every tool: rebuild it first (quick), as before.
        None
    } else {
        step("building the readable pages first (content only), to serve while the rest builds");
        site::build_preview(root, &preview)?;
        let running = server::start(&preview, "/", port)?;
        let progress = progress::Progress::new(started, serve_plan());
        progress::install(progress.clone());
        running.set_progress(progress);
        step(&format!(
            "first pages served at http://127.0.0.1:{}/ after {} (reading only: the interactive tools are still building; the page updates and reloads by itself)",
            running.port,
            human(started.elapsed())
        ));
        Some(running)
    };
    let built = tools::ensure_build_tools(Some(root)).and_then(|()| site::build(root, "/", &dist));
    match (running, built) {
        (Some(running), Ok(())) => {
            running.set_dir(&dist);
            if let Some(p) = progress::current() {
                p.finish();
            }
            step(&format!(
                "full site ready in {}, served at http://127.0.0.1:{}/ (Ctrl-C to stop)",
                human(started.elapsed()),
                running.port
            ));
            running.wait();
            Ok(())
        }
        (Some(running), Err(err)) => {
            if let Some(p) = progress::current() {
                p.fail(&format!("{err:#}"));
            }
            eprintln!("\nxtask: error: {err:#}");
            step(&format!(
                "the preview stays up at http://127.0.0.1:{}/ (Ctrl-C to stop)",
                running.port
            ));
            running.wait();
            Err(err)
        }
        (None, Ok(())) => {
            step(&format!("ready in {}", human(started.elapsed())));
            server::serve_forever(&dist, "/", port)
        }
        (None, Err(err)) => Err(err),
    }
}

/// The steps of a first `cargo xtask serve` after the preview, with the time each took on a
/// fresh 2-core machine (estimates for the progress notice; see the README for the run).
fn serve_plan() -> Vec<progress::Planned> {
    use std::time::Duration;
    let plan = |key: &'static str, what: &str, secs: u64| progress::Planned {
        key,
        what: what.to_owned(),
        estimate: Duration::from_secs(secs),
    };
    let mut steps = vec![
        plan(
            "target",
            "adding the Rust target wasm32-unknown-unknown",
            20,
        ),
        plan(
            "tools",
            "installing the build tools",
            tools::estimate::TOOLS,
        ),
    ];
    for (i, name) in site::bundles().enumerate() {
        let secs = if i == 0 {
            site::estimate::FIRST_BUNDLE
        } else {
            site::estimate::BUNDLE
        };
        steps.push(plan(name, &format!("building the {name} bundle"), secs));
    }
    steps.push(plan(
        "content",
        "building the content",
        site::estimate::CONTENT,
    ));
    steps
}

fn flag_value(args: &[String], flag: &str) -> anyhow::Result<Option<String>> {
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == flag {
            return match iter.next() {
                Some(value) => Ok(Some(value.clone())),
                None => bail!("{flag} needs a value"),
            };
        }
        if let Some(value) = arg.strip_prefix(&format!("{flag}=")) {
            return Ok(Some(value.to_owned()));
        }
    }
    Ok(None)
}

/// The workspace root (the folder with the top-level Cargo.toml).
fn project_root() -> anyhow::Result<PathBuf> {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    let root = match manifest {
        Some(dir) => dir
            .parent()
            .map(Path::to_path_buf)
            .context("xtask has no parent folder")?,
        None => std::env::current_dir()?,
    };
    Ok(root)
}

/// Prints a step heading, so a long first run shows what it is doing.
pub(crate) fn step(message: &str) {
    eprintln!("\x1b[1m==>\x1b[0m {message}");
}

/// `1m 05s`, `12.3s`.
pub(crate) fn human(duration: std::time::Duration) -> String {
    let secs = duration.as_secs_f64();
    if secs >= 60.0 {
        format!("{}m {:02}s", (secs / 60.0) as u64, (secs % 60.0) as u64)
    } else {
        format!("{secs:.1}s")
    }
}
