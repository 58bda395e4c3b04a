//! `cargo xtask test`: every check, in order, each counted; one closing line `N passed, N failed`.
//!
//! Steps: formatting, lints (native and wasm32), native tests (counted per test), the content
//! check, the release build at `/` and under a sub-path, and the Playwright suite (counted per
//! test) against those builds served by the plain static server. A failing step does not stop
//! the others, so one run shows everything that is wrong.

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use crate::tools::{self, CHROMIUM, path_with_cargo_bin};
use crate::{human, server, site, step};

/// The sub-path the second build is served under, as on a GitHub Pages project site.
pub(crate) const SUB_PATH: &str = "/hcp-sub/";

#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
    failures: Vec<String>,
}

impl Tally {
    fn check(&mut self, name: &str, ok: bool) {
        if ok {
            self.passed += 1;
        } else {
            self.failed += 1;
            self.failures.push(name.to_owned());
        }
    }
}

/// How long each step of the run took, printed at the end so a slow step is plain to see.
#[derive(Default)]
struct Phases {
    current: Option<(String, Instant)>,
    done: Vec<(String, std::time::Duration)>,
}

impl Phases {
    /// Ends the step under way (if any) and starts `name`, announcing it.
    fn next(&mut self, name: &str) {
        self.close();
        step(name);
        self.current = Some((name.to_owned(), Instant::now()));
    }

    fn close(&mut self) {
        if let Some((name, started)) = self.current.take() {
            self.done.push((name, started.elapsed()));
        }
    }

    /// Prints each step's time.
    fn report(&mut self) {
        self.close();
        for (name, took) in &self.done {
            let short = name.split(" (").next().unwrap_or(name);
            println!("  {:>7}  {short}", human(*took));
        }
    }
}

/// Runs a command with its output shown, returning whether it succeeded and its stdout lines.
fn run_capture(command: &mut Command) -> (bool, Vec<String>) {
    let child = command
        .env("PATH", path_with_cargo_bin())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn();
    let Ok(mut child) = child else {
        return (false, Vec::new());
    };
    let mut lines = Vec::new();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            lines.push(line);
        }
    }
    let ok = child.wait().map(|s| s.success()).unwrap_or(false);
    (ok, lines)
}

fn cargo(args: &[&str]) -> Command {
    let mut command = Command::new("cargo");
    command.args(args);
    command
}

/// Sums `test result: ok. 3 passed; 1 failed; …` lines.
fn count_cargo_tests(lines: &[String]) -> (usize, usize) {
    let mut passed = 0;
    let mut failed = 0;
    for line in lines.iter().filter(|l| l.starts_with("test result:")) {
        for part in line.split([';', '.']) {
            let words: Vec<&str> = part.split_whitespace().collect();
            match words.as_slice() {
                [n, "passed"] => passed += n.parse::<usize>().unwrap_or(0),
                // An ignored test is an assertion that did not run: not a pass.
                [n, "failed" | "ignored"] => failed += n.parse::<usize>().unwrap_or(0),
                _ => {}
            }
        }
    }
    (passed, failed)
}

pub(crate) fn run(root: &Path) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let mut tally = Tally::default();
    let mut phases = Phases::default();

    phases.next("build and test tools (installed once)");
    tools::ensure_build_tools(None)?;
    tools::ensure_test_tools(root)?;

    phases.next("formatting (cargo fmt --check)");
    let (ok, _) = run_capture(&mut cargo(&["fmt", "--all", "--check"]));
    tally.check("cargo fmt --check", ok);

    phases.next("lints (cargo clippy -D warnings, native)");
    let (ok, _) = run_capture(&mut cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--quiet",
        "--",
        "-D",
        "warnings",
    ]));
    tally.check("cargo clippy (native)", ok);

    phases.next("lints (cargo clippy -D warnings, wasm32 app)");
    let (ok, _) = run_capture(&mut cargo(&[
        "clippy",
        "--package",
        "pathways-app",
        "--target",
        "wasm32-unknown-unknown",
        "--quiet",
        "--",
        "-D",
        "warnings",
    ]));
    tally.check("cargo clippy (wasm32)", ok);

    phases.next("native tests (cargo test)");
    let (ok, lines) = run_capture(&mut cargo(&["test", "--workspace", "--no-fail-fast"]));
    let (passed, failed) = count_cargo_tests(&lines);
    tally.passed += passed;
    tally.failed += failed;
    if !ok && failed == 0 {
        tally.check("cargo test (did not compile or crashed)", false);
    } else if failed > 0 {
        tally.failures.push(format!("{failed} native test(s)"));
    }

    phases.next("content check (pathways check content)");
    let (ok, _) = run_capture(&mut cargo(&[
        "run",
        "--quiet",
        "--release",
        "--package",
        "pathways-cli",
        "--",
        "check",
        "content",
    ]));
    tally.check("pathways check content", ok);

    let dist = root.join("dist");
    let dist_sub = root.join("target/dist-sub");
    // Trunk builds the bundles once; the site at / and the one under a sub-path share them.
    phases.next("release builds (Trunk bundles once, the content at / and under the sub-path)");
    let bundles = site::Bundles::build(root);
    let built_root = bundles
        .as_ref()
        .map_err(|e| anyhow::anyhow!("{e:#}"))
        .and_then(|b| b.assemble(root, "/", &dist));
    if let Err(err) = &built_root {
        eprintln!("{err:#}");
    }
    tally.check("release build at /", built_root.is_ok());
    let built_sub = bundles
        .as_ref()
        .map_err(|e| anyhow::anyhow!("{e:#}"))
        .and_then(|b| b.assemble(root, SUB_PATH, &dist_sub));
    if let Err(err) = &built_sub {
        eprintln!("{err:#}");
    }
    tally.check(
        &format!("release build under {SUB_PATH}"),
        built_sub.is_ok(),
    );

    if built_root.is_ok() && built_sub.is_ok() {
        phases.next("browser tests (Playwright, Debian Chromium, plain static server)");
        let (passed, failed) = browser_suite(root, &dist, &dist_sub)?;
        tally.passed += passed;
        tally.failed += failed;
        if failed > 0 {
            tally.failures.push(format!("{failed} browser test(s)"));
        }
    } else {
        tally.check("browser tests (not run: the build failed)", false);
    }

    phases.report();
    step(&format!("done in {}", human(started.elapsed())));
    for failure in &tally.failures {
        eprintln!("  failed: {failure}");
    }
    println!("{} passed, {} failed", tally.passed, tally.failed);
    Ok(if tally.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn browser_suite(root: &Path, dist: &Path, dist_sub: &Path) -> anyhow::Result<(usize, usize)> {
    let e2e = root.join("tests/e2e");
    let main = server::start(dist, "/", 0)?;
    let sub = server::start(dist_sub, SUB_PATH, 0)?;
    let results = e2e.join(".results/results.json");
    let _ = std::fs::remove_file(&results);
    let (ok, _) = run_capture(
        Command::new("npx")
            .args(["playwright", "test", "--reporter=list,json"])
            .current_dir(&e2e)
            .env("BASE_URL", format!("http://127.0.0.1:{}/", main.port))
            .env(
                "SUB_URL",
                format!("http://127.0.0.1:{}{SUB_PATH}", sub.port),
            )
            .env("DIST_DIR", dist)
            .env("CHROMIUM_PATH", CHROMIUM)
            .env("PLAYWRIGHT_JSON_OUTPUT_NAME", &results)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
    );
    main.stop();
    sub.stop();
    let text = std::fs::read_to_string(&results).unwrap_or_default();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    let stat = |k: &str| json["stats"][k].as_u64().unwrap_or(0) as usize;
    let passed = stat("expected");
    // A skipped or flaky test is not a pass.
    let failed = stat("unexpected") + stat("flaky") + stat("skipped");
    if passed + failed == 0 {
        return Ok((0, 1)); // the suite did not run at all
    }
    if !ok && failed == 0 {
        return Ok((passed, 1));
    }
    Ok((passed, failed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_cargo_test_summaries() {
        let lines = vec![
            "test result: ok. 13 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s".to_owned(),
            "running 2 tests".to_owned(),
            "test result: FAILED. 4 passed; 2 failed; 1 ignored; 0 measured; 0 filtered out".to_owned(),
        ];
        assert_eq!(count_cargo_tests(&lines), (17, 3));
    }
}
