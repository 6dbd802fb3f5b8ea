//! The editors' commands speak the editor's language: `new`, `import jobs` and their mistakes
//! in Finnish and Swedish (the English words are pinned by the other editors' tests).

mod common;
use common::editors::*;

fn new_in(root: &std::path::Path, lang: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--messages", lang];
    all.extend_from_slice(args);
    new(root, &all)
}

#[test]
fn new_in_finnish_and_swedish() {
    let dir = site();
    let root = dir.path();
    let (code, out, err) = new_in(root, "fi", &["job", "--town", "raahe", "Särmääjä"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("luotiin uusi `job`:"), "{out}");
    assert!(
        out.contains("seuraavaksi: kirjoita teksti tiedostoon"),
        "{out}"
    );
    assert!(out.contains("ja sen käännöksiin"), "{out}");
    // The same name again: refused, in Swedish.
    let (code, _, err) = new_in(root, "sv", &["job", "--town", "raahe", "Särmääjä"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("fel: det finns redan en `job` med namnet `sarmaaja`"),
        "{err}"
    );
    assert!(err.contains("skriver aldrig över filer"), "{err}");
    let (code, _, err) = new_in(root, "fi", &["työpaikka", "--town", "raahe", "X"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("`työpaikka` ei ole mitään, minkä `aikosite new` osaa luoda"),
        "{err}"
    );
    assert!(err.contains("vaihtoehdot ovat: town, job"), "{err}");
    let (code, _, err) = new_in(root, "fi", &["job", "--town", "rahe", "X"]);
    assert_eq!(code, 2);
    assert!(err.contains("kaupunkia `rahe` ei ole"), "{err}");
    assert!(err.contains("tarkoititko `raahe`?"), "{err}");
    let (code, _, err) = new_in(root, "sv", &["job", "X"]);
    assert_eq!(code, 2);
    assert!(err.contains("vilken stad hör den nya `job` till?"), "{err}");
    let (code, _, err) = new_in(root, "fi", &["page", "--town", "raahe", "Tietoa"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("`page` ei kuulu millekään kaupungille"),
        "{err}"
    );
    let (code, _, err) = new_in(root, "sv", &["page", "!!!"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("`!!!` har inga bokstäver eller siffror"),
        "{err}"
    );
    let (code, out, err) = new_in(root, "fi", &["town", "Kärsämäki"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("seuraavaksi: täytä"), "{out}");
    let (code, _, err) = new_in(root, "fi", &["town", "Kärsämäki"]);
    assert_eq!(code, 2);
    assert!(err.contains("kaupunki `karsamaki` on jo olemassa"), "{err}");
    let (code, _, err) = new_in(root, "sv", &["job", "--town", "karsamaki", "Svetsare"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("staden `karsamaki` har inga företag än"),
        "{err}"
    );
    assert!(err.contains("skapa arbetsgivaren först"), "{err}");
}

#[test]
fn import_in_finnish_and_swedish() {
    let dir = site();
    let root = dir.path();
    let (code, out, err) = import(root, "virheet.csv", &["--messages", "fi", "--dry-run"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("virhe: rivi "), "{err}");
    assert!(err.contains("ei ole verkko-osoite"), "{err}");
    assert!(out.contains("kokeilu: "), "{out}");
    assert!(out.contains("mitään ei kirjoitettu"), "{out}");
    let (code, out, err) = import(root, "tyopaikat-excel.csv", &["--messages", "sv"]);
    assert!(code == 0 || code == 1, "{err}");
    assert!(
        out.contains("importerade ") || out.contains("inget importerades"),
        "{out}"
    );
    let (code, _, err) = import(root, "tyopaikat.txt.zip", &["--messages", "fi"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("aikosite ei osaa tuoda `.zip`-tiedostoja"),
        "{err}"
    );
    let (code, _, err) = run(bin()
        .args([
            "import",
            "yritykset",
            "x.csv",
            "--town",
            "raahe",
            "--messages",
            "sv",
            "--root",
        ])
        .arg(root)
        .args(["--today", TODAY]));
    assert_eq!(code, 2);
    assert!(
        err.contains("aikosite kan inte importera `yritykset`"),
        "{err}"
    );
    assert!(err.contains("bara jobb kan importeras"), "{err}");
    let (code, _, err) = run(bin()
        .args([
            "import",
            "jobb",
            "x.csv",
            "--town",
            "raahe",
            "--messages",
            "fi",
            "--root",
        ])
        .arg(root)
        .args(["--today", TODAY]));
    assert_eq!(code, 2);
    assert!(err.contains("tarkoititko `jobs`?"), "{err}");
}
