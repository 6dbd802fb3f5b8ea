"""Writes the Hugo twin of the benchmark corpus (used by bench/gen_corpus.py --hugo DIR).

Same pages, same URLs where Hugo can express them: one content folder per language
(`contentDir`), translations joined by `translationKey`, localized section folders, the
same town, job, study, company, story and event pages, per-town lists and all-towns lists
(paginated by 30), sector and employment-type filter pages (as taxonomies), job feeds
(RSS) for all towns and per town, a JSON search index per language (title, address,
description and the page's plain text, as Hugo's usual search recipes do), sitemap,
robots.txt, 404 pages, responsive images (480/960/1600 wide, WebP and JPEG) through
Hugo's image processing. The minimal templates live in bench/hugo/.

Not expressed: iCalendar files and JSON feeds (Hugo would need custom output formats),
the site search page's stemming (the JSON has the raw text).
"""

import datetime
import json
import re
import shutil
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
TYPES = {"full_time": ("Kokoaikainen", "Heltid"), "part_time": ("Osa-aikainen", "Deltid"),
         "temporary": ("Määräaikainen", "Visstid"), "apprenticeship": ("Oppisopimus", "Läroavtal"),
         "summer": ("Kesätyö", "Sommarjobb"), "internship": ("Harjoittelu", "Praktik")}
TRANSLATABLE = {"title", "slug", "description", "image_alt", "hero_alt", "duration", "location", "tags"}


def _plain(v):
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v


def _fm(text):
    return _plain(yaml.load(text, Loader=LOADER) or {})


class HugoSite:
    def __init__(self, writer, towns, sectors, section):
        self.w = writer
        self.towns = {t[0]: t for t in towns}
        self.sectors = {k: (fi, sv) for k, fi, sv in sectors}
        self.section = section
        self.images = set()
        self.company_names = {}

    # --- helpers -------------------------------------------------------------------------
    def _page(self, rel, front, body):
        self.w.write(rel, json.dumps(front, ensure_ascii=False, indent=1) + "\n\n" + body)

    def _town_dir(self, lang, folder):
        t = self.towns[folder]
        return f"content/{lang}/{folder if lang == 'fi' else t[3]}"

    def _image(self, src, name):
        """Copies a photo into assets/img/ once (Hugo dedupes processed images by source)."""
        if name not in self.images:
            self.images.add(name)
            dst = self.w.root / "assets" / "img" / name
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)
        return name

    def _links(self, body, lang):
        """@/towns/T/companies/S.yaml links become the company page's address."""
        def sub(m):
            t = self.towns[m.group(1)]
            town = m.group(1) if lang == "fi" else t[3]
            seg = self.section["companies"][0 if lang == "fi" else 1]
            return f"]({'/sv' if lang == 'sv' else ''}/{town}/{seg}/{m.group(2)}/)"
        return re.sub(r"\]\(@/towns/([a-z0-9-]+)/companies/([a-z0-9-]+)\.yaml\)", sub, body)

    # --- site ----------------------------------------------------------------------------
    def config(self):
        src = HERE / "hugo"
        for p in sorted(src.rglob("*")):
            if p.is_file():
                self.w.write(str(p.relative_to(src)), p.read_text(encoding="utf-8"))
        for lang, k in (("fi", 0), ("sv", 1)):
            for key, seg in (("jobs", "alljobs"), ("studies", "allstudies"), ("companies", "allcompanies")):
                title = {"jobs": ("Työpaikat", "Lediga jobb"), "studies": ("Koulutus", "Utbildning"),
                         "companies": ("Yritykset", "Företag")}[key][k]
                front = {"title": title, "type": seg, "translationKey": f"all-{key}"}
                if key == "jobs":
                    front["outputs"] = ["HTML", "RSS"]
                self._page(f"content/{lang}/{self.section[key][k]}/_index.md", front, "")

    def home(self, texts):
        for lang, k in (("fi", 0), ("sv", 1)):
            self._page(f"content/{lang}/_index.md", {"title": ["Töihin seutukaupunkiin", "Jobba i regionstäderna"][k]},
                       texts[k] + "\n")

    def free(self, slug, sv_slug, t_fi, t_sv, bodies):
        self._page(f"content/fi/{slug}.md", {"title": t_fi, "translationKey": f"page-{slug}", "type": "page"}, bodies[0])
        self._page(f"content/sv/{sv_slug}.md", {"title": t_sv, "translationKey": f"page-{slug}", "type": "page"}, bodies[1])

    def town(self, folder, fi, sv, sv_slug, bodies):
        name = self._image(HERE.parent / "content" / "towns" / folder / "hero.jpg", f"hero-{folder}.jpg")
        for lang, k in (("fi", 0), ("sv", 1)):
            d = self._town_dir(lang, folder)
            self._page(f"{d}/_index.md", {"title": [fi, sv][k], "type": "town", "translationKey": f"town-{folder}",
                                          "hero": name, "town": folder}, bodies[k])
            for kind, segs in self.section.items():
                title = {"jobs": ("Työpaikat", "Lediga jobb"), "studies": ("Koulutus", "Utbildning"),
                         "companies": ("Yritykset", "Företag"), "stories": ("Tarinat", "Berättelser"),
                         "events": ("Tapahtumat", "Evenemang")}[kind][k]
                front = {"title": f"{title}: {[fi, sv][k]}", "type": f"{kind}list",
                         "translationKey": f"{kind}-{folder}"}
                if kind == "jobs":
                    front["outputs"] = ["HTML", "RSS"]
                self._page(f"{d}/{segs[k]}/_index.md", front, "")

    def company(self, folder, slug, name_fi, name_sv, sector, desc, long):
        self.company_names[(folder, slug)] = (name_fi, name_sv)
        for lang, k in (("fi", 0), ("sv", 1)):
            d = self._town_dir(lang, folder)
            front = {"title": [name_fi, name_sv][k], "type": "company", "translationKey": f"company-{folder}-{slug}",
                     "description": desc[k], "sector": self.sectors[sector][k], "company_key": f"{folder}/{slug}",
                     "website": f"https://{slug}.example.fi", "town": [self.towns[folder][1], self.towns[folder][2]][k]}
            self._page(f"{d}/{self.section['companies'][k]}/{slug}.md", front, long[k] or "")

    def job(self, i, folder, slug_fi, slug_sv, title, fm, fm_sv, c_slug, sector, etype, posted, deadline,
            salary, img, b_fi, b_sv):
        facts = _fm(fm)
        tr = _fm(fm_sv)
        if img:
            front_img = self._image(HERE.parent / "content" / "towns" / img, Path(img).name)
            facts["image"] = front_img
        for lang, k, slug, b in (("fi", 0, slug_fi, b_fi), ("sv", 1, slug_sv, b_sv)):
            front = dict(facts)
            if k:
                front.update(tr)
            front.pop("slug", None)
            front.update({"type": "job", "translationKey": f"job-{i}", "date": facts["posted"],
                          "company_key": f"{folder}/{c_slug}",
                          "company_name": self.company_names[(folder, c_slug)][k],
                          "company_path": f"{self._town_dir(lang, folder)[len('content/') + 2:]}/{self.section['companies'][k]}/{c_slug}",
                          "town": [self.towns[folder][1], self.towns[folder][2]][k],
                          "sector_name": self.sectors[sector][k], "type_name": TYPES[etype][k]})
            front[["ala", "bransch"][k]] = [self.sectors[sector][k]]
            front[["tyosuhde", "anstallning"][k]] = [TYPES[etype][k]]
            d = self._town_dir(lang, folder)
            self._page(f"{d}/{self.section['jobs'][k]}/{slug}.md", front, self._links(b, lang))

    def item(self, kind, i, folder, slug_fi, slug_sv, titles, fm, fm_sv, bodies, date, img=None):
        facts = _fm(fm)
        tr = _fm(fm_sv)
        if img:
            front_img = self._image(HERE.parent / "content" / "towns" / img, Path(img).name)
            facts["image"] = front_img
        for lang, k, slug in (("fi", 0, slug_fi), ("sv", 1, slug_sv)):
            front = dict(facts)
            if k:
                front.update(tr)
            front.pop("slug", None)
            front.update({"type": kind[:-1] if kind != "studies" else "study", "translationKey": f"{kind}-{i}",
                          "date": str(date), "town": [self.towns[folder][1], self.towns[folder][2]][k]})
            if kind == "events":
                for key in ("start", "end"):
                    if len(front.get(key, "")) == 16:
                        front[key] += ":00"  # Hugo's dates need the seconds
                front["date"] = front["start"]
            d = self._town_dir(lang, folder)
            self._page(f"{d}/{self.section[kind][k]}/{slug}.md", front, bodies[k])

