//! The hiring links, in the same format as the share links ([`crate::share`]): compressed,
//! versioned, size-limited and validated, carried in the URL fragment so they never reach a
//! server.
//!
//! - A **role link** (`#h=1.…`) carries a [`HireRole`]: the manager keeps it, sends it to
//!   another manager, or to candidates, who assess themselves against it.
//! - A **results link** (`#c=1.…`) carries a candidate's [`CandidateResults`]: the name they
//!   chose, the role's fingerprint and title, and their profile. The manager pastes it into the
//!   comparison.

use serde::{Deserialize, Serialize};

use crate::profile::{Profile, ProfileError};
use crate::share::{ShareError, pack, unpack};

use super::HireRole;

/// The fragment key of a role link.
pub const ROLE_KEY: &str = "h";
/// The fragment key of a candidate's results link.
pub const RESULTS_KEY: &str = "c";
/// The longest candidate name, in characters.
pub const MAX_NAME: usize = 80;

/// Writes a role link's fragment (without `#`).
pub fn encode_role(role: &HireRole) -> String {
    pack(ROLE_KEY, role)
}

/// Reads a role link, from its fragment or the whole URL.
pub fn decode_role(link: &str) -> Result<HireRole, ShareError> {
    let role: HireRole = unpack(ROLE_KEY, fragment_of(link))?;
    role.validate()
        .map_err(|e| ShareError::Invalid(e.to_string()))?;
    Ok(role)
}

/// Reads a role link and the role's fingerprint (see [`HireRole::fingerprint`]).
pub fn decode_role_link(link: &str) -> Result<(HireRole, String), ShareError> {
    let role = decode_role(link)?;
    Ok((role, fingerprint_of(fragment_of(link))))
}

/// The fingerprint of a role link: FNV-1a (64 bits, hex) over its compressed payload.
pub fn fingerprint_of(link: &str) -> String {
    let payload = fragment_of(link)
        .split('&')
        .find_map(|part| part.strip_prefix(&format!("{ROLE_KEY}=")))
        .unwrap_or_default();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in payload.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// A candidate's self-assessment against a role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CandidateResults {
    /// The name the candidate gave (or a reference the manager asked for).
    pub name: String,
    /// The fingerprint of the role assessed against ([`HireRole::fingerprint`]).
    pub role: String,
    /// The role's title, to say which role a link is for.
    pub title: String,
    /// The profile: experience, education, credentials and skill evidence.
    pub profile: Profile,
}

impl CandidateResults {
    /// A candidate's results for a role: their background (experience, education,
    /// credentials) and their evidence for the role's skills only; nothing else of their
    /// profile travels (not their other skills, not the roles they looked at).
    pub fn of(
        role: &HireRole,
        fingerprint: &str,
        name: &str,
        profile: &Profile,
    ) -> CandidateResults {
        let mut mine = profile.clone();
        mine.targets.clear();
        mine.skills
            .retain(|id, _| role.skills.iter().any(|s| &s.skill == id));
        CandidateResults {
            name: name.trim().chars().take(MAX_NAME).collect(),
            role: fingerprint.to_owned(),
            title: role.title.trim().to_owned(),
            profile: mine,
        }
    }
}

/// Writes a results link's fragment (without `#`).
pub fn encode_results(results: &CandidateResults) -> String {
    pack(RESULTS_KEY, results)
}

/// Reads a results link, from its fragment or the whole URL.
pub fn decode_results(link: &str) -> Result<CandidateResults, ShareError> {
    let results: CandidateResults = unpack(RESULTS_KEY, fragment_of(link))?;
    let name = results.name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Err(ShareError::Invalid(format!(
            "the candidate's name must be 1 to {MAX_NAME} characters"
        )));
    }
    if results.role.len() != 16 || !results.role.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(ShareError::Invalid(
            "the role's fingerprint is not valid".into(),
        ));
    }
    if results.title.trim().is_empty() || results.title.chars().count() > super::MAX_TITLE {
        return Err(ShareError::Invalid("the role's title is not valid".into()));
    }
    results.profile.validate().map_err(|e| match e {
        ProfileError::Invalid(why) => ShareError::Invalid(why),
        other => ShareError::Invalid(other.to_string()),
    })?;
    Ok(results)
}

/// The fragment of a link: what follows `#`, or the whole text when it has none.
pub fn fragment_of(link: &str) -> &str {
    let link = link.trim();
    link.split_once('#').map_or(link, |(_, f)| f)
}
