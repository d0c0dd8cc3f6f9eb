//! Private links: any share link locked with a passphrase. The browser encrypts the link's
//! text (`p1.…` or `s2.…`) with AES-GCM 256 under a key derived from the passphrase by
//! PBKDF2-SHA-256; this module is the envelope around the result, and the rules on both
//! sides of the encryption, so that all of it is tested natively.
//!
//! A locked link is `l1.` then URL-safe base64 (no padding) of the salt (16 random bytes),
//! the nonce (12 random bytes), the ciphertext with its 16-byte tag, and a CRC-32 of all of
//! those. Version 1 fixes every parameter (600,000 iterations among them): a link cannot ask
//! a browser for more work than that. The CRC tells a damaged link (a character changed or
//! lost) from a wrong passphrase, which the tag alone cannot. The prefix is the associated
//! data of the encryption, so the version cannot be swapped either.
//!
//! The same limits as any link apply before (the locked text's length) and after decryption
//! (the inner link is read with all of its own limits, and may not be locked again).

use super::link::{link_kind, LinkError, LinkKind, LOCKED_PREFIX, MAX_ENCODED};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// PBKDF2-SHA-256 iterations for version 1.
pub const ITERATIONS: u32 = 600_000;
// OWASP's floor for PBKDF2-SHA-256 (2023): never below it.
const _: () = assert!(ITERATIONS >= 600_000);
pub const SALT_LEN: usize = 16;
pub const NONCE_LEN: usize = 12;
/// The AES-GCM tag at the end of the ciphertext.
pub const TAG_LEN: usize = 16;
const CHECK_LEN: usize = 4;
/// The shortest passphrase accepted for locking, in characters.
pub const MIN_PASSPHRASE: usize = 8;
/// The longest passphrase accepted, in characters.
pub const MAX_PASSPHRASE: usize = 200;
/// The longest inner link that still fits a locked link within `MAX_ENCODED`.
pub const MAX_LOCKABLE: usize =
    (MAX_ENCODED - LOCKED_PREFIX.len()) / 4 * 3 - SALT_LEN - NONCE_LEN - TAG_LEN - CHECK_LEN;

/// The parts of a locked link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub salt: [u8; SALT_LEN],
    pub nonce: [u8; NONCE_LEN],
    /// The encrypted inner link, its tag at the end.
    pub ciphertext: Vec<u8>,
}

/// The associated data of version 1's encryption.
pub fn associated_data() -> &'static [u8] {
    LOCKED_PREFIX.as_bytes()
}

/// CRC-32 (IEEE), bit by bit: small, and links and locked files are short once deflated.
pub(crate) fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xedb8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// The text of a locked link (without the `#`).
pub fn seal_text(sealed: &Sealed) -> String {
    let mut bytes = Vec::with_capacity(SALT_LEN + NONCE_LEN + sealed.ciphertext.len() + 4);
    bytes.extend_from_slice(&sealed.salt);
    bytes.extend_from_slice(&sealed.nonce);
    bytes.extend_from_slice(&sealed.ciphertext);
    let check = crc32(&bytes);
    bytes.extend_from_slice(&check.to_be_bytes());
    format!("{LOCKED_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// Reads the parts of a locked link, refusing one too long, damaged or of another version.
pub fn open_text(text: &str) -> Result<Sealed, LinkError> {
    if text.len() > MAX_ENCODED {
        return Err(LinkError::TooLong { length: text.len() });
    }
    let Some(payload) = text.strip_prefix(LOCKED_PREFIX) else {
        return Err(LinkError::NotALink);
    };
    let bytes = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| LinkError::Damaged)?;
    if bytes.len() < SALT_LEN + NONCE_LEN + TAG_LEN + CHECK_LEN {
        return Err(LinkError::Damaged);
    }
    let (body, check) = bytes.split_at(bytes.len() - CHECK_LEN);
    if crc32(body).to_be_bytes() != check {
        return Err(LinkError::Damaged);
    }
    let (salt, rest) = body.split_at(SALT_LEN);
    let (nonce, ciphertext) = rest.split_at(NONCE_LEN);
    Ok(Sealed {
        salt: salt.try_into().map_err(|_| LinkError::Damaged)?,
        nonce: nonce.try_into().map_err(|_| LinkError::Damaged)?,
        ciphertext: ciphertext.to_vec(),
    })
}

/// Why a passphrase cannot lock a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseProblem {
    TooShort,
    TooLong,
}

impl PassphraseProblem {
    pub fn message(self) -> String {
        match self {
            PassphraseProblem::TooShort => format!(
                "Use at least {MIN_PASSPHRASE} characters: a few words nobody would guess are \
                 easier to say and harder to guess than one word."
            ),
            PassphraseProblem::TooLong => {
                format!("Use at most {MAX_PASSPHRASE} characters.")
            }
        }
    }
}

/// Whether a passphrase may lock a link. Opening never checks it: a wrong one simply fails.
pub fn check_passphrase(passphrase: &str) -> Result<(), PassphraseProblem> {
    match passphrase.chars().count() {
        n if n < MIN_PASSPHRASE => Err(PassphraseProblem::TooShort),
        n if n > MAX_PASSPHRASE => Err(PassphraseProblem::TooLong),
        _ => Ok(()),
    }
}

/// Whether an inner link can be locked: a playbook or snapshot link short enough to fit.
pub fn check_lockable(inner: &str) -> Result<(), LinkError> {
    if inner.len() > MAX_LOCKABLE {
        return Err(LinkError::TooLong {
            length: inner.len(),
        });
    }
    match link_kind(inner) {
        Some(LinkKind::Playbook | LinkKind::Snapshot) => Ok(()),
        _ => Err(LinkError::NotALink),
    }
}

/// What decryption gave, checked as a link before anything reads it: text, no longer than
/// any link, and a playbook or a snapshot (a link locked inside a locked link is refused).
pub fn inner_link(plain: Vec<u8>) -> Result<String, LinkError> {
    if plain.len() > MAX_ENCODED {
        return Err(LinkError::TooLong {
            length: plain.len(),
        });
    }
    let text = String::from_utf8(plain).map_err(|_| LinkError::Damaged)?;
    match link_kind(&text) {
        Some(LinkKind::Playbook | LinkKind::Snapshot) => Ok(text),
        _ => Err(LinkError::Damaged),
    }
}
