//! The hostile-input corpus (`tests/corpus/xss.json`, shared with the browser suite) driven
//! through the content compiler: every payload in Markdown bodies (as text, link targets, link
//! labels, images, reference definitions, headings, tables, code) and in front matter (a role's
//! title and summary), built into the site. For each one the build either refuses it with a
//! located diagnostic or writes pages a real HTML parser (html5ever, the HTML5 tree builder, so
//! mutation XSS is judged as a browser would) finds inert: no script-capable element, no event
//! handler, no style, no URL with a scheme that runs or embeds code.

use std::collections::BTreeMap;
use std::path::Path;

use pathways_content::site::Shells;
use pathways_content::site::layout::Shell;
use pathways_content::{load, markdown};
use pathways_core::site::BasePath;
use scraper::{ElementRef, Html};

/// One payload of the corpus, with its category.
struct Payload {
    category: String,
    text: String,
}

/// The corpus, with the long entries expanded.
fn corpus() -> Vec<Payload> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/xss.json");
    let text = std::fs::read_to_string(&path).expect("tests/corpus/xss.json");
    let json: serde_json::Value = serde_json::from_str(&text).expect("the corpus is JSON");
    let mut out = Vec::new();
    for p in json["payloads"].as_array().expect("payloads") {
        out.push(Payload {
            category: p["category"].as_str().expect("category").to_owned(),
            text: p["payload"].as_str().expect("payload").to_owned(),
        });
    }
    for p in json["long"].as_array().expect("long") {
        let times = p["times"].as_u64().expect("times") as usize;
        out.push(Payload {
            category: p["category"].as_str().expect("category").to_owned(),
            text: p["unit"].as_str().expect("unit").repeat(times),
        });
    }
    out
}

/// Elements that run script, load other documents, restyle the page or submit data: none may
/// appear in what the compiler writes for content (the layout's own `<script src=…boot.js>`,
/// `<link>` and `<meta>` in `<head>` excepted).
const FORBIDDEN: &[&str] = &[
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "form",
    "input", "button", "textarea", "select", "svg", "math", "template", "noscript", "video",
    "audio", "source", "isindex", "keygen", "marquee", "bgsound", "xmp", "noembed", "listing",
    "meta", "link",
];

/// Attributes holding a URL the browser follows or loads.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "background",
    "dynsrc",
    "lowsrc",
    "xlink:href",
    "srcset",
    "cite",
];

/// The scheme of a URL as a browser reads it (tabs and newlines removed, leading spaces and
/// control characters trimmed, case folded), or `None` for a relative URL (no `:` before the
/// first `/`, `?` or `#`, or text before it that is not a scheme: `%5bx%5d(data:` is a path).
fn scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let cleaned = cleaned.trim_start_matches(|c: char| c <= ' ');
    let end = cleaned.find([':', '/', '?', '#'])?;
    let candidate = &cleaned[..end];
    let well_formed = candidate.starts_with(|c: char| c.is_ascii_alphabetic())
        && candidate
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if cleaned[end..].starts_with(':') && well_formed {
        Some(candidate.to_ascii_lowercase())
    } else {
        None
    }
}

/// What is wrong with one element, if anything.
fn problem(element: ElementRef<'_>) -> Option<String> {
    let e = element.value();
    let name = e.name();
    let in_head = element
        .ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == "head");
    let layout_script = name == "script"
        && e.attr("type") == Some("module")
        && e.attr("src").is_some_and(|s| s.ends_with("/boot.js"));
    let layout_head = in_head && matches!(name, "meta" | "link");
    if FORBIDDEN.contains(&name) && !layout_script && !layout_head {
        return Some(format!("a <{name}> element"));
    }
    if name == "meta"
        && e.attr("http-equiv")
            .is_some_and(|h| h.eq_ignore_ascii_case("refresh"))
    {
        return Some("a refresh <meta>".into());
    }
    for (attr, value) in e.attrs() {
        let attr = attr.to_ascii_lowercase();
        if attr.starts_with("on") {
            return Some(format!("an event handler `{attr}` on <{name}>"));
        }
        if matches!(attr.as_str(), "style" | "srcdoc") {
            return Some(format!("a `{attr}` attribute on <{name}>"));
        }
        if URL_ATTRIBUTES.contains(&attr.as_str())
            && let Some(s) = scheme(value)
            && !matches!(s.as_str(), "http" | "https" | "mailto")
        {
            return Some(format!("a `{s}:` URL in `{attr}` on <{name}>"));
        }
    }
    None
}

/// Every problem in a document or fragment, as parsed by the HTML5 tree builder.
fn problems(html: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    doc.root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter_map(problem)
        .collect()
}

/// The Markdown contexts a payload is put in.
const BODY_CONTEXTS: &[&str] = &[
    "{p}",
    "Text before {p} and after.",
    "[a label]({p})",
    "[{p}](/roles/)",
    "![an image]({p})",
    "# {p}",
    "| a | b |\n|---|---|\n| {p} | x |",
    "> {p}",
    "- {p}\n- two",
    "`{p}`",
    "```\n{p}\n```",
    "[a reference][r]\n\n[r]: {p}",
    "**{p}**",
];

#[test]
fn the_corpus_has_at_least_150_payloads_in_every_category() {
    let corpus = corpus();
    assert!(corpus.len() >= 150, "{} payloads", corpus.len());
    let mut by_category: BTreeMap<&str, usize> = BTreeMap::new();
    for p in &corpus {
        *by_category.entry(p.category.as_str()).or_default() += 1;
    }
    for category in [
        "owasp",
        "mutation-xss",
        "svg",
        "javascript-url",
        "bidi-zero-width-control",
        "injection-misc",
        "long",
    ] {
        assert!(
            by_category.get(category).copied().unwrap_or(0) >= 5,
            "{category}: {by_category:?}"
        );
    }
}

#[test]
fn the_inertness_check_catches_what_a_browser_would_run() {
    for bad in [
        "<p><script>x</script></p>",
        "<a href=\"java\tscript:alert(1)\">a</a>",
        "<a href=\" JAVASCRIPT:alert(1)\">a</a>",
        "<img src=\"x\" onerror=\"alert(1)\">",
        "<svg><a xlink:href=\"javascript:alert(1)\"></a></svg>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<div style=\"background:url(x)\">x</div>",
        "<iframe srcdoc=\"x\"></iframe>",
        "<a href=\"data:text/html,x\">a</a>",
    ] {
        assert!(!problems(bad).is_empty(), "not caught: {bad}");
    }
    for fine in [
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; and [x]: javascript:alert(1)</p>",
        "<a href=\"https://example.org/\">a</a>",
        "<a href=\"/roles/soc-analyst/#skills\">a</a>",
        "<a href=\"mailto:a@example.org\">a</a>",
        "<a href=\"roles/x:y\">relative with a colon after a slash</a>",
    ] {
        assert!(
            problems(fine).is_empty(),
            "flagged: {fine}: {:?}",
            problems(fine)
        );
    }
}

#[test]
fn every_payload_in_every_markdown_context_is_refused_with_a_location_or_rendered_inert() {
    let mut refused = 0;
    let mut rendered = 0;
    let mut failures = Vec::new();
    for payload in corpus() {
        for context in BODY_CONTEXTS {
            let body = context.replace("{p}", &payload.text);
            let out = markdown::render("content/pages/x.md", &body, 0, &BasePath::default());
            if out.diagnostics.is_empty() {
                rendered += 1;
            } else {
                refused += 1;
                for d in &out.diagnostics {
                    if d.span.is_none() {
                        failures.push(format!("{context} / {:.60}: unlocated {d:?}", payload.text));
                    }
                }
            }
            for p in problems(&out.html) {
                failures.push(format!("{context} / {:.60}: {p}", payload.text));
            }
        }
    }
    println!("markdown bodies: {refused} refused with a location, {rendered} rendered inert");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(refused > 0 && rendered > 0);
}

/// A copy of the `valid` fixture catalog to change.
fn valid_copy() -> tempfile::TempDir {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let dir = tempfile::tempdir().expect("tempdir");
    for entry in walkdir::WalkDir::new(&from) {
        let entry = entry.expect("walk");
        let rel = entry.path().strip_prefix(&from).expect("inside");
        let to = dir.path().join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &to).expect("copy");
        }
    }
    dir
}

/// The pages a role's title and summary appear on.
const ROLE_PAGES: &[&str] = &[
    "roles/soc-analyst/index.html",
    "roles/index.html",
    "roles/incident-responder/index.html",
];

/// The fixture's role with its title and summary set to `text`, loaded and, if the checker
/// accepts it, built: `Err(diagnostics)` or `Ok(problems per page)`.
fn build_with_role_text(
    dir: &Path,
    original: &str,
    text: &str,
) -> Result<Vec<(&'static str, Vec<String>)>, Vec<pathways_content::Diagnostic>> {
    // A JSON string is a valid TOML basic string: the payload arrives in the field intact.
    let quoted = serde_json::to_string(text).expect("quote");
    let changed = original
        .replacen(
            "title = \"Role soc-analyst\"",
            &format!("title = {quoted}"),
            1,
        )
        .replacen(
            "summary = \"The soc-analyst role.\"",
            &format!("summary = {quoted}"),
            1,
        );
    assert_ne!(
        changed, original,
        "the fixture's title and summary lines moved"
    );
    std::fs::write(dir.join("content/roles/soc-analyst.md"), &changed).expect("write");
    let loaded = load(&dir.join("content"), "content");
    if loaded.report.has_errors() {
        return Err(loaded.report.diagnostics().into_iter().cloned().collect());
    }
    let out = tempfile::tempdir().expect("tempdir");
    pathways_content::site::build(
        &loaded.catalog,
        out.path(),
        &BasePath::default(),
        &Shells::only(Shell::bare()),
    )
    .expect("the site builds");
    Ok(ROLE_PAGES
        .iter()
        .map(|page| {
            let html = std::fs::read_to_string(out.path().join(page)).expect("page");
            assert!(html.contains("<main"), "{page} has no <main>");
            (*page, problems(&html))
        })
        .collect())
}

#[test]
fn every_payload_in_front_matter_is_refused_with_a_location_or_built_into_inert_pages() {
    let dir = valid_copy();
    let original =
        std::fs::read_to_string(dir.path().join("content/roles/soc-analyst.md")).expect("role");
    // The layout's own controls and charts (filters, buttons, SVG charts) are what a page holds
    // with a harmless title; a payload may add nothing to them.
    let layout = build_with_role_text(dir.path(), &original, "Clinical SOC analyst")
        .expect("a plain title builds");
    let mut refused = 0;
    let mut built = 0;
    let mut failures = Vec::new();
    for payload in corpus() {
        match build_with_role_text(dir.path(), &original, &payload.text) {
            Err(diagnostics) => {
                refused += 1;
                for d in diagnostics.iter().filter(|d| d.span.is_none()) {
                    failures.push(format!("{:.60}: unlocated {d:?}", payload.text));
                }
            }
            Ok(pages) => {
                built += 1;
                if pages != layout {
                    failures.push(format!(
                        "{:.60}: the pages hold {pages:?}, a plain title {layout:?}",
                        payload.text
                    ));
                }
            }
        }
    }
    println!("front matter: {refused} refused with a location, {built} built into inert pages");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        built > 0,
        "no payload reached a page: the test would prove nothing"
    );
}
