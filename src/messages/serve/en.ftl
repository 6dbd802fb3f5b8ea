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
overlay-hide = Hide (the errors stay in the terminal)
overlay-no-site = The site does not build yet

## Starting

serve-cannot-start = cannot start the server: { $reason }

## The terminal

serve-port-moved = port { $taken } is taken: serving on port { $port } instead
serve-not-loopback = warning: serving on { $address } — other computers on your network can see the site, drafts included
serve-serving = serving { $url } (Ctrl+C to stop)
serve-initial-build = initial build
serve-file = { $file }
serve-n-files = { $files } files
serve-still-serving = { $what }: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
    } — still serving the last good version ({ $ms } ms)
serve-built = built { $pages } pages in { $ms } ms
serve-nothing-to-update = { $what }: nothing to update ({ $pages } pages rendered, { $ms } ms)
serve-updated = { $what }: { $kind ->
    [config] rebuilt everything
    [theme] theme
   *[content] updated
    } { $files ->
    [one] 1 file
   *[other] { $files } files
    } ({ $pages } pages rendered) in { $ms } ms
serve-updated-with-extras = { $updated }, { $ms } ms with sitemap, feeds and search index
serve-extras-done = {"  "}{ $part ->
    [search] search index
   *[files] sitemap, feeds, calendars and images
    } up to date ({ $files } files) in { $ms } ms

## Answers to the browser

serve-wrong-host = aikosite serve answers only to 127.0.0.1 and localhost
serve-too-many-live-pages = Too many pages are open in the preview ({ $limit }): this one does not reload by itself. Close some tabs and reload this page.
serve-too-many-connections = The preview has too many open connections. Wait a moment and reload the page.
