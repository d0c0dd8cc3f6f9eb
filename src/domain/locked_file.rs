//! Locked backups and transfers: a backup of everything (the backup file's text, deflated)
//! encrypted with a key derived from a passphrase, in a versioned envelope another tool can
//! read (`docs/formats.md`). The browser does the cryptography (PBKDF2-SHA-256, AES-GCM 256:
//! the primitives of private links); this module is the envelope and its rules, so that all
//! of it is tested natively.
//!
//! Two forms carry the same parts:
//! - a file: JSON with a plain header (the app, the format version, what it is for, when it
//!   was made, the key-derivation parameters) and base64 blocks;
//! - a transfer link, `t1.` + URL-safe base64 of the same parts in a fixed binary layout,
//!   when it is small enough for a link.
//!
//! Opening tells three failures apart, as Bitwarden's encrypted export does: a CRC-32 over
//! every part says "damaged" before any passphrase is asked; a validation block (a known
//! text encrypted with the same key) says "wrong passphrase" when it does not open; the data
//! failing after the validation block opened is "damaged" again. The header is the
//! associated data of both encryptions, so no field of it can be changed unseen, and version
//! 1 bounds the work a file may ask for (`MAX_ITERATIONS`).

use super::id::Id;
use super::link::{MAX_ENCODED, TRANSFER_PREFIX};
use super::lock::{crc32, ITERATIONS, NONCE_LEN, SALT_LEN, TAG_LEN};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use chrono::{DateTime, Utc};
use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};
use serde::{Deserialize, Serialize};
use std::fmt;

/// What the `format` field of a locked file says.
pub const FORMAT: &str = "candor-locked";
/// The version of the envelope this build writes and reads.
pub const VERSION: u32 = 1;
/// The key derivation of version 1.
pub const KDF: &str = "PBKDF2-SHA-256";
/// The encryption of version 1.
pub const CIPHER: &str = "AES-256-GCM";
/// How the backup text is packed before it is encrypted.
pub const COMPRESSION: &str = "deflate-raw";
/// The most key-derivation iterations a version 1 file may ask for: a file cannot make a
/// phone work for minutes. Files are written with `lock::ITERATIONS`.
pub const MAX_ITERATIONS: u32 = 2_000_000;
/// What the validation block holds.
pub const CHECK_TEXT: &[u8] = b"Candor passphrase check";
/// The largest backup text a locked file may inflate to: more than local storage can hold.
pub const MAX_INFLATED: usize = 16 * 1024 * 1024;
/// The bytes of the binary layout before the data block: made at (8), device (8),
/// iterations (4), salt, the check block's nonce and ciphertext, the data block's nonce.
const LINK_HEAD: usize = 8 + 8 + 4 + SALT_LEN + NONCE_LEN + CHECK_TEXT.len() + TAG_LEN + NONCE_LEN;
const CRC_LEN: usize = 4;

/// Why a locked file is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// A copy to keep.
    Backup,
    /// A move to the candidate's other device: it names the device it came from.
    Transfer,
}

/// The plain header: what anyone can read without the passphrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub purpose: Purpose,
    pub made_at: DateTime<Utc>,
    /// The device a transfer comes from (its random id); `None` for a backup.
    pub device: Option<Id>,
    pub iterations: u32,
    pub salt: [u8; SALT_LEN],
}

impl Header {
    /// A header for a file made now, with a fresh random salt.
    pub fn new(
        purpose: Purpose,
        made_at: DateTime<Utc>,
        device: Option<Id>,
        salt: [u8; SALT_LEN],
    ) -> Self {
        Header {
            purpose,
            made_at,
            device,
            iterations: ITERATIONS,
            salt,
        }
    }

    /// The associated data of both encryptions: every header field, in one line.
    pub fn associated_data(&self) -> Vec<u8> {
        format!(
            "{FORMAT}/{VERSION}/{}/{}/{}/{KDF}/{}/{}",
            match self.purpose {
                Purpose::Backup => "backup",
                Purpose::Transfer => "transfer",
            },
            self.made_at.timestamp_millis(),
            self.device.as_ref().map_or("", Id::as_str),
            self.iterations,
            URL_SAFE_NO_PAD.encode(self.salt),
        )
        .into_bytes()
    }
}

/// One encrypted block: its nonce, and its ciphertext with the tag at the end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub nonce: [u8; NONCE_LEN],
    pub ciphertext: Vec<u8>,
}

/// A locked backup or transfer, as read or to be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locked {
    pub header: Header,
    /// `CHECK_TEXT`, encrypted: opens only with the right passphrase.
    pub check: Block,
    /// The backup text, deflated, encrypted.
    pub data: Block,
}

/// Why a file or transfer could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not something Candor wrote.
    NotCandor,
    /// A locked file of a newer format than this build reads.
    NewerVersion { found: u64 },
    /// Cut short, or changed since it was made.
    Damaged,
    /// It asks for more key-derivation work than version 1 allows.
    TooMuchWork { iterations: u64 },
    /// Larger than any backup could be.
    TooLarge,
    /// The passphrase does not open it (asked again).
    WrongPassphrase,
    /// This browser cannot decrypt here (no WebCrypto, or not a secure page).
    Unavailable(String),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::NotCandor => f.write_str(
                "This is not a Candor file: choose a backup or a transfer that Candor made.",
            ),
            FileError::NewerVersion { found } => write!(
                f,
                "This file was made by a newer version of Candor (locked format {found}; this \
                 one reads {VERSION}). Reload the page to get the newer version, then open it \
                 again."
            ),
            FileError::Damaged => f.write_str(
                "This file is damaged: part of it is missing or was changed since it was made. \
                 Make a new one on the other device.",
            ),
            FileError::TooMuchWork { iterations } => write!(
                f,
                "This file asks for more work to open than Candor allows ({iterations} rounds; \
                 at most {MAX_ITERATIONS}), so it was not opened."
            ),
            FileError::TooLarge => {
                f.write_str("This file holds more than any Candor backup could: it was not opened.")
            }
            FileError::WrongPassphrase => f.write_str(
                "That passphrase does not open this file. Check it (capitals, spaces and \
                 punctuation count) and try again.",
            ),
            FileError::Unavailable(why) => {
                write!(f, "This browser cannot open locked files here: {why}.")
            }
        }
    }
}

impl std::error::Error for FileError {}

/// What a chosen file or pasted text holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    /// A plain backup (or any stored document): the text, for `persist::decode`.
    Plain(String),
    /// A locked backup or transfer: a passphrase opens it.
    Locked(Locked),
}

/// The checksum over every part, in the order both forms keep them.
fn checksum(locked: &Locked) -> u32 {
    let mut bytes = locked.header.associated_data();
    for block in [&locked.check, &locked.data] {
        bytes.extend_from_slice(&block.nonce);
        bytes.extend_from_slice(&block.ciphertext);
    }
    crc32(&bytes)
}

/// The file's JSON form.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileOut {
    format: String,
    version: u32,
    purpose: Purpose,
    made_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    device: Option<String>,
    kdf: Kdf,
    cipher: String,
    compression: String,
    check: String,
    data: String,
    crc32: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Kdf {
    name: String,
    iterations: u32,
    salt: String,
}

fn block_text(block: &Block) -> String {
    let mut bytes = block.nonce.to_vec();
    bytes.extend_from_slice(&block.ciphertext);
    STANDARD.encode(bytes)
}

fn block_of(bytes: &[u8]) -> Result<Block, FileError> {
    if bytes.len() < NONCE_LEN + TAG_LEN {
        return Err(FileError::Damaged);
    }
    let (nonce, ciphertext) = bytes.split_at(NONCE_LEN);
    Ok(Block {
        nonce: nonce.try_into().map_err(|_| FileError::Damaged)?,
        ciphertext: ciphertext.to_vec(),
    })
}

/// The text of a locked file.
pub fn write_file(locked: &Locked) -> String {
    let header = &locked.header;
    let file = FileOut {
        format: FORMAT.to_owned(),
        version: VERSION,
        purpose: header.purpose,
        made_at: header.made_at.timestamp_millis(),
        device: header.device.as_ref().map(|id| id.as_str().to_owned()),
        kdf: Kdf {
            name: KDF.to_owned(),
            iterations: header.iterations,
            salt: STANDARD.encode(header.salt),
        },
        cipher: CIPHER.to_owned(),
        compression: COMPRESSION.to_owned(),
        check: block_text(&locked.check),
        data: block_text(&locked.data),
        crc32: format!("{:08x}", checksum(locked)),
    };
    // Plain strings and numbers always serialise.
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads what a chosen file (or pasted text) holds: the parts of a locked backup or transfer
/// (refused when damaged, newer, or asking too much work), or else text for the stored
/// document's reader (`persist::decode`), which refuses what is not a backup.
pub fn read(text: &str) -> Result<Opened, FileError> {
    let trimmed = text.trim();
    if trimmed.starts_with(TRANSFER_PREFIX) {
        return read_link(trimmed).map(Opened::Locked);
    }
    // Anything but a locked file is for the stored-document reader, which says precisely
    // what is wrong with it (cut short, not Candor's, a newer version…).
    let plain = || Ok(Opened::Plain(text.to_owned()));
    if !trimmed.contains(FORMAT) {
        return plain();
    }
    let Ok(value) = serde_json::from_str::<serde_json::Value>(trimmed) else {
        return plain();
    };
    match value.get("format") {
        Some(serde_json::Value::String(format)) if format == FORMAT => {}
        _ => return plain(),
    }
    let Some(object) = value.as_object() else {
        return plain();
    };
    match object.get("version").and_then(serde_json::Value::as_u64) {
        Some(found) if found > u64::from(VERSION) => return Err(FileError::NewerVersion { found }),
        Some(found) if found == u64::from(VERSION) => {}
        _ => return Err(FileError::Damaged),
    }
    let file: FileOut = serde_json::from_value(value).map_err(|_| FileError::Damaged)?;
    if file.kdf.name != KDF || file.cipher != CIPHER || file.compression != COMPRESSION {
        return Err(FileError::Damaged);
    }
    let salt = STANDARD
        .decode(&file.kdf.salt)
        .ok()
        .and_then(|salt| <[u8; SALT_LEN]>::try_from(salt).ok())
        .ok_or(FileError::Damaged)?;
    let device = match file.device {
        Some(device) => Some(Id::parse(&device).ok_or(FileError::Damaged)?),
        None => None,
    };
    let decode = |text: &str| STANDARD.decode(text).map_err(|_| FileError::Damaged);
    let locked = Locked {
        header: Header {
            purpose: file.purpose,
            made_at: DateTime::from_timestamp_millis(file.made_at).ok_or(FileError::Damaged)?,
            device,
            iterations: file.kdf.iterations,
            salt,
        },
        check: block_of(&decode(&file.check)?)?,
        data: block_of(&decode(&file.data)?)?,
    };
    // Written as eight lowercase hex digits; read exactly so.
    if file.crc32 != format!("{:08x}", checksum(&locked)) {
        return Err(FileError::Damaged);
    }
    check_blocks(&locked)?;
    Ok(Opened::Locked(locked))
}

/// Refuses a file asking for more (or less) key-derivation work than version 1 allows.
fn check_work(iterations: u64) -> Result<(), FileError> {
    if iterations > u64::from(MAX_ITERATIONS) {
        return Err(FileError::TooMuchWork { iterations });
    }
    if iterations < u64::from(ITERATIONS) {
        return Err(FileError::Damaged);
    }
    Ok(())
}

/// After the checksum (so that damage is called damage): the work asked for is within
/// version 1's bounds, and the validation block holds exactly `CHECK_TEXT`.
fn check_blocks(locked: &Locked) -> Result<(), FileError> {
    if locked.check.ciphertext.len() != CHECK_TEXT.len() + TAG_LEN {
        return Err(FileError::Damaged);
    }
    check_work(u64::from(locked.header.iterations))
}

/// The transfer link's text (without the `#`), or `None` when it would be longer than a
/// link may be (then the file is the way).
pub fn write_link(locked: &Locked) -> Option<String> {
    let header = &locked.header;
    let mut bytes = Vec::with_capacity(LINK_HEAD + locked.data.ciphertext.len() + CRC_LEN);
    bytes.extend_from_slice(&header.made_at.timestamp_millis().to_be_bytes());
    let device = header
        .device
        .as_ref()
        .and_then(|id| u64::from_str_radix(id.as_str(), 16).ok())
        .unwrap_or(0);
    bytes.extend_from_slice(&device.to_be_bytes());
    bytes.extend_from_slice(&header.iterations.to_be_bytes());
    bytes.extend_from_slice(&header.salt);
    for block in [&locked.check, &locked.data] {
        bytes.extend_from_slice(&block.nonce);
        bytes.extend_from_slice(&block.ciphertext);
    }
    bytes.extend_from_slice(&checksum(locked).to_be_bytes());
    let text = format!("{TRANSFER_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes));
    (text.len() <= MAX_ENCODED).then_some(text)
}

/// Reads a transfer link's text (without the `#`).
pub fn read_link(text: &str) -> Result<Locked, FileError> {
    if text.len() > MAX_ENCODED {
        return Err(FileError::TooLarge);
    }
    let payload = text
        .strip_prefix(TRANSFER_PREFIX)
        .ok_or(FileError::NotCandor)?;
    let bytes = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| FileError::Damaged)?;
    if bytes.len() < LINK_HEAD + TAG_LEN + CRC_LEN {
        return Err(FileError::Damaged);
    }
    let number = |at: usize| {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(&bytes[at..at + 8]);
        u64::from_be_bytes(eight)
    };
    let made_at = DateTime::from_timestamp_millis(number(0) as i64).ok_or(FileError::Damaged)?;
    let device = Id::from_random(number(8));
    let mut four = [0u8; 4];
    four.copy_from_slice(&bytes[16..20]);
    let iterations = u32::from_be_bytes(four);
    let mut at = 20;
    let mut take = |n: usize| {
        let piece = &bytes[at..at + n];
        at += n;
        piece
    };
    let salt: [u8; SALT_LEN] = take(SALT_LEN).try_into().map_err(|_| FileError::Damaged)?;
    let check = block_of(take(NONCE_LEN + CHECK_TEXT.len() + TAG_LEN))?;
    let rest = bytes.len() - LINK_HEAD - CRC_LEN;
    let data = block_of(take(NONCE_LEN + rest))?;
    let crc = take(CRC_LEN);
    let locked = Locked {
        header: Header {
            purpose: Purpose::Transfer,
            made_at,
            device: Some(device),
            iterations,
            salt,
        },
        check,
        data,
    };
    if crc != checksum(&locked).to_be_bytes() {
        return Err(FileError::Damaged);
    }
    check_blocks(&locked)?;
    Ok(locked)
}

/// The backup text, packed for encryption.
pub fn pack(backup: &str) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(backup.as_bytes(), 9)
}

/// The backup text from decrypted data, within `MAX_INFLATED`; anything else is damaged.
pub fn unpack(plain: &[u8]) -> Result<String, FileError> {
    let bytes =
        decompress_to_vec_with_limit(plain, MAX_INFLATED).map_err(|error| match error.status {
            TINFLStatus::HasMoreOutput => FileError::TooLarge,
            _ => FileError::Damaged,
        })?;
    String::from_utf8(bytes).map_err(|_| FileError::Damaged)
}
