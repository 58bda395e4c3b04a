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

/// The files of the first load of the home page: its HTML, the loader, the JS glue, the wasm
/// and the CSS.
pub(crate) fn first_load_files(dist: &Path) -> anyhow::Result<Vec<(String, PathBuf)>> {
    let mut files = vec![("index.html".to_owned(), dist.join("index.html"))];
    for entry in std::fs::read_dir(dist).with_context(|| format!("reading {}", dist.display()))? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_owned();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if matches!(ext, "js" | "wasm" | "css") && path.is_file() {
            files.push((name, path));
        }
    }
    files.sort();
    Ok(files)
}

fn kb(n: usize) -> String {
    format!("{:.1} KB", n as f64 / 1024.0)
}

/// Prints the size report of `dist` and returns the first-load total.
pub(crate) fn size_report(dist: &Path) -> anyhow::Result<Sizes> {
    println!("\nsize report: {}\n", dist.display());
    println!(
        "{:<44} {:>10} {:>10} {:>10}",
        "file", "raw", "gzip", "brotli"
    );
    let mut total = Sizes::default();
    for (name, path) in first_load_files(dist)? {
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
        "first load (HTML+JS+wasm+CSS)",
        kb(total.raw),
        kb(total.gzip),
        kb(total.brotli)
    );
    println!(
        "budget: 150.0 KB brotli — {}",
        if total.brotli <= 150 * 1024 {
            "within"
        } else {
            "OVER"
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

pub(crate) fn run(root: &Path, quick: bool) -> anyhow::Result<ExitCode> {
    tools::ensure_build_tools()?;
    tools::ensure_test_tools(root)?;
    let dist = root.join("dist");
    site::build(root, "/", &dist)?;
    step("size report");
    size_report(&dist)?;
    if !quick {
        step("Lighthouse");
        lighthouse(root, &dist, &["/", "/about/"])?;
    }
    Ok(ExitCode::SUCCESS)
}
