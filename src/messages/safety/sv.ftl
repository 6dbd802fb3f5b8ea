# What content may hold: link targets, raw HTML and attributes in Markdown, SVG files.
# Every id here is in en.ftl, fi.ftl and sv.ftl of this folder with the same arguments.

## Länkar och webbadresser

safety-link-not-allowed = länken `{ $target }` kan inte användas: en länk får bara leda till en webbsida (https://…), en e-postadress (mailto:…), ett telefonnummer (tel:…) eller en sida eller fil på den här webbplatsen
safety-link-not-allowed-help = skriv en webbadress som börjar med https://, en e-postadress som `mailto:namn@example.fi`, ett telefonnummer som `tel:+358401234567` eller en sida på webbplatsen som `@/towns/STAD/jobs/FIL.md`
safety-link-no-host = länken `{ $target }` är ingen fullständig webbadress: webbplatsens namn (som example.fi) saknas eller innehåller mellanslag
safety-link-no-host-help = kopiera hela adressen från webbläsarens adressfält, till exempel `https://example.fi/sida`
safety-url-no-host = `{ $url }` är ingen fullständig webbadress: webbplatsens namn (som example.fi) saknas eller innehåller mellanslag
safety-image-not-allowed = bilden `{ $image }` kan inte användas: en bild måste vara en fil på den här webbplatsen
safety-image-not-allowed-help = spara bilden bredvid den här filen och skriv dess namn, till exempel `![Vad bilden visar](bild.jpg)`

## HTML-kod

safety-raw-html = HTML-koden `{ $html }` visas på sidan som text, precis som den är skriven
safety-raw-html-help = skriv den i Markdown i stället (`**fetstil**`, `[länk](https://…)`, `![bild](fil.jpg)`); om webbplatsen verkligen behöver HTML, lägg till `markdown: {"{"} raw_html: true {"}"}` i aikosite.yaml (skript tas bort även då)

## SVG-bilder

safety-svg-script = SVG-bilden { $file } innehåller ett skript (`<script>`); en bild på webbplatsen får inte köra kod
safety-svg-handler = SVG-bilden { $file } har attributet `{ $attribute }` som kör kod; en bild på webbplatsen får inte köra kod
safety-svg-foreign = SVG-bilden { $file } innehåller en webbsida (`<foreignObject>`)
safety-svg-external = SVG-bilden { $file } hämtar `{ $target }` utanför filen; en bild på webbplatsen får inte hämta något från annat håll
safety-svg-doctype = SVG-bilden { $file } har en DOCTYPE- eller ENTITY-deklaration (`<!DOCTYPE`, `<!ENTITY`)
safety-svg-not-xml = SVG-bilden { $file } är ingen korrekt SVG-fil: { $reason }
safety-svg-help = spara bilden på nytt som vanlig SVG i ritprogrammet (i Inkscape: "Spara som… Optimerad SVG" eller "Vanlig SVG") eller som PNG, eller be den som gjorde bilden om en version utan skript, länkar och inbäddade filer
