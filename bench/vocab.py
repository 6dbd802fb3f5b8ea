"""Finnish- and Swedish-like vocabularies for the benchmark corpus (bench/gen_corpus.py).

Word stems are built from syllables with a seeded generator (Finnish with vowel harmony,
Swedish with consonant clusters); a word in running text is a stem drawn by Zipf's law
(rank^-1.07) with a case, plural, verb or comparison ending drawn from a skewed table, or
now and then a compound of two stems. The most frequent ranks are real function words.
The same seed gives the same words in the same order, whatever the corpus size.
"""

import bisect
import itertools
import random

ZIPF_S = 1.07

FI_COMMON = ("ja on ei se että hän ovat oli tai kun mutta myös jos niin kuin voi tämä joka "
             "sekä sinä me te he olla ole vain jo nyt sitten vielä koska aina paljon hyvin "
             "kanssa ennen jälkeen aikana kautta mukaan lisäksi noin yli alle jokainen moni "
             "oma uusi hyvä suuri pieni työ sinun meidän heidän tehtävä").split()
SV_COMMON = ("och i att det som en på är för av med till den har de inte om ett var jag men "
             "så eller från vid kan du vi ni hos efter under över mellan också nu sedan redan "
             "alltid mycket mer bara där här när hur vilken varje många egen ny god stor liten "
             "arbete din vår deras uppgift").split()

# Endings (back-vowel spelling for Finnish; front stems get ä/ö/y) and their weights.
FI_NOUN = [("", 30), ("n", 16), ("a", 9), ("t", 6), ("ssa", 6), ("sta", 4), ("lla", 4),
           ("lle", 3), ("lta", 2), ("na", 3), ("ksi", 2), ("ja", 3), ("iden", 1), ("issa", 2),
           ("ista", 1), ("ihin", 1), ("illa", 1), ("ille", 1), ("ineen", 0.3), ("nsa", 1),
           ("mme", 0.5), ("kin", 1), ("ssakin", 0.3), ("lleen", 0.5), ("tta", 0.3), ("in", 0.5)]
FI_VERB = [("a", 12), ("n", 4), ("t", 2), ("mme", 3), ("tte", 1), ("vat", 6), ("i", 5),
           ("isi", 2), ("nut", 3), ("neet", 1), ("ttu", 3), ("minen", 3), ("maan", 2),
           ("massa", 1), ("va", 3), ("vien", 1), ("ttava", 1), ("taan", 2), ("ttiin", 1),
           ("mista", 1), ("en", 1)]
FI_ADJ = [("", 20), ("n", 8), ("a", 6), ("t", 4), ("mpi", 3), ("mman", 2), ("in", 2),
          ("ssa", 2), ("sti", 4), ("ja", 2), ("lla", 1), ("mmat", 1)]
SV_NOUN = [("", 30), ("en", 12), ("et", 8), ("ar", 6), ("er", 6), ("or", 2), ("na", 4),
           ("arna", 3), ("erna", 2), ("s", 3), ("ens", 2), ("ets", 1), ("n", 2), ("t", 1),
           ("arnas", 0.5), ("ernas", 0.3)]
SV_VERB = [("a", 12), ("ar", 8), ("er", 6), ("de", 4), ("te", 3), ("t", 3), ("ade", 4),
           ("at", 3), ("s", 2), ("as", 2), ("ande", 2), ("ning", 2), ("ningen", 1),
           ("ningar", 1), ("it", 1)]
SV_ADJ = [("", 20), ("a", 10), ("t", 6), ("are", 3), ("ast", 2), ("aste", 2), ("e", 1)]

FI_ONSET = ["", "k", "p", "t", "s", "h", "j", "l", "m", "n", "r", "v", "k", "t", "s", "l",
            "m", "p", "h", "v"]
FI_BACK = ["a", "o", "u", "a", "o", "u", "e", "i", "aa", "oo", "uu", "ai", "oi", "ui", "au",
           "ou", "uo", "ei", "ie"]
FI_FRONT = ["ä", "ö", "y", "ä", "y", "e", "i", "e", "i", "ää", "yy", "ee", "ii", "äi", "öi",
            "yi", "äy", "yö", "ei", "ie"]
FI_MEDIAL = ["k", "p", "t", "s", "l", "j", "m", "n", "r", "v", "h", "k", "t", "l", "n", "s",
             "ht", "st", "nk", "ll", "tt", "kk", "pp", "ss", "mm", "nn", "rr", "lk", "rt",
             "nt", "ks", "lm", "rj"]
FI_FINAL_BACK = ["a", "o", "u", "i", "e", "a", "o", "i"]
FI_FINAL_FRONT = ["ä", "ö", "y", "i", "e", "ä", "y", "i"]

SV_ONSET = ["", "b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v",
            "bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "sk", "sl",
            "sm", "sn", "sp", "st", "str", "sv", "tr", "fj", "kv", "skr", "spr"]
SV_VOWEL = ["a", "e", "i", "o", "u", "y", "å", "ä", "ö", "a", "e", "i", "o"]
SV_CODA = ["", "", "ck", "ng", "nd", "st", "rt", "ll", "mm", "nn", "tt", "k", "g", "d", "l",
           "n", "r", "s", "t", "m", "rk", "ls", "lv", "ft", "rn", "kt"]
SV_TAIL = ["", "", "", "e", "a", "el", "er", "ing", "het", "lig", "isk"]


def _cum(weights):
    return list(itertools.accumulate(weights))


def _front(ending):
    return ending.replace("a", "ä").replace("o", "ö").replace("u", "y")


class Language:
    """One language's lemmas (by frequency rank) and the draws of running text."""

    def __init__(self, lang, lemmas, seed):
        self.lang = lang
        rng = random.Random(seed)
        common = FI_COMMON if lang == "fi" else SV_COMMON
        seen = set(common)
        stems = []
        while len(stems) < lemmas:
            s = self._stem(rng)
            if s not in seen:
                seen.add(s)
                # word class: noun 65 %, verb 22 %, adjective 13 %
                r = rng.random()
                cls = 0 if r < 0.65 else (1 if r < 0.87 else 2)
                stems.append((s, cls))
        self.common = common
        self.stems = stems
        n = len(common) + len(stems)
        self.cum = _cum(1.0 / (r ** ZIPF_S) for r in range(1, n + 1))
        self.total = self.cum[-1]
        tables = (FI_NOUN, FI_VERB, FI_ADJ) if lang == "fi" else (SV_NOUN, SV_VERB, SV_ADJ)
        self.endings = [[e for e, _ in t] for t in tables]
        self.ending_cum = [_cum(w for _, w in t) for t in tables]

    def _stem(self, rng):
        if self.lang == "fi":
            back = rng.random() < 0.6
            nuclei = FI_BACK if back else FI_FRONT
            n = rng.choice((2, 2, 2, 3, 3))
            out = []
            for k in range(n):
                out.append(rng.choice(FI_ONSET) if k == 0 else rng.choice(FI_MEDIAL))
                out.append(rng.choice(nuclei) if k < n - 1 else rng.choice(FI_FINAL_BACK if back else FI_FINAL_FRONT))
            s = "".join(out)
            return s if back else s + "\u0000"  # marker: front-vowel stem (stripped later)
        n = rng.choice((1, 1, 2))
        s = "".join(rng.choice(SV_ONSET) + rng.choice(SV_VOWEL) + rng.choice(SV_CODA) for _ in range(n))
        return s + rng.choice(SV_TAIL)

    def _form(self, rank_index, r_ending, r_compound, rng):
        c = len(self.common)
        if rank_index < c:
            return self.common[rank_index]
        stem, cls = self.stems[rank_index - c]
        prefix = ""
        if r_compound < 0.05:
            # a compound: a second, independently drawn stem in front
            other = bisect.bisect_left(self.cum, rng.random() * self.total)
            if other >= c:
                prefix = self.stems[other - c][0].rstrip("\u0000")
                if self.lang == "sv" and rng.random() < 0.3:
                    prefix += "s"
        ending = self.endings[cls][bisect.bisect_left(self.ending_cum[cls], r_ending * self.ending_cum[cls][-1])]
        if stem.endswith("\u0000"):
            stem = stem[:-1]
            ending = _front(ending)
        return prefix + stem + ending

    def words(self, rng, n):
        """n words of running text, lowercase."""
        ranks = rng.choices(range(len(self.cum)), cum_weights=self.cum, k=n)
        return [self._form(r, rng.random(), rng.random(), rng) for r in ranks]

    def sentence(self, rng, lo=6, hi=16):
        w = self.words(rng, rng.randint(lo, hi))
        if len(w) > 7 and rng.random() < 0.4:
            w[rng.randrange(2, len(w) - 2)] += ","
        return " ".join(w).capitalize() + "."

    def paragraph(self, rng, lo=4, hi=7):
        return " ".join(self.sentence(rng) for _ in range(rng.randint(lo, hi)))

    def name(self, rng):
        """A capitalised stem (for company, street and people names)."""
        c = len(self.common)
        r = bisect.bisect_left(self.cum, rng.random() * self.total)
        if r < c:
            r = c + rng.randrange(len(self.stems))
        return self.stems[r - c][0].rstrip("\u0000").capitalize()


def languages(lemmas_fi=16000, lemmas_sv=11500):
    return {"fi": Language("fi", lemmas_fi, 1107), "sv": Language("sv", lemmas_sv, 2107)}
