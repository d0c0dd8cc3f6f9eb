//! One routed screen per file.

pub mod call_card;
pub mod composer;
pub mod data;
pub mod debrief;
pub mod not_found;
pub mod opportunities;
pub mod opportunity;
pub mod playbook;
pub mod round;
pub mod settings;
pub mod thank_you;
pub mod today;
