// Picks the pages of built sites that the HTML validator checks: a small set in which every
// template shape occurs at least once, rather than every page.
//
//   node lib/pick-pages.js [--explain] SITE_DIR...     prints one HTML file a line
//
// A page is described by tokens read from its HTML: its language and kind (`<body
// class="kind-…">`), for a list its section (its `data-count-one` text), whether it is a
// filter page, a later page of a pagination, scoped to a town, enhanced with the filter script,
// empty; and every element name and every class name in it (so each partial and each optional
// block of a template is in some picked page). Per site, pages are taken in path order and a
// page is picked when it has a token no picked page of its language has yet: every language of
// every site gets its home, town, each list section, each item kind, a filter page, a
// pagination page, the free pages, 404 and search, plus whatever markup only some pages have.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './site.js';

/** The tokens of one page (see the top of this file). */
export function tokens(html) {
  const t = new Set();
  const lang = (html.match(/<html lang="([^"]+)"/) || [])[1] || '?';
  const kind = (html.match(/<body class="kind-([a-z0-9-]+)/) || [])[1] || '?';
  t.add(`kind:${kind}`);
  if (kind === 'list') {
    const section = (html.match(/data-count-one="([^"]*)"/) || [])[1] || '?';
    t.add(`list:${section}`);
    const town = /class="list-head" style=/.test(html);
    if (town) t.add('list:town');
    else if (/class="filter-reset"/.test(html)) t.add('list:filtered');
    if (/rel="prev"/.test(html)) t.add('list:later-page');
    if (/data-filter-form/.test(html)) t.add('list:enhanced');
    if (/data-filter-empty>/.test(html)) t.add('list:empty');
  }
  for (const m of html.matchAll(/<([a-z][a-z0-9-]*)[\s>]/g)) t.add(`tag:${m[1]}`);
  for (const m of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const c of m[1].split(/\s+/)) if (c && !c.includes('{')) t.add(`class:${c}`);
  }
  return { lang, tokens: t };
}

/** The picked files of one built site, in path order, each with the tokens it was picked for. */
export function pick(dir) {
  const seen = new Map(); // language -> tokens covered
  const picked = [];
  for (const file of htmlFiles(dir)) {
    const { lang, tokens: t } = tokens(fs.readFileSync(file, 'utf8'));
    if (!seen.has(lang)) seen.set(lang, new Set());
    const covered = seen.get(lang);
    const fresh = [...t].filter((x) => !covered.has(x));
    if (fresh.length === 0) continue;
    fresh.forEach((x) => covered.add(x));
    picked.push({ file, lang, fresh });
  }
  return picked;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const explain = args[0] === '--explain';
  const dirs = explain ? args.slice(1) : args;
  if (dirs.length === 0) {
    console.error('usage: node lib/pick-pages.js [--explain] SITE_DIR...');
    process.exit(2);
  }
  for (const dir of dirs) {
    for (const p of pick(dir)) {
      if (explain) console.log(`${path.relative(dir, p.file)}  [${p.lang}] ${p.fresh.filter((x) => !x.startsWith('class:') && !x.startsWith('tag:')).join(' ')} (+${p.fresh.length} tokens)`);
      else console.log(p.file);
    }
  }
}
