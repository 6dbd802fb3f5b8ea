# What content may hold: link targets, raw HTML and attributes in Markdown, SVG files.
# Every id here is in en.ftl, fi.ftl and sv.ftl of this folder with the same arguments.

## Linkit ja verkko-osoitteet

safety-link-not-allowed = linkkiä `{ $target }` ei voi käyttää: linkki voi johtaa vain verkkosivulle (https://…), sähköpostiosoitteeseen (mailto:…), puhelinnumeroon (tel:…) tai tämän sivuston sivulle tai tiedostoon
safety-link-not-allowed-help = kirjoita verkko-osoite, joka alkaa https://, sähköpostiosoite muodossa `mailto:nimi@example.fi`, puhelinnumero muodossa `tel:+358401234567` tai tämän sivuston sivu muodossa `@/towns/KAUPUNKI/jobs/TIEDOSTO.md`
safety-link-no-host = linkki `{ $target }` ei ole kokonainen verkko-osoite: sivuston nimi (kuten example.fi) puuttuu tai siinä on välilyöntejä
safety-link-no-host-help = kopioi koko osoite selaimen osoiteriviltä, esimerkiksi `https://example.fi/sivu`
safety-url-no-host = `{ $url }` ei ole kokonainen verkko-osoite: sivuston nimi (kuten example.fi) puuttuu tai siinä on välilyöntejä
safety-image-not-allowed = kuvaa `{ $image }` ei voi käyttää: kuvan pitää olla tämän sivuston tiedosto
safety-image-not-allowed-help = tallenna kuva tämän tiedoston viereen ja kirjoita sen nimi, esimerkiksi `![Mitä kuvassa näkyy](kuva.jpg)`

## HTML-koodi

safety-raw-html = HTML-koodi `{ $html }` näkyy sivulla tekstinä sellaisenaan
safety-raw-html-help = kirjoita se Markdownina (`**lihavointi**`, `[linkki](https://…)`, `![kuva](tiedosto.jpg)`); jos sivusto todella tarvitsee HTML:ää, lisää aikosite.yaml-tiedostoon `markdown: {"{"} raw_html: true {"}"}` (skriptit poistetaan silloinkin)

## SVG-kuvat

safety-svg-script = SVG-kuvassa { $file } on skripti (`<script>`); sivuston kuva ei saa suorittaa koodia
safety-svg-handler = SVG-kuvassa { $file } on koodia suorittava määre `{ $attribute }`; sivuston kuva ei saa suorittaa koodia
safety-svg-foreign = SVG-kuvan { $file } sisällä on verkkosivu (`<foreignObject>`)
safety-svg-external = SVG-kuva { $file } hakee tiedoston ulkopuolelta kohteen `{ $target }`; sivuston kuva ei saa ladata mitään muualta
safety-svg-doctype = SVG-kuvassa { $file } on DOCTYPE- tai ENTITY-määrittely (`<!DOCTYPE`, `<!ENTITY`)
safety-svg-not-xml = SVG-kuva { $file } ei ole kelvollinen SVG-tiedosto: { $reason }
safety-svg-help = tallenna kuva piirto-ohjelmasta uudelleen tavallisena SVG:nä (Inkscapessa "Tallenna nimellä… Optimoitu SVG" tai "Tavallinen SVG") tai PNG-kuvana, tai pyydä kuvan tekijältä versio ilman skriptejä, linkkejä ja upotettuja tiedostoja
