#!/usr/bin/env python3
"""Generate a large referral directory: the bundled site with N organisations added.

Writes OUT/content (a copy of the bundled content with N generated files in
content/directory/), OUT/locales, OUT/style and OUT/public, so that
`hotline-site serve --content OUT/content --locales OUT/locales ...` serves the site as users
configure it, grown. Each organisation has one or two phone-only or area services, with
English and French words (other locales fall back to English, as the site does).

usage: gen-directory.py OUT [ORGS]
"""
import os
import random
import shutil
import sys
import uuid

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
random.seed(12)

REGIONS = "BC AB SK MB ON QC NB NS PE NL YT NT NU".split()
TYPES = ("crisis counselling information shelter victim-services legal work-rights "
         "immigration report online-exploitation").split()
POPS = "anyone children-youth women indigenous migrant-workers francophone victims low-income".split()
LANGS = "eng fra cre oji iku spa cmn yue pan tgl arb ukr".split()
WORDS = ("support listen counsel legal rights work wages housing safety plan referral shelter "
         "family youth women worker migrant report help call text chat confidential free").split()


def words(n):
    return " ".join(random.choice(WORDS) for _ in range(n)).capitalize() + "."


def phone():
    return f"1-8{random.randint(0, 9)}{random.randint(0, 9)}-{random.randint(200, 999)}-{random.randint(1000, 9999)}"


shutil.rmtree(out, ignore_errors=True)
for part in ("content", "locales", "style", "public"):
    shutil.copytree(os.path.join(repo, part), os.path.join(out, part))
folder = os.path.join(out, "content", "directory")
uid = lambda: str(uuid.UUID(int=random.getrandbits(128), version=4))
for i in range(count):
    services = []
    texts = {"en": [], "fr": []}
    for s in range(random.choice((1, 1, 2))):
        key = f"service-{s + 1}"
        national = random.random() < 0.08
        areas = ["CA"] if national else random.sample(REGIONS, random.choice((1, 1, 2)))
        visibility = random.choice(("phone", "phone", "area"))
        place = f'place = "{random.choice(["North", "South", "East", "West"])} region"\n' if visibility == "area" else ""
        phones = [f'{{ number = "{phone()}", kind = "voice" }}']
        if random.random() < 0.3:
            phones.append(f'{{ number = "{phone()}", kind = "text" }}')
        if random.random() < 0.1:
            phones.append(f'{{ number = "{phone()}", kind = "tty" }}')
        services.append(
            f'[[services]]\nkey = "{key}"\nid = "{uid()}"\nvisibility = "{visibility}"\n{place}'
            f'areas = {areas!r}\ntypes = {random.sample(TYPES, 2)!r}\n'
            f'populations = {random.sample(POPS, 2)!r}\nlanguages = {random.sample(LANGS, 2)!r}\n'
            f'open_24_7 = {"true" if random.random() < 0.3 else "false"}\n'
            f'phones = [{", ".join(phones)}]\n'.replace("'", '"')
        )
        for locale in texts:
            texts[locale].append(
                f'[text.{locale}.services.{key}]\nname = "{words(4)}"\ndescription = "{words(30)}"\n'
                f'how_to_reach = "{words(25)}"\neligibility = "{words(10)}"\n'
            )
    body = (
        f'id = "{uid()}"\nname = "Generated Organisation {i:05d}"\nverified = 2026-11-01\n'
        f'sources = ["https://example.org/source/{i}"]\n\n' + "\n".join(services)
    )
    for locale, parts in texts.items():
        body += f'\n[text.{locale}]\ndescription = "{words(20)}"\n\n' + "\n".join(parts)
    with open(os.path.join(folder, f"gen-{i:05d}.toml"), "w") as f:
        f.write(body)
print(f"{count} organisations in {folder}")
