#!/usr/bin/env python3
"""Helper of bench/serve.sh: saves edits to one job file on a fixed schedule and measures,
for each save, the time until

  (a) reload  – serve's event stream (/__aikosite/events, what an open tab gets) sends a
                `reload` that names the page, after which the page has the new title (the
                page is fetched on each such event, as the browser does), or `errors`;
  (b) page    – the page itself, fetched over HTTP, has the new title;
  (c) feed    – the Atom feed (and with it sitemap and search index, which serve updates
                in the same step) has the new title.

    serve_latency.py HOST:PORT FILE --page /raahe/tyopaikat/x/ --feed /raahe/tyopaikat/atom.xml
                     [--edits 15] [--every 1.0] [--timeout 120] [--no-events] [--json-front]

Saves happen every `--every` seconds whatever the server is doing, as an editor saving
often would; a later save that overtakes an earlier one answers both (the editor sees
their change). Polls the page every ~3 ms and the feed every ~10 ms, over loopback only;
every wait is bounded (--timeout, 120 s after the last save). Restores the file at the end.
Prints every edit and the median and worst of each measure.
"""

import argparse
import http.client
import re
import socket
import statistics
import threading
import time



def sse(host, port, on_event, stop):
    """Reads serve's event stream, calling on_event(name, data, time) for each message."""
    sock = socket.create_connection((host, port), timeout=1.0)
    sock.sendall(f"GET /__aikosite/events HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
    buf = b""
    while not stop.is_set():
        try:
            chunk = sock.recv(65536)
        except socket.timeout:
            continue
        if not chunk:
            return
        now = time.perf_counter()
        buf += chunk
        if b"\r\n\r\n" in buf and buf.startswith(b"HTTP/"):
            buf = buf.split(b"\r\n\r\n", 1)[1]
        while b"\n\n" in buf:
            block, buf = buf.split(b"\n\n", 1)
            name, data = None, []
            for line in block.decode("utf-8", "replace").split("\n"):
                if line.startswith("event: "):
                    name = line[7:]
                elif line.startswith("data: "):
                    data.append(line[6:])
            if name:
                on_event(name, "\n".join(data), now)


def fetch(host, port, path):
    c = http.client.HTTPConnection(host, port, timeout=10)
    try:
        c.request("GET", path)
        r = c.getresponse()
        return r.read().decode("utf-8", "replace") if r.status == 200 else ""
    except OSError:
        return ""
    finally:
        c.close()


def latest(text, marker):
    """The highest edit number `marker N` in text, or -1."""
    found = [int(n) for n in re.findall(re.escape(marker) + r" (\d+)\b", text)]
    return max(found) if found else -1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("addr")
    ap.add_argument("file")
    ap.add_argument("--page", required=True)
    ap.add_argument("--feed", required=True)
    ap.add_argument("--edits", type=int, default=15)
    ap.add_argument("--every", type=float, default=1.0)
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds to wait after the last save")
    ap.add_argument("--no-events", action="store_true", help="no aikosite event stream (e.g. hugo server)")
    ap.add_argument("--json-front", action="store_true", help="the file has JSON front matter (the Hugo twin)")
    a = ap.parse_args()
    host, port = a.addr.rsplit(":", 1)
    port = int(port)
    marker = f"muokattu{int(time.time()) % 100000}"
    original = open(a.file, encoding="utf-8").read()
    # YAML front matter (aikosite) or JSON front matter (the Hugo twin)
    title_re = r'^( "title": ".*)(",)$' if a.json_front else r'^(title: "?.*?)("?\s*)$'
    if not re.search(title_re, original, flags=re.M):
        raise SystemExit(f"{a.file} has no title line")
    saved = []  # save times
    got = {"reload": {}, "page": {}, "feed": {}}
    lock = threading.Lock()
    stop = threading.Event()
    page_key = a.page.strip("/")

    def answer(kind, upto, now):
        with lock:
            for k in range(min(upto + 1, len(saved))):
                if k not in got[kind] and saved[k] <= now:
                    got[kind][k] = now - saved[k]

    def on_event(name, data, now):
        # What a browser does on `reload`: fetch the page. The event answers the saves whose
        # text the page then has (an event for an older save answers nothing newer).
        if name == "reload" and (page_key in data or "changed" not in data):
            answer("reload", latest(fetch(host, port, a.page), marker), now)
        elif name == "errors":
            answer("reload", len(saved) - 1, now)

    def poll():
        n = 0
        while not stop.is_set():
            body = fetch(host, port, a.page)
            answer("page", latest(body, marker), time.perf_counter())
            if n % 3 == 0:
                body = fetch(host, port, a.feed)
                answer("feed", latest(body, marker), time.perf_counter())
            n += 1
            time.sleep(0.003)

    threads = [threading.Thread(target=poll, daemon=True)]
    if not a.no_events:
        threads.append(threading.Thread(target=sse, args=(host, port, on_event, stop), daemon=True))
    for t in threads:
        t.start()
    # Start from a settled server: the page and the feed without an earlier run's edits.
    settle = time.perf_counter() + 300
    while time.perf_counter() < settle:
        if "muokattu" not in fetch(host, port, a.page) + fetch(host, port, a.feed):
            break
        time.sleep(0.2)
    time.sleep(1.0)
    kinds = ["page", "feed"] if a.no_events else ["reload", "page", "feed"]
    try:
        start = time.perf_counter()
        for i in range(a.edits):
            while time.perf_counter() < start + i * a.every:
                time.sleep(0.001)
            text = re.sub(title_re, lambda m: f"{m.group(1)} {marker} {i}{m.group(2)}", original, count=1, flags=re.M)
            with open(a.file, "w", encoding="utf-8") as f:
                f.write(text)
            with lock:
                saved.append(time.perf_counter())
        deadline = time.perf_counter() + a.timeout
        while time.perf_counter() < deadline:
            with lock:
                if all(len(got[k]) == a.edits for k in kinds):
                    break
            time.sleep(0.05)
    finally:
        stop.set()
        with open(a.file, "w", encoding="utf-8") as f:
            f.write(original)
    for i in range(a.edits):
        cells = [f"{k} {got[k][i] * 1000:7.1f} ms" if i in got[k] else f"{k}   (none)" for k in kinds]
        print(f"edit {i + 1:2}: " + "  ".join(cells))
    for k in kinds:
        v = sorted(got[k].values())
        missing = a.edits - len(v)
        if v:
            print(f"{k:6}: median {statistics.median(v) * 1000:7.1f} ms, worst {v[-1] * 1000:7.1f} ms"
                  + (f" ({missing} of {a.edits} never seen within {a.timeout:.0f} s)" if missing else ""))
        else:
            print(f"{k:6}: never seen")
    time.sleep(2.0)  # let the restore settle before the next measurement


if __name__ == "__main__":
    main()
