//! The document around every pre-rendered page: head additions, header, navigation and footer.
//!
//! The shell is the `index.html` that Trunk wrote (it carries the hashed CSS, JavaScript and
//! WebAssembly names); this module fills its two placeholders for each page.

use maud::{DOCTYPE, Markup, PreEscaped, html};
use pathways_core::site::{BasePath, Route, Section};
use pathways_core::tool::Tool;

use crate::site::SiteError;

/// The marker in the shell's `<head>` replaced by each page's title, description and policy.
pub const HEAD_MARKER: &str = "<!--hcp:head-->";
/// The marker in the shell's `<body>` replaced by each page's header, main and footer.
pub const BODY_MARKER: &str = "<!--hcp:body-->";

/// The Content-Security-Policy of every page: nothing but the site's own origin, no inline
/// script or style, and WebAssembly compilation allowed.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

/// The built `index.html`, split at its placeholders.
#[derive(Clone, Debug)]
pub struct Shell {
    before_head: String,
    between: String,
    after_body: String,
}

impl Shell {
    /// Splits a built `index.html` at its placeholders, dropping any `<title>` of its own (each
    /// page writes its title).
    pub fn parse(html: &str) -> Result<Shell, SiteError> {
        let (before_head, rest) = html
            .split_once(HEAD_MARKER)
            .ok_or(SiteError::Shell(HEAD_MARKER))?;
        let (between, after_body) = rest
            .split_once(BODY_MARKER)
            .ok_or(SiteError::Shell(BODY_MARKER))?;
        Ok(Shell {
            before_head: remove_title(before_head),
            between: remove_title(between),
            after_body: after_body.to_owned(),
        })
    }

    /// A minimal shell for tests and for `pathways build` without a built app.
    pub fn bare() -> Shell {
        Shell {
            before_head: format!(
                "{}<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                DOCTYPE.into_string()
            ),
            between: "</head><body>".into(),
            after_body: "</body></html>".into(),
        }
    }
}

fn remove_title(head: &str) -> String {
    match (head.find("<title>"), head.find("</title>")) {
        (Some(start), Some(end)) if end > start => {
            format!("{}{}", &head[..start], &head[end + "</title>".len()..])
        }
        _ => head.to_owned(),
    }
}

/// A page ready to be written.
#[derive(Clone, Debug)]
pub struct PageOut {
    /// Its route key (`roles/soc-analyst`; `""` for home).
    pub key: String,
    /// The full document title.
    pub title: String,
    /// The meta description.
    pub description: String,
    /// The main content (inside `<div class="page">`).
    pub main: String,
    /// The tool whose bundle the page loads, or `None` for a content page (the site bundle).
    pub tool: Option<Tool>,
}

/// The document title for a page title.
pub fn full_title(title: &str) -> String {
    if title == "Health Cyber Pathways" {
        title.to_owned()
    } else {
        format!("{title} · Health Cyber Pathways")
    }
}

/// Renders the whole document for a page.
pub fn document(shell: &Shell, base: &BasePath, page: &PageOut) -> String {
    let head = html! {
        title { (page.title) }
        meta name="description" content=(page.description);
        meta http-equiv="Content-Security-Policy" content=(CONTENT_SECURITY_POLICY);
        meta name="referrer" content="no-referrer";
        meta name="color-scheme" content="light dark";
        meta name="hcp-base" content=(base.as_str());
        link rel="icon" href=(base.file("favicon.svg")) type="image/svg+xml";
    };
    let body = html! {
        a.skip-link href="#main" target="_self" { "Skip to main content" }
        (header(base, Section::of_path(&page.key)))
        main #main tabindex="-1" data-key=(page.key) {
            div.page { (PreEscaped(&page.main)) }
        }
        (footer(base))
    };
    let mut out = String::with_capacity(shell.before_head.len() + page.main.len() + 4096);
    out.push_str(&shell.before_head);
    out.push_str(&head.into_string());
    out.push_str(&shell.between);
    out.push_str(&body.into_string());
    out.push_str(&shell.after_body);
    out
}

fn logo() -> Markup {
    html! {
        svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" aria-hidden="true" focusable="false" {
            rect width="32" height="32" rx="7" fill="#0b5d6b" {}
            path d="M16 5l9 3.5v6.8c0 5.6-3.8 10-9 11.7-5.2-1.7-9-6.1-9-11.7V8.5z" fill="#fff" {}
            path d="M14 11h4v3.5h3.5v4H18V22h-4v-3.5h-3.5v-4H14z" fill="#0b5d6b" {}
        }
    }
}

fn header(base: &BasePath, current: Option<Section>) -> Markup {
    html! {
        header.site-header {
            div.wrap {
                a.brand href=(base.route(Route::Section(Section::Home))) { (logo()) "Health Cyber Pathways" }
                nav #site-nav aria-label="Main" {
                    ul {
                        @for section in Section::NAV {
                            li {
                                @let target = section.is_tool().then_some("_self");
                                @if current == Some(section) {
                                    a href=(base.route(Route::Section(section))) target=[target] aria-current="page" { (section.label()) }
                                } @else {
                                    a href=(base.route(Route::Section(section))) target=[target] { (section.label()) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn footer(base: &BasePath) -> Markup {
    html! {
        footer.site-footer {
            div.wrap {
                p { "Health Cyber Pathways · nothing you enter here leaves your browser." }
                nav aria-label="Site" {
                    ul {
                        li { a href=(base.route(Route::Section(Section::About))) { "About" } }
                        li { a href=(base.route(Route::Section(Section::Privacy))) { "Privacy" } }
                        li { a href=(base.route(Route::Section(Section::Educators))) { "Publish a curriculum" } }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_fills_the_shell_and_marks_the_current_section() {
        let shell = Shell::parse("<!doctype html><html><head><title>X</title><link rel=\"stylesheet\" href=\"/s.css\"><!--hcp:head--></head><body><!--hcp:body--><script type=\"module\" src=\"/boot.js\"></script></body></html>").expect("shell");
        let page = PageOut {
            key: Route::Role("soc-analyst").key(),
            title: full_title("SOC analyst"),
            description: "What a SOC analyst does & needs.".into(),
            main: "<h1>SOC analyst</h1>".into(),
            tool: None,
        };
        let html = document(&shell, &BasePath::new("/sub/"), &page);
        assert!(!html.contains("<title>X</title>"));
        assert!(html.contains("<title>SOC analyst · Health Cyber Pathways</title>"));
        assert!(html.contains("content=\"What a SOC analyst does &amp; needs.\""));
        assert!(html.contains("<a href=\"/sub/roles/\" aria-current=\"page\">Roles</a>"));
        assert!(html.contains("<main id=\"main\" tabindex=\"-1\" data-key=\"roles/soc-analyst\"><div class=\"page\"><h1>SOC analyst</h1></div></main>"));
        assert!(html.contains("<script type=\"module\" src=\"/boot.js\"></script></body>"));
        assert!(!html.contains("<script>"), "no inline script");
    }

    #[test]
    fn a_shell_without_markers_is_refused() {
        assert!(Shell::parse("<html></html>").is_err());
    }
}
