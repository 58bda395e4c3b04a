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
            let started = Instant::now();
            tools::ensure_build_tools()?;
            let dist = root.join("dist");
            site::build(&root, "/", &dist)?;
            step(&format!("ready in {}", human(started.elapsed())));
            server::serve_forever(&dist, "/", port)?;
            Ok(ExitCode::SUCCESS)
        }
        "build" => {
            let public_url = flag_value(rest, "--public-url")?.unwrap_or_else(|| "/".to_owned());
            let dist = flag_value(rest, "--dist")?
                .map(PathBuf::from)
                .unwrap_or_else(|| root.join("dist"));
            tools::ensure_build_tools()?;
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
            tools::ensure_build_tools()?;
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
