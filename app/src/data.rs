//! Fetching the site's own data files (`data/…`) from the same origin.
//!
//! A plain `GET` of a same-origin text file is all the app needs, so this is a few lines over
//! `window.fetch` (with a time limit) rather than an HTTP client crate: it keeps the first-load
//! WebAssembly small.

use std::fmt;

use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;

/// Why a data file could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum FetchError {
    /// The file does not exist (HTTP 404): the page or item is unknown.
    NotFound,
    /// The network failed or the server answered with another error status.
    Network(String),
    /// The file was there but is not the data we expect.
    Corrupt(String),
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::NotFound => f.write_str("not found"),
            FetchError::Network(e) => write!(f, "the network request failed ({e})"),
            FetchError::Corrupt(e) => write!(f, "the data is damaged ({e})"),
        }
    }
}

fn js_error(value: wasm_bindgen::JsValue) -> String {
    value
        .as_string()
        .or_else(|| {
            value
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// How long a data file may take before the request is given up (and reported or retried):
/// a stalled connection must not leave a page loading forever.
const TIMEOUT_MS: i32 = 20_000;

/// A response body, as text or as bytes.
enum Body {
    Text(String),
    Bytes(Vec<u8>),
}

/// Fetches a same-origin URL as text, giving up after [`TIMEOUT_MS`].
pub(crate) async fn fetch_text(url: &str) -> Result<String, FetchError> {
    match fetch_body(url, false).await? {
        Body::Text(t) => Ok(t),
        Body::Bytes(_) => Err(FetchError::Corrupt("not text".into())),
    }
}

/// Fetches a same-origin URL as bytes, giving up after [`TIMEOUT_MS`].
pub(crate) async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    match fetch_body(url, true).await? {
        Body::Bytes(b) => Ok(b),
        Body::Text(_) => Err(FetchError::Corrupt("not bytes".into())),
    }
}

/// Fetches a same-origin URL, giving up after [`TIMEOUT_MS`].
async fn fetch_body(url: &str, bytes: bool) -> Result<Body, FetchError> {
    let window = web_sys::window().ok_or_else(|| FetchError::Network("no window".into()))?;
    let controller = web_sys::AbortController::new().ok();
    let init = web_sys::RequestInit::new();
    let mut timer = None;
    if let Some(controller) = &controller {
        init.set_signal(Some(&controller.signal()));
        let abort = controller.clone();
        let on_timeout = Closure::<dyn FnMut()>::new(move || abort.abort());
        if let Ok(id) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            on_timeout.as_ref().unchecked_ref(),
            TIMEOUT_MS,
        ) {
            timer = Some((id, on_timeout));
        }
    }
    let outcome = fetch_with(&window, url, &init, bytes).await;
    if let Some((id, on_timeout)) = timer {
        window.clear_timeout_with_handle(id);
        drop(on_timeout);
    }
    let timed_out = controller.is_some_and(|c| c.signal().aborted());
    outcome.map_err(|e| match e {
        FetchError::Network(_) if timed_out => {
            FetchError::Network(format!("no answer within {} seconds", TIMEOUT_MS / 1000))
        }
        other => other,
    })
}

async fn fetch_with(
    window: &web_sys::Window,
    url: &str,
    init: &web_sys::RequestInit,
    bytes: bool,
) -> Result<Body, FetchError> {
    let response = JsFuture::from(window.fetch_with_str_and_init(url, init))
        .await
        .map_err(|e| FetchError::Network(js_error(e)))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| FetchError::Network("not a response".into()))?;
    match response.status() {
        200..=299 => {}
        404 => return Err(FetchError::NotFound),
        status => return Err(FetchError::Network(format!("HTTP {status}"))),
    }
    if bytes {
        let buffer = response
            .array_buffer()
            .map_err(|e| FetchError::Network(js_error(e)))?;
        let buffer = JsFuture::from(buffer)
            .await
            .map_err(|e| FetchError::Network(js_error(e)))?;
        return Ok(Body::Bytes(js_sys::Uint8Array::new(&buffer).to_vec()));
    }
    let text = response
        .text()
        .map_err(|e| FetchError::Network(js_error(e)))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|e| FetchError::Network(js_error(e)))?;
    text.as_string()
        .map(Body::Text)
        .ok_or_else(|| FetchError::Corrupt("not text".into()))
}

/// Fetches a same-origin JSON file and parses it.
pub(crate) async fn fetch_json<T: DeserializeOwned>(url: &str) -> Result<T, FetchError> {
    let text = fetch_text(url).await?;
    serde_json::from_str(&text).map_err(|e| FetchError::Corrupt(e.to_string()))
}

/// Fetches a same-origin binary data file ([`pathways_core::bundle::to_binary`]) and reads it.
pub(crate) async fn fetch_binary<T: DeserializeOwned>(url: &str) -> Result<T, FetchError> {
    let bytes = fetch_bytes(url).await?;
    pathways_core::bundle::from_binary(&bytes).map_err(|e| FetchError::Corrupt(e.to_string()))
}

/// Fetches the assessment data of several skills at once ([`pathways_core::bundle::skill_file`]);
/// a skill the catalog does not have (404) is left out for the caller to name.
pub(crate) async fn fetch_skills(
    urls: Vec<String>,
) -> Result<Vec<pathways_core::bundle::AssessSkill>, FetchError> {
    let fetched = futures::future::join_all(urls.iter().map(|u| fetch_binary(u))).await;
    let mut skills = Vec::new();
    for f in fetched {
        match f {
            Ok(s) => skills.push(s),
            Err(FetchError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(skills)
}
