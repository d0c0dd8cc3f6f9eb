//! Groups of screens that arrive on demand: each is one chunk of the release build, fetched
//! after the engine (every screen reads the stored document), and drawn at once from then on.

use super::chunks::{ChunkError, Load};
use super::state::AppState;
use crate::domain::route::Route;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;

/// Draws the screens of one group for a route.
pub type Screen = fn(Route) -> AnyView;

/// A group of screens that arrives in its own chunk.
#[derive(Clone, Copy)]
pub struct ScreenGroup {
    /// A name to remember the loaded group by.
    pub name: &'static str,
    /// Fetches the chunk and hands back the group's drawing function.
    pub load: Load<Screen>,
    /// Whether its screens change anything: then the engine's writer comes first; else it
    /// follows in the background.
    pub writes: bool,
}

thread_local! {
    /// The groups loaded so far: drawn at once from then on, with no loading state.
    static LOADED: RefCell<HashMap<&'static str, Screen>> = RefCell::new(HashMap::new());
}

/// How long after a screen that only reads is drawn the writer is fetched.
const WRITER_AFTER: std::time::Duration = std::time::Duration::from_secs(2);

impl ScreenGroup {
    /// The group's drawing function, if it has arrived.
    pub fn loaded(self) -> Option<Screen> {
        LOADED.with(|loaded| loaded.borrow().get(self.name).copied())
    }

    /// Loads the group, after the engine: every screen reads the stored document.
    pub async fn fetch(self, state: AppState) -> Result<Screen, ChunkError> {
        // Asking for the chunks is a task of its own, apart from the one that drew the shell.
        crate::browser::next_task().await;
        if self.writes {
            state.writable().await?;
        } else {
            state.ready().await?;
        }
        let screen = (self.load)().await?;
        if !self.writes {
            // A little after the screen is drawn, so that it never competes with what the
            // screen needs; if it cannot come then, a tap asks again (`AppState::apply`).
            set_timeout(
                move || {
                    leptos::task::spawn_local(async move {
                        let _ = state.writable().await;
                    })
                },
                WRITER_AFTER,
            );
        }
        LOADED.with(|loaded| loaded.borrow_mut().insert(self.name, screen));
        Ok(screen)
    }
}
