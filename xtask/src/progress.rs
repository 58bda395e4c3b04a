//! Progress of a long first run, shared between the steps doing the work and the server that
//! shows it: the readable preview polls `__hcp/status.json` and reloads into the full site when
//! the interactive bundles are ready.

use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// One step of the run, with what it typically takes on the project's 2-core machines.
#[derive(Clone, Debug)]
pub(crate) struct Planned {
    /// The step's key (`trunk`, `bundle:site`, …), as the code doing it names it.
    pub(crate) key: &'static str,
    /// What the step does, as shown to the person waiting.
    pub(crate) what: String,
    /// Its typical duration (an estimate measured on a fresh 2-core machine).
    pub(crate) estimate: Duration,
}

#[derive(Debug)]
struct State {
    started: Instant,
    /// The steps still to come, the current one first.
    planned: Vec<Planned>,
    current_started: Instant,
    /// Steps done so far (for "step N of M").
    done: usize,
    ready: bool,
    failed: Option<String>,
}

/// Shared progress; cloning shares it.
#[derive(Clone, Debug)]
pub(crate) struct Progress(Arc<Mutex<State>>);

impl Progress {
    /// Progress of a run that started at `started`, with the steps to come.
    pub(crate) fn new(started: Instant, planned: Vec<Planned>) -> Progress {
        Progress(Arc::new(Mutex::new(State {
            started,
            planned,
            current_started: Instant::now(),
            done: 0,
            ready: false,
            failed: None,
        })))
    }

    fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        let mut state = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut state)
    }

    /// Starts the step `key`: the planned steps before it are done (skipped ones, such as a
    /// tool already installed, simply finish at once).
    pub(crate) fn begin(&self, key: &'static str, what: &str) {
        self.with(|s| {
            if let Some(i) = s.planned.iter().position(|p| p.key == key) {
                s.done += i;
                s.planned.drain(..i);
                what.clone_into(&mut s.planned[0].what);
            } else {
                s.planned.insert(
                    0,
                    Planned {
                        key,
                        what: what.to_owned(),
                        estimate: Duration::from_secs(30),
                    },
                );
            }
            s.current_started = Instant::now();
        });
    }

    /// Every step is done: the full site is being served.
    pub(crate) fn finish(&self) {
        self.with(|s| {
            s.done += s.planned.len();
            s.planned.clear();
            s.ready = true;
        });
    }

    /// The run stopped with an error (the preview stays up and says so).
    pub(crate) fn fail(&self, message: &str) {
        self.with(|s| s.failed = Some(message.to_owned()));
    }

    /// What the preview shows, as JSON: `state` (`building`, `ready` or `failed`), `step`,
    /// `step_number`, `steps`, `elapsed_s` and `remaining_s` (an estimate).
    pub(crate) fn to_json(&self) -> String {
        self.with(|s| {
            let now = Instant::now();
            let in_step = now.duration_since(s.current_started);
            let remaining: Duration = s
                .planned
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    if i == 0 {
                        p.estimate.saturating_sub(in_step)
                    } else {
                        p.estimate
                    }
                })
                .sum();
            let state = if s.failed.is_some() {
                "failed"
            } else if s.ready {
                "ready"
            } else {
                "building"
            };
            serde_json::json!({
                "state": state,
                "step": s.planned.first().map(|p| p.what.as_str()).unwrap_or(""),
                "step_number": (s.done + 1).min(s.done + s.planned.len()).max(1),
                "steps": s.done + s.planned.len(),
                "elapsed_s": now.duration_since(s.started).as_secs(),
                "remaining_s": remaining.as_secs(),
                "error": s.failed,
            })
            .to_string()
        })
    }
}

static CURRENT: OnceLock<Progress> = OnceLock::new();

/// Makes `progress` the run's progress, which [`begin`] reports to.
pub(crate) fn install(progress: Progress) {
    let _ = CURRENT.set(progress);
}

/// The run's progress, if [`install`]ed.
pub(crate) fn current() -> Option<&'static Progress> {
    CURRENT.get()
}

/// Reports that the step `key` starts (nothing happens outside `cargo xtask serve`).
pub(crate) fn begin(key: &'static str, what: &str) {
    if let Some(progress) = CURRENT.get() {
        progress.begin(key, what);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn planned(key: &'static str, secs: u64) -> Planned {
        Planned {
            key,
            what: key.to_owned(),
            estimate: Duration::from_secs(secs),
        }
    }

    fn json(p: &Progress) -> serde_json::Value {
        serde_json::from_str(&p.to_json()).expect("json")
    }

    #[test]
    fn skipped_steps_count_as_done_and_leave_the_estimate() {
        let p = Progress::new(
            Instant::now(),
            vec![planned("a", 600), planned("b", 240), planned("c", 120)],
        );
        p.begin("a", "a");
        let j = json(&p);
        assert_eq!(j["state"], "building");
        assert_eq!(j["step_number"], 1);
        assert_eq!(j["steps"], 3);
        assert!(j["remaining_s"].as_u64().expect("secs") > 900);
        // "b" was already installed: going straight to "c" drops its estimate.
        p.begin("c", "c");
        let j = json(&p);
        assert_eq!(j["step"], "c");
        assert_eq!(j["step_number"], 3);
        assert!(j["remaining_s"].as_u64().expect("secs") <= 120);
        p.finish();
        assert_eq!(json(&p)["state"], "ready");
        assert_eq!(json(&p)["remaining_s"], 0);
    }

    #[test]
    fn an_unplanned_step_is_shown_and_a_failure_is_reported() {
        let p = Progress::new(Instant::now(), vec![planned("a", 10)]);
        p.begin("surprise", "surprise");
        assert_eq!(json(&p)["step"], "surprise");
        assert_eq!(json(&p)["steps"], 2);
        p.fail("trunk build failed");
        assert_eq!(json(&p)["state"], "failed");
        assert_eq!(json(&p)["error"], "trunk build failed");
    }
}
