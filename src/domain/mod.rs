//! The app's plain-Rust core: the model, the messages that change it, routes and the stored
//! format. Nothing here touches the browser, so all of it runs under `cargo test`. Time and
//! ids are always passed in, never read from a global clock or random source.

pub mod model;
pub mod opportunity;
pub mod persist;
pub mod route;
pub mod time_text;
