import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline import Settings
from storyline.evaluate.load import free_port
from storyline.store import add_articles, open_store

TALKS = Path(__file__).resolve().parents[1] / "data" / "talks" / "articles.jsonl"
TOKEN = "test-token-4f9a"


def talks_store(folder: Path) -> str:
    """A store of the four talks articles, added in two updates (so there is something new)."""
    records = sorted(
        (json.loads(line) for line in TALKS.read_text().splitlines()), key=lambda r: r["published"]
    )
    location = str(folder / "talks.db")
    with open_store(location, create=True) as store:
        for n, batch in enumerate((records[:2], records[2:])):
            path = folder / f"batch{n}.jsonl"
            path.write_text("".join(json.dumps(r) + "\n" for r in batch))
            add_articles(store, [str(path)], Settings(workers=1))
    return location


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    return talks_store(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def server(store_path: str) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1, accepting articles with TOKEN."""
    import uvicorn

    from storyline.web.app import create_app

    port = free_port()
    config = uvicorn.Config(
        create_app(store_path, allow_add=True, token=TOKEN),
        host="127.0.0.1",
        port=port,
        log_level="warning",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
