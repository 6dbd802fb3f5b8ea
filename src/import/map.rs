//! Column headers in Finnish, Swedish and English, and the values people type in sheets:
//! Finnish dates (`5.12.2026`), decimal commas (`19,50`), `2 800 €`, ranges `2800–3400`.
//! The table of headers is documented in docs/import.md; keep the two in step.

use crate::dates::Date;

/// A job field a column or JSON-LD property fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Title,
    Description,
    Body,
    Company,
    Sector,
    EmploymentType,
    Posted,
    Deadline,
    Salary,
    SalaryMin,
    SalaryMax,
    SalaryUnit,
    ApplyUrl,
    ApplyEmail,
    ContactName,
    ContactEmail,
    ContactPhone,
    Location,
}

impl Field {
    /// Text a translation carries (one value per language); the rest are facts.
    pub fn is_text(self) -> bool {
        matches!(
            self,
            Field::Title | Field::Description | Field::Body | Field::Location
        )
    }
}

/// The language a header word is in; `None` for words used in several languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    Fi,
    Sv,
    En,
}

/// Headers, lowercase, with `_` and `-` read as spaces.
const HEADERS: &[(&str, Field, Word)] = &[
    // title
    ("otsikko", Field::Title, Word::Fi),
    ("tehtävä", Field::Title, Word::Fi),
    ("tehtävänimike", Field::Title, Word::Fi),
    ("työtehtävä", Field::Title, Word::Fi),
    ("nimike", Field::Title, Word::Fi),
    ("ilmoituksen otsikko", Field::Title, Word::Fi),
    ("rubrik", Field::Title, Word::Sv),
    ("befattning", Field::Title, Word::Sv),
    ("tjänst", Field::Title, Word::Sv),
    ("uppgift", Field::Title, Word::Sv),
    ("title", Field::Title, Word::En),
    ("job title", Field::Title, Word::En),
    ("position", Field::Title, Word::En),
    // description
    ("kuvaus", Field::Description, Word::Fi),
    ("lyhyt kuvaus", Field::Description, Word::Fi),
    ("tiivistelmä", Field::Description, Word::Fi),
    ("beskrivning", Field::Description, Word::Sv),
    ("kort beskrivning", Field::Description, Word::Sv),
    ("description", Field::Description, Word::En),
    ("summary", Field::Description, Word::En),
    // body
    ("teksti", Field::Body, Word::Fi),
    ("ilmoitusteksti", Field::Body, Word::Fi),
    ("ilmoituksen teksti", Field::Body, Word::Fi),
    ("annonstext", Field::Body, Word::Sv),
    ("text", Field::Body, Word::En),
    ("body", Field::Body, Word::En),
    ("ad text", Field::Body, Word::En),
    // company
    ("yritys", Field::Company, Word::Fi),
    ("työnantaja", Field::Company, Word::Fi),
    ("företag", Field::Company, Word::Sv),
    ("arbetsgivare", Field::Company, Word::Sv),
    ("company", Field::Company, Word::En),
    ("employer", Field::Company, Word::En),
    // sector
    ("toimiala", Field::Sector, Word::Fi),
    ("ala", Field::Sector, Word::Fi),
    ("bransch", Field::Sector, Word::Sv),
    ("sector", Field::Sector, Word::En),
    ("industry", Field::Sector, Word::En),
    // employment type
    ("työsuhde", Field::EmploymentType, Word::Fi),
    ("työsuhteen laji", Field::EmploymentType, Word::Fi),
    ("työsuhteen tyyppi", Field::EmploymentType, Word::Fi),
    ("anställning", Field::EmploymentType, Word::Sv),
    ("anställningsform", Field::EmploymentType, Word::Sv),
    ("employment type", Field::EmploymentType, Word::En),
    // posted
    ("julkaistu", Field::Posted, Word::Fi),
    ("julkaisupäivä", Field::Posted, Word::Fi),
    ("publicerad", Field::Posted, Word::Sv),
    ("publiceringsdag", Field::Posted, Word::Sv),
    ("posted", Field::Posted, Word::En),
    ("date posted", Field::Posted, Word::En),
    // deadline
    ("hakuaika päättyy", Field::Deadline, Word::Fi),
    ("haku päättyy", Field::Deadline, Word::Fi),
    ("viimeinen hakupäivä", Field::Deadline, Word::Fi),
    ("hakuaika", Field::Deadline, Word::Fi),
    ("sista ansökningsdag", Field::Deadline, Word::Sv),
    ("ansökningstiden går ut", Field::Deadline, Word::Sv),
    ("ansökningstid", Field::Deadline, Word::Sv),
    ("deadline", Field::Deadline, Word::En),
    ("closing date", Field::Deadline, Word::En),
    ("valid through", Field::Deadline, Word::En),
    // salary
    ("palkka", Field::Salary, Word::Fi),
    ("lön", Field::Salary, Word::Sv),
    ("salary", Field::Salary, Word::En),
    ("palkka min", Field::SalaryMin, Word::Fi),
    ("palkka alkaen", Field::SalaryMin, Word::Fi),
    ("vähimmäispalkka", Field::SalaryMin, Word::Fi),
    ("lön min", Field::SalaryMin, Word::Sv),
    ("minimilön", Field::SalaryMin, Word::Sv),
    ("salary min", Field::SalaryMin, Word::En),
    ("min salary", Field::SalaryMin, Word::En),
    ("palkka max", Field::SalaryMax, Word::Fi),
    ("enimmäispalkka", Field::SalaryMax, Word::Fi),
    ("lön max", Field::SalaryMax, Word::Sv),
    ("maxlön", Field::SalaryMax, Word::Sv),
    ("salary max", Field::SalaryMax, Word::En),
    ("max salary", Field::SalaryMax, Word::En),
    ("palkan yksikkö", Field::SalaryUnit, Word::Fi),
    ("palkkajakso", Field::SalaryUnit, Word::Fi),
    ("lönens enhet", Field::SalaryUnit, Word::Sv),
    ("löneperiod", Field::SalaryUnit, Word::Sv),
    ("salary unit", Field::SalaryUnit, Word::En),
    ("salary per", Field::SalaryUnit, Word::En),
    // how to apply
    ("hakulinkki", Field::ApplyUrl, Word::Fi),
    ("hakuosoite", Field::ApplyUrl, Word::Fi),
    ("linkki", Field::ApplyUrl, Word::Fi),
    ("ansökningslänk", Field::ApplyUrl, Word::Sv),
    ("länk", Field::ApplyUrl, Word::Sv),
    ("apply url", Field::ApplyUrl, Word::En),
    ("url", Field::ApplyUrl, Word::En),
    ("link", Field::ApplyUrl, Word::En),
    ("hakusähköposti", Field::ApplyEmail, Word::Fi),
    ("sähköposti", Field::ApplyEmail, Word::Fi),
    ("e post", Field::ApplyEmail, Word::Sv),
    ("ansökan per e post", Field::ApplyEmail, Word::Sv),
    ("apply email", Field::ApplyEmail, Word::En),
    ("email", Field::ApplyEmail, Word::En),
    ("e mail", Field::ApplyEmail, Word::En),
    // contact
    ("yhteyshenkilö", Field::ContactName, Word::Fi),
    ("kontaktperson", Field::ContactName, Word::Sv),
    ("contact", Field::ContactName, Word::En),
    ("contact name", Field::ContactName, Word::En),
    ("yhteyshenkilön sähköposti", Field::ContactEmail, Word::Fi),
    ("kontaktpersonens e post", Field::ContactEmail, Word::Sv),
    ("contact email", Field::ContactEmail, Word::En),
    ("puhelin", Field::ContactPhone, Word::Fi),
    ("yhteyshenkilön puhelin", Field::ContactPhone, Word::Fi),
    ("telefon", Field::ContactPhone, Word::Sv),
    ("phone", Field::ContactPhone, Word::En),
    ("contact phone", Field::ContactPhone, Word::En),
    // location
    ("sijainti", Field::Location, Word::Fi),
    ("työpaikan sijainti", Field::Location, Word::Fi),
    ("työskentelypaikka", Field::Location, Word::Fi),
    ("plats", Field::Location, Word::Sv),
    ("arbetsplats", Field::Location, Word::Sv),
    ("location", Field::Location, Word::En),
];

/// Every header word, for "did you mean".
pub fn known_headers() -> impl Iterator<Item = &'static str> {
    HEADERS.iter().map(|(h, _, _)| *h)
}

/// Language markers after (or before) a header: `Otsikko (sv)`, `title_sv`, `Otsikko ruotsiksi`.
const LANG_MARKS: &[(&str, &str)] = &[
    ("(fi)", "fi"),
    ("(sv)", "sv"),
    ("(en)", "en"),
    (" fi", "fi"),
    (" sv", "sv"),
    (" en", "en"),
    (" suomeksi", "fi"),
    (" ruotsiksi", "sv"),
    (" englanniksi", "en"),
    (" på finska", "fi"),
    (" på svenska", "sv"),
    (" på engelska", "en"),
    (" in finnish", "fi"),
    (" in swedish", "sv"),
    (" in english", "en"),
    (" (suomi)", "fi"),
    (" (ruotsi)", "sv"),
    (" (finska)", "fi"),
    (" (svenska)", "sv"),
];

/// What a header means: the field and the language code its text is in (`None`: the
/// header's word does not say; the field's value is a fact or in the default language).
pub fn header(raw: &str) -> Option<(Field, Option<&'static str>)> {
    let mut h: String = raw
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == '_' || c == '-' { ' ' } else { c })
        .collect();
    h = h.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut explicit = None;
    for (mark, code) in LANG_MARKS {
        if let Some(rest) = h.strip_suffix(mark) {
            explicit = Some(*code);
            h = rest.trim().to_string();
            break;
        }
    }
    let h = h.trim_end_matches([':', '*', '.']).trim();
    let (_, field, word) = HEADERS.iter().find(|(name, _, _)| *name == h)?;
    let lang = explicit.or(match word {
        Word::Fi => Some("fi"),
        Word::Sv => Some("sv"),
        Word::En => None,
    });
    Some((*field, lang))
}

/// `5.12.2026`, `05.12.2026`, `5.12.26` or `2026-12-05`.
pub fn date(text: &str) -> Option<Date> {
    let t = text.trim().trim_end_matches('.');
    if let Some(d) = Date::parse(t) {
        return Some(d);
    }
    // A date-time (JSON-LD validThrough): the day part.
    if t.len() > 10 && t.as_bytes().get(10) == Some(&b'T') {
        return Date::parse(&t[..10]);
    }
    let parts: Vec<&str> = t.split(['.', '/']).map(str::trim).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let d: i8 = d.parse().ok()?;
    let m: i8 = m.parse().ok()?;
    let mut y: i16 = y.parse().ok()?;
    if (0..100).contains(&y) {
        y += 2000;
    }
    jiff::civil::Date::new(y, m, d).ok().map(Date)
}

/// `19,50`, `2 800 €`, `2800.00`: a number with a decimal comma or point.
pub fn number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}' && *c != '€')
        .collect();
    let cleaned = cleaned
        .trim_end_matches(|c: char| c.is_alphabetic() || c == '/')
        .trim_end_matches(['/', '.']);
    let cleaned = cleaned.trim_start_matches(|c: char| c.is_alphabetic());
    if cleaned.is_empty() {
        return None;
    }
    let normal = if cleaned.contains(',') && cleaned.contains('.') {
        // 2.800,50 or 2,800.50: the last separator is the decimal one
        if cleaned.rfind(',') > cleaned.rfind('.') {
            cleaned.replace('.', "").replace(',', ".")
        } else {
            cleaned.replace(',', "")
        }
    } else {
        cleaned.replace(',', ".")
    };
    normal
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && *n >= 0.0)
}

/// `2800–3400 €/kk`, `19,50 €/h`, `3000`: (min, max, unit word if any).
pub fn salary(text: &str) -> Option<(Option<f64>, Option<f64>, Option<&'static str>)> {
    let unit = unit_in(text);
    let t = text.replace(['–', '—'], "-");
    // a range: split at a dash between digits
    let bytes: Vec<char> = t.chars().collect();
    for (i, c) in bytes.iter().enumerate() {
        if *c == '-' && i > 0 {
            let before: String = bytes[..i].iter().collect();
            let after: String = bytes[i + 1..].iter().collect();
            if let (Some(a), Some(b)) = (number(&before), number(&after)) {
                return Some((Some(a), Some(b), unit));
            }
        }
    }
    let n = number(&t)?;
    Some((Some(n), None, unit))
}

/// hour, month or year from a unit written in fi/sv/en.
pub fn unit(text: &str) -> Option<&'static str> {
    let t = text.trim().to_lowercase();
    let t = t.trim_start_matches(['€', '/', ' ']).trim();
    match t {
        "h" | "t" | "tunti" | "tunnissa" | "tuntipalkka" | "per tunti" | "hour" | "hourly"
        | "per hour" | "timme" | "per timme" | "timlön" | "tim" => Some("hour"),
        "kk" | "kuukausi" | "kuukaudessa" | "kuukausipalkka" | "per kuukausi" | "month"
        | "monthly" | "per month" | "mån" | "månad" | "per månad" | "månadslön" => {
            Some("month")
        }
        "v" | "vuosi" | "vuodessa" | "vuosipalkka" | "year" | "yearly" | "annual" | "per year"
        | "år" | "per år" | "årslön" => Some("year"),
        _ => None,
    }
}

/// A unit written after the amount: `€/h`, `e/kk`, `per month`.
fn unit_in(text: &str) -> Option<&'static str> {
    let t = text.to_lowercase();
    let tail = t.rsplit(['/', '€']).next().unwrap_or("");
    unit(tail).or_else(|| {
        t.split_whitespace()
            .rev()
            .find_map(|w| unit(w.trim_matches(|c: char| !c.is_alphanumeric())))
    })
}

/// An employment type in fi/sv/en, or schema.org's (`FULL_TIME`).
pub fn employment_type(text: &str) -> Option<&'static str> {
    let t = text.trim().to_lowercase().replace(['-', ' '], "_");
    match t.as_str() {
        "full_time"
        | "fulltime"
        | "kokoaikainen"
        | "kokoaikatyö"
        | "vakituinen"
        | "toistaiseksi_voimassa_oleva"
        | "heltid"
        | "heltidsanställning"
        | "fast"
        | "permanent" => Some("full_time"),
        "part_time" | "parttime" | "osa_aikainen" | "osa_aikatyö" | "deltid" => Some("part_time"),
        "temporary"
        | "määräaikainen"
        | "sijaisuus"
        | "visstid"
        | "visstidsanställning"
        | "vikariat"
        | "contractor"
        | "per_diem"
        | "temp" => Some("temporary"),
        "apprenticeship" | "oppisopimus" | "läroavtal" => Some("apprenticeship"),
        "summer" | "kesätyö" | "sommarjobb" | "summer_job" => Some("summer"),
        "internship" | "intern" | "harjoittelu" | "työharjoittelu" | "praktik" | "trainee" => {
            Some("internship")
        }
        _ => None,
    }
}

/// "C" for the third column.
pub fn column_letter(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push((b'A' + (i % 26) as u8) as char);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_three_languages() {
        assert_eq!(header("Otsikko"), Some((Field::Title, Some("fi"))));
        assert_eq!(header(" Rubrik "), Some((Field::Title, Some("sv"))));
        assert_eq!(header("Job title"), Some((Field::Title, None)));
        assert_eq!(header("Otsikko (sv)"), Some((Field::Title, Some("sv"))));
        assert_eq!(header("title_sv"), Some((Field::Title, Some("sv"))));
        assert_eq!(
            header("Otsikko ruotsiksi"),
            Some((Field::Title, Some("sv")))
        );
        assert_eq!(
            header("Hakuaika päättyy"),
            Some((Field::Deadline, Some("fi")))
        );
        assert_eq!(header("Palkka min"), Some((Field::SalaryMin, Some("fi"))));
        assert_eq!(header("Muuta"), None);
    }

    #[test]
    fn finnish_dates_and_numbers() {
        assert_eq!(
            date("5.12.2026").map(|d| d.iso()),
            Some("2026-12-05".into())
        );
        assert_eq!(date("05.01.27").map(|d| d.iso()), Some("2027-01-05".into()));
        assert_eq!(
            date("2026-12-05").map(|d| d.iso()),
            Some("2026-12-05".into())
        );
        assert_eq!(
            date("2026-12-05T16:00:00+02:00").map(|d| d.iso()),
            Some("2026-12-05".into())
        );
        assert_eq!(date("31.2.2026"), None);
        assert_eq!(date("ensi viikolla"), None);
        assert_eq!(number("19,50"), Some(19.5));
        assert_eq!(number("2 800 €"), Some(2800.0));
        assert_eq!(number("2.800,50"), Some(2800.5));
        assert_eq!(number("noin"), None);
        assert_eq!(
            salary("2800–3400 €/kk"),
            Some((Some(2800.0), Some(3400.0), Some("month")))
        );
        assert_eq!(salary("19,50 €/h"), Some((Some(19.5), None, Some("hour"))));
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(27), "AB");
    }

    #[test]
    fn employment_types() {
        assert_eq!(employment_type("Kokoaikainen"), Some("full_time"));
        assert_eq!(employment_type("FULL_TIME"), Some("full_time"));
        assert_eq!(employment_type("osa-aikainen"), Some("part_time"));
        assert_eq!(employment_type("Visstid"), Some("temporary"));
        assert_eq!(employment_type("freelance"), None);
    }
}
