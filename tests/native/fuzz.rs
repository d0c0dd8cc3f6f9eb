//! A mutation fuzz of every reader of untrusted text: the stored document, backup files
//! (plain and locked), transfers, every kind of link and address, and contact cards. Inputs are made from real documents (every
//! stored fixture and a backup) by flipping bits, inserting, deleting, repeating and
//! splicing bytes, and by putting multi-byte characters at every position; each is read as
//! the browser would hand it over (UTF-8, damaged bytes replaced), with panics caught. A
//! reader may refuse anything, but never panic.
//!
//! The test command runs `FUZZ_INPUTS_IN_TESTS` inputs; `CANDOR_FUZZ_INPUTS=1000000 cargo
//! test --release --test native fuzz -- --nocapture` runs a million (see docs/formats.md).

use crate::common::{at, XorShift};
use candor::domain::link::link_kind;
use candor::domain::lock::open_text;
use candor::domain::locked_file::{self, Block, Header, Locked, Purpose, CHECK_TEXT};
use candor::domain::persist::decode_with_base;
use candor::domain::share::{decode_playbook, encode_playbook};
use candor::domain::snapshot::{decode, encode, take, SnapshotOptions};
use candor::domain::sync::exported_at;
use candor::domain::transfer::{received_in, transfer_json, Received};
use candor::domain::vcard;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::panic;
use std::path::Path;
use std::sync::Once;

/// How many random mutations the test command reads (about ten seconds in a debug build,
/// with every sixteenth position of the awkward-character pass).
const FUZZ_INPUTS_IN_TESTS: usize = 15_000;

/// From this many random mutations on, the awkward characters go at every position.
const EVERY_POSITION_FROM: usize = 100_000;

/// Characters of two, three and four bytes, and some the readers treat specially.
const AWKWARD: [&str; 12] = [
    "é", "€", "😀", "\u{FFFD}", "\u{2028}", "\u{0}", "\"", "\\", "\\u", "\\ud83d", "{", "]",
];

/// Whole values a splice may drop in.
const TOKENS: [&str; 14] = [
    "null",
    "true",
    "-",
    "0",
    "-0",
    "1e999",
    "18446744073709551616",
    "-9223372036854775809",
    "[]",
    "{}",
    "\"\"",
    ",",
    ":",
    "99999999999999999999999999999999999999999",
];

/// The real documents the inputs are made from.
fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seeds: Vec<String> = (1..=10)
        .map(|version| std::fs::read_to_string(dir.join(format!("schema-{version}.json"))).unwrap())
        .collect();
    let model = candor::domain::persist::decode(&seeds[9]).unwrap();
    seeds.push(candor::domain::export::backup_json(&model, at(0), "1.0.0"));
    let opportunity = &model.opportunities[0];
    let options = SnapshotOptions {
        contact_details: true,
        free_notes: true,
        reach: true,
    };
    let mut snapshot = take(opportunity, model.playbook_of(opportunity), options, at(0));
    snapshot.reach = Some(model.pitch.contact.clone());
    seeds.push(encode(&snapshot));
    seeds.push(encode_playbook(&model.playbooks[0]));
    let mut transfer_doc = transfer_json(&model, at(0), "1.0.0", &Received::default());
    seeds.push(transfer_doc.clone());
    transfer_doc.truncate(2_000);
    let locked = Locked {
        header: Header::new(
            Purpose::Transfer,
            at(0),
            Some(model.opportunities[0].id.clone()),
            [7; 16],
        ),
        check: Block {
            nonce: [1; 12],
            ciphertext: vec![2; CHECK_TEXT.len() + 16],
        },
        data: Block {
            nonce: [3; 12],
            ciphertext: locked_file::pack(&transfer_doc),
        },
    };
    seeds.push(locked_file::write_file(&locked));
    seeds.extend(locked_file::write_link(&locked));
    let card = candor::domain::recruiters::entry_of(&model, &opportunity.id)
        .map(|entry| entry.card(&model))
        .unwrap();
    seeds.push(vcard::write(&card));
    seeds
}

/// Every reader, on one input.
fn read_everything(text: &str) {
    let _ = decode_with_base(text);
    let _ = exported_at(text);
    let _ = link_kind(text);
    let _ = open_text(text);
    let _ = decode(text);
    let _ = decode_playbook(text);
    let _ = locked_file::read(text);
    let _ = locked_file::read_link(text);
    let _ = locked_file::unpack(text.as_bytes());
    let _ = received_in(text);
    let _ = Received::read(Some(text));
    let _ = vcard::read(text);
    let _ = candor::domain::route::Route::parse(text);
}

/// One mutation of `bytes`, with another seed to splice from.
fn mutate(bytes: &mut Vec<u8>, other: &[u8], random: &mut XorShift) {
    let len = bytes.len().max(1);
    let at = (random.next() as usize) % len;
    match random.next() % 8 {
        0 => {
            if let Some(byte) = bytes.get_mut(at) {
                *byte ^= 1 << (random.next() % 8);
            }
        }
        1 => bytes.insert(at.min(bytes.len()), random.next() as u8),
        2 => {
            let end = (at + 1 + (random.next() as usize) % 64).min(bytes.len());
            bytes.drain(at.min(end)..end);
        }
        3 => {
            let end = (at + 1 + (random.next() as usize) % 64).min(bytes.len());
            let piece = bytes[at.min(end)..end].to_vec();
            let times = 1 + (random.next() as usize) % 4;
            for _ in 0..times {
                let place = at.min(bytes.len());
                bytes.splice(place..place, piece.iter().copied());
            }
        }
        4 => {
            if !other.is_empty() {
                let from = (random.next() as usize) % other.len();
                let end = (from + 1 + (random.next() as usize) % 256).min(other.len());
                let cut = (at + (random.next() as usize) % 64).min(bytes.len());
                bytes.splice(at.min(cut)..cut, other[from..end].iter().copied());
            }
        }
        5 => {
            let awkward = AWKWARD[(random.next() as usize) % AWKWARD.len()];
            let place = at.min(bytes.len());
            bytes.splice(place..place, awkward.bytes());
        }
        6 => {
            let token = TOKENS[(random.next() as usize) % TOKENS.len()];
            let end = (at + (random.next() as usize) % 16).min(bytes.len());
            bytes.splice(at.min(end)..end, token.bytes());
        }
        _ => bytes.truncate(at),
    }
}

thread_local! {
    /// Whether this thread is fuzzing: then a panic is counted, not printed.
    static QUIET: Cell<bool> = const { Cell::new(false) };
    /// Where the last panic on this thread happened.
    static WHERE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

static HOOK: Once = Once::new();

/// Runs `read` on `text`, and says where it panicked, if it did.
fn panics(text: &str) -> Option<String> {
    HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) {
                let at = info
                    .location()
                    .map(|l| format!("{}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                WHERE.with(|w| *w.borrow_mut() = at);
            } else {
                default(info);
            }
        }));
    });
    QUIET.with(|quiet| quiet.set(true));
    let outcome = panic::catch_unwind(|| read_everything(text));
    QUIET.with(|quiet| quiet.set(false));
    outcome.err().map(|payload| {
        let message = payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_else(|| "a panic".to_owned());
        // Grouped by where and what, without the numbers that differ from input to input.
        let what: String = message
            .split(|c: char| c.is_ascii_digit() || c == '`')
            .next()
            .unwrap_or("")
            .chars()
            .take(60)
            .collect();
        format!("{} ({what}…)", WHERE.with(|w| w.borrow().clone()))
    })
}

/// Fuzzes with `count` random mutations plus awkward characters at every position of every
/// seed (every sixteenth in a short run); answers how many inputs were read and the panics by message, with one input
/// that caused each.
pub fn fuzz(count: usize, seed: u64) -> (usize, BTreeMap<String, String>) {
    let seeds = seeds();
    let mut found = BTreeMap::new();
    let mut read = 0;
    let mut check = |text: &str, found: &mut BTreeMap<String, String>| {
        read += 1;
        if let Some(message) = panics(text) {
            found.entry(message).or_insert_with(|| text.to_owned());
        }
    };
    for seed_text in &seeds {
        let stride = if count >= EVERY_POSITION_FROM { 1 } else { 16 };
        let boundaries: Vec<usize> = seed_text
            .char_indices()
            .map(|(i, _)| i)
            .chain([seed_text.len()])
            .step_by(stride)
            .collect();
        for awkward in ["é", "😀", "\u{FFFD}"] {
            for &at in &boundaries {
                let mut text = seed_text.clone();
                text.insert_str(at, awkward);
                check(&text, &mut found);
            }
        }
    }
    let mut random = XorShift(seed);
    for n in 0..count {
        let base = &seeds[n % seeds.len()];
        let other = &seeds[(random.next() as usize) % seeds.len()];
        let mut bytes = base.as_bytes().to_vec();
        for _ in 0..1 + (random.next() % 4) {
            mutate(&mut bytes, other.as_bytes(), &mut random);
        }
        let text = String::from_utf8_lossy(&bytes);
        check(&text, &mut found);
    }
    (read, found)
}

#[test]
fn no_reader_panics_on_mutated_documents_backups_and_links() {
    let count = std::env::var("CANDOR_FUZZ_INPUTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(FUZZ_INPUTS_IN_TESTS);
    let started = std::time::Instant::now();
    let (read, found) = fuzz(count, 0x5eed_cafe);
    println!(
        "fuzz: {read} inputs read in {:.1} s, {} kinds of panic",
        started.elapsed().as_secs_f64(),
        found.len()
    );
    let report: Vec<String> = found
        .iter()
        .map(|(message, input)| {
            let shown: String = input.chars().take(300).collect();
            format!("{message}\n  from: {shown:?}")
        })
        .collect();
    assert!(found.is_empty(), "readers panicked:\n{}", report.join("\n"));
    assert!(read >= count, "only {read} inputs were read");
}
