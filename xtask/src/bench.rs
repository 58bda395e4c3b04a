//! `cargo xtask bench`: the size report of `dist/` and the Lighthouse scores of key pages.
//! Later capabilities add their benchmarks here (criterion for core, the content compiler,
//! search).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::Context as _;

use crate::tools::{self, CHROMIUM, path_with_cargo_bin};
use crate::{server, site, step};

/// Sizes of one file: raw, gzip (level 9) and brotli (quality 11).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Sizes {
    pub(crate) raw: usize,
    pub(crate) gzip: usize,
    pub(crate) brotli: usize,
}

impl std::ops::Add for Sizes {
    type Output = Sizes;
    fn add(self, o: Sizes) -> Sizes {
        Sizes {
            raw: self.raw + o.raw,
            gzip: self.gzip + o.gzip,
            brotli: self.brotli + o.brotli,
        }
    }
}

pub(crate) fn sizes(bytes: &[u8]) -> Sizes {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = gz.write_all(bytes);
    let gzip = gz.finish().map(|v| v.len()).unwrap_or(0);
    let mut br = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut br, &params);
    Sizes {
        raw: bytes.len(),
        gzip,
        brotli: br.len(),
    }
}

/// The files of the first load of a page (its `index.html` under `dist`): the HTML itself and
/// every JavaScript, WebAssembly and CSS file it names.
pub(crate) fn first_load_files(dist: &Path, page: &str) -> anyhow::Result<Vec<(String, PathBuf)>> {
    let html_path = dist.join(page).join("index.html");
    let html = std::fs::read_to_string(&html_path)
        .with_context(|| format!("reading {}", html_path.display()))?;
    let mut files = vec![(format!("{page}index.html"), html_path)];
    for part in html.split('"') {
        let name = part.rsplit('/').next().unwrap_or("");
        let ext = name.rsplit('.').next().unwrap_or("");
        if matches!(ext, "js" | "wasm" | "css")
            && !name.contains(' ')
            && dist.join(name).is_file()
            && !files.iter().any(|(n, _)| n == name)
        {
            files.push((name.to_owned(), dist.join(name)));
        }
    }
    Ok(files)
}

fn kb(n: usize) -> String {
    format!("{:.1} KB", n as f64 / 1024.0)
}

/// The pages whose first load the size report measures: content pages of each kind and every
/// tool page.
const SIZE_PAGES: [&str; 12] = [
    "",
    "roles/soc-analyst/",
    "credentials/cissp/",
    "programs/",
    "assess/",
    "assess/soc-analyst/",
    "plan/",
    "search/",
    "hire/",
    "hire/compare/",
    "org/plan/",
    "educators/editor/",
];

/// The first-load budget of a page, in brotli bytes: 150 KB for a content page, 200 KB for a
/// tool page (DESIGN.md's quality bars).
fn page_budget(page: &str) -> usize {
    if pathways_core::tool::Tool::of_key(page).is_some() {
        200 * 1024
    } else {
        150 * 1024
    }
}

/// Prints the first-load size of a page and returns the total.
pub(crate) fn size_report(dist: &Path, page: &str) -> anyhow::Result<Sizes> {
    println!("\nfirst load of /{page}\n");
    println!(
        "{:<44} {:>10} {:>10} {:>10}",
        "file", "raw", "gzip", "brotli"
    );
    let mut total = Sizes::default();
    for (name, path) in first_load_files(dist, page)? {
        let s = sizes(&std::fs::read(&path)?);
        println!(
            "{:<44} {:>10} {:>10} {:>10}",
            name,
            kb(s.raw),
            kb(s.gzip),
            kb(s.brotli)
        );
        total = total + s;
    }
    println!(
        "{:<44} {:>10} {:>10} {:>10}",
        "total (HTML+JS+wasm+CSS)",
        kb(total.raw),
        kb(total.gzip),
        kb(total.brotli)
    );
    let budget = page_budget(page);
    println!(
        "budget: {} brotli — {}",
        kb(budget),
        if total.brotli <= budget {
            "within"
        } else {
            "over"
        }
    );
    Ok(total)
}

/// Runs Lighthouse (mobile, default throttling) on each URL path and prints the scores.
fn lighthouse(root: &Path, dist: &Path, paths: &[&str]) -> anyhow::Result<()> {
    let e2e = root.join("tests/e2e");
    let running = server::start(dist, "/", 0)?;
    let out_dir = root.join("target/lighthouse");
    std::fs::create_dir_all(&out_dir)?;
    println!("\nLighthouse 12 (mobile, default throttling; scores move with machine load)\n");
    println!(
        "{:<34} {:>6} {:>6} {:>6} {:>6} {:>8} {:>8} {:>6}",
        "page", "perf", "a11y", "bp", "seo", "FCP", "LCP", "CLS"
    );
    for path in paths {
        let url = format!("http://127.0.0.1:{}{path}", running.port);
        let report = out_dir.join(format!(
            "{}.json",
            if path.trim_matches('/').is_empty() {
                "home".to_owned()
            } else {
                path.trim_matches('/').replace('/', "_")
            }
        ));
        let status = Command::new("npx")
            .args(["lighthouse", &url, "--quiet", "--output=json", "--only-categories=performance,accessibility,best-practices,seo"])
            .arg(format!("--output-path={}", report.display()))
            .arg("--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost")
            .current_dir(&e2e)
            .env("CHROME_PATH", CHROMIUM)
            .env("PATH", path_with_cargo_bin())
            .status()?;
        if !status.success() {
            println!("{path:<34} lighthouse failed ({status})");
            continue;
        }
        let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&report)?)?;
        let score = |c: &str| {
            json["categories"][c]["score"]
                .as_f64()
                .map_or("-".to_owned(), |s| format!("{:.0}", s * 100.0))
        };
        let audit = |a: &str| {
            json["audits"][a]["displayValue"]
                .as_str()
                .unwrap_or("-")
                .replace('\u{a0}', " ")
        };
        println!(
            "{:<34} {:>6} {:>6} {:>6} {:>6} {:>8} {:>8} {:>6}",
            path,
            score("performance"),
            score("accessibility"),
            score("best-practices"),
            score("seo"),
            audit("first-contentful-paint"),
            audit("largest-contentful-paint"),
            audit("cumulative-layout-shift"),
        );
    }
    running.stop();
    Ok(())
}

/// A paragraph of realistic Markdown for generated pages.
const LOREM: &str = "A hospital's security team reviews **access logs** from the EHR every morning, \
looks for *unusual* activity such as a clerk opening hundreds of charts, and follows up with the \
privacy office. The same team patches servers, tests backups and teaches staff to report phishing.";

/// Writes a corpus of `n` pages (Markdown with TOML front matter) that both `pathways` and Hugo
/// can read: `content/pages/page-N.md`, each with headings, lists, a table and links to others.
fn write_corpus(dir: &Path, n: usize) -> anyhow::Result<()> {
    let _ = std::fs::remove_dir_all(dir);
    let pages = dir.join("content/pages");
    std::fs::create_dir_all(&pages)?;
    for i in 0..n {
        let a = (i * 7 + 1) % n;
        let b = (i * 13 + 5) % n;
        let text = format!(
            "+++\ntitle = \"Generated page {i}\"\ndescription = \"A generated page for the build benchmark, number {i}.\"\nsources = [\"https://www.example.org/{i}\"]\nverified = 2026-11-22\n+++\n\n\
             {LOREM}\n\n## What the role does\n\n{LOREM}\n\n- Review logs daily\n- Patch monthly\n- Test backups quarterly\n\n\
             | Task | How often |\n|---|---|\n| Log review | Daily |\n| Restore test | Quarterly |\n\n\
             See [page {a}](/page-{a}/) and [page {b}](/page-{b}/).\n\n## Why it matters\n\n{LOREM}\n"
        );
        std::fs::write(pages.join(format!("page-{i}.md")), text)?;
    }
    // Hugo reads the same files; it needs a config and a layout to render them.
    std::fs::write(
        dir.join("hugo.toml"),
        "baseURL = \"/\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]\n[markup.goldmark.renderer]\nunsafe = false\n",
    )?;
    let layouts = dir.join("layouts/_default");
    std::fs::create_dir_all(&layouts)?;
    std::fs::write(
        layouts.join("single.html"),
        "<!doctype html><title>{{ .Title }}</title><main>{{ .Content }}</main>\n",
    )?;
    std::fs::write(
        layouts.join("list.html"),
        "<!doctype html><title>{{ .Title }}</title>\n",
    )?;
    Ok(())
}

/// Runs a command `runs` times and returns the fastest wall-clock time.
fn fastest(
    mut command: impl FnMut() -> Command,
    runs: usize,
) -> anyhow::Result<std::time::Duration> {
    let mut best = std::time::Duration::MAX;
    for _ in 0..runs {
        let started = std::time::Instant::now();
        let output = command().output()?;
        if !output.status.success() {
            anyhow::bail!(
                "benchmark command failed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        best = best.min(started.elapsed());
    }
    Ok(best)
}

/// Content build per page on generated corpora, against Hugo on the same Markdown.
/// A scratch folder in memory (tmpfs) where there is one, so the figures measure the work
/// rather than this machine's disk; otherwise under `target/`.
fn scratch_dir(root: &Path, name: &str) -> PathBuf {
    if Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm").join(name)
    } else {
        root.join("target").join(name)
    }
}

fn content_bench(root: &Path) -> anyhow::Result<()> {
    tools::ensure_hugo()?;
    step("building the content compiler (release)");
    tools::run(
        Command::new("cargo")
            .args(["build", "--quiet", "--release", "--package", "pathways-cli"])
            .current_dir(root),
        "cargo build pathways-cli",
    )?;
    let pathways = root.join("target/release/pathways");
    println!(
        "\ncontent build: `pathways build` (check + render + write) vs `hugo` on the same Markdown; fastest of 3 runs\n"
    );
    println!(
        "{:>8} {:>12} {:>14} {:>12} {:>14} {:>8}",
        "pages", "pathways", "per page", "hugo", "per page", "ratio"
    );
    for n in [1_000usize, 10_000] {
        let dir = root.join(format!("target/bench-corpus/{n}"));
        write_corpus(&dir, n)?;
        // Both generators write to the same kind of scratch folder.
        let scratch = scratch_dir(root, &format!("hcp-bench-{n}"));
        let out = scratch.join("out-pathways");
        let ours = fastest(
            || {
                let mut c = Command::new(&pathways);
                c.args(["build"])
                    .arg(dir.join("content"))
                    .arg("--out")
                    .arg(&out);
                c
            },
            3,
        )?;
        let hugo_out = scratch.join("out-hugo");
        let hugo = fastest(
            || {
                let mut c = Command::new("hugo");
                c.args(["--quiet", "--source"])
                    .arg(&dir)
                    .arg("--destination")
                    .arg(&hugo_out);
                c
            },
            3,
        )?;
        let _ = std::fs::remove_dir_all(&scratch);
        let per = |d: std::time::Duration| d.as_secs_f64() * 1000.0 / n as f64;
        println!(
            "{:>8} {:>10.0}ms {:>11.4}ms {:>10.0}ms {:>11.4}ms {:>7.2}x",
            n,
            ours.as_secs_f64() * 1000.0,
            per(ours),
            hugo.as_secs_f64() * 1000.0,
            per(hugo),
            hugo.as_secs_f64() / ours.as_secs_f64(),
        );
    }
    println!(
        "(goal: at most 0.1 ms per page, growing linearly; ratio > 1 means pathways is faster than Hugo)"
    );
    let check = fastest(
        || {
            let mut c = Command::new(&pathways);
            c.args(["check"]).arg(root.join("content"));
            c
        },
        3,
    )?;
    println!(
        "pathways check of the shipped catalog: {:.0} ms",
        check.as_secs_f64() * 1000.0
    );
    Ok(())
}

/// Builds a copy of a site with Pagefind's index beside the portal's own, serves it and measures
/// both in the browser.
fn measure_search(root: &Path, site: &Path, label: &str) -> anyhow::Result<()> {
    let e2e = root.join("tests/e2e");
    let pagefind = tools::ensure_pagefind(root)?;
    tools::run(
        Command::new(pagefind)
            .args(["--quiet", "--site"])
            .arg(site)
            .args(["--output-subdir", "pagefind"]),
        "pagefind",
    )?;
    let running = server::start(site, "/", 0)?;
    println!("\n{label}");
    let status = Command::new("node")
        .args(["scripts/measure-search.mjs"])
        .arg(site)
        .arg(format!("http://127.0.0.1:{}/", running.port))
        .arg("hospital security")
        .current_dir(&e2e)
        .env("CHROMIUM_PATH", CHROMIUM)
        .status()?;
    running.stop();
    if !status.success() {
        anyhow::bail!("the search measurement failed");
    }
    Ok(())
}

/// The planner in the browser over the generated catalog the native benchmark uses: a copy of
/// the site whose planner data file holds 10,000 programs and 1,000 credentials.
fn plan_bench(root: &Path, dist: &Path) -> anyhow::Result<()> {
    use pathways_core::bundle::{PLANNER_FILE, PlannerBundle};
    use pathways_core::planner::synthetic;
    let site = scratch_dir(root, "hcp-plan");
    let _ = std::fs::remove_dir_all(&site);
    tools::copy_dir(dist, &site)?;
    let s = synthetic::generate(10_000, 1_000);
    let bundle = PlannerBundle {
        roles: vec![(synthetic::ROLE_ID.to_owned(), s.role)],
        credentials: s.credentials,
        programs: s.programs,
        skill_names: s.skill_names,
    };
    let json = pathways_core::bundle::to_binary(&bundle)?;
    let compressed = sizes(&json);
    println!(
        "planner data: {} raw, {} brotli",
        kb(compressed.raw),
        kb(compressed.brotli)
    );
    std::fs::write(site.join(PLANNER_FILE), json)?;
    let measured = measure_in_browser(
        root,
        &site,
        "scripts/measure-plan.mjs",
        &[
            synthetic::ROLE_ID.to_owned(),
            s.profile.to_json(),
            serde_json::to_string(&s.constraints)?,
        ],
        "planner",
    );
    let _ = std::fs::remove_dir_all(&site);
    measured?;
    Ok(())
}

/// Serves `site` and runs a measurement script of `tests/e2e` in Chromium: the script gets the
/// site's address, then `args`.
fn measure_in_browser(
    root: &Path,
    site: &Path,
    script: &str,
    args: &[String],
    what: &str,
) -> anyhow::Result<()> {
    let running = server::start(site, "/", 0)?;
    let status = Command::new("node")
        .arg(script)
        .arg(format!("http://127.0.0.1:{}/", running.port))
        .args(args)
        .current_dir(root.join("tests/e2e"))
        .env("CHROMIUM_PATH", CHROMIUM)
        .status();
    running.stop();
    if !status?.success() {
        anyhow::bail!("the {what} measurement failed");
    }
    Ok(())
}

/// The candidate comparison in the browser: a hiring record with a 30-skill role (the first 30
/// catalog skills, alternately needed at hire and learnable) and 50 candidates at varied levels,
/// compared and planned against the real catalog.
fn compare_bench(root: &Path, dist: &Path) -> anyhow::Result<()> {
    use pathways_core::bundle::{HIRE_FILE, HireBundle, from_binary};
    use pathways_core::hire::link::CandidateResults;
    use pathways_core::hire::saved::SavedRoles;
    use pathways_core::hire::{HireRole, HireSkill, Qualifier};
    use pathways_core::model::Stage;
    use pathways_core::profile::{Profile, SkillEvidence};
    let hire: HireBundle = from_binary(&std::fs::read(dist.join(HIRE_FILE))?)?;
    let mut role = HireRole::blank("Security Analyst", Stage::Mid);
    role.skills = hire
        .skills
        .keys()
        .take(30)
        .enumerate()
        .map(|(k, id)| HireSkill {
            skill: id.clone(),
            level: 2 + (k % 3) as u8,
            at_hire: k % 2 == 0,
        })
        .collect();
    role.routes = vec![
        Qualifier {
            credential: Some("security-plus".into()),
            years: 2.0,
            ..Qualifier::default()
        },
        Qualifier {
            years: 4.0,
            ..Qualifier::default()
        },
    ];
    let fingerprint = role.fingerprint();
    let candidates = (0..50)
        .map(|i| {
            let mut p = Profile::default();
            p.experience.total_years = (i % 9) as f32;
            for (k, s) in role.skills.iter().enumerate() {
                p.skills.insert(
                    s.skill.clone(),
                    SkillEvidence {
                        self_rating: Some(((i + k) % 5) as u8),
                        answers: vec![],
                        skipped: false,
                    },
                );
            }
            CandidateResults::of(&role, &fingerprint, &format!("Candidate {i}"), &p)
        })
        .collect();
    let record = SavedRoles {
        draft: Some(role),
        saved: vec![],
        candidates,
    };
    let file = scratch_dir(root, "hcp-compare.json");
    std::fs::write(&file, serde_json::to_string(&record)?)?;
    let measured = measure_in_browser(
        root,
        dist,
        "scripts/measure-compare.mjs",
        &[file.display().to_string()],
        "comparison",
    );
    let _ = std::fs::remove_file(&file);
    measured
}

/// The organization planner in the browser: a five-hospital system with nothing in place and
/// a team of 100 staff, each with a self-rating for every catalog skill, planned against the
/// real catalog; the plan and the team heatmap with its suggestions are timed apart.
fn org_bench(root: &Path, dist: &Path) -> anyhow::Result<()> {
    use pathways_core::bundle::from_binary;
    use pathways_core::model::{OrgSize, OrgType};
    use pathways_core::org::saved::SavedOrgs;
    use pathways_core::org::team::Member;
    use pathways_core::org::{ORG_FILE, OrgBundle, OrgInput};
    use pathways_core::profile::{Profile, SkillEvidence};
    let bundle: OrgBundle = from_binary(&std::fs::read(dist.join(ORG_FILE))?)?;
    let start = "2027-01-04".parse().map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut input = OrgInput::new(OrgType::Provider, OrgSize::Large, start);
    input.name = "Benchmark health system".into();
    input.staff_total = 20_000;
    input.staff_it = 400;
    input.staff_security = 10;
    input.budget_usd = 5_000_000.0;
    input.state = Some("PA".into());
    let skills: Vec<&String> = bundle.planner.skill_names.keys().collect();
    let team = (0..100)
        .map(|i| {
            let mut p = Profile::default();
            for (k, s) in skills.iter().enumerate() {
                p.skills.insert(
                    (*s).clone(),
                    SkillEvidence {
                        self_rating: Some(((i + k) % 5) as u8),
                        answers: vec![],
                        skipped: false,
                    },
                );
            }
            Member {
                name: format!("Staff {i}"),
                profile: p,
            }
        })
        .collect();
    let record = SavedOrgs {
        draft: Some(input),
        saved: vec![],
        team,
    };
    let file = scratch_dir(root, "hcp-org.json");
    std::fs::write(&file, serde_json::to_string(&record)?)?;
    let measured = measure_in_browser(
        root,
        dist,
        "scripts/measure-org.mjs",
        &[file.display().to_string(), skills.len().to_string()],
        "organization",
    );
    let _ = std::fs::remove_file(&file);
    measured
}

/// Search on the real catalog and on a generated 10,000-page site.
fn search_bench(root: &Path, dist: &Path) -> anyhow::Result<()> {
    let scratch = scratch_dir(root, "hcp-search");
    let _ = std::fs::remove_dir_all(&scratch);
    let real = scratch.join("real");
    tools::copy_dir(dist, &real)?;
    measure_search(
        root,
        &real,
        "the shipped catalog (query \"hospital security\", typed one key at a time)",
    )?;

    let corpus = root.join("target/bench-corpus/10000");
    if !corpus.join("content").is_dir() {
        write_corpus(&corpus, 10_000)?;
    }
    let big = scratch.join("corpus");
    std::fs::create_dir_all(&big)?;
    for entry in std::fs::read_dir(dist)? {
        let path = entry?.path();
        if path.is_file() {
            std::fs::copy(&path, big.join(path.file_name().unwrap_or_default()))?;
        }
    }
    tools::run(
        Command::new(root.join("target/release/pathways"))
            .args(["build"])
            .arg(corpus.join("content"))
            .arg("--out")
            .arg(&big)
            .args(crate::site::shell_args(
                root,
                &crate::site::shell_tag(&pathways_core::site::BasePath::new("/")),
            )),
        "pathways build (10,000 pages)",
    )?;
    measure_search(root, &big, "a generated site of 10,000 pages (same query)")?;
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(())
}

/// The parts of `cargo xtask bench`, in the order they run; `--only PART` runs one.
const PARTS: [&str; 10] = [
    "core",
    "content",
    "browser",
    "plan",
    "compare",
    "org",
    "editor",
    "search",
    "size",
    "lighthouse",
];

pub(crate) fn run(root: &Path, quick: bool, only: Option<&str>) -> anyhow::Result<ExitCode> {
    if let Some(part) = only
        && !PARTS.contains(&part)
    {
        anyhow::bail!("--only takes one of {}", PARTS.join(", "));
    }
    let wants = |part: &str| only.is_none_or(|o| o == part);
    tools::ensure_build_tools(None)?;
    tools::ensure_test_tools(root)?;
    if wants("core") {
        step("core benchmarks (criterion)");
        tools::run(
            Command::new("cargo")
                .args([
                    "bench",
                    "--quiet",
                    "--package",
                    "pathways-core",
                    "--features",
                    "bench",
                    "--bench",
                    "rank",
                    "--bench",
                    "plan",
                    "--bench",
                    "compare",
                    "--bench",
                    "org",
                    "--",
                    "--warm-up-time",
                    "1",
                    "--measurement-time",
                    "3",
                ])
                .current_dir(root),
            "cargo bench -p pathways-core --features bench",
        )?;
    }
    if wants("content") {
        step("content build benchmark");
        content_bench(root)?;
    }
    if only == Some("core") || only == Some("content") {
        return Ok(ExitCode::SUCCESS);
    }
    let dist = root.join("dist");
    site::build(root, "/", &dist)?;
    if wants("browser") {
        step("in the browser");
        measure_in_browser(root, &dist, "scripts/measure-rank.mjs", &[], "browser")?;
    }
    if wants("plan") {
        step("planning in the browser: 10,000 programs, 1,000 credentials");
        plan_bench(root, &dist)?;
    }
    if wants("compare") {
        step("comparing 50 candidates in the browser, with learning plans");
        compare_bench(root, &dist)?;
    }
    if wants("org") {
        step("the organization plan and a 100-person team heatmap in the browser");
        org_bench(root, &dist)?;
    }
    if wants("editor") {
        step("the curriculum editor: a keystroke in a 200-module curriculum in the browser");
        measure_in_browser(root, &dist, "scripts/measure-editor.mjs", &[], "editor")?;
    }
    if wants("search") {
        step("search: own index vs Pagefind");
        search_bench(root, &dist)?;
    }
    if wants("size") {
        step("size report");
        let mut table = Vec::new();
        for page in SIZE_PAGES {
            table.push((page, size_report(&dist, page)?));
        }
        println!("\nfirst load per page (brotli)\n");
        for (page, total) in table {
            let budget = page_budget(page);
            println!(
                "/{page:<34} {:>10}  budget {:>6}  {}",
                kb(total.brotli),
                kb(budget),
                if total.brotli <= budget {
                    "within"
                } else {
                    "OVER"
                }
            );
        }
    }
    if !quick && wants("lighthouse") {
        step("Lighthouse");
        lighthouse(
            root,
            &dist,
            &[
                "/",
                "/roles/soc-analyst/",
                "/credentials/cissp/",
                "/assess/soc-analyst/",
            ],
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
