//! Entry point: mounts the app.

fn main() {
    #[cfg(target_arch = "wasm32")]
    candor::start();
}
