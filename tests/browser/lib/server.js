// A tiny static server for a built site: 127.0.0.1, a random port, the site under its base
// path (`/kampanja/`), `/404.html` or `/LANG/404.html` with status 404 for anything missing.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.ics': 'text/calendar',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts serving `root` at `basePath`; resolves to { url, port, close() }. */
export function serve(root, basePath = '/') {
  const realRoot = fs.realpathSync(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let p;
    try {
      p = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const send404 = () => {
      const rel = p.startsWith(basePath) ? p.slice(basePath.length) : '';
      const lang = rel.match(/^([a-z]{2})\//);
      let file = path.join(realRoot, lang ? `${lang[1]}/404.html` : '404.html');
      if (!fs.existsSync(file)) file = path.join(realRoot, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(fs.existsSync(file) ? fs.readFileSync(file) : 'not found');
    };
    if (!p.startsWith(basePath)) return send404();
    let file = path.join(realRoot, p.slice(basePath.length));
    if (!file.startsWith(realRoot)) return send404();
    if (p.endsWith('/')) file = path.join(file, 'index.html');
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        // /x without the slash: redirect like a static host does.
        if (!p.endsWith('/') && fs.existsSync(path.join(file, 'index.html'))) {
          res.writeHead(301, { location: p + '/' });
          res.end();
          return;
        }
        return send404();
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        port,
        origin: `http://127.0.0.1:${port}`,
        url: (sitePath) => `http://127.0.0.1:${port}${sitePath}`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}
