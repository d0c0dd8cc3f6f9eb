//! `mailto:` links (RFC 6068) and `sms:` links (RFC 5724): recipient, subject and body,
//! percent-encoded as UTF-8 so that any mail or messages app opens the message as written.

/// The characters left as they are: RFC 3986's unreserved set.
fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

/// Percent-encodes text for a mailto header value. Line breaks become CRLF (`%0D%0A`), as
/// RFC 6068 asks for in a body; spaces become `%20`, never `+`.
pub fn encode_component(text: &str) -> String {
    let normalized = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n");
    let mut out = String::with_capacity(normalized.len());
    for byte in normalized.bytes() {
        if is_unreserved(byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Encodes an address: its local part and domain keep `@`, the rest is percent-encoded.
fn encode_address(address: &str) -> String {
    address
        .trim()
        .split('@')
        .map(encode_component)
        .collect::<Vec<_>>()
        .join("@")
}

/// A `mailto:` link to `to` (which may be empty) with a subject and a body.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        encode_address(to),
        encode_component(subject),
        encode_component(body)
    )
}

/// An `sms:` link to a phone number with a body. The number keeps only its digits and a
/// leading `+`, so "+33 6 12-34" works as typed.
pub fn sms(phone: &str, body: &str) -> String {
    let trimmed = phone.trim();
    let plus = if trimmed.starts_with('+') { "+" } else { "" };
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    format!("sms:{plus}{digits}?body={}", encode_component(body))
}
