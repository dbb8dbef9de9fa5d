//! What text handed in from outside (a file, a result code, an LMS record) may hold before
//! the app keeps it: names on one line, memos with plain line breaks, ids of a known shape.
//!
//! Every string reaches the page as text already; these rules are for what the app writes
//! out again, where a stray line break or control character changes meaning (a calendar
//! file's lines, a CSV row, a mail link).

/// Whether `ch` starts a new line somewhere: LF, CR, NEL, and Unicode's line and paragraph
/// separators (U+2028, U+2029), which JavaScript and some calendar apps treat as breaks.
fn is_break(ch: char) -> bool {
    matches!(ch, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Control and bidirectional-override characters: never meant to be seen, and able to make
/// a name read differently from what it holds.
fn is_hidden(ch: char) -> bool {
    ch.is_control() || matches!(ch, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A name or a field that lives on one line: every line break (CRLF counts as one) and tab
/// becomes a space, other control characters go.
pub fn one_line(text: &str) -> String {
    lines(text)
        .chars()
        .map(|ch| if ch == '\n' || ch == '\t' { ' ' } else { ch })
        .collect()
}

/// A memo: CRLF, CR and the Unicode separators become LF, tabs stay, other control
/// characters go.
pub fn lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut after_cr = false;
    for ch in text.chars() {
        if ch == '\n' && after_cr {
            after_cr = false;
            continue;
        }
        after_cr = ch == '\r';
        match ch {
            ch if is_break(ch) => out.push('\n'),
            '\t' => out.push('\t'),
            ch if is_hidden(ch) => {}
            ch => out.push(ch),
        }
    }
    out
}

/// Longest id a check may have (what a result code carries).
pub const ID_MAX_CHARS: usize = 32;

/// Whether `id` has the shape the app gives ids: 1 to [`ID_MAX_CHARS`] ASCII letters, digits,
/// `-`, `_` or `.`. Ids become storage keys, file contents and a calendar event's UID.
pub fn is_id(id: &str) -> bool {
    (1..=ID_MAX_CHARS).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// `id` itself when it has the app's shape ([`is_id`]), else one made from it: `x` and 16
/// hex digits of its FNV-1a hash. The same foreign id always gives the same one, so that a
/// file imported twice still finds the check it replaces.
pub fn checked_id(id: &str) -> String {
    if is_id(id) {
        return id.to_owned();
    }
    format!("x{:016x}", fnv1a(id))
}

/// The 64-bit FNV-1a hash of `text`: a short fingerprint, not a secret.
pub fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_to_one_line_and_lose_hidden_characters() {
        assert_eq!(
            one_line("会計\r\nATTENDEE:x\rURL:y\u{2028}z\u{0}\u{202e}w\tv"),
            "会計 ATTENDEE:x URL:y zw v"
        );
        assert_eq!(one_line("Google Workspace"), "Google Workspace");
    }

    #[test]
    fn memos_keep_their_lines_as_lf_only() {
        assert_eq!(
            lines("a\r\nb\rc\u{2029}d\n\ne\u{7}\tf"),
            "a\nb\nc\nd\n\ne\tf"
        );
        assert_eq!(lines("\r\r\n"), "\n\n");
    }

    #[test]
    fn ids_of_our_shape_stay_and_others_are_made_ours_the_same_way_each_time() {
        assert!(is_id("k3j9x0a1b2c3") && is_id("plan-1.a_b"));
        for bad in ["", "a\r\nURL:x", "a b", "ｉｄ", "a;b", &"a".repeat(33)] {
            assert!(!is_id(bad), "{bad:?}");
            let made = checked_id(bad);
            assert!(is_id(&made) && made.len() == 17, "{made}");
            assert_eq!(made, checked_id(bad));
        }
        assert_ne!(checked_id("a b"), checked_id("a c"));
        assert_eq!(checked_id("chk1"), "chk1");
    }
}
