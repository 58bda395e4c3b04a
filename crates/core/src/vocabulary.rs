//! One vocabulary per enum: the [`vocabulary!`] macro declares a unit enum together with the
//! string each value is written as (in content files and JSON) and the label users see, and
//! generates everything else from that one list: the serde names, `as_str()`, `label()`,
//! `ALL`, `NAMES` and `FromStr`. The content compiler's choice lists are the enums' `NAMES`.
//!
//! A macro rather than `strum`: the project already generates its diagnostic codes the same
//! way (`pathways-content`'s `codes!`), the strings stay beside the variants they name, and
//! core gains no dependency (nor proc-macro build time on two cores).

/// A value that is not one of a vocabulary's names.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not a {vocabulary}; expected one of: {}", .expected.join(", "))]
pub struct UnknownName {
    /// The enum's name (`Stage`).
    pub vocabulary: &'static str,
    /// The value given.
    pub value: String,
    /// The names it could have been.
    pub expected: &'static [&'static str],
}

/// Declares a unit enum with one name and one label per variant:
///
/// ```text
/// vocabulary! {
///     /// Where a person is in a career.
///     pub enum Stage {
///         /// First security job.
///         Entry = "entry", "Entry";
///         /// Several years in.
///         Mid = "mid", "Mid-career";
///     }
/// }
/// ```
///
/// The enum derives `Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize,
/// Deserialize` (order is declaration order) and serialises as its names.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $value:literal, $label:literal;
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize,
        )]
        pub enum $name {
            $(
                $(#[$vmeta])*
                #[serde(rename = $value)]
                $variant,
            )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$($value),+].len()] = [$($name::$variant),+];

            /// Every value as written in content and JSON, in the order of `ALL`.
            pub const NAMES: &'static [&'static str] = &[$($value),+];

            /// The value as written in content and JSON.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $value,)+
                }
            }

            /// The label shown to users.
            pub const fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)+
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::vocabulary::UnknownName;

            /// Reads a value as written in content and JSON (exactly, no trimming).
            fn from_str(s: &str) -> Result<$name, $crate::vocabulary::UnknownName> {
                $name::ALL
                    .into_iter()
                    .find(|v| v.as_str() == s)
                    .ok_or_else(|| $crate::vocabulary::UnknownName {
                        vocabulary: stringify!($name),
                        value: s.to_owned(),
                        expected: $name::NAMES,
                    })
            }
        }
    };
}

pub(crate) use vocabulary;

#[cfg(test)]
mod tests {
    use std::fmt::Debug;
    use std::str::FromStr;

    use serde::Serialize;
    use serde::de::DeserializeOwned;

    use crate::model::{
        CredentialKind, CredentialLevel, Degree, Designation, Family, Modality, OrgSize, OrgType,
        PracticeKind, Proficiency, ProgramKind, SkillArea, Sourcing, Stage,
    };
    use crate::planner::Preference;
    use crate::profile::DegreeField;

    fn check<T>(
        all: &[T],
        names: &[&str],
        as_str: fn(T) -> &'static str,
        label: fn(T) -> &'static str,
    ) where
        T: Copy + PartialEq + Debug + Serialize + DeserializeOwned + FromStr,
        <T as FromStr>::Err: Debug,
    {
        assert_eq!(all.len(), names.len());
        for (&v, &name) in all.iter().zip(names) {
            assert_eq!(as_str(v), name);
            assert_eq!(
                serde_json::to_string(&v).expect("serialises"),
                format!("\"{}\"", as_str(v))
            );
            assert_eq!(
                serde_json::from_str::<T>(&format!("\"{name}\"")).expect("deserialises"),
                v
            );
            assert_eq!(T::from_str(as_str(v)).expect("parses"), v);
            assert!(!label(v).is_empty(), "{v:?} has a label");
        }
    }

    macro_rules! check_all {
        ($($t:ty),+ $(,)?) => {
            $(check::<$t>(&<$t>::ALL, <$t>::NAMES, <$t>::as_str, <$t>::label);)+
        };
    }

    #[test]
    fn every_value_serialises_as_its_name_and_parses_back() {
        check_all!(
            Stage,
            Family,
            OrgType,
            OrgSize,
            Proficiency,
            Degree,
            SkillArea,
            CredentialKind,
            CredentialLevel,
            ProgramKind,
            Modality,
            PracticeKind,
            Sourcing,
            Designation,
            Preference,
            DegreeField,
        );
    }

    #[test]
    fn an_unknown_name_says_what_was_expected() {
        let err = "mid-career".parse::<Stage>().expect_err("not a stage");
        assert_eq!(
            err.to_string(),
            "`mid-career` is not a Stage; expected one of: entry, mid, advanced, leadership"
        );
        assert!(" entry".parse::<Stage>().is_err());
    }
}
