//! The comments of `aikosite new` stubs, in the language of the file they go in.
//!
//! Each key gets what it is (with its allowed values) and an example. Finnish and Swedish are
//! written out; any other configured language gets the Finnish text until it has its own table.

use super::Kind;

/// What a key is and an example value, in `lang` (`fi`, `sv`; others fall back to Finnish).
pub fn key(lang: &str, kind: Kind, key: &str) -> (&'static str, &'static str) {
    if lang == "sv" {
        sv(kind, key)
    } else {
        fi(kind, key)
    }
}

/// "Esim." / "T.ex.": the word before an example.
pub fn example(lang: &str) -> &'static str {
    if lang == "sv" { "T.ex." } else { "Esim." }
}

/// A value an editor must replace (a study's provider).
pub fn placeholder(lang: &str, key: &str) -> &'static str {
    match (lang == "sv", key) {
        (false, "provider") => "Oppilaitoksen nimi",
        (true, "provider") => "Läroanstaltens namn",
        _ => "",
    }
}

/// The comment at the top of a file.
pub fn header(lang: &str, kind: Kind, translation: bool, facts_file: &str) -> String {
    let sv = lang == "sv";
    let what = match (sv, kind) {
        (false, Kind::Town) => "Kaupungin tiedot.",
        (false, Kind::Job) => "Työpaikkailmoitus.",
        (false, Kind::Study) => "Koulutuspolku.",
        (false, Kind::Company) => "Yritys.",
        (false, Kind::Story) => "Tarina.",
        (false, Kind::Event) => "Tapahtuma.",
        (false, Kind::Page) => "Sivu.",
        (true, Kind::Town) => "Stadens uppgifter.",
        (true, Kind::Job) => "Platsannons.",
        (true, Kind::Study) => "Utbildningsväg.",
        (true, Kind::Company) => "Företag.",
        (true, Kind::Story) => "Berättelse.",
        (true, Kind::Event) => "Evenemang.",
        (true, Kind::Page) => "Sida.",
    };
    let mut out = if sv {
        format!(
            "# {what} Rader som börjar med # är anvisningar och syns inte på webbplatsen.\n\
             # En tom nyckel (t.ex. `image:`) betyder att uppgiften saknas.\n"
        )
    } else {
        format!(
            "# {what} #-merkillä alkavat rivit ovat ohjeita, eivätkä ne näy sivustolla.\n\
             # Tyhjä avain (esim. `image:`) tarkoittaa, ettei tietoa ole.\n"
        )
    };
    if translation {
        out.push_str(&if sv {
            format!(
                "# Det här är en översättning: fakta (datum, företag, länkar) skrivs bara i {facts_file}.\n"
            )
        } else {
            format!(
                "# Tämä on käännös: tosiasiat (päivämäärät, yritys, linkit) kirjoitetaan vain tiedostoon {facts_file}.\n"
            )
        });
    }
    out
}

/// The Markdown body of a new page, a reminder of what to write.
pub fn body(lang: &str, kind: Kind) -> &'static str {
    match (lang == "sv", kind) {
        (false, Kind::Job) => {
            "Kirjoita tähän ilmoituksen teksti: työtehtävät, mitä toivomme hakijalta ja mitä tarjoamme.\n\n## Tehtävä\n\nKerro työstä.\n\n## Toivomme\n\n- osaamista\n\n## Tarjoamme\n\n- perehdytyksen\n"
        }
        (true, Kind::Job) => {
            "Skriv annonsens text här: arbetsuppgifterna, vad vi önskar av den sökande och vad vi erbjuder.\n\n## Uppgiften\n\nBerätta om arbetet.\n\n## Vi önskar\n\n- kunnande\n\n## Vi erbjuder\n\n- introduktion\n"
        }
        (false, Kind::Study) => {
            "Kirjoita tähän, mitä koulutuksessa opitaan, kenelle se sopii ja mihin töihin se johtaa.\n"
        }
        (true, Kind::Study) => {
            "Skriv här vad man lär sig i utbildningen, vem den passar och vilka jobb den leder till.\n"
        }
        (false, Kind::Story) => "Kirjoita tähän tarina.\n",
        (true, Kind::Story) => "Skriv berättelsen här.\n",
        (false, Kind::Event) => {
            "Kirjoita tähän, mitä tapahtumassa on ohjelmassa ja kenelle se on tarkoitettu.\n"
        }
        (true, Kind::Event) => {
            "Skriv här vad som står på programmet och vem evenemanget är till för.\n"
        }
        (false, Kind::Town) => {
            "Kirjoita tähän kaupungin esittely: miksi tänne kannattaa muuttaa töihin ja opiskelemaan.\n"
        }
        (true, Kind::Town) => {
            "Skriv här en presentation av staden: varför det lönar sig att flytta hit för att jobba och studera.\n"
        }
        (false, Kind::Page | Kind::Company) => "Kirjoita tähän sivun teksti.\n",
        (true, Kind::Page | Kind::Company) => "Skriv sidans text här.\n",
    }
}

fn fi(kind: Kind, key: &str) -> (&'static str, &'static str) {
    match (kind, key) {
        (Kind::Town, "name") => (
            "Kaupungin nimi kullakin kielellä.",
            "{ fi: Kristiinankaupunki, sv: Kristinestad }",
        ),
        (Kind::Town, "slug") => (
            "Kaupungin osoite kullakin kielellä (pienet kirjaimet, ei ä/ö/å).",
            "{ fi: kristiinankaupunki, sv: kristinestad }",
        ),
        (Kind::Town, "region") => ("Maakunta.", "{ fi: Pohjanmaa, sv: Österbotten }"),
        (Kind::Town, "coordinates") => ("Sijainti kartalla.", "{ lat: 62.2743, lon: 21.3761 }"),
        (Kind::Town, "contact") | (Kind::Job, "contact") => (
            "Yhteyshenkilö.",
            "{ name: Maija Meikäläinen, email: maija@example.fi, phone: \"+358 40 123 4567\" }",
        ),
        (Kind::Town, "brand_color") => (
            "Kaupungin tunnusväri heksana lainausmerkeissä. Sen päällä on valkoista tekstiä, joten värin on oltava riittävän tumma (kontrasti vähintään 4,5:1).",
            "\"#0b5394\"",
        ),
        (Kind::Town, "logo") | (Kind::Company, "logo") => {
            ("Logo, kuvatiedosto tämän tiedoston vieressä.", "logo.svg")
        }
        (_, "hero") => (
            "Iso kuva sivun yläosassa, kuvatiedosto tämän tiedoston vieressä.",
            "hero.jpg",
        ),
        (_, "hero_alt") => (
            "Ison kuvan kuvaus näkövammaisille; pakollinen, jos kuva on.",
            "Puutaloja meren rannalla.",
        ),
        (Kind::Job, "title") => ("Tehtävän nimi.", "CNC-koneistaja, iltavuoro"),
        (Kind::Study, "title") => ("Koulutuksen nimi.", "Ensin töihin, sitten ammattiin"),
        (Kind::Story, "title") => ("Tarinan otsikko.", "Muutimme Raaheen töiden perässä"),
        (Kind::Event, "title") => ("Tapahtuman nimi.", "Rekrytointipäivä"),
        (_, "title") => ("Sivun otsikko.", "Tietoa kampanjasta"),
        (Kind::Company, "description") => (
            "Lyhyt kuvaus kullakin kielellä. Pidempi teksti voi olla tiedostoissa NIMI.fi.md ja NIMI.sv.md.",
            "{ fi: Ohutlevyrakenteita., sv: Tunnplåtskonstruktioner. }",
        ),
        (Kind::Job, "description") => (
            "Lyhyt kuvaus listoihin, hakutuloksiin ja someen (1–2 virkettä).",
            "Konepaja hakee kokenutta CNC-koneistajaa iltavuoroon.",
        ),
        (Kind::Study, "description") => (
            "Lyhyt kuvaus listoihin, hakutuloksiin ja someen (1–2 virkettä).",
            "Opiskele hitsaajaksi työn ohessa oppisopimuksella.",
        ),
        (Kind::Story, "description") => (
            "Lyhyt kuvaus listoihin, hakutuloksiin ja someen (1–2 virkettä).",
            "Perhe muutti Raaheen, kun isä sai töitä konepajasta.",
        ),
        (Kind::Event, "description") => (
            "Lyhyt kuvaus listoihin, hakutuloksiin ja someen (1–2 virkettä).",
            "Tule tapaamaan alueen työnantajia.",
        ),
        (_, "description") => (
            "Lyhyt kuvaus listoihin, hakutuloksiin ja someen (1–2 virkettä).",
            "Töitä, opiskelua ja asumista meren rannalla.",
        ),
        (_, "slug") => (
            "Sivun osoite tällä kielellä; tyhjänä osoite tulee tiedoston nimestä.",
            "cnc-koneistaja",
        ),
        (_, "draft") => (
            "Luonnos: true pitää sivun pois julkaistulta sivustolta. Poista rivi, kun teksti on valmis.",
            "true",
        ),
        (Kind::Job, "company") => (
            "Työnantaja: tiedoston nimi kansiossa companies/ ilman .yaml-päätettä, tai KAUPUNKI/NIMI toisen kaupungin yritykselle.",
            "perameren-terasrakenne",
        ),
        (_, "sector") => (
            "Toimiala, jokin aikosite.yaml-tiedoston sectors-listasta.",
            "metal",
        ),
        (Kind::Job, "employment_type") => (
            "Työsuhde: full_time (kokoaikainen), part_time (osa-aikainen), temporary (määräaikainen), apprenticeship (oppisopimus), summer (kesätyö) tai internship (harjoittelu).",
            "full_time",
        ),
        (Kind::Job, "posted") => ("Julkaisupäivä muodossa VVVV-KK-PP.", "2026-11-20"),
        (Kind::Job, "deadline") => (
            "Viimeinen hakupäivä (VVVV-KK-PP). Ilmoitus poistuu sivustolta tämän päivän jälkeen.",
            "2026-12-31",
        ),
        (Kind::Job, "salary") => (
            "Palkka: min ja/tai max, unit on hour (tunti), month (kuukausi) tai year (vuosi).",
            "{ min: 2800, max: 3400, unit: month }",
        ),
        (Kind::Study, "apply_url") => (
            "Hakulomakkeen verkko-osoite (https://…).",
            "https://oppilaitos.example.fi/haku",
        ),
        (_, "apply_url") => (
            "Hakulomakkeen verkko-osoite (https://…). Työpaikassa riittää apply_url tai apply_email.",
            "https://yritys.example.fi/rekry",
        ),
        (_, "apply_email") => (
            "Sähköpostiosoite, johon hakemus lähetetään.",
            "rekry@yritys.example.fi",
        ),
        (_, "image") => ("Kuva, kuvatiedosto tämän tiedoston vieressä.", "kuva.jpg"),
        (_, "image_alt") => (
            "Kuvan kuvaus näkövammaisille; pakollinen, jos kuva on.",
            "Hitsaaja työssä konepajan hallissa.",
        ),
        (Kind::Job, "location") => (
            "Työpaikan sijainti, jos se ei ole yrityksen osoite.",
            "Raahen satama",
        ),
        (Kind::Event, "location") => ("Tapahtumapaikka.", "Raahen kaupungintalo"),
        (Kind::Study, "provider") => ("Oppilaitos.", "Raahen ammattiopisto"),
        (Kind::Study, "level") => (
            "Taso: vocational (ammatillinen), apprenticeship (oppisopimus), uas (ammattikorkeakoulu) tai further (täydennyskoulutus).",
            "vocational",
        ),
        (Kind::Study, "field") => ("Ala.", "Kone- ja tuotantotekniikka"),
        (Kind::Study, "start") => ("Alkamispäivä (VVVV-KK-PP).", "2027-01-11"),
        (Kind::Study, "application_deadline") => ("Hakuaika päättyy (VVVV-KK-PP).", "2026-12-15"),
        (Kind::Study, "duration") => ("Kesto tekstinä.", "1–2 vuotta"),
        (Kind::Study, "credits") => (
            "Laajuus osaamispisteinä tai opintopisteinä (kokonaisluku).",
            "180",
        ),
        (Kind::Study, "partner_companies") => (
            "Yhteistyöyritykset: tiedostonimet kansiosta companies/ listana.",
            "[perameren-terasrakenne]",
        ),
        (Kind::Company, "name") => (
            "Yrityksen nimi kullakin kielellä.",
            "{ fi: Tiukan Metalli Oy, sv: Tjöck Metall Ab }",
        ),
        (Kind::Company, "website") => ("Verkkosivut (https://…).", "https://yritys.example.fi"),
        (Kind::Company, "employees") => ("Henkilöstön määrä (kokonaisluku).", "65"),
        (Kind::Company, "address") => (
            "Käyntiosoite.",
            "{ street: Tehtaankatu 1, postal_code: \"92100\", locality: Raahe }",
        ),
        (Kind::Story, "date") => ("Julkaisupäivä (VVVV-KK-PP).", "2026-11-20"),
        (Kind::Story, "author") => ("Kirjoittaja.", "Maija Meikäläinen"),
        (Kind::Story, "tags") => ("Aiheet listana.", "[muuttajat, metalli]"),
        (Kind::Event, "start") => (
            "Alkaa: päivä (VVVV-KK-PP) tai päivä ja kellonaika Suomen aikaa.",
            "2026-12-10T17:00",
        ),
        (Kind::Event, "end") => ("Päättyy (kuten start).", "2026-12-10T19:00"),
        (Kind::Event, "registration_url") => (
            "Ilmoittautumisen verkko-osoite.",
            "https://example.fi/ilmoittaudu",
        ),
        (Kind::Page, "accessibility_statement") => (
            "true, jos tämä sivu on saavutettavuusseloste (sivuston alaosan linkki vie siihen).",
            "false",
        ),
        (Kind::Page, "reviewed") => (
            "Saavutettavuusselosteen tarkistuspäivä (VVVV-KK-PP); pakollinen selosteessa.",
            "2026-09-15",
        ),
        _ => ("", ""),
    }
}

fn sv(kind: Kind, key: &str) -> (&'static str, &'static str) {
    match (kind, key) {
        (Kind::Town, "name") => (
            "Stadens namn på varje språk.",
            "{ fi: Kristiinankaupunki, sv: Kristinestad }",
        ),
        (Kind::Town, "slug") => (
            "Stadens adress på varje språk (små bokstäver, inga å/ä/ö).",
            "{ fi: kristiinankaupunki, sv: kristinestad }",
        ),
        (Kind::Town, "region") => ("Landskap.", "{ fi: Pohjanmaa, sv: Österbotten }"),
        (Kind::Town, "coordinates") => ("Läge på kartan.", "{ lat: 62.2743, lon: 21.3761 }"),
        (Kind::Town, "contact") | (Kind::Job, "contact") => (
            "Kontaktperson.",
            "{ name: Anna Andersson, email: anna@example.fi, phone: \"+358 40 123 4567\" }",
        ),
        (Kind::Town, "brand_color") => (
            "Stadens färg som hex inom citattecken. Vit text står på den, så färgen måste vara tillräckligt mörk (kontrast minst 4,5:1).",
            "\"#0b5394\"",
        ),
        (Kind::Town, "logo") | (Kind::Company, "logo") => {
            ("Logotyp, en bildfil bredvid den här filen.", "logo.svg")
        }
        (_, "hero") => (
            "Stor bild överst på sidan, en bildfil bredvid den här filen.",
            "hero.jpg",
        ),
        (_, "hero_alt") => (
            "Beskrivning av den stora bilden för synskadade; obligatorisk om det finns en bild.",
            "Trähus vid havet.",
        ),
        (Kind::Job, "title") => ("Uppgiftens namn.", "CNC-maskinist, kvällsskift"),
        (Kind::Study, "title") => ("Utbildningens namn.", "Först jobb, sedan yrke"),
        (Kind::Story, "title") => (
            "Berättelsens rubrik.",
            "Vi flyttade till Brahestad för jobbets skull",
        ),
        (Kind::Event, "title") => ("Evenemangets namn.", "Rekryteringsdag"),
        (_, "title") => ("Sidans rubrik.", "Om kampanjen"),
        (Kind::Company, "description") => (
            "Kort beskrivning på varje språk. En längre text kan stå i filerna NAMN.fi.md och NAMN.sv.md.",
            "{ fi: Ohutlevyrakenteita., sv: Tunnplåtskonstruktioner. }",
        ),
        (Kind::Job, "description") => (
            "Kort beskrivning för listor, sökresultat och sociala medier (1–2 meningar).",
            "Verkstaden söker en erfaren CNC-maskinist till kvällsskiftet.",
        ),
        (Kind::Study, "description") => (
            "Kort beskrivning för listor, sökresultat och sociala medier (1–2 meningar).",
            "Utbilda dig till svetsare vid sidan av jobbet med läroavtal.",
        ),
        (Kind::Story, "description") => (
            "Kort beskrivning för listor, sökresultat och sociala medier (1–2 meningar).",
            "Familjen flyttade till Brahestad när pappan fick jobb på verkstaden.",
        ),
        (Kind::Event, "description") => (
            "Kort beskrivning för listor, sökresultat och sociala medier (1–2 meningar).",
            "Kom och träffa arbetsgivarna i regionen.",
        ),
        (_, "description") => (
            "Kort beskrivning för listor, sökresultat och sociala medier (1–2 meningar).",
            "Jobb, studier och boende vid havet.",
        ),
        (_, "slug") => (
            "Sidans adress på det här språket; lämnas den tom kommer adressen från filnamnet.",
            "cnc-maskinist",
        ),
        (_, "draft") => (
            "Utkast: true håller sidan borta från den publicerade webbplatsen. Ta bort raden när texten är klar.",
            "true",
        ),
        (Kind::Job, "company") => (
            "Arbetsgivare: filnamnet i mappen companies/ utan .yaml, eller STAD/NAMN för ett företag i en annan stad.",
            "perameren-terasrakenne",
        ),
        (_, "sector") => ("Bransch, en av sectors i aikosite.yaml.", "metal"),
        (Kind::Job, "employment_type") => (
            "Anställning: full_time (heltid), part_time (deltid), temporary (visstid), apprenticeship (läroavtal), summer (sommarjobb) eller internship (praktik).",
            "full_time",
        ),
        (Kind::Job, "posted") => ("Publiceringsdag i formen ÅÅÅÅ-MM-DD.", "2026-11-20"),
        (Kind::Job, "deadline") => (
            "Sista ansökningsdag (ÅÅÅÅ-MM-DD). Annonsen försvinner från webbplatsen efter den dagen.",
            "2026-12-31",
        ),
        (Kind::Job, "salary") => (
            "Lön: min och/eller max, unit är hour (timme), month (månad) eller year (år).",
            "{ min: 2800, max: 3400, unit: month }",
        ),
        (Kind::Study, "apply_url") => (
            "Ansökningsformulärets webbadress (https://…).",
            "https://laroanstalt.example.fi/ansok",
        ),
        (_, "apply_url") => (
            "Ansökningsformulärets webbadress (https://…). För ett jobb räcker apply_url eller apply_email.",
            "https://foretag.example.fi/rekry",
        ),
        (_, "apply_email") => (
            "E-postadress dit ansökan skickas.",
            "rekry@foretag.example.fi",
        ),
        (_, "image") => ("Bild, en bildfil bredvid den här filen.", "bild.jpg"),
        (_, "image_alt") => (
            "Beskrivning av bilden för synskadade; obligatorisk om det finns en bild.",
            "En svetsare i arbete i verkstadshallen.",
        ),
        (Kind::Job, "location") => (
            "Arbetsplatsens läge, om det inte är företagets adress.",
            "Brahestads hamn",
        ),
        (Kind::Event, "location") => ("Plats.", "Brahestads stadshus"),
        (Kind::Study, "provider") => ("Läroanstalt.", "Yrkesinstitutet i Brahestad"),
        (Kind::Study, "level") => (
            "Nivå: vocational (yrkesutbildning), apprenticeship (läroavtal), uas (yrkeshögskola) eller further (fortbildning).",
            "vocational",
        ),
        (Kind::Study, "field") => ("Område.", "Maskin- och produktionsteknik"),
        (Kind::Study, "start") => ("Startdag (ÅÅÅÅ-MM-DD).", "2027-01-11"),
        (Kind::Study, "application_deadline") => {
            ("Ansökningstiden slutar (ÅÅÅÅ-MM-DD).", "2026-12-15")
        }
        (Kind::Study, "duration") => ("Längd som text.", "1–2 år"),
        (Kind::Study, "credits") => (
            "Omfattning i kompetenspoäng eller studiepoäng (heltal).",
            "180",
        ),
        (Kind::Study, "partner_companies") => (
            "Samarbetsföretag: filnamn från mappen companies/ som lista.",
            "[perameren-terasrakenne]",
        ),
        (Kind::Company, "name") => (
            "Företagets namn på varje språk.",
            "{ fi: Tiukan Metalli Oy, sv: Tjöck Metall Ab }",
        ),
        (Kind::Company, "website") => ("Webbplats (https://…).", "https://foretag.example.fi"),
        (Kind::Company, "employees") => ("Antal anställda (heltal).", "65"),
        (Kind::Company, "address") => (
            "Besöksadress.",
            "{ street: Fabriksgatan 1, postal_code: \"64100\", locality: Kristinestad }",
        ),
        (Kind::Story, "date") => ("Publiceringsdag (ÅÅÅÅ-MM-DD).", "2026-11-20"),
        (Kind::Story, "author") => ("Skribent.", "Anna Andersson"),
        (Kind::Story, "tags") => ("Ämnen som lista.", "[inflyttare, metall]"),
        (Kind::Event, "start") => (
            "Börjar: dag (ÅÅÅÅ-MM-DD) eller dag och klockslag i finsk tid.",
            "2026-12-10T17:00",
        ),
        (Kind::Event, "end") => ("Slutar (som start).", "2026-12-10T19:00"),
        (Kind::Event, "registration_url") => {
            ("Webbadress för anmälan.", "https://example.fi/anmal")
        }
        (Kind::Page, "accessibility_statement") => (
            "true om den här sidan är tillgänglighetsutlåtandet (länken längst ner på sidorna leder hit).",
            "false",
        ),
        (Kind::Page, "reviewed") => (
            "Dagen då tillgänglighetsutlåtandet granskades (ÅÅÅÅ-MM-DD); obligatorisk i utlåtandet.",
            "2026-09-15",
        ),
        _ => ("", ""),
    }
}
