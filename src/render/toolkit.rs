//! What a sector toolkit page adds to its Markdown body: the guides to read, the steps on
//! shift (a list, and a flow diagram beside it), the fifteen-minute briefing, the staff-room
//! poster and wallet card, share texts for newsletters and intranets. And the "train your
//! staff" link a sector guide gets from the toolkit that points to it.

use leptos::prelude::*;

use super::campaigns::{download_items, qr_src, share_texts};
use super::pages::{DownloadList, ShareSection, ShareTexts};
use crate::config::SiteConfig;
use crate::content::{Content, Page, Toolkit};
use crate::i18n::Tr;
use crate::material::Material;

/// Everything a toolkit page shows around its body, in the locale's words.
#[derive(Clone)]
pub struct ToolkitBlocks {
    pub sector: String,
    pub guides_title: String,
    /// `(title, href, description)` of the sector guide, then the related ones.
    pub guides: Vec<(String, String, String)>,
    pub steps_title: String,
    pub steps_intro: String,
    /// `(label, text)`.
    pub steps: Vec<(String, String)>,
    pub flow_svg: String,
    pub briefing_title: String,
    pub briefing_intro: String,
    pub outline_title: String,
    /// `(minutes, topic)`.
    pub outline: Vec<(String, String)>,
    pub questions_title: String,
    pub answer_label: String,
    pub questions: Vec<(String, String)>,
    pub scenarios_title: String,
    pub scenarios: Vec<(String, String)>,
    pub material_title: String,
    pub material_intro: String,
    pub qr_caption: String,
    pub qr_src: String,
    pub qr_alt: String,
    pub downloads: Vec<(String, String, String, String)>,
    pub shares: ShareTexts,
}

/// The "train your staff" block of a sector guide: the toolkit that names it as its guide.
#[derive(Clone)]
pub struct TrainStaff {
    pub title: String,
    pub text: String,
    pub link_title: String,
    pub href: String,
}

pub fn blocks(
    content: &Content,
    tr: &Tr,
    page: &Page,
    t: &Toolkit,
    material: &Material,
) -> ToolkitBlocks {
    let base = &content.config.base_url;
    let guides = std::iter::once(&t.guide_url)
        .chain(&t.related_urls)
        .filter_map(|url| content.page_by_url(url))
        .map(|g| {
            (
                g.matter.title.clone(),
                g.url.clone(),
                g.matter.description.clone(),
            )
        })
        .collect();
    let files = material.downloads.get(&page.url).map_or(&[][..], |d| d);
    let labels: Vec<String> = t.steps.iter().map(|s| s.label.clone()).collect();
    let page_url = format!("{base}{}", page.url);
    ToolkitBlocks {
        sector: tr.with(
            "toolkit-sector",
            &[("sector", &tr.get(&format!("setting-{}", t.sector)))],
        ),
        guides_title: tr.get("toolkit-guides"),
        guides,
        steps_title: tr.get("toolkit-steps"),
        steps_intro: tr.get("toolkit-steps-intro"),
        steps: t
            .steps
            .iter()
            .map(|s| (s.label.clone(), s.text.clone()))
            .collect(),
        flow_svg: super::flow::diagram(&labels, SiteConfig::is_rtl(&page.locale)),
        briefing_title: tr.get("toolkit-briefing"),
        briefing_intro: tr.get("toolkit-briefing-intro"),
        outline_title: tr.get("toolkit-outline"),
        outline: t
            .briefing
            .iter()
            .map(|b| {
                let minutes = usize::try_from(b.minutes).unwrap_or(0);
                (tr.count("toolkit-minutes", minutes), b.topic.clone())
            })
            .collect(),
        questions_title: tr.get("toolkit-questions"),
        answer_label: tr.get("toolkit-answer"),
        questions: t
            .questions
            .iter()
            .map(|q| (q.question.clone(), q.answer.clone()))
            .collect(),
        scenarios_title: tr.get("toolkit-scenarios"),
        scenarios: t
            .scenarios
            .iter()
            .map(|s| (s.title.clone(), s.text.clone()))
            .collect(),
        material_title: tr.get("toolkit-material"),
        material_intro: tr.get("toolkit-material-intro"),
        qr_caption: tr.get("toolkit-qr"),
        qr_src: qr_src(files),
        qr_alt: tr.with(
            "campaign-qr-alt",
            &[("url", &format!("{base}{}", t.guide_url))],
        ),
        downloads: download_items(tr, files),
        shares: share_texts(
            tr,
            "toolkit-share",
            vec![
                (
                    "share-newsletter".into(),
                    tr.get("toolkit-share-newsletter"),
                    format!("{} {page_url}", t.share_newsletter),
                ),
                (
                    "share-intranet".into(),
                    tr.get("toolkit-share-intranet"),
                    format!("{} {page_url}", t.share_intranet),
                ),
            ],
        ),
    }
}

/// For a guide page: the toolkit in its locale whose sector guide it is, if any.
pub fn train_staff(content: &Content, tr: &Tr, guide: &Page) -> Option<TrainStaff> {
    let toolkit = content.pages.iter().find(|p| {
        p.locale == guide.locale && p.toolkit.as_ref().is_some_and(|t| t.guide_url == guide.url)
    })?;
    Some(TrainStaff {
        title: tr.get("toolkit-train"),
        text: tr.get("toolkit-train-text"),
        link_title: toolkit.matter.title.clone(),
        href: toolkit.url.clone(),
    })
}

#[component]
pub fn ToolkitView(blocks: ToolkitBlocks) -> impl IntoView {
    let b = blocks;
    let answer_label = b.answer_label;
    view! {
        <p class="toolkit-sector">{b.sector}</p>
        <nav class="toolkit-guides" aria-labelledby="toolkit-guides">
            <h2 id="toolkit-guides">{b.guides_title}</h2>
            <ul>
                {b.guides
                    .into_iter()
                    .map(|(title, href, description)| view! { <li><a href=href>{title}</a>" · "{description}</li> })
                    .collect_view()}
            </ul>
        </nav>
        <section class="on-shift" aria-labelledby="on-shift">
            <h2 id="on-shift">{b.steps_title}</h2>
            <p>{b.steps_intro}</p>
            <div class="steps-layout">
                <ol class="steps">
                    {b.steps
                        .into_iter()
                        .map(|(label, text)| view! { <li><strong>{label}</strong>" "{text}</li> })
                        .collect_view()}
                </ol>
                <div class="flow" inner_html=b.flow_svg></div>
            </div>
        </section>
        <section class="briefing" aria-labelledby="briefing">
            <h2 id="briefing">{b.briefing_title}</h2>
            <p>{b.briefing_intro}</p>
            <h3>{b.outline_title}</h3>
            <ol class="outline">
                {b.outline
                    .into_iter()
                    .map(|(minutes, topic)| view! { <li><strong class="minutes">{minutes}</strong>" "{topic}</li> })
                    .collect_view()}
            </ol>
            <h3>{b.questions_title}</h3>
            <ol class="questions">
                {b.questions
                    .into_iter()
                    .map(|(question, answer)| {
                        view! {
                            <li>
                                <p class="question">{question}</p>
                                <p class="answer"><strong>{answer_label.clone()}</strong>" "{answer}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <h3>{b.scenarios_title}</h3>
            {b.scenarios
                .into_iter()
                .map(|(title, text)| view! { <div class="scenario"><h4>{title}</h4><p>{text}</p></div> })
                .collect_view()}
        </section>
        <section class="toolkit" aria-labelledby="staff-room">
            <h2 id="staff-room">{b.material_title}</h2>
            <p>{b.material_intro}</p>
            <figure class="toolkit-qr">
                <img src=b.qr_src alt=b.qr_alt width="160" height="160" loading="lazy" />
                <figcaption>{b.qr_caption}</figcaption>
            </figure>
            <DownloadList items=b.downloads />
        </section>
        <ShareSection shares=b.shares />
    }
}

#[component]
pub fn TrainStaffView(train: TrainStaff) -> impl IntoView {
    view! {
        <aside class="train-staff" aria-labelledby="train-staff">
            <h2 id="train-staff">{train.title}</h2>
            <p>{train.text}" "<a href=train.href>{train.link_title}</a></p>
        </aside>
    }
}
