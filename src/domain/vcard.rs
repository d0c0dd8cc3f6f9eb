//! A recruiter as a phone contact: a vCard 4.0 (RFC 6350) with their name (FN, N), agency
//! (ORG), phone numbers (TEL), e-mail addresses (EMAIL) and a note (NOTE), and a reader for
//! such cards (3.0 or 4.0) that refuses anything else with a reason. The format is in
//! `docs/formats.md`.

use super::content_line::{escape_text as escape, fold};
use std::fmt;

/// What a card says about a person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Card {
    pub name: String,
    pub organisation: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub note: String,
}

/// The version of vCard Candor writes.
pub const VERSION: &str = "4.0";

/// A card is a few hundred bytes; anything far larger is not one card about one person.
pub const MAX_LEN: usize = 64 * 1024;

/// The card's text, lines ending in CRLF, long lines folded at 75 bytes.
pub fn write(card: &Card) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCARD");
    line(&mut out, &format!("VERSION:{VERSION}"));
    line(&mut out, &format!("FN:{}", escape(&card.name)));
    // The name in parts, for address books that sort by family name: the last word is
    // taken as the family name, the rest as given names.
    let name = card.name.trim();
    let (given, family) = name.rsplit_once(' ').unwrap_or(("", name));
    line(
        &mut out,
        &format!("N:{};{};;;", escape(family), escape(given.trim())),
    );
    if !card.organisation.trim().is_empty() {
        line(
            &mut out,
            &format!("ORG:{}", escape(card.organisation.trim())),
        );
    }
    for phone in &card.phones {
        line(&mut out, &format!("TEL;TYPE=work:{}", escape(phone)));
    }
    for email in &card.emails {
        line(&mut out, &format!("EMAIL;TYPE=work:{}", escape(email)));
    }
    if !card.note.trim().is_empty() {
        line(&mut out, &format!("NOTE:{}", escape(card.note.trim())));
    }
    line(&mut out, "END:VCARD");
    out
}

/// Appends one content line, folded, and its CRLF.
fn line(out: &mut String, content: &str) {
    out.push_str(&fold(content));
    out.push_str("\r\n");
}

/// A file name for the card: "Dana Reyes.vcf", with characters file systems refuse left out.
pub fn file_name(name: &str) -> String {
    let safe: String = name
        .chars()
        .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        .filter(|c| !c.is_control())
        .collect();
    let safe = safe.trim().trim_start_matches('.');
    if safe.is_empty() {
        "Recruiter.vcf".to_owned()
    } else {
        format!("{safe}.vcf")
    }
}

/// Why a text is not a card Candor reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VcardError {
    TooLong,
    /// No `BEGIN:VCARD` … `END:VCARD`.
    NotACard,
    /// A version other than 3.0 or 4.0 (or none).
    Version(String),
    /// A line with no `:` between its name and its value.
    BadLine(usize),
    /// More than one card: Candor takes one person at a time.
    SeveralCards,
    /// A card with no name, phone or e-mail.
    Empty,
}

impl fmt::Display for VcardError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VcardError::TooLong => f.write_str("This file is too large to be one contact card."),
            VcardError::NotACard => f.write_str("This is not a contact card (vCard)."),
            VcardError::Version(found) if found.is_empty() => {
                f.write_str("This contact card does not say its version.")
            }
            VcardError::Version(found) => write!(
                f,
                "This contact card is in vCard {found}; Candor reads versions 3.0 and 4.0."
            ),
            VcardError::BadLine(n) => write!(f, "Line {n} of this contact card is damaged."),
            VcardError::SeveralCards => {
                f.write_str("This file holds several contacts. Share one contact at a time.")
            }
            VcardError::Empty => f.write_str("This contact card has no name, phone or e-mail."),
        }
    }
}

impl std::error::Error for VcardError {}

/// Reads one card, refusing anything that is not exactly one vCard 3.0 or 4.0.
pub fn read(text: &str) -> Result<Card, VcardError> {
    if text.len() > MAX_LEN {
        return Err(VcardError::TooLong);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Unfold: a line break followed by a space or a tab continues the line.
    let unfolded = text
        .replace("\r\n ", "")
        .replace("\r\n\t", "")
        .replace("\n ", "")
        .replace("\n\t", "");
    let mut card = Card::default();
    let mut version = None;
    let mut state = 0; // 0: before the card, 1: inside, 2: after it
    for (n, raw) in unfolded.lines().enumerate() {
        let raw = raw.trim_end_matches('\r');
        if raw.trim().is_empty() {
            continue;
        }
        let (head, value) = raw.split_once(':').ok_or(VcardError::BadLine(n + 1))?;
        let mut params = head.split(';');
        let name = params.next().unwrap_or_default();
        // A group prefix ("item1.TEL") names the same property.
        let name = name.rsplit('.').next().unwrap_or(name).to_ascii_uppercase();
        match (state, name.as_str()) {
            (0, "BEGIN") if value.trim().eq_ignore_ascii_case("VCARD") => state = 1,
            (0, _) => return Err(VcardError::NotACard),
            (1, "END") if value.trim().eq_ignore_ascii_case("VCARD") => state = 2,
            (1, "BEGIN") => return Err(VcardError::BadLine(n + 1)),
            (1, "VERSION") => version = Some(value.trim().to_owned()),
            (1, "FN") => card.name = unescape(value),
            (1, "ORG") => card.organisation = first_component(value),
            (1, "TEL") => {
                let phone = unescape(value);
                let phone = phone
                    .strip_prefix("tel:")
                    .unwrap_or(&phone)
                    .trim()
                    .to_owned();
                if !phone.is_empty() {
                    card.phones.push(phone);
                }
            }
            (1, "EMAIL") => {
                let email = unescape(value).trim().to_owned();
                if !email.is_empty() {
                    card.emails.push(email);
                }
            }
            (1, "NOTE") => card.note = unescape(value),
            (1, _) => {}
            (_, "BEGIN") => return Err(VcardError::SeveralCards),
            _ => return Err(VcardError::BadLine(n + 1)),
        }
    }
    if state != 2 {
        return Err(VcardError::NotACard);
    }
    match version.as_deref() {
        Some("3.0" | "4.0") => {}
        other => return Err(VcardError::Version(other.unwrap_or_default().to_owned())),
    }
    if card.name.trim().is_empty() && card.phones.is_empty() && card.emails.is_empty() {
        return Err(VcardError::Empty);
    }
    Ok(card)
}

/// The first component of a compound value (ORG: "Agency;Department").
fn first_component(value: &str) -> String {
    let mut end = value.len();
    let mut escaped = false;
    for (at, c) in value.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            ';' => {
                end = at;
                break;
            }
            _ => {}
        }
    }
    unescape(&value[..end])
}

/// Undoes `escape`: `\n` (or `\N`) is a line break, `\x` is `x`.
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}
