//! The plan bundle's entry point: the content pages plus the plan tool (see the library).
fn main() {
    pathways_app::start(pathways_app::Tools::PLAN);
}
