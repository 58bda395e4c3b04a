//! A plan link (`#o=1.…`): the organization's input in the share-link format
//! ([`crate::share`]): compressed, versioned, size-limited, in the URL fragment so it never
//! reaches a server. The plan is made again from the input when the link is opened.

use super::OrgInput;
use crate::share::{ShareError, pack, unpack};

/// The fragment key of an organization plan link.
pub const KEY: &str = "o";

/// Writes a plan link's fragment (without `#`).
pub fn encode(input: &OrgInput) -> String {
    pack(KEY, input)
}

/// Reads a plan link, from its fragment or the whole URL. The shape and ranges are checked
/// here; [`OrgInput::check`] then compares it with the catalog.
pub fn decode(link: &str) -> Result<OrgInput, ShareError> {
    let fragment = link.split_once('#').map_or(link, |(_, f)| f);
    let input: OrgInput = unpack(KEY, fragment)?;
    if input.name.chars().count() > super::MAX_NAME * 4
        || input.practices.len() > 100
        || input.sub_practices.len() > 1_000
        || input.goals.len() > 100
    {
        return Err(ShareError::Invalid(
            "the link holds more than a plan can".into(),
        ));
    }
    Ok(input)
}
