//! The search index: every page of the catalog, with its title, other names, summary and body
//! text weighted, written as shards (`data/search/<first two letters>.json`).

use pathways_core::search::{self, Doc, Index};

use crate::catalog::{Catalog, Entries, Visit};
use crate::kinds::Kind;
use crate::kinds::page::Page;

fn doc(key: String, title: String, kind: &str, summary: &str) -> Doc {
    let summary = if summary.chars().count() > 200 {
        format!(
            "{}…",
            summary.chars().take(199).collect::<String>().trim_end()
        )
    } else {
        summary.to_owned()
    };
    Doc {
        key,
        title,
        kind: kind.to_owned(),
        summary,
    }
}

/// The searched entries of every kind: the catalog's items first, then the free-standing
/// pages (the order numbers the documents).
#[derive(Default)]
struct Docs<'c> {
    items: Vec<(Doc, Vec<(&'c str, u16)>)>,
    pages: Vec<(Doc, Vec<(&'c str, u16)>)>,
}

impl<'c> Visit<'c> for Docs<'c> {
    fn kind<K: Kind>(&mut self, entries: &'c Entries<K>) {
        let into = if K::FOLDER == Page::FOLDER {
            &mut self.pages
        } else {
            &mut self.items
        };
        for e in entries {
            let (Some(found), Some(key)) = (K::search(e), K::route(&e.id)) else {
                continue;
            };
            into.push((
                doc(key.key(), found.title, found.kind, found.summary),
                found.fields,
            ));
        }
    }
}

/// The index of the whole catalog.
pub fn index(c: &Catalog) -> Index {
    let mut docs = Docs::default();
    c.visit(&mut docs);
    docs.items.append(&mut docs.pages);
    search::build(docs.items)
}

/// The index files: (site-relative path, JSON).
pub fn files(c: &Catalog) -> Result<Vec<(String, Vec<u8>)>, serde_json::Error> {
    let index = index(c);
    let mut out = vec![(search::meta_file(), serde_json::to_vec(&index.meta)?)];
    for (name, shard) in &index.shards {
        out.push((search::shard_file(name), serde_json::to_vec(shard)?));
    }
    for (n, d) in index.docs.iter().enumerate() {
        out.push((search::doc_file(n as u32), serde_json::to_vec(d)?));
    }
    Ok(out)
}
