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
overlay-aria = aikosite: sivustolla on virheitä
overlay-hide = Piilota (virheet näkyvät edelleen päätteessä)
overlay-no-site = Sivustoa ei vielä voi rakentaa

## Starting

serve-cannot-start = palvelinta ei voi käynnistää: { $reason }
