//! The hiring bundle's entry point: the content pages plus the role builder (see the library).
fn main() {
    pathways_app::start(pathways_app::Tools::HIRE);
}
