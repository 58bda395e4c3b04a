//! The site bundle's entry point: mounts the app for the pre-rendered pages (see the library).
fn main() {
    pathways_app::start_site();
}
