//! The kinds of content, one module each: their front matter fields (for validation, scaffolds
//! and docs) and their typed form.

pub mod page;

use serde::de::DeserializeOwned;

use crate::schema::Field;

/// A kind of Markdown content file, stored one file per item in its own folder.
pub trait Kind: DeserializeOwned {
    /// The folder under `content/` that holds this kind.
    const FOLDER: &'static str;
    /// The noun authors use, as in "this role has no `title`".
    const NOUN: &'static str;
    /// The front matter fields.
    const FIELDS: &'static [Field];
    /// Whether the Markdown body must say something.
    const BODY_REQUIRED: bool;
}
