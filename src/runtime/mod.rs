//! The app's runtime core, one way down: screens use `state` (the signals, `dispatch` and
//! the selectors), which stands on `saving` (when changes reach storage, reading what was
//! stored, other tabs), which stands on `crate::storage`. The engine's code (`engine`,
//! `tab_sync`) arrives in chunks (`chunks`), and reaches `saving` only as tables of
//! functions handed over at start, so nothing below names what it loads.

pub mod chunks;
pub mod engine;
pub mod files;
pub mod saving;
pub mod screens;
pub mod state;
pub mod tab_sync;
