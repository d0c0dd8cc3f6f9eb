//! The native tests, as one test binary (each file a module): linking one binary instead of
//! one per file is most of what a warm run of the native tests saves. The browser tests are
//! `tests/browser_storage.rs`.

mod architecture;
mod backups;
mod coach_board;
mod common;
mod compose;
mod copies;
mod fuzz;
mod guidance;
mod ics;
mod import_graph;
mod locked_files;
mod mailto;
mod notes;
mod opportunities;
mod own_playbooks;
mod persistence;
mod playbook;
mod playbook_updates;
mod private_links;
mod progress;
mod recruiters;
mod routes;
mod sent_notes;
mod share_links;
mod snapshot_links;
mod space;
mod steps;
mod tabs;
mod taps;
mod time_text;
mod timing;
mod today;
mod transfers;
