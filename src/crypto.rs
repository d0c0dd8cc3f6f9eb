//! Locking and opening with the browser's WebCrypto: a key from the passphrase by
//! PBKDF2-SHA-256 (`lock::ITERATIONS`), then AES-GCM 256 with a random salt and nonces. Private
//! links (`domain::lock`) and locked backups and transfers (`domain::locked_file`) use the
//! same primitives; the envelopes and every rule around them are the domain's.

use crate::domain::link::LinkError;
use crate::domain::lock::{
    associated_data, check_lockable, inner_link, open_text, seal_text, Sealed, ITERATIONS,
    NONCE_LEN, SALT_LEN,
};
use crate::domain::locked_file::{pack, unpack, Block, FileError, Header, Locked, CHECK_TEXT};
use js_sys::{Array, Object, Reflect, Uint8Array};
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

/// Why a link could not be opened with a passphrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnlockError {
    /// The link itself is refused (damaged, too long, another version).
    Link(LinkError),
    /// The passphrase does not open it.
    WrongPassphrase,
    /// This browser cannot decrypt here (no WebCrypto, or not a secure page).
    Unavailable(String),
}

impl fmt::Display for UnlockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnlockError::Link(error) => error.fmt(f),
            UnlockError::WrongPassphrase => f.write_str(
                "That passphrase does not open this link. Check it (capitals, spaces and \
                 punctuation count) and try again.",
            ),
            UnlockError::Unavailable(why) => {
                write!(f, "This browser cannot open locked links here: {why}.")
            }
        }
    }
}

fn subtle() -> Result<SubtleCrypto, String> {
    let crypto = web_sys::window()
        .ok_or("there is no window")?
        .crypto()
        .map_err(|_| "it has no cryptography")?;
    let subtle = Reflect::get(&crypto, &JsValue::from_str("subtle")).unwrap_or(JsValue::UNDEFINED);
    subtle
        .dyn_into::<SubtleCrypto>()
        .map_err(|_| "it needs a secure (https) page".to_owned())
}

fn object(entries: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in entries {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object
}

fn failed(error: JsValue) -> String {
    error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.message())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the browser refused".to_owned())
}

async fn resolve(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// The AES-GCM key for `passphrase`, `salt` and `iterations` of PBKDF2.
async fn key_for(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, String> {
    let usages = Array::of1(&JsValue::from_str("deriveKey"));
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base = resolve(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages))
        .await
        .map_err(failed)?;
    let algorithm = object(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", iterations.into()),
    ]);
    let derived = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let usages = Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
    let key = resolve(subtle.derive_key_with_object_and_object(
        &algorithm,
        base.unchecked_ref(),
        &derived,
        false,
        &usages,
    ))
    .await
    .map_err(failed)?;
    Ok(key.unchecked_into())
}

/// The AES-GCM parameters of one block, with its associated data.
fn gcm(nonce: &[u8], associated: &[u8]) -> Object {
    object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(nonce).into()),
        ("additionalData", Uint8Array::from(associated).into()),
        ("tagLength", 128.into()),
    ])
}

/// Locks a playbook or snapshot link's text (without the `#`) with `passphrase`.
pub async fn lock(passphrase: &str, inner: &str) -> Result<String, String> {
    check_lockable(inner).map_err(|error| error.to_string())?;
    let subtle = subtle()?;
    let mut salt = [0u8; SALT_LEN];
    let mut nonce = [0u8; NONCE_LEN];
    crate::browser::random_bytes(&mut salt)?;
    crate::browser::random_bytes(&mut nonce)?;
    let key = key_for(&subtle, passphrase, &salt, ITERATIONS).await?;
    let ciphertext = encrypt(&subtle, &key, &nonce, associated_data(), inner.as_bytes()).await?;
    Ok(seal_text(&Sealed {
        salt,
        nonce,
        ciphertext,
    }))
}

/// Opens a locked link's text (without the `#`) with `passphrase`: the inner link's text,
/// checked as a link (`lock::inner_link`) but not yet read.
pub async fn unlock(passphrase: &str, locked: &str) -> Result<String, UnlockError> {
    let sealed = open_text(locked).map_err(UnlockError::Link)?;
    let subtle = subtle().map_err(UnlockError::Unavailable)?;
    let key = key_for(&subtle, passphrase, &sealed.salt, ITERATIONS)
        .await
        .map_err(UnlockError::Unavailable)?;
    let block = Block {
        nonce: sealed.nonce,
        ciphertext: sealed.ciphertext,
    };
    // AES-GCM's tag fails alike for a wrong key and altered bytes; the envelope's check has
    // already refused altered bytes, so this is the passphrase.
    let plain = decrypt(&subtle, &key, &block, associated_data())
        .await
        .ok_or(UnlockError::WrongPassphrase)?;
    inner_link(plain).map_err(UnlockError::Link)
}

async fn encrypt(
    subtle: &SubtleCrypto,
    key: &CryptoKey,
    nonce: &[u8],
    associated: &[u8],
    plain: &[u8],
) -> Result<Vec<u8>, String> {
    let sealed =
        resolve(subtle.encrypt_with_object_and_u8_array(&gcm(nonce, associated), key, plain))
            .await
            .map_err(failed)?;
    Ok(Uint8Array::new(&sealed).to_vec())
}

async fn decrypt(
    subtle: &SubtleCrypto,
    key: &CryptoKey,
    block: &Block,
    associated: &[u8],
) -> Option<Vec<u8>> {
    let plain = resolve(subtle.decrypt_with_object_and_u8_array(
        &gcm(&block.nonce, associated),
        key,
        &block.ciphertext,
    ))
    .await
    .ok()?;
    Some(Uint8Array::new(&plain).to_vec())
}

/// Locks a backup's text (`export::backup_json`, or a transfer's document) with
/// `passphrase`: a fresh salt and two fresh nonces, the validation block and the data.
pub async fn lock_backup(passphrase: &str, text: &str, header: Header) -> Result<Locked, String> {
    let subtle = subtle()?;
    let mut nonces = [[0u8; NONCE_LEN]; 2];
    for nonce in &mut nonces {
        crate::browser::random_bytes(nonce)?;
    }
    let key = key_for(&subtle, passphrase, &header.salt, header.iterations).await?;
    let associated = header.associated_data();
    let check = encrypt(&subtle, &key, &nonces[0], &associated, CHECK_TEXT).await?;
    let data = encrypt(&subtle, &key, &nonces[1], &associated, &pack(text)).await?;
    Ok(Locked {
        header,
        check: Block {
            nonce: nonces[0],
            ciphertext: check,
        },
        data: Block {
            nonce: nonces[1],
            ciphertext: data,
        },
    })
}

/// Opens a locked backup or transfer with `passphrase`: its backup text, not yet read.
/// The validation block tells a wrong passphrase (asked again) from damaged data.
pub async fn open_locked(passphrase: &str, locked: &Locked) -> Result<String, FileError> {
    let subtle = subtle().map_err(FileError::Unavailable)?;
    let header = &locked.header;
    let key = key_for(&subtle, passphrase, &header.salt, header.iterations)
        .await
        .map_err(FileError::Unavailable)?;
    let associated = header.associated_data();
    match decrypt(&subtle, &key, &locked.check, &associated).await {
        Some(check) if check == CHECK_TEXT => {}
        Some(_) => return Err(FileError::Damaged),
        None => return Err(FileError::WrongPassphrase),
    }
    let plain = decrypt(&subtle, &key, &locked.data, &associated)
        .await
        .ok_or(FileError::Damaged)?;
    unpack(&plain)
}
