//! The tools bundle's entry point: mounts the assessment app (see the library).
fn main() {
    pathways_app::start_tools();
}
