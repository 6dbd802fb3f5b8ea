// What the tests know about a built site: where it is, its base path, and its pages by kind and
// language (read from the HTML itself, so the tests follow any content).
import fs from 'node:fs';
import path from 'node:path';

/** The sites to test: AIKOSITE_SITES="basic=/tmp/x/basic,demo=/tmp/x/demo". */
export function sites() {
  const spec = process.env.AIKOSITE_SITES || '';
  const list = spec.split(',').filter(Boolean).map((pair) => {
    const [name, dir] = pair.split('=');
    return loadSite(name, dir);
  });
  if (list.length === 0) throw new Error('AIKOSITE_SITES is empty: run tests/browser/run.sh');
  return list;
}

export function htmlFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function loadSite(name, dir) {
  const indexHtml = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const canonical = indexHtml.match(/<link rel="canonical" href="([^"]+)"/);
  const basePath = canonical ? new URL(canonical[1]).pathname : '/';
  const pages = htmlFiles(dir).map((file) => {
    const rel = path.relative(dir, file).split(path.sep).join('/');
    const html = fs.readFileSync(file, 'utf8');
    const lang = (html.match(/<html lang="([^"]+)"/) || [])[1];
    const kind = (html.match(/<body class="kind-([a-z0-9-]+)/) || [])[1];
    const sitePath = basePath + rel.replace(/index\.html$/, '');
    return { file, rel, sitePath, lang, kind, html };
  });
  const languages = [...new Set(pages.map((p) => p.lang).filter(Boolean))].sort();
  return { name, dir, basePath, pages, languages };
}

/** The first page of a kind in a language (pages sorted by path), optionally matching `test`. */
export function pageOf(site, kind, lang, test = () => true) {
  return site.pages.find((p) => p.kind === kind && p.lang === lang && test(p));
}

