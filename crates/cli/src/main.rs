//! `pathways`: the command-line tool for Health Cyber Pathways content.
//!
//! `check` validates a content folder and prints every problem with `path:line:col`; `stats`
//! counts it; `build` writes the site's data and pre-rendered pages (used by `cargo xtask
//! build`).

use std::io::IsTerminal as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use pathways_content::site::layout::Shell;
use pathways_core::site::BasePath;

#[derive(Parser)]
#[command(
    name = "pathways",
    version,
    about = "Check, build and count Health Cyber Pathways content."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate every content file and print every problem found.
    Check {
        /// The content folder.
        #[arg(default_value = "content")]
        dir: PathBuf,
    },
    /// Count the catalog.
    Stats {
        /// The content folder.
        #[arg(default_value = "content")]
        dir: PathBuf,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Write the site's data and pre-rendered pages.
    Build {
        /// The content folder.
        #[arg(default_value = "content")]
        dir: PathBuf,
        /// Where to write (usually the `dist/` folder Trunk built).
        #[arg(long)]
        out: PathBuf,
        /// The path the site is served under, such as `/` or `/health-cyber-pathways/`.
        #[arg(long, default_value = "/")]
        base: String,
        /// The built app shell; defaults to `<out>/index.html` if it has the placeholders.
        #[arg(long)]
        shell: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn shown(dir: &std::path::Path) -> String {
    dir.to_string_lossy().replace('\\', "/")
}

fn load_checked(
    dir: &std::path::Path,
) -> anyhow::Result<Result<pathways_content::Loaded, ExitCode>> {
    if !dir.is_dir() {
        anyhow::bail!(
            "`{}` is not a folder; pass the content folder, for example `pathways check content`",
            dir.display()
        );
    }
    let loaded = pathways_content::load(dir, &shown(dir));
    let report = if std::io::stderr().is_terminal() {
        loaded.report.render_styled(loaded.files)
    } else {
        loaded.report.render(loaded.files)
    };
    if loaded.report.has_errors() {
        eprint!("{report}");
        return Ok(Err(ExitCode::FAILURE));
    }
    if loaded.report.warning_count() > 0 {
        eprint!("{report}");
    }
    Ok(Ok(loaded))
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Check { dir } => {
            let loaded = match load_checked(&dir)? {
                Ok(loaded) => loaded,
                Err(code) => return Ok(code),
            };
            if loaded.report.warning_count() == 0 {
                println!("{}", loaded.report.summary(loaded.files));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats { dir, json } => {
            let loaded = match load_checked(&dir)? {
                Ok(loaded) => loaded,
                Err(code) => return Ok(code),
            };
            let stats = loaded.catalog.stats();
            if json {
                println!("{}", serde_json::to_string_pretty(&stats)?);
            } else {
                let value = serde_json::to_value(stats)?;
                if let Some(map) = value.as_object() {
                    for (kind, count) in map {
                        println!("{kind:>18}  {count}");
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Build {
            dir,
            out,
            base,
            shell,
        } => {
            let loaded = match load_checked(&dir)? {
                Ok(loaded) => loaded,
                Err(code) => return Ok(code),
            };
            let shell_path = shell.unwrap_or_else(|| out.join("index.html"));
            let shell = if shell_path.exists() {
                let text = std::fs::read_to_string(&shell_path)
                    .with_context(|| format!("reading the app shell {}", shell_path.display()))?;
                Shell::parse(&text).with_context(|| format!("in {}", shell_path.display()))?
            } else {
                eprintln!(
                    "note: no app shell at {}; writing pages without the app",
                    shell_path.display()
                );
                Shell::bare()
            };
            let base = BasePath::new(&base);
            let summary = pathways_content::site::build(&loaded.catalog, &out, &base, &shell)?;
            println!(
                "built {} pages and {} data files ({} KB) into {} for base {}",
                summary.pages,
                summary.data_files,
                summary.bytes / 1024,
                out.display(),
                base.as_str()
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
