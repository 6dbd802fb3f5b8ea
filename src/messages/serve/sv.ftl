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
overlay-aria = aikosite: webbplatsen har fel
overlay-hide = Dölj (felen syns fortfarande i terminalen)
overlay-no-site = Webbplatsen kan inte byggas ännu

## Starting

serve-cannot-start = servern kan inte startas: { $reason }
