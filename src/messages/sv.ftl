# aikosites meddelanden på svenska. Samma id och samma argument som i en.ftl (ett test
# kontrollerar det). Skriv klarspråk för en kommunikatör, inte för en programmerare.

## Rubriker kring felmeddelanden

label-error = fel
label-warning = varning
label-help = tips
label-also = även i
summary-counts = { $errors ->
    [one] 1 fel
   *[other] { $errors } fel
}, { $warnings ->
    [one] 1 varning
   *[other] { $warnings } varningar
}
did-you-mean = menade du `{ $word }`?
github-title = aikosite

## Kommandoraden (`--help`)

cli-about = Bygger webbplatserna för regionstädernas kampanjer om jobb och utbildning
cli-heading-usage = Användning
cli-heading-commands = Kommandon
cli-heading-options = Alternativ
cli-heading-arguments = Argument
cli-help = Visa hjälpen
cli-version = Visa versionen
cli-quiet = Visa bara fel
cli-verbose = Berätta mer om vad som görs
cli-color = Färger i terminalen
cli-messages = Språket i meddelandena (standard: från LANG eller LC_MESSAGES, annars engelska)
cli-build = Bygg webbplatsen i publiceringsmappen (public/ som standard)
cli-check = Kontrollera allt som bygget kontrollerar, utan att skriva något
cli-init = Skriv en färdig exempelwebbplats i mappen DIR
cli-serve = Visa webbplatsen på din egen dator och uppdatera den varje gång du sparar
cli-root = Webbplatsens mapp (den där aikosite.yaml finns)
cli-drafts = Publicera även utkast (`draft: true`)
cli-today = Dagen som webbplatsen byggs för, ÅÅÅÅ-MM-DD (standard: SOURCE_DATE_EPOCH, annars dagens datum i Helsingfors)
cli-build-output = Publiceringsmappen (standard: public/ i webbplatsens mapp)
cli-build-base_url = Adressen där webbplatsen publiceras; ersätter base_url i aikosite.yaml
cli-build-force = Ersätt en publiceringsmapp som aikosite inte har skapat (den flyttas undan, raderas inte)
cli-format = Hur fel och varningar visas: text, json eller github
cli-check-strict = Behandla varningar som fel
cli-serve-bind = Adressen som servern lyssnar på; annat än 127.0.0.1 eller ::1 visar webbplatsen för hela nätverket
cli-serve-port = Porten (standard 1111 eller nästa lediga); 0 väljer vilken ledig port som helst
cli-serve-open = Öppna webbplatsen i webbläsaren
cli-init-dir = Mappen där den nya webbplatsen skrivs (får inte finnas, eller måste vara tom)

## YAML-fel

yaml-tab-indent = raden är indragen med tabb
yaml-tab-indent-help = YAML tillåter bara mellanslag i början av en rad: byt ut tabben mot mellanslag (två för varje nivå)
yaml-hash-comment = `{ $value }` läses som en kommentar, så `{ $key }` får inget värde
yaml-hash-comment-help = i YAML börjar `#` en kommentar: sätt värdet inom citattecken, `{ $key }: "{ $value }"`
yaml-colon-in-value = värdet för `{ $key }` innehåller kolon och mellanslag, som YAML läser som början på en ny nyckel
yaml-colon-in-value-help = sätt hela värdet inom citattecken: `{ $key }: { $quoted }`
yaml-decimal-comma = talet `{ $value }` har decimalkomma
yaml-decimal-comma-help = i YAML skrivs tal med decimalpunkt: skriv `{ $fixed }`
yaml-syntax = den här raden kan inte läsas (fel i YAML-formatet)
yaml-syntax-help = kontrollera indraget (bara mellanslag, lika många för nycklar på samma nivå) och sätt citattecken kring värden som innehåller `:`, `#`, `[` eller `{"{"}`
yaml-unknown-key = okänd nyckel `{ $key }`
yaml-unknown-key-in = okänd nyckel `{ $key }` under `{ $path }`
yaml-allowed-keys = nycklarna som är tillåtna här: { $keys }
yaml-use-one-of = använd ett av följande: { $values }
yaml-bad-value = `{ $value }` är inte ett tillåtet värde för `{ $key }`
yaml-bad-value-top = `{ $value }` är inte tillåtet här
yaml-missing = `{ $key }` saknas
yaml-missing-in = `{ $key }` saknas under `{ $path }`
yaml-missing-help = lägg till raden `{ $key }:` med ett värde
yaml-not-a-mapping = här ska det stå nycklar med värden, till exempel `title: …`
yaml-not-a-mapping-help = skriv varje uppgift på en egen rad som `nyckel: värde`
yaml-list-not-allowed = `{ $key }` tar ett enda värde, inte en lista
yaml-list-not-allowed-help = skriv ett värde på samma rad: `{ $key }: värde` (utan streck eller hakparenteser)
yaml-list-expected = `{ $key }` tar en lista
yaml-list-expected-help = skriv `{ $key }: [första, andra]` eller varje punkt på en egen rad efter `- `
yaml-map-not-allowed = `{ $key }` tar här ett enda värde, inte underpunkter
yaml-map-not-allowed-help = skriv `{ $key }: värde` på en rad
yaml-wrong-kind = värdet för `{ $key }` ska vara { $kind ->
    [integer] ett heltal
    [number] ett tal
    [bool] `true` eller `false`
    [text] text
   *[other] något annat
}
yaml-localized = `{ $key }` ska vara en text, eller en text för varje språk
yaml-localized-help = skriv `{ $key }: Text` eller `{ $key }: {"{"} fi: Teksti, sv: Text {"}"}`

## Läsa innehållsfiler

load-company-text-alone = företagstexten saknar filen `{ $slug }.yaml`
load-company-text-alone-help = skapa { $file } med åtminstone `name:` och `sector:`
load-unreadable = filen kan inte läsas: { $reason }
load-not-utf8 = filen är inte sparad som UTF-8-text
load-not-utf8-help = spara den som UTF-8 i din textredigerare (”Spara med teckenkodning” eller ”Save with encoding”)
load-company-text-matter = ett företags textfil ska inte ha några grunduppgifter (front matter)
load-company-text-matter-help = skriv företagets uppgifter i { $file } och lämna bara texten här
load-misplaced = aikosite vet inte vad den här filen är
load-misplaced-help = innehållsfiler hör hemma i content/_index.SPRÅK.md, content/pages/NAMN.SPRÅK.md, content/towns/STAD/town.yaml, content/towns/STAD/_index.SPRÅK.md eller content/towns/STAD/{"{"}jobs,studies,companies,stories,events{"}"}/
load-no-language = filnamnet `{ $name }` saknar språk
load-no-language-help = döp om den till `{ $suggestion }` (eller använd ett annat av webbplatsens språk: { $languages })
load-unknown-language = `{ $code }` i filnamnet `{ $name }` är inte ett av webbplatsens språk
site-languages-are = webbplatsens språk är: { $languages }
load-matter-unclosed = grunduppgifterna (front matter) saknar en avslutande `---`-rad
load-matter-unclosed-help = avsluta grunduppgifterna med en rad där det bara står `---`
load-no-matter = { $kind ->
    [job] jobbannonsen
    [study] utbildningsfilen
    [story] berättelsen
    [event] evenemanget
    [page] sidan
   *[other] filen
} saknar grunduppgifter (front matter)
load-no-matter-help = börja filen med en `---`-rad, skriv uppgifterna under den (som `title: …`) och avsluta med en till `---`-rad

## Webbplatsens inställningar (aikosite.yaml)

config-missing = `{ $key }` saknas i { $file }
config-missing-help = lägg till en rad, till exempel `{ $line }`
config-language-twice = språket `{ $code }` finns två gånger i listan
config-not-a-language = `{ $code }` är ingen språkkod
config-not-a-language-help = använd koder med två eller tre små bokstäver, som `fi`, `sv`, `en`
config-no-languages = webbplatsen behöver minst ett språk
config-no-languages-help = skriv `languages: [fi, sv]`
config-default-not-listed = standardspråket `{ $code }` finns inte i `languages`
config-unknown-language = `{ $code }` är inte ett av webbplatsens språk
config-bad-url = `{ $url }` är ingen webbadress
config-bad-url-help = skriv hela adressen, till exempel `https://example.fi` eller `https://example.fi/kampanja/`
config-bad-segment = `{ $segment }` kan inte användas i en webbadress
config-bad-sector-key = branschkoden `{ $key }` kan inte användas i en webbadress
write-it-as = skriv den som `{ $fixed }`
config-page-size = `page_size` måste vara minst 1
config-not-found = det finns ingen { $file } i { $folder }
config-not-found-help = skapa en ny webbplats med `aikosite init MAPP`, eller ange webbplatsens mapp med --root
config-unreadable = { $file } kan inte läsas: { $reason }
build-bad-base-url = `--base-url { $url }` är ingen webbadress

## Kommandonas egna rader

build-done = byggde { $pages ->
    [one] 1 sida
   *[other] { $pages } sidor
} ({ $files ->
    [one] 1 fil
   *[other] { $files } filer
}) för { $date } på { $ms } ms{ $warnings ->
    [0] {""}
    [one] , 1 varning
   *[other] , { $warnings } varningar
}
build-unchanged = webbplatsen har inte ändrats sedan förra gången (dag { $date }): { $folder } behålls som den är ({ $pages ->
    [one] 1 sida
   *[other] { $pages } sidor
}, { $files ->
    [one] 1 fil
   *[other] { $files } filer
})
build-kept = { $kept } av { $files } filer oförändrade: tagna från förra gången (samma byte, samma tid)
build-images = bilder: { $sources } original, { $decoded } avkodade, { $encoded } filer skapade, { $cached } från cachen
build-stages = steg (tid, mest minne hittills): { $stages }
build-output = publiceringsmapp: { $folder }
check-done = kontrollerade { $pages ->
    [one] 1 sida
   *[other] { $pages } sidor
}: inga fel
check-strict-failed = --strict: varningarna ({ $warnings }) räknas som fel
init-not-empty = mappen { $folder } finns redan och är inte tom
init-not-empty-help = välj ett nytt mappnamn; init skriver aldrig över befintliga filer
init-cannot-write = webbplatsen kan inte skrivas i { $folder }: { $reason }
init-done =
    den nya webbplatsen finns i { $folder }

    nästa steg:
      cd { $folder }
      aikosite serve      # förhandsgranska på http://127.0.0.1:1111
      aikosite build      # skriv webbplatsen till public/

    Handboken för redaktörer finns i mappen docs/ (docs/handbok.sv.md).

## Teman

theme-missing = temat `{ $name }` finns inte
theme-missing-help = skapa mappen themes/{ $name }/ eller använd det inbyggda temat: `theme: { $builtin }`
theme-no-strings = temat saknar gränssnittstexter för `{ $lang }`
theme-no-strings-help = kopiera temats i18n/fi.yaml till themes/{ $theme }/i18n/{ $file } och översätt den (det inbyggda temats filer får du med `aikosite init`)
theme-string-missing-for = gränssnittstexten `{ $key }` saknas för `{ $lang }` (den finns i { $from })
theme-string-missing-for-help = lägg till `{ $key }: …` på { $lang }
theme-string-missing = gränssnittstexten `{ $key }` saknas
theme-string-missing-help = lägg till `{ $key }: …`: aikosite behöver den för att skriva datum, löner och anställningsformer
yaml-bad-date = `{ $value }` är inget giltigt datum i `{ $key }`
yaml-bad-date-help = skriv datum som ÅÅÅÅ-MM-DD, till exempel 2026-12-05 (den 5 december)
yaml-bad-datetime = `{ $value }` är inget giltigt datum eller klockslag i `{ $key }`
yaml-bad-datetime-help = skriv 2026-12-10, eller med klockslag 2026-12-10T17:00

## Skriva publiceringsmappen

write-not-ours = publiceringsmappen { $folder } finns redan och har inte skapats av aikosite, så aikosite ersätter den inte
write-not-ours-help = töm den, välj en annan mapp med --output eller flytta undan den gamla med --force
write-contains-root = publiceringsmappen { $folder } är webbplatsens egen mapp eller innehåller den
write-contains-root-help = välj en publiceringsmapp inne i webbplatsen, till exempel `public`
today-bad-flag = `--today { $value }` är inget datum
today-bad-epoch = SOURCE_DATE_EPOCH=`{ $value }` är inget antal sekunder sedan 1.1.1970

## Bilder

image-missing = bilden `{ $file }` hittas inte
image-missing-help = kontrollera filnamnet (stora och små bokstäver räknas) och att bilden finns i den mapp som sidan hänvisar till
image-unsupported = den här sortens bild kan inte användas: `{ $file }` ({ $detail })
image-unsupported-help = använd en JPEG-, PNG-, WebP-, GIF- eller SVG-fil: öppna bilden och spara eller exportera den som JPEG (foton) eller PNG (teckningar, logotyper)
image-corrupt = bildfilen `{ $file }` är skadad eller ofullständig och kan inte läsas ({ $detail })
image-corrupt-help = kopiera den på nytt från originalet (kameran, telefonen eller den som skickade den), eller öppna den i ett bildprogram och spara den igen
image-too-large = bilden `{ $file }` är för stor för att behandlas säkert: { $megapixels } megapixel, gränsen är { $limit } megapixel
image-too-large-help = förminska bilden innan du lägger till den (4000 pixlar bred räcker gott för webben), eller höj images.max_megapixels i aikosite.yaml om den verkligen måste vara så stor
image-io = `{ $file }` kunde inte behandlas: { $reason }
image-io-help = kontrollera att disken inte är full och att aikosite får läsa och skriva där

## Kontroll av hela webbplatsen

link-town-no-yaml = stadens mapp `{ $folder }` har ingen town.yaml
link-town-no-yaml-help = skapa den med åtminstone `name:` och `brand_color:`
link-town-no-name = staden saknar namn (`name`)
link-town-no-name-help = lägg till `name: {"{"} fi: …, sv: … {"}"}`
link-town-no-brand-color = staden saknar profilfärg (`brand_color`)
link-town-no-brand-color-help = lägg till `brand_color: "#0b5394"` (en färg så mörk att vit text syns tydligt mot den)
link-town-slug-taken = en annan stad har redan adressen `{ $slug }`
link-town-slug-taken-help = ge en av städerna en annan `slug:` i dess town.yaml (varje stad behöver en egen adress)
link-original-missing = det här är en översättning, men originalet { $original } saknas
link-original-missing-help = återställ { $original } (grunduppgifterna, som företag, datum och bransch, skrivs där), eller skriv grunduppgifterna i den här filen om sidan bara ska publiceras på det här språket
link-not-a-colour = `{ $value }` är ingen färg
link-not-a-colour-help = skriv färgen som hexkod inom citattecken, till exempel `brand_color: "#0b5394"`
link-low-contrast = profilfärgen `{ $color }` har bara kontrasten { $ratio }:1 mot vitt; vit text på färgen och länkar i färgen behöver minst 4,5:1
link-low-contrast-help = använd en mörkare nyans av samma färg, till exempel `"{ $darker }"`
link-hero-no-alt = huvudbilden saknar alternativtext
link-hero-no-alt-help = lägg till `hero_alt:` och beskriv bilden för dem som inte kan se den
link-image-no-alt = bilden saknar alternativtext
link-image-no-alt-help = lägg till `image_alt:` och beskriv bilden för dem som inte kan se den
link-body-image-no-alt = bilden `{ $image }` saknar alternativtext
link-body-image-no-alt-help = beskriv bilden: `![Vad bilden visar](bild.jpg)`; om den bara är dekoration, skriv `![](bild.jpg "decorative")`
link-no-sector = branschen (`sector`) saknas
link-sectors-are = använd en av branscherna i aikosite.yaml: { $sectors }
link-unknown-sector = okänd bransch `{ $sector }`
link-unknown-company = okänt företag `{ $company }`
link-unknown-company-help = skriv namnet på en fil i content/towns/{ $town }/companies/ utan `.yaml`, eller `STAD/NAMN` för ett företag i en annan stad
link-missing = { $kind ->
    [job] jobbannonsen
    [study] utbildningen
    [story] berättelsen
    [event] evenemanget
    [page] sidan
    [company] företaget
   *[other] filen
} saknar `{ $key }`
link-translation-changes = en översättning får inte ändra `{ $key }`
link-translation-changes-help = `{ $key }` är en grunduppgift som skrivs en gång i { $original }; ta bort den från den här filen eller ge den samma värde
link-to-missing-page = länk till en sida som inte finns: `{ $target }`

## File names and the config (more)

config-invalid-first = { $location }: { $message }
config-has-mistakes = { $file } innehåller fel
load-same-address = två filers namn ger samma webbadress
load-same-address-help = byt namn på den ena eller ta bort den; namnen jämförs utan hänsyn till versaler och accenter (ä = a)
load-same-address-decomposed-help = namnen ser likadana ut: det ena är skrivet med uppdelade bokstäver (`a` och ett separat `¨`, som macOS kan spara namn); ta bort den ena filen
load-name-no-letters = filnamnet `{ $name }` har inga bokstäver eller siffror som kan bli en webbadress
load-name-no-letters-help = byt namn på filen så att namnet har bokstäver, t.ex. `svetsare.sv.md`

## YAML dates (more)

yaml-bad-date-top = `{ $value }` är inget giltigt datum
yaml-bad-datetime-top = `{ $value }` är inget giltigt datum eller klockslag

## Checking facts

link-deadline-before-posted = sista ansökningsdagen { $deadline } är före publiceringsdagen { $posted }
link-deadline-before-posted-help = kontrollera datumen: `deadline` är sista ansökningsdagen, `posted` dagen då annonsen publicerades
link-bad-email = `{ $email }` är ingen e-postadress
link-bad-email-help = skriv hela adressen, till exempel `rekry@foretag.fi`
link-no-apply = annonsen säger inte hur man söker jobbet
link-no-apply-help = lägg till `apply_url: https://…` eller `apply_email: rekry@…`
link-salary-empty = lönen har varken `min` eller `max`
link-salary-empty-help = lägg till `min:` och/eller `max:`
link-salary-max-below-min = lönens `max` är mindre än dess `min`
link-salary-max-below-min-help = kontrollera beloppen: `min` är den lägsta lönen, `max` den högsta
link-event-ends-before-start = evenemanget slutar innan det börjar
link-event-ends-before-start-help = kontrollera `start:` och `end:`
link-statement-not-reviewed = tillgänglighetsutlåtandet saknar granskningsdatumet `reviewed`
link-statement-not-reviewed-help = lägg till `reviewed: 2026-09-15` med datumet för den senaste bedömningen
link-image-missing = bilden `{ $image }` finns inte
link-image-missing-help = lägg filen i { $folder } eller rätta namnet
link-town-folder-not-slug = stadens mappnamn `{ $folder }` kan inte användas i en webbadress
link-town-folder-not-slug-help = byt namn på mappen till `{ $fixed }`
link-company-no-name = företaget saknar namn (`name`)
link-company-no-name-help = lägg till `name: Företag Ab`
link-company-draft = företaget `{ $company }` är ett utkast
link-company-draft-help = publicera företaget (ta bort `draft: true`) eller bygg med --drafts
link-statement-old = tillgänglighetsutlåtandet granskades senast { $reviewed }, för över ett år sedan
link-statement-old-help = bedöm webbplatsens tillgänglighet på nytt och uppdatera `reviewed:`
link-bad-url-help = skriv hela adressen, med https:// i början
link-no-title = sidan saknar rubrik (`title`)
link-no-title-help = lägg till `title: …`

## Links and images in the text

link-unknown-path = länk till `{ $target }`, som varken finns i static/ eller är en sida på webbplatsen
link-unknown-path-help = länka till innehåll som `@/towns/STAD/jobs/FIL.md`, eller lägg filen i static/
link-outside-content = länken `{ $target }` leder utanför content/
link-outside-content-help = länka till sidor som `@/towns/STAD/jobs/FIL.md`, eller till filer i static/ som `/FIL`
link-missing-file = länk till `{ $target }`, en fil som inte finns
link-missing-file-help = kontrollera filnamnet; länka till sidor som `@/towns/STAD/jobs/FIL.md`
link-unpublished = länk till `{ $target }`, som inte publiceras i dag (ett utkast eller ansökningstiden har gått ut)
link-unpublished-help = länktexten visas utan länk; ta bort länken när sidan är borta för gott
link-to-missing-page-help = länka till en fil under content/, till exempel `@/towns/raahe/jobs/hitsaaja.md`
link-image-external = bilden `{ $image }` finns på en annan webbplats
link-image-external-help = spara bilden bredvid den här filen och hänvisa till den med namn; webbplatsen hämtar inget från andra servrar


## Two things at one address

collision-file = { $file }
collision-list-all = listan över alla { $section }{ $page ->
    [1] {""}
   *[other] , sida { $page }
    }
collision-list-town = listan { $section } för { $town }{ $page ->
    [1] {""}
   *[other] , sida { $page }
    }
collision-filter = filtersidan { $section } `{ $value }` (sida { $page })
collision-search = söksidan
collision-404 = 404-sidan (sidan hittades inte)
collision-all-towns = alla städer
collision-feed = { $kind ->
    [atom] Atom-flödet
    [json] JSON-flödet
   *[calendar] kalendern
    } för { $place } ({ $lang })
collision-search-index = sökindexet ({ $lang })
collision-sitemap = webbplatskartan (sitemap.xml)
collision-robots = robots.txt
collision-taken = sidans adress { $address } är redan upptagen av { $others }
collision-taken-help = ge sidan ett annat filnamn eller `slug:`
collision-same-address = två sidor skulle få samma adress { $address }
collision-same-address-help = ge den ena ett annat filnamn eller `slug:`

## Themes

template-missing = temat saknar mallen `{ $name }`
template-missing-help = lägg till den i temats templates/ eller i webbplatsens templates/
template-error = fel i mallen: { $detail }
template-error-help = rätta mallen; felet finns i temat, inte i innehållet

## Writing the output

write-io = { $context }: { $reason }
write-cannot-create = mappen { $folder } kan inte skapas
write-cannot-clear = mappen { $folder } kan inte tömmas
write-cannot-mark = utdatamappens markeringsfil kan inte skrivas
write-cannot-write = { $file } kan inte skrivas
write-cannot-copy = { $file } kan inte kopieras
write-cannot-move-aside = mappen { $folder } kan inte flyttas undan
write-cannot-swap = den nya webbplatsen kan inte flyttas till { $folder }
write-cannot-remove-old = den gamla webbplatsen { $folder } kan inte tas bort
write-outside-output = `{ $file }` skrivs inte utanför utdatamappen

## Images

images-no-widths = images.widths är tom: ange minst en bredd, t.ex. [480, 960, 1600]
images-bad-width = images.widths innehåller { $width }: bredderna ska vara mellan 1 och 16000 pixlar
images-no-formats = images.formats är tom: ange minst ett format, t.ex. [webp, jpeg]
images-bad-quality = images.quality är { $quality }: använd ett tal från 1 till 100 (80 är ett bra standardvärde)
images-no-max-pixels = images.max_pixels är 0: använd en gräns som 100000000 (100 megapixlar)
images-no-avif = images.formats innehåller avif, men den här versionen av aikosite saknar AVIF-kodare: ta bort avif från listan

## YAML: what the parser said

yaml-other = värdet kan inte användas: { $detail }
yaml-other-in = värdet i `{ $key }` kan inte användas: { $detail }
yaml-other-help = jämför raden med exemplen i handboken (docs/handbok.sv.md) eller med en fil som `aikosite new` har gjort

## The command line (--help): the editors' commands, clap's own words

cli-new = Skriv en ny stad, ett nytt jobb, en utbildning, ett företag, en berättelse, ett evenemang eller en sida på alla språk
cli-new-kind = Vad som skapas: town (stad), job (jobb), study (utbildning), company (företag), story (berättelse), event (evenemang) eller page (sida)
cli-new-name = Namnet som du skulle skriva det, t.ex. "CNC-operatör, kvällsskift"; filnamnet görs av det
cli-new-town = Stadens mappnamn under content/towns/ (för jobb, utbildningar, företag, berättelser och evenemang)
cli-new-today = Datumet för `posted` och sista ansökningsdagen, ÅÅÅÅ-MM-DD (standard: SOURCE_DATE_EPOCH, annars dagens datum i Helsingfors)
cli-import = Importera platsannonser från ett kalkylblad (CSV, XLSX, ODS) eller JobPosting JSON-LD
cli-import-what = Vad som importeras: jobs (jobb)
cli-import-file = Filen: .csv, .xlsx, .ods, .json (JSON-LD) eller .html (en sparad rekryteringssida)
cli-import-town = Stadens mappnamn under content/towns/
cli-import-dry_run = Visa vad som skulle skrivas, men skriv ingenting
cli-import-force = Skriv över jobbfiler som redan finns
cli-import-today = Datumet för `posted` när filen saknar det, ÅÅÅÅ-MM-DD (standard: SOURCE_DATE_EPOCH, annars dagens datum i Helsingfors)
cli-status = Vad som ska kontrolleras den här veckan: utkast, jobb som snart stänger och har stängt, saknade översättningar
cli-status-today = Datumet som rapporten gäller, ÅÅÅÅ-MM-DD (standard: SOURCE_DATE_EPOCH, annars dagens datum i Helsingfors)
cli-status-format = text för terminalen, json för program, markdown för ett e-postmeddelande eller en CI-sammanfattning
cli-help-command = Visa den här hjälpen eller hjälpen för det angivna kommandot
cli-default = standard
cli-possible-values = möjliga värden
cli-more-info = Mer information får du med '--help'.
cli-unexpected-argument = okänt argument
cli-invalid-value = ogiltigt värde
cli-for = för
cli-missing-arguments = följande obligatoriska argument saknas:
cli-unrecognized-subcommand = okänt kommando
cli-tip = tips

## Commands' own lines (more)

build-progress-images = bilder
