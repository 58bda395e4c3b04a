//! The candidate comparison's bundle: the content pages plus `/hire/compare/` (see the library).
fn main() {
    pathways_app::start(pathways_app::Tools::COMPARE);
}
