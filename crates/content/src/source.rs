//! A content file's text and the table that turns byte offsets into `line:column`.

use std::sync::Arc;

/// One content file as read from disk.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The path as shown to authors, relative to the directory the tool was run from
    /// (for example `content/roles/soc-analyst.md`), always with `/` separators.
    pub path: String,
    /// The file's text.
    pub text: Arc<str>,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Wraps a file's text, indexing its line starts.
    pub fn new(path: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self
            .line_starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1);
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        // Spans come from the parsers and fall on character boundaries; one that did not would
        // count the characters up to it rather than fail.
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start.min(offset), |t| t.chars().count())
            + 1;
        (line + 1, column)
    }

    /// The byte offset where a 1-based line starts.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(line.checked_sub(1)?).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_one_based_lines_and_character_columns() {
        let file = SourceFile::new("x.md", "ab\ncdé\nf");
        assert_eq!(file.line_col(0), (1, 1));
        assert_eq!(file.line_col(1), (1, 2));
        assert_eq!(file.line_col(3), (2, 1));
        // `é` is two bytes but one column.
        assert_eq!(file.line_col(7), (2, 4));
        assert_eq!(file.line_col(8), (3, 1));
        assert_eq!(file.line_col(999), (3, 2));
        assert_eq!(file.line_start(2), Some(3));
        assert_eq!(file.line_start(0), None);
    }
}
