//! Splitting a content file into its TOML front matter and its Markdown body.
//!
//! A content file starts with a line `+++`, then TOML, then a closing line `+++`, then the
//! Markdown body. The split keeps byte offsets so that diagnostics in either part point at the
//! right place in the file.

use std::ops::Range;

/// The two parts of a content file, as byte ranges into its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Split {
    /// The TOML between the fences.
    pub toml: Range<usize>,
    /// The Markdown after the closing fence.
    pub body: Range<usize>,
}

/// Why a file could not be split.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SplitError {
    /// The file does not start with `+++`.
    #[error("the file does not start with a `+++` front matter fence")]
    NoOpening,
    /// The opening fence has no matching closing fence.
    #[error("the front matter that starts here is never closed with a `+++` line")]
    NotClosed {
        /// Where the opening fence is.
        opening: Range<usize>,
    },
}

/// Splits `text` into front matter and body.
///
/// A UTF-8 byte-order mark before the opening fence is skipped. Fences may carry trailing
/// spaces and use `\n` or `\r\n` line endings.
pub fn split(text: &str) -> Result<Split, SplitError> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = LineIter::new(text, start);
    let Some((first, first_range)) = lines.next() else {
        return Err(SplitError::NoOpening);
    };
    if first.trim_end() != "+++" {
        return Err(SplitError::NoOpening);
    }
    let toml_start = first_range.end_with_newline;
    for (line, range) in lines {
        if line.trim_end() == "+++" {
            return Ok(Split {
                toml: toml_start..range.start,
                body: range.end_with_newline..text.len(),
            });
        }
    }
    Err(SplitError::NotClosed {
        opening: first_range.start..first_range.end,
    })
}

struct LineRange {
    start: usize,
    end: usize,
    end_with_newline: usize,
}

struct LineIter<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> LineIter<'a> {
    fn new(text: &'a str, pos: usize) -> Self {
        LineIter { text, pos }
    }
}

impl<'a> Iterator for LineIter<'a> {
    type Item = (&'a str, LineRange);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let (line_len, newline_len) = match rest.find('\n') {
            Some(i) => (i, 1),
            None => (rest.len(), 0),
        };
        let mut line = &rest[..line_len];
        if line.ends_with('\r') {
            line = &line[..line.len() - 1];
        }
        let range = LineRange {
            start: self.pos,
            end: self.pos + line.len(),
            end_with_newline: self.pos + line_len + newline_len,
        };
        self.pos = range.end_with_newline;
        Some((line, range))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> (&str, &str) {
        let split = split(text).expect("splits");
        (&text[split.toml], &text[split.body])
    }

    #[test]
    fn splits_front_matter_from_body() {
        assert_eq!(
            parts("+++\ntitle = \"A\"\n+++\n# Body\n"),
            ("title = \"A\"\n", "# Body\n")
        );
    }

    #[test]
    fn accepts_crlf_trailing_spaces_and_a_bom() {
        assert_eq!(
            parts("\u{feff}+++  \r\ntitle = \"A\"\r\n+++\r\nBody"),
            ("title = \"A\"\r\n", "Body")
        );
    }

    #[test]
    fn an_empty_body_is_allowed() {
        assert_eq!(parts("+++\na = 1\n+++"), ("a = 1\n", ""));
    }

    #[test]
    fn a_missing_opening_fence_is_reported() {
        assert_eq!(split("title = 1\n"), Err(SplitError::NoOpening));
        assert_eq!(split(""), Err(SplitError::NoOpening));
        assert_eq!(split("---\na: 1\n---\n"), Err(SplitError::NoOpening));
    }

    #[test]
    fn an_unclosed_fence_points_at_the_opening() {
        assert_eq!(
            split("+++\ntitle = 1\n"),
            Err(SplitError::NotClosed { opening: 0..3 })
        );
    }

    #[test]
    fn a_fence_inside_a_line_does_not_close() {
        assert!(matches!(
            split("+++\nx = \"+++\"\n"),
            Err(SplitError::NotClosed { .. })
        ));
    }
}
