//! Content lines, as iCalendar (RFC 5545) and vCard (RFC 6350) both write them: the same
//! escaping of text values and the same folding of long lines.

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11, RFC 6350 §3.4).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_ascii_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line: no line longer than 75 octets, continuation lines start with a
/// space, and a multi-byte character is never split (RFC 5545 §3.1, RFC 6350 §3.2).
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out
}
