//! Presentational pieces shared by the screens: props in, callbacks out.

pub mod action_card;
pub mod checklist;
pub mod choice;
pub mod contact_log;
pub mod date_time_field;
pub mod elsewhere_log;
pub mod nav;
pub mod promises;
pub mod share_link;
pub mod storage_banner;
pub mod text_field;
pub mod update_banner;
