//! What kind of target a link or a web address is: the one place that decides, for Markdown
//! links and images, front matter web addresses, the base URL and imported postings alike.
//!
//! A target is read the way a browser reads it before it decides what to run: spaces and
//! control characters around it dropped, tabs and line breaks inside it dropped, HTML
//! character references (`&#106;`) and percent-escapes (`%6A`) decoded, letter case ignored.
//! Only `http`, `https`, `mailto` and `tel` are let through as addresses of their own;
//! everything else that names a scheme (`javascript:`, `data:`, `file:`, `vbscript:` …) is
//! [`Target::Refused`].

/// What a link target or a web address is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Nothing written.
    Empty,
    /// `#part-of-this-page`.
    Fragment,
    /// `http://` or `https://` with a real host.
    Web,
    /// `http:`/`https:` (or `//host`) without a real host: `https://`, `http:///x`, `https://a b`.
    BadWeb,
    /// `mailto:…`.
    Mail,
    /// `tel:…`.
    Tel,
    /// `/path` in the site (or `static/`).
    SitePath,
    /// `@/path/under/content.md`.
    Content,
    /// A path relative to the file that links (`../kuva.jpg`, `toinen.md`).
    Relative,
    /// Any other scheme, lower-cased as the browser would read it (`javascript`, `data`).
    Refused(String),
}

impl Target {
    /// A target that leaves the site as written (web, e-mail and phone addresses, anchors).
    pub fn is_external(&self) -> bool {
        matches!(
            self,
            Target::Web | Target::BadWeb | Target::Mail | Target::Tel | Target::Fragment
        )
    }
}

/// Classifies a link target or web address as written.
pub fn classify(text: &str) -> Target {
    let clean = browser_form(text);
    if clean.is_empty() {
        return Target::Empty;
    }
    if clean.starts_with('#') {
        return Target::Fragment;
    }
    if let Some(rest) = clean
        .strip_prefix("//")
        .or_else(|| clean.strip_prefix("\\\\"))
    {
        // A network-path reference: the page's own scheme, another host.
        return if host_ok(rest) {
            Target::Web
        } else {
            Target::BadWeb
        };
    }
    if let Some(scheme) = scheme(&clean) {
        let after = &clean[scheme.len() + 1..];
        return match scheme.as_str() {
            "http" | "https" => match after
                .strip_prefix("//")
                .or_else(|| after.strip_prefix("\\\\"))
            {
                Some(rest) if host_ok(rest) && !text.trim().contains(char::is_whitespace) => {
                    Target::Web
                }
                _ => Target::BadWeb,
            },
            "mailto" => Target::Mail,
            "tel" => Target::Tel,
            _ => Target::Refused(scheme),
        };
    }
    if clean.starts_with("@/") {
        Target::Content
    } else if clean.starts_with('/') || clean.starts_with('\\') {
        Target::SitePath
    } else {
        Target::Relative
    }
}

/// `https://host…` with a real host: what front matter web addresses must be.
pub fn is_web_address(text: &str) -> bool {
    classify(text) == Target::Web && scheme(&browser_form(text)).is_some()
}

/// The host (and port) of a web address: `https://example.fi:8080/x` → `example.fi:8080`.
pub fn host(url: &str) -> Option<&str> {
    let (_, rest) = url.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some(&rest[..end])
}

/// The scheme of `clean`, lower-cased: letters, then letters, digits, `+`, `-`, `.` up to a `:`.
fn scheme(clean: &str) -> Option<String> {
    let colon = clean.find(':')?;
    let s = &clean[..colon];
    let mut chars = s.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then(|| s.to_ascii_lowercase())
}

/// The part before the path (`user@host:port`) names a real host: a domain with a dot, an IP
/// address, `[::1]` or `localhost`; no spaces, nothing a host may not hold.
fn host_ok(after_slashes: &str) -> bool {
    let end = after_slashes
        .find(['/', '\\', '?', '#'])
        .unwrap_or(after_slashes.len());
    let authority = &after_slashes[..end];
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if let Some(v6) = host_port.strip_prefix('[') {
        return v6
            .split_once(']')
            .is_some_and(|(ip, _)| ip.parse::<std::net::Ipv6Addr>().is_ok());
    }
    let host = match host_port.rsplit_once(':') {
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
        Some(_) => return false,
        None => host_port,
    };
    if host.eq_ignore_ascii_case("localhost") || host.parse::<std::net::Ipv4Addr>().is_ok() {
        return true;
    }
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().any(char::is_alphabetic))
}

/// The target as a browser reads it before choosing what to do with it: character references
/// and percent-escapes decoded (again while they change it: `&amp;#106;`, `%256A`), tabs and
/// line breaks removed, control characters and spaces trimmed from both ends.
fn browser_form(text: &str) -> String {
    let mut s: String = text.to_string();
    // Each round makes the text shorter, so this ends; a few rounds undo any real nesting.
    for _ in 0..4 {
        let decoded = percent_decode(&decode_references(&s));
        if decoded == s {
            break;
        }
        s = decoded;
    }
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    s.trim_matches(|c: char| c.is_control() || c.is_whitespace() || c == '\u{feff}')
        .to_string()
}

/// `&#106;`, `&#x6A;`, `&colon;`, `&Tab;`, `&NewLine;`, `&amp;` decoded; others left as written.
fn decode_references(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let name_len = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map_or(rest.len() - 1, |n| n);
        let name = &rest[1..1 + name_len];
        let decoded = if let Some(num) = name.strip_prefix('#') {
            let n = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse::<u32>().ok(),
            };
            n.and_then(char::from_u32)
        } else {
            match name.to_ascii_lowercase().as_str() {
                "colon" => Some(':'),
                "tab" => Some('\t'),
                "newline" => Some('\n'),
                "amp" => Some('&'),
                "sol" => Some('/'),
                "num" => Some('#'),
                "percnt" => Some('%'),
                _ => None,
            }
        };
        match decoded {
            Some(c) if !name.is_empty() => {
                out.push(c);
                let used = 1 + name_len;
                rest = &rest[used..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push(h * 16 + l);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_targets() {
        assert_eq!(classify("https://example.fi/x?y#z"), Target::Web);
        assert_eq!(classify("HTTP://Example.FI"), Target::Web);
        assert_eq!(classify("http://localhost:1111/"), Target::Web);
        assert_eq!(classify("https://192.168.1.1/"), Target::Web);
        assert_eq!(classify("https://[::1]:8080/"), Target::Web);
        assert_eq!(classify("https://työpaikat.fi"), Target::Web);
        assert_eq!(classify("https://rekry_2.example.fi"), Target::Web);
        assert_eq!(classify("//example.fi/x"), Target::Web);
        assert_eq!(classify("mailto:rekry@example.fi"), Target::Mail);
        assert_eq!(classify("tel:+358401234567"), Target::Tel);
        assert_eq!(classify("#palkka"), Target::Fragment);
        assert_eq!(classify("/esite.pdf"), Target::SitePath);
        assert_eq!(classify("@/towns/raahe/jobs/x.md"), Target::Content);
        assert_eq!(classify("../kuva.jpg"), Target::Relative);
        assert_eq!(classify("kuva.jpg"), Target::Relative);
        assert_eq!(classify("  "), Target::Empty);
        // a colon after a slash is part of the path, not a scheme
        assert_eq!(classify("kuvat/klo:12.jpg"), Target::Relative);
    }

    #[test]
    fn hosts_must_be_real() {
        for bad in [
            "https://",
            "http:///x",
            "https://x",
            "https://exa mple.fi",
            "https:// example.fi",
            "https://example.fi/a b",
            "https:example.fi",
            "https://.fi",
            "https://example.",
            "https://example.fi:80a/",
            "https://-a.fi",
        ] {
            assert_eq!(classify(bad), Target::BadWeb, "{bad}");
            assert!(!is_web_address(bad), "{bad}");
        }
        assert!(is_web_address("https://example.fi"));
        assert!(!is_web_address("//example.fi"));
        assert!(!is_web_address("mailto:a@b.fi"));
    }

    #[test]
    fn javascript_in_any_spelling_is_refused() {
        let js = Target::Refused("javascript".into());
        for s in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "  javascript:alert(1)",
            "\u{1}\u{8}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A;avascript:alert(1)",
            "&#X6a&#97;vascript:alert(1)",
            "javascript&colon;alert(1)",
            "%6Aavascript:alert(1)",
            "%256Aavascript:alert(1)",
            "&amp;#106;avascript:alert(1)",
            "java&Tab;script:alert(1)",
        ] {
            assert_eq!(classify(s), js, "{s:?}");
        }
        assert_eq!(
            classify("data:text/html;base64,PHNjcmlwdD4="),
            Target::Refused("data".into())
        );
        assert_eq!(classify("VBScript:x"), Target::Refused("vbscript".into()));
        assert_eq!(
            classify("file:///etc/passwd"),
            Target::Refused("file".into())
        );
        assert_eq!(classify("ftp://example.fi"), Target::Refused("ftp".into()));
        assert_eq!(classify("C:\\kuvat\\a.jpg"), Target::Refused("c".into()));
    }

    #[test]
    fn host_of_an_address() {
        assert_eq!(host("https://example.fi:8080/x"), Some("example.fi:8080"));
        assert_eq!(host("https://example.fi"), Some("example.fi"));
        assert_eq!(host("example.fi"), None);
    }
}
