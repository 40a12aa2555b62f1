"""The web app under load, while the story is being updated.

A store is built from a corpus but its ``add`` latest articles; ``storyline serve`` serves it
on 127.0.0.1 in a process of its own; ``clients`` clients (HTTP/1.1 keep-alive, one asyncio
connection each) ask for the story page and event pages for ``seconds`` seconds while
``storyline add`` brings in the held-back articles in another process. Every answer must be
200 (or the 404 the new story gives for an event it no longer has) and must be, byte for byte,
the page of the story before the update or after it: a page with half an update is counted.
"""

from __future__ import annotations

import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import replace
from hashlib import sha1
from pathlib import Path
from typing import Any

from storyline.settings import Settings

EVENT_PAGES = 200


def run_load_bench(
    corpus: str,
    clients: int = 50,
    seconds: float = 60.0,
    add: int = 20,
    settings: Settings | None = None,
    port: int | None = None,
) -> dict[str, Any]:
    from storyline.evaluate.speed import split_latest
    from storyline.store import add_articles, open_store

    settings = settings or Settings()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        old_inputs, new_inputs = split_latest(corpus, add, settings, folder)
        location = str(folder / "story.db")
        with open_store(location, create=True) as store:
            add_articles(store, old_inputs, settings)
        port = port or free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [sys.executable, "-m", "storyline", "serve", location, "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait_for(base + "/")
            story = json.loads(_get(base + "/api/story")[1])
            events = [i for g in story["timeline"] for e in g["entries"] for i in e["event_ids"]]
            events = list(dict.fromkeys(events))[:EVENT_PAGES]
            urls = ["/"] * max(1, len(events) // 2) + [f"/events/{i}" for i in events]
            before = {u: _fingerprint(*_get(base + u)) for u in set(urls)}
            update_settings = replace(settings, workers=1, cache_dir=None)
            adder = subprocess.Popen(
                [sys.executable, "-m", "storyline", "add", *new_inputs, "--store", location,
                 "--workers", str(update_settings.workers), "--quiet"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )  # fmt: skip
            started = time.perf_counter()
            finished: list[float] = []

            def wait_for_add() -> None:
                adder.wait()
                finished.append(time.perf_counter() - started)

            waiter = threading.Thread(target=wait_for_add)
            waiter.start()
            results = asyncio.run(_load(port, urls, clients, seconds))
            waiter.join()
            add_seconds = finished[0]
            after = {u: _fingerprint(*_get(base + u)) for u in set(urls)}
        finally:
            server.terminate()
            server.wait(timeout=30)
    failed = [r for r in results if r[1] != 200 and (r[1], r[2]) != after[r[0]]]
    torn = [r for r in results if (r[1], r[2]) not in (before[r[0]], after[r[0]])]
    figures: dict[str, Any] = {
        "corpus": corpus,
        "clients": clients,
        "seconds": seconds,
        "requests": len(results),
        "requests_per_s": round(len(results) / seconds, 1),
        "failed": len(failed),
        "half_written_pages": len(torn),
        "added_articles": add,
        "add_seconds": round(add_seconds, 1),
        "add_within_the_load": add_seconds <= seconds,
        "add_ok": adder.returncode == 0,
        "pages_from_before_the_update": sum(1 for r in results if (r[1], r[2]) == before[r[0]]),
    }
    for name, kind in (("story", "/"), ("event", "/events/")):
        times = sorted(r[3] for r in results if (r[0] == "/") == (kind == "/"))
        if times:
            cuts = statistics.quantiles(times, n=100)
            figures[f"{name}_pages"] = len(times)
            figures[f"{name}_p50_ms"] = round(cuts[49] * 1000, 1)
            figures[f"{name}_p95_ms"] = round(cuts[94] * 1000, 1)
            figures[f"{name}_p99_ms"] = round(cuts[98] * 1000, 1)
    return figures


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _fingerprint(status: int, body: bytes) -> tuple[int, str]:
    return status, sha1(body).hexdigest()


def _wait_for(url: str) -> None:
    for _ in range(600):
        try:
            if _get(url)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the server did not answer at {url}")


async def _load(
    port: int, urls: list[str], clients: int, seconds: float
) -> list[tuple[str, int, str, float]]:
    stop = time.perf_counter() + seconds
    results: list[tuple[str, int, str, float]] = []
    await asyncio.gather(*(_client(port, urls, stop, results, n) for n in range(clients)))
    return results


async def _client(port: int, urls: list[str], stop: float, results: list[Any], seed: int) -> None:
    """One keep-alive connection asking for pages until ``stop``: (url, status, body
    fingerprint, seconds) per answer."""
    chooser = random.Random(seed)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() < stop:
            url = chooser.choice(urls)
            start = time.perf_counter()
            writer.write(f"GET {url} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            await writer.drain()
            status = int((await reader.readline()).split()[1])
            length = 0
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            body = await reader.readexactly(length)
            elapsed = time.perf_counter() - start
            results.append((url, status, sha1(body).hexdigest(), elapsed))
    finally:
        writer.close()
