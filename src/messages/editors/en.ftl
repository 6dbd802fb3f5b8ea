# The editors' commands (new, import, status): their own lines and errors. Every id here
# is in en.ftl, fi.ftl and sv.ftl of this folder with the same arguments.

## Writing files

editors-cannot-write = cannot write { $file }: { $reason }

## aikosite import jobs: problems

import-cannot-read = cannot read { $file }: { $reason }
import-cannot-read-help = check the file's name and folder; the path is relative to where you run aikosite
import-unreadable = { $file } is not readable as { $kind ->
    [csv] CSV
   *[sheet] a spreadsheet
    }: { $reason }
import-unreadable-help = open it in a spreadsheet program and save it again as .xlsx, .ods or .csv
import-no-postings = there are no job postings (schema.org JobPosting) in this file
import-unknown-extension = aikosite cannot import `.{ $ext }` files
import-unknown-extension-help = use a spreadsheet (.csv, .xlsx, .ods) or job postings as JSON-LD (.json, or a saved careers page .html)
import-unknown-column = column { $column } “{ $header }” is not a job field and is left out
import-unknown-column-hint = column { $column } “{ $header }” is not a job field and is left out (did you mean `{ $word }`?)
import-no-title-column = no column for the job's title: the first row should name the columns, e.g. Otsikko, Yritys, Hakuaika päättyy (it is: { $headers })
import-row = row { $row }
import-posting = JobPosting { $n }
import-posting-titled = JobPosting { $n } (“{ $title }”)
import-not-json = this is not valid JSON: { $reason }
import-block-not-json = the JSON-LD block { $block } is not valid JSON: { $reason }
import-title-no-letters = the title “{ $title }” has no letters or digits to make a file name of
import-title-no-letters-help = give the job a title with letters in the title column
import-exists-other-name = the job exists already as { $file }, under another file name
import-exists-other-name-help = rename or remove that file, then import again
import-at = { $record }: { $message }
import-at-column = { $record }, column { $column }: { $message }
import-no-title = the job has no title
import-no-title-help = fill in the title column (Otsikko / Rubrik / Title)
import-no-company = the job has no company
import-no-company-help = fill in the company column (Yritys / Företag / Company)
import-company-draft = the company `{ $company }` is a draft
import-company-draft-help = finish { $file } and remove its `draft: true` line, then import again
import-unknown-sector = unknown sector “{ $sector }”
import-no-sector = the job has no sector
import-no-sector-help = fill in the sector column (Toimiala / Bransch / Sector)
import-bad-employment-type = “{ $value }” is not an employment type
import-bad-employment-type-help = write kokoaikainen, osa-aikainen, määräaikainen, oppisopimus, kesätyö or harjoittelu (or full_time, part_time, temporary, apprenticeship, summer, internship)
import-bad-date = “{ $value }” is not a date
import-bad-date-help = write dates as 5.12.2026 (or 2026-12-05)
import-no-deadline = the job has no deadline
import-no-deadline-help = fill in the deadline column (Hakuaika päättyy / Sista ansökningsdag / Deadline)
import-deadline-passed = the deadline { $deadline } has passed, so the job would not be shown
import-deadline-passed-help = leave the row out, or correct the deadline if it is wrong
import-deadline-before-posted-help = check the dates in the row
import-bad-amount = “{ $value }” is not an amount of euros
import-bad-amount-help = write a number such as 2800 or 19,50
import-bad-salary = “{ $value }” is not a salary
import-bad-salary-help = write an amount or a range such as 2800–3400 €/kk or 19,50 €/h
import-bad-unit = “{ $value }” is not a salary unit
import-bad-unit-help = write tunti, kk or vuosi (timme, månad, år; hour, month, year)
import-no-apply-help = fill in a link (Hakulinkki / Ansökningslänk / Apply URL) or an e-mail address (Sähköposti / E-post / Email)

## aikosite new

new-none-yet = there are no { $what } yet
new-known = the { $what } are: { $list }
new-did-you-mean = did you mean `{ $word }`? { $list }
new-no-towns-yet = there are no towns yet: create one with aikosite new town NAME
new-unknown-town = there is no town `{ $town }`
new-unknown-kind = `{ $kind }` is not something `aikosite new` can create
new-name-no-letters = `{ $name }` has no letters or digits to make a file name of
new-name-no-letters-help = write the name with letters, e.g. "CNC-koneistaja, iltavuoro"
new-no-town-for-kind = a { $kind } belongs to no town: leave out --town
new-town-exists = the town `{ $town }` already exists (content/towns/{ $town }/)
new-exists-help = choose another name; aikosite new never writes over files
new-which-town = which town is the new { $kind } in? add --town TOWN
new-file-exists = { $file } already exists
new-file-exists-help = choose another name, or edit the file that is there; aikosite new never writes over files
new-name-taken = there is a { $kind } named `{ $slug }` already: { $files }
new-name-taken-help = choose another name, or edit the files that are there; aikosite new never writes over files
new-no-sectors = aikosite.yaml lists no sectors, and every job and company needs one
new-no-sectors-help = add `sectors:` to aikosite.yaml, e.g. `metal: { "{" } fi: Metalliteollisuus, sv: Metallindustri { "}" }`
new-no-companies = the town `{ $town }` has no companies yet, and every job needs one
new-no-companies-help = create the employer first: aikosite new company --town { $town } "Yritys Oy"
new-created = created a new { $kind }:
new-next-town = next: fill in { $file } and the landing pages, then add companies and jobs:
    {"  "}aikosite new company --town { $town } "Yritys Oy"
new-next = next: write the text in { $file }{ $files ->
    [1] {""}
   *[other] {" "}and its translations
    }, preview it with `aikosite serve --drafts`, and delete the `draft: true` line when it is ready to publish

## aikosite import jobs: its report

import-cannot-import = aikosite cannot import `{ $what }`
import-only-jobs = only jobs can be imported: aikosite import jobs FILE --town TOWN
import-only-jobs-hint = did you mean `{ $word }`? only jobs can be imported: aikosite import jobs FILE --town TOWN
import-missing-companies = these companies are not in { $town } yet; create them, fill them in and import again:
import-existing = already on the site, left as they are (--force replaces them):
import-would-write = { $file } (would be written)
import-dry-run = dry run: { $jobs } of { $read } jobs would be imported ({ $files } files); nothing was written
import-nothing = nothing was imported into { $town } ({ $read } jobs read)
import-done = imported { $jobs } of { $read } jobs into { $town }:
import-next = next: check them with `aikosite serve` and `aikosite check`

## aikosite status

status-unread = { $errors ->
    [one] 1 file could not be read and is not counted
   *[other] { $errors } files could not be read and are not counted
    }: run `aikosite check` to see why

## aikosite status: the report

status-kind = { $kind }
status-counts = { $kind }: { $published } published{ $drafts ->
    [0] {""}
    [one] , 1 draft
   *[other] , { $drafts } drafts
    }
status-statement = { $file }: reviewed { $reviewed }, review due { $due } ({ $days })
status-no-statement = the site has no accessibility statement: add a page with `accessibility_statement: true` and `reviewed: DATE`
status-statement-not-reviewed = { $file }: no `reviewed` date
status-closing = jobs closing within 7 days
status-expired = jobs expired in the last 14 days (no longer on the site)
status-missing-translations = missing translations
status-outdated-translations = translations older than their original
status-outdated = { $file } (changed { $changed }) — { $original } changed { $original_changed }
status-title = Status on { $date }
status-md-title = Site status { $date }
status-site-pages = Site pages
status-accessibility = Accessibility statement
status-published = published
status-drafts = drafts
status-today = today
status-tomorrow = tomorrow
status-yesterday = yesterday
status-in-days = in { $days } days
status-days-ago = { $days } days ago
