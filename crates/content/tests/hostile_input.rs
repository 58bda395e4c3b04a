//! Property tests over hostile content: whatever text a file holds, the front matter reader,
//! the Markdown renderer and the whole checker answer with diagnostics, never a panic, and the
//! rendered HTML never carries script. `PROPTEST_CASES` sets the number of cases (256 by
//! default).

use pathways_content::{authoring, front_matter, load, markdown};
use pathways_core::site::BasePath;
use proptest::prelude::*;

/// Text shaped like content files: anything, front-matter-like, and Markdown with the markup
/// attackers try (raw HTML, `javascript:` links, SVG, entities, bidi controls).
fn content_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("+++\n".to_owned()),
        Just("title = \"x\"\n".to_owned()),
        Just("[[items]]\n".to_owned()),
        Just("<script>window.__pwned=1</script>".to_owned()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("[a](javascript:alert(1))".to_owned()),
        Just("[a](JaVa&#x09;ScRiPt:alert(1))".to_owned()),
        Just("![x](data:image/svg+xml,<svg onload=alert(1)>)".to_owned()),
        Just("<svg><script>alert(1)</script></svg>".to_owned()),
        Just("\u{202E}\u{200B}".to_owned()),
        Just("```\n".to_owned()),
        Just("[x]: javascript:alert(1)\n".to_owned()),
        any::<String>(),
    ];
    prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
}

/// Whether rendered HTML is inert: no script-capable element, no event handler attribute, no
/// link or image with a scheme that runs or embeds code. Text is escaped, so only real tags
/// (what follows a `<`) are looked at.
fn no_script(html: &str) -> bool {
    html.split('<').skip(1).all(|rest| {
        let tag = rest.split('>').next().unwrap_or("").to_lowercase();
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .find(|s| !s.is_empty())
            .unwrap_or("");
        let dangerous_element = matches!(
            name,
            "script" | "svg" | "iframe" | "object" | "embed" | "math" | "style" | "base" | "form"
        );
        let attributes: Vec<&str> = tag.split_whitespace().skip(1).collect();
        let handler = attributes.iter().any(|a| a.starts_with("on"));
        let bad_url = attributes.iter().any(|a| {
            let value = a.split_once('=').map_or("", |(_, v)| v.trim_matches('"'));
            (a.starts_with("href=") || a.starts_with("src="))
                && ["javascript:", "vbscript:", "data:", "file:"]
                    .iter()
                    .any(|s| value.starts_with(s))
        });
        !dangerous_element && !handler && !bad_url
    })
}

proptest! {
    #[test]
    fn the_renderer_never_panics_and_never_emits_script(body in content_text()) {
        let rendered = markdown::render("content/pages/x.md", &body, 0, &BasePath::default());
        prop_assert!(no_script(&rendered.html), "{}", rendered.html);
    }

    #[test]
    fn the_front_matter_reader_never_panics(text in content_text()) {
        if let Ok(split) = front_matter::split(&text) {
            prop_assert!(text.get(split.toml.clone()).is_some());
            prop_assert!(text.get(split.body.clone()).is_some());
        }
    }

    #[test]
    fn the_checker_answers_any_file_with_diagnostics(text in content_text()) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let roles = dir.path().join("content/roles");
        std::fs::create_dir_all(&roles).map_err(|e| TestCaseError::fail(e.to_string()))?;
        std::fs::write(roles.join("hostile.md"), &text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let loaded = load(&dir.path().join("content"), "content");
        // Every problem points inside the file it names.
        for d in loaded.report.diagnostics() {
            if let Some(span) = &d.span {
                prop_assert!(span.start <= span.end && span.end <= text.len() + 1, "{:?}", d);
            }
        }
    }

    /// The curriculum editor runs this on every keystroke in the browser, where a panic would
    /// stop the page: any text gets problems placed inside it, never a panic.
    #[test]
    fn the_editor_answers_any_curriculum_with_placed_problems(body in content_text(), modules in curriculum_text()) {
        let known = editor_known();
        for text in [body.clone(), format!("{modules}{body}")] {
            let checked = authoring::check(known, "pasted", &text);
            let lines = text.split('\n').count();
            for p in &checked.problems {
                prop_assert!(p.line >= 1 && p.line <= lines && p.col >= 1, "{:?}", p);
                if let Some((start, end)) = p.span {
                    prop_assert!(start <= end && end <= text.len() + 1, "{:?}", p);
                }
            }
            if let Some(entry) = &checked.entry {
                prop_assert!(no_script(&entry.html_at_root));
            }
        }
    }
}

/// A program's front matter with a few modules, some parts of it broken, as an educator pastes.
fn curriculum_text() -> impl Strategy<Value = String> {
    let module = prop_oneof![
        Just("[[modules]]\ntitle = \"M\"\nskills = [{ skill = \"log-analysis\", level = 2 }]\n".to_owned()),
        Just("[[modules]]\ntitle = \"M\"\nnice_tks = [\"T9999\", \"K0001\"]\nknowledge_units = [\"CSF\", \"ZZZ\"]\n".to_owned()),
        Just("[[modules]]\noutcomes = [\"\", \"\u{202E}x\"]\ncredit_hours = -1\n".to_owned()),
        Just("[[modules]]\ntitle = 3\nhours = \"many\"\n".to_owned()),
        "[a-z =\"\\[\\]{},0-9\n]{0,80}",
    ];
    prop::collection::vec(module, 0..8).prop_map(|m| {
        format!("+++\nname = \"N\"\nprovider = \"P\"\nkind = \"course\"\nsummary = \"S\"\nmodality = \"online\"\nduration_weeks = 1\nhours_per_week = 1\ncost_usd = 0\nurl = \"https://example.org\"\nsources = [\"https://example.org\"]\nverified = 2026-11-22\n{}+++\n", m.concat())
    })
}

/// What the shipped site gives the editor, read once.
fn editor_known() -> &'static authoring::Known {
    static KNOWN: std::sync::OnceLock<authoring::Known> = std::sync::OnceLock::new();
    KNOWN.get_or_init(|| {
        let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        authoring::Known::of(&load(&content, "content").catalog)
    })
}

#[test]
fn the_inertness_check_itself_catches_script() {
    assert!(!no_script("<p><script>x</script></p>"));
    assert!(!no_script("<a href=\"javascript:alert(1)\">a</a>"));
    assert!(!no_script("<img src=\"x\" onerror=\"alert(1)\">"));
    assert!(no_script(
        "<p>&lt;script&gt; and [x]: javascript:alert(1)</p>"
    ));
    assert!(no_script("<a href=\"https://example.org/\">a</a>"));
}
