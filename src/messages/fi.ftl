# aikositen viestit suomeksi. Sama tunniste ja samat argumentit kuin en.ftl:ssä (testi
# tarkistaa). Kirjoita selkokielellä viestinnän ammattilaiselle, ei ohjelmoijalle.

## Virheilmoitusten otsikot

label-error = virhe
label-warning = varoitus
label-help = ohje
label-also = myös
summary-counts = { $errors ->
    [one] 1 virhe
   *[other] { $errors } virhettä
}, { $warnings ->
    [one] 1 varoitus
   *[other] { $warnings } varoitusta
}
did-you-mean = tarkoititko `{ $word }`?
github-title = aikosite

## Komentorivi (`--help`)

cli-about = Rakentaa seutukaupunkien työ- ja koulutuskampanjoiden verkkosivut
cli-heading-usage = Käyttö
cli-heading-commands = Komennot
cli-heading-options = Valinnat
cli-heading-arguments = Argumentit
cli-help = Näytä ohje
cli-version = Näytä versio
cli-quiet = Näytä vain virheet
cli-verbose = Kerro tarkemmin, mitä tehdään
cli-color = Värit päätteessä
cli-messages = Viestien kieli (oletus: LANG- tai LC_MESSAGES-asetuksesta, muuten englanti)
cli-build = Rakenna sivusto julkaisukansioon (oletuksena public/)
cli-check = Tarkista kaikki, minkä rakentaminen tarkistaa, kirjoittamatta mitään
cli-init = Kirjoita valmis esimerkkisivusto kansioon DIR
cli-serve = Näytä sivusto omalla koneella ja päivitä se aina, kun tallennat muutoksen
cli-root = Sivuston kansio (se, jossa aikosite.yaml on)
cli-drafts = Julkaise myös luonnokset (`draft: true`)
cli-today = Päivä, jolle sivusto rakennetaan, VVVV-KK-PP (oletus: SOURCE_DATE_EPOCH, muuten tämä päivä Helsingin aikaa)
cli-build-output = Julkaisukansio (oletus: public/ sivuston kansiossa)
cli-build-base_url = Osoite, jossa sivusto julkaistaan; korvaa aikosite.yaml-tiedoston base_url-arvon
cli-build-force = Korvaa julkaisukansio, jota aikosite ei ole tehnyt (se siirretään sivuun, ei poisteta)
cli-format = Miten virheet ja varoitukset näytetään: text, json tai github
cli-check-strict = Käsittele varoitukset virheinä
cli-serve-bind = Osoite, jossa palvelin kuuntelee; muu kuin 127.0.0.1 tai ::1 näyttää sivuston koko verkolle
cli-serve-port = Portti (oletus 1111 tai seuraava vapaa); 0 valitsee minkä tahansa vapaan
cli-serve-open = Avaa sivusto selaimessa
cli-init-dir = Kansio, johon uusi sivusto kirjoitetaan (ei saa olla olemassa, tai sen pitää olla tyhjä)

## YAML-virheet

yaml-tab-indent = rivi on sisennetty sarkaimella
yaml-tab-indent-help = YAML hyväksyy rivin alussa vain välilyöntejä: korvaa sarkain välilyönneillä (kaksi jokaista tasoa kohden)
yaml-hash-comment = `{ $value }` luetaan kommentiksi, joten avaimella `{ $key }` ei ole arvoa
yaml-hash-comment-help = YAML-tiedostossa `#` aloittaa kommentin: laita arvo lainausmerkkeihin, `{ $key }: "{ $value }"`
yaml-colon-in-value = avaimen `{ $key }` arvossa on kaksoispiste ja välilyönti, jotka YAML lukee uuden avaimen aluksi
yaml-colon-in-value-help = laita koko arvo lainausmerkkeihin: `{ $key }: { $quoted }`
yaml-decimal-comma = luvussa `{ $value }` on desimaalipilkku
yaml-decimal-comma-help = YAML-tiedostossa luvuissa käytetään desimaalipistettä: kirjoita `{ $fixed }`
yaml-syntax = tätä riviä ei voi lukea (virhe YAML-muotoilussa)
yaml-syntax-help = tarkista sisennys (vain välilyöntejä, yhtä monta samantasoisille avaimille) ja laita lainausmerkkeihin arvot, joissa on `:`, `#`, `[` tai `{"{"}`
yaml-unknown-key = tuntematon avain `{ $key }`
yaml-unknown-key-in = tuntematon avain `{ $key }` kohdassa `{ $path }`
yaml-allowed-keys = tässä sallitut avaimet: { $keys }
yaml-use-one-of = käytä jotakin näistä: { $values }
yaml-bad-value = `{ $value }` ei käy avaimen `{ $key }` arvoksi
yaml-bad-value-top = `{ $value }` ei käy tähän
yaml-missing = `{ $key }` puuttuu
yaml-missing-in = kohdasta `{ $path }` puuttuu `{ $key }`
yaml-missing-help = lisää rivi `{ $key }:` ja sen perään arvo
yaml-not-a-mapping = tähän kuuluu avaimia arvoineen, esimerkiksi `title: …`
yaml-not-a-mapping-help = kirjoita jokainen tieto omalle rivilleen muodossa `avain: arvo`
yaml-list-not-allowed = avaimelle `{ $key }` kuuluu yksi arvo, ei luetteloa
yaml-list-not-allowed-help = kirjoita yksi arvo samalle riville: `{ $key }: arvo` (ilman viivaa tai hakasulkeita)
yaml-list-expected = avaimelle `{ $key }` kuuluu luettelo
yaml-list-expected-help = kirjoita `{ $key }: [ensimmäinen, toinen]` tai jokainen kohta omalle rivilleen merkkien `- ` perään
yaml-map-not-allowed = avaimelle `{ $key }` kuuluu tässä yksi arvo, ei alakohtia
yaml-map-not-allowed-help = kirjoita `{ $key }: arvo` yhdelle riville
yaml-wrong-kind = avaimen `{ $key }` arvoksi kuuluu { $kind ->
    [integer] kokonaisluku
    [number] luku
    [bool] `true` tai `false`
    [text] tekstiä
   *[other] jotain muuta
}
yaml-localized = avaimen `{ $key }` arvoksi kuuluu teksti tai teksti kullekin kielelle
yaml-localized-help = kirjoita `{ $key }: Teksti` tai `{ $key }: {"{"} fi: Teksti, sv: Text {"}"}`

## Sisältötiedostojen lukeminen

load-company-text-alone = yrityksen tekstillä ei ole tiedostoa `{ $slug }.yaml`
load-company-text-alone-help = luo tiedosto { $file } ja kirjoita siihen ainakin `name:` ja `sector:`
load-unreadable = tiedostoa ei voi lukea: { $reason }
load-not-utf8 = tiedostoa ei ole tallennettu UTF-8-tekstinä
load-not-utf8-help = tallenna se tekstieditorissa UTF-8-muodossa (”Tallenna merkistöllä” tai ”Save with encoding”)
load-company-text-matter = yrityksen tekstitiedostoon ei kirjoiteta alkutietoja (front matter)
load-company-text-matter-help = kirjoita yrityksen tiedot tiedostoon { $file } ja jätä tähän vain teksti
load-misplaced = aikosite ei tunnista, mikä tämä tiedosto on
load-misplaced-help = sisältötiedostot kuuluvat paikkoihin content/_index.KIELI.md, content/pages/NIMI.KIELI.md, content/towns/KAUPUNKI/town.yaml, content/towns/KAUPUNKI/_index.KIELI.md tai content/towns/KAUPUNKI/{"{"}jobs,studies,companies,stories,events{"}"}/
load-no-language = tiedoston nimestä `{ $name }` puuttuu kieli
load-no-language-help = nimeä se muotoon `{ $suggestion }` (tai käytä jotakin muuta sivuston kieltä: { $languages })
load-unknown-language = `{ $code }` tiedoston nimessä `{ $name }` ei ole sivuston kieli
site-languages-are = sivuston kielet ovat: { $languages }
load-matter-unclosed = alkutiedoista (front matter) puuttuu lopettava `---`-rivi
load-matter-unclosed-help = lopeta alkutiedot riviin, jolla on pelkästään `---`
load-no-matter = { $kind ->
    [job] työpaikkailmoituksesta
    [study] koulutuksen tiedostosta
    [story] tarinasta
    [event] tapahtumasta
    [page] sivusta
   *[other] tiedostosta
} puuttuvat alkutiedot (front matter)
load-no-matter-help = aloita tiedosto rivillä `---`, kirjoita sen alle tiedot (kuten `title: …`) ja lopeta ne toiseen `---`-riviin

## Sivuston asetukset (aikosite.yaml)

config-missing = tiedostosta { $file } puuttuu `{ $key }`
config-missing-help = lisää rivi, esimerkiksi `{ $line }`
config-language-twice = kieli `{ $code }` on luettelossa kahdesti
config-not-a-language = `{ $code }` ei ole kielikoodi
config-not-a-language-help = käytä kaksi- tai kolmikirjaimisia pienin kirjaimin kirjoitettuja koodeja, kuten `fi`, `sv`, `en`
config-no-languages = sivustolla täytyy olla ainakin yksi kieli
config-no-languages-help = kirjoita `languages: [fi, sv]`
config-default-not-listed = oletuskieli `{ $code }` puuttuu luettelosta `languages`
config-unknown-language = `{ $code }` ei ole sivuston kieli
config-bad-url = `{ $url }` ei ole verkko-osoite
config-bad-url-help = kirjoita koko osoite, esimerkiksi `https://example.fi` tai `https://example.fi/kampanja/`
config-bad-segment = `{ $segment }` ei käy verkko-osoitteen osaksi
config-bad-sector-key = toimialan tunnus `{ $key }` ei käy verkko-osoitteen osaksi
write-it-as = kirjoita se muodossa `{ $fixed }`
config-page-size = `page_size` on oltava vähintään 1
config-not-found = kansiossa { $folder } ei ole tiedostoa { $file }
config-not-found-help = luo uusi sivusto komennolla `aikosite init KANSIO` tai kerro sivuston kansio valinnalla --root
config-unreadable = tiedostoa { $file } ei voi lukea: { $reason }
build-bad-base-url = `--base-url { $url }` ei ole verkko-osoite

## Komentojen omat rivit

build-done = rakennettu { $pages ->
    [one] 1 sivu
   *[other] { $pages } sivua
} ({ $files ->
    [one] 1 tiedosto
   *[other] { $files } tiedostoa
}) päivälle { $date }, aikaa kului { $ms } ms{ $warnings ->
    [0] {""}
    [one] , 1 varoitus
   *[other] , { $warnings } varoitusta
}
build-unchanged = sivusto ei ole muuttunut edellisestä kerrasta (päivä { $date }): { $folder } pidetään ennallaan ({ $pages ->
    [one] 1 sivu
   *[other] { $pages } sivua
}, { $files ->
    [one] 1 tiedosto
   *[other] { $files } tiedostoa
})
build-kept = { $kept }/{ $files } tiedostoa ennallaan: otettu edellisestä kerrasta (samat tavut, sama aika)
build-images = kuvat: { $sources } alkuperäistä, { $decoded } avattu, { $encoded } tiedostoa tehty, { $cached } välimuistista
build-stages = vaiheet (aika, muistia enimmillään tähän mennessä): { $stages }
build-output = julkaisukansio: { $folder }
check-done = tarkistettu { $pages ->
    [one] 1 sivu
   *[other] { $pages } sivua
}: ei virheitä
check-strict-failed = --strict: varoitukset ({ $warnings }) lasketaan virheiksi
init-not-empty = kansio { $folder } on jo olemassa eikä se ole tyhjä
init-not-empty-help = valitse uusi kansion nimi; init ei koskaan kirjoita olemassa olevien tiedostojen päälle
init-cannot-write = sivustoa ei voi kirjoittaa kansioon { $folder }: { $reason }
init-done =
    uusi sivusto on kansiossa { $folder }

    seuraavaksi:
      cd { $folder }
      aikosite serve      # esikatsele osoitteessa http://127.0.0.1:1111
      aikosite build      # kirjoita sivusto kansioon public/

    Sisällöntuottajan ohje on kansiossa docs/ (docs/ohje.fi.md).

## Teemat

theme-missing = teemaa `{ $name }` ei ole
theme-missing-help = luo kansio themes/{ $name }/ tai käytä valmista teemaa: `theme: { $builtin }`
theme-no-strings = teemasta puuttuvat käyttöliittymän tekstit kielelle `{ $lang }`
theme-no-strings-help = kopioi teeman tiedosto i18n/fi.yaml nimelle themes/{ $theme }/i18n/{ $file } ja käännä se (valmiin teeman tiedostot saat komennolla `aikosite init`)
theme-string-missing-for = käyttöliittymän teksti `{ $key }` puuttuu kieleltä `{ $lang }` (se on tiedostossa { $from })
theme-string-missing-for-help = lisää `{ $key }: …` kielellä { $lang }
theme-string-missing = käyttöliittymän teksti `{ $key }` puuttuu
theme-string-missing-help = lisää `{ $key }: …`: aikosite tarvitsee sen päivämäärien, palkkojen ja työsuhteen tyyppien kirjoittamiseen
yaml-bad-date = `{ $value }` ei ole kelvollinen päivämäärä kohdassa `{ $key }`
yaml-bad-date-help = kirjoita päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2026-12-05 (joulukuun 5. päivä)
yaml-bad-datetime = `{ $value }` ei ole kelvollinen päivämäärä tai aika kohdassa `{ $key }`
yaml-bad-datetime-help = kirjoita 2026-12-10 tai kellonajan kanssa 2026-12-10T17:00

## Julkaisukansion kirjoittaminen

write-not-ours = julkaisukansio { $folder } on jo olemassa, eikä aikosite ole tehnyt sitä, joten aikosite ei korvaa sitä
write-not-ours-help = tyhjennä kansio, valitse toinen kansio valinnalla --output tai siirrä vanha kansio sivuun valinnalla --force
write-contains-root = julkaisukansio { $folder } on sivuston oma kansio tai sisältää sen
write-contains-root-help = valitse julkaisukansioksi kansio sivuston sisältä, esimerkiksi `public`
today-bad-flag = `--today { $value }` ei ole päivämäärä
today-bad-epoch = SOURCE_DATE_EPOCH=`{ $value }` ei ole sekuntien määrä 1.1.1970 alkaen

## Kuvat

image-missing = kuvaa `{ $file }` ei löydy
image-missing-help = tarkista tiedoston nimi (isot ja pienet kirjaimet ovat eri asia) ja että kuva on siinä kansiossa, johon sivu viittaa
image-unsupported = tällaista kuvaa ei voi käyttää: `{ $file }` ({ $detail })
image-unsupported-help = käytä JPEG-, PNG-, WebP-, GIF- tai SVG-tiedostoa: avaa kuva ja tallenna tai vie se JPEG-muodossa (valokuvat) tai PNG-muodossa (piirrokset, logot)
image-corrupt = kuvatiedosto `{ $file }` on vioittunut tai keskeneräinen, eikä sitä voi lukea ({ $detail })
image-corrupt-help = kopioi kuva uudelleen alkuperäisestä lähteestä (kamera, puhelin tai kuvan lähettäjä) tai avaa se kuvankäsittelyohjelmassa ja tallenna uudelleen
image-too-large = kuva `{ $file }` on liian suuri käsiteltäväksi turvallisesti: { $megapixels } megapikseliä, kun raja on { $limit } megapikseliä
image-too-large-help = pienennä kuva ennen lisäämistä (4000 pikselin leveys riittää verkkoon hyvin) tai nosta aikosite.yaml-tiedoston rajaa images.max_megapixels, jos kuvan todella pitää olla näin suuri
image-io = kuvaa `{ $file }` ei voitu käsitellä: { $reason }
image-io-help = tarkista, ettei levy ole täynnä ja että aikositella on oikeus lukea ja kirjoittaa siellä

## Koko sivuston tarkistus

link-town-no-yaml = kaupungin kansiossa `{ $folder }` ei ole tiedostoa town.yaml
link-town-no-yaml-help = luo se ja kirjoita siihen ainakin `name:` ja `brand_color:`
link-town-no-name = kaupungilta puuttuu nimi (`name`)
link-town-no-name-help = lisää `name: {"{"} fi: …, sv: … {"}"}`
link-town-no-brand-color = kaupungilta puuttuu tunnusväri (`brand_color`)
link-town-no-brand-color-help = lisää `brand_color: "#0b5394"` (niin tumma väri, että valkoinen teksti erottuu siitä)
link-town-slug-taken = toisella kaupungilla on jo osoite `{ $slug }`
link-town-slug-taken-help = anna toiselle kaupungeista eri `slug:` sen town.yaml-tiedostossa (jokainen kaupunki tarvitsee oman osoitteen)
link-original-missing = tämä on käännös, mutta sen alkuperäinen tiedosto { $original } puuttuu
link-original-missing-help = palauta { $original } (perustiedot, kuten yritys, päivämäärät ja toimiala, kirjoitetaan siihen) tai, jos sivu julkaistaan vain tällä kielellä, kirjoita perustiedot tähän tiedostoon
link-not-a-colour = `{ $value }` ei ole väri
link-not-a-colour-help = kirjoita väri heksamuodossa lainausmerkkeihin, esimerkiksi `brand_color: "#0b5394"`
link-low-contrast = tunnusvärin `{ $color }` kontrasti valkoiseen on vain { $ratio }:1; valkoinen teksti värin päällä ja värilliset linkit tarvitsevat vähintään 4,5:1
link-low-contrast-help = käytä saman värin tummempaa sävyä, esimerkiksi `"{ $darker }"`
link-hero-no-alt = pääkuvalta puuttuu vaihtoehtoinen teksti
link-hero-no-alt-help = lisää `hero_alt:` ja kuvaile siinä kuva niille, jotka eivät näe sitä
link-image-no-alt = kuvalta puuttuu vaihtoehtoinen teksti
link-image-no-alt-help = lisää `image_alt:` ja kuvaile siinä kuva niille, jotka eivät näe sitä
link-body-image-no-alt = kuvalta `{ $image }` puuttuu vaihtoehtoinen teksti
link-body-image-no-alt-help = kuvaile kuva: `![Mitä kuvassa näkyy](kuva.jpg)`; jos kuva on pelkkä koriste, kirjoita `![](kuva.jpg "decorative")`
link-no-sector = toimiala (`sector`) puuttuu
link-sectors-are = käytä jotakin aikosite.yaml-tiedoston toimialoista: { $sectors }
link-unknown-sector = tuntematon toimiala `{ $sector }`
link-unknown-company = tuntematon yritys `{ $company }`
link-unknown-company-help = kirjoita jonkin kansion content/towns/{ $town }/companies/ tiedoston nimi ilman päätettä `.yaml`, tai toisen kaupungin yritykselle `KAUPUNKI/NIMI`
link-missing = { $kind ->
    [job] työpaikkailmoituksesta
    [study] koulutuksen tiedoista
    [story] tarinasta
    [event] tapahtumasta
    [page] sivulta
    [company] yrityksen tiedoista
   *[other] tiedostosta
} puuttuu `{ $key }`
link-translation-changes = käännös ei saa muuttaa tietoa `{ $key }`
link-translation-changes-help = `{ $key }` on perustieto, joka kirjoitetaan vain kerran tiedostoon { $original }; poista se tästä tiedostosta tai anna sille sama arvo
link-to-missing-page = linkki sivulle, jota ei ole: `{ $target }`

## File names and the config (more)

config-invalid-first = { $location }: { $message }
config-has-mistakes = tiedostossa { $file } on virheitä
load-same-address = kahden tiedoston nimistä tulee sama verkko-osoite
load-same-address-help = nimeä toinen uudelleen tai poista se; nimiä verrataan välittämättä isoista kirjaimista ja tarkkeista (ä = a)
load-same-address-decomposed-help = nimet näyttävät samalta: toisessa kirjaimet on kirjoitettu hajotettuina (`a` ja erillinen `¨`, kuten macOS voi tallentaa nimiä); poista toinen tiedostoista
load-name-no-letters = tiedostonimessä `{ $name }` ei ole kirjaimia tai numeroita, joista saisi verkko-osoitteen
load-name-no-letters-help = nimeä tiedosto uudelleen niin, että nimessä on kirjaimia, esim. `hitsaaja.fi.md`

## YAML dates (more)

yaml-bad-date-top = `{ $value }` ei ole kelvollinen päivämäärä
yaml-bad-datetime-top = `{ $value }` ei ole kelvollinen päivämäärä tai aika

## Checking facts

link-deadline-before-posted = hakuaika päättyy { $deadline }, ennen kuin ilmoitus on julkaistu ({ $posted })
link-deadline-before-posted-help = tarkista päivämäärät: `deadline` on viimeinen hakupäivä, `posted` ilmoituksen julkaisupäivä
link-bad-email = `{ $email }` ei ole sähköpostiosoite
link-bad-email-help = kirjoita koko osoite, esimerkiksi `rekry@yritys.fi`
link-no-apply = ilmoituksessa ei kerrota, miten työpaikkaa haetaan
link-no-apply-help = lisää `apply_url: https://…` tai `apply_email: rekry@…`
link-salary-empty = palkasta puuttuvat sekä `min` että `max`
link-salary-empty-help = lisää `min:` tai `max:` tai molemmat
link-salary-max-below-min = palkan `max` on pienempi kuin sen `min`
link-salary-max-below-min-help = tarkista summat: `min` on pienin palkka, `max` suurin
link-event-ends-before-start = tapahtuma päättyy ennen kuin se alkaa
link-event-ends-before-start-help = tarkista `start:` ja `end:`
link-statement-not-reviewed = saavutettavuusselosteesta puuttuu tarkistuspäivä `reviewed`
link-statement-not-reviewed-help = lisää `reviewed: 2026-09-15` ja viimeisimmän arvioinnin päivämäärä
link-image-missing = kuvaa `{ $image }` ei ole
link-image-missing-help = laita kuvatiedosto kansioon { $folder } tai korjaa nimi
link-town-folder-not-slug = kaupungin kansion nimeä `{ $folder }` ei voi käyttää verkko-osoitteessa
link-town-folder-not-slug-help = nimeä kansio muotoon `{ $fixed }`
link-company-no-name = yritykseltä puuttuu nimi (`name`)
link-company-no-name-help = lisää `name: Yritys Oy`
link-company-draft = yritys `{ $company }` on luonnos
link-company-draft-help = julkaise yritys (poista `draft: true`) tai rakenna sivusto valinnalla --drafts
link-statement-old = saavutettavuusseloste on tarkistettu viimeksi { $reviewed }, yli vuosi sitten
link-statement-old-help = arvioi sivuston saavutettavuus uudelleen ja päivitä `reviewed:`
link-bad-url-help = kirjoita koko osoite alusta alkaen, https://
link-no-title = sivulta puuttuu otsikko (`title`)
link-no-title-help = lisää `title: …`

## Links and images in the text

link-unknown-path = linkki kohteeseen `{ $target }`, joka ei ole kansiossa static/ eikä sivuston sivu
link-unknown-path-help = linkitä sisältöön muodossa `@/towns/KAUPUNKI/jobs/TIEDOSTO.md` tai laita tiedosto kansioon static/
link-outside-content = linkki `{ $target }` vie kansion content/ ulkopuolelle
link-outside-content-help = linkitä sivuihin muodossa `@/towns/KAUPUNKI/jobs/TIEDOSTO.md` tai static/-kansion tiedostoihin muodossa `/TIEDOSTO`
link-missing-file = linkki tiedostoon `{ $target }`, jota ei ole
link-missing-file-help = tarkista tiedoston nimi; linkitä sivuihin muodossa `@/towns/KAUPUNKI/jobs/TIEDOSTO.md`
link-unpublished = linkki sivulle `{ $target }`, jota ei julkaista tänään (luonnos tai hakuaika päättynyt)
link-unpublished-help = linkin teksti näytetään ilman linkkiä; poista linkki, kun sivu on poistunut lopullisesti
link-to-missing-page-help = linkitä content/-kansion tiedostoon, esimerkiksi `@/towns/raahe/jobs/hitsaaja.md`
link-image-external = kuva `{ $image }` on toisella sivustolla
link-image-external-help = tallenna kuva tämän tiedoston viereen ja viittaa siihen nimellä; sivusto ei lataa mitään muilta palvelimilta


## Two things at one address

collision-file = { $file }
collision-list-all = kaikkien kaupunkien listasivu { $section }{ $page ->
    [1] {""}
   *[other] , sivu { $page }
    }
collision-list-town = kaupungin { $town } listasivu { $section }{ $page ->
    [1] {""}
   *[other] , sivu { $page }
    }
collision-filter = suodatinsivu { $section } `{ $value }` (sivu { $page })
collision-search = hakusivu
collision-404 = 404-sivu (sivua ei löydy)
collision-all-towns = kaikki kaupungit
collision-feed = { $kind ->
    [atom] Atom-syöte
    [json] JSON-syöte
   *[calendar] kalenteri
    }: { $place } ({ $lang })
collision-search-index = hakuhakemisto ({ $lang })
collision-sitemap = sivukartta (sitemap.xml)
collision-robots = robots.txt
collision-taken = tämän sivun osoite { $address } on jo käytössä: { $others }
collision-taken-help = anna sivulle toinen tiedostonimi tai `slug:`
collision-same-address = kahdelle sivulle tulisi sama osoite { $address }
collision-same-address-help = anna toiselle niistä toinen tiedostonimi tai `slug:`

## Themes

template-missing = teemasta puuttuu sivupohja `{ $name }`
template-missing-help = lisää se teeman templates/-kansioon tai sivuston templates/-kansioon
template-error = virhe sivupohjassa: { $detail }
template-error-help = korjaa sivupohja; vika on teemassa, ei sisällössä

## Writing the output

write-io = { $context }: { $reason }
write-cannot-create = kansiota { $folder } ei voi luoda
write-cannot-clear = kansiota { $folder } ei voi tyhjentää
write-cannot-mark = tulostekansion merkkitiedostoa ei voi kirjoittaa
write-cannot-write = tiedostoa { $file } ei voi kirjoittaa
write-cannot-copy = tiedostoa { $file } ei voi kopioida
write-cannot-move-aside = kansiota { $folder } ei voi siirtää sivuun
write-cannot-swap = uutta sivustoa ei voi siirtää kansioon { $folder }
write-cannot-remove-old = vanhaa sivustoa { $folder } ei voi poistaa
write-outside-output = tiedostoa `{ $file }` ei kirjoiteta tulostekansion ulkopuolelle

## Images

images-no-widths = images.widths on tyhjä: luettele ainakin yksi leveys, esim. [480, 960, 1600]
images-bad-width = images.widths sisältää leveyden { $width }: leveyden pitää olla 1–16000 pikseliä
images-no-formats = images.formats on tyhjä: luettele ainakin yksi muoto, esim. [webp, jpeg]
images-bad-quality = images.quality on { $quality }: käytä lukua 1–100 (80 on hyvä oletus)
images-no-max-pixels = images.max_pixels on 0: käytä rajaa kuten 100000000 (100 megapikseliä)
images-no-avif = images.formats sisältää muodon avif, mutta tässä aikosite-versiossa ei ole AVIF-pakkausta: poista avif listasta

## YAML: what the parser said

yaml-other = tätä arvoa ei voi käyttää: { $detail }
yaml-other-in = kohdan `{ $key }` arvoa ei voi käyttää: { $detail }
yaml-other-help = vertaa riviä ohjeen (docs/ohje.fi.md) esimerkkeihin tai komennolla `aikosite new` tehtyyn tiedostoon

## The command line (--help): the editors' commands, clap's own words

cli-new = Kirjoita uusi kaupunki, työpaikka, koulutus, yritys, tarina, tapahtuma tai sivu kaikilla kielillä
cli-new-kind = Mitä luodaan: town (kaupunki), job (työpaikka), study (koulutus), company (yritys), story (tarina), event (tapahtuma) tai page (sivu)
cli-new-name = Nimi niin kuin sen kirjoittaisit, esim. "CNC-koneistaja, iltavuoro"; tiedostonimi tehdään siitä
cli-new-town = Kaupungin kansion nimi kansiossa content/towns/ (työpaikoille, koulutuksille, yrityksille, tarinoille ja tapahtumille)
cli-new-today = Päivä julkaisupäiväksi (`posted`) ja hakuajan laskemiseen, VVVV-KK-PP (oletus: SOURCE_DATE_EPOCH, muuten tämä päivä Helsingin aikaa)
cli-import = Tuo työpaikkailmoituksia taulukosta (CSV, XLSX, ODS) tai JobPosting-JSON-LD-muodosta
cli-import-what = Mitä tuodaan: jobs (työpaikat)
cli-import-file = Tiedosto: .csv, .xlsx, .ods, .json (JSON-LD) tai .html (tallennettu rekrytointisivu)
cli-import-town = Kaupungin kansion nimi kansiossa content/towns/
cli-import-dry_run = Näytä, mitä kirjoitettaisiin, mutta älä kirjoita mitään
cli-import-force = Kirjoita olemassa olevien työpaikkatiedostojen päälle
cli-import-today = Julkaisupäivä (`posted`), kun tiedostossa ei ole sitä, VVVV-KK-PP (oletus: SOURCE_DATE_EPOCH, muuten tämä päivä Helsingin aikaa)
cli-status = Mitä tällä viikolla kannattaa tarkistaa: luonnokset, päättyvät ja päättyneet työpaikat, puuttuvat käännökset
cli-status-today = Päivä, jolta tilanne kerrotaan, VVVV-KK-PP (oletus: SOURCE_DATE_EPOCH, muuten tämä päivä Helsingin aikaa)
cli-status-format = text päätteeseen, json ohjelmille, markdown sähköpostiin tai CI-yhteenvetoon
cli-help-command = Näytä tämä ohje tai annetun komennon ohje
cli-default = oletus
cli-possible-values = mahdolliset arvot
cli-more-info = Lisätietoja saat valinnalla '--help'.
cli-unexpected-argument = tuntematon valinta
cli-invalid-value = virheellinen arvo
cli-for = valinnalle
cli-missing-arguments = nämä pakolliset tiedot puuttuvat:
cli-unrecognized-subcommand = tuntematon komento
cli-tip = vinkki

## Commands' own lines (more)

build-progress-images = kuvat
