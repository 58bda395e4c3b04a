//! The browser entry point: mounts the app (see the library).
fn main() {
    pathways_app::start();
}
