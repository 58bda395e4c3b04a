//! Small browser services: saving a file, reading a chosen file, the clipboard, printing and
//! the URL fragment.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "could not create the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "could not create the file")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "no anchor")?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_rel("external");
    if let Some(body) = document.body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Reads the text of a chosen file, refusing files larger than `max` bytes.
pub async fn read_file(file: web_sys::File, max: usize) -> Result<String, String> {
    let size = file.size() as usize;
    if size > max {
        return Err(format!(
            "the file is {} KB; the most that can be imported is {} KB",
            size / 1024,
            max / 1024
        ));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| "the file could not be read".to_owned())?;
    text.as_string()
        .ok_or_else(|| "the file is not text".to_owned())
}

/// Copies text to the clipboard.
pub async fn copy(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| "the browser did not allow copying; select the link and copy it".to_owned())
}

/// Opens the print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Opens the print dialog with `class` on the document element, so the stylesheet can print
/// one part of the page (`window.print()` returns once the dialog has closed).
pub fn print_only(class: &str) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = &root {
        let _ = root.class_list().add_1(class);
    }
    print();
    if let Some(root) = &root {
        let _ = root.class_list().remove_1(class);
    }
}

/// The current URL fragment without `#`.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// The current page's address without its fragment.
pub fn address_without_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or("").to_owned())
        .unwrap_or_default()
}

/// Today's date in the browser's time zone (core takes it as an argument; it has no clock).
pub fn today() -> pathways_core::date::Date {
    let d = js_sys::Date::new_0();
    pathways_core::date::Date::new(
        d.get_full_year() as i32,
        (d.get_month() + 1) as u8,
        d.get_date() as u8,
    )
    .unwrap_or_else(|| pathways_core::date::Date::from_days(20_000))
}

/// The page's origin (`https://example.org`), for links to another page of the site.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// A query parameter of the current URL.
pub fn query(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}

/// A span measured with the browser's Performance API (`performance.measure`), so tools such as
/// the benchmark and the browser's own profiler can read how long it took.
pub struct Timing(&'static str);

impl Timing {
    /// Marks the start of a span.
    pub fn start(name: &'static str) -> Timing {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark(&format!("{name}-start"));
        }
        Timing(name)
    }

    /// Records the span from its start to now.
    pub fn stop(self) {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.measure_with_start_mark(self.0, &format!("{}-start", self.0));
        }
    }
}
