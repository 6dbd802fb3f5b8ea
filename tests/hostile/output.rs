//! See main.rs: the output cases (output and staging folders, I/O errors).

use super::Site;
use crate::common::TODAY;
use std::path::Path;

/// `aikosite build --output OUT --force` (the site root is added by `run`).
fn build_into(site: &Site, out: &Path) -> super::Run {
    site.run(&[
        "build",
        "--today",
        TODAY,
        "--force",
        "--output",
        out.to_str().expect("a UTF-8 path"),
    ])
}

#[test]
fn an_output_inside_the_sites_own_folders_is_refused_even_with_force() {
    let site = Site::new();
    for folder in ["content", "static", "templates", "themes"] {
        for out in [
            site.root().join(folder),
            site.root().join(folder).join("out"),
        ] {
            let existed = out.exists();
            build_into(&site, &out).expect(
                2,
                &[&format!("inside the site's `{folder}` folder"), "`public`"],
            );
            assert_eq!(out.exists(), existed, "{} was made", out.display());
            assert!(!out.join(".aikosite-output").exists());
        }
    }
    // the site's own folder, and a folder that contains it
    build_into(&site, site.root()).expect(2, &["contains it"]);
    let parent = site.root().parent().expect("a parent");
    build_into(&site, parent).expect(2, &["contains it"]);
    site.assert_output_kept();
    assert!(
        !site.root().join("content/out").exists(),
        "nothing written in content/"
    );
}

#[test]
fn a_killed_builds_staging_folder_is_removed_by_the_next_build() {
    let site = Site::new();
    let marked = |name: &str| {
        let dir = site.root().join(name);
        std::fs::create_dir_all(dir.join("raahe")).expect("mkdir");
        std::fs::write(dir.join(".aikosite-output"), "written by aikosite\n").expect("marker");
        std::fs::write(dir.join("raahe/index.html"), "half a page").expect("page");
        dir
    };
    // as a killed build leaves them: marked, of a process that is gone (Linux process ids
    // stop at 4,194,304)
    let stale_new = marked(".public.aikosite-new-9000001");
    let stale_old = marked(".public.aikosite-old-9000002");
    // one a running build is writing: its process (this test) is alive
    let running = marked(&format!(".public.aikosite-new-{}", std::process::id()));
    // not marked as aikosite's: never touched
    let foreign = site.root().join(".public.aikosite-new-9000004");
    std::fs::create_dir_all(&foreign).expect("mkdir");
    std::fs::write(foreign.join("notes.txt"), "mine").expect("write");

    site.build(&[]).expect(0, &[]);
    assert!(
        !stale_new.exists(),
        "the killed build's staging folder is gone"
    );
    assert!(!stale_old.exists(), "the killed build's old output is gone");
    assert!(
        running.join("raahe/index.html").exists(),
        "a running build's folder stays"
    );
    assert!(
        foreign.join("notes.txt").exists(),
        "a folder not marked stays"
    );
}

#[test]
fn a_slug_too_long_for_the_file_system_is_a_content_error() {
    let site = Site::new();
    let job = "content/towns/raahe/jobs/cnc-koneistaja.fi.md";
    let text = std::fs::read_to_string(site.root().join(job)).expect("the job");
    let slug = "koneistaja-".repeat(30);
    site.write(
        job,
        text.replacen("company:", &format!("slug: {slug}\ncompany:"), 1),
    );
    site.refuses(1, &[&format!("{job}:3:7"), "329 bytes long", "at most 255"]);
}
