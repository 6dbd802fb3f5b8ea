# Values that are not what they look like, limits on sizes, slugs that give no address,
# output and staging folders. Every id here is in en.ftl, fi.ftl and sv.ftl of this folder
# with the same arguments.

## Värden som inte är vad de ser ut att vara

values-quote-text = `{ $value }` läses här som ett tal eller ett ja/nej-värde, men det är text
values-quote-text-help = skriv det inom citattecken: "{ $value }"
values-salary-not-finite = lönens `{ $key }` är inte ett penningbelopp
values-salary-negative = lönens `{ $key }` är under noll
values-salary-help = skriv beloppet i euro som ett tal, till exempel `3200`
values-forbidden-char = här finns ett osynligt styrtecken ({ $code }) som inte får finnas på webbsidor
values-forbidden-char-help = ta bort tecknet (det följer ofta med när text kopieras från ett annat program) och skriv vid behov om texten runt det

## Adresser som inte blir något

values-slug-empty = adressen `{ $slug }` har inga bokstäver a–z eller siffror, så den ger ingen webbadress
values-slug-empty-help = skriv adressen med bokstäverna a–z, siffror och bindestreck, till exempel `slug: svetsare`, eller ta bort raden så att adressen kommer från filens namn
values-folder-no-letters-help = byt namn på mappen så att namnet har bokstäver a–z, till exempel `raahe`
values-section-segment-twice = avdelningarna `{ $first }` (rad { $line }) och `{ $section }` har samma adress `{ $segment }`
values-section-segment-twice-help = ge varje avdelning under `sections:` en egen adress

## Gränser

values-file-too-big = filen är { $size }; en innehållsfil får vara högst { $limit }
values-file-too-big-help = dela upp texten på flera sidor, eller kontrollera att det är rätt fil som sparats här
values-matter-too-long = uppgifterna i filens början (front matter) är längre än { $limit }
values-matter-too-long-help = skriv lång text i sidans brödtext, under den andra `---`-raden
values-value-too-long = den här raden i filens början är { $length } tecken lång; gränsen är { $limit }
values-value-too-long-help = skriv lång text i sidans brödtext, under den andra `---`-raden

## Var YAML-felen finns

values-yaml-unclosed-quote = citattecknet som inleder värdet avslutas aldrig
values-yaml-unclosed-quote-help = lägg till det avslutande citattecknet i slutet av värdet, på samma rad
values-duplicate-key = `{ $key }` är skrivet två gånger; det första finns på rad { $first }
values-duplicate-key-help = behåll en `{ $key }:`-rad och ta bort den andra

## Utdata- och mellanmappar

values-output-inside-source = utdatamappen { $output } ligger i webbplatsens mapp `{ $folder }`, där aikosite läser det som redaktörerna skriver
values-output-inside-source-help = bygg webbplatsen i en egen mapp bredvid dem, till exempel `public` (standard); det gäller också med `--force`
values-write-page = det gick inte att skriva { $output } i utdatamappen (sidan från { $file }): { $reason }
values-write-file = det gick inte att skriva { $output } i utdatamappen: { $reason }
values-write-help = kontrollera att det finns ledigt utrymme på disken och att du får skriva i utdatamappen; det tidigare resultatet lämnades som det var
values-slug-too-long = den här adressen är { $length } byte lång; en del av en webbadress får vara högst { $limit } byte
values-slug-too-long-help = skriv en kortare `slug:` (eller ett kortare filnamn); några ord räcker
