//! The organization planner's entry point: the content pages plus the workforce planner (see
//! the library).
fn main() {
    pathways_app::start(pathways_app::Tools::ORG);
}
