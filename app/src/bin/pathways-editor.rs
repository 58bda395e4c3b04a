//! The curriculum editor's entry point: the content pages plus the editor, which carries the
//! content checker (see the library).
fn main() {
    pathways_app::start(pathways_app::Tools::EDITOR);
}
