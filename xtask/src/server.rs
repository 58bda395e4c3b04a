//! A plain static file server with no rewrite rules, behaving like GitHub Pages or any web
//! server: files as they are, a folder's `index.html` (with a redirect to add the trailing
//! slash), and `404.html` with status 404 for anything else.
//!
//! The site must work on such a host, so the tests serve it exactly this way. Like GitHub
//! Pages, text, JSON and WebAssembly are sent gzip-compressed to clients that accept it, so
//! browser measurements (Lighthouse) see the bytes a real host would send.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::thread;
use std::time::SystemTime;

use anyhow::Context as _;
use tiny_http::{Header, Request, Response, Server, StatusCode};

use crate::progress::Progress;
use crate::step;

/// What the server serves; the folder can be swapped while it runs (the preview of
/// `cargo xtask serve` becomes the full site without a restart).
struct Served {
    dir: RwLock<PathBuf>,
    prefix: String,
    /// The build's progress, answered at `<prefix>__hcp/status.json` while set.
    progress: RwLock<Option<Progress>>,
}

/// A running server.
pub(crate) struct Running {
    /// The port it listens on (127.0.0.1).
    pub(crate) port: u16,
    served: Arc<Served>,
    server: Arc<Server>,
    threads: Vec<thread::JoinHandle<()>>,
}

impl Running {
    /// Serves `dir` from now on.
    pub(crate) fn set_dir(&self, dir: &Path) {
        if let Ok(mut current) = self.served.dir.write() {
            *current = dir.to_path_buf();
        }
    }

    /// Answers `__hcp/status.json` with `progress`.
    pub(crate) fn set_progress(&self, progress: Progress) {
        if let Ok(mut current) = self.served.progress.write() {
            *current = Some(progress);
        }
    }

    /// Waits until the server stops (never, unless it fails).
    pub(crate) fn wait(self) {
        for t in self.threads {
            let _ = t.join();
        }
    }

    /// Stops the server and waits for its threads.
    pub(crate) fn stop(self) {
        self.server.unblock();
        for _ in 1..self.threads.len() {
            self.server.unblock();
        }
        for t in self.threads {
            let _ = t.join();
        }
    }
}

/// Starts serving `dir` under the URL path `prefix` (such as `/` or `/sub/`) on 127.0.0.1:`port`
/// (0 picks a free port).
pub(crate) fn start(dir: &Path, prefix: &str, port: u16) -> anyhow::Result<Running> {
    let server = Server::http(("127.0.0.1", port))
        .map_err(|e| anyhow::anyhow!("could not listen on 127.0.0.1:{port}: {e}"))?;
    let port = server
        .server_addr()
        .to_ip()
        .map(|a| a.port())
        .context("no port")?;
    let server = Arc::new(server);
    let served = Arc::new(Served {
        dir: RwLock::new(dir.to_path_buf()),
        prefix: format!("/{}/", prefix.trim_matches('/')).replace("//", "/"),
        progress: RwLock::new(None),
    });
    let threads = (0..4)
        .map(|_| {
            let (server, served) = (server.clone(), served.clone());
            thread::spawn(move || {
                while let Ok(request) = server.recv() {
                    let _ = respond(&served, request);
                }
            })
        })
        .collect();
    Ok(Running {
        port,
        served,
        server,
        threads,
    })
}

/// Serves until the process is stopped.
pub(crate) fn serve_forever(dir: &Path, prefix: &str, port: u16) -> anyhow::Result<()> {
    if !dir.join("index.html").exists() {
        anyhow::bail!("{} has no index.html; build the site first", dir.display());
    }
    let running = start(dir, prefix, port)?;
    let prefix = format!("/{}/", prefix.trim_matches('/')).replace("//", "/");
    step(&format!(
        "serving {} at http://127.0.0.1:{}{prefix} (Ctrl-C to stop)",
        dir.display(),
        running.port
    ));
    running.wait();
    Ok(())
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "ics" => "text/calendar; charset=utf-8",
        "xml" => "application/xml",
        "woff2" => "font/woff2",
        "pf_meta" | "pf_index" | "pf_fragment" | "pagefind" => "application/octet-stream",
        _ => "application/octet-stream",
    }
}

/// Where a redirect to `location` sends a request for `url`: the location with the request's
/// query, keeping only printable ASCII, so nothing in a URL can end the header line or start
/// another header.
fn redirect_target(location: &str, url: &str) -> String {
    let query = url.find('?').and_then(|i| url.get(i..)).unwrap_or("");
    let query: String = query.chars().filter(char::is_ascii_graphic).collect();
    format!("{location}{query}")
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("static header")
}

fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

enum Resolved {
    File(PathBuf),
    Redirect(String),
    NotFound,
}

fn resolve(dir: &Path, prefix: &str, url_path: &str) -> Resolved {
    let Some(decoded) = percent_decode(url_path) else {
        return Resolved::NotFound;
    };
    let rest = if decoded == prefix.trim_end_matches('/') && prefix != "/" {
        return Resolved::Redirect(prefix.to_owned());
    } else if let Some(rest) = decoded.strip_prefix(prefix) {
        rest
    } else {
        return Resolved::NotFound;
    };
    let rel = Path::new(rest);
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Resolved::NotFound;
    }
    let path = dir.join(rel);
    if path.is_dir() {
        if !decoded.ends_with('/') && !rest.is_empty() {
            return Resolved::Redirect(format!("{decoded}/"));
        }
        let index = path.join("index.html");
        return if index.is_file() {
            Resolved::File(index)
        } else {
            Resolved::NotFound
        };
    }
    if path.is_file() {
        Resolved::File(path)
    } else {
        Resolved::NotFound
    }
}

/// Whether a file type is worth compressing (as static hosts do).
fn compressible(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()).unwrap_or(""),
        "html"
            | "js"
            | "mjs"
            | "wasm"
            | "css"
            | "json"
            | "webmanifest"
            | "svg"
            | "txt"
            | "xml"
            | "ics"
    )
}

type GzipCache = Mutex<HashMap<PathBuf, (SystemTime, u64, Arc<Vec<u8>>)>>;

/// The gzip form of a file, compressed once per version of the file.
fn gzipped(file: &Path, bytes: &[u8]) -> std::io::Result<Arc<Vec<u8>>> {
    static CACHE: OnceLock<GzipCache> = OnceLock::new();
    let meta = std::fs::metadata(file)?;
    let stamp = (meta.modified()?, meta.len());
    let cache = CACHE.get_or_init(Default::default);
    if let Ok(cache) = cache.lock()
        && let Some((modified, len, data)) = cache.get(file)
        && (*modified, *len) == stamp
    {
        return Ok(data.clone());
    }
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
    encoder.write_all(bytes)?;
    let data = Arc::new(encoder.finish()?);
    if let Ok(mut cache) = cache.lock() {
        cache.insert(file.to_path_buf(), (stamp.0, stamp.1, data.clone()));
    }
    Ok(data)
}

fn respond(served: &Served, request: Request) -> std::io::Result<()> {
    let dir = served
        .dir
        .read()
        .map(|d| d.clone())
        .unwrap_or_else(|poisoned| poisoned.into_inner().clone());
    let dir = dir.as_path();
    let prefix = served.prefix.as_str();
    let url = request.url().to_owned();
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let is_head = request.method() == &tiny_http::Method::Head;
    if path.strip_prefix(prefix) == Some("__hcp/status.json") {
        let status = served
            .progress
            .read()
            .ok()
            .and_then(|p| p.as_ref().map(Progress::to_json));
        if let Some(json) = status {
            return request.respond(
                Response::from_string(json)
                    .with_header(header("Content-Type", "application/json"))
                    .with_header(header("Cache-Control", "no-store")),
            );
        }
    }
    match resolve(dir, prefix, path) {
        Resolved::File(file) => {
            let bytes = std::fs::read(&file)?;
            let accepts_gzip = request.headers().iter().any(|h| {
                h.field.equiv("Accept-Encoding")
                    && h.value
                        .as_str()
                        .split(',')
                        .any(|e| e.split(';').next().map(str::trim) == Some("gzip"))
            });
            let gzip = accepts_gzip && compressible(&file) && bytes.len() > 1024;
            let body = if gzip {
                gzipped(&file, &bytes)?.as_ref().clone()
            } else {
                bytes
            };
            let mut response = Response::from_data(if is_head { Vec::new() } else { body })
                .with_header(header("Content-Type", content_type(&file)))
                .with_header(header("Cache-Control", "no-cache"))
                .with_header(header("Vary", "Accept-Encoding"));
            if gzip {
                response = response.with_header(header("Content-Encoding", "gzip"));
            }
            request.respond(response)
        }
        Resolved::Redirect(location) => request.respond(
            Response::empty(StatusCode(301))
                .with_header(header("Location", &redirect_target(&location, &url))),
        ),
        Resolved::NotFound => {
            let not_found = dir.join("404.html");
            let body = std::fs::read(&not_found).unwrap_or_else(|_| b"Not found".to_vec());
            request.respond(
                Response::from_data(if is_head { Vec::new() } else { body })
                    .with_status_code(404)
                    .with_header(header("Content-Type", "text/html; charset=utf-8")),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_redirect_carries_the_query_but_never_a_line_break() {
        assert_eq!(
            redirect_target("/roles/", "/roles?q=soc&x=1"),
            "/roles/?q=soc&x=1"
        );
        assert_eq!(redirect_target("/roles/", "/roles"), "/roles/");
        let hostile = "/roles?q=a\r\nSet-Cookie: x=1\u{85}é";
        assert_eq!(
            redirect_target("/roles/", hostile),
            "/roles/?q=aSet-Cookie:x=1"
        );
    }
}
