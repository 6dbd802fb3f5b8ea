#!/usr/bin/env python3
"""Helper of bench/serve.sh: edits one job file repeatedly and measures the time from the
saved edit to the `reload` message on serve's event stream (what an open browser tab gets).

    bench/serve_latency.py HOST:PORT FILE [--edits 15] [--pause 1.0]

Prints every edit's time and the median. Talks only to the given loopback address.
"""

import argparse
import re
import socket
import statistics
import time


def events(sock):
    """Yields (event, data) from a server-sent event stream (headers already read)."""
    buf = b""
    while True:
        while b"\n\n" not in buf:
            chunk = sock.recv(65536)
            if not chunk:
                return
            buf += chunk
        block, buf = buf.split(b"\n\n", 1)
        name, data = None, []
        for line in block.decode("utf-8", "replace").split("\n"):
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data.append(line[6:])
        if name:
            yield name, "\n".join(data)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("addr")
    ap.add_argument("file")
    ap.add_argument("--edits", type=int, default=15)
    ap.add_argument("--pause", type=float, default=1.0)
    a = ap.parse_args()
    host, port = a.addr.rsplit(":", 1)
    sock = socket.create_connection((host, int(port)), timeout=120)
    sock.sendall(f"GET /__aikosite/events HTTP/1.1\r\nHost: {a.addr}\r\n\r\n".encode())
    head = b""
    while b"\r\n\r\n" not in head:
        head += sock.recv(1)
    stream = events(sock)
    name, _ = next(stream)
    assert name == "hello", name
    original = open(a.file, encoding="utf-8").read()
    times = []
    try:
        for i in range(a.edits):
            text = re.sub(r"^title: (.*)$", lambda m: f"title: {m.group(1)} muokattu {i}", original, count=1, flags=re.M)
            with open(a.file, "w", encoding="utf-8") as f:
                f.write(text)
            saved = time.perf_counter()
            # The page's own reload (a later one lists only the sitemap, feeds and search index).
            for name, data in stream:
                if name == "errors" or (name == "reload" and "index.html" in data):
                    break
            ms = (time.perf_counter() - saved) * 1000
            times.append(ms)
            print(f"edit {i + 1}: {name} after {ms:.1f} ms", flush=True)
            time.sleep(a.pause)
    finally:
        with open(a.file, "w", encoding="utf-8") as f:
            f.write(original)
    times.sort()
    print(f"median {statistics.median(times):.1f} ms, min {times[0]:.1f} ms, max {times[-1]:.1f} ms over {len(times)} edits")


if __name__ == "__main__":
    main()
