//! The service worker (`sw.js`) that makes the site work offline, written per build once every
//! file of `dist/` is known.
//!
//! Its `VERSION` is a hash over every file the build wrote, so a deploy that changes anything
//! installs a new worker, whose cache replaces the old one (and the pages say so, see
//! `public/boot.js`). It precaches what starting the site needs: the home page, every tool's
//! page, `404.html`, `offline.html`, every bundle's JavaScript, WebAssembly and CSS, the loader,
//! the icons and the manifest. The content pages and their data are cached as they are visited.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use pathways_core::site::BasePath;
use pathways_core::tool::Tool;
use sha2::{Digest as _, Sha256};

/// The service worker's file name, at the base path (its scope is the base).
pub(crate) const WORKER_FILE: &str = "sw.js";

/// What `sw.js` was written with.
#[derive(Debug)]
pub(crate) struct Worker {
    /// The build's version: the first 16 hex digits of a SHA-256 over every file of `dist/`.
    pub(crate) version: String,
    /// Every precached URL.
    pub(crate) precache: Vec<String>,
    /// Their size in bytes (uncompressed, as the cache holds them).
    pub(crate) precache_bytes: u64,
}

/// Writes `dist/sw.js` for a site under `base` whose bundles copied the files `bundle_files`
/// (names at the top of `dist/`).
pub(crate) fn write(
    dist: &Path,
    base: &BasePath,
    bundle_files: &[String],
) -> anyhow::Result<Worker> {
    let version = version(dist)?;
    let precache = precache(base, bundle_files);
    let mut precache_bytes = 0;
    for url in &precache {
        let file = file_of(dist, base, url);
        precache_bytes += std::fs::metadata(&file)
            .with_context(|| format!("the precached {url} is not in {}", dist.display()))?
            .len();
    }
    let immutable = immutable(base, bundle_files);
    std::fs::write(
        dist.join(WORKER_FILE),
        render(base, &version, &precache, &immutable),
    )?;
    Ok(Worker {
        version,
        precache,
        precache_bytes,
    })
}

/// The build's version: a SHA-256 over every file's path and bytes (in path order), except
/// `sw.js` itself.
pub(crate) fn version(dist: &Path) -> anyhow::Result<String> {
    let mut files = Vec::new();
    walk(dist, dist, &mut files)?;
    files.sort();
    let mut hash = Sha256::new();
    for rel in files {
        if rel == WORKER_FILE {
            continue;
        }
        let bytes = std::fs::read(dist.join(&rel))?;
        hash.update((rel.len() as u64).to_le_bytes());
        hash.update(rel.as_bytes());
        hash.update((bytes.len() as u64).to_le_bytes());
        hash.update(&bytes);
    }
    Ok(hash
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Every file under `dir`, as `/`-separated paths relative to `root`.
fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(root, &path, out)?;
        } else {
            let rel = path.strip_prefix(root)?;
            let parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(parts.join("/"));
        }
    }
    Ok(())
}

/// The URLs installed with the worker: the pages needed to start (home, every tool's page, the
/// not-found and offline pages), the manifest, and every bundle file a page loads (scripts,
/// WebAssembly, styles, icons). Not the content pages nor the data: they are cached as visited.
pub(crate) fn precache(base: &BasePath, bundle_files: &[String]) -> Vec<String> {
    let mut urls = vec![base.page("")];
    urls.extend(Tool::ALL.iter().map(|t| base.page(t.route())));
    urls.push(base.file("404.html"));
    urls.push(base.file("offline.html"));
    urls.push(base.file("manifest.webmanifest"));
    let mut files: Vec<&String> = bundle_files
        .iter()
        .filter(|f| {
            matches!(
                Path::new(f.as_str()).extension().and_then(|e| e.to_str()),
                Some("js" | "wasm" | "css" | "svg" | "png")
            )
        })
        .collect();
    files.sort();
    files.dedup();
    urls.extend(files.into_iter().map(|f| base.file(f)));
    urls
}

/// The bundle files whose names carry their content's hash (Trunk's `name-<hash>.js`,
/// `_bg.wasm`, `.css`): the worker answers them from its cache without asking the network.
fn immutable(base: &BasePath, bundle_files: &[String]) -> Vec<String> {
    let mut urls: Vec<String> = bundle_files
        .iter()
        .filter(|f| is_hashed(f))
        .map(|f| base.file(f))
        .collect();
    urls.sort();
    urls.dedup();
    urls
}

/// Whether a file name ends with Trunk's content hash: `stem-<hex>` then `.js`, `.css` or
/// `_bg.wasm`, the hash a 64-bit number in hex without leading zeros (so 12 to 16 digits but
/// for one name in 65,536; a shorter one is merely asked from the network first).
fn is_hashed(name: &str) -> bool {
    let stem = name
        .strip_suffix("_bg.wasm")
        .or_else(|| name.strip_suffix(".js"))
        .or_else(|| name.strip_suffix(".css"));
    stem.and_then(|s| s.rsplit_once('-'))
        .is_some_and(|(_, hash)| {
            (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
        })
}

/// The file in `dist` a precached URL answers with.
fn file_of(dist: &Path, base: &BasePath, url: &str) -> PathBuf {
    let rel = url.strip_prefix(base.as_str()).unwrap_or(url);
    if rel.is_empty() || rel.ends_with('/') {
        dist.join(rel).join("index.html")
    } else {
        dist.join(rel)
    }
}

/// A JavaScript string literal (JSON's string syntax is valid JavaScript).
fn js_string(s: &str) -> String {
    serde_json::Value::String(s.to_owned()).to_string()
}

/// A JavaScript array of strings, one a line (also valid JSON, for the tests that read it).
fn js_list(items: &[String]) -> String {
    let lines: Vec<String> = items
        .iter()
        .map(|i| format!("  {}", js_string(i)))
        .collect();
    format!("[\n{}\n]", lines.join(",\n"))
}

/// The text of `sw.js`.
pub(crate) fn render(
    base: &BasePath,
    version: &str,
    precache: &[String],
    immutable: &[String],
) -> String {
    WORKER_JS
        .replace("\"{version}\"", &js_string(version))
        .replace("\"{base}\"", &js_string(base.as_str()))
        .replace("\"{precache}\"", &js_list(precache))
        .replace("\"{immutable}\"", &js_list(immutable))
}

/// The service worker; the quoted placeholders are filled by [`render`].
const WORKER_JS: &str = r#"// Health Cyber Pathways service worker, written by `cargo xtask build` for this build only:
// a new deploy has a new VERSION, and installing it replaces the cache of the old one.
const VERSION = "{version}";
const BASE = "{base}";
// One cache per deploy path and version: another copy of the site under another path of the
// same origin keeps its own.
const PREFIX = `hcp ${BASE} `;
const CACHE = PREFIX + VERSION;
const OFFLINE = BASE + "offline.html";
// What starting the site needs: installed with the worker.
const PRECACHE = "{precache}";
// Bundle files named by their content's hash: answered from the cache first.
const IMMUTABLE = new Set("{immutable}");

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  // The preview of `cargo xtask serve` polls its build status here: never from a cache.
  if (url.pathname.startsWith(BASE + "__hcp/")) return;
  if (request.mode === "navigate") {
    event.respondWith(page(event, url));
  } else if (IMMUTABLE.has(url.pathname)) {
    event.respondWith(cacheFirst(event));
  } else {
    event.respondWith(networkFirst(event));
  }
});

// Whether a response may be kept: a whole, successful answer of this origin.
function keepable(response) {
  return response.status === 200 && response.type === "basic";
}

// A page: from the network (keeping a copy); without one, the copy kept, or the offline page.
// Pages are the same whatever their query (the app reads it), so a page is kept by its path.
async function page(event, url) {
  const cache = await caches.open(CACHE);
  const key = url.origin + url.pathname;
  try {
    const response = await fetch(event.request);
    if (keepable(response)) event.waitUntil(cache.put(key, response.clone()));
    return response;
  } catch (error) {
    return (
      (await cache.match(key, { ignoreVary: true })) ||
      (await cache.match(OFFLINE, { ignoreVary: true })) ||
      Response.error()
    );
  }
}

// A hashed bundle file never changes: the cached copy if there is one.
async function cacheFirst(event) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(event.request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(event.request);
  if (keepable(response)) event.waitUntil(cache.put(event.request, response.clone()));
  return response;
}

// Data and the files without a hash in their name: the network's answer (a deploy may have
// changed them), keeping a copy for when there is no network.
async function networkFirst(event) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    if (keepable(response)) event.waitUntil(cache.put(event.request, response.clone()));
    return response;
  } catch (error) {
    const cached = await cache.match(event.request, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder under the system's temporary folder, removed when dropped.
    struct TempDist(PathBuf);

    impl TempDist {
        fn new(name: &str) -> TempDist {
            let dir = std::env::temp_dir().join(format!("hcp-xtask-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("temp dir");
            TempDist(dir)
        }

        fn put(&self, rel: &str, text: &str) {
            let path = self.0.join(rel);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
            std::fs::write(path, text).expect("write");
        }
    }

    impl Drop for TempDist {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    const BUNDLES: [&str; 9] = [
        "pathways-app-0123456789abcdef.js",
        "pathways-app-0123456789abcdef_bg.wasm",
        "style-fedcba9876543210.css",
        "boot.js",
        "favicon.svg",
        "icon-192.png",
        "icon-512.png",
        "robots.txt",
        "_headers",
    ];

    fn site(name: &str) -> (TempDist, Vec<String>) {
        let dist = TempDist::new(name);
        for f in BUNDLES {
            dist.put(f, f);
        }
        for page in [
            "",
            "assess/",
            "plan/",
            "search/",
            "hire/",
            "hire/compare/",
            "org/plan/",
            "educators/editor/",
            "roles/x/",
        ] {
            dist.put(&format!("{page}index.html"), page);
        }
        for f in [
            "404.html",
            "offline.html",
            "manifest.webmanifest",
            "data/pages/roles/x.json",
        ] {
            dist.put(f, f);
        }
        (dist, BUNDLES.iter().map(|s| (*s).to_owned()).collect())
    }

    #[test]
    fn the_precache_holds_the_shell_and_every_bundle_under_the_base_and_no_content() {
        let base = BasePath::new("/hcp-sub/");
        let list = precache(&base, &BUNDLES.map(str::to_owned));
        assert_eq!(
            list,
            [
                "/hcp-sub/",
                "/hcp-sub/assess/",
                "/hcp-sub/plan/",
                "/hcp-sub/search/",
                "/hcp-sub/hire/",
                "/hcp-sub/hire/compare/",
                "/hcp-sub/org/plan/",
                "/hcp-sub/educators/editor/",
                "/hcp-sub/404.html",
                "/hcp-sub/offline.html",
                "/hcp-sub/manifest.webmanifest",
                "/hcp-sub/boot.js",
                "/hcp-sub/favicon.svg",
                "/hcp-sub/icon-192.png",
                "/hcp-sub/icon-512.png",
                "/hcp-sub/pathways-app-0123456789abcdef.js",
                "/hcp-sub/pathways-app-0123456789abcdef_bg.wasm",
                "/hcp-sub/style-fedcba9876543210.css",
            ]
        );
        assert_eq!(
            immutable(&base, &BUNDLES.map(str::to_owned)),
            [
                "/hcp-sub/pathways-app-0123456789abcdef.js",
                "/hcp-sub/pathways-app-0123456789abcdef_bg.wasm",
                "/hcp-sub/style-fedcba9876543210.css",
            ]
        );
    }

    #[test]
    fn the_version_changes_when_any_file_changes_and_only_then() {
        let (dist, _) = site("version");
        let first = version(&dist.0).expect("version");
        assert_eq!(first.len(), 16);
        assert_eq!(version(&dist.0).expect("version"), first, "deterministic");
        dist.put(WORKER_FILE, "anything");
        assert_eq!(
            version(&dist.0).expect("version"),
            first,
            "sw.js is not hashed"
        );
        dist.put("pathways-app-0123456789abcdef_bg.wasm", "another wasm");
        let second = version(&dist.0).expect("version");
        assert_ne!(second, first, "a changed bundle is a new version");
        dist.put("data/pages/roles/x.json", "changed data");
        assert_ne!(
            version(&dist.0).expect("version"),
            second,
            "changed data is a new version"
        );
    }

    #[test]
    fn the_worker_is_written_with_its_version_base_and_lists() {
        let (dist, bundles) = site("write");
        let base = BasePath::new("/hcp-sub/");
        let worker = write(&dist.0, &base, &bundles).expect("write");
        let js = std::fs::read_to_string(dist.0.join(WORKER_FILE)).expect("sw.js");
        assert!(js.contains(&format!("const VERSION = \"{}\";", worker.version)));
        assert!(js.contains("const BASE = \"/hcp-sub/\";"));
        let list = js
            .split_once("const PRECACHE = ")
            .and_then(|(_, rest)| rest.split_once(";\n"))
            .map(|(list, _)| list)
            .expect("PRECACHE");
        let list: Vec<String> = serde_json::from_str(list).expect("a JSON array");
        assert_eq!(list, worker.precache);
        assert!(js.contains("  \"/hcp-sub/hire/compare/\",\n"));
        assert!(js.contains(
            "const IMMUTABLE = new Set([\n  \"/hcp-sub/pathways-app-0123456789abcdef.js\","
        ));
        assert!(!js.contains("{precache}") && !js.contains("{immutable}"));
        assert!(
            !js.contains("roles/x"),
            "content pages are cached as visited, not installed"
        );
        assert!(!js.contains("robots.txt") && !js.contains("_headers"));
        assert_eq!(worker.precache.len(), 18);
        assert!(worker.precache_bytes > 0);
    }

    #[test]
    fn a_precached_file_missing_from_dist_is_an_error() {
        let (dist, bundles) = site("missing");
        std::fs::remove_file(dist.0.join("offline.html")).expect("rm");
        let err = write(&dist.0, &BasePath::new("/"), &bundles).expect_err("missing");
        assert!(format!("{err:#}").contains("/offline.html"), "{err:#}");
    }

    #[test]
    fn trunk_hashed_names_are_told_from_plain_ones() {
        assert!(is_hashed("pathways-plan-0123456789abcdef.js"));
        assert!(is_hashed("pathways-plan-0123456789abcdef_bg.wasm"));
        assert!(is_hashed("style-0123456789abcdef.css"));
        assert!(
            is_hashed("pathways-plan-bc233da9718f172_bg.wasm"),
            "15 digits"
        );
        assert!(!is_hashed("boot.js"));
        assert!(!is_hashed("favicon.svg"));
        assert!(!is_hashed("pathways-plan-01234.js"));
    }
}
