//! The browser layer in a real browser (headless Chromium): storage (saving, loading, keeping
//! data it cannot read untouched, and reporting a full quota instead of failing silently),
//! and private links with WebCrypto (locking, opening, a wrong passphrase, a tampered link).
#![cfg(target_arch = "wasm32")]

use candor::domain::apply::update;

use candor::domain::model::Model;

use candor::domain::msg::Msg;
use candor::domain::opportunity::OpportunityId;
use candor::domain::persist::{self, LoadError, SCHEMA_VERSION, STORAGE_KEY};
use candor::storage::{self, Loaded, SaveError};
use chrono::{TimeZone, Utc};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// What the app makes of what is stored: the model, or why it cannot read it (the stored
/// text is found by `storage::load`, then read by the engine).
#[derive(Debug, PartialEq)]
enum Read {
    Empty,
    Model(Model),
    Unreadable { raw: String, error: LoadError },
    Unavailable,
}

fn load() -> Read {
    match storage::load() {
        Loaded::Empty => Read::Empty,
        Loaded::Stored(raw) => match persist::decode(&raw) {
            Ok(model) => Read::Model(model),
            Err(error) => Read::Unreadable { raw, error },
        },
        Loaded::Unavailable(_) => Read::Unavailable,
    }
}

fn save(model: &Model) -> Result<(), SaveError> {
    storage::write_text(&persist::encode(model))
}

fn sample_model() -> Model {
    let mut model = Model::default();
    let msg = Msg::AddOpportunity {
        id: OpportunityId::from_random(42),
        company: "Acme".into(),
        recruiter_name: "Dana Reyes".into(),
    };
    update(
        &mut model,
        msg,
        Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap(),
    )
    .unwrap();
    model
}

#[wasm_bindgen_test]
fn nothing_stored_is_a_first_visit() {
    local_storage().clear().unwrap();
    assert_eq!(load(), Read::Empty);
}

#[wasm_bindgen_test]
fn a_saved_model_loads_back() {
    local_storage().clear().unwrap();
    let model = sample_model();
    save(&model).unwrap();
    assert_eq!(load(), Read::Model(model));
    let raw = local_storage().get_item(STORAGE_KEY).unwrap().unwrap();
    assert!(
        raw.contains(&format!("\"schema\":{SCHEMA_VERSION}")),
        "{raw}"
    );
}

#[wasm_bindgen_test]
fn a_corrupt_value_is_reported_and_left_exactly_as_it_was() {
    local_storage().clear().unwrap();
    let corrupt = "{\"schema\":1,\"data\":{\"opportunities\":[{\"company\":\"Acme\"";
    local_storage().set_item(STORAGE_KEY, corrupt).unwrap();
    match load() {
        Read::Unreadable { raw, .. } => assert_eq!(raw, corrupt),
        other => panic!("expected Unreadable, got {other:?}"),
    }
    assert_eq!(
        local_storage().get_item(STORAGE_KEY).unwrap().as_deref(),
        Some(corrupt)
    );
}

#[wasm_bindgen_test]
fn data_from_a_newer_version_is_reported_and_kept() {
    local_storage().clear().unwrap();
    let newer = "{\"schema\":99,\"data\":{\"whatever\":true}}";
    local_storage().set_item(STORAGE_KEY, newer).unwrap();
    match load() {
        Read::Unreadable { raw, error } => {
            assert_eq!(raw, newer);
            assert!(error.to_string().contains("newer version"), "{error}");
        }
        other => panic!("expected Unreadable, got {other:?}"),
    }
    assert_eq!(
        local_storage().get_item(STORAGE_KEY).unwrap().as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_as_full_and_the_old_value_survives() {
    let storage = local_storage();
    storage.clear().unwrap();
    let before = sample_model();
    save(&before).unwrap();

    // Fill the origin's quota with filler until the browser refuses more.
    let chunk = "x".repeat(512 * 1024);
    let mut filler_keys = Vec::new();
    for n in 0..64 {
        let key = format!("filler-{n}");
        if storage.set_item(&key, &chunk).is_err() {
            break;
        }
        filler_keys.push(key);
    }
    let small = "y".repeat(1024);
    for n in 0..1024 {
        let key = format!("filler-small-{n}");
        if storage.set_item(&key, &small).is_err() {
            break;
        }
        filler_keys.push(key);
    }

    let mut bigger = before.clone();
    bigger.opportunities[0].notes = "z".repeat(64 * 1024);
    assert_eq!(save(&bigger), Err(SaveError::Full));
    assert_eq!(load(), Read::Model(before));

    for key in filler_keys {
        storage.remove_item(&key).unwrap();
    }
    save(&bigger).unwrap();
    assert_eq!(load(), Read::Model(bigger));
    storage.clear().unwrap();
}

mod private_links {
    use candor::crypto::{lock, unlock, UnlockError};
    use candor::domain::link::LinkError;
    use candor::domain::lock::{open_text, seal_text};
    use candor::domain::playbook::built_in;
    use candor::domain::share::{decode_playbook, encode_playbook};
    use wasm_bindgen_test::*;

    const PASSPHRASE: &str = "otter lantern violet";

    fn playbook_link() -> String {
        let mut playbook = built_in();
        playbook.id = "coach-kim-2026".into();
        playbook.version = 2;
        playbook.name = "Coach Kim's playbook".into();
        encode_playbook(&playbook)
    }

    #[wasm_bindgen_test]
    async fn a_locked_link_opens_with_its_passphrase_and_only_then() {
        let inner = playbook_link();
        let locked = lock(PASSPHRASE, &inner).await.unwrap();
        assert!(locked.starts_with("l1."));
        assert!(
            !locked.contains(&inner[3..20]),
            "the link's text is not readable"
        );
        // A random salt and nonce per link: the same link locked twice differs.
        let again = lock(PASSPHRASE, &inner).await.unwrap();
        assert_ne!(locked, again);
        let sealed = (open_text(&locked).unwrap(), open_text(&again).unwrap());
        assert_ne!(sealed.0.salt, sealed.1.salt);
        assert_ne!(sealed.0.nonce, sealed.1.nonce);

        let opened = unlock(PASSPHRASE, &locked).await.unwrap();
        assert_eq!(opened, inner);
        assert_eq!(
            decode_playbook(&opened).unwrap().name,
            "Coach Kim's playbook"
        );

        for wrong in ["otter lantern Violet", "", "otter lantern violet "] {
            assert_eq!(
                unlock(wrong, &locked).await,
                Err(UnlockError::WrongPassphrase),
                "{wrong:?}"
            );
        }
    }

    #[wasm_bindgen_test]
    async fn a_tampered_locked_link_is_refused() {
        let locked = lock(PASSPHRASE, &playbook_link()).await.unwrap();
        // One character changed anywhere: damaged, before any passphrase is tried.
        for at in [3, 10, locked.len() / 2, locked.len() - 1] {
            let mut bytes = locked.clone().into_bytes();
            bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
            let tampered = String::from_utf8(bytes).unwrap();
            assert_eq!(
                unlock(PASSPHRASE, &tampered).await,
                Err(UnlockError::Link(LinkError::Damaged)),
                "at {at}"
            );
        }
        // Altered bytes with a check made to match: AES-GCM's tag refuses them.
        let mut sealed = open_text(&locked).unwrap();
        sealed.ciphertext[0] ^= 1;
        assert_eq!(
            unlock(PASSPHRASE, &seal_text(&sealed)).await,
            Err(UnlockError::WrongPassphrase)
        );
        // Another link's salt: a different key.
        let mut sealed = open_text(&locked).unwrap();
        sealed.salt[0] ^= 1;
        assert_eq!(
            unlock(PASSPHRASE, &seal_text(&sealed)).await,
            Err(UnlockError::WrongPassphrase)
        );
    }

    #[wasm_bindgen_test]
    async fn the_limits_hold_on_both_sides_of_the_lock() {
        // Too long to lock: refused before any work.
        let huge = format!("s2.{}", "A".repeat(30_000));
        assert!(lock(PASSPHRASE, &huge).await.is_err());
        // Not a share link: nothing to lock.
        assert!(lock(PASSPHRASE, "hello").await.is_err());
        // A locked link holding a locked link is refused once opened.
        let inner = lock(PASSPHRASE, &playbook_link()).await.unwrap();
        assert!(lock(PASSPHRASE, &inner).await.is_err(), "no lock in a lock");
        // A locked snapshot whose content breaks the snapshot's limits opens, and is then
        // refused by the snapshot's own reader, as an unlocked one would be.
        let bad = candor::domain::snapshot::decode("s2.@@@");
        assert!(bad.is_err());
        let locked_bad = lock(PASSPHRASE, "s2.@@@").await.unwrap();
        let opened = unlock(PASSPHRASE, &locked_bad).await.unwrap();
        assert_eq!(candor::domain::snapshot::decode(&opened), bad);
    }
}

mod locked_backups {
    use candor::crypto::{lock_backup, open_locked};
    use candor::domain::export::backup_json;
    use candor::domain::id::Id;
    use candor::domain::locked_file::{
        read, read_link, write_file, write_link, FileError, Header, Opened, Purpose,
    };
    use candor::domain::model::Model;
    use candor::domain::persist::decode;
    use chrono::{TimeZone, Utc};
    use wasm_bindgen_test::*;

    const PASSPHRASE: &str = "heron compass tulip";

    fn backup() -> (Model, String) {
        let mut model = Model::default();
        candor::domain::apply::update(
            &mut model,
            candor::domain::msg::Msg::AddOpportunity {
                id: Id::from_random(7),
                company: "Acme Robotics".into(),
                recruiter_name: "Dana Reyes".into(),
            },
            Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap(),
        )
        .unwrap();
        let text = backup_json(
            &model,
            Utc.with_ymd_and_hms(2026, 3, 3, 9, 0, 0).unwrap(),
            "1",
        );
        (model, text)
    }

    fn header(purpose: Purpose, salt: u8) -> Header {
        let device = (purpose == Purpose::Transfer).then(|| Id::from_random(0xabc));
        Header::new(
            purpose,
            Utc.with_ymd_and_hms(2026, 3, 3, 9, 0, 0).unwrap(),
            device,
            [salt; 16],
        )
    }

    #[wasm_bindgen_test]
    async fn a_locked_backup_opens_with_its_passphrase_in_both_forms_and_only_then() {
        let (model, text) = backup();
        let locked = lock_backup(PASSPHRASE, &text, header(Purpose::Backup, 1))
            .await
            .unwrap();
        let file = write_file(&locked);
        assert!(!file.contains("Acme"), "the backup is not readable");
        let Ok(Opened::Locked(read_back)) = read(&file) else {
            panic!("not read as a locked file");
        };
        let opened = open_locked(PASSPHRASE, &read_back).await.unwrap();
        assert_eq!(opened, text);
        assert_eq!(decode(&opened), Ok(model.clone()));
        for wrong in ["heron compass Tulip", "", "heron compass tulip "] {
            assert_eq!(
                open_locked(wrong, &read_back).await,
                Err(FileError::WrongPassphrase),
                "{wrong:?}"
            );
        }
        // A transfer: the same as a link.
        let transfer = lock_backup(PASSPHRASE, &text, header(Purpose::Transfer, 2))
            .await
            .unwrap();
        let link = write_link(&transfer).expect("a small search fits a link");
        let from_link = read_link(&link).unwrap();
        assert_eq!(
            open_locked(PASSPHRASE, &from_link).await.as_deref(),
            Ok(text.as_str())
        );
        // Fresh nonces every time: the same text locked twice differs.
        let again = lock_backup(PASSPHRASE, &text, header(Purpose::Backup, 1))
            .await
            .unwrap();
        assert_ne!(again.check.nonce, locked.check.nonce);
        assert_ne!(again.data.nonce, again.check.nonce);
        assert_ne!(again.data.ciphertext, locked.data.ciphertext);
    }

    #[wasm_bindgen_test]
    async fn a_tampered_locked_backup_tells_damage_from_a_wrong_passphrase() {
        let (_, text) = backup();
        let locked = lock_backup(PASSPHRASE, &text, header(Purpose::Backup, 3))
            .await
            .unwrap();
        // The data changed (its checksum made to match): the check opens, the data does not.
        let mut data = locked.clone();
        data.data.ciphertext[0] ^= 1;
        let Ok(Opened::Locked(data)) = read(&write_file(&data)) else {
            panic!("a file with a matching checksum reads");
        };
        assert_eq!(
            open_locked(PASSPHRASE, &data).await,
            Err(FileError::Damaged)
        );
        // A header field changed: the associated data differs, nothing opens.
        let mut later = locked.clone();
        later.header.made_at += chrono::Duration::seconds(1);
        assert_eq!(
            open_locked(PASSPHRASE, &later).await,
            Err(FileError::WrongPassphrase)
        );
        // Without the checksum made to match, it is damaged before any passphrase.
        let file = write_file(&locked);
        let at = file.find("\"data\": \"").unwrap() + 20;
        let mut bytes = file.into_bytes();
        bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
        assert_eq!(
            read(&String::from_utf8(bytes).unwrap()),
            Err(FileError::Damaged)
        );
    }
}
