//! The site bundle's entry point: the pre-rendered content pages, no tool (see the library).
fn main() {
    pathways_app::start(pathways_app::Tools::NONE);
}
