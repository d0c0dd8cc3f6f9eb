//! The app's plain-Rust core: the model, the messages that change it, the playbook and its
//! timing rules, routes and the stored format. Nothing here touches the browser, so all of it
//! runs under `cargo test`. Time, the time zone and ids are always passed in, never read from
//! a global clock or random source.

pub mod apply;
pub mod board;
pub mod board_card;
pub mod compose;
pub mod contact;
pub mod content_line;
pub mod copies;
pub mod due;
pub mod elsewhere;
pub mod export;
pub mod fold;
pub mod ics;
pub mod id;
pub mod link;
pub mod lock;
pub mod locked_file;
pub mod mailto;
pub mod model;
pub mod msg;
pub mod note;
pub mod opportunity;
pub mod persist;
pub mod pitch;
pub mod playbook;
pub mod playbook_update;
pub mod progress;
pub mod promise;
pub mod qr;
pub mod recruiters;
pub mod round;
pub mod route;
pub mod search;
pub mod share;
pub mod snapshot;
pub mod space;
pub mod steps;
pub mod sync;
pub mod taps;
pub mod time_text;
pub mod today;
pub mod transfer;
pub mod vcard;
pub mod zone;
