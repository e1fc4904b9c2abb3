//! Malformed content and locale files (quality.md's list): each is reported with its
//! `path:line` and a message a content author understands, and nothing is served half-built.

mod common;

use common::{page, Fixture};

/// Asserts that some error starts with `prefix` (path:line:column) and mentions `words`.
fn assert_error(errors: &[String], prefix: &str, words: &str) {
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with(prefix) && e.contains(words)),
        "no error at {prefix} mentioning {words:?} in:\n{}",
        errors.join("\n")
    );
}

#[test]
fn the_fixture_itself_builds() {
    let f = Fixture::new();
    let site = f.build().expect("fixture builds");
    assert!(site.files.contains_key("/fr/aide/"));
}

#[test]
fn malformed_toml() {
    let f = Fixture::new();
    f.write(
        "content/en/help.md",
        "+++\ntitle = \"Help\ndescription = \"x\"\n+++\n",
    );
    assert_error(&f.errors(), "content/en/help.md:2:", "");
}

#[test]
fn unknown_field() {
    let f = Fixture::new();
    f.write("content/en/help.md", &page("Help", "colour = \"red\"\n"));
    assert_error(
        &f.errors(),
        "content/en/help.md:4:1: error:",
        "unknown field `colour`",
    );
}

#[test]
fn invalid_dates() {
    let f = Fixture::new();
    f.write("content/en/help.md", &page("Help", "date = 2026-02-30\n"));
    assert_error(&f.errors(), "content/en/help.md:4:", "");
    let f = Fixture::new();
    f.write(
        "content/en/help.md",
        &page("Help", "date = \"yesterday\"\n"),
    );
    assert_error(&f.errors(), "content/en/help.md:4:", "date");
}

#[test]
fn missing_required_fields() {
    let f = Fixture::new();
    f.write("content/en/help.md", "+++\ntitle = \"Help\"\n+++\nBody\n");
    assert_error(
        &f.errors(),
        "content/en/help.md:2:",
        "missing field `description`",
    );
}

#[test]
fn missing_front_matter() {
    let f = Fixture::new();
    f.write("content/en/help.md", "# Help\n\nNo front matter.\n");
    assert_error(
        &f.errors(),
        "content/en/help.md:1:1:",
        "must start with a `+++` line",
    );
}

#[test]
fn duplicate_slugs() {
    let f = Fixture::new();
    f.write("content/en/other.md", &page("Other", "slug = \"help\"\n"));
    assert_error(
        &f.errors(),
        "content/en/other.md:4:",
        "URL /en/help/ is already used by",
    );
}

#[test]
fn duplicate_translation_keys() {
    let f = Fixture::new();
    f.write(
        "content/en/other.md",
        &page("Other", "translation_key = \"help\"\n"),
    );
    assert_error(
        &f.errors(),
        "content/en/other.md:4:",
        "translation key `help` is already used",
    );
}

#[test]
fn links_to_missing_pages() {
    let f = Fixture::new();
    f.write(
        "content/en/help.md",
        "+++\ntitle = \"Help\"\ndescription = \"d\"\n+++\n\nLine one.\nSee [this](@/nowhere.md).\n",
    );
    assert_error(&f.errors(), "content/en/help.md:7:5:", "@/nowhere.md");
}

#[test]
fn invalid_slug() {
    let f = Fixture::new();
    f.write(
        "content/en/help.md",
        &page("Help", "slug = \"Get Help!\"\n"),
    );
    assert_error(&f.errors(), "content/en/help.md:4:", "try `get-help`");
}

#[test]
fn missing_required_page_in_a_locale() {
    let f = Fixture::new();
    std::fs::remove_file(f.path("content/fr/help.md")).unwrap();
    assert_error(
        &f.errors(),
        "content/site.toml:4:",
        "locale `fr` lacks the required page `help`",
    );
}

#[test]
fn broken_fluent_syntax() {
    let f = Fixture::new();
    let text = std::fs::read_to_string(f.path("locales/fr/main.ftl")).unwrap();
    f.write("locales/fr/main.ftl", &format!("{text}broken = {{ $x\n"));
    let line = text.lines().count() + 1;
    assert_error(
        &f.errors(),
        &format!("locales/fr/main.ftl:{line}:"),
        "Fluent syntax",
    );
}

#[test]
fn invalid_utf8() {
    let f = Fixture::new();
    f.write_bytes(
        "content/en/help.md",
        b"+++\ntitle = \"Help\"\ndescription = \"caf\xe9\"\n+++\n",
    );
    assert_error(&f.errors(), "content/en/help.md:3:19:", "not valid UTF-8");
}

#[test]
fn a_50_mb_file() {
    let f = Fixture::new();
    let file = std::fs::File::create(f.path("content/en/huge.md")).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    assert_error(&f.errors(), "content/en/huge.md:1:1:", "file is 50.0 MB");
}

#[test]
fn folder_without_index() {
    let f = Fixture::new();
    f.write("content/en/lost/page.md", &page("Page", ""));
    assert_error(
        &f.errors(),
        "content/en/lost/page.md:1:1:",
        "add `en/lost/_index.md`",
    );
}

#[test]
fn unknown_guide_vocabulary() {
    let f = Fixture::new();
    f.write(
        "content/en/guides/g.md",
        &page(
            "G",
            "[guide]\naudiences = [\"martians\"]\nsettings = [\"any\"]\nreviewed = 2026-01-01\n",
        ),
    );
    assert_error(
        &f.errors(),
        "content/en/guides/g.md:5:1:",
        "unknown audience `martians`",
    );
}

#[test]
fn toolkit_problems_name_the_entry_they_are_in() {
    let f = Fixture::new();
    common::write_toolkit(&f, "en");
    f.build().expect("the fixture's toolkit is valid");
    let kit = common::TOOLKIT
        // Line 7: a guide that does not exist.
        .replace("guide = \"guides/g.md\"", "guide = \"guides/nope.md\"")
        // Line 22: the third step's label is too long to draw.
        .replace(
            "label = \"Call the hotline\"",
            &format!("label = \"{}\"", "x".repeat(40)),
        )
        // The last part makes the briefing 18 minutes: reported at the first part (line 26).
        .replace(
            "minutes = 5\ntopic = \"A scenario.\"",
            "minutes = 8\ntopic = \"A scenario.\"",
        );
    f.write("content/en/guides/kit.md", &kit);
    let errors = f.errors();
    assert_error(
        &errors,
        "content/en/guides/kit.md:7:1:",
        "`guides/nope.md` is no page",
    );
    assert_error(
        &errors,
        "content/en/guides/kit.md:22:1:",
        "step 3: `label` has 40 characters",
    );
    assert_error(&errors, "content/en/guides/kit.md:26:1:", "add up to 18");
}

#[test]
fn a_toolkit_must_point_to_a_guide_and_need_enough_entries() {
    let f = Fixture::new();
    common::write_toolkit(&f, "en");
    let kit = common::TOOLKIT
        .replace("guide = \"guides/g.md\"", "guide = \"help.md\"")
        .replace("sector = \"hotels\"", "sector = \"spaceports\"");
    let one_scenario = kit
        .rsplit_once("[[toolkit.scenarios]]")
        .unwrap()
        .0
        .to_string()
        + "+++\n";
    f.write("content/en/guides/kit.md", &one_scenario);
    let errors = f.errors();
    assert_error(
        &errors,
        "content/en/guides/kit.md:6:1:",
        "unknown sector `spaceports`",
    );
    assert_error(&errors, "content/en/guides/kit.md:7:1:", "not a guide");
    assert_error(
        &errors,
        "content/en/guides/kit.md:45:1:",
        "2 to 3 `[[toolkit.scenarios]]` entries; it has 1",
    );
}

#[test]
fn bad_datasets_are_reported_at_their_line() {
    let f = Fixture::new();
    common::write_dataset(&f);
    f.build().expect("the fixture's dataset is valid");
    let bad = common::DATASET
        // Line 4: no source left (its four lines removed).
        .replace(
            "[[sources]]\npublisher = \"A publisher\"\ntitle = \"A report\"\nurl = \"https://example.org/report\"\n",
            "",
        )
        // A count given as text (line 16 once the source is gone).
        .replace("values = { cases = 3, rate = 0.5 }", "values = { cases = \"three\", rate = 0.5 }");
    f.write("content/data/d.toml", &bad);
    let errors = f.errors();
    assert_error(&errors, "content/data/d.toml:1:1:", "needs a source");
    assert_error(
        &errors,
        "content/data/d.toml:16:1:",
        "must be a whole number",
    );
    // Totals that do not add up are reported at the `[[totals]]` row.
    let f = Fixture::new();
    common::write_dataset(&f);
    f.write(
        "content/data/d.toml",
        &common::DATASET.replace("values = { cases = 2311 }", "values = { cases = 2312 }"),
    );
    assert_error(&f.errors(), "content/data/d.toml:32:1:", "add up to 2311");
}

#[test]
fn a_data_page_needs_every_label_and_every_locale_needs_the_page() {
    let f = Fixture::new();
    common::write_dataset(&f);
    f.write(
        "content/fr/data/d.md",
        &common::DATA_PAGE
            .replace("rate = \"Rate\"\n", "")
            .replace("{all.cases} cases\"", "{all.nothing} cases\""),
    );
    let errors = f.errors();
    assert_error(&errors, "content/fr/data/d.md:6:1:", "no label for `rate`");
    assert_error(
        &errors,
        "content/fr/data/d.md:8:1:",
        "`{all.nothing}` names no cell",
    );
    let f = Fixture::new();
    common::write_dataset(&f);
    std::fs::remove_file(f.path("content/fr/data/d.md")).unwrap();
    assert_error(
        &f.errors(),
        "content/data/d.toml:",
        "no page in content/fr/",
    );
}

#[test]
fn bad_site_config() {
    let f = Fixture::new();
    f.write(
        "content/site.toml",
        &common::SITE_TOML.replace(
            "url = \"https://neutral.example.net/weather\"",
            "url = \"/local\"",
        ),
    );
    assert_error(&f.errors(), "content/site.toml:14:1:", "quick_exit.url");
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let f = Fixture::new();
    f.write("content/en/help.md", &page("Help", "colour = 1\n"));
    f.write(
        "content/fr/help.md",
        &page("Aide", "slug = \"aide\"\nweight = \"heavy\"\n"),
    );
    f.write("content/en/x.md", "no front matter");
    let errors = f.errors();
    assert!(errors.len() >= 3, "{errors:?}");
}

#[test]
fn drafts_are_left_out() {
    let f = Fixture::new();
    f.write("content/en/draft.md", &page("Draft", "draft = true\n"));
    let site = f.build().unwrap();
    assert!(!site.files.contains_key("/en/draft/"));
}

#[test]
fn aliases_must_stay_on_the_site() {
    let f = Fixture::new();
    f.write(
        "content/en/help.md",
        &page("Help", "aliases = [\"https://evil.example/\"]\n"),
    );
    assert_error(
        &f.errors(),
        "content/en/help.md:4:",
        "must be a path on this site",
    );
}

#[test]
fn a_tip_recipient_that_is_not_an_age_key_is_an_error_at_its_line() {
    let f = Fixture::new();
    let toml = format!(
        "{}\n[tips]\nrecipients = [\"age1notakey\"]\npost_url = \"https://tips.example.org/path\"\nretention_days = 0\n",
        common::SITE_TOML
    );
    f.write("content/site.toml", &toml);
    let line = toml
        .lines()
        .position(|l| l.starts_with("recipients"))
        .unwrap()
        + 1;
    let errors = f.errors();
    assert_error(
        &errors,
        &format!("content/site.toml:{line}:1:"),
        "`age1notakey` is not an age X25519 recipient",
    );
    assert_error(
        &errors,
        &format!("content/site.toml:{}:1:", line + 1),
        "must be an origin",
    );
    assert_error(
        &errors,
        &format!("content/site.toml:{}:1:", line + 2),
        "between 1 and 3650",
    );
}

/// A directory listing with one service; `service` is added to its `[[services]]` table and
/// `after` after it (e.g. a `[services.address]` table).
fn listing(visibility: &str, service: &str, after: &str, verified: &str) -> String {
    format!(
        r#"id = "0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3"
name = "Example Line"
verified = {verified}
sources = ["https://example.org/about"]

[[services]]
key = "line"
id = "1c7d2e3f-4051-4b6c-9d7e-8f90a1b2c3d4"
visibility = "{visibility}"
areas = ["ON"]
types = ["crisis"]
phones = [{{ number = "1-800-555-0199", kind = "voice" }}]
{service}
{after}
[text.en]
description = "An example."

[text.en.services.line]
name = "Crisis line"
description = "Listens."
how_to_reach = "Call."
"#
    )
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle")
        + 1
}

fn today_minus(days: i64) -> String {
    (time::OffsetDateTime::now_utc().date() - time::Duration::days(days)).to_string()
}

#[test]
fn an_address_under_area_or_phone_is_an_error_at_its_line() {
    for visibility in ["area", "phone"] {
        let f = Fixture::new();
        let text = listing(
            visibility,
            "",
            "[services.address]\nstreet = \"12 Hidden Road\"\ncity = \"Ottawa\"\nprovince = \"ON\"\npostal_code = \"K1A 0B1\"\n",
            &today_minus(1),
        );
        f.write("content/directory/line.toml", &text);
        let errors = f.errors();
        let line = line_of(&text, "street =");
        assert!(
            errors
                .iter()
                .any(|e| e.contains("content/directory/line.toml:")
                    && e.contains(&format!("visibility = \"{visibility}\""))
                    && e.contains("cannot hold an address")
                    && [line - 1, line]
                        .iter()
                        .any(|l| e.contains(&format!("line.toml:{l}:")))),
            "{visibility}: {errors:#?}"
        );
        assert!(
            f.build().is_err(),
            "a listing with a hidden address never builds"
        );
    }
}

#[test]
fn coordinates_a_street_field_or_a_numbered_place_under_area_or_phone_are_errors() {
    let cases = [
        (
            "phone",
            "latitude = 45.4\nlongitude = -75.7\n",
            "latitude =",
            "cannot hold coordinates",
        ),
        (
            "area",
            "street = \"12 Hidden Road\"\n",
            "street =",
            "unknown field `street`",
        ),
        (
            "area",
            "place = \"12 Hidden Road\"\n",
            "place =",
            "cannot hold numbers",
        ),
        (
            "phone",
            "place = \"Ottawa\"\n",
            "place =",
            "publishes no place",
        ),
        (
            "public",
            "latitude = 45.4\n",
            "latitude =",
            "inside `[services.address]`",
        ),
    ];
    for (visibility, service, needle, words) in cases {
        let f = Fixture::new();
        let text = listing(visibility, service, "", &today_minus(1));
        f.write("content/directory/line.toml", &text);
        let line = line_of(&text, needle);
        assert_error(
            &f.errors(),
            &format!("content/directory/line.toml:{line}:"),
            words,
        );
    }
}

#[test]
fn a_postal_code_in_the_words_of_a_hidden_service_is_an_error() {
    let f = Fixture::new();
    let text = listing("area", "", "", &today_minus(1)).replace(
        "how_to_reach = \"Call.\"",
        "how_to_reach = \"Come to the back door, K1A 0B1.\"",
    );
    f.write("content/directory/line.toml", &text);
    assert_error(
        &f.errors(),
        "content/directory/line.toml:",
        "looks like a postal code",
    );
}

#[test]
fn a_listing_is_a_warning_after_12_months_and_an_error_after_24() {
    let f = Fixture::new();
    let old = listing("phone", "", "", &today_minus(400));
    f.write("content/directory/line.toml", &old);
    let line = line_of(&old, "verified =");
    assert!(f.build().is_ok(), "a year-old listing still builds");
    assert!(
        f.warnings().iter().any(
            |w| w.starts_with(&format!("content/directory/line.toml:{line}:"))
                && w.contains("more than 12 months ago")
        ),
        "{:#?}",
        f.warnings()
    );
    f.write(
        "content/directory/line.toml",
        &listing("phone", "", "", &today_minus(800)),
    );
    assert_error(
        &f.errors(),
        &format!("content/directory/line.toml:{line}:"),
        "more than 24 months ago",
    );
}

#[test]
fn unknown_terms_areas_and_missing_words_are_errors_at_their_lines() {
    let f = Fixture::new();
    let text = listing(
        "phone",
        "populations = [\"everyone-ish\"]\n",
        "",
        &today_minus(1),
    )
    .replace("areas = [\"ON\"]", "areas = [\"ZZ\"]")
    .replace("how_to_reach = \"Call.\"", "how_to_reach = \"\"");
    f.write("content/directory/line.toml", &text);
    let errors = f.errors();
    assert_error(
        &errors,
        &format!(
            "content/directory/line.toml:{}:",
            line_of(&text, "populations")
        ),
        "unknown population `everyone-ish`",
    );
    assert_error(
        &errors,
        &format!("content/directory/line.toml:{}:", line_of(&text, "areas =")),
        "unknown area `ZZ`",
    );
    assert_error(
        &errors,
        "content/directory/line.toml:",
        "`how_to_reach` is empty",
    );
}
