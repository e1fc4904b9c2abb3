//! What campaign pages and the partners page add for partners: dates and status, share
//! texts with copy buttons, the QR code, downloads, and the badge embed snippets.

use time::Date;

use super::pages::{
    CampaignBlocks, Downloads, FeaturedCampaign, ListItem, QrCode, ShareTexts, Snippets,
};
use super::view_model::{format_date, hotline};
use crate::content::campaign::Status;
use crate::content::{Campaign, Content, Page};
use crate::i18n::Tr;
use crate::material::{Download, Material};

/// Today, for sorting campaigns into current, upcoming and past (the site rebuilds daily).
pub fn today() -> Date {
    time::OffsetDateTime::now_utc().date()
}

pub fn campaign_blocks(
    content: &Content,
    tr: &Tr,
    page: &Page,
    c: &Campaign,
    material: &Material,
) -> CampaignBlocks {
    let url = format!("{}{}", content.config.base_url, page.url);
    let status = match c.status(today()) {
        Status::Current => "campaign-current",
        Status::Upcoming => "campaign-upcoming",
        Status::Past => "campaign-past",
    };
    let files = material.downloads.get(&page.url).map_or(&[][..], |d| d);
    CampaignBlocks {
        dates: campaign_dates(tr, c),
        status: tr.get(status),
        shares: share_texts(
            tr,
            "campaign-share",
            vec![
                (
                    "share-short".into(),
                    tr.get("campaign-share-short"),
                    format!("{} {url}", c.share_short),
                ),
                (
                    "share-long".into(),
                    tr.get("campaign-share-long"),
                    format!("{} {url}", c.share_long),
                ),
            ],
        ),
        qr: QrCode {
            title: tr.get("campaign-qr"),
            src: qr_src(files),
            alt: tr.with("campaign-qr-alt", &[("url", &url)]),
        },
        downloads: Downloads {
            title: tr.get("campaign-downloads"),
            items: download_items(tr, files),
        },
    }
}

/// Share texts under the heading `title_id`, with the copy button's words.
pub fn share_texts(tr: &Tr, title_id: &str, items: Vec<(String, String, String)>) -> ShareTexts {
    ShareTexts {
        title: tr.get(title_id),
        items,
        copy_label: tr.get("campaign-copy"),
        copied_label: tr.get("campaign-copied"),
    }
}

/// The URL of the QR code (SVG) among a page's drawn files.
pub fn qr_src(files: &[Download]) -> String {
    files
        .iter()
        .find(|d| d.label == "material-qr-svg")
        .map(|d| d.url.clone())
        .unwrap_or_default()
}

/// `(label, href, file name, size)` of each drawn file, labels in the locale's words.
pub fn download_items(tr: &Tr, files: &[Download]) -> Vec<(String, String, String, String)> {
    files
        .iter()
        .map(|d| {
            (
                tr.get(d.label),
                d.url.clone(),
                d.file_name.clone(),
                human_size(d.bytes),
            )
        })
        .collect()
}

fn human_size(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / 1_048_576.0)
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// The campaigns of a section, by status, newest first within each group.
pub fn campaign_lists(content: &Content, tr: &Tr, section: &Page) -> Vec<(String, Vec<ListItem>)> {
    let today = today();
    let mut groups = Vec::new();
    for (status, heading) in [
        (Status::Current, "campaigns-current"),
        (Status::Upcoming, "campaigns-upcoming"),
        (Status::Past, "campaigns-past"),
    ] {
        let mut pages: Vec<&Page> = content
            .children(section)
            .filter(|p| {
                p.campaign
                    .as_ref()
                    .is_some_and(|c| c.status(today) == status)
            })
            .collect();
        pages.sort_by_key(|p| std::cmp::Reverse(p.campaign.as_ref().map(|c| c.start)));
        if !pages.is_empty() {
            groups.push((
                tr.get(heading),
                pages
                    .into_iter()
                    .map(|p| ListItem {
                        meta: p.campaign.as_ref().map(|c| campaign_dates(tr, c)),
                        ..super::list_item(p)
                    })
                    .collect(),
            ));
        }
    }
    groups
}

/// For a locale's home page: the campaign running today, or else the next to start;
/// `None` when neither exists.
pub fn featured_campaign(
    content: &Content,
    tr: &Tr,
    locale: &str,
    today: Date,
) -> Option<FeaturedCampaign> {
    let campaigns: Vec<(&Page, &Campaign)> = content
        .pages
        .iter()
        .filter(|p| p.locale == locale)
        .filter_map(|p| p.campaign.as_ref().map(|c| (p, c)))
        .collect();
    let dates: Vec<&Campaign> = campaigns.iter().map(|(_, c)| *c).collect();
    let (i, status) = pick_featured(&dates, today)?;
    let (page, campaign) = campaigns[i];
    Some(FeaturedCampaign {
        heading: tr.get(match status {
            Status::Current => "home-campaign-current",
            _ => "home-campaign-upcoming",
        }),
        title: page.matter.title.clone(),
        href: page.url.clone(),
        dates: campaign_dates(tr, campaign),
        description: page.matter.description.clone(),
        all_label: tr.get("home-campaign-all"),
        all_href: page
            .parent
            .map(|i| content.pages[i].url.clone())
            .unwrap_or_default(),
    })
}

/// The campaign a home page features, by index, with its status: of those running today,
/// the one that started last; else the one that starts soonest. Past campaigns never.
fn pick_featured(campaigns: &[&Campaign], today: Date) -> Option<(usize, Status)> {
    let with_status = |status| {
        campaigns
            .iter()
            .enumerate()
            .filter(move |(_, c)| c.status(today) == status)
    };
    with_status(Status::Current)
        .max_by_key(|(_, c)| c.start)
        .map(|(i, _)| (i, Status::Current))
        .or_else(|| {
            with_status(Status::Upcoming)
                .min_by_key(|(_, c)| c.start)
                .map(|(i, _)| (i, Status::Upcoming))
        })
}

/// "15 February 2027 to 28 February 2027", in the locale's words.
pub fn campaign_dates(tr: &Tr, c: &Campaign) -> String {
    tr.with(
        "campaign-dates",
        &[
            ("start", &format_date(tr, c.start)),
            ("end", &format_date(tr, c.end)),
        ],
    )
}

/// The `<iframe>` and plain-link snippets partners paste into their own pages.
pub fn badge_snippets(content: &Content, tr: &Tr) -> Snippets {
    let base = &content.config.base_url;
    let locale = tr.locale;
    let h = hotline(content, tr);
    let badge = |style: super::badge::Style| {
        let (w, height) = style.size();
        format!(
            "<iframe src=\"{base}{}\" title=\"{}\" width=\"{w}\" height=\"{height}\" style=\"border:0\" loading=\"lazy\"></iframe>",
            super::badge::url(locale, style),
            tr.get("site-name").replace('"', "&quot;")
        )
    };
    Snippets {
        title: tr.get("embed-title"),
        intro: tr.get("embed-intro"),
        preview_title: tr.get("embed-preview"),
        preview_src: super::badge::url(locale, super::badge::Style::Full),
        items: vec![
            (tr.get("embed-badge"), badge(super::badge::Style::Full)),
            (
                tr.get("embed-badge-compact"),
                badge(super::badge::Style::Compact),
            ),
            (
                tr.get("embed-link"),
                format!("<a href=\"{base}/{locale}/\">{}</a>", h.call),
            ),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn campaign(start: Date, end: Date) -> Campaign {
        Campaign {
            start,
            end,
            hashtag: "#Tag".into(),
            share_short: String::new(),
            share_long: String::new(),
            poster_headline: String::new(),
            poster_text: String::new(),
        }
    }

    #[test]
    fn the_home_page_features_the_running_campaign_else_the_next() {
        let past = campaign(date!(2026 - 07 - 20), date!(2026 - 08 - 05));
        let running = campaign(date!(2026 - 11 - 01), date!(2026 - 12 - 31));
        let newer = campaign(date!(2026 - 11 - 20), date!(2026 - 12 - 05));
        let later = campaign(date!(2027 - 07 - 20), date!(2027 - 08 - 05));
        let soon = campaign(date!(2027 - 02 - 15), date!(2027 - 02 - 28));
        let today = date!(2026 - 11 - 30);
        let all = [&past, &running, &newer, &later, &soon];
        assert_eq!(pick_featured(&all, today), Some((2, Status::Current)));
        let none_running = [&past, &later, &soon];
        assert_eq!(
            pick_featured(&none_running, today),
            Some((2, Status::Upcoming))
        );
        assert_eq!(pick_featured(&[&past], today), None);
        // The last day of a campaign still counts as running.
        assert_eq!(
            pick_featured(&[&running], date!(2026 - 12 - 31)),
            Some((0, Status::Current))
        );
    }
}
