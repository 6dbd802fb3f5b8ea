# The editors' commands (new, import, status): their own lines and errors. Every id here
# is in en.ftl, fi.ftl and sv.ftl of this folder with the same arguments.

## Writing files

editors-cannot-write = { $file } kan inte skrivas: { $reason }

## aikosite import jobs: problems

import-cannot-read = { $file } kan inte läsas: { $reason }
import-cannot-read-help = kontrollera filens namn och mapp; sökvägen utgår från mappen där du kör aikosite
import-unreadable = { $file } kan inte läsas som { $kind ->
    [csv] CSV
   *[sheet] kalkylblad
    }: { $reason }
import-unreadable-help = öppna den i ett kalkylprogram och spara den igen som .xlsx, .ods eller .csv
import-no-postings = filen innehåller inga platsannonser (schema.org JobPosting)
import-unknown-extension = aikosite kan inte importera `.{ $ext }`-filer
import-unknown-extension-help = använd ett kalkylblad (.csv, .xlsx, .ods) eller platsannonser som JSON-LD (.json, eller en sparad rekryteringssida .html)
import-unknown-column = kolumn { $column } ”{ $header }” är inget fält för ett jobb och lämnas bort
import-unknown-column-hint = kolumn { $column } ”{ $header }” är inget fält för ett jobb och lämnas bort (menade du `{ $word }`?)
import-no-title-column = det finns ingen kolumn för jobbets rubrik: första raden ska ge kolumnernas namn, t.ex. Rubrik, Företag, Sista ansökningsdag (nu står det: { $headers })
import-row = rad { $row }
import-posting = JobPosting { $n }
import-posting-titled = JobPosting { $n } (”{ $title }”)
import-not-json = det här är inte giltig JSON: { $reason }
import-block-not-json = JSON-LD-blocket { $block } är inte giltig JSON: { $reason }
import-title-no-letters = rubriken ”{ $title }” har inga bokstäver eller siffror att göra ett filnamn av
import-title-no-letters-help = ge jobbet en rubrik med bokstäver i rubrikkolumnen
import-exists-other-name = jobbet finns redan under ett annat filnamn: { $file }
import-exists-other-name-help = byt namn på filen eller ta bort den och importera sedan igen
import-at = { $record }: { $message }
import-at-column = { $record }, kolumn { $column }: { $message }
import-no-title = jobbet saknar rubrik
import-no-title-help = fyll i rubrikkolumnen (Otsikko / Rubrik / Title)
import-no-company = jobbet saknar företag
import-no-company-help = fyll i företagskolumnen (Yritys / Företag / Company)
import-company-draft = företaget `{ $company }` är ett utkast
import-company-draft-help = gör klart { $file } och ta bort raden `draft: true`, importera sedan igen
import-unknown-sector = okänd bransch ”{ $sector }”
import-no-sector = jobbet saknar bransch
import-no-sector-help = fyll i branschkolumnen (Toimiala / Bransch / Sector)
import-bad-employment-type = ”{ $value }” är ingen anställningsform
import-bad-employment-type-help = skriv heltid, deltid, visstid, läroavtal, sommarjobb eller praktik (eller full_time, part_time, temporary, apprenticeship, summer, internship)
import-bad-date = ”{ $value }” är inget datum
import-bad-date-help = skriv datum som 5.12.2026 (eller 2026-12-05)
import-no-deadline = jobbet saknar sista ansökningsdag
import-no-deadline-help = fyll i kolumnen för sista ansökningsdag (Hakuaika päättyy / Sista ansökningsdag / Deadline)
import-deadline-passed = sista ansökningsdagen { $deadline } har gått ut, så jobbet skulle inte visas
import-deadline-passed-help = lämna bort raden, eller rätta datumet om det är fel
import-deadline-before-posted-help = kontrollera datumen på raden
import-bad-amount = ”{ $value }” är inget belopp i euro
import-bad-amount-help = skriv ett tal som 2800 eller 19,50
import-bad-salary = ”{ $value }” är ingen lön
import-bad-salary-help = skriv ett belopp eller ett intervall som 2800–3400 €/mån eller 19,50 €/h
import-bad-unit = ”{ $value }” är ingen löneenhet
import-bad-unit-help = skriv timme, månad eller år (tunti, kk, vuosi; hour, month, year)
import-no-apply-help = fyll i en länk (Hakulinkki / Ansökningslänk / Apply URL) eller en e-postadress (Sähköposti / E-post / Email)

## aikosite new

new-none-yet = det finns inga { $what ->
    [towns] städer
   *[kinds] alternativ
    } än
new-known = { $what ->
    [towns] städerna är
   *[kinds] alternativen är
    }: { $list }
new-did-you-mean = menade du `{ $word }`? { $list }
new-no-towns-yet = det finns inga städer än: skapa en med aikosite new town NAMN
new-unknown-town = det finns ingen stad `{ $town }`
new-unknown-kind = `{ $kind }` är inget som `aikosite new` kan skapa
new-name-no-letters = `{ $name }` har inga bokstäver eller siffror att göra ett filnamn av
new-name-no-letters-help = skriv namnet med bokstäver, t.ex. "CNC-operatör, kvällsskift"
new-no-town-for-kind = `{ $kind }` hör inte till någon stad: lämna bort --town
new-town-exists = staden `{ $town }` finns redan (content/towns/{ $town }/)
new-exists-help = välj ett annat namn; aikosite new skriver aldrig över filer
new-which-town = vilken stad hör den nya `{ $kind }` till? lägg till --town STAD
new-file-exists = { $file } finns redan
new-file-exists-help = välj ett annat namn, eller redigera filen som finns; aikosite new skriver aldrig över filer
new-name-taken = det finns redan en `{ $kind }` med namnet `{ $slug }`: { $files }
new-name-taken-help = välj ett annat namn, eller redigera filerna som finns; aikosite new skriver aldrig över filer
new-no-sectors = aikosite.yaml anger inga branscher, och varje jobb och företag behöver en
new-no-sectors-help = lägg till `sectors:` i aikosite.yaml, t.ex. `metal: { "{" } fi: Metalliteollisuus, sv: Metallindustri { "}" }`
new-no-companies = staden `{ $town }` har inga företag än, och varje jobb behöver ett
new-no-companies-help = skapa arbetsgivaren först: aikosite new company --town { $town } "Företag Ab"
new-created = skapade en ny `{ $kind }`:
new-next-town = nästa steg: fyll i { $file } och stadens startsidor, lägg sedan till företag och jobb:
    {"  "}aikosite new company --town { $town } "Företag Ab"
new-next = nästa steg: skriv texten i { $file }{ $files ->
    [1] {""}
   *[other] {" "}och dess översättningar
    }, förhandsgranska med `aikosite serve --drafts` och ta bort raden `draft: true` när sidan är klar att publiceras

## aikosite import jobs: its report

import-cannot-import = aikosite kan inte importera `{ $what }`
import-only-jobs = bara jobb kan importeras: aikosite import jobs FIL --town STAD
import-only-jobs-hint = menade du `{ $word }`? bara jobb kan importeras: aikosite import jobs FIL --town STAD
import-missing-companies = de här företagen finns inte i { $town } än; skapa dem, fyll i dem och importera igen:
import-existing = finns redan på webbplatsen, lämnas som de är (--force ersätter dem):
import-would-write = { $file } (skulle skrivas)
import-dry-run = provkörning: { $jobs } av { $read } jobb skulle importeras ({ $files } filer); inget skrevs
import-nothing = inget importerades till { $town } ({ $read } jobb lästes)
import-done = importerade { $jobs } av { $read } jobb till { $town }:
import-next = nästa steg: kontrollera dem med `aikosite serve` och `aikosite check`

## aikosite status

status-unread = { $errors ->
    [one] 1 fil kunde inte läsas och räknas inte
   *[other] { $errors } filer kunde inte läsas och räknas inte
    }: kör `aikosite check` för att se varför

## aikosite status: the report

status-kind = { $kind ->
    [jobs] jobb
    [studies] utbildningar
    [companies] företag
    [stories] berättelser
    [events] evenemang
    [pages] sidor
   *[other] { $kind }
    }
status-counts = { $kind }: { $published } publicerade{ $drafts ->
    [0] {""}
    [one] , 1 utkast
   *[other] , { $drafts } utkast
    }
status-statement = { $file }: granskad { $reviewed }, nästa granskning { $due } ({ $days })
status-no-statement = webbplatsen har inget tillgänglighetsutlåtande: lägg till en sida med `accessibility_statement: true` och `reviewed: DATUM`
status-statement-not-reviewed = { $file }: granskningsdatumet `reviewed` saknas
status-closing = jobb vars ansökningstid går ut inom 7 dagar
status-expired = jobb vars ansökningstid gick ut under de senaste 14 dagarna (inte längre på webbplatsen)
status-missing-translations = saknade översättningar
status-outdated-translations = översättningar som är äldre än originalet
status-outdated = { $file } (ändrad { $changed }) — { $original } ändrad { $original_changed }
status-title = Läget { $date }
status-md-title = Webbplatsens läge { $date }
status-site-pages = Webbplatsens sidor
status-accessibility = Tillgänglighetsutlåtande
status-published = publicerade
status-drafts = utkast
status-today = i dag
status-tomorrow = i morgon
status-yesterday = i går
status-in-days = om { $days } dagar
status-days-ago = för { $days } dagar sedan
