//! Counts of the content catalog, as `pathways stats --json` prints them and the home page shows
//! them.

use serde::{Deserialize, Serialize};

/// How many items of each kind the catalog holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogStats {
    /// Health-sector security and privacy roles.
    pub roles: usize,
    /// Skills with level descriptors.
    pub skills: usize,
    /// Certifications and certificates.
    pub credentials: usize,
    /// Training and education offerings, including curricula.
    pub programs: usize,
    /// NCAE-C designated institutions in the directory.
    pub institutions: usize,
    /// HICP practices (the 2023 edition has 10).
    pub hicp_practices: usize,
    /// HICP threats (the 2023 edition has 5).
    pub hicp_threats: usize,
    /// Organization profile templates.
    pub org_profiles: usize,
    /// Knowledge-check questions.
    pub assessment_items: usize,
    /// Free-standing pages such as About and Privacy.
    pub pages: usize,
}
