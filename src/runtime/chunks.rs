//! Code that arrives when it is needed. The first visit downloads only the shell (header,
//! navigation, banners, router and the empty Today); each group of screens, and the engine
//! that reads, changes and writes the stored document, is a separate wasm chunk fetched the
//! first time it is used.
//!
//! The release build turns on the `split` feature, and `scripts/build-release.mjs` cuts the
//! module at the points `on_demand!` marks. Without the feature (`trunk serve`, the browser
//! tests) the same functions run at once, so every build behaves the same way.
//!
//! This file names no chunk's code: whoever declares a split point hands the loader over to
//! the code that needs it (`saving::Engine`, `screens::ScreenGroup`).

use std::future::Future;
use std::pin::Pin;

/// A chunk could not be fetched: the device is offline and has not kept it yet, or a new
/// version of the app was deployed and the old chunk is gone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkError;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// A load of a chunk that hands back a `T` once it is here.
pub type Load<T> = fn() -> Pin<Box<dyn Future<Output = Result<T, ChunkError>>>>;

/// Declares `async fn NAME() -> Result<T, ChunkError>` whose body (and everything only it
/// reaches) goes into the wasm chunk `CHUNK` in the release build. Functions naming the same
/// chunk share it.
macro_rules! on_demand {
    ($(#[$meta:meta])* $vis:vis fn $name:ident() -> $ret:ty, in $chunk:ident, $body:block) => {
        $(#[$meta])*
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        $vis fn $name() -> Result<$ret, $crate::runtime::chunks::ChunkError> {
            Ok($body)
        }
        $(#[$meta])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name() -> Result<$ret, $crate::runtime::chunks::ChunkError> {
            Ok($body)
        }
    };
}
pub(crate) use on_demand;
