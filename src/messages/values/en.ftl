# Values that are not what they look like, limits on sizes, slugs that give no address,
# output and staging folders. Every id here is in en.ftl, fi.ftl and sv.ftl of this folder
# with the same arguments.

## Values that are not what they look like

values-quote-text = `{ $value }` is read as a number or a yes/no value here, but this is text
values-quote-text-help = write it in quotes: "{ $value }"
values-salary-not-finite = the salary's `{ $key }` is not an amount of money
values-salary-negative = the salary's `{ $key }` is below zero
values-salary-help = write the amount in euros as a number, e.g. `3200`
values-forbidden-char = there is an invisible control character ({ $code }) here, which web pages may not contain
values-forbidden-char-help = delete it (it often comes along when text is copied from another program) and retype the text around it if needed

## Slugs that give no address

values-slug-empty = the slug `{ $slug }` has no letters a–z or digits, so it gives no web address
values-slug-empty-help = write the slug with the letters a–z, digits and hyphens, e.g. `slug: hitsaaja`, or remove the line to use the file name
values-folder-no-letters-help = rename the folder so that its name has letters a–z, e.g. `raahe`
values-section-segment-twice = the sections `{ $first }` (line { $line }) and `{ $section }` both use the address `{ $segment }`
values-section-segment-twice-help = give each section under `sections:` an address of its own

## Limits

values-file-too-big = this file is { $size }; a content file can be at most { $limit }
values-file-too-big-help = split the text into several pages, or check that this is the file you meant to save here
values-matter-too-long = the front matter is longer than { $limit }
values-matter-too-long-help = keep long text in the body of the page, below the second `---` line
values-value-too-long = this line of front matter is { $length } characters long; the limit is { $limit }
values-value-too-long-help = keep long text in the body of the page, below the second `---` line

## YAML positions

values-yaml-unclosed-quote = the quotation mark that starts this value is never closed
values-yaml-unclosed-quote-help = add the closing quotation mark at the end of the value, on the same line
values-duplicate-key = `{ $key }` is written twice; the first one is on line { $first }
values-duplicate-key-help = keep one `{ $key }:` line and delete the other

## Output and staging folders

values-output-inside-source = the output folder { $output } is inside the site's `{ $folder }` folder, where aikosite reads what the editors write
values-output-inside-source-help = build into a folder of its own beside them, like `public` (the default), even with `--force`
values-write-page = could not write { $output } in the output folder (the page of { $file }): { $reason }
values-write-file = could not write { $output } in the output folder: { $reason }
values-write-help = check that the disk has free space and that you may write to the output folder; the previous output was kept as it was
values-slug-too-long = this address is { $length } bytes long; a web address part can be at most { $limit }
values-slug-too-long-help = write a shorter `slug:` (or file name); a few words are enough
