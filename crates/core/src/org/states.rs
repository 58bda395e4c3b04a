//! US states and the states they share a land border with, to find CAE institutions "in the
//! state, then next door". Geography, not a figure that changes: the pairs follow the U.S.
//! Census Bureau's state boundaries. Alaska and Hawaii have no land neighbour and territories
//! none either; they get an empty list and the plan says so.

/// Two-letter codes with their land neighbours (the 50 states and DC), alphabetical.
pub const NEIGHBOURS: &[(&str, &[&str])] = &[
    ("AK", &[]),
    ("AL", &["FL", "GA", "MS", "TN"]),
    ("AR", &["LA", "MO", "MS", "OK", "TN", "TX"]),
    ("AZ", &["CA", "CO", "NM", "NV", "UT"]),
    ("CA", &["AZ", "NV", "OR"]),
    ("CO", &["AZ", "KS", "NE", "NM", "OK", "UT", "WY"]),
    ("CT", &["MA", "NY", "RI"]),
    ("DC", &["MD", "VA"]),
    ("DE", &["MD", "NJ", "PA"]),
    ("FL", &["AL", "GA"]),
    ("GA", &["AL", "FL", "NC", "SC", "TN"]),
    ("HI", &[]),
    ("IA", &["IL", "MN", "MO", "NE", "SD", "WI"]),
    ("ID", &["MT", "NV", "OR", "UT", "WA", "WY"]),
    ("IL", &["IA", "IN", "KY", "MO", "WI"]),
    ("IN", &["IL", "KY", "MI", "OH"]),
    ("KS", &["CO", "MO", "NE", "OK"]),
    ("KY", &["IL", "IN", "MO", "OH", "TN", "VA", "WV"]),
    ("LA", &["AR", "MS", "TX"]),
    ("MA", &["CT", "NH", "NY", "RI", "VT"]),
    ("MD", &["DC", "DE", "PA", "VA", "WV"]),
    ("ME", &["NH"]),
    ("MI", &["IN", "OH", "WI"]),
    ("MN", &["IA", "ND", "SD", "WI"]),
    ("MO", &["AR", "IA", "IL", "KS", "KY", "NE", "OK", "TN"]),
    ("MS", &["AL", "AR", "LA", "TN"]),
    ("MT", &["ID", "ND", "SD", "WY"]),
    ("NC", &["GA", "SC", "TN", "VA"]),
    ("ND", &["MN", "MT", "SD"]),
    ("NE", &["CO", "IA", "KS", "MO", "SD", "WY"]),
    ("NH", &["MA", "ME", "VT"]),
    ("NJ", &["DE", "NY", "PA"]),
    ("NM", &["AZ", "CO", "OK", "TX", "UT"]),
    ("NV", &["AZ", "CA", "ID", "OR", "UT"]),
    ("NY", &["CT", "MA", "NJ", "PA", "VT"]),
    ("OH", &["IN", "KY", "MI", "PA", "WV"]),
    ("OK", &["AR", "CO", "KS", "MO", "NM", "TX"]),
    ("OR", &["CA", "ID", "NV", "WA"]),
    ("PA", &["DE", "MD", "NJ", "NY", "OH", "WV"]),
    ("RI", &["CT", "MA"]),
    ("SC", &["GA", "NC"]),
    ("SD", &["IA", "MN", "MT", "ND", "NE", "WY"]),
    ("TN", &["AL", "AR", "GA", "KY", "MO", "MS", "NC", "VA"]),
    ("TX", &["AR", "LA", "NM", "OK"]),
    ("UT", &["AZ", "CO", "ID", "NM", "NV", "WY"]),
    ("VA", &["DC", "KY", "MD", "NC", "TN", "WV"]),
    ("VT", &["MA", "NH", "NY"]),
    ("WA", &["ID", "OR"]),
    ("WI", &["IA", "IL", "MI", "MN"]),
    ("WV", &["KY", "MD", "OH", "PA", "VA"]),
    ("WY", &["CO", "ID", "MT", "NE", "SD", "UT"]),
];

/// Territories that hold CAE institutions or health organizations: no land neighbour.
pub const TERRITORIES: &[&str] = &["AS", "GU", "MP", "PR", "VI"];

/// Whether `code` is a state, DC or a territory the tool knows.
pub fn is_known(code: &str) -> bool {
    NEIGHBOURS.iter().any(|(s, _)| *s == code) || TERRITORIES.contains(&code)
}

/// The land neighbours of a state (empty for Alaska, Hawaii, territories and unknown codes).
pub fn neighbours(code: &str) -> &'static [&'static str] {
    NEIGHBOURS
        .iter()
        .find(|(s, _)| *s == code)
        .map(|(_, n)| *n)
        .unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borders_are_symmetric_and_the_list_is_complete() {
        assert_eq!(NEIGHBOURS.len(), 51, "50 states and DC");
        for (state, next) in NEIGHBOURS {
            for n in *next {
                assert!(
                    neighbours(n).contains(state),
                    "{state} borders {n} but {n} does not list {state}"
                );
            }
        }
        let mut sorted: Vec<&str> = NEIGHBOURS.iter().map(|(s, _)| *s).collect();
        sorted.sort_unstable();
        assert_eq!(
            sorted,
            NEIGHBOURS.iter().map(|(s, _)| *s).collect::<Vec<_>>()
        );
    }

    #[test]
    fn known_borders() {
        assert_eq!(neighbours("TN").len(), 8);
        assert_eq!(neighbours("MO").len(), 8);
        assert!(neighbours("ME") == ["NH"]);
        assert!(neighbours("HI").is_empty());
        assert!(neighbours("PR").is_empty());
        assert!(is_known("PR") && is_known("DC") && !is_known("XX"));
    }
}
