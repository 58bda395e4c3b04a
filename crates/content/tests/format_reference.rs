//! `content/README.md` is the format reference authors read; it is generated from the same
//! field declarations the checker uses and must not drift from them.

use std::path::Path;

#[test]
fn content_readme_is_the_generated_format_reference() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/README.md");
    let committed = std::fs::read_to_string(&path).expect("content/README.md exists");
    let generated = pathways_content::scaffold::format_reference();
    assert!(
        committed == generated,
        "content/README.md is out of date: run `cargo run -p pathways-cli -- docs > content/README.md`"
    );
}
