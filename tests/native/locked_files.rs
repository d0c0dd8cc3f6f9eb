//! Locked backups and transfers, natively: the envelope comes back the same in both forms
//! (file and link), a plain backup is told apart from a locked one and from anything else,
//! any damage is refused before a passphrase is asked, a newer version says so, and no file
//! can ask for more work than version 1 allows. The encryption itself runs in the browser
//! tests (`tests/browser_storage.rs`), with WebCrypto.

use crate::common::{at, XorShift};
use candor::domain::id::Id;
use candor::domain::link::{link_kind, LinkKind, MAX_ENCODED, TRANSFER_PREFIX};
use candor::domain::lock::{ITERATIONS, TAG_LEN};
use candor::domain::locked_file::{
    pack, read, read_link, unpack, write_file, write_link, Block, FileError, Header, Locked,
    Opened, Purpose, CHECK_TEXT, MAX_ITERATIONS,
};

fn locked(purpose: Purpose, data_len: usize) -> Locked {
    let mut random = XorShift(11);
    let mut bytes = |n: usize| (0..n).map(|_| random.next() as u8).collect::<Vec<u8>>();
    let salt: [u8; 16] = bytes(16).try_into().unwrap();
    let device = (purpose == Purpose::Transfer).then(|| Id::from_random(0x0123_4567_89ab_cdef));
    Locked {
        header: Header::new(purpose, at(30), device, salt),
        check: Block {
            nonce: bytes(12).try_into().unwrap(),
            ciphertext: bytes(CHECK_TEXT.len() + TAG_LEN),
        },
        data: Block {
            nonce: bytes(12).try_into().unwrap(),
            ciphertext: bytes(data_len),
        },
    }
}

#[test]
fn a_locked_file_comes_back_the_same_and_names_what_it_is() {
    for purpose in [Purpose::Backup, Purpose::Transfer] {
        let original = locked(purpose, 500);
        let text = write_file(&original);
        let header: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(header["format"], "candor-locked");
        assert_eq!(header["version"], 1);
        assert_eq!(header["kdf"]["name"], "PBKDF2-SHA-256");
        assert_eq!(header["kdf"]["iterations"], ITERATIONS);
        assert_eq!(header["cipher"], "AES-256-GCM");
        assert_eq!(read(&text), Ok(Opened::Locked(original.clone())));
        // Nothing of the data shows in the header.
        assert!(!text.contains("opportunities"));
    }
}

#[test]
fn a_transfer_link_comes_back_the_same_while_it_fits_a_link() {
    let original = locked(Purpose::Transfer, 2_000);
    let link = write_link(&original).expect("a small transfer fits a link");
    assert!(link.starts_with(TRANSFER_PREFIX));
    assert_eq!(link_kind(&link), Some(LinkKind::Transfer));
    assert_eq!(read_link(&link), Ok(original.clone()));
    // Pasted as it is, the reader of files takes it too.
    assert_eq!(read(&format!("  {link}\n")), Ok(Opened::Locked(original)));
    // Too large for a link: the file is the way.
    assert_eq!(write_link(&locked(Purpose::Transfer, MAX_ENCODED)), None);
}

#[test]
fn anything_but_a_locked_file_is_left_to_the_stored_document_reader() {
    for text in [
        include_str!("../fixtures/schema-6.json"),
        "",
        "hello",
        "{\"schema\":6,\"data\":{",
        "{\"format\":\"zip\",\"version\":1}",
    ] {
        assert_eq!(read(text), Ok(Opened::Plain(text.to_owned())), "{text:?}");
    }
    // That reader refuses what is not a backup, with its reason.
    assert!(candor::domain::persist::decode("hello").is_err());
    // A transfer's text that is not one is not Candor's.
    assert_eq!(read_link("p1.abc"), Err(FileError::NotCandor));
}

#[test]
fn any_one_character_changed_is_refused_before_a_passphrase_is_asked() {
    let text = write_file(&locked(Purpose::Backup, 64));
    let mut refused = 0;
    for (at, c) in text.char_indices() {
        for replacement in ['A', '0', '"'] {
            if c == replacement {
                continue;
            }
            let mut changed = text.clone();
            changed.replace_range(at..at + c.len_utf8(), &replacement.to_string());
            // A change in spacing or in a name's case may still be JSON of another shape:
            // anything but a locked file that opens is fine; a locked file must not open.
            match read(&changed) {
                Ok(Opened::Locked(_)) => {
                    // Only a change the format allows (white space outside strings).
                    assert!(
                        c.is_whitespace(),
                        "{c:?} at {at} changed to {replacement:?} still opened"
                    );
                }
                // No longer a locked file: the stored-document reader refuses it.
                Ok(Opened::Plain(text)) => {
                    assert!(candor::domain::persist::decode(&text).is_err());
                    refused += 1;
                }
                Err(_) => refused += 1,
            }
        }
    }
    assert!(refused > 1_000, "only {refused} refusals");
    let link = write_link(&locked(Purpose::Transfer, 64)).unwrap();
    for at in TRANSFER_PREFIX.len()..link.len() {
        let mut changed = link.clone().into_bytes();
        changed[at] = if changed[at] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8(changed).unwrap();
        assert_eq!(read_link(&changed), Err(FileError::Damaged), "at {at}");
    }
    for cut in [1, 10, 40, link.len() - TRANSFER_PREFIX.len() - 1] {
        assert_eq!(
            read_link(&link[..link.len() - cut]),
            Err(FileError::Damaged)
        );
    }
}

#[test]
fn a_newer_version_says_so_and_a_file_cannot_ask_for_more_work() {
    let text = write_file(&locked(Purpose::Backup, 64));
    let newer = text.replace("\"version\": 1", "\"version\": 2");
    assert_eq!(read(&newer), Err(FileError::NewerVersion { found: 2 }));
    assert!(FileError::NewerVersion { found: 2 }
        .to_string()
        .contains("newer version of Candor"));
    // A file written to ask for more (its checksum right) is refused before any work.
    let mut greedy = locked(Purpose::Backup, 64);
    greedy.header.iterations = 4_000_000_000;
    assert_eq!(
        read(&write_file(&greedy)),
        Err(FileError::TooMuchWork {
            iterations: 4_000_000_000
        })
    );
    // Within the bound but not what was written: the checksum refuses the change.
    let raised = text.replace(
        &format!("\"iterations\": {ITERATIONS}"),
        &format!("\"iterations\": {MAX_ITERATIONS}"),
    );
    assert_eq!(read(&raised), Err(FileError::Damaged));
    let weak = text.replace(
        &format!("\"iterations\": {ITERATIONS}"),
        "\"iterations\": 1000",
    );
    assert_eq!(read(&weak), Err(FileError::Damaged));
    // The same in a link: the iterations are bytes 16..20.
    let mut greedy_link = locked(Purpose::Transfer, 64);
    greedy_link.header.iterations = MAX_ITERATIONS + 1;
    let link = write_link(&greedy_link).unwrap();
    assert_eq!(
        read_link(&link),
        Err(FileError::TooMuchWork {
            iterations: u64::from(MAX_ITERATIONS) + 1
        })
    );
}

#[test]
fn the_header_is_bound_to_the_encryption() {
    let backup = locked(Purpose::Backup, 64);
    let mut transfer = backup.clone();
    transfer.header.purpose = Purpose::Transfer;
    assert_ne!(
        backup.header.associated_data(),
        transfer.header.associated_data()
    );
    let mut later = backup.clone();
    later.header.made_at = at(31);
    assert_ne!(
        backup.header.associated_data(),
        later.header.associated_data()
    );
}

#[test]
fn the_backup_text_packs_and_unpacks_within_its_limit() {
    let text = include_str!("../fixtures/schema-6.json");
    let packed = pack(text);
    assert!(
        packed.len() < text.len() / 2,
        "{} of {}",
        packed.len(),
        text.len()
    );
    assert_eq!(unpack(&packed).as_deref(), Ok(text));
    assert_eq!(unpack(b"\xff\xfe not deflate"), Err(FileError::Damaged));
    // A bomb: 20 MB of zeros packs small and is refused while inflating.
    let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b'0'; 20 * 1024 * 1024], 9);
    assert_eq!(unpack(&bomb), Err(FileError::TooLarge));
}

#[test]
fn every_refusal_is_a_sentence() {
    for error in [
        FileError::NotCandor,
        FileError::NewerVersion { found: 3 },
        FileError::Damaged,
        FileError::TooMuchWork { iterations: 9 },
        FileError::TooLarge,
        FileError::WrongPassphrase,
        FileError::Unavailable("it needs a secure (https) page".into()),
    ] {
        let text = error.to_string();
        assert!(text.ends_with('.'), "{text}");
        assert!(text.len() > 30, "{text}");
    }
}
