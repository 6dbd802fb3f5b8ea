# The editors' commands (new, import, status): their own lines and errors. Every id here
# is in en.ftl, fi.ftl and sv.ftl of this folder with the same arguments.

## Writing files

editors-cannot-write = tiedostoa { $file } ei voi kirjoittaa: { $reason }

## aikosite import jobs: problems

import-cannot-read = tiedostoa { $file } ei voi lukea: { $reason }
import-cannot-read-help = tarkista tiedoston nimi ja kansio; polku luetaan siitä kansiosta, jossa aikosite ajetaan
import-unreadable = tiedostoa { $file } ei voi lukea { $kind ->
    [csv] CSV-tiedostona
   *[sheet] taulukkona
    }: { $reason }
import-unreadable-help = avaa se taulukko-ohjelmassa ja tallenna uudelleen muodossa .xlsx, .ods tai .csv
import-no-postings = tiedostossa ei ole työpaikkailmoituksia (schema.org JobPosting)
import-unknown-extension = aikosite ei osaa tuoda `.{ $ext }`-tiedostoja
import-unknown-extension-help = käytä taulukkoa (.csv, .xlsx, .ods) tai JSON-LD-muotoisia ilmoituksia (.json tai tallennettu rekrytointisivu .html)
import-unknown-column = sarake { $column } ”{ $header }” ei ole työpaikan tieto, joten se jätetään pois
import-unknown-column-hint = sarake { $column } ”{ $header }” ei ole työpaikan tieto, joten se jätetään pois (tarkoititko `{ $word }`?)
import-no-title-column = työpaikan otsikolle ei ole saraketta: ensimmäisellä rivillä pitää olla sarakkeiden nimet, esim. Otsikko, Yritys, Hakuaika päättyy (nyt siinä on: { $headers })
import-row = rivi { $row }
import-posting = JobPosting { $n }
import-posting-titled = JobPosting { $n } (”{ $title }”)
import-not-json = tämä ei ole kelvollista JSONia: { $reason }
import-block-not-json = JSON-LD-lohko { $block } ei ole kelvollista JSONia: { $reason }
import-title-no-letters = otsikossa ”{ $title }” ei ole kirjaimia tai numeroita, joista saisi tiedostonimen
import-title-no-letters-help = anna työpaikalle otsikkosarakkeessa otsikko, jossa on kirjaimia
import-exists-other-name = työpaikka on jo olemassa toisella tiedostonimellä: { $file }
import-exists-other-name-help = nimeä tiedosto uudelleen tai poista se ja tuo sitten uudelleen
import-at = { $record }: { $message }
import-at-column = { $record }, sarake { $column }: { $message }
import-no-title = työpaikalta puuttuu otsikko
import-no-title-help = täytä otsikkosarake (Otsikko / Rubrik / Title)
import-no-company = työpaikalta puuttuu yritys
import-no-company-help = täytä yrityssarake (Yritys / Företag / Company)
import-company-draft = yritys `{ $company }` on luonnos
import-company-draft-help = viimeistele { $file }, poista siitä rivi `draft: true` ja tuo sitten uudelleen
import-unknown-sector = tuntematon toimiala ”{ $sector }”
import-no-sector = työpaikalta puuttuu toimiala
import-no-sector-help = täytä toimialasarake (Toimiala / Bransch / Sector)
import-bad-employment-type = ”{ $value }” ei ole työsuhteen tyyppi
import-bad-employment-type-help = kirjoita kokoaikainen, osa-aikainen, määräaikainen, oppisopimus, kesätyö tai harjoittelu
import-bad-date = ”{ $value }” ei ole päivämäärä
import-bad-date-help = kirjoita päivämäärä muodossa 5.12.2026 (tai 2026-12-05)
import-no-deadline = työpaikalta puuttuu hakuajan päättymispäivä
import-no-deadline-help = täytä hakuajan sarake (Hakuaika päättyy / Sista ansökningsdag / Deadline)
import-deadline-passed = hakuaika on päättynyt { $deadline }, joten työpaikkaa ei näytettäisi
import-deadline-passed-help = jätä rivi pois tai korjaa päivämäärä, jos se on väärin
import-deadline-before-posted-help = tarkista rivin päivämäärät
import-bad-amount = ”{ $value }” ei ole euromäärä
import-bad-amount-help = kirjoita luku, kuten 2800 tai 19,50
import-bad-salary = ”{ $value }” ei ole palkka
import-bad-salary-help = kirjoita summa tai väli, kuten 2800–3400 €/kk tai 19,50 €/h
import-bad-unit = ”{ $value }” ei ole palkan yksikkö
import-bad-unit-help = kirjoita tunti, kk tai vuosi
import-no-apply-help = täytä linkki (Hakulinkki / Ansökningslänk / Apply URL) tai sähköpostiosoite (Sähköposti / E-post / Email)

## aikosite new

new-none-yet = { $what ->
    [towns] kaupunkeja
   *[kinds] vaihtoehtoja
    } ei ole vielä
new-known = { $what ->
    [towns] kaupungit ovat
   *[kinds] vaihtoehdot ovat
    }: { $list }
new-did-you-mean = tarkoititko `{ $word }`? { $list }
new-no-towns-yet = kaupunkeja ei ole vielä: luo ensin kaupunki komennolla aikosite new town NIMI
new-unknown-town = kaupunkia `{ $town }` ei ole
new-unknown-kind = `{ $kind }` ei ole mitään, minkä `aikosite new` osaa luoda
new-name-no-letters = nimessä `{ $name }` ei ole kirjaimia tai numeroita, joista saisi tiedostonimen
new-name-no-letters-help = kirjoita nimi kirjaimin, esim. "CNC-koneistaja, iltavuoro"
new-no-town-for-kind = `{ $kind }` ei kuulu millekään kaupungille: jätä --town pois
new-town-exists = kaupunki `{ $town }` on jo olemassa (content/towns/{ $town }/)
new-exists-help = valitse toinen nimi; aikosite new ei koskaan kirjoita tiedostojen päälle
new-which-town = mihin kaupunkiin uusi `{ $kind }` kuuluu? lisää --town KAUPUNKI
new-file-exists = { $file } on jo olemassa
new-file-exists-help = valitse toinen nimi tai muokkaa olemassa olevaa tiedostoa; aikosite new ei koskaan kirjoita tiedostojen päälle
new-name-taken = nimellä `{ $slug }` on jo `{ $kind }`: { $files }
new-name-taken-help = valitse toinen nimi tai muokkaa olemassa olevia tiedostoja; aikosite new ei koskaan kirjoita tiedostojen päälle
new-no-sectors = aikosite.yaml ei luettele yhtään toimialaa, ja jokainen työpaikka ja yritys tarvitsee toimialan
new-no-sectors-help = lisää aikosite.yaml-tiedostoon `sectors:`, esim. `metal: { "{" } fi: Metalliteollisuus, sv: Metallindustri { "}" }`
new-no-companies = kaupungissa `{ $town }` ei ole vielä yrityksiä, ja jokainen työpaikka tarvitsee yrityksen
new-no-companies-help = luo ensin työnantaja: aikosite new company --town { $town } "Yritys Oy"
new-created = luotiin uusi `{ $kind }`:
new-next-town = seuraavaksi: täytä { $file } ja kaupungin etusivut, lisää sitten yrityksiä ja työpaikkoja:
    {"  "}aikosite new company --town { $town } "Yritys Oy"
new-next = seuraavaksi: kirjoita teksti tiedostoon { $file }{ $files ->
    [1] {""}
   *[other] {" "}ja sen käännöksiin
    }, esikatsele komennolla `aikosite serve --drafts` ja poista rivi `draft: true`, kun sivu on valmis julkaistavaksi

## aikosite import jobs: its report

import-cannot-import = aikosite ei osaa tuoda kohdetta `{ $what }`
import-only-jobs = vain työpaikkoja voi tuoda: aikosite import jobs TIEDOSTO --town KAUPUNKI
import-only-jobs-hint = tarkoititko `{ $word }`? vain työpaikkoja voi tuoda: aikosite import jobs TIEDOSTO --town KAUPUNKI
import-missing-companies = näitä yrityksiä ei vielä ole kaupungissa { $town }; luo ne, täytä tiedot ja tuo uudelleen:
import-existing = jo sivustolla, jätetään ennalleen (--force korvaa ne):
import-would-write = { $file } (kirjoitettaisiin)
import-dry-run = kokeilu: { $read } työpaikasta tuotaisiin { $jobs } ({ $files } tiedostoa); mitään ei kirjoitettu
import-nothing = kaupunkiin { $town } ei tuotu mitään (luettiin { $read } työpaikkaa)
import-done = tuotiin { $jobs }/{ $read } työpaikkaa kaupunkiin { $town }:
import-next = seuraavaksi: tarkista ne komennoilla `aikosite serve` ja `aikosite check`

## aikosite status

status-unread = { $errors ->
    [one] 1 tiedostoa ei voitu lukea, eikä sitä laskettu mukaan
   *[other] { $errors } tiedostoa ei voitu lukea, eikä niitä laskettu mukaan
    }: katso syy komennolla `aikosite check`

## aikosite status: the report

status-kind = { $kind ->
    [jobs] työpaikat
    [studies] koulutukset
    [companies] yritykset
    [stories] tarinat
    [events] tapahtumat
    [pages] sivut
   *[other] { $kind }
    }
status-counts = { $kind }: { $published } julkaistu{ $drafts ->
    [0] {""}
    [one] , 1 luonnos
   *[other] , { $drafts } luonnosta
    }
status-statement = { $file }: tarkistettu { $reviewed }, seuraava tarkistus { $due } ({ $days })
status-no-statement = sivustolla ei ole saavutettavuusselostetta: lisää sivu, jossa on `accessibility_statement: true` ja `reviewed: PÄIVÄMÄÄRÄ`
status-statement-not-reviewed = { $file }: tarkistuspäivä `reviewed` puuttuu
status-closing = hakuaika päättyy 7 päivän sisällä
status-expired = hakuaika päättyi viimeisten 14 päivän aikana (ei enää sivustolla)
status-missing-translations = puuttuvat käännökset
status-outdated-translations = käännökset, jotka ovat alkuperäistä vanhempia
status-outdated = { $file } (muutettu { $changed }) — { $original } muutettu { $original_changed }
status-title = Tilanne { $date }
status-md-title = Sivuston tilanne { $date }
status-site-pages = Sivuston sivut
status-accessibility = Saavutettavuusseloste
status-published = julkaistu
status-drafts = luonnokset
status-today = tänään
status-tomorrow = huomenna
status-yesterday = eilen
status-in-days = { $days } päivän päästä
status-days-ago = { $days } päivää sitten
