# What content may hold: link targets, raw HTML and attributes in Markdown, SVG files.
# Every id here is in en.ftl, fi.ftl and sv.ftl of this folder with the same arguments.
