//! One routed screen per file.

pub mod data;
pub mod not_found;
pub mod opportunities;
pub mod opportunity;
pub mod playbook;
pub mod today;
