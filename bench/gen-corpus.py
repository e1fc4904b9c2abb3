#!/usr/bin/env python3
"""Generate a large corpus (default 2 locales x 5,000 pages) for hotline-site and Hugo.

The same Markdown files (TOML front matter, headings, lists, tables, links) go to
OUT/site/content/<locale>/... for hotline-site and OUT/hugo/content/<locale>/... for Hugo,
with the configuration and minimal templates each needs.

With WITH_BUNDLED=1 the hotline-site corpus is the bundled site (its content, settings and
social cards) with the generated pages added to it: the site as users configure it, grown.
Hugo's corpus is the generated pages alone either way.

usage: [WITH_BUNDLED=1] gen-corpus.py OUT [PAGES_PER_LOCALE]
"""
import os
import random
import shutil
import sys

out = sys.argv[1]
per_locale = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
sections = 50
random.seed(7)
WORDS = ("worker recruiter passport debt wages hours housing contract fee agency permit employer "
         "threat control phone money hotel farm truck school clinic bank travel document sign help "
         "call safe confidential support language interpreter shelter rights").split()


def sentence(n=12):
    return " ".join(random.choice(WORDS) for _ in range(n)).capitalize() + "."


def page_body(i, section):
    other = (i + 1) % (per_locale // sections)
    return (
        f"{sentence(20)} {sentence(15)}\n\n## Signs at work\n\n"
        + "".join(f"- {sentence(8)}\n" for _ in range(6))
        + f"\n## Money and documents\n\n{sentence(25)}\n\n"
        + "| sign | where |\n|---|---|\n"
        + "".join(f"| {sentence(3)} | {random.choice(WORDS)} |\n" for _ in range(4))
        + f"\nSee [the next page](@/s{section}/p{other}.md) and {sentence(10)}\n\n"
        + "".join(f"{sentence(18)} {sentence(14)}\n\n" for _ in range(3))
    )


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


shutil.rmtree(out, ignore_errors=True)
here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(here)
site = os.path.join(out, "site")
hugo = os.path.join(out, "hugo")
with_bundled = os.environ.get("WITH_BUNDLED") == "1"
if with_bundled:
    shutil.copytree(os.path.join(repo, "content"), os.path.join(site, "content"))
for locale in ("en", "fr"):
    home = f'+++\ntitle = "Corpus {locale}"\ndescription = "Home."\n+++\n\n{sentence()}\n'
    if not with_bundled:
        write(f"{site}/content/{locale}/_index.md", home)
    write(f"{hugo}/content/{locale}/_index.md", home)
    for s in range(sections):
        idx = f'+++\ntitle = "Section {s}"\ndescription = "Section {s}."\n+++\n\n{sentence()}\n'
        write(f"{site}/content/{locale}/s{s}/_index.md", idx)
        write(f"{hugo}/content/{locale}/s{s}/_index.md", idx)
        for i in range(per_locale // sections):
            fm = (f'+++\ntitle = "Page {s}-{i} {random.choice(WORDS)}"\n'
                  f'description = "{sentence(10)}"\nweight = {i}\ndate = 2026-01-{1 + i % 28:02d}\n+++\n\n')
            body = page_body(i, s)
            write(f"{site}/content/{locale}/s{s}/p{i}.md", fm + body)
            # Hugo spells internal links with its ref shortcode; everything else is identical.
            hbody = body.replace(f"(@/s{s}/", f"({{{{< ref \"/s{s}/").replace(".md)", ".md\" >}})")
            write(f"{hugo}/content/{locale}/s{s}/p{i}.md", fm + hbody)

# Hugo draws no images, so for equal work the corpus turns social cards off; the note reports
# the export with cards on separately (export-vs-hugo.sh, CARDS=1).
if not with_bundled:
  write(f"{site}/content/site.toml", '''base_url = "https://corpus.example.org"
social_cards = false
default_locale = "en"
locales = ["en", "fr"]
[hotline]
phone = "1-833-900-1010"
phone_e164 = "+18339001010"
emergency = "911"
[quick_exit]
url = "https://weather.gc.ca/"
''')
for d in ("locales", "style", "public"):
    shutil.copytree(os.path.join(repo, d), os.path.join(site, d))

write(f"{hugo}/hugo.toml", '''baseURL = "https://corpus.example.org/"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
[languages.en]
contentDir = "content/en"
weight = 1
[languages.fr]
contentDir = "content/fr"
weight = 2
''')
# Layouts of comparable work: a shell with head, hotline, nav and translations, then content.
shell_head = '''<!DOCTYPE html><html lang="{{ .Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>
<meta name="description" content="{{ .Description }}"><link rel="canonical" href="{{ .Permalink }}">
{{ range .Translations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}">{{ end }}
</head><body><header><a href="tel:+18339001010">Call 1-833-900-1010</a><a href="https://weather.gc.ca/">Quick exit</a></header><main><h1>{{ .Title }}</h1>'''
write(f"{hugo}/layouts/_default/single.html", shell_head + "{{ .Content }}</main></body></html>\n")
write(f"{hugo}/layouts/_default/list.html", shell_head + '{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Description }}</p></li>{{ end }}</ul></main></body></html>\n')
print(f"wrote {2 * per_locale} pages to {site} and {hugo}")
