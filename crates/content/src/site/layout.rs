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

/// The brand colour of `app/style.css` (`--brand`): the browser's toolbar colour and the
/// installed app's theme.
pub const THEME_COLOR: &str = "#0b5d6b";
/// The page background of `app/style.css` (`--bg`): the installed app's splash screen.
pub const BACKGROUND_COLOR: &str = "#f7f9fa";
/// The web app manifest's file name, at the base path.
pub const MANIFEST_FILE: &str = "manifest.webmanifest";
/// The page the service worker shows for a page it has not saved, at the base path.
pub const OFFLINE_FILE: &str = "offline.html";

/// The web app manifest (`manifest.webmanifest`) for a deploy under `base`: the site installs
/// as an app whose start and scope are the base path.
pub fn manifest(base: &BasePath) -> String {
    let value = serde_json::json!({
        "name": "Health Cyber Pathways",
        "short_name": "Cyber Pathways",
        "description": "Health-sector cybersecurity careers: roles, skills, credentials and programs; assess yourself, plan your training, define a role.",
        "id": base.as_str(),
        "start_url": base.as_str(),
        "scope": base.as_str(),
        "display": "standalone",
        "lang": "en",
        "dir": "ltr",
        "theme_color": THEME_COLOR,
        "background_color": BACKGROUND_COLOR,
        "icons": [
            { "src": base.file("favicon.svg"), "sizes": "any", "type": "image/svg+xml", "purpose": "any" },
            { "src": base.file("icon-192.png"), "sizes": "192x192", "type": "image/png", "purpose": "any" },
            { "src": base.file("icon-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "any" },
        ],
    });
    let mut out = serde_json::to_string_pretty(&value).unwrap_or_default();
    out.push('\n');
    out
}

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

    /// The shell without its `<script>` elements: for a page that must not start the app
    /// (the offline page, shown when neither the network nor the saved copies can answer).
    pub fn without_scripts(&self) -> Shell {
        Shell {
            before_head: remove_scripts(&self.before_head),
            between: remove_scripts(&self.between),
            after_body: remove_scripts(&self.after_body),
        }
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

fn remove_scripts(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        out.push_str(&rest[..start]);
        match rest[start..].find("</script>") {
            Some(end) => rest = &rest[start + end + "</script>".len()..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
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
        meta name="theme-color" content=(THEME_COLOR);
        link rel="icon" href=(base.file("favicon.svg")) type="image/svg+xml";
        link rel="manifest" href=(base.file(MANIFEST_FILE));
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
    fn every_page_links_the_manifest_under_the_base_and_the_offline_shell_has_no_script() {
        let shell = Shell::parse("<!doctype html><html><head><link rel=\"stylesheet\" href=\"/sub/s.css\"><!--hcp:head--><script type=\"module\" src=\"/sub/boot.js\" data-js=\"/sub/a.js\" data-wasm=\"/sub/a.wasm\"></script></head><body><!--hcp:body--></body></html>").expect("shell");
        let base = BasePath::new("/sub/");
        let page = crate::site::pages::offline(&base);
        let html = document(&shell, &base, &page);
        assert!(html.contains("<link rel=\"manifest\" href=\"/sub/manifest.webmanifest\">"));
        assert!(html.contains("<meta name=\"theme-color\" content=\"#0b5d6b\">"));
        assert!(html.contains("boot.js"));
        let offline = document(&shell.without_scripts(), &base, &page);
        assert!(!offline.contains("<script"), "{offline}");
        assert!(offline.contains("<link rel=\"stylesheet\" href=\"/sub/s.css\">"));
        assert!(offline.contains("<a href=\"/sub/\">Go to the home page</a>"));
        assert!(offline.contains("not saved for offline use"));
    }

    #[test]
    fn the_manifest_starts_and_scopes_the_app_at_the_base() {
        let json: serde_json::Value =
            serde_json::from_str(&manifest(&BasePath::new("/hcp-sub/"))).expect("json");
        assert_eq!(json["name"], "Health Cyber Pathways");
        assert_eq!(json["start_url"], "/hcp-sub/");
        assert_eq!(json["scope"], "/hcp-sub/");
        assert_eq!(json["display"], "standalone");
        assert_eq!(json["theme_color"], THEME_COLOR);
        let icons: Vec<&str> = json["icons"]
            .as_array()
            .expect("icons")
            .iter()
            .filter_map(|i| i["src"].as_str())
            .collect();
        assert_eq!(
            icons,
            [
                "/hcp-sub/favicon.svg",
                "/hcp-sub/icon-192.png",
                "/hcp-sub/icon-512.png"
            ]
        );
    }

    #[test]
    fn a_shell_without_markers_is_refused() {
        assert!(Shell::parse("<html></html>").is_err());
    }
}
