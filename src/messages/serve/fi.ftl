# aikosite serve: its terminal lines and the browser overlay. Every id here is in en.ftl,
# fi.ftl and sv.ftl of this folder with the same arguments.

serve-fix-config = korjaa { $file } ja käynnistä uudelleen
serve-cannot-bind = sivustoa ei voi näyttää osoitteessa { $address }: { $reason }
serve-port-in-use-help = jokin toinen ohjelma (ehkä toinen `aikosite serve`) käyttää jo tätä porttia: sulje se tai valitse toinen portti valinnalla `--port`
serve-cannot-bind-help = valitse toinen osoite valinnalla `--bind` tai toinen portti valinnalla `--port`
serve-cannot-watch = kansion { $folder } muutoksia ei voi seurata: { $reason }
serve-cannot-watch-help = Linuxissa kasvata asetusta fs.inotify.max_user_watches
overlay-heading = aikosite: { $errors ->
    [one] 1 virhe
   *[other] { $errors } virhettä
} — alla näkyy viimeisin toimiva versio
overlay-hide = Piilota (virheet näkyvät edelleen päätteessä)
overlay-no-site = Sivustoa ei vielä voi rakentaa

## Starting

serve-cannot-start = palvelinta ei voi käynnistää: { $reason }

## The terminal

serve-port-moved = portti { $taken } on varattu: sivusto näytetään portissa { $port }
serve-not-loopback = varoitus: sivusto näkyy osoitteessa { $address } — muut verkon koneet näkevät sen luonnoksineen
serve-serving = sivusto osoitteessa { $url } (Ctrl+C lopettaa)
serve-initial-build = ensimmäinen rakennus
serve-file = { $file }
serve-n-files = { $files } tiedostoa
serve-still-serving = { $what }: { $errors ->
    [one] 1 virhe
   *[other] { $errors } virhettä
    } — näytetään edelleen viimeisin toimiva versio ({ $ms } ms)
serve-built = rakennettiin { $pages } sivua { $ms } ms:ssa
serve-nothing-to-update = { $what }: ei päivitettävää ({ $pages } sivua tehty, { $ms } ms)
serve-updated = { $what }: { $kind ->
    [config] rakennettiin kaikki uudelleen,
    [theme] teema,
   *[content] päivitettiin
    } { $files } tiedosto{ $files ->
    [one] {""}
   *[other] a
    } ({ $pages } sivua tehty) { $ms } ms:ssa
serve-updated-with-extras = { $updated }, { $ms } ms sivukartan, syötteiden ja hakuhakemiston kanssa
serve-extras-done = {"  "}{ $part ->
    [search] hakuhakemisto
   *[files] sivukartta, syötteet, kalenterit ja kuvat
    } ajan tasalla ({ $files } tiedostoa) { $ms } ms:ssa

## Vastaukset selaimelle

serve-wrong-host = aikosite serve vastaa vain osoitteisiin 127.0.0.1 ja localhost
serve-too-many-live-pages = Esikatselussa on auki liian monta sivua ({ $limit }): tämä sivu ei päivity itsestään. Sulje joitakin välilehtiä ja lataa tämä sivu uudelleen.
serve-too-many-connections = Esikatselulla on liian monta avointa yhteyttä. Odota hetki ja lataa sivu uudelleen.
