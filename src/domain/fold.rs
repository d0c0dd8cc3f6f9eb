//! Text folded for matching: lower case, accents off ("Café" → "cafe", "Straße" →
//! "strasse"), so that a search or a recruiter's name matches however it was typed. Latin
//! letters lose their accents by a table; other scripts are only lower-cased.

/// The letters of U+00C0 to U+017F without their accents, one byte each; `*` marks the few
/// that fold to something else (`fold_char`).
const LATIN: &[u8; 192] = b"aaaaaa*ceeeeiiiidnooooo*ouuuuy**aaaaaa*ceeeeiiiidnooooo*ouuuuy*yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// `text` folded for matching.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// `text` folded, and for each byte of the result, where in `text` the character it came
/// from starts: what turns a match in the folded text back into a part of the original.
pub fn fold_mapped(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut from = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        fold_char(c, &mut out);
        from.resize(out.len(), at);
    }
    (out, from)
}

/// Appends `c` folded: nothing for a combining accent (text typed with accents apart).
fn fold_char(c: char, out: &mut String) {
    let code = u32::from(c);
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if (0x300..0x370).contains(&code) {
        // A combining accent: the letter before it already stands for both.
    } else if (0xC0..0x180).contains(&code) {
        match LATIN[(code - 0xC0) as usize] {
            b'*' => out.push_str(match c {
                'Æ' | 'æ' => "ae",
                'Þ' | 'þ' => "th",
                'ß' => "ss",
                'Ĳ' | 'ĳ' => "ij",
                'Œ' | 'œ' => "oe",
                other => return out.push(other),
            }),
            letter => out.push(char::from(letter)),
        }
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Only the digits of a phone number: "+1 (415) 555-0100" → "14155550100".
pub fn digits(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
}

/// `text` folded with every space left out: "Dana  Reyes" and "dana reyes" are one name.
pub fn fold_compact(text: &str) -> String {
    let mut folded = fold(text);
    folded.retain(|c| !c.is_whitespace());
    folded
}
