//! Pieces shared by the screens, of two kinds. Plain fields take props and report through
//! callbacks: `text_field`, `date_time_field`, `choice`, `passphrase`, `share_link`,
//! `save_file`, `marked`. The others read the
//! app state (`runtime::state::use_app_state`) and send their own changes, so that every screen that
//! shows them behaves the same: `action_card`, `checklist`, `contact_log`, `elsewhere_log`,
//! `promises`, `nav`, the banners, and `on_demand` (a screen while its code arrives). None of them uses a screen (`tests/native/architecture.rs`).

pub mod action_card;
pub mod checklist;
pub mod choice;
pub mod contact_log;
pub mod date_time_field;

pub mod elsewhere_log;
pub mod import_flow;
pub mod in_safari;
pub mod marked;
pub mod nav;
pub mod on_demand;
pub mod open_link_or_file;
pub mod passphrase;
pub mod promises;
pub mod save_file;
pub mod share_link;
pub mod storage_banner;
pub mod text_field;
pub mod update_banner;
