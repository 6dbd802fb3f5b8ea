#!/usr/bin/env python3
"""The old, simple benchmark corpus (41 distinct words, 5 companies per town); bench/gen_corpus.py
is the realistic one. Kept so that figures stay comparable with earlier ones (CORPUS=simple
bench/build.sh).

    python3 bench/gen_corpus_simple.py OUT_DIR [--jobs N]

writes OUT_DIR/aikosite.yaml and OUT_DIR/content/ with N job postings in Finnish and their
Swedish translations (2*N job pages) spread over the 12 regional towns, 5 companies per
town, the town landing pages and a home page. The text is Finnish- and Swedish-like prose
built from a fixed vocabulary with a seeded random generator: the same N gives the same bytes.
"""

import argparse
import random
import shutil
from pathlib import Path

TOWNS = [
    ("raahe", "Raahe", "Brahestad", "brahestad", "#0b5394"),
    ("iisalmi", "Iisalmi", "Idensalmi", "idensalmi", "#1d5e3b"),
    ("kurikka", "Kurikka", "Kurikka", "kurikka", "#7a1f3d"),
    ("imatra", "Imatra", "Imatra", "imatra", "#6a3d9a"),
    ("keuruu", "Keuruu", "Keuru", "keuru", "#8a3b12"),
    ("kristiinankaupunki", "Kristiinankaupunki", "Kristinestad", "kristinestad", "#005a70"),
    ("salo", "Salo", "Salo", "salo", "#2f4f4f"),
    ("loimaa", "Loimaa", "Loimaa", "loimaa", "#5b3a29"),
    ("sastamala", "Sastamala", "Sastamala", "sastamala", "#3c4f8a"),
    ("savonlinna", "Savonlinna", "Nyslott", "nyslott", "#1f4e79"),
    ("varkaus", "Varkaus", "Varkaus", "varkaus", "#7b2d26"),
    ("ylivieska", "Ylivieska", "Ylivieska", "ylivieska", "#3b5323"),
]
SECTORS = [
    ("metal", "Metalliteollisuus", "Metallindustri"),
    ("wood", "Puuteollisuus", "Träindustri"),
    ("energy", "Energia", "Energi"),
    ("health", "Sosiaali- ja terveysala", "Social- och hälsovård"),
    ("logistics", "Logistiikka", "Logistik"),
    ("ict", "Tieto- ja viestintätekniikka", "Informations- och kommunikationsteknik"),
]
TYPES = ["full_time", "part_time", "temporary", "apprenticeship", "summer", "internship"]
TITLES_FI = ["CNC-koneistaja", "Hitsaaja", "Lähihoitaja", "Sähköasentaja", "Kunnossapitoasentaja",
             "Varastotyöntekijä", "Ohjelmistokehittäjä", "Trukinkuljettaja", "Sairaanhoitaja",
             "Puuseppä", "Automaatioasentaja", "Laatuinsinööri", "Rekkakuski", "Kokki"]
TITLES_SV = ["CNC-maskinist", "Svetsare", "Närvårdare", "Elmontör", "Underhållsmontör",
             "Lagerarbetare", "Mjukvaruutvecklare", "Truckförare", "Sjukskötare",
             "Snickare", "Automationsmontör", "Kvalitetsingenjör", "Långtradarchaufför", "Kock"]
WORDS_FI = ("työ tehtävä osaaminen tiimi kehitys tuotanto asiakas laatu turvallisuus koulutus "
            "perehdytys vastuu kokemus ammattitaito yhteistyö kasvu tulevaisuus tehdas kone "
            "huolto järjestelmä palkka etu työaika vuoro ympäristö kaupunki asunto perhe luonto "
            "metsä järvi satama teollisuus hitsaus koneistus sähkö automaatio hoito").split()
WORDS_SV = ("arbete uppgift kunnande team utveckling produktion kund kvalitet säkerhet utbildning "
            "introduktion ansvar erfarenhet yrkeskunskap samarbete tillväxt framtid fabrik maskin "
            "underhåll system lön förmån arbetstid skift miljö stad bostad familj natur skog sjö "
            "hamn industri svetsning bearbetning el automation vård").split()


def sentence(rng, words, n):
    w = [rng.choice(words) for _ in range(n)]
    return (" ".join(w)).capitalize() + "."


def paragraph(rng, words):
    return " ".join(sentence(rng, words, rng.randint(6, 14)) for _ in range(rng.randint(3, 6)))


def body(rng, words, heading_a, heading_b):
    return (f"## {heading_a}\n\n{paragraph(rng, words)}\n\n"
            f"- {sentence(rng, words, 5)}\n- {sentence(rng, words, 6)}\n- {sentence(rng, words, 4)}\n\n"
            f"## {heading_b}\n\n{paragraph(rng, words)}\n\n{paragraph(rng, words)}\n")


def write(path: Path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--jobs", type=int, default=10000, help="job postings per language")
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    rng = random.Random(20261129)
    sectors = "\n".join(f"  {k}: {{ fi: {fi}, sv: {sv} }}" for k, fi, sv in SECTORS)
    write(out / "aikosite.yaml", f"""title: {{ fi: Töihin seutukaupunkiin, sv: Jobba i regionstäderna }}
base_url: https://example.fi
default_language: fi
languages: [fi, sv]
theme: seutu
sections:
  jobs:      {{ fi: tyopaikat,  sv: lediga-jobb }}
  studies:   {{ fi: koulutus,   sv: utbildning }}
  companies: {{ fi: yritykset,  sv: foretag }}
  stories:   {{ fi: tarinat,    sv: berattelser }}
  events:    {{ fi: tapahtumat, sv: evenemang }}
sectors:
{sectors}
""")
    c = out / "content"
    write(c / "_index.fi.md", "---\ntitle: Töihin seutukaupunkiin\n---\n" + paragraph(rng, WORDS_FI) + "\n")
    write(c / "_index.sv.md", "---\ntitle: Jobba i regionstäderna\n---\n" + paragraph(rng, WORDS_SV) + "\n")
    for folder, fi, sv, sv_slug, color in TOWNS:
        t = c / "towns" / folder
        write(t / "town.yaml", f"name: {{ fi: {fi}, sv: {sv} }}\nslug: {{ fi: {folder}, sv: {sv_slug} }}\nbrand_color: \"{color}\"\n")
        write(t / "_index.fi.md", f"---\ntitle: {fi}\n---\n{paragraph(rng, WORDS_FI)}\n")
        write(t / "_index.sv.md", f"---\ntitle: {sv}\n---\n{paragraph(rng, WORDS_SV)}\n")
        for k in range(5):
            sector = SECTORS[k % len(SECTORS)][0]
            write(t / "companies" / f"yritys-{k}.yaml",
                  f"name: {fi}n Yritys {k} Oy\nsector: {sector}\nemployees: {rng.randint(5, 900)}\n"
                  f"address: {{ street: Teollisuustie {k + 1}, postal_code: \"{rng.randint(10000, 99999)}\", locality: {{ fi: {fi}, sv: {sv} }} }}\n")
    for i in range(args.jobs):
        folder, fi, sv, _, _ = TOWNS[i % len(TOWNS)]
        k = rng.randrange(5)
        n = rng.randrange(len(TITLES_FI))
        posted = f"2026-{rng.randint(9, 11):02d}-{rng.randint(1, 28):02d}"
        deadline = f"2027-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}"
        salary = ""
        if rng.random() < 0.5:
            lo = rng.randint(22, 40) * 100
            salary = f"salary: {{ min: {lo}, max: {lo + rng.randint(2, 8) * 100}, unit: month, currency: EUR }}\n"
        slug = f"tyo-{i:05d}"
        j = c / "towns" / folder / "jobs"
        write(j / f"{slug}.fi.md",
              f"---\ntitle: {TITLES_FI[n]} {i}\ncompany: yritys-{k}\nsector: {SECTORS[k % len(SECTORS)][0]}\n"
              f"employment_type: {rng.choice(TYPES)}\nposted: {posted}\ndeadline: {deadline}\n{salary}"
              f"apply_url: https://rekry.example/{slug}\n---\n" + body(rng, WORDS_FI, "Tehtävät", "Tarjoamme") )
        write(j / f"{slug}.sv.md",
              f"---\ntitle: {TITLES_SV[n]} {i}\nslug: jobb-{i:05d}\n---\n" + body(rng, WORDS_SV, "Uppgifter", "Vi erbjuder"))
    print(f"wrote {args.jobs} jobs per language into {out}")


if __name__ == "__main__":
    main()
