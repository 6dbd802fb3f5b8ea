# aikosite serve: its terminal lines and the browser overlay. Every id here is in en.ftl,
# fi.ftl and sv.ftl of this folder with the same arguments.

serve-fix-config = rätta { $file } och starta igen
serve-cannot-bind = webbplatsen kan inte visas på { $address }: { $reason }
serve-port-in-use-help = ett annat program (kanske en annan `aikosite serve`) använder redan porten: stäng det eller välj en annan port med `--port`
serve-cannot-bind-help = välj en annan adress med `--bind` eller en annan port med `--port`
serve-cannot-watch = ändringar i { $folder } kan inte följas: { $reason }
serve-cannot-watch-help = på Linux, höj inställningen fs.inotify.max_user_watches
overlay-heading = aikosite: { $errors ->
    [one] 1 fel
   *[other] { $errors } fel
} — under visas den senaste fungerande versionen
overlay-hide = Dölj (felen syns fortfarande i terminalen)
overlay-no-site = Webbplatsen kan inte byggas ännu

## Starting

serve-cannot-start = servern kan inte startas: { $reason }

## The terminal

serve-port-moved = port { $taken } är upptagen: webbplatsen visas på port { $port } i stället
serve-not-loopback = varning: webbplatsen visas på { $address } — andra datorer i nätverket kan se den, utkast inräknade
serve-serving = webbplatsen finns på { $url } (Ctrl+C avslutar)
serve-initial-build = första bygget
serve-file = { $file }
serve-n-files = { $files } filer
serve-still-serving = { $what }: { $errors ->
    [one] 1 fel
   *[other] { $errors } fel
    } — den senaste fungerande versionen visas fortfarande ({ $ms } ms)
serve-built = byggde { $pages } sidor på { $ms } ms
serve-nothing-to-update = { $what }: inget att uppdatera ({ $pages } sidor renderade, { $ms } ms)
serve-updated = { $what }: { $kind ->
    [config] byggde om allt,
    [theme] temat,
   *[content] uppdaterade
    } { $files ->
    [one] 1 fil
   *[other] { $files } filer
    } ({ $pages } sidor renderade) på { $ms } ms
serve-updated-with-extras = { $updated }, { $ms } ms med webbplatskarta, flöden och sökindex
serve-extras-done = {"  "}{ $part ->
    [search] sökindexet
   *[files] webbplatskarta, flöden, kalendrar och bilder
    } uppdaterade ({ $files } filer) på { $ms } ms

## Svar till webbläsaren

serve-wrong-host = aikosite serve svarar bara på 127.0.0.1 och localhost
serve-too-many-live-pages = För många sidor är öppna i förhandsvisningen ({ $limit }): den här sidan uppdateras inte av sig själv. Stäng några flikar och ladda om den här sidan.
serve-too-many-connections = Förhandsvisningen har för många öppna anslutningar. Vänta en stund och ladda om sidan.
