//! The report page (`[tips] page`) in each of its states: the form, with what was typed and
//! an error summary (the GOV.UK pattern); the confirmation with its receipt code; and the
//! pages that say why a tip was not taken. Every word comes from Fluent (`tips.ftl`).
//!
//! `export` and a server without recipients store the page with no form: the intro's first
//! words and the other ways to reach the hotline. `server::report` renders the rest per request.

use leptos::prelude::*;

use super::shell::Document;
use super::view_model::{self, PageInfo, ShellAssets};
use crate::content::{Content, Page};
use crate::i18n::Tr;
use crate::tips::form::{self, Field, Fields, Problem};

/// What the page shows.
pub enum State<'a> {
    /// The form. `fields` holds what was typed (none on a first visit); `token` is the
    /// hidden form token (none on an exported page, whose server issues one on review).
    Form {
        fields: Option<&'a Fields>,
        problems: &'a [Problem],
        /// A message above the form: the tip was not sent, and why.
        notice: Option<&'static str>,
        token: Option<&'a str>,
        action: &'a str,
    },
    /// Stored: the confirmation, with the receipt code if one was asked for.
    Received { receipt: Option<&'a str> },
    /// The token was spent already.
    AlreadyReceived,
    /// No form here: the other channels.
    Off,
    /// Refused: the title and text messages (cross-site, too many, too large).
    Refused {
        title: &'static str,
        text: &'static str,
    },
}

/// The empty form page, rendered when content loads, split where its token goes.
#[derive(Debug)]
pub struct FormTemplate {
    pub before: String,
    pub after: String,
}

impl FormTemplate {
    /// The page with `token` in its place.
    pub fn with_token(&self, token: &str) -> String {
        let mut html = String::with_capacity(self.before.len() + token.len() + self.after.len());
        html.push_str(&self.before);
        html.push_str(token);
        html.push_str(&self.after);
        html
    }
}

/// Where the token goes in a template; tokens are base64url, so this cannot be one.
const TOKEN_SLOT: &str = "token-slot.";

/// The empty form of every report page, when the form is on.
pub fn form_templates(
    content: &Content,
    translations: &crate::i18n::Translations,
    assets: &ShellAssets,
) -> std::collections::HashMap<String, FormTemplate> {
    if !content.config.tips.enabled() {
        return Default::default();
    }
    content
        .pages
        .iter()
        .filter(|p| p.key == content.config.tips.page)
        .filter_map(|page| {
            let tr = translations.for_locale(&page.locale);
            let state = State::Form {
                fields: None,
                problems: &[],
                notice: None,
                token: Some(TOKEN_SLOT),
                action: &page.url,
            };
            let html = render(content, &tr, assets, page, state);
            let (before, after) = html.split_once(TOKEN_SLOT)?;
            let template = FormTemplate {
                before: before.to_string(),
                after: after.to_string(),
            };
            Some((page.url.clone(), template))
        })
        .collect()
}

/// The report page of `page`'s locale in `state`, as a complete document.
pub fn render(
    content: &Content,
    tr: &Tr,
    assets: &ShellAssets,
    page: &Page,
    state: State,
) -> String {
    let title = match &state {
        State::Form { problems, .. } if !problems.is_empty() => {
            format!("{}: {}", tr.get("tip-error-summary"), page.matter.title)
        }
        State::Form { .. } | State::Off => page.matter.title.clone(),
        State::Received { .. } => tr.get("tip-received-title"),
        State::AlreadyReceived => tr.get("tip-already-title"),
        State::Refused { title, .. } => tr.get(title),
    };
    let mut info = PageInfo::of(content, page);
    info.title = &title;
    let shell = view_model::shell(content, tr, assets, info);
    let hotline = view_model::hotline(content, tr);
    let channels = hotline.channels.clone();
    let call = tr.with("tip-call", &[("phone", &content.config.hotline.phone)]);
    let call_link = move || {
        let (href, call) = (hotline.tel_href.clone(), call.clone());
        view! { <p class="tip-call"><a href=href>{call}</a></p> }
    };
    let body = match state {
        State::Form {
            fields,
            problems,
            notice,
            token,
            action,
        } => {
            let intro = page.body.html.clone();
            let summary = (!problems.is_empty()).then(|| error_summary(tr, problems));
            let notice =
                notice.map(|id| view! { <p class="tip-notice" role="alert">{tr.get(id)}</p> });
            let form = form_view(tr, fields, problems, token, action);
            view! {
                {summary}
                <h1>{title.clone()}</h1>
                {notice}
                <div class="prose" inner_html=intro></div>
                {form}
            }
            .into_any()
        }
        State::Received { receipt } => {
            let next = tr.with(
                "tip-received-next",
                &[("number", &content.config.hotline.emergency)],
            );
            let receipt = receipt.map(|code| {
                let code = code.to_string();
                view! {
                    <p>{tr.get("tip-receipt-intro")}</p>
                    <p class="tip-receipt" dir="ltr">{code}</p>
                }
            });
            view! {
                <h1>{title.clone()}</h1>
                <p role="status">{tr.get("tip-received-text")}</p>
                {receipt}
                <p>{next}</p>
                {call_link()}
                <p>{tr.get("tip-received-close")}</p>
            }
            .into_any()
        }
        State::AlreadyReceived => view! {
            <h1>{title.clone()}</h1>
            <p role="status">{tr.get("tip-already-text")}</p>
            {call_link()}
        }
        .into_any(),
        State::Refused { text, .. } => view! {
            <h1>{title.clone()}</h1>
            <p>{tr.get(text)}</p>
            {call_link()}
        }
        .into_any(),
        State::Off => {
            let description = page.matter.description.clone();
            view! {
                <h1>{title.clone()}</h1>
                <p>{description}</p>
                <h2>{tr.get("tip-off-title")}</h2>
                <p>{tr.get("tip-off-text")}</p>
                {call_link()}
                <ul class="tip-channels">
                    {channels
                        .into_iter()
                        .map(|(label, href)| view! { <li><a href=href>{label}</a></li> })
                        .collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    super::document(move || {
        view! {
            <Document shell=shell>
                <article class="page tip-page">{body}</article>
            </Document>
        }
    })
}

/// The GOV.UK error summary: first on the page, focused on load, one link per problem.
fn error_summary(tr: &Tr, problems: &[Problem]) -> impl IntoView {
    let items = problems
        .iter()
        .map(|p| (format!("#{}", first_input_id(p.field)), tr.get(p.message)))
        .collect::<Vec<_>>();
    view! {
        <div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{tr.get("tip-error-summary")}</h2>
            <ul>
                {items
                    .into_iter()
                    .map(|(href, message)| view! { <li><a href=href>{message}</a></li> })
                    .collect_view()}
            </ul>
        </div>
    }
}

/// The id a summary link jumps to: the field, or the first option of a group.
fn first_input_id(field: Field) -> String {
    match choices(field) {
        Some(options) => format!("{}-{}", field.name(), options[0]),
        None => field.name().to_string(),
    }
}

/// The options of a radio group (the province is a select, with its own list).
fn choices(field: Field) -> Option<&'static [&'static str]> {
    Some(match field {
        Field::Concern => &form::CONCERNS,
        Field::Minors => &form::MINORS,
        Field::Connection => &form::CONNECTIONS,
        Field::FollowUp => &form::FOLLOW_UPS,
        Field::LeaveMessage => &form::YES_NO,
        _ => return None,
    })
}

fn form_view(
    tr: &Tr,
    fields: Option<&Fields>,
    problems: &[Problem],
    token: Option<&str>,
    action: &str,
) -> impl IntoView {
    let value = |f: Field| fields.map_or(String::new(), |x| x.value(f).to_string());
    let error = |f: Field| {
        problems
            .iter()
            .find(|p| p.field == f)
            .map(|p| tr.get(p.message))
    };
    let text = |f: Field, label: &str| text_field(f, tr.get(label), value(f), error(f));
    let radios = |f: Field, legend: &str| {
        let options = choices(f).unwrap_or(&[]);
        let labels = options
            .iter()
            .map(|o| (o.to_string(), tr.get(&format!("{}-{o}", legend))))
            .collect::<Vec<_>>();
        radio_group(f, tr.get(legend), labels, value(f), error(f))
    };
    let province = value(Field::Province);
    let province_error = error(Field::Province);
    let provinces = form::PROVINCES
        .iter()
        .map(|p| (p.to_string(), tr.get(&format!("province-{p}"))))
        .collect::<Vec<_>>();
    let ongoing = fields.is_some_and(|f| f.ongoing);
    let token =
        token.map(|t| view! { <input type="hidden" name=form::TOKEN_FIELD value=t.to_string() /> });
    let details_label = format!(
        "{} ({})",
        tr.get("tip-details-label"),
        tr.get("tip-required")
    );
    let details_error = error(Field::Details);
    let details_described = described_by(Field::Details, true, details_error.is_some());
    let details_class = group_class(details_error.is_some());
    let date_error = error(Field::Date);
    let date_described = described_by(Field::Date, true, date_error.is_some());
    let date_class = group_class(date_error.is_some());
    view! {
        <form class="tip-form" method="post" action=action.to_string() autocomplete="off" novalidate accept-charset="UTF-8">
            <h2>{tr.get("tip-form-title")}</h2>
            {token}
            <div class=details_class>
                <label for="details">{details_label}</label>
                <p class="hint" id="details-hint">{tr.get("tip-details-hint")}</p>
                {error_line(Field::Details, details_error)}
                <textarea id="details" name="details" rows="10" autocomplete="off" aria-describedby=details_described>{value(Field::Details)}</textarea>
            </div>
            <fieldset class="tip-group">
                <legend>{tr.get("tip-where")}</legend>
                {text(Field::Town, "tip-town-label")}
                <div class=group_class(province_error.is_some())>
                    <label for="region">{tr.get("tip-province-label")}</label>
                    {error_line(Field::Province, province_error.clone())}
                    <select id="region" name="region" autocomplete="off" aria-describedby=province_error.as_ref().map(|_| "region-error")>
                        <option value="" selected=province.is_empty()>{tr.get("tip-province-none")}</option>
                        {provinces
                            .into_iter()
                            .map(|(code, name)| {
                                let selected = code == province;
                                view! { <option value=code selected=selected>{name}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
            </fieldset>
            <fieldset class="tip-group">
                <legend>{tr.get("tip-when")}</legend>
                <div class=date_class>
                    <label for="day">{tr.get("tip-date-label")}</label>
                    <p class="hint" id="day-hint">{tr.get("tip-date-hint")}</p>
                    {error_line(Field::Date, date_error)}
                    <input type="date" id="day" name="day" autocomplete="off" value=value(Field::Date) aria-describedby=date_described />
                </div>
                <div class="tip-check">
                    <input type="checkbox" id="ongoing" name="ongoing" value="yes" checked=ongoing />
                    <label for="ongoing">{tr.get("tip-ongoing-label")}</label>
                </div>
            </fieldset>
            {radios(Field::Concern, "tip-concern")}
            {radios(Field::Minors, "tip-minors")}
            {radios(Field::Connection, "tip-connection")}
            {radios(Field::FollowUp, "tip-reply")}
            <fieldset class="tip-group">
                <legend>{tr.get("tip-contact")}</legend>
                <p class="hint">{tr.get("tip-contact-hint")}</p>
                {text(Field::Alias, "tip-alias-label")}
                {text(Field::Reach, "tip-reach-label")}
                {text(Field::SafeTimes, "tip-times-label")}
                {radios(Field::LeaveMessage, "tip-message")}
            </fieldset>
            {text(Field::Language, "tip-language-label")}
            <div class="tip-extra">
                <label for="reference">{tr.get("tip-honeypot-label")}</label>
                <input type="text" id="reference" name=form::HONEYPOT_FIELD tabindex="-1" autocomplete="off" />
            </div>
            <button type="submit" class="tip-send">{tr.get("tip-send")}</button>
        </form>
    }
}

fn group_class(has_error: bool) -> &'static str {
    if has_error {
        "tip-field tip-field-error"
    } else {
        "tip-field"
    }
}

fn described_by(field: Field, hint: bool, error: bool) -> Option<String> {
    let name = field.name();
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{name}-hint"));
    }
    if error {
        ids.push(format!("{name}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn error_line(field: Field, error: Option<String>) -> impl IntoView {
    error.map(|e| {
        let id = format!("{}-error", field.name());
        view! { <p class="field-error" id=id>{e}</p> }
    })
}

fn text_field(field: Field, label: String, value: String, error: Option<String>) -> impl IntoView {
    let name = field.name();
    let described = described_by(field, false, error.is_some());
    view! {
        <div class=group_class(error.is_some())>
            <label for=name>{label}</label>
            {error_line(field, error.clone())}
            <input type="text" id=name name=name autocomplete="off" value=value aria-describedby=described />
        </div>
    }
}

fn radio_group(
    field: Field,
    legend: String,
    options: Vec<(String, String)>,
    value: String,
    error: Option<String>,
) -> impl IntoView {
    let name = field.name();
    let class = if error.is_some() {
        "tip-group tip-field-error"
    } else {
        "tip-group"
    };
    view! {
        <fieldset class=class aria-describedby=error.as_ref().map(|_| format!("{name}-error"))>
            <legend>{legend}</legend>
            {error_line(field, error.clone())}
            {options
                .into_iter()
                .map(|(option, label)| {
                    let id = format!("{name}-{option}");
                    let checked = option == value;
                    view! {
                        <div class="tip-radio">
                            <input type="radio" id=id.clone() name=name value=option checked=checked />
                            <label for=id>{label}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
