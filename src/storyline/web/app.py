"""The local web app over a store: server-rendered pages that work without JavaScript, each
with a JSON twin under /api/ (described by /openapi.json), read-only unless started to accept
articles with a token.

Safe by default: article text, titles and names are untrusted web content and are always
escaped (Jinja2 autoescaping; no page puts them in markup or script); every response carries a
strict Content-Security-Policy (own scripts and styles only, nothing inline); request bodies are
capped; SQL only ever gets values as parameters; errors are short 4xx answers, never tracebacks.
"""

from __future__ import annotations

import hmac
import json
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from importlib import resources
from multiprocessing import get_context
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import parse_qs

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storyline.settings import load_settings
from storyline.store import Store, add_articles, open_store
from storyline.web.views import (
    Filters,
    Snapshot,
    Snapshots,
    actor_view,
    article_view,
    changes_view,
    event_view,
    search_view,
    story_view,
)

MAX_BODY_BYTES = 2_000_000
PAGES_KEPT = 2_000
MAX_ARTICLES = 50
DAY = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
ID = r"^([\w.:-]{1,200})?$"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class Article(BaseModel):
    """One article to add: its text, and what is known about it."""

    text: str = Field(min_length=1, max_length=200_000)
    title: str | None = Field(default=None, max_length=1_000)
    published: str | None = Field(default=None, max_length=40)
    source: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2_000)


class NewArticles(BaseModel):
    articles: list[Article] = Field(min_length=1, max_length=MAX_ARTICLES)


class Limits:
    """Caps every request body (413 beyond it, whether or not a length is announced)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await _too_large(send)
                return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise HTTPException(413, f"request body over {self.max_bytes} bytes")
            return message

        await self.app(scope, limited, send)


class SecurityHeaders:
    """Adds ``HEADERS`` to every answer that does not set them itself (a plain ASGI wrapper:
    Starlette's decorator middleware costs a good share of a cached page's time)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _v in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *((k, v) for k, v in self.headers if k not in present),
                ]
            await send(message)

        await self.app(scope, receive, with_headers)


async def _too_large(send: Send) -> None:
    body = b'{"detail":"request body too large"}'
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode())],
        }
    )  # fmt: skip
    await send({"type": "http.response.body", "body": body})


def create_app(location: str, allow_add: bool = False, token: str | None = None) -> FastAPI:
    """The app over the store at ``location``. With ``allow_add``, POST /api/articles (and the
    /add form) accept articles from requests that carry ``token``."""
    if allow_add and not token:
        raise ValueError("adding articles needs a token")
    app = FastAPI(
        title="storyline",
        summary="A story built from news articles: timeline, events, actors, evidence.",
        version="1",
        docs_url=None,
        redoc_url=None,
    )
    templates = Environment(
        loader=FileSystemLoader(str(resources.files("storyline.web") / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    snapshots = Snapshots()
    pages = PageCache(PAGES_KEPT)
    local = threading.local()
    adding = threading.Lock()
    workers: list[ProcessPoolExecutor] = []

    def store() -> Store:
        current = getattr(local, "store", None)
        if current is None:
            current = open_store(location)
            local.store = current
        return current

    def answer(
        request: Request,
        view: Callable[[Snapshot | None, Store], dict[str, Any] | None],
        what: str,
        template: str | None = None,
    ) -> Response:
        """A page (``template``) or its JSON twin, built from one snapshot of the store (all of
        one run) and kept for the run: the same request until the next update is not built
        again."""
        current = store()
        with current.db.reading():
            snap = snapshots.get(current)
            key = (snap.run_id if snap else 0, template, request.url.path, request.url.query)
            body = pages.get(key)
            if body is None:
                data = view(snap, current)
                if data is None:
                    raise HTTPException(404, f"no such {what} in this story")
                if template is None:
                    body = json.dumps(data, ensure_ascii=False).encode()
                else:
                    twin = "/api" + ("/story" if request.url.path == "/" else request.url.path)
                    twin += "?" + request.url.query if request.url.query else ""
                    body = render(template, data, twin).encode()
                pages.put(key, body)
        media = "text/html; charset=utf-8" if template else "application/json"
        return Response(body, media_type=media)

    def with_story(
        view: Callable[[Snapshot, Store], dict[str, Any] | None],
    ) -> Callable[[Snapshot | None, Store], dict[str, Any] | None]:
        def needs_story(snap: Snapshot | None, current: Store) -> dict[str, Any] | None:
            if snap is None:
                raise HTTPException(404, "the store holds no story yet: add articles first")
            return view(snap, current)

        return needs_story

    def render(name: str, data: dict[str, Any], twin: str) -> str:
        return templates.get_template(name).render(
            data=data, twin=twin, allow_add=allow_add, page=name.removesuffix(".html")
        )

    def page(name: str, data: dict[str, Any], twin: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(render(name, data, twin), status_code=status)

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        data = {"title": "storyline", "status": exc.status_code, "message": str(exc.detail)}
        return page("error.html", data, "", exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        problems = [
            {"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
            for e in exc.errors()
        ]
        if wants_json(request):
            return JSONResponse({"detail": problems}, status_code=422)
        message = "; ".join(f"{p['where']}: {p['problem']}" for p in problems)
        data = {"title": "storyline", "status": 400, "message": message}
        return page("error.html", data, "", 400)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        message = "the server could not answer this request; its log says why"
        if wants_json(request):
            return JSONResponse({"detail": message}, status_code=500)
        return page("error.html", {"title": "storyline", "status": 500, "message": message},
                    "", 500)  # fmt: skip

    @app.get("/api/story", tags=["story"], summary="The brief, the timeline and the filters")
    def api_story(request: Request, chosen: Annotated[Filters, Depends(story_filters)]) -> Response:
        return answer(request, with_story(lambda snap, _s: story_view(snap, chosen)), "story")

    @app.get("/", include_in_schema=False)
    def html_story(
        request: Request, chosen: Annotated[Filters, Depends(story_filters)]
    ) -> Response:
        view = with_story(lambda snap, _s: story_view(snap, chosen))
        return answer(request, view, "story", "story.html")

    @app.get("/api/events/{event_id}", tags=["story"], summary="One event and its evidence")
    def api_event(request: Request, event_id: str) -> Response:
        return answer(request, with_story(lambda snap, s: event_view(snap, s, event_id)), "event")

    @app.get("/events/{event_id}", include_in_schema=False)
    def html_event(request: Request, event_id: str) -> Response:
        view = with_story(lambda snap, s: event_view(snap, s, event_id))
        return answer(request, view, "event", "event.html")

    @app.get("/api/actors/{entity_id}", tags=["story"], summary="One actor: events, quotes")
    def api_actor(request: Request, entity_id: str) -> Response:
        return answer(request, with_story(lambda snap, _s: actor_view(snap, entity_id)), "actor")

    @app.get("/actors/{entity_id}", include_in_schema=False)
    def html_actor(request: Request, entity_id: str) -> Response:
        view = with_story(lambda snap, _s: actor_view(snap, entity_id))
        return answer(request, view, "actor", "actor.html")

    @app.get("/api/articles/{document_id}", tags=["articles"], summary="One article")
    def api_article(
        request: Request, document_id: str, cite: int | None = Query(None, ge=0)
    ) -> Response:
        view = with_story(lambda snap, s: article_view(snap, s, document_id, cite))
        return answer(request, view, "article")

    @app.get("/articles/{document_id}", include_in_schema=False)
    def html_article(
        request: Request, document_id: str, cite: int | None = Query(None, ge=0)
    ) -> Response:
        view = with_story(lambda snap, s: article_view(snap, s, document_id, cite))
        return answer(request, view, "article", "article.html")

    @app.get("/api/search", tags=["articles"], summary="Full-text search over the articles")
    def api_search(request: Request, q: str = Query("", max_length=500)) -> Response:
        return answer(request, lambda snap, s: search_view(snap, s, q), "search")

    @app.get("/search", include_in_schema=False)
    def html_search(request: Request, q: str = Query("", max_length=500)) -> Response:
        return answer(request, lambda snap, s: search_view(snap, s, q), "search", "search.html")

    @app.get("/api/changes", tags=["story"], summary="What each update changed")
    def api_changes(
        request: Request, since: int = Query(0, ge=0, description="only runs after this one")
    ) -> Response:
        return answer(request, lambda snap, s: changes_view(snap, s, since), "changes")

    @app.get("/changes", include_in_schema=False)
    def html_changes(request: Request, since: int = Query(0, ge=0)) -> Response:
        view = lambda snap, s: changes_view(snap, s, since)  # noqa: E731
        return answer(request, view, "changes", "changes.html")

    def add(articles: list[Article]) -> dict[str, Any]:
        """Add articles in a process of its own (the model and the story's rebuild do not slow
        the pages down), one update at a time."""
        records = [a.model_dump(exclude_none=True) for a in articles]
        with adding:
            if not workers:
                workers.append(ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")))
            return workers[0].submit(add_in_process, location, records).result()

    def check_token(given: str | None) -> None:
        if not allow_add:
            raise HTTPException(403, "this server is read-only: start it with --allow-add")
        if not given or not hmac.compare_digest(given.encode(), (token or "").encode()):
            raise HTTPException(401, "a valid token is needed to add articles")

    @app.post("/api/articles", tags=["articles"], summary="Add articles (needs the token)")
    def api_add(
        body: NewArticles, authorization: str | None = Header(None, max_length=300)
    ) -> dict[str, Any]:
        given = authorization.removeprefix("Bearer ").strip() if authorization else None
        check_token(given)
        return add(body.articles)

    @app.get("/add", include_in_schema=False)
    def html_add_form() -> HTMLResponse:
        if not allow_add:
            raise HTTPException(403, "this server is read-only: start it with --allow-add")
        return page("add.html", {"title": "Add an article"}, "")

    @app.post("/add", include_in_schema=False)
    async def html_add(request: Request) -> Response:
        if request.headers.get("content-type", "").split(";")[0] != (
            "application/x-www-form-urlencoded"
        ):
            raise HTTPException(415, "send the form as application/x-www-form-urlencoded")
        form = {
            k: v[0] for k, v in parse_qs((await request.body()).decode("utf-8", "replace")).items()
        }
        check_token(form.get("token"))
        try:
            article = Article(
                text=form.get("text", ""),
                title=form.get("title") or None,
                published=form.get("published") or None,
                source=form.get("source") or None,
            )
        except ValueError as exc:
            raise HTTPException(400, f"the article cannot be added: {exc}") from exc
        from starlette.concurrency import run_in_threadpool

        result = await run_in_threadpool(add, [article])
        return RedirectResponse(result["changes_url"], status_code=303)

    app.mount(
        "/static",
        StaticFiles(directory=str(resources.files("storyline.web") / "static")),
        name="static",
    )
    app.add_middleware(Limits, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(SecurityHeaders)
    return app


def story_filters(
    actor: str | None = Query(None, pattern=ID, description="an actor's id: its events"),
    type: str | None = Query(None, max_length=40, description="a PLOVER event type"),
    status: str | None = Query(None, max_length=20, description="happened, planned, ..."),
    source: str | None = Query(None, max_length=200, description="an outlet"),
    start: str | None = Query(None, pattern=DAY, description="from this year, month or day"),
    end: str | None = Query(None, pattern=DAY, description="up to this year, month or day"),
    zoom: Literal["year", "month", "day"] = "day",
) -> Filters:
    """The story page's filters, from its query."""
    return Filters(actor, type, status, source, start, end, zoom)


def add_in_process(location: str, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Add articles to the store at ``location`` with the settings of its latest run."""
    with open_store(location) as store, tempfile.TemporaryDirectory() as tmp:
        runs = store.runs()
        settings = load_settings(None, **runs[-1].settings) if runs else load_settings()
        settings = replace(settings, workers=1, cache_dir=None)
        path = Path(tmp) / "posted.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        update = add_articles(store, [str(path)], settings)
    return {
        "run": update.run_id,
        "added": update.added,
        "rejected": [
            {"article": n, "reason": o.reason}
            for n, o in enumerate(update.inputs)
            if o.status == "rejected"
        ],
        "changes": len(update.changes),
        "changes_url": f"/changes?since={update.run_id - 1}",
    }


class PageCache:
    """The latest built pages, by run and request: an update changes the run, so a page of an
    older run is never served after it (and falls out as newer ones come in)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._pages: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...]) -> bytes | None:
        with self._lock:
            body = self._pages.get(key)
            if body is not None:
                self._pages.move_to_end(key)
            return body

    def put(self, key: tuple[Any, ...], body: bytes) -> None:
        with self._lock:
            self._pages[key] = body
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)
