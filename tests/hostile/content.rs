//! See main.rs: the content cases.

use super::Site;

const JOB: &str = "content/towns/raahe/jobs/cnc-koneistaja.fi.md";
const JOB_PAGE: &str = "raahe/tyopaikat/cnc-koneistaja/index.html";
const STORY: &str = "content/towns/raahe/stories/hitsaajan-paiva.fi.md";
const STORY_PAGE: &str = "raahe/tarinat/hitsaajan-paiva/index.html";

/// The fixture's job with `extra` added after its body (which ends on line 22), from line 24.
fn job_with(site: &Site, extra: &str) {
    let text = std::fs::read_to_string(site.root().join(JOB)).expect("the fixture's job");
    assert_eq!(text.lines().count(), 22, "the job's body ends on line 22");
    site.write(JOB, format!("{text}\n{extra}"));
}

fn page(site: &Site, rel: &str) -> String {
    std::fs::read_to_string(site.out().join(rel)).expect("the page")
}

#[test]
fn script_links_in_any_spelling_are_refused() {
    let site = Site::new();
    // Line 24 on: one link a line.
    job_with(
        &site,
        "[a](javascript:alert(1))\n\
         [b](JaVaScRiPt:alert(1))\n\
         [c](&#106;avascript:alert(1))\n\
         [d](&#x6A;avascript:alert(1))\n\
         [e](%6Aavascript:alert(1))\n\
         [f](<java\tscript:alert(1)>)\n\
         [g](data:text/html;base64,PHNjcmlwdD4=)\n\
         [h](vbscript:msgbox)\n\
         [i](file:///etc/passwd)\n\
         <javascript:alert(1)>\n\
         ![j](data:image/svg+xml;base64,PHN2Zz4=)\n\
         [k](https:///x)\n",
    );
    let run = site.refuses(1, &[]);
    for line in 24..=33 {
        run.expect(
            1,
            &[
                &format!("cnc-koneistaja.fi.md:{line}:"),
                "may lead only to a web page (https://…), an e-mail address",
            ],
        );
    }
    run.expect(
        1,
        &[
            "cnc-koneistaja.fi.md:34:1",
            "a picture must be a file of this site",
        ],
    );
    run.expect(
        1,
        &["cnc-koneistaja.fi.md:35:1", "is not a complete web address"],
    );
}

#[test]
fn web_addresses_in_front_matter_need_a_real_host() {
    let site = Site::new();
    let text = std::fs::read_to_string(site.root().join(JOB)).expect("the fixture's job");
    site.write(
        JOB,
        text.replace(
            "apply_url: https://perameren-teras.example/rekry/cnc",
            "apply_url: \" javascript:alert(1)\"",
        ),
    );
    let company = "content/towns/raahe/companies/perameren-teras.yaml";
    let yaml = std::fs::read_to_string(site.root().join(company)).expect("the company");
    assert!(yaml.contains("website:"), "{yaml}");
    let website_line = yaml
        .lines()
        .position(|l| l.starts_with("website:"))
        .expect("website")
        + 1;
    let yaml: String = yaml
        .lines()
        .map(|l| {
            if l.starts_with("website:") {
                "website: https://".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    site.write(company, yaml);
    site.refuses(
        1,
        &[
            "cnc-koneistaja.fi.md:9:12",
            "is not a web address",
            "starting with https://",
            &format!("perameren-teras.yaml:{website_line}:10"),
            "`https://` is not a complete web address",
        ],
    );
}

#[test]
fn raw_html_is_shown_as_text_with_a_warning() {
    let site = Site::new();
    job_with(
        &site,
        "<div onclick=\"alert(1)\">\n<script>alert(2)</script>\n</div>\n\nTeksti <img src=x onerror=alert(3)> ja ## {onclick=x}\n\n## Otsikko {onclick=alert(4)}\n",
    );
    let run = site.build(&[]);
    run.expect(
        0,
        &[
            "cnc-koneistaja.fi.md:24:1",
            "HTML code `<div onclick=\"alert(1)\">` is shown on the page as text",
            "cnc-koneistaja.fi.md:28:8",
            "raw_html: true",
        ],
    );
    let html = page(&site, JOB_PAGE);
    assert!(
        html.contains("&lt;div onclick=&quot;alert(1)&quot;&gt;")
            || html.contains("&lt;div onclick=\"alert(1)\"&gt;"),
        "the tag is text"
    );
    assert!(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"));
    for live in [
        "<div onclick",
        "<script>alert",
        "<img src=x",
        "onclick=\"alert(4)\"",
    ] {
        assert!(!html.contains(live), "{live} is live");
    }
    assert!(
        html.contains("Otsikko {onclick=alert(4)}</h2>"),
        "braces stay text"
    );
}

#[test]
fn raw_html_when_allowed_never_writes_code() {
    let site = Site::new();
    let config = std::fs::read_to_string(site.root().join("aikosite.yaml")).expect("config");
    site.write(
        "aikosite.yaml",
        format!("{config}markdown: {{ raw_html: true }}\n"),
    );
    job_with(
        &site,
        "<div class=\"laatikko\" onclick=\"alert(1)\" style=\"background:url(https://e.fi/x)\">\n<b onmouseover=alert(2)>Lihava</b> <a href=\"&#106;avascript:alert(3)\">x</a>\n<iframe src=\"https://e.fi\"></iframe><object data=x></object><embed src=x>\n<script>alert(4)</script>\n</div>\n",
    );
    let run = site.build(&[]);
    run.expect(0, &[]);
    assert!(!run.stderr.contains("is shown on the page as text"));
    let html = page(&site, JOB_PAGE);
    assert!(html.contains("<div class=\"laatikko\">"), "the box is kept");
    assert!(html.contains("<b>Lihava</b>"));
    for bad in [
        "onclick",
        "onmouseover",
        "alert(",
        "<iframe",
        "<object",
        "<embed",
        "https://e.fi",
        "javascript",
    ] {
        assert!(!html.contains(bad), "{bad} was written");
    }
    // a misspelt key is still an error
    site.write(
        "aikosite.yaml",
        format!("{config}markdown: {{ raw_htm: true }}\n"),
    );
    site.build(&[]).expect(1, &["aikosite.yaml:", "raw_htm"]);
}

#[test]
fn svg_pictures_that_run_code_or_load_things_are_refused() {
    let site = Site::new();
    // The story shows kuvio.svg; a logo in static/ is copied as it is.
    let svg = "content/towns/raahe/stories/kuvio.svg";
    site.write(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n<rect width=\"10\" height=\"10\"/>\n<script>alert(1)</script>\n</svg>\n",
    );
    site.write(
        "static/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">\n<image xlink:href=\"https://e.fi/x.png\"/>\n</svg>\n",
    );
    site.write(
        "static/pommi.svg",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY a \"aaaaaaaa\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>\n",
    );
    site.write(
        "static/kasittelija.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>\n",
    );
    site.refuses(
        1,
        &[
            "hitsaajan-paiva.fi.md:7:22",
            "kuvio.svg:3 contains a script",
            "static/logo.svg:2 loads `https://e.fi/x.png` from outside the file",
            "static/pommi.svg:2 has a DOCTYPE",
            "static/kasittelija.svg:1 has an attribute `onload` that runs code",
            "export the picture again as plain SVG",
        ],
    );
    let story = page(&site, STORY_PAGE);
    assert!(!story.contains("alert"));
}

#[test]
fn nfc_and_nfd_spellings_name_the_same_file() {
    let site = Site::new();
    let nfd = |s: &str| {
        s.replace('ä', "a\u{308}")
            .replace('ö', "o\u{308}")
            .replace('å', "a\u{30a}")
    };
    // Files saved the macOS way (NFD), named in links as typed (NFC) …
    let svg = std::fs::read(site.root().join("content/towns/raahe/stories/kuvio.svg"))
        .expect("the fixture's svg");
    site.write(&nfd("content/towns/raahe/stories/työmaa.svg"), &svg);
    site.write(&nfd("static/esitteet/hakijan-opas-sähkö.txt"), "opas");
    site.write(&nfd("content/towns/raahe/stories/ohje-työhön.txt"), "ohje");
    site.write(
        &nfd("content/pages/työhyvinvointi.fi.md"),
        "---\ntitle: Työhyvinvointi\n---\nTeksti.\n",
    );
    // … and a file saved NFC, named NFD.
    site.write("content/towns/raahe/stories/kesä.svg", &svg);
    let text = std::fs::read_to_string(site.root().join(STORY)).expect("the story");
    site.write(
        STORY,
        format!(
            "{text}\n\n<rekry@example.fi> ![Työmaa](työmaa.svg) ![Kesä]({}) [opas](/esitteet/hakijan-opas-sähkö.txt) [ohje](ohje-työhön.txt) [hyvinvointi](@/pages/työhyvinvointi.md)\n",
            nfd("kesä.svg")
        ),
    );
    let run = site.build(&[]);
    run.expect(0, &[]);
    let story = page(&site, STORY_PAGE);
    assert!(story.contains("alt=\"Työmaa\""), "the NFD picture is shown");
    assert!(
        story.contains("href=\"mailto:rekry@example.fi\""),
        "an e-mail autolink"
    );
    assert!(story.contains("alt=\"Kesä\""), "the NFC picture is shown");
    assert!(
        story.contains("href=\"/kampanja/tyohyvinvointi/\""),
        "the NFD page by its NFC name"
    );
    // the links lead to the files as they are written out
    let hrefs: Vec<String> = story
        .split("href=\"")
        .skip(1)
        .filter_map(|h| h.split('"').next())
        .filter(|h| h.starts_with("/kampanja/"))
        .map(percent_decoded)
        .collect();
    for (name, folder) in [
        (nfd("hakijan-opas-sähkö.txt"), "esitteet"),
        (nfd("ohje-työhön.txt"), ""),
    ] {
        let href = hrefs
            .iter()
            .find(|h| h.ends_with(&name))
            .unwrap_or_else(|| panic!("no link to {name:?} among {hrefs:?}"));
        assert!(href.contains(folder));
        let written = href.trim_start_matches("/kampanja/");
        assert!(site.out().join(written).is_file(), "{written} was written");
    }
}

fn percent_decoded(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(v);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8")
}
