//! `pathways`: the command-line tool for Health Cyber Pathways content.
//!
//! `check` validates a content folder and prints every problem with `path:line:col`; `stats`
//! counts it; `build` writes the site's data and pre-rendered pages (used by `cargo xtask
//! build`).

mod coverage;

use std::io::IsTerminal as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use pathways_content::scaffold::NewKind;
use pathways_content::site::Shells;
use pathways_content::site::layout::Shell;
use pathways_core::site::BasePath;
use pathways_core::tool::Tool;

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

/// How `pathways check` reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum CheckFormat {
    /// The report on standard error.
    Text,
    /// The report on standard error and GitHub Actions annotations on standard output.
    Github,
}

#[derive(Subcommand)]
enum Command {
    /// Validate every content file and print every problem found.
    Check {
        /// The content folder.
        #[arg(default_value = "content")]
        dir: PathBuf,
        /// `github` also prints each problem as a GitHub Actions annotation on standard output,
        /// so a pull request shows it at its line.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
    },
    /// What a program or curriculum prepares for: the catalog's roles (required skills at the
    /// level each needs), the NICE work roles (their statements its modules cover) and the CAE-CD
    /// Knowledge Units. The file is checked with the catalog first.
    Coverage {
        /// The program's file (Markdown with front matter), in `content/programs/` or anywhere.
        file: PathBuf,
        /// Only this role (its id), shown even if the program builds none of its skills.
        #[arg(long)]
        role: Option<String>,
        /// How to print the report.
        #[arg(long, value_enum, default_value_t = coverage::Format::Text)]
        format: coverage::Format,
        /// The content folder the program is measured against.
        #[arg(long, default_value = "content")]
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
        /// The built shell of a tool's bundle, as `TOOL=PATH` (`assess=target/shell/assess.html`),
        /// once per tool; a tool without one gets `--shell`.
        #[arg(long = "tool-shell", value_name = "TOOL=PATH", value_parser = parse_tool_shell)]
        tool_shells: Vec<(Tool, PathBuf)>,
    },
    /// Write a new content file with every field documented.
    New {
        /// What to create: role, skill, credential, program or curriculum.
        kind: String,
        /// The new item's id (its file name without `.md`).
        id: String,
        /// The content folder.
        #[arg(long, default_value = "content")]
        dir: PathBuf,
        /// The title or name to start with (defaults to the id in words).
        #[arg(long)]
        title: Option<String>,
    },
    /// Import the NIST NICE Framework components from NIST's CPRT JSON, or with `--diff OLD NEW`
    /// report what changed between two releases.
    ImportNice {
        /// The CPRT JSON file NIST publishes.
        #[arg(required_unless_present = "diff")]
        file: Option<PathBuf>,
        /// Report the work roles and TKS statements added, removed and changed between two
        /// releases (each a CPRT JSON file or an imported `framework.toml`), by id; writes nothing.
        #[arg(long, num_args = 2, value_names = ["OLD", "NEW"], conflicts_with = "file")]
        diff: Option<Vec<PathBuf>>,
        /// Where to write the framework file.
        #[arg(long, default_value = "content/nice/framework.toml")]
        out: PathBuf,
        /// The import date to record (defaults to today).
        #[arg(long)]
        date: Option<String>,
    },
    /// Import the NCAE-C institution directory from the CAE designation list (JSON).
    ImportCae {
        /// The designation list: a JSON array of `{school, designations}`.
        file: PathBuf,
        /// A list of US institutions (JSON array of `{name, city, state}`) for cities and states.
        #[arg(long)]
        places: Option<PathBuf>,
        /// Where to write the directory.
        #[arg(long, default_value = "content/cae/institutions.csv")]
        out: PathBuf,
    },
    /// Print the content format reference (content/README.md is this output).
    Docs,
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
    load_checked_as(dir, &shown(dir))
}

/// [`load_checked`], naming the files as under `shown_as` (a copy reports the original's paths).
fn load_checked_as(
    dir: &std::path::Path,
    shown_as: &str,
) -> anyhow::Result<Result<pathways_content::Loaded, ExitCode>> {
    if !dir.is_dir() {
        anyhow::bail!(
            "`{}` is not a folder; pass the content folder, for example `pathways check content`",
            dir.display()
        );
    }
    let loaded = pathways_content::load(dir, shown_as);
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

/// Today's date from the system clock (the CLI may read the clock; the core never does).
fn today() -> pathways_core::date::Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    pathways_core::date::Date::from_days((secs / 86_400) as i64)
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::New {
            kind,
            id,
            dir,
            title,
        } => {
            let Some(new_kind) = NewKind::parse(&kind) else {
                anyhow::bail!(
                    "`{kind}` is not something `pathways new` creates; use role, skill, credential, program or curriculum"
                );
            };
            if !pathways_core::site::is_valid_id(&id) {
                anyhow::bail!(
                    "`{id}` is not a valid id: use lowercase letters, digits and single hyphens, such as `soc-analyst`"
                );
            }
            let path = dir.join(new_kind.folder()).join(format!("{id}.md"));
            if path.exists() {
                anyhow::bail!(
                    "{} already exists; choose another id or edit that file",
                    path.display()
                );
            }
            let catalog = if dir.is_dir() {
                pathways_content::load(&dir, &shown(&dir)).catalog
            } else {
                Default::default()
            };
            let title = title.unwrap_or_else(|| {
                let words = id.replace('-', " ");
                let mut chars = words.chars();
                chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect())
                    .unwrap_or_default()
            });
            let text = pathways_content::scaffold::new_file(new_kind, &title, &catalog);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, text)?;
            println!(
                "wrote {}; fill it in, then run `pathways check {}`",
                path.display(),
                shown(&dir)
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::ImportNice {
            file,
            diff: Some(pair),
            date,
            ..
        } if file.is_none() => {
            let date = match date {
                Some(d) => d.parse().map_err(|e| anyhow::anyhow!("--date: {e}"))?,
                None => today(),
            };
            let [old, new] = pair.as_slice() else {
                anyhow::bail!("--diff takes two files: OLD NEW");
            };
            let old = pathways_content::nice::read_release(old, date)?;
            let new = pathways_content::nice::read_release(new, date)?;
            print!("{}", pathways_content::nice::diff(&old, &new).render());
            Ok(ExitCode::SUCCESS)
        }
        Command::ImportNice {
            file, out, date, ..
        } => {
            let file = file.context("name the CPRT JSON file to import")?;
            let json = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let date = match date {
                Some(d) => d.parse().map_err(|e| anyhow::anyhow!("--date: {e}"))?,
                None => today(),
            };
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let framework = pathways_content::nice::import_cprt(&json, &name, date)?;
            let toml = pathways_content::nice::to_toml(&framework)?;
            if let Some(parent) = out.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&out, toml)?;
            println!(
                "imported NICE Framework v{}: {} work roles, {} statements, {} competency areas → {}",
                framework.version,
                framework.work_roles.len(),
                framework.statements.len(),
                framework.competency_areas.len(),
                out.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::ImportCae { file, places, out } => {
            let json = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let places = places
                .map(|p| {
                    std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))
                })
                .transpose()?;
            let imported = pathways_content::cae::import(&json, places.as_deref())
                .map_err(|e| anyhow::anyhow!(e))?;
            if let Some(parent) = out.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&out, &imported.csv)?;
            println!(
                "imported {} institutions → {}",
                imported.count,
                out.display()
            );
            if !imported.without_state.is_empty() {
                println!(
                    "{} have no city or state in the place list (left blank):",
                    imported.without_state.len()
                );
                for name in &imported.without_state {
                    println!("  {name}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Docs => {
            print!("{}", pathways_content::scaffold::format_reference());
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { dir, format } => {
            if format == CheckFormat::Github {
                print!(
                    "{}",
                    pathways_content::load(&dir, &shown(&dir)).report.github()
                );
            }
            let loaded = match load_checked(&dir)? {
                Ok(loaded) => loaded,
                Err(code) => return Ok(code),
            };
            if loaded.report.warning_count() == 0 {
                println!("{}", loaded.report.summary(loaded.files));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Coverage {
            file,
            role,
            format,
            dir,
        } => coverage::run(&file, &dir, role.as_deref(), format),
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
            tool_shells,
        } => {
            let loaded = match load_checked(&dir)? {
                Ok(loaded) => loaded,
                Err(code) => return Ok(code),
            };
            let shell = match shell {
                Some(path) => {
                    let text = std::fs::read_to_string(&path)
                        .with_context(|| format!("reading the app shell {}", path.display()))?;
                    Shell::parse(&text).with_context(|| format!("in {}", path.display()))?
                }
                // Without `--shell`, a Trunk-built `<out>/index.html` is used if it is still a
                // shell (a previous build replaces it with the rendered home page).
                None => match std::fs::read_to_string(out.join("index.html"))
                    .ok()
                    .and_then(|t| Shell::parse(&t).ok())
                {
                    Some(shell) => shell,
                    None => {
                        eprintln!(
                            "note: no app shell given (--shell); writing the pages without the app"
                        );
                        Shell::bare()
                    }
                },
            };
            let mut shells = Shells::only(shell);
            for (tool, path) in tool_shells {
                let text = std::fs::read_to_string(&path).with_context(|| {
                    format!("reading the {} shell {}", tool.name(), path.display())
                })?;
                let parsed =
                    Shell::parse(&text).with_context(|| format!("in {}", path.display()))?;
                shells.tools.insert(tool, parsed);
            }
            let base = BasePath::new(&base);
            let summary = pathways_content::site::build(&loaded.catalog, &out, &base, &shells)?;
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

/// Parses `--tool-shell TOOL=PATH`.
fn parse_tool_shell(arg: &str) -> Result<(Tool, PathBuf), String> {
    let (name, path) = arg.split_once('=').ok_or_else(|| {
        format!("expected TOOL=PATH, such as assess=target/shell/assess.html, not `{arg}`")
    })?;
    let tool = Tool::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = Tool::ALL.iter().map(|t| t.name()).collect();
        format!("unknown tool `{name}`: one of {}", names.join(", "))
    })?;
    Ok((tool, PathBuf::from(path)))
}
