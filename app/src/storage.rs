//! The profile in the browser's local storage, on this device only.
//!
//! A record that cannot be read (damaged, hand-edited, from a newer version) is never dropped:
//! it is copied to a backup key and reported, and the person can download it. This is why the
//! storage is a few explicit functions rather than `leptos_use::use_local_storage`, whose codec
//! falls back to the default value when a record does not decode.

use leptos::prelude::*;
use pathways_core::planner::{Constraints, SavedPlans};
use pathways_core::profile::Profile;

/// The key of the current profile.
pub const PROFILE_KEY: &str = "hcp.profile";
/// The prefix of backup keys of records that could not be read.
pub const BACKUP_PREFIX: &str = "hcp.profile.backup.";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The profile and what happened to a record that could not be read.
pub struct Loaded {
    /// The profile to use.
    pub profile: Profile,
    /// Why the saved record was set aside, if it was.
    pub problem: Option<String>,
    /// Whether saving must not happen (an unreadable record could not be backed up).
    pub blocked: bool,
}

/// Reads the saved profile. A record that cannot be read is moved to a backup key.
pub fn load_profile() -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded {
            profile: Profile::default(),
            problem: Some("This browser does not allow the portal to save anything, so your answers will be lost when you close the page. Export them to keep them.".into()),
            blocked: true,
        };
    };
    let Ok(Some(text)) = storage.get_item(PROFILE_KEY) else {
        return Loaded {
            profile: Profile::default(),
            problem: None,
            blocked: false,
        };
    };
    match Profile::from_json(&text) {
        Ok(profile) => Loaded {
            profile,
            problem: None,
            blocked: false,
        },
        Err(error) => {
            let stamp = js_sys::Date::now() as u64;
            let key = format!("{BACKUP_PREFIX}{stamp}");
            let kept = storage.set_item(&key, &text).is_ok();
            if kept {
                let _ = storage.remove_item(PROFILE_KEY);
            }
            let problem = if kept {
                format!(
                    "Your saved profile could not be read: {error}. It has been kept as a backup — download it below — and you are starting with an empty profile."
                )
            } else {
                format!(
                    "Your saved profile could not be read: {error}. It was left where it is and nothing will be saved over it."
                )
            };
            Loaded {
                profile: Profile::default(),
                problem: Some(problem),
                blocked: !kept,
            }
        }
    }
}

/// Saves the profile. Returns why it could not be saved (storage full or disabled).
pub fn save_profile(profile: &Profile) -> Result<(), String> {
    let storage = local_storage().ok_or_else(|| "this browser does not allow saving".to_owned())?;
    storage
        .set_item(PROFILE_KEY, &profile.to_json())
        .map_err(|_| "the browser's storage for this site is full or disabled".to_owned())
}

/// Every backup of a record that could not be read: (key, text).
pub fn backups() -> Vec<(String, String)> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    let len = storage.length().unwrap_or(0);
    let mut out: Vec<(String, String)> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .filter_map(|k| storage.get_item(&k).ok().flatten().map(|v| (k, v)))
        .collect();
    out.sort();
    out
}

/// Deletes a backup.
pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Removes the saved profile (and keeps backups).
pub fn clear_profile() {
    remove(PROFILE_KEY);
}

/// The key of the planner's settings.
pub const PLAN_KEY: &str = "hcp.plan";

/// The key of the planner's saved plans and last target role.
pub const PLANS_KEY: &str = "hcp.plans";

/// Reads a planner record; one that cannot be read is kept as a backup (`backup` names it in
/// the key) and reported, like the profile, and the default is used.
fn load_record<T: serde::de::DeserializeOwned>(
    key: &str,
    backup: &str,
    what: &str,
    problem: &mut Option<String>,
) -> Option<T> {
    let storage = local_storage()?;
    let text = storage.get_item(key).ok().flatten()?;
    match serde_json::from_str::<T>(&text) {
        Ok(value) => Some(value),
        Err(e) => {
            let backup_key = format!("{BACKUP_PREFIX}{backup}.{}", js_sys::Date::now() as u64);
            if storage.set_item(&backup_key, &text).is_ok() {
                let _ = storage.remove_item(key);
            }
            let message = format!(
                "Your saved {what} could not be read ({e}); they have been kept as a backup and the defaults are used."
            );
            *problem = Some(match problem.take() {
                Some(before) => format!("{before} {message}"),
                None => message,
            });
            None
        }
    }
}

/// Saves a planner record unless storage is blocked.
fn save_record<T: serde::Serialize>(key: &str, value: &T) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, &serde_json::to_string(value).unwrap_or_default());
    }
}

/// The profile shared by every page, saved whenever it changes.
#[derive(Clone, Copy)]
pub struct ProfileStore {
    /// The profile.
    pub profile: RwSignal<Profile>,
    /// A problem to show (a record set aside, or saving failed).
    pub problem: RwSignal<Option<String>>,
    /// Bumped when backups change, so lists of them refresh.
    pub backups_changed: RwSignal<u32>,
    /// The planner's settings.
    pub plan: RwSignal<Option<Constraints>>,
    /// The planner's last target role and saved plans.
    pub plans: RwSignal<SavedPlans>,
}

impl ProfileStore {
    /// Loads the saved profile and starts saving changes.
    pub fn provide() -> ProfileStore {
        let loaded = load_profile();
        let blocked = loaded.blocked;
        let mut problem = loaded.problem;
        let plan = load_record::<Constraints>(PLAN_KEY, "plan", "plan settings", &mut problem);
        let plans = load_record::<SavedPlans>(PLANS_KEY, "plans", "plans", &mut problem)
            .unwrap_or_default();
        let store = ProfileStore {
            profile: RwSignal::new(loaded.profile),
            problem: RwSignal::new(problem),
            backups_changed: RwSignal::new(0),
            plan: RwSignal::new(plan),
            plans: RwSignal::new(plans),
        };
        // Each record is saved when it changes (not when it is loaded).
        Effect::watch(
            move || store.plan.get(),
            move |plan, _, _| {
                if !blocked && let Some(plan) = plan {
                    save_record(PLAN_KEY, plan);
                }
            },
            false,
        );
        Effect::watch(
            move || store.plans.get(),
            move |plans, _, _| {
                if !blocked {
                    save_record(PLANS_KEY, plans);
                }
            },
            false,
        );
        Effect::watch(
            move || store.profile.get(),
            move |profile, _, _| {
                if !blocked && let Err(why) = save_profile(profile) {
                    store.problem.set(Some(format!(
                        "Your changes could not be saved: {why}. Export your data to keep it."
                    )));
                }
            },
            false,
        );
        provide_context(store);
        store
    }
}

/// The shared profile store.
pub fn use_profile() -> ProfileStore {
    expect_context::<ProfileStore>()
}
