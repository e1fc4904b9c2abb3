//! The main content of each kind of page: home, section, page (guide or plain) and 404.

use leptos::prelude::*;

use super::data::{DataBlocks, DataNotesView, DataView, HomeFigure, HomeFigureView};
use super::toolkit::{ToolkitBlocks, ToolkitView, TrainStaff, TrainStaffView};

/// A link in a list of pages.
#[derive(Clone)]
pub struct ListItem {
    pub title: String,
    pub href: String,
    pub description: String,
    /// A line shown above the description: a campaign's dates.
    pub meta: Option<String>,
    /// The audiences and settings of a guide, for filtered lists.
    pub filter_keys: Vec<(super::filters::Facet, &'static str)>,
}

#[derive(Clone)]
pub struct FilterLink {
    pub label: String,
    pub href: String,
    pub current: bool,
}

/// Links that narrow a guide list, one pre-rendered page per filter (works without JS).
#[derive(Clone)]
pub struct FilterNav {
    pub label: String,
    pub all: FilterLink,
    /// `(heading, links)` for audiences, then settings.
    pub groups: Vec<(String, Vec<FilterLink>)>,
}

/// The blocks a guide adds around its Markdown body.
#[derive(Clone)]
pub struct GuideBlocks {
    pub for_label: String,
    pub audiences: Vec<String>,
    pub settings_label: String,
    pub settings: Vec<String>,
    pub note: String,
    pub act_title: String,
    pub act_items: Vec<String>,
    pub act_links: Vec<(String, String)>,
    pub reviewed: String,
    pub reviewed_iso: String,
    pub sources_title: String,
    /// `(title, publisher, url)`.
    pub sources: Vec<(String, String, Option<String>)>,
}

/// A page of the content tree, of any kind.
#[derive(Clone)]
pub struct ArticleData {
    pub title: String,
    /// Sanitised HTML from the Markdown pipeline.
    pub body_html: String,
    pub guide: Option<GuideBlocks>,
    /// `(heading, items)`: the pages a section lists, in one or more groups.
    pub lists: Vec<(String, Vec<ListItem>)>,
    pub filters: Option<FilterNav>,
    pub campaign: Option<CampaignBlocks>,
    pub snippets: Option<Snippets>,
    /// On a home page: the campaign running now, or the next one.
    pub featured: Option<FeaturedCampaign>,
    /// On a sector toolkit page: steps, briefing, material.
    pub toolkit: Option<ToolkitBlocks>,
    /// On a sector guide: the toolkit that trains staff in it.
    pub train: Option<TrainStaff>,
    /// On a data page: the table, its notes and source.
    pub data: Option<DataBlocks>,
    /// On a home page: a headline figure.
    pub figure: Option<HomeFigure>,
}

/// The campaign a home page points to, with its dates.
#[derive(Clone)]
pub struct FeaturedCampaign {
    /// "Campaign running now" or "Next campaign".
    pub heading: String,
    pub title: String,
    pub href: String,
    pub dates: String,
    pub description: String,
    pub all_label: String,
    pub all_href: String,
}

/// A campaign's dates and status, and the material partners reuse.
#[derive(Clone)]
pub struct CampaignBlocks {
    pub dates: String,
    pub status: String,
    pub shares: ShareTexts,
    pub qr: QrCode,
    pub downloads: Downloads,
}

/// Texts partners paste into their own channels, each with a copy button.
#[derive(Clone)]
pub struct ShareTexts {
    pub title: String,
    /// `(id, heading, text)` of each share text.
    pub items: Vec<(String, String, String)>,
    pub copy_label: String,
    pub copied_label: String,
}

/// A QR code image with its heading.
#[derive(Clone)]
pub struct QrCode {
    pub title: String,
    pub src: String,
    pub alt: String,
}

/// Files to download, with a heading.
#[derive(Clone)]
pub struct Downloads {
    pub title: String,
    /// `(label, href, file name, size)`.
    pub items: Vec<(String, String, String, String)>,
}

/// Copy-ready code to embed the hotline badge or link to the site.
#[derive(Clone)]
pub struct Snippets {
    pub title: String,
    pub intro: String,
    pub preview_title: String,
    pub preview_src: String,
    /// `(heading, code)`.
    pub items: Vec<(String, String)>,
}

#[component]
pub fn Article(data: ArticleData) -> impl IntoView {
    let ArticleData {
        title,
        body_html,
        guide,
        lists,
        filters,
        campaign,
        snippets,
        featured,
        toolkit,
        train,
        data,
        figure,
    } = data;
    view! {
        <article class="page">
            <h1>{title}</h1>
            {guide.clone().map(|g| view! { <GuideMeta guide=g /> })}
            {data.clone().map(|d| view! { <DataView blocks=d /> })}
            <div class="prose" inner_html=body_html></div>
            {data.map(|d| view! { <DataNotesView blocks=d /> })}
            {featured.map(|f| view! { <Featured campaign=f /> })}
            {figure.map(|f| view! { <HomeFigureView figure=f /> })}
            {toolkit.map(|t| view! { <ToolkitView blocks=t /> })}
            {guide.map(|g| view! { <GuideFooter guide=g /> })}
            {train.map(|t| view! { <TrainStaffView train=t /> })}
            {filters.map(|f| view! { <Filters nav=f /> })}
            {campaign.map(|c| view! { <CampaignKit blocks=c /> })}
            {snippets.map(|s| view! { <EmbedSnippets snippets=s /> })}
            {lists
                .into_iter()
                .map(|(heading, items)| {
                    let label = heading.clone();
                    view! {
                        <nav class="page-list" aria-label=label>
                            <h2>{heading}</h2>
                            <ul>
                                {items
                                    .into_iter()
                                    .map(|item| {
                                        view! {
                                            <li>
                                                <a href=item.href>{item.title}</a>
                                                {item.meta.map(|m| view! { <p class="list-meta">{m}</p> })}
                                                <p>{item.description}</p>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </nav>
                    }
                })
                .collect_view()}
        </article>
    }
}

#[component]
fn Featured(campaign: FeaturedCampaign) -> impl IntoView {
    view! {
        <section class="featured-campaign" aria-labelledby="featured-campaign">
            <h2 id="featured-campaign">{campaign.heading}</h2>
            <p class="featured-title"><a href=campaign.href>{campaign.title}</a></p>
            <p class="list-meta">{campaign.dates}</p>
            <p>{campaign.description}</p>
            <p><a href=campaign.all_href>{campaign.all_label}</a></p>
        </section>
    }
}

#[component]
fn CampaignKit(blocks: CampaignBlocks) -> impl IntoView {
    view! {
        <p class="campaign-dates"><strong>{blocks.status}</strong>" · "{blocks.dates}</p>
        <ShareSection shares=blocks.shares />
        <QrSection qr=blocks.qr />
        <DownloadSection downloads=blocks.downloads />
    }
}

#[component]
pub fn ShareSection(shares: ShareTexts) -> impl IntoView {
    let ShareTexts {
        title,
        items,
        copy_label,
        copied_label,
    } = shares;
    view! {
        <section class="toolkit" aria-labelledby="share">
            <h2 id="share">{title}</h2>
            {items
                .into_iter()
                .map(|(id, heading, text)| {
                    view! {
                        <h3>{heading}</h3>
                        <p class="share-text" id=id.clone()>{text}</p>
                        <button type="button" class="copy" data-copy=id data-copied=copied_label.clone() hidden="">
                            {copy_label.clone()}
                        </button>
                    }
                })
                .collect_view()}
        </section>
    }
}

#[component]
pub fn QrSection(qr: QrCode) -> impl IntoView {
    view! {
        <section class="toolkit" aria-labelledby="qr">
            <h2 id="qr">{qr.title}</h2>
            <img src=qr.src alt=qr.alt width="200" height="200" loading="lazy" />
        </section>
    }
}

#[component]
pub fn DownloadSection(downloads: Downloads) -> impl IntoView {
    view! {
        <section class="toolkit" aria-labelledby="downloads">
            <h2 id="downloads">{downloads.title}</h2>
            <DownloadList items=downloads.items />
        </section>
    }
}

#[component]
pub fn DownloadList(items: Vec<(String, String, String, String)>) -> impl IntoView {
    view! {
        <ul class="downloads">
            {items
                .into_iter()
                .map(|(label, href, file, size)| {
                    view! { <li><a href=href download=file.clone()>{label}</a>" ("{file}", "{size}")"</li> }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
fn EmbedSnippets(snippets: Snippets) -> impl IntoView {
    view! {
        <section class="toolkit" aria-labelledby="embed">
            <h2 id="embed">{snippets.title}</h2>
            <p>{snippets.intro}</p>
            {snippets
                .items
                .into_iter()
                .map(|(heading, code)| view! { <h3>{heading}</h3><pre class="snippet"><code>{code}</code></pre> })
                .collect_view()}
            <iframe
                class="badge-preview"
                src=snippets.preview_src
                title=snippets.preview_title
                width=super::badge::Style::Full.size().0
                height=super::badge::Style::Full.size().1
            ></iframe>
        </section>
    }
}

fn filter_link(link: FilterLink) -> impl IntoView {
    view! { <a href=link.href aria-current=link.current.then_some("page")>{link.label}</a> }
}

#[component]
pub(crate) fn Filters(nav: FilterNav) -> impl IntoView {
    view! {
        <nav class="filters" aria-label=nav.label>
            <p>{filter_link(nav.all)}</p>
            {nav
                .groups
                .into_iter()
                .map(|(heading, links)| {
                    view! {
                        <p>
                            <span class="filters-heading">{heading}": "</span>
                            {links
                                .into_iter()
                                .map(|l| view! { {filter_link(l)}" " })
                                .collect_view()}
                        </p>
                    }
                })
                .collect_view()}
        </nav>
    }
}

#[component]
fn GuideMeta(guide: GuideBlocks) -> impl IntoView {
    view! {
        <dl class="guide-meta">
            <dt>{guide.for_label}</dt>
            <dd>{guide.audiences.join(", ")}</dd>
            <dt>{guide.settings_label}</dt>
            <dd>{guide.settings.join(", ")}</dd>
        </dl>
    }
}

#[component]
fn GuideFooter(guide: GuideBlocks) -> impl IntoView {
    view! {
        <p class="guide-note">{guide.note}</p>
        <section class="guide-act" aria-labelledby="what-you-can-do">
            <h2 id="what-you-can-do">{guide.act_title}</h2>
            <ul>
                {guide.act_items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
            </ul>
            <p class="guide-act-links">
                {guide
                    .act_links
                    .into_iter()
                    .map(|(label, href)| view! { <a href=href>{label}</a>" " })
                    .collect_view()}
            </p>
        </section>
        <p class="guide-reviewed">
            <time datetime=guide.reviewed_iso>{guide.reviewed}</time>
        </p>
        <section class="guide-sources" aria-labelledby="sources">
            <h2 id="sources">{guide.sources_title}</h2>
            <ul>
                {guide
                    .sources
                    .into_iter()
                    .map(|(title, publisher, url)| {
                        let title = match url {
                            Some(url) => view! { <a href=url>{title}</a> }.into_any(),
                            None => view! { <cite>{title}</cite> }.into_any(),
                        };
                        view! { <li>{title}", "{publisher}</li> }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// What the 404 page says.
#[derive(Clone)]
pub struct NotFoundData {
    pub title: String,
    pub text: String,
    pub home_label: String,
    pub home_href: String,
    /// `(label, href)` of the report page, where the locale has one.
    pub report: Option<(String, String)>,
}

#[component]
pub fn NotFound(data: NotFoundData) -> impl IntoView {
    view! {
        <article class="page">
            <h1>{data.title}</h1>
            <p>{data.text}</p>
            <p>
                <a href=data.home_href>{data.home_label}</a>
            </p>
            {data.report.map(|(label, href)| view! { <p><a href=href>{label}</a></p> })}
        </article>
    }
}
