//! The search bundle's entry point: the content pages plus the search tool (see the library).
fn main() {
    pathways_app::start(pathways_app::Tools::SEARCH);
}
