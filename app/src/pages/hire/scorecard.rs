//! The interview scorecard of the role on screen (`pathways_core::hire::scorecard`): made on
//! request, because it reads the knowledge-check bank of each skill needed at hire, and printed
//! on its own.

use leptos::prelude::*;
use pathways_core::bundle::skill_file;
use pathways_core::hire::HireRole;
use pathways_core::hire::scorecard::{Scorecard, scorecard};

use crate::browser;
use crate::context::use_site;
use crate::data::fetch_skills;

/// The scorecard section.
#[component]
pub fn ScorecardSection(
    /// The role on screen.
    role: Memo<Option<HireRole>>,
) -> impl IntoView {
    let site = use_site();
    let card = RwSignal::new(None::<Result<Scorecard, String>>);
    let make = move |_| {
        let Some(r) = role.get_untracked() else {
            return;
        };
        let urls: Vec<String> = r
            .at_hire()
            .map(|s| site.file(&skill_file(&s.skill)))
            .collect();
        card.set(None);
        leptos::task::spawn_local(async move {
            let result = fetch_skills(urls)
                .await
                .map(|skills| scorecard(&r, &skills))
                .map_err(|e| format!("The knowledge checks could not be loaded: {e}. Try again."));
            card.set(Some(result));
        });
    };
    let print = move |_| {
        browser::print_only("print-scorecard");
    };
    view! {
        <section class="hire-section scorecard-section" aria-labelledby="scorecard-h">
            <h2 id="scorecard-h">"Interview scorecard"</h2>
            <p class="hint no-print">"Structured questions for each skill needed at hire, with the level descriptors as rating anchors: set before the interviews, the same for every candidate, each rating backed by written evidence."</p>
            <div class="actions no-print">
                <button type="button" on:click=make>{move || if card.with(Option::is_some) { "Update the scorecard" } else { "Make the scorecard" }}</button>
                {move || card.with(|c| matches!(c, Some(Ok(_)))).then(|| view! { <button type="button" on:click=print>"Print the scorecard"</button> })}
            </div>
            {move || card.get().map(|c| match c {
                Err(e) => view! { <p role="alert">{e}</p> }.into_any(),
                Ok(c) => view! { <ScorecardView card=c /> }.into_any(),
            })}
        </section>
    }
}

#[component]
fn ScorecardView(card: Scorecard) -> impl IntoView {
    let empty = card.cards.is_empty();
    view! {
        <article class="scorecard" aria-label="Interview scorecard">
            <h3 class="print-only">{format!("Interview scorecard: {}", card.title)}</h3>
            <p>"Candidate: ____________________   Interviewer: ____________________   Date: __________"</p>
            {empty.then(|| view! { <p class="notice" role="status">"No skill is marked needed at hire, so there is nothing to interview for yet."</p> })}
            {(!card.missing.is_empty()).then(|| view! {
                <p class="notice" role="status">{format!("No questions for skills this version of the portal does not know: {}.", card.missing.join(", "))}</p>
            })}
            {card.cards.into_iter().map(|c| view! {
                <div class="score-card">
                    <h4>{format!("{} — target level {}", c.name, c.target)}</h4>
                    <ol class="questions">
                        {c.questions.into_iter().map(|q| view! {
                            <li><p class="question">{q.prompt}</p><p class="listen"><strong>"Listen for: "</strong>{q.listen_for}</p></li>
                        }).collect_view()}
                    </ol>
                    <table class="anchors">
                        <caption>{format!("Rating for {}: circle one, and note the evidence", c.name)}</caption>
                        <thead><tr><th scope="col">"Rating"</th><th scope="col">"Anchor"</th></tr></thead>
                        <tbody>
                            {c.anchors.into_iter().map(|(level, name, text)| view! {
                                <tr><th scope="row">{format!("{level} · {name}")}</th><td>{text}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    <p class="evidence">"Evidence: ______________________________________________"</p>
                </div>
            }).collect_view()}
            {(!card.learnable.is_empty()).then(|| view! {
                <p class="hint">{format!("Not interviewed for (learnable within 90 days on the job): {}.", card.learnable.join(", "))}</p>
            })}
        </article>
    }
}
