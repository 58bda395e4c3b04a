//! Markdown bodies: rendered to HTML at build time, never in the browser.
//!
//! Raw HTML in Markdown is rejected (reported and left out), never passed through, so a content
//! file cannot inject script or styles into the site. Site links written as `/roles/x/` are
//! checked against the catalog and rewritten under the deploy's base path; images must have
//! alternative text.

use std::ops::Range;

use pathways_core::site::BasePath;
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

use crate::diagnostic::{Code, Diagnostic};

/// The one place the Markdown dialect is chosen: CommonMark plus tables, strikethrough and
/// footnotes.
pub fn parser(text: &str) -> Parser<'_> {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_FOOTNOTES);
    Parser::new_ext(text, options)
}

/// A link to a page of this site, found in a body, to be checked against the catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteLink {
    /// The route key it points at (`roles/soc-analyst`).
    pub key: String,
    /// The link as written.
    pub written: String,
    /// Where it is written (byte offsets in the file).
    pub span: Range<usize>,
}

/// A rendered body.
#[derive(Clone, Debug, Default)]
pub struct Rendered {
    /// Safe HTML.
    pub html: String,
    /// The site links it contains.
    pub links: Vec<SiteLink>,
    /// Problems found (raw HTML, images without alt text, relative links).
    pub diagnostics: Vec<Diagnostic>,
    /// The body's text without markup, for search and descriptions.
    pub plain: String,
}

/// Whether content may not hold `c`: a control character other than a line break or tab, or a
/// text-direction control ([`Code::HiddenCharacter`]).
pub fn is_hidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || pathways_core::text::is_bidi_control(c)
}

/// The first character of `text` that content may not hold ([`is_hidden`]).
pub fn hidden_char(text: &str) -> Option<char> {
    text.chars().find(|&c| is_hidden(c))
}

/// An invisible character in words: its code point and what it is.
pub fn describe_hidden(c: char) -> String {
    let what = if pathways_core::text::is_bidi_control(c) {
        "a text-direction control"
    } else {
        "a control character"
    };
    format!("U+{:04X} ({what})", u32::from(c))
}

/// Renders `body`, which starts at byte `offset` of the file `path`, for a site under `base`.
pub fn render(path: &str, body: &str, offset: usize, base: &BasePath) -> Rendered {
    let mut out = Rendered::default();
    let hidden: Vec<(usize, char)> = body.char_indices().filter(|&(_, c)| is_hidden(c)).collect();
    if let Some(&(at, c)) = hidden.first() {
        let more = match hidden.len() - 1 {
            0 => String::new(),
            1 => " (and 1 more in the body)".to_owned(),
            n => format!(" (and {n} more in the body)"),
        };
        out.diagnostics.push(
            Diagnostic::error(
                Code::HiddenCharacter,
                path,
                Some(at + offset..at + offset + c.len_utf8()),
                format!("an invisible character, {}{more}", describe_hidden(c)),
            )
            .label("here")
            .why("invisible characters can make text display in another order than it is written, or hide part of it")
            .help("delete it; if the text came from a copy and paste, type that part again"),
        );
    }
    let mut events: Vec<Event<'_>> = Vec::new();
    let mut image: Option<(Range<usize>, usize)> = None;

    for (event, range) in parser(body).into_offset_iter() {
        let span = range.start + offset..range.end + offset;
        match event {
            Event::Html(html) | Event::InlineHtml(html) => {
                let trimmed = html.trim_start();
                if trimmed.starts_with("<!--") {
                    continue; // comments are notes for authors: dropped, not an error
                }
                out.diagnostics.push(
                    Diagnostic::error(Code::RawHtml, path, Some(trim_span(body, range, offset)), "raw HTML is not allowed in content")
                        .label("this HTML will not be published")
                        .why("HTML in content could break the page layout or run script on readers' machines")
                        .help("use Markdown instead: **bold**, [links](/roles/), lists and tables cover what pages need"),
                );
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = rewrite_link(path, &dest_url, span.clone(), base, &mut out);
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                image = Some((span.clone(), events.len()));
                let dest = if link_type == LinkType::Email {
                    dest_url
                } else {
                    rewrite_link(path, &dest_url, span, base, &mut out)
                };
                events.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                }));
            }
            Event::End(TagEnd::Image) => {
                if let Some((span, start)) = image.take() {
                    let has_alt = events[start + 1..]
                        .iter()
                        .any(|e| matches!(e, Event::Text(t) if !t.trim().is_empty()));
                    if !has_alt {
                        out.diagnostics.push(
                            Diagnostic::error(Code::ImageWithoutAlt, path, Some(span), "image without alternative text")
                                .label("the text in [brackets] is empty")
                                .why("screen-reader users get nothing from an image without alternative text")
                                .help("describe what the image shows: ![Chart of CISSP domain weights](/images/cissp.svg)"),
                        );
                    }
                }
                events.push(Event::End(TagEnd::Image));
            }
            Event::Start(Tag::Table(alignments)) => {
                events.push(Event::Html(CowStr::Borrowed("<div class=\"table-wrap\">")));
                events.push(Event::Start(Tag::Table(alignments)));
            }
            Event::End(TagEnd::Table) => {
                events.push(Event::End(TagEnd::Table));
                events.push(Event::Html(CowStr::Borrowed("</div>")));
            }
            Event::Text(text) => {
                push_plain(&mut out.plain, &text);
                events.push(Event::Text(text));
            }
            Event::Code(code) => {
                push_plain(&mut out.plain, &code);
                events.push(Event::Code(code));
            }
            Event::SoftBreak | Event::HardBreak => {
                out.plain.push(' ');
                events.push(event);
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                out.plain.push(' ');
                events.push(event);
            }
            other => events.push(other),
        }
    }
    pulldown_cmark::html::push_html(&mut out.html, events.into_iter());
    let plain = out.plain.split_whitespace().collect::<Vec<_>>().join(" ");
    out.plain = plain;
    out
}

fn push_plain(plain: &mut String, text: &str) {
    plain.push_str(text);
}

fn trim_span(body: &str, range: Range<usize>, offset: usize) -> Range<usize> {
    let text = &body[range.clone()];
    let start = range.start + (text.len() - text.trim_start().len());
    let end = range.start + text.trim_end().len();
    start + offset..end.max(start) + offset
}

fn rewrite_link<'a>(
    path: &str,
    dest: &CowStr<'a>,
    span: Range<usize>,
    base: &BasePath,
    out: &mut Rendered,
) -> CowStr<'a> {
    let url: &str = dest;
    if url.starts_with('#') {
        return dest.clone();
    }
    match link_scheme(url) {
        LinkScheme::Web | LinkScheme::Mail => return dest.clone(),
        LinkScheme::Other(scheme) => {
            out.diagnostics.push(
                Diagnostic::error(
                    Code::UnsafeLink,
                    path,
                    Some(span),
                    format!("links may not use the `{}` scheme", bounded(scheme, 40)),
                )
                .label("only https:, http:, mailto:, site paths and #anchors are allowed")
                .why("other schemes (javascript:, data:, file:, app handlers) can run code or open something outside the site")
                .help("link to an https:// page, or to a site path such as `/roles/soc-analyst/`"),
            );
            return CowStr::Borrowed("#");
        }
        LinkScheme::ProtocolRelative => {
            out.diagnostics.push(
                Diagnostic::error(
                    Code::UnsafeLink,
                    path,
                    Some(span),
                    "protocol-relative link (starting with //)",
                )
                .label("this names another host without saying how to reach it")
                .why("a link starting with // leaves the site for whatever host follows")
                .help(format!("write it in full: `https:{}`", bounded(url, 80))),
            );
            return CowStr::Borrowed("#");
        }
        LinkScheme::None => {}
    }
    if let Some(site_path) = url.strip_prefix('/') {
        let (route, suffix) = match site_path.find(['?', '#']) {
            Some(i) => (&site_path[..i], &site_path[i..]),
            None => (site_path, ""),
        };
        let key = route.trim_matches('/').to_owned();
        let is_file = route
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.'));
        out.links.push(SiteLink {
            key: key.clone(),
            written: url.to_owned(),
            span,
        });
        let href = if is_file {
            base.file(route)
        } else {
            base.page(&key)
        };
        return CowStr::from(format!("{href}{suffix}"));
    }
    out.diagnostics.push(
        Diagnostic::error(
            Code::BrokenLink,
            path,
            Some(span),
            format!("relative link `{url}`"),
        )
        .label("links between pages must start with /")
        .why("a relative link points somewhere different on every page that shows this text")
        .help(format!(
            "write the site path, for example `/{}`",
            url.trim_start_matches("./")
        )),
    );
    dest.clone()
}

/// What a link destination's scheme allows.
#[derive(Debug, PartialEq, Eq)]
enum LinkScheme<'a> {
    /// `https://…` or `http://…`.
    Web,
    /// `mailto:…`.
    Mail,
    /// Any other scheme (`javascript:`, `data:`, `file:`, `tel:`, `ms-settings:` …).
    Other(&'a str),
    /// `//host/…`.
    ProtocolRelative,
    /// No scheme: a site path or a relative link.
    None,
}

/// The scheme of a link destination, read as browsers do (RFC 3986: a letter, then letters,
/// digits, `+`, `-` or `.`, then `:`; compared without case). Browsers also drop ASCII tabs and
/// newlines anywhere in a URL and leading spaces and control characters, so `java\tscript:`
/// counts as `javascript:`.
fn link_scheme(url: &str) -> LinkScheme<'_> {
    let cleaned: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if cleaned.starts_with("//") || cleaned.starts_with("\\\\") || cleaned.starts_with("/\\") {
        return LinkScheme::ProtocolRelative;
    }
    let Some(colon) = cleaned.find(':') else {
        return LinkScheme::None;
    };
    let scheme = &cleaned[..colon];
    let is_scheme = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !is_scheme {
        // A colon after a slash, `?` or `#` is part of a path, query or fragment.
        return LinkScheme::None;
    }
    match scheme.to_ascii_lowercase().as_str() {
        "https" | "http" if cleaned[colon..].starts_with("://") => LinkScheme::Web,
        "mailto" => LinkScheme::Mail,
        _ => {
            let end = url.find(':').unwrap_or(url.len());
            LinkScheme::Other(&url[..end])
        }
    }
}

/// At most `max` characters of `text`, with `…` if cut (author text echoed in a message).
use pathways_core::text::bounded;

#[cfg(test)]
mod tests {
    use super::*;

    fn render_root(body: &str) -> Rendered {
        render("p.md", body, 0, &BasePath::default())
    }

    #[test]
    fn renders_commonmark_with_tables_wrapped_for_small_screens() {
        let out = render_root("# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(out.html.contains("<h1>T</h1>"));
        assert!(out.html.contains("<div class=\"table-wrap\"><table>"));
        assert!(out.html.contains("</table>\n</div>"));
        assert!(out.diagnostics.is_empty());
    }

    #[test]
    fn raw_html_is_reported_and_never_output() {
        let body = "Hello <script>alert(1)</script> there\n\n<div onclick=\"x()\">block</div>\n";
        let out = render_root(body);
        assert!(!out.html.contains("<script"), "{}", out.html);
        assert!(!out.html.contains("onclick"), "{}", out.html);
        assert_eq!(out.diagnostics.len(), 3);
        assert!(out.diagnostics.iter().all(|d| d.code == Code::RawHtml));
        let first = out.diagnostics[0].span.clone().expect("span");
        assert_eq!(&body[first], "<script>");
    }

    #[test]
    fn only_web_mail_site_and_anchor_links_are_allowed() {
        let allowed = [
            "https://405d.hhs.gov/",
            "HTTPS://example.org/a",
            "http://example.org/",
            "mailto:privacy@example.org",
            "#skills",
            "/roles/soc-analyst/",
        ];
        for url in allowed {
            let out = render_root(&format!("[x]({url})"));
            assert!(
                out.diagnostics.iter().all(|d| d.code != Code::UnsafeLink),
                "{url} should be allowed"
            );
        }
        let refused = [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "javascript://%0Aalert(1)",
            "java\tscript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "file:///etc/passwd",
            "tel:+15555550100",
            "ms-settings:privacy",
            "http:example.org",
            "//evil.example/x",
            "/\\evil.example/x",
        ];
        for url in refused {
            for body in [format!("[x](<{url}>)"), format!("![a chart](<{url}>)")] {
                let out = render_root(&body);
                assert!(
                    out.diagnostics.iter().any(|d| d.code == Code::UnsafeLink),
                    "{body} should be refused: {:?}",
                    out.diagnostics
                );
                assert!(
                    !out.html.to_ascii_lowercase().contains("script:"),
                    "{}",
                    out.html
                );
                assert!(!out.html.contains("evil.example"), "{}", out.html);
            }
        }
    }

    #[test]
    fn a_long_scheme_is_cut_in_the_message() {
        let scheme = "x".repeat(500);
        let out = render_root(&format!("[x]({scheme}:y)"));
        let message = &out.diagnostics[0].message;
        assert!(message.len() < 120, "{message}");
    }

    #[test]
    fn comments_are_dropped_silently() {
        let out = render_root("<!-- note for authors -->\n\nText\n");
        assert!(out.diagnostics.is_empty());
        assert!(!out.html.contains("note for authors"));
    }

    #[test]
    fn site_links_are_collected_and_put_under_the_base() {
        let out = render(
            "p.md",
            "See [SOC](/roles/soc-analyst/#skills) and [CV](/files/cv.pdf).",
            10,
            &BasePath::new("/sub/"),
        );
        assert!(
            out.html.contains("href=\"/sub/roles/soc-analyst/#skills\""),
            "{}",
            out.html
        );
        assert!(
            out.html.contains("href=\"/sub/files/cv.pdf\""),
            "{}",
            out.html
        );
        assert_eq!(out.links[0].key, "roles/soc-analyst");
        assert_eq!(out.links[0].span.start, 14);
    }

    #[test]
    fn relative_links_are_reported() {
        let out = render_root("[x](roles/x)");
        assert_eq!(out.diagnostics[0].code, Code::BrokenLink);
        assert_eq!(
            out.diagnostics[0].help.as_deref(),
            Some("write the site path, for example `/roles/x`")
        );
    }

    #[test]
    fn images_need_alt_text() {
        let out = render_root("![](/a.png) and ![A chart](/b.png)");
        assert_eq!(out.diagnostics.len(), 1);
        assert_eq!(out.diagnostics[0].code, Code::ImageWithoutAlt);
    }

    #[test]
    fn plain_text_drops_markup() {
        let out = render_root("# Title\n\nSome *emphasis* and `code`.\n\n- one\n- two\n");
        assert_eq!(out.plain, "Title Some emphasis and code. one two");
    }
}
