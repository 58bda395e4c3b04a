//! Fetching the site's own data files (`data/…`) from the same origin.
//!
//! A plain `GET` of a same-origin text file is all the app needs, so this is a few lines over
//! `window.fetch` rather than an HTTP client crate: it keeps the first-load WebAssembly small.

use std::fmt;

use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;
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

/// Fetches a same-origin URL as text.
pub(crate) async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or_else(|| FetchError::Network("no window".into()))?;
    let response = JsFuture::from(window.fetch_with_str(url))
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
    let text = response
        .text()
        .map_err(|e| FetchError::Network(js_error(e)))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|e| FetchError::Network(js_error(e)))?;
    text.as_string()
        .ok_or_else(|| FetchError::Corrupt("not text".into()))
}

/// Fetches a same-origin JSON file and parses it.
pub(crate) async fn fetch_json<T: DeserializeOwned>(url: &str) -> Result<T, FetchError> {
    let text = fetch_text(url).await?;
    serde_json::from_str(&text).map_err(|e| FetchError::Corrupt(e.to_string()))
}
