//! Catalog values shared by the tests of several modules and by the benchmarks, so that each
//! test states only what it is about. Compiled for tests and with the `bench` feature only.

use crate::model::{AssociateRoute, Degree, Eligibility, ScaledYears, Waiver};

/// ISC2: "Candidates must have a minimum of five years cumulative, full-time experience in
/// two or more of the eight domains … Earning a four-year college degree or regional
/// equivalent or an additional credential from the ISC2 approved list will satisfy one year
/// of the required experience. … A candidate that doesn't have the required experience …
/// may become an Associate of ISC2 … [and] will have six years to earn the five years".
pub fn cissp() -> Eligibility {
    Eligibility {
        years: 5.0,
        min_domains: 2,
        waivers: vec![
            Waiver {
                years: 1.0,
                degree: Some(Degree::Bachelor),
                credentials: vec![],
                wording: String::new(),
            },
            Waiver {
                years: 1.0,
                degree: None,
                credentials: vec!["cism".into()],
                wording: String::new(),
            },
        ],
        associate: Some(AssociateRoute {
            name: "Associate of ISC2".into(),
            window_years: 6.0,
            wording: String::new(),
        }),
        wording: String::new(),
        ..Eligibility::default()
    }
}

/// ISC2: "two years cumulative paid work experience in one or more knowledge domains …
/// one year of the two years … must be in the healthcare industry"; associates have three
/// years to earn the experience.
pub fn hcispp() -> Eligibility {
    Eligibility {
        years: 2.0,
        healthcare_years: 1.0,
        associate: Some(AssociateRoute {
            name: "Associate of ISC2".into(),
            window_years: 3.0,
            wording: String::new(),
        }),
        wording: String::new(),
        ..Eligibility::default()
    }
}

/// AHIMA: master's or higher 1 year; bachelor's 2; associate 4; RHIT 4; high school 6.
pub fn chps() -> Eligibility {
    Eligibility {
        years: 6.0,
        scaled_by_education: vec![
            ScaledYears {
                years: 1.0,
                degree: Some(Degree::Master),
                credentials: vec![],
            },
            ScaledYears {
                years: 2.0,
                degree: Some(Degree::Bachelor),
                credentials: vec![],
            },
            ScaledYears {
                years: 2.0,
                degree: None,
                credentials: vec!["rhia".into()],
            },
            ScaledYears {
                years: 4.0,
                degree: Some(Degree::Associate),
                credentials: vec![],
            },
            ScaledYears {
                years: 4.0,
                degree: None,
                credentials: vec!["rhit".into()],
            },
            ScaledYears {
                years: 6.0,
                degree: Some(Degree::HighSchool),
                credentials: vec![],
            },
        ],
        wording: String::new(),
        ..Eligibility::default()
    }
}
