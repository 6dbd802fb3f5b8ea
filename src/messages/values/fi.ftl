# Values that are not what they look like, limits on sizes, slugs that give no address,
# output and staging folders. Every id here is in en.ftl, fi.ftl and sv.ftl of this folder
# with the same arguments.

## Arvot, jotka eivät ole sitä miltä näyttävät

values-quote-text = `{ $value }` luetaan tässä numerona tai kyllä/ei-arvona, mutta se on tekstiä
values-quote-text-help = kirjoita se lainausmerkkeihin: "{ $value }"
values-salary-not-finite = palkan `{ $key }` ei ole rahamäärä
values-salary-negative = palkan `{ $key }` on alle nollan
values-salary-help = kirjoita summa euroina numerona, esimerkiksi `3200`
values-forbidden-char = tässä on näkymätön ohjausmerkki ({ $code }), jota verkkosivuilla ei saa olla
values-forbidden-char-help = poista merkki (se tulee usein mukana, kun tekstiä kopioidaan toisesta ohjelmasta) ja kirjoita sen ympärillä oleva teksti tarvittaessa uudelleen

## Osoitteet, joista ei tule mitään

values-slug-empty = osoitteessa `{ $slug }` ei ole kirjaimia a–z eikä numeroita, joten siitä ei tule verkko-osoitetta
values-slug-empty-help = kirjoita osoite kirjaimilla a–z, numeroilla ja yhdysmerkeillä, esimerkiksi `slug: hitsaaja`, tai poista rivi, jolloin osoite tulee tiedoston nimestä
values-folder-no-letters-help = nimeä kansio uudelleen niin, että nimessä on kirjaimia a–z, esimerkiksi `raahe`
values-section-segment-twice = osioilla `{ $first }` (rivi { $line }) ja `{ $section }` on sama osoite `{ $segment }`
values-section-segment-twice-help = anna kohdassa `sections:` jokaiselle osiolle oma osoite

## Rajat

values-file-too-big = tiedoston koko on { $size }; sisältötiedosto saa olla enintään { $limit }
values-file-too-big-help = jaa teksti useammalle sivulle tai tarkista, että tallensit tähän oikean tiedoston
values-matter-too-long = tiedoston alun tiedot (front matter) ovat pidemmät kuin { $limit }
values-matter-too-long-help = kirjoita pitkä teksti sivun runkoon, toisen `---`-rivin alle
values-value-too-long = tämä alun tietojen rivi on { $length } merkkiä pitkä; enimmäispituus on { $limit }
values-value-too-long-help = kirjoita pitkä teksti sivun runkoon, toisen `---`-rivin alle

## YAML-virheiden kohdat

values-yaml-unclosed-quote = arvon aloittavaa lainausmerkkiä ei suljeta
values-yaml-unclosed-quote-help = lisää loppulainausmerkki arvon loppuun samalle riville
values-duplicate-key = `{ $key }` on kirjoitettu kahdesti; ensimmäinen on rivillä { $first }
values-duplicate-key-help = jätä yksi `{ $key }:`-rivi ja poista toinen

## Tulos- ja välikansiot

values-output-inside-source = tuloskansio { $output } on sivuston kansiossa `{ $folder }`, josta aikosite lukee toimittajien kirjoittamat tiedostot
values-output-inside-source-help = rakenna sivusto omaan kansioonsa niiden viereen, esimerkiksi `public` (oletus); tämä pätee myös `--force`-valinnan kanssa
values-write-page = tiedostoa { $output } ei voitu kirjoittaa tuloskansioon (sivu tiedostosta { $file }): { $reason }
values-write-file = tiedostoa { $output } ei voitu kirjoittaa tuloskansioon: { $reason }
values-write-help = tarkista, että levyllä on tilaa ja että sinulla on oikeus kirjoittaa tuloskansioon; edellinen tulos jäi ennalleen
values-slug-too-long = tämä osoite on { $length } tavua pitkä; verkko-osoitteen osa saa olla enintään { $limit } tavua
values-slug-too-long-help = kirjoita lyhyempi `slug:` (tai tiedoston nimi); muutama sana riittää
