//! The assess bundle's entry point: the content pages plus the assess tool (see the library).
fn main() {
    pathways_app::start(pathways_app::Tools::ASSESS);
}
