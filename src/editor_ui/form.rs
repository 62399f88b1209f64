//! The form of the selected feature: its problems, its position (typed or
//! pasted, in any of the three datums), accuracy and sources, its texts in
//! every data language, its id.

use super::state::{Ed, Note};
use corridor::edit::coords::{read, System};
use corridor::edit::json::Json;
use corridor::edit::session::{Edit, NewSource};
use corridor::fmt_num::fixed;
use corridor::i18n::editor::{coords_error, coords_note, system_name, EdMsg};
use corridor::i18n::Lang;
use leptos::prelude::*;

/// The text fields a card shows, and which are per language.
const STATION_FIELDS: &[(&str, EdMsg, bool)] = &[
    ("name", EdMsg::FieldName, false),
    ("description", EdMsg::FieldDescription, true),
    ("hours", EdMsg::FieldHours, false),
    ("address", EdMsg::FieldAddress, false),
];
/// The data languages: simplified (no suffix), English, traditional.
const LANGS: &[(&str, Lang)] = &[("", Lang::ZhCn), ("_en", Lang::En), ("_zh_hant", Lang::ZhHant)];

#[component]
pub fn FeatureForm() -> impl IntoView {
    let ed = Ed::get();
    view! {
        <section class="ed-form" aria-labelledby="ed-form-heading">
            {move || match ed.selected.get() {
                Some(i) => view! { <Form i=i /> }.into_any(),
                None => view! {
                    <h2 id="ed-form-heading" tabindex="-1">{ed.t(EdMsg::SelectedHeading)}</h2>
                    <p class="none">{ed.t(EdMsg::NoneSelected)}</p>
                }
                .into_any(),
            }}
        </section>
    }
}

#[component]
fn Form(i: usize) -> impl IntoView {
    let ed = Ed::get();
    let prop = move |key: &str| {
        ed.session.with(|s| {
            s.as_ref()
                .and_then(|s| s.feature(i))
                .and_then(|f| f.get("properties"))
                .and_then(|p| p.get(key))
                .and_then(Json::as_str)
                .map(str::to_string)
        })
    };
    let kind = untrack(|| prop("kind")).unwrap_or_default();
    let station = kind == "station";
    let heading = move || {
        let name = prop("name").unwrap_or_default();
        let key = prop("id").or_else(|| prop("code")).unwrap_or_default();
        format!("{name} · {key}")
    };
    let problems = move || {
        ed.session.with(|s| {
            s.as_ref().map(|s| s.problems_of(i).map(|p| (p.severity, p.describe(ed.lang))).collect::<Vec<_>>())
        })
    };
    let position = move || {
        ed.session
            .with(|s| s.as_ref().and_then(|s| s.position(i)))
            .map(|p| format!("{}, {}", fixed(p.lon, 6), fixed(p.lat, 6)))
    };

    // Coordinates typed or pasted.
    let coords = RwSignal::new(String::new());
    let system = RwSignal::new(System::Wgs84);
    let set_coords = move || match read(&coords.get_untracked(), system.get_untracked()) {
        Ok(r) => {
            if ed.apply(Edit::Place { feature: i, at: r.wgs84 }) {
                ed.coords_note.set(Some(Note { text: coords_note(ed.lang, &r), error: false }));
            }
        }
        Err(e) => ed.coords_note.set(Some(Note { text: coords_error(ed.lang, &e), error: true })),
    };

    // Accuracy and sources.
    let accuracy = RwSignal::new(untrack(|| prop("position")).unwrap_or_else(|| "approximate".into()));
    let src_title = RwSignal::new(String::new());
    let src_url = RwSignal::new(String::new());
    let src_date = RwSignal::new(String::new());
    let new_source = move || NewSource {
        title: src_title.get_untracked(),
        url: src_url.get_untracked(),
        date: src_date.get_untracked(),
    };
    let set_accuracy = move || {
        let a = accuracy.get_untracked();
        let source = (!src_title.get_untracked().trim().is_empty()).then(new_source);
        if ed.apply(Edit::SetAccuracy { feature: i, accuracy: a, source }) {
            src_title.set(String::new());
            src_url.set(String::new());
            src_date.set(String::new());
        }
    };
    let add_source = move || {
        if ed.apply(Edit::AddSource { feature: i, source: new_source() }) {
            src_title.set(String::new());
            src_url.set(String::new());
            src_date.set(String::new());
        }
    };

    let new_id = RwSignal::new(untrack(|| prop("id")).unwrap_or_default());
    let fields: Vec<(&str, EdMsg, bool)> =
        if station { STATION_FIELDS.to_vec() } else { vec![("name", EdMsg::FieldName, false)] };
    let text_fields = fields
        .into_iter()
        .flat_map(|(base, label, long)| {
            LANGS.iter().map(move |(suffix, lang)| {
                let key = format!("{base}{suffix}");
                let id = format!("ed-field-{key}");
                let label = format!("{} · {}", ed.t(label), lang.autonym());
                let k1 = key.clone();
                let value = move || prop(&k1).unwrap_or_default();
                let k2 = key.clone();
                let change = move |e: leptos::ev::Event| {
                    ed.apply(Edit::SetText { feature: i, key: k2.clone(), value: event_target_value(&e) });
                };
                let input = if long {
                    view! { <textarea id=id.clone() data-key=key.clone() rows="3" prop:value=value on:change=change></textarea> }.into_any()
                } else {
                    view! { <input id=id.clone() data-key=key.clone() type="text" prop:value=value on:change=change /> }.into_any()
                };
                view! { <label for=id>{label}</label>{input} }
            })
        })
        .collect_view();
    let phone = station.then(|| {
        let change = move |e: leptos::ev::Event| {
            ed.apply(Edit::SetText { feature: i, key: "phone".into(), value: event_target_value(&e) });
        };
        view! {
            <label for="ed-field-phone">{ed.t(EdMsg::FieldPhone)}</label>
            <input id="ed-field-phone" data-key="phone" type="text" prop:value=move || prop("phone").unwrap_or_default() on:change=change />
        }
    });

    view! {
        <h2 id="ed-form-heading" tabindex="-1">{heading}</h2>
        <ul class="feature-problems" aria-label=ed.t(EdMsg::FeatureProblems)>
            {move || problems().unwrap_or_default().into_iter().map(|(sev, text)| {
                let class = if sev == corridor::model::Severity::Error { "error" } else { "warning" };
                view! { <li class=class>{text}</li> }
            }).collect_view()}
        </ul>
        <fieldset class="position">
            <legend>{ed.t(EdMsg::PositionHeading)}</legend>
            <p class="current" data-position=move || position().unwrap_or_default()>
                {move || position().map(|p| format!("WGS-84: {p}")).unwrap_or_else(|| ed.t(EdMsg::NotPlaced).to_string())}
            </p>
            <label for="ed-coords">{ed.t(EdMsg::CoordsLabel)}</label>
            <input id="ed-coords" type="text" inputmode="decimal" placeholder="121.3456, 30.7123"
                prop:value=move || coords.get()
                on:input=move |e| coords.set(event_target_value(&e))
                on:keydown=move |e| if e.key() == "Enter" { set_coords() } />
            <label for="ed-system">{ed.t(EdMsg::SystemLabel)}</label>
            <select id="ed-system" on:change=move |e| system.set(System::from_name(&event_target_value(&e)).unwrap_or_default())>
                {System::ALL.into_iter().map(|s| view! { <option value=s.name() selected=move || system.get() == s>{system_name(ed.lang, s)}</option> }).collect_view()}
            </select>
            <button type="button" id="ed-set-coords" on:click=move |_| set_coords()>{ed.t(EdMsg::ApplyCoords)}</button>
            {move || ed.coords_note.get().map(|n| view! { <p class="coords-note" class:error=n.error role="status">{n.text}</p> })}
        </fieldset>
        <fieldset class="accuracy">
            <legend>{ed.t(EdMsg::AccuracyLabel)}</legend>
            <select id="ed-accuracy" on:change=move |e| accuracy.set(event_target_value(&e))>
                {[("surveyed", EdMsg::Surveyed), ("approximate", EdMsg::Approximate), ("unknown", EdMsg::Unknown)].into_iter().map(|(v, m)| {
                    view! { <option value=v selected=move || prop("position").as_deref() == Some(v)>{ed.t(m)}</option> }
                }).collect_view()}
            </select>
            <p class="hint">{ed.t(EdMsg::SurveyedNeeds)}</p>
            <label for="ed-src-title">{ed.t(EdMsg::SourceTitle)}</label>
            <input id="ed-src-title" type="text" prop:value=move || src_title.get() on:input=move |e| src_title.set(event_target_value(&e)) />
            <label for="ed-src-url">{ed.t(EdMsg::SourceUrl)}</label>
            <input id="ed-src-url" type="url" prop:value=move || src_url.get() on:input=move |e| src_url.set(event_target_value(&e)) />
            <label for="ed-src-date">{ed.t(EdMsg::SourceDate)}</label>
            <input id="ed-src-date" type="text" placeholder="2026-12-01" prop:value=move || src_date.get() on:input=move |e| src_date.set(event_target_value(&e)) />
            <div class="buttons">
                <button type="button" id="ed-set-accuracy" on:click=move |_| set_accuracy()>{ed.t(EdMsg::SetAccuracy)}</button>
                <button type="button" id="ed-add-source" on:click=move |_| add_source()>{ed.t(EdMsg::AddSource)}</button>
            </div>
        </fieldset>
        <fieldset class="texts">
            <legend>{ed.t(EdMsg::TextsHeading)}</legend>
            <p class="hint">{ed.t(EdMsg::TextsHint)}</p>
            {text_fields}
            {phone}
        </fieldset>
        {station.then(|| view! {
            <fieldset class="id">
                <legend>{ed.t(EdMsg::IdHeading)}</legend>
                <input id="ed-id" type="text" prop:value=move || new_id.get() on:input=move |e| new_id.set(event_target_value(&e)) />
                <button type="button" id="ed-change-id" on:click=move |_| { ed.apply(Edit::SetId { feature: i, id: new_id.get_untracked(), confirmed: false }); }>{ed.t(EdMsg::ChangeId)}</button>
                <button type="button" id="ed-remove" class="danger" on:click=move |_| {
                    if ed.apply(Edit::Remove { feature: i, confirmed: false }) { ed.selected.set(None); }
                }>{ed.t(EdMsg::Remove)}</button>
            </fieldset>
        })}
    }
}
