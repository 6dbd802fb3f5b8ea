# aikosite's messages in English. Every id here must exist in fi.ftl and sv.ftl with the same
# arguments (a unit test checks). Ids: area-what; `-help` for what to do.

## Labels around diagnostics

label-error = error
label-warning = warning
label-help = help
label-also = also in
summary-counts = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
did-you-mean = did you mean `{ $word }`?
github-title = aikosite

## The command line (`--help`)

cli-about = Builds the job-and-study campaign sites of Finland's regional towns
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-help = Print help
cli-version = Print the version
cli-quiet = Print only errors
cli-verbose = Print more about what is done
cli-color = Colour in the terminal
cli-messages = The language of aikosite's messages (default: from LANG / LC_MESSAGES, else English)
cli-build = Build the site into the output folder (public/ by default)
cli-check = Check everything a build checks, without writing anything
cli-init = Write a complete example site into DIR
cli-serve = Build, serve on this computer and rebuild what changed while you edit
cli-root = The site's folder (the one with aikosite.yaml)
cli-drafts = Also publish pages marked `draft: true`
cli-today = The date to build for, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in Helsinki)
cli-build-output = The output folder (default: public/ in the site's folder)
cli-build-base_url = The address the site is published at, replacing base_url from aikosite.yaml
cli-build-force = Replace an output folder that aikosite did not create (it is moved aside, not deleted)
cli-format = How to print errors and warnings: text, json or github
cli-check-strict = Treat warnings as errors
cli-serve-bind = The address to listen on; anything but loopback (127.0.0.1, ::1) shows the site to your network
cli-serve-port = The port (default 1111, or the next free one); 0 picks any free port
cli-serve-open = Open the site in the default browser
cli-init-dir = Where to write the new site (must not exist, or be empty)

## YAML mistakes

yaml-tab-indent = this line is indented with a tab
yaml-tab-indent-help = YAML allows only spaces at the start of a line: replace the tab with spaces (two for each level)
yaml-hash-comment = `{ $value }` is read as a comment, so `{ $key }` has no value
yaml-hash-comment-help = in YAML `#` starts a comment: put the value in quotes, `{ $key }: "{ $value }"`
yaml-colon-in-value = the value of `{ $key }` has a colon followed by a space, which YAML reads as the start of a new key
yaml-colon-in-value-help = put the whole value in quotes: `{ $key }: { $quoted }`
yaml-decimal-comma = `{ $value }` is written with a decimal comma
yaml-decimal-comma-help = numbers take a decimal point in YAML: write `{ $fixed }`
yaml-syntax = this line cannot be read (a mistake in the YAML format)
yaml-syntax-help = check the indentation (spaces only, the same number for keys at the same level) and put values that contain `:`, `#`, `[` or `{"{"}` in quotes
yaml-unknown-key = unknown key `{ $key }`
yaml-unknown-key-in = unknown key `{ $key }` in `{ $path }`
yaml-allowed-keys = the keys allowed here are: { $keys }
yaml-use-one-of = use one of: { $values }
yaml-bad-value = `{ $value }` is not an allowed value in `{ $key }`
yaml-bad-value-top = `{ $value }` is not allowed here
yaml-missing = `{ $key }` is missing
yaml-missing-in = `{ $key }` is missing in `{ $path }`
yaml-missing-help = add `{ $key }:` with a value
yaml-not-a-mapping = this should be keys with values, like `title: …`
yaml-not-a-mapping-help = write each fact on its own line as `key: value`
yaml-list-not-allowed = `{ $key }` takes one value, not a list
yaml-list-not-allowed-help = write one value on the same line: `{ $key }: value` (without `-` or `[ ]`)
yaml-list-expected = `{ $key }` takes a list
yaml-list-expected-help = write `{ $key }: [first, second]`, or each item on its own line after `- `
yaml-map-not-allowed = `{ $key }` takes one value here, not keys under it
yaml-map-not-allowed-help = write `{ $key }: value` on one line
yaml-wrong-kind = the value of `{ $key }` should be { $kind ->
    [integer] a whole number
    [number] a number
    [bool] `true` or `false`
    [text] a text
   *[other] something else
}
yaml-localized = `{ $key }` should be a text, or a text for each language
yaml-localized-help = write `{ $key }: Text` or `{ $key }: {"{"} fi: Teksti, sv: Text {"}"}`

## Reading content files

load-company-text-alone = company text without `{ $slug }.yaml`
load-company-text-alone-help = create { $file } with at least `name:` and `sector:`
load-unreadable = cannot read the file: { $reason }
load-not-utf8 = this file is not UTF-8 text
load-not-utf8-help = save it as UTF-8 in your editor ("Save with encoding")
load-company-text-matter = a company's text file takes no front matter
load-company-text-matter-help = put the company's facts in { $file } and keep only the text here
load-misplaced = aikosite does not know what this file is
load-misplaced-help = content files go in content/_index.LANG.md, content/pages/SLUG.LANG.md, content/towns/TOWN/town.yaml, content/towns/TOWN/_index.LANG.md or content/towns/TOWN/{"{"}jobs,studies,companies,stories,events{"}"}/
load-no-language = `{ $name }` has no language in its name
load-no-language-help = name it `{ $suggestion }` (or use another of the site's languages: { $languages })
load-unknown-language = `{ $code }` in `{ $name }` is not one of the site's languages
site-languages-are = the site's languages are: { $languages }
load-matter-unclosed = the front matter has no closing `---` line
load-matter-unclosed-help = end the front matter with a line that has only `---` on it
load-no-matter = this { $kind ->
    [job] job
    [study] study
    [story] story
    [event] event
    [page] page
   *[other] file
} has no front matter
load-no-matter-help = start the file with a `---` line, the keys (like `title: …`), and another `---` line

## The site's config (aikosite.yaml)

config-missing = `{ $key }` is missing from { $file }
config-missing-help = add a line like `{ $line }`
config-language-twice = language `{ $code }` is listed twice
config-not-a-language = `{ $code }` is not a language code
config-not-a-language-help = use two- or three-letter lowercase codes like `fi`, `sv`, `en`
config-no-languages = the site needs at least one language
config-no-languages-help = write `languages: [fi, sv]`
config-default-not-listed = default language `{ $code }` is not in `languages`
config-unknown-language = `{ $code }` is not one of the site's languages
config-bad-url = `{ $url }` is not a web address
config-bad-url-help = write the full address, like `https://example.fi` or `https://example.fi/kampanja/`
config-bad-segment = `{ $segment }` cannot be used in a web address
config-bad-sector-key = sector key `{ $key }` cannot be used in a web address
write-it-as = write it as `{ $fixed }`
config-page-size = `page_size` must be at least 1
config-not-found = no { $file } in { $folder }
config-not-found-help = run `aikosite init DIR` to create a site, or point --root at one
config-unreadable = cannot read { $file }: { $reason }
build-bad-base-url = `--base-url { $url }` is not a web address

## Commands' own lines

build-done = built { $pages } pages ({ $files } files) for { $date } in { $ms } ms{ $warnings ->
    [0] {""}
    [one] , 1 warning
   *[other] , { $warnings } warnings
}
build-unchanged = the site has not changed since the last build for { $date }: { $folder } is kept as it is ({ $pages } pages, { $files } files)
build-kept = { $kept } of { $files } files are unchanged: taken over from the last build (same bytes, same time)
build-images = images: { $sources } sources, { $decoded } decoded, { $encoded } files encoded, { $cached } from cache
build-stages = stages (time, most memory used so far): { $stages }
build-output = output: { $folder }
check-done = checked { $pages } pages: no errors
check-strict-failed = --strict: { $warnings } warnings count as errors
init-not-empty = { $folder } already exists and is not empty
init-not-empty-help = choose a new folder name; init never writes over files
init-cannot-write = cannot write the site to { $folder }: { $reason }
init-done =
    created a new site in { $folder }

    next:
      cd { $folder }
      aikosite serve      # preview it at http://127.0.0.1:1111
      aikosite build      # write it to public/

    The editors' guide is in docs/ (Finnish and Swedish).

## Themes

theme-missing = theme `{ $name }` does not exist
theme-missing-help = create themes/{ $name }/ or use the built-in theme: `theme: { $builtin }`
theme-no-strings = the theme has no UI strings for `{ $lang }`
theme-no-strings-help = copy the theme's i18n/fi.yaml to themes/{ $theme }/i18n/{ $file } and translate it (for the built-in theme, write it out with `aikosite init`)
theme-string-missing-for = UI string `{ $key }` is missing for `{ $lang }` (it is in { $from })
theme-string-missing-for-help = add `{ $key }: …` in { $lang }
theme-string-missing = UI string `{ $key }` is missing
theme-string-missing-help = add `{ $key }: …`: aikosite needs it to write dates, salaries and types
yaml-bad-date = `{ $value }` is not a valid date in `{ $key }`
yaml-bad-date-help = write dates as YYYY-MM-DD, for example 2026-12-05
yaml-bad-datetime = `{ $value }` is not a valid date or time in `{ $key }`
yaml-bad-datetime-help = write 2026-12-10, or 2026-12-10T17:00 with a time

## Writing the output

write-not-ours = the output folder { $folder } exists and was not made by aikosite; aikosite will not replace it
write-not-ours-help = empty it, choose another folder with --output, or pass --force to move it aside
write-contains-root = the output folder { $folder } is the site's own folder or contains it
write-contains-root-help = choose an output folder inside the site, like `public`
today-bad-flag = `--today { $value }` is not a date
today-bad-epoch = SOURCE_DATE_EPOCH=`{ $value }` is not a number of seconds since 1970-01-01

## Images

image-missing = image `{ $file }` not found
image-missing-help = check the file name (letter case matters) and that the image is in the folder the page points to
image-unsupported = this kind of image can't be used: `{ $file }` ({ $detail })
image-unsupported-help = use a JPEG, PNG, WebP, GIF or SVG file: open the image and save or export it as JPEG (photos) or PNG (drawings, logos)
image-corrupt = the image file `{ $file }` is damaged or incomplete and can't be read ({ $detail })
image-corrupt-help = copy it again from the original (camera, phone or whoever sent it), or open it in an image editor and save it again
image-too-large = the image `{ $file }` is too large to process safely: { $megapixels } megapixels, the limit is { $limit } megapixels
image-too-large-help = scale it down (4000 pixels wide is plenty for the web) before adding it, or raise images.max_megapixels in aikosite.yaml if it really must be this large
image-io = could not process `{ $file }`: { $reason }
image-io-help = check that the disk is not full and that aikosite may read and write there

## Checking the site as a whole

link-town-no-yaml = the town folder `{ $folder }` has no town.yaml
link-town-no-yaml-help = create it with at least `name:` and `brand_color:`
link-town-no-name = the town has no `name`
link-town-no-name-help = add `name: {"{"} fi: …, sv: … {"}"}`
link-town-no-brand-color = the town has no `brand_color`
link-town-no-brand-color-help = add `brand_color: "#0b5394"` (a colour dark enough for white text)
link-town-slug-taken = another town already has the address `{ $slug }`
link-town-slug-taken-help = give one of the towns another `slug:` in its town.yaml (each town needs an address of its own)
link-original-missing = this is a translation, but its original { $original } is missing
link-original-missing-help = restore { $original } (the facts — company, dates, sector — are written there), or, to publish the page in this language only, write its facts in this file
link-not-a-colour = `{ $value }` is not a colour
link-not-a-colour-help = write it as a hex colour in quotes, like `brand_color: "#0b5394"`
link-low-contrast = brand colour `{ $color }` has a contrast of only { $ratio }:1 against white; white text on it and links in it need at least 4.5:1
link-low-contrast-help = use a darker shade of the same hue, such as `"{ $darker }"`
link-hero-no-alt = the hero image has no alt text
link-hero-no-alt-help = add `hero_alt:` describing the picture for people who cannot see it
link-image-no-alt = the image has no alt text
link-image-no-alt-help = add `image_alt:` describing the picture for people who cannot see it
link-body-image-no-alt = image `{ $image }` has no alt text
link-body-image-no-alt-help = describe the picture: `![What the picture shows](file.jpg)`; if it is decoration only, write `![](file.jpg "decorative")`
link-no-sector = `sector` is missing
link-sectors-are = use one of the sectors in aikosite.yaml: { $sectors }
link-unknown-sector = unknown sector `{ $sector }`
link-unknown-company = unknown company `{ $company }`
link-unknown-company-help = write the name of a file in content/towns/{ $town }/companies/ without `.yaml`, or `TOWN/SLUG` for another town's company
link-missing = this { $kind ->
    [job] job
    [study] study
    [story] story
    [event] event
    [page] page
    [company] company
   *[other] file
} has no `{ $key }`
link-translation-changes = a translation may not change `{ $key }`
link-translation-changes-help = `{ $key }` is a fact written once in { $original }; remove it from this file or give it the same value
link-to-missing-page = link to a page that does not exist: `{ $target }`

## File names and the config (more)

config-invalid-first = { $location }: { $message }
config-has-mistakes = { $file } has mistakes
load-same-address = two files have names that give the same web address
load-same-address-help = rename or remove one of them; names are compared without case and accents (ä = a)
load-same-address-decomposed-help = the two names look the same: one is written with decomposed letters (`a` and a separate `¨`, as macOS may save names); remove one of them
load-name-no-letters = the file name `{ $name }` has no letters or digits for a web address
load-name-no-letters-help = rename the file so that its name has letters, e.g. `hitsaaja.fi.md`

## YAML dates (more)

yaml-bad-date-top = `{ $value }` is not a valid date
yaml-bad-datetime-top = `{ $value }` is not a valid date or time

## Checking facts

link-deadline-before-posted = the deadline { $deadline } is before the posting date { $posted }
link-deadline-before-posted-help = check the dates: `deadline` is the last day to apply, `posted` the day the posting was published
link-bad-email = `{ $email }` is not an e-mail address
link-bad-email-help = write the whole address, like `rekry@yritys.fi`
link-no-apply = this job says nowhere how to apply
link-no-apply-help = add `apply_url: https://…` or `apply_email: rekry@…`
link-salary-empty = the salary has neither `min` nor `max`
link-salary-empty-help = add `min:` and/or `max:`
link-salary-max-below-min = the salary's `max` is smaller than its `min`
link-salary-max-below-min-help = check the amounts: `min` is the lowest salary, `max` the highest
link-event-ends-before-start = the event ends before it starts
link-event-ends-before-start-help = check `start:` and `end:`
link-statement-not-reviewed = the accessibility statement has no `reviewed` date
link-statement-not-reviewed-help = add `reviewed: 2026-09-15` with the date of the last assessment
link-image-missing = image `{ $image }` does not exist
link-image-missing-help = put the file in { $folder } or fix the name
link-town-folder-not-slug = the town folder name `{ $folder }` cannot be used in a web address
link-town-folder-not-slug-help = rename the folder to `{ $fixed }`
link-company-no-name = the company has no `name`
link-company-no-name-help = add `name: Yritys Oy`
link-company-draft = company `{ $company }` is a draft
link-company-draft-help = publish the company (remove `draft: true`) or build with --drafts
link-statement-old = the accessibility statement was last reviewed on { $reviewed }, over a year ago
link-statement-old-help = review the site's accessibility again and update `reviewed:`
link-bad-url-help = write the full address, starting with https://
link-no-title = this page has no `title`
link-no-title-help = add `title: …`

## Links and images in the text

link-unknown-path = link to `{ $target }`, which is neither in static/ nor a page of the site
link-unknown-path-help = link to content as `@/towns/TOWN/jobs/FILE.md`, or put the file in static/
link-outside-content = link to `{ $target }` leads outside content/
link-outside-content-help = link to pages as `@/towns/TOWN/jobs/FILE.md`, or to files in static/ as `/FILE`
link-missing-file = link to `{ $target }`, a file that does not exist
link-missing-file-help = check the file name; link to pages as `@/towns/TOWN/jobs/FILE.md`
link-unpublished = link to `{ $target }`, which is not published today (a draft or past its deadline)
link-unpublished-help = the link text is shown without a link; remove the link when the page is gone for good
link-to-missing-page-help = link to a file under content/, like `@/towns/raahe/jobs/hitsaaja.md`
link-image-external = image `{ $image }` is on another site
link-image-external-help = save the picture beside this file and link to it by name; the site loads nothing from other hosts


## Two things at one address

collision-file = { $file }
collision-list-all = the list of all { $section }{ $page ->
    [1] {""}
   *[other] , page { $page }
    }
collision-list-town = the { $section } list of { $town }{ $page ->
    [1] {""}
   *[other] , page { $page }
    }
collision-filter = the { $section } filter page `{ $value }` (page { $page })
collision-search = the search page
collision-404 = the 404 page
collision-all-towns = all towns
collision-feed = { $kind ->
    [atom] the Atom feed
    [json] the JSON feed
   *[calendar] the calendar
    } of { $place } ({ $lang })
collision-search-index = the search index ({ $lang })
collision-sitemap = the sitemap
collision-robots = robots.txt
collision-taken = this page's address { $address } is taken by { $others }
collision-taken-help = give the page another file name or `slug:`
collision-same-address = two pages would have the same address { $address }
collision-same-address-help = give one of them another file name or `slug:`
template-missing = the theme has no template `{ $name }`
template-missing-help = add it to the theme's templates/ or the site's templates/
template-error = template error: { $detail }
template-error-help = fix the template; this is a theme problem, not a content problem
write-io = { $context }: { $reason }
write-cannot-create = cannot create { $folder }
write-cannot-clear = cannot clear { $folder }
write-cannot-mark = cannot write the output marker
write-cannot-write = cannot write { $file }
write-cannot-copy = cannot copy { $file }
write-cannot-move-aside = cannot move { $folder } aside
write-cannot-swap = cannot move the new output to { $folder }
write-cannot-remove-old = cannot remove the old output { $folder }
write-outside-output = refusing to write `{ $file }` outside the output
images-no-widths = images.widths is empty: list at least one width, e.g. [480, 960, 1600]
images-bad-width = images.widths contains { $width }: widths must be between 1 and 16000 pixels
images-no-formats = images.formats is empty: list at least one format, e.g. [webp, jpeg]
images-bad-quality = images.quality is { $quality }: use a number from 1 to 100 (80 is a good default)
images-no-max-pixels = images.max_pixels is 0: use a limit such as 100000000 (100 megapixels)
images-no-avif = images.formats lists avif, but this build of aikosite has no AVIF encoder: remove avif from the list

## YAML: what the parser said

yaml-other = this value cannot be used: { $detail }
yaml-other-in = the value of `{ $key }` cannot be used: { $detail }
yaml-other-help = compare the line with the examples in the editors' guide (docs/) or in a file made by `aikosite new`

## The command line (--help): the editors' commands, clap's own words

cli-new = Write a new town, job, study, company, story, event or page in every language
cli-new-kind = What to create: town, job, study, company, story, event or page
cli-new-name = The name as you would write it, e.g. "CNC-koneistaja, iltavuoro"; the file name is made from it
cli-new-town = The town's folder name under content/towns/ (for jobs, studies, companies, stories, events)
cli-new-today = The date for `posted` and the deadline, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in Helsinki)
cli-import = Import job postings from a spreadsheet (CSV, XLSX, ODS) or JobPosting JSON-LD
cli-import-what = What to import: jobs
cli-import-file = The file: .csv, .xlsx, .ods, .json (JSON-LD) or .html (a saved careers page)
cli-import-town = The town's folder name under content/towns/
cli-import-dry_run = Print what would be written, write nothing
cli-import-force = Write over job files that exist already
cli-import-today = The date for `posted` when the file has none, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in Helsinki)
cli-status = What to check this week: drafts, closing and expired jobs, missing translations
cli-status-today = The date to report for, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in Helsinki)
cli-status-format = text for the terminal, json for programs, markdown for an e-mail or a CI summary
cli-help-command = Print this message or the help of the given subcommand(s)
cli-default = default
cli-possible-values = possible values
cli-more-info = For more information, try '--help'.
cli-unexpected-argument = unexpected argument
cli-invalid-value = invalid value
cli-for = for
cli-missing-arguments = the following required arguments were not provided:
cli-unrecognized-subcommand = unrecognized subcommand
cli-tip = tip

## Commands' own lines (more)

build-progress-images = images
