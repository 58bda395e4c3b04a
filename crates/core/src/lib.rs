//! `pathways-core`: the domain of Health Cyber Pathways.
//!
//! This crate is pure Rust with no file system, clock, randomness or web APIs, so that it compiles
//! both natively (tests, benchmarks, the content compiler and CLI) and to `wasm32` (the browser
//! app). Callers pass in anything that depends on the outside world, such as today's date.
//!
//! It is **not** the content compiler (see `pathways-content`) and holds no user interface code
//! (see `pathways-app`).
//!
//! Data from content and from the person reaches every function here, and a panic in the
//! browser (built with `panic = "abort"`) ends the app, so outside tests the crate refuses
//! indexing that can panic, `unwrap` and `expect`: lookups use `.get()` and say what they do
//! when a value is missing.
#![cfg_attr(
    not(test),
    deny(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used)
)]

pub mod assessment;
pub mod bundle;
pub mod chart;
pub mod coverage;
pub mod date;
pub mod eligibility;
#[cfg(any(test, feature = "bench"))]
pub mod fixtures;
pub mod format;
pub mod hire;
pub mod ics;
pub mod model;
pub mod org;
pub mod page;
pub mod planner;
pub mod profile;
pub mod saved;
pub mod search;
pub mod share;
pub mod site;
pub mod stats;
pub mod text;
pub mod tool;
pub mod vocabulary;
