# What content may hold: link targets, raw HTML and attributes in Markdown, SVG files.
# Every id here is in en.ftl, fi.ftl and sv.ftl of this folder with the same arguments.

## Links and web addresses

safety-link-not-allowed = link `{ $target }` cannot be used: a link may lead only to a web page (https://…), an e-mail address (mailto:…), a phone number (tel:…) or a page or file of this site
safety-link-not-allowed-help = write a web address starting with https://, an e-mail address as `mailto:name@example.fi`, a phone number as `tel:+358401234567`, or a page of this site as `@/towns/TOWN/jobs/FILE.md`
safety-link-no-host = link `{ $target }` is not a complete web address: the site's name (like example.fi) is missing or has spaces in it
safety-link-no-host-help = copy the whole address from the browser's address bar, like `https://example.fi/page`
safety-url-no-host = `{ $url }` is not a complete web address: the site's name (like example.fi) is missing or has spaces in it
safety-image-not-allowed = image `{ $image }` cannot be used: a picture must be a file of this site
safety-image-not-allowed-help = save the picture beside this file and write its name, like `![What the picture shows](picture.jpg)`

## Raw HTML

safety-raw-html = HTML code `{ $html }` is shown on the page as text, as written
safety-raw-html-help = write it in Markdown instead (`**bold**`, `[link](https://…)`, `![picture](file.jpg)`); if the site really needs HTML, set `markdown: {"{"} raw_html: true {"}"}` in aikosite.yaml (scripts are removed even then)

## SVG pictures

safety-svg-script = the SVG picture { $file } contains a script (`<script>`); a picture on the site may not run code
safety-svg-handler = the SVG picture { $file } has an attribute `{ $attribute }` that runs code; a picture on the site may not run code
safety-svg-foreign = the SVG picture { $file } contains a web page inside it (`<foreignObject>`)
safety-svg-external = the SVG picture { $file } loads `{ $target }` from outside the file; a picture on the site may not load anything from elsewhere
safety-svg-doctype = the SVG picture { $file } has a DOCTYPE or entity declarations (`<!DOCTYPE`, `<!ENTITY`)
safety-svg-not-xml = the SVG picture { $file } is not a well-formed SVG file: { $reason }
safety-svg-help = export the picture again as plain SVG from the drawing program (in Inkscape: "Save as… Optimized SVG" or "Plain SVG"), or save it as PNG; or ask whoever made it for a version without scripts, links or embedded files
