//! Presentational pieces shared by the screens: props in, callbacks out.

pub mod nav;
pub mod storage_banner;
pub mod text_field;
