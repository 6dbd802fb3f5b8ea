#!/usr/bin/env python3
"""Generates a realistic, deterministic benchmark site for aikosite (and the same site for Hugo).

    python3 bench/gen_corpus.py OUT_DIR [--jobs N] [--hugo HUGO_DIR] [--stats]

OUT_DIR gets an aikosite site (aikosite.yaml, content/) with N job postings per language,
every one translated (fi + sv), over the demo's 12 towns: about 100 companies per town,
N/10 study paths, N/20 stories and N/20 events (all translated), the town landing pages,
a home page and three free pages. Some 15 % of jobs and 60 % of stories have a
photo (the demo's photos, copied next to the content that uses them).

The text is Finnish- and Swedish-like (bench/vocab.py): stems drawn by Zipf's law with
case, plural and verb endings, so a corpus has about as many distinct word forms as real
postings (about 130,000 over the first 2,000 postings in both languages; `--stats` counts
them). With `--hugo HUGO_DIR` the same data is also written as a Hugo site with minimal
templates (bench/hugo/) and the same page set where Hugo can express it. The same N gives
the same bytes: everything is drawn from seeded generators.
"""

import argparse
import datetime
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import vocab  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
TODAY = datetime.date(2026, 11, 29)  # pass --today 2026-11-29 to aikosite

# The demo's towns (content/towns/*/town.yaml): folder, fi name, sv name, sv slug, colour,
# weight (a bigger town has more postings).
TOWNS = [
    ("iisalmi", "Iisalmi", "Idensalmi", "idensalmi", "#1d6b3f", 3),
    ("imatra", "Imatra", "Imatra", "imatra", "#005a87", 4),
    ("keuruu", "Keuruu", "Keuru", "keuru", "#5b3a8c", 2),
    ("kristiinankaupunki", "Kristiinankaupunki", "Kristinestad", "kristinestad", "#a3152b", 1),
    ("kurikka", "Kurikka", "Kurikka", "kurikka", "#8a3b12", 2),
    ("loimaa", "Loimaa", "Loimaa", "loimaa", "#6b5a00", 2),
    ("raahe", "Raahe", "Brahestad", "brahestad", "#0b5394", 4),
    ("salo", "Salo", "Salo", "salo", "#00657f", 6),
    ("sastamala", "Sastamala", "Sastamala", "sastamala", "#7a2e5c", 3),
    ("savonlinna", "Savonlinna", "Nyslott", "nyslott", "#1f4e79", 4),
    ("varkaus", "Varkaus", "Varkaus", "varkaus", "#3d4f5c", 3),
    ("ylivieska", "Ylivieska", "Ylivieska", "ylivieska", "#b03a00", 2),
]
# aikosite.yaml's sectors (the demo's)
SECTORS = [
    ("metal", "Metalliteollisuus", "Metallindustri"),
    ("wood", "Puu- ja metsäteollisuus", "Trä- och skogsindustri"),
    ("energy", "Energia", "Energi"),
    ("health", "Sosiaali- ja terveysala", "Social- och hälsovård"),
    ("logistics", "Logistiikka ja kuljetus", "Logistik och transport"),
    ("ict", "ICT ja elektroniikka", "IKT och elektronik"),
    ("construction", "Rakentaminen ja talotekniikka", "Byggande och fastighetsteknik"),
    ("education", "Kasvatus ja koulutus", "Fostran och utbildning"),
    ("food", "Elintarvikkeet ja maatalous", "Livsmedel och lantbruk"),
    ("tourism", "Matkailu ja ravitsemus", "Turism och restaurang"),
]
SECTION = {"jobs": ("tyopaikat", "lediga-jobb"), "studies": ("koulutus", "utbildning"),
           "companies": ("yritykset", "foretag"), "stories": ("tarinat", "berattelser"),
           "events": ("tapahtumat", "evenemang")}
TYPES = [("full_time", 50), ("part_time", 12), ("temporary", 15), ("apprenticeship", 6),
         ("summer", 10), ("internship", 7)]
# job titles per sector: (fi, sv)
TITLES = {
    "metal": [("CNC-koneistaja", "CNC-maskinist"), ("Hitsaaja", "Svetsare"), ("Levyseppä", "Plåtslagare"),
              ("Kokoonpanija", "Montör"), ("Särmääjä", "Kantpressoperatör"), ("Laatuinsinööri", "Kvalitetsingenjör")],
    "wood": [("Sahan operaattori", "Sågoperatör"), ("Puuseppä", "Snickare"), ("Metsäkoneenkuljettaja", "Skogsmaskinförare")],
    "energy": [("Sähköasentaja", "Elmontör"), ("Voimalaitoksen käyttäjä", "Kraftverksoperatör"), ("Automaatioasentaja", "Automationsmontör")],
    "health": [("Lähihoitaja", "Närvårdare"), ("Sairaanhoitaja", "Sjukskötare"), ("Fysioterapeutti", "Fysioterapeut"),
               ("Kotihoidon työntekijä", "Hemvårdare")],
    "logistics": [("Varastotyöntekijä", "Lagerarbetare"), ("Trukinkuljettaja", "Truckförare"), ("Rekkakuski", "Långtradarchaufför"),
                  ("Satamatyöntekijä", "Hamnarbetare")],
    "ict": [("Ohjelmistokehittäjä", "Mjukvaruutvecklare"), ("Elektroniikka-asentaja", "Elektronikmontör"), ("IT-tukihenkilö", "IT-stödperson")],
    "construction": [("Kirvesmies", "Byggnadssnickare"), ("Putkiasentaja", "Rörmontör"), ("Työmaainsinööri", "Arbetsplatsingenjör")],
    "education": [("Varhaiskasvatuksen opettaja", "Lärare inom småbarnspedagogik"), ("Koulunkäynninohjaaja", "Skolgångsbiträde")],
    "food": [("Leipuri", "Bagare"), ("Tuotantotyöntekijä", "Produktionsarbetare"), ("Maatilatyöntekijä", "Lantbruksarbetare")],
    "tourism": [("Kokki", "Kock"), ("Tarjoilija", "Servitör"), ("Hotellivirkailija", "Hotellreceptionist")],
}
SHIFTS = [("", ""), (", iltavuoro", ", kvällsskift"), (", kesä 2027", ", sommaren 2027"), (", oppisopimus", ", läroavtal"),
          (", osa-aikainen", ", deltid"), (", määräaikainen", ", visstid"), ("", ""), ("", "")]
SUFFIX = {"metal": ("Metalli", "Metall"), "wood": ("Puu", "Trä"), "energy": ("Energia", "Energi"),
          "health": ("Hoiva", "Vård"), "logistics": ("Kuljetus", "Transport"), "ict": ("Data", "Data"),
          "construction": ("Rakennus", "Bygg"), "education": ("Koulutus", "Utbildning"),
          "food": ("Leipomo", "Bageri"), "tourism": ("Matkailu", "Turism")}
LEVELS = [("vocational", 5), ("apprenticeship", 2), ("uas", 2), ("further", 2)]
FIELDS = [("Kone- ja tuotantotekniikka", "Maskin- och produktionsteknik"), ("Sosiaali- ja terveysala", "Social- och hälsovård"),
          ("Logistiikka", "Logistik"), ("Sähkö- ja automaatiotekniikka", "El- och automationsteknik"),
          ("Puuteollisuus", "Träindustri"), ("Tietojenkäsittely", "Databehandling"), ("Rakennusala", "Byggbranschen")]
# the demo's photos (1600x1067 JPEG) that pages of each kind may use
PHOTOS = ["iisalmi/jobs/tukkipino.jpg", "kristiinankaupunki/jobs/tuulivoimalat.jpg", "raahe/jobs/konepaja-illalla.jpg",
          "raahe/jobs/satama.jpg", "salo/jobs/toimistotalo.jpg", "iisalmi/stories/laituri.jpg",
          "iisalmi/stories/maantiella.jpg", "kristiinankaupunki/stories/puukaupunki.jpg",
          "kristiinankaupunki/stories/tuulipuisto.jpg", "raahe/stories/konepajalla.jpg", "raahe/stories/rannassa.jpg",
          "salo/stories/iltavuorossa.jpg", "salo/stories/syyspellot.jpg"]
ALT = ("Valokuva seutukaupungin työpaikalta ja maisemasta, kuva {n}.",
       "Fotografi från en arbetsplats och ett landskap i regionstaden, bild {n}.")


def slugify(text):
    t = text.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def weighted(rng, pairs):
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs], k=1)[0]


def q(s):
    """A YAML double-quoted string."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Writer:
    """Writes files, counting them; keeps the photos copied per folder."""

    def __init__(self, root):
        self.root = root
        self.files = 0
        self.copied = set()

    def write(self, rel, text):
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
        self.files += 1

    def photo(self, rel_dir, photo):
        """Copies demo photo `photo` into rel_dir once; returns its file name."""
        name = Path(photo).name
        key = (rel_dir, name)
        if key not in self.copied:
            self.copied.add(key)
            dst = self.root / rel_dir / name
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(REPO / "content" / "towns" / photo, dst)
        return name


def body(rng, v, headings, lists=True, link=None):
    """Markdown: sections with paragraphs and a list; `link` = (text, target) put in the last paragraph."""
    parts = []
    for k, h in enumerate(headings):
        if h:
            parts.append(f"## {h}\n")
        parts.append(v.paragraph(rng) + "\n")
        if lists and k == 0:
            parts.append("\n".join("- " + v.sentence(rng, 3, 8) for _ in range(rng.randint(3, 6))) + "\n")
    if link:
        parts.append(f"{v.sentence(rng, 4, 9)[:-1]} [{link[0]}]({link[1]}).\n")
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--jobs", type=int, default=10000, help="job postings per language")
    ap.add_argument("--hugo", help="also write the equivalent Hugo site here")
    ap.add_argument("--stats", action="store_true", help="count distinct word forms over the first 2,000 postings")
    args = ap.parse_args()
    out = Path(args.out)
    for d in [out] + ([Path(args.hugo)] if args.hugo else []):
        if d.exists():
            shutil.rmtree(d)
    a = Writer(out)
    h = None
    if args.hugo:
        import hugo_site
        h = hugo_site.HugoSite(Writer(Path(args.hugo)), TOWNS, SECTORS, SECTION)
    v = vocab.languages()
    rng = random.Random(20261129)
    forms = set() if args.stats else None

    sectors = "\n".join(f"  {k}: {{ fi: {fi}, sv: {sv} }}" for k, fi, sv in SECTORS)
    sections = "\n".join(f"  {k}: {{ fi: {fi}, sv: {sv} }}" for k, (fi, sv) in SECTION.items())
    a.write("aikosite.yaml", f"""# generated by bench/gen_corpus.py --jobs {args.jobs}
title: {{ fi: Töihin seutukaupunkiin, sv: Jobba i regionstäderna }}
description:
  fi: Avoimet työpaikat, koulutuspolut ja yritykset kahdessatoista seutukaupungissa.
  sv: Lediga jobb, utbildningsvägar och företag i tolv regionstäder.
base_url: https://example.fi
default_language: fi
languages: [fi, sv]
theme: seutu
page_size: 30
sections:
{sections}
sectors:
{sectors}
images: {{ widths: [480, 960, 1600], formats: [webp, jpeg], quality: 80 }}
""")

    def page(rel, fm_fi, body_fi, fm_sv, body_sv):
        a.write(rel + ".fi.md", "---\n" + fm_fi + "---\n\n" + body_fi)
        a.write(rel + ".sv.md", "---\n" + fm_sv + "---\n\n" + body_sv)

    home = [v["fi"].paragraph(rng), v["sv"].paragraph(rng)]
    page("content/_index", "title: Töihin seutukaupunkiin\n", home[0] + "\n", "title: Jobba i regionstäderna\n", home[1] + "\n")
    free = [("saavutettavuusseloste", "tillganglighetsutlatande", "Saavutettavuusseloste", "Tillgänglighetsutlåtande",
             "accessibility_statement: true\nreviewed: 2026-09-15\n"),
            ("tietoa", "om-kampanjen", "Tietoa kampanjasta", "Om kampanjen", ""),
            ("tietosuoja", "dataskydd", "Tietosuoja", "Dataskydd", "")]
    for slug, sv_slug, t_fi, t_sv, extra in free:
        b = [body(rng, v["fi"], ["", v["fi"].sentence(rng, 2, 4)[:-1]]), body(rng, v["sv"], ["", v["sv"].sentence(rng, 2, 4)[:-1]])]
        page(f"content/pages/{slug}", f"title: {t_fi}\n{extra}", b[0], f"title: {t_sv}\nslug: {sv_slug}\n", b[1])
        if h:
            h.free(slug, sv_slug, t_fi, t_sv, b)
    if h:
        h.config()
        h.home(home)

    # towns and their companies
    companies = {}  # town -> [(slug, name_fi, name_sv, sector)]
    for folder, fi, sv, sv_slug, color, _ in TOWNS:
        t = f"content/towns/{folder}"
        hero = a.photo(t, f"{folder}/hero.jpg")
        a.write(f"{t}/town.yaml", f"name: {{ fi: {fi}, sv: {sv} }}\nslug: {{ fi: {folder}, sv: {sv_slug} }}\n"
                f"brand_color: \"{color}\"\nhero: {hero}\nhero_alt:\n  fi: Maisema kaupungista, {fi}.\n"
                f"  sv: Ett landskap från staden, {sv}.\ncontact:\n  name: {v['fi'].name(rng)} {v['fi'].name(rng)}nen\n"
                f"  email: rekry@{folder}.example.fi\n  phone: \"+358 44 000 {rng.randint(1000, 9999)}\"\n")
        land = [body(rng, v["fi"], ["", v["fi"].sentence(rng, 2, 4)[:-1]], lists=False),
                body(rng, v["sv"], ["", v["sv"].sentence(rng, 2, 4)[:-1]], lists=False)]
        page(f"{t}/_index", f"title: {fi}\ndescription: {q(v['fi'].sentence(rng))}\n", land[0],
             f"title: {sv}\ndescription: {q(v['sv'].sentence(rng))}\n", land[1])
        if h:
            h.town(folder, fi, sv, sv_slug, land)
        names = set()
        lst = companies[folder] = []
        n_companies = 95 + rng.randrange(11)
        while len(lst) < n_companies:
            sector = SECTORS[rng.randrange(len(SECTORS))][0]
            base = v["fi"].name(rng)
            form = rng.choice(["Oy", "Oy", "Oy", "Ky", "Oyj", "Ab"])
            name_fi = f"{base}n {SUFFIX[sector][0]} {form}"
            name_sv = f"{base}s {SUFFIX[sector][1]} {'Ab' if form != 'Ky' else 'Kb'}"
            slug = slugify(f"{base} {SUFFIX[sector][0]}")
            if slug in names:
                continue
            names.add(slug)
            lst.append((slug, name_fi, name_sv, sector))
            desc = [v["fi"].sentence(rng, 8, 16), v["sv"].sentence(rng, 8, 16)]
            street = f"{v['fi'].name(rng)}ntie {rng.randint(1, 80)}"
            bilingual = folder == "kristiinankaupunki" or rng.random() < 0.2
            name_y = f"{{ fi: {q(name_fi)}, sv: {q(name_sv)} }}" if bilingual else q(name_fi)
            a.write(f"{t}/companies/{slug}.yaml",
                    f"name: {name_y}\nsector: {sector}\nwebsite: https://{slug}.example.fi\n"
                    f"employees: {int(rng.lognormvariate(3.3, 1.2)) + 1}\n"
                    f"address: {{ street: {q(street)}, postal_code: \"{rng.randint(10000, 99999)}\", locality: {{ fi: {fi}, sv: {sv} }} }}\n"
                    f"description:\n  fi: {q(desc[0])}\n  sv: {q(desc[1])}\n")
            long = [None, None]
            if rng.random() < 0.25:
                long[0] = body(rng, v["fi"], ["", "Meillä töissä"], lists=False)
                a.write(f"{t}/companies/{slug}.fi.md", long[0])
                if rng.random() < 0.6:
                    long[1] = body(rng, v["sv"], ["", "Att jobba hos oss"], lists=False)
                    a.write(f"{t}/companies/{slug}.sv.md", long[1])
            if h:
                h.company(folder, slug, name_fi, name_sv if bilingual else name_fi, sector, desc, long)
    company_cum = vocab._cum(1.0 / (r ** 0.8) for r in range(1, 120))  # big employers post more

    town_weights = [w for *_, w in TOWNS]

    def town_of(rng):
        return TOWNS[rng.choices(range(len(TOWNS)), weights=town_weights, k=1)[0]]

    def day(lo, hi):
        return lo + datetime.timedelta(days=rng.randint(0, (hi - lo).days))

    # jobs
    for i in range(args.jobs):
        folder, fi, sv, *_ = town_of(rng)
        comps = companies[folder]
        c_slug, c_fi, c_sv, sector = comps[rng.choices(range(len(comps)), cum_weights=company_cum[:len(comps)], k=1)[0]]
        t_fi, t_sv = rng.choice(TITLES[sector])
        s_fi, s_sv = rng.choice(SHIFTS)
        title = [f"{t_fi}{s_fi}", f"{t_sv}{s_sv}"]
        slug_fi = f"{slugify(title[0])}-{i}"
        slug_sv = f"{slugify(title[1])}-{i}"
        posted = day(datetime.date(2026, 9, 1), TODAY)
        deadline = day(TODAY, datetime.date(2027, 3, 31))
        etype = weighted(rng, TYPES)
        fm = (f"title: {q(title[0])}\ndescription: {q(v['fi'].sentence(rng, 10, 22))}\ncompany: {c_slug}\nsector: {sector}\n"
              f"employment_type: {etype}\nposted: {posted}\ndeadline: {deadline}\n")
        salary = None
        if rng.random() < 0.55:
            lo = rng.randint(22, 42) * 100
            salary = (lo, lo + rng.randint(2, 9) * 100)
            fm += f"salary: {{ min: {salary[0]}, max: {salary[1]}, unit: month, currency: EUR }}\n"
        if rng.random() < 0.8:
            fm += f"apply_url: https://{c_slug}.example.fi/rekry/{slug_fi}\n"
        else:
            fm += f"apply_email: rekry@{c_slug}.example.fi\n"
        if rng.random() < 0.5:
            fm += f"contact: {{ name: {q(v['fi'].name(rng) + ' ' + v['fi'].name(rng) + 'nen')}, phone: \"+358 40 {rng.randint(1000000, 9999999)}\" }}\n"
        img = None
        fm_sv = f"title: {q(title[1])}\nslug: {slug_sv}\ndescription: {q(v['sv'].sentence(rng, 10, 22))}\n"
        if rng.random() < 0.15:
            n = rng.randrange(len(PHOTOS))
            img = a.photo(f"content/towns/{folder}/jobs", PHOTOS[n])
            fm += f"image: {img}\nimage_alt: {q(ALT[0].format(n=n))}\n"
            fm_sv += f"image_alt: {q(ALT[1].format(n=n))}\n"
        link = None
        if rng.random() < 0.3:
            link = True
        b_fi = body(rng, v["fi"], ["Tehtävä", "Odotamme", "Tarjoamme"],
                    link=(c_fi, f"@/towns/{folder}/companies/{c_slug}.yaml") if link else None)
        b_sv = body(rng, v["sv"], ["Uppgiften", "Vi förväntar oss", "Vi erbjuder"],
                    link=(c_sv, f"@/towns/{folder}/companies/{c_slug}.yaml") if link else None)
        page(f"content/towns/{folder}/jobs/{slug_fi}", fm, b_fi, fm_sv, b_sv)
        if forms is not None and i < 2000:
            for text in (b_fi, b_sv):
                forms.update(w.lower() for w in re.findall(r"[^\W\d_]+", text))
        if h:
            h.job(i, folder, slug_fi, slug_sv, title, fm, fm_sv, c_slug, sector, etype, posted, deadline, salary,
                  img and PHOTOS[n], b_fi, b_sv)

    # studies, stories, events
    for i in range(args.jobs // 10):
        folder, fi, sv, *_ = town_of(rng)
        t_fi = f"{rng.choice(['Ensin töihin', 'Oppisopimuksella', 'Aikuisena', 'Polku'])}: {v['fi'].name(rng).lower()}{rng.choice(['alan', 'tekniikan'])} koulutus"
        t_sv = f"{rng.choice(['Först jobb', 'Med läroavtal', 'Som vuxen', 'Vägen'])}: utbildning i {v['sv'].name(rng).lower()}"
        slug_fi, slug_sv = f"{slugify(t_fi)}-{i}", f"{slugify(t_sv)}-{i}"
        f_fi, f_sv = rng.choice(FIELDS)
        start = day(datetime.date(2027, 1, 1), datetime.date(2027, 9, 1))
        dl = day(TODAY, datetime.date(2027, 6, 1))
        partners = rng.sample([c[0] for c in companies[folder]], rng.randint(0, 3))
        years = rng.randint(1, 4)
        fm = (f"title: {q(t_fi)}\ndescription: {q(v['fi'].sentence(rng))}\nprovider: {{ fi: {q(fi + 'n ammattiopisto')}, sv: {q(sv + ' yrkesinstitut')} }}\n"
              f"level: {weighted(rng, LEVELS)}\nfield: {{ fi: {f_fi}, sv: {f_sv} }}\nstart: {start}\napplication_deadline: {dl}\n"
              f"duration: {years} vuotta\ncredits: {years * 60}\napply_url: https://opisto.example.fi/{folder}/{slug_fi}\n"
              + (f"partner_companies: [{', '.join(partners)}]\n" if partners else ""))
        fm_sv = f"title: {q(t_sv)}\nslug: {slug_sv}\ndescription: {q(v['sv'].sentence(rng))}\nduration: {years} år\n"
        b = [body(rng, v["fi"], ["", "Miten opiskelu etenee?", "Hakeminen"]), body(rng, v["sv"], ["", "Hur studierna går till", "Ansökan"])]
        page(f"content/towns/{folder}/studies/{slug_fi}", fm, b[0], fm_sv, b[1])
        if h:
            h.item("studies", i, folder, slug_fi, slug_sv, [t_fi, t_sv], fm, fm_sv, b, date=dl)
    for i in range(args.jobs // 20):
        folder, fi, sv, *_ = town_of(rng)
        t = [v["fi"].sentence(rng, 4, 8)[:-1], v["sv"].sentence(rng, 4, 8)[:-1]]
        slug_fi, slug_sv = f"{slugify(t[0])[:40].strip('-')}-{i}", f"{slugify(t[1])[:40].strip('-')}-{i}"
        date = day(datetime.date(2025, 1, 1), TODAY)
        tags = [[v["fi"].name(rng).lower() for _ in range(2)], [v["sv"].name(rng).lower() for _ in range(2)]]
        fm = f"title: {q(t[0])}\ndescription: {q(v['fi'].sentence(rng))}\ndate: {date}\nauthor: {q(v['fi'].name(rng) + ' ' + v['fi'].name(rng) + 'nen')}\ntags: [{', '.join(tags[0])}]\n"
        fm_sv = f"title: {q(t[1])}\nslug: {slug_sv}\ndescription: {q(v['sv'].sentence(rng))}\ntags: [{', '.join(tags[1])}]\n"
        img = None
        if rng.random() < 0.6:
            n = rng.randrange(len(PHOTOS))
            img = a.photo(f"content/towns/{folder}/stories", PHOTOS[n])
            fm += f"image: {img}\nimage_alt: {q(ALT[0].format(n=n))}\n"
            fm_sv += f"image_alt: {q(ALT[1].format(n=n))}\n"
        b = [body(rng, v["fi"], ["", v["fi"].sentence(rng, 2, 4)[:-1], v["fi"].sentence(rng, 2, 4)[:-1], ""]),
             body(rng, v["sv"], ["", v["sv"].sentence(rng, 2, 4)[:-1], v["sv"].sentence(rng, 2, 4)[:-1], ""])]
        page(f"content/towns/{folder}/stories/{slug_fi}", fm, b[0], fm_sv, b[1])
        if h:
            h.item("stories", i, folder, slug_fi, slug_sv, t, fm, fm_sv, b, date=date, img=img and PHOTOS[n])
    for i in range(args.jobs // 20):
        folder, fi, sv, *_ = town_of(rng)
        t = [f"{rng.choice(['Avoimet ovet', 'Rekrytointipäivä', 'Työnhakuilta', 'Messut'])}: {v['fi'].name(rng)}",
             f"{rng.choice(['Öppet hus', 'Rekryteringsdag', 'Jobbkväll', 'Mässa'])}: {v['sv'].name(rng)}"]
        slug_fi, slug_sv = f"{slugify(t[0])}-{i}", f"{slugify(t[1])}-{i}"
        start = day(TODAY, datetime.date(2027, 6, 30))
        hour = rng.randint(9, 17)
        fm = (f"title: {q(t[0])}\ndescription: {q(v['fi'].sentence(rng))}\nstart: {start}T{hour:02d}:00\nend: {start}T{hour + 2:02d}:00\n"
              f"location: {q(fi + 'n kaupungintalo')}\n" + ("registration_url: https://example.fi/ilmo/" + slug_fi + "\n" if rng.random() < 0.5 else ""))
        fm_sv = f"title: {q(t[1])}\nslug: {slug_sv}\ndescription: {q(v['sv'].sentence(rng))}\nlocation: {q(sv + ' stadshus')}\n"
        b = [body(rng, v["fi"], [""]), body(rng, v["sv"], [""])]
        page(f"content/towns/{folder}/events/{slug_fi}", fm, b[0], fm_sv, b[1])
        if h:
            h.item("events", i, folder, slug_fi, slug_sv, t, fm, fm_sv, b, date=start)
    print(f"wrote {args.jobs} jobs per language into {out} ({a.files} files)")
    if h:
        print(f"wrote the Hugo site into {args.hugo} ({h.w.files} files)")
    if forms is not None:
        print(f"distinct word forms in the first {min(2000, args.jobs)} postings (fi + sv bodies): {len(forms)}")


if __name__ == "__main__":
    main()
