# aikosite serve: its terminal lines and the browser overlay. Every id here is in en.ftl,
# fi.ftl and sv.ftl of this folder with the same arguments.

serve-fix-config = fix { $file } and start again
serve-cannot-bind = cannot serve on { $address }: { $reason }
serve-port-in-use-help = another program (another `aikosite serve`?) uses that port: stop it, or choose another with `--port`
serve-cannot-bind-help = choose another address with `--bind` or port with `--port`
serve-cannot-watch = cannot watch { $folder } for changes: { $reason }
serve-cannot-watch-help = on Linux, raise fs.inotify.max_user_watches
overlay-heading = aikosite: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
} — the last good version is shown underneath
overlay-aria = aikosite: the site has errors
overlay-hide = Hide (the errors stay in the terminal)
overlay-no-site = The site does not build yet

## Starting

serve-cannot-start = cannot start the server: { $reason }
