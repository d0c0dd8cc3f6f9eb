//! Locking and opening private links with the browser's WebCrypto: a key from the passphrase
//! by PBKDF2-SHA-256 (`lock::ITERATIONS`), then AES-GCM 256 with a random salt and nonce per
//! link. The envelope and every rule around it are `domain::lock`'s.

use crate::domain::link::LinkError;
use crate::domain::lock::{
    associated_data, check_lockable, inner_link, open_text, seal_text, Sealed, ITERATIONS,
    NONCE_LEN, SALT_LEN,
};
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

/// The AES-GCM key for `passphrase` and `salt`.
async fn key_for(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
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
        ("iterations", ITERATIONS.into()),
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

fn gcm(nonce: &[u8]) -> Object {
    object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(nonce).into()),
        ("additionalData", Uint8Array::from(associated_data()).into()),
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
    let key = key_for(&subtle, passphrase, &salt).await?;
    let sealed =
        resolve(subtle.encrypt_with_object_and_u8_array(&gcm(&nonce), &key, inner.as_bytes()))
            .await
            .map_err(failed)?;
    Ok(seal_text(&Sealed {
        salt,
        nonce,
        ciphertext: Uint8Array::new(&sealed).to_vec(),
    }))
}

/// Opens a locked link's text (without the `#`) with `passphrase`: the inner link's text,
/// checked as a link (`lock::inner_link`) but not yet read.
pub async fn unlock(passphrase: &str, locked: &str) -> Result<String, UnlockError> {
    let sealed = open_text(locked).map_err(UnlockError::Link)?;
    let subtle = subtle().map_err(UnlockError::Unavailable)?;
    let key = key_for(&subtle, passphrase, &sealed.salt)
        .await
        .map_err(UnlockError::Unavailable)?;
    let plain = resolve(subtle.decrypt_with_object_and_u8_array(
        &gcm(&sealed.nonce),
        &key,
        &sealed.ciphertext,
    ))
    .await
    // AES-GCM's tag fails alike for a wrong key and altered bytes; the envelope's check has
    // already refused altered bytes, so this is the passphrase.
    .map_err(|_| UnlockError::WrongPassphrase)?;
    inner_link(Uint8Array::new(&plain).to_vec()).map_err(UnlockError::Link)
}
