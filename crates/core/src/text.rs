//! Rules for free text that arrives from outside (share links, imported files): which
//! characters it may not hold.

/// Whether `c` is a bidirectional formatting character (the embeddings, overrides and
/// isolates U+202A–U+202E and U+2066–U+2069, and the marks U+200E, U+200F and U+061C), which
/// can make text display in another order than it is stored ("Trojan Source").
pub const fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// The first character of `text` that free text from a link may not hold: a control character
/// (line breaks included: titles and names are one line) or a bidirectional formatting
/// character.
pub fn forbidden_char(text: &str) -> Option<char> {
    text.chars().find(|&c| c.is_control() || is_bidi_control(c))
}

/// `text` cut to at most `max` characters, with `…` where it was cut: for echoing text that
/// arrived from outside (an error message quoting a link or a file) without echoing all of it.
pub fn bounded(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", text.get(..i).unwrap_or(text)),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_text_is_cut_at_a_character_boundary() {
        assert_eq!(bounded("short", 10), "short");
        assert_eq!(bounded("ééééé", 3), "ééé…");
        assert_eq!(bounded(&"x".repeat(10_000), 200).chars().count(), 201);
    }

    #[test]
    fn controls_line_breaks_and_bidi_overrides_are_forbidden_and_ordinary_text_is_not() {
        for ok in [
            "Clinical SOC analyst",
            "Analyste SOC (santé) — niveau 2",
            "医療セキュリティ",
            "A/B; C, D",
        ] {
            assert_eq!(forbidden_char(ok), None, "{ok}");
        }
        for (bad, c) in [
            ("Title\r\nEND:VEVENT", '\r'),
            ("Title\nX", '\n'),
            ("nul\u{0}", '\u{0}'),
            ("del\u{7f}", '\u{7f}'),
            ("admin\u{202E}txt.exe", '\u{202E}'),
            ("isolate\u{2066}x\u{2069}", '\u{2066}'),
            ("c1\u{85}", '\u{85}'),
        ] {
            assert_eq!(forbidden_char(bad), Some(c), "{bad:?}");
        }
    }
}
