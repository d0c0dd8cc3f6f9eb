//! One routed screen per file.

pub mod call_card;
pub mod composer;
pub mod data;
pub mod debrief;
pub mod import;
pub mod not_found;
pub mod opportunities;
pub mod opportunity;
pub mod playbook;
pub mod playbook_editor;
pub mod round;
pub mod settings;
pub mod share_opportunity;
pub mod share_playbook;
pub mod snapshot;
pub mod thank_you;
pub mod today;
