"""Command line: argument parsing and printing only; the work is done by the API."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from storyline.errors import StorylineError


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args))
    except StorylineError as exc:
        print(f"storyline: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("storyline: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storyline",
        description="Turn news articles about one story into clean, dated, annotated documents.",
    )
    sub = parser.add_subparsers(dest="command")

    build = sub.add_parser("build", help="read, clean and annotate articles")
    _article_options(build)
    build.add_argument("--out", required=True, metavar="DIR", help="output folder")
    build.add_argument(
        "--timeml",
        action="store_true",
        help="also write each document as TimeML (DIR/timeml/ID.tml) for TempEval tools",
    )
    build.set_defaults(handler=_cmd_build)

    add = sub.add_parser("add", help="add articles to a stored story and bring it up to date")
    _article_options(add)
    add.add_argument(
        "--store",
        required=True,
        metavar="STORE",
        help="a SQLite file (created if missing) or a postgresql:// URL",
    )
    add.set_defaults(handler=_cmd_add)

    export = sub.add_parser("export", help="write a stored story's files, as build writes them")
    export.add_argument("store", metavar="STORE", help="a SQLite file or a postgresql:// URL")
    export.add_argument("--out", required=True, metavar="DIR", help="output folder")
    export.set_defaults(handler=_cmd_export)

    changes = sub.add_parser("changes", help="what each update changed in a stored story")
    changes.add_argument("store", metavar="STORE", help="a SQLite file or a postgresql:// URL")
    changes.add_argument("--since", metavar="DATE|RUN", help="changes after run RUN, or since DATE")
    changes.add_argument("--json", action="store_true", help="print JSON Lines")
    changes.set_defaults(handler=_cmd_changes)

    serve = sub.add_parser("serve", help="the web app over a stored story, with a JSON API")
    serve.add_argument("store", metavar="STORE", help="a SQLite file or a postgresql:// URL")
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: this machine only)"
    )
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--allow-add",
        action="store_true",
        help="accept new articles (POST /api/articles, /add) from requests with a printed token",
    )
    serve.set_defaults(handler=_cmd_serve)

    evaluate = sub.add_parser("eval", help="measure quality on a benchmark")
    esub = evaluate.add_subparsers(dest="benchmark")
    meantime = esub.add_parser(
        "meantime",
        help="MEANTIME tasks 1-3: time expressions, cross-document entities and events",
    )
    meantime.add_argument(
        "folder", help="a MEANTIME corpus folder (gold.json and articles.jsonl) or a folder of them"
    )
    meantime.add_argument("--workers", type=int, default=None, help="annotation processes")
    meantime.add_argument("--out", metavar="FILE", help="write the scores as JSON")
    meantime.set_defaults(handler=_cmd_eval_meantime)
    plover = esub.add_parser(
        "plover",
        help="PLOVER event coding on gold-standard records (type, source and target actors)",
    )
    plover.add_argument("file", help="a JSON list or JSON Lines file of PLOVER records")
    plover.add_argument(
        "--out", metavar="FILE", help="write the scores and each record's coding as JSON"
    )
    plover.set_defaults(handler=_cmd_eval_plover)
    timex = esub.add_parser(
        "timex", help="time expressions on TimeML (TempEval-3) files or MEANTIME corpora"
    )
    timex.add_argument(
        "folder",
        help="folder of .tml files (searched recursively), or a MEANTIME corpus folder "
        "(gold.json and articles.jsonl) or a folder of them",
    )
    timex.add_argument("--workers", type=int, default=None, help="processes (MEANTIME builds)")
    timex.add_argument("--out", metavar="FILE", help="write the scores as JSON")
    timex.add_argument("--errors", metavar="FILE", help="write every value error as TSV")
    timex.set_defaults(handler=_cmd_eval_timex)
    tls = esub.add_parser("tls", help="timeline summarization in the published protocol")
    _dataset_arguments(tls)
    tls.add_argument("--system", choices=("storyline", "baseline"), default="storyline")
    tls.add_argument(
        "--rouge",
        choices=("perl", "python"),
        default="perl",
        help="ROUGE-1.5.5 (perl, the one to report) or tilse's approximation",
    )
    tls.add_argument(
        "--leave-one-topic-out",
        action="store_true",
        help="fit the tunable timeline settings on the other topics, score each topic held out",
    )
    tls.add_argument(
        "--own-length",
        action="store_true",
        help="let storyline choose the number of dates and sentences a date, as for a user",
    )
    tls.add_argument("--out", metavar="FILE", help="write the results as JSON")
    tls.set_defaults(handler=_cmd_eval_tls)
    brief = esub.add_parser(
        "brief", help="each topic's brief, built as for a user, against its reference timelines"
    )
    _dataset_arguments(brief)
    brief.add_argument("--out", metavar="FILE", help="write the results and the briefs as JSON")
    brief.set_defaults(handler=_cmd_eval_brief)
    extract = esub.add_parser(
        "extract", help="body, title and date of real article pages against ground truth"
    )
    extract.add_argument(
        "dataset", help="a folder with html/NNNN.html.gz and ground-truth/NNNN.json (WCXB layout)"
    )
    extract.add_argument(
        "--text-dumps",
        nargs="?",
        const=True,
        default=False,
        metavar="DIR",
        help="score the pages as raw text dumps: read them from DIR, or make them with the "
        "textdump.py beside the dataset",
    )
    extract.add_argument("--workers", type=int, default=None, help="processes (default: all)")
    extract.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    extract.add_argument("--out", metavar="FILE", help="write the scores and per-page rows as JSON")
    extract.set_defaults(handler=_cmd_eval_extract)
    story = esub.add_parser(
        "story", help="a story against hand-made gold (events, entities, quotes)"
    )
    story.add_argument("gold", help="gold JSON file (format in docs/benchmarks.md)")
    story.add_argument("inputs", nargs="+", metavar="INPUT", help="the story's articles")
    story.add_argument("--query", help="what the story is about, for ranking events")
    story.add_argument("--cache", metavar="DIR", default=None, help="annotation cache")
    story.add_argument("--workers", type=int, default=None, help="annotation processes")
    story.add_argument("--out", metavar="FILE", help="write the scores as JSON")
    story.set_defaults(handler=_cmd_eval_story)
    evaluate.set_defaults(handler=lambda _args: _help(evaluate))

    train = sub.add_parser("train", help="fit the small models storyline ships, from benchmarks")
    tsub = train.add_subparsers(dest="model")
    text = tsub.add_parser("text", help="the models that read pasted text: article lines and title")
    text.add_argument("dataset", help="a WCXB-layout dataset (ground-truth/NNNN.json)")
    text.add_argument(
        "--text-dumps", required=True, metavar="DIR", help="its text dumps (textdump.py)"
    )
    text.add_argument("--folds", type=int, default=5, help="folds for the held-out figures")
    text.add_argument("--out", metavar="DIR", help="where to write the models (default: shipped)")
    text.set_defaults(handler=_cmd_train_text)
    page = tsub.add_parser("html", help="the model that reads HTML pages: article blocks")
    page.add_argument("dataset", help="a WCXB-layout dataset (html/ and ground-truth/)")
    page.add_argument("--folds", type=int, default=5, help="folds for the held-out figures")
    page.add_argument("--workers", type=int, default=2, help="processes reading the pages")
    page.add_argument("--out", metavar="FILE", help="where to write the model (default: shipped)")
    page.set_defaults(handler=_cmd_train_html)
    train.set_defaults(handler=lambda _args: _help(train))

    bench = sub.add_parser("bench", help="annotation speed: storyline vs spaCy alone")
    bench.add_argument(
        "corpus",
        nargs="?",
        default="../shared/benchmarks/t17/mj",
        help="a folder or file of articles",
    )
    bench.add_argument("--workers", type=int, default=1)
    bench.add_argument("--limit", type=int, default=None, help="use at most this many documents")
    bench.add_argument("--out", metavar="FILE", help="write the figures as JSON")
    bench.add_argument(
        "--story", action="store_true", help="time building the story against annotation instead"
    )
    bench.add_argument(
        "--update",
        type=int,
        metavar="N",
        default=None,
        help="time adding the N latest articles to a store of the others against a cold build",
    )
    bench.add_argument(
        "--load",
        action="store_true",
        help="serve a store of the corpus to 50 clients for 60 s while 20 articles are added",
    )
    bench.add_argument("--cache", metavar="DIR", default=None, help="annotation cache (--load)")
    bench.set_defaults(handler=_cmd_bench)
    return parser


def _article_options(parser: argparse.ArgumentParser) -> None:
    """The options of every command that reads articles and builds a story."""
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files or folders (.txt, .html, .json, .jsonl), or - for JSON Lines on stdin",
    )
    parser.add_argument(
        "--workers", type=int, default=None, help="worker processes (default: all cores)"
    )
    parser.add_argument("--settings", metavar="FILE", help="TOML settings file")
    parser.add_argument(
        "--max-file-bytes", type=int, default=None, help="reject input files larger than this"
    )
    parser.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="NAME=FIELD",
        help="JSON field names, e.g. --field published=seendate --field text=body",
    )
    parser.add_argument(
        "--cache",
        metavar="DIR",
        default=None,
        help="keep annotations in DIR so that a rerun skips the model",
    )
    parser.add_argument("--query", help="what the story is about, for ranking events")
    parser.add_argument(
        "--dates",
        type=int,
        default=None,
        help="number of timeline dates (default: chosen from the corpus)",
    )
    parser.add_argument(
        "--per-date",
        type=int,
        default=None,
        help="sentences per timeline date (default: chosen from the corpus)",
    )
    parser.add_argument(
        "--from",
        dest="first_date",
        metavar="YYYY-MM-DD",
        default=None,
        help="timeline dates from this day on (default, with --to unset: the story's own time,"
        " without the background it recalls from long before)",
    )
    parser.add_argument(
        "--to",
        dest="last_date",
        metavar="YYYY-MM-DD",
        default=None,
        help="timeline dates up to this day",
    )
    parser.add_argument(
        "--summary-words", type=int, default=None, help="length of the brief in words (default 150)"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _progress(quiet: bool):
    if quiet:
        return None
    state = {"start": time.perf_counter(), "last": 0.0}
    tty = sys.stderr.isatty()

    def report(stage: str, done: int, total: int | None) -> None:
        now = time.perf_counter()
        elapsed = now - state["start"]
        final = total is not None and done >= total
        if elapsed < 2.0 and not final:
            return
        if not tty and not final and now - state["last"] < 5.0:
            return
        state["last"] = now
        if total:
            width = 30
            filled = int(width * done / total)
            bar = "#" * filled + "-" * (width - filled)
            line = f"{stage} [{bar}] {done}/{total} documents, {elapsed:.0f}s"
        else:
            line = f"{stage}: {done}, {elapsed:.0f}s"
        if tty:
            print("\r" + line, end="\n" if final else "", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)

    return report


def _settings(args: argparse.Namespace) -> Any:
    from storyline.errors import SettingsError
    from storyline.settings import load_settings

    field_map: dict[str, str] = {}
    for item in args.field:
        name, sep, field = item.partition("=")
        if not sep or not name or not field:
            raise SettingsError(f"--field wants NAME=FIELD, got '{item}'")
        field_map[name] = field
    return load_settings(
        args.settings,
        workers=args.workers,
        max_file_bytes=args.max_file_bytes,
        field_map=field_map or None,
        query=args.query,
        cache_dir=args.cache,
        dates=args.dates,
        per_date=args.per_date,
        first_date=args.first_date,
        last_date=args.last_date,
        summary_words=args.summary_words,
    )


def _cmd_build(args: argparse.Namespace) -> int:
    from storyline.api import build

    settings = _settings(args)
    story = build(args.inputs, settings, stdin=sys.stdin, progress=_progress(args.quiet))
    _print_rejected(story.run.inputs)
    paths = story.write(args.out, timeml=args.timeml)
    print(
        f"storyline: {story.run.accepted} inputs accepted, {story.run.rejected} rejected; "
        f"{len(story.events)} events, {len(story.timeline)} timeline dates. Wrote "
        f"{', '.join(p.name for p in paths)} to {paths[0].parent}/ "
        f"(open {paths[4]} in a browser)"
    )
    if not story.documents:
        print(
            "storyline: error: no input could be used as an article (reasons above and in "
            f"{paths[1]}); check the paths and file types",
            file=sys.stderr,
        )
        return 1
    return 0


def _print_rejected(outcomes: Any) -> None:
    for outcome in outcomes:
        if outcome.status == "rejected":
            print(f"storyline: rejected {outcome.input}: {outcome.reason}", file=sys.stderr)


def _cmd_add(args: argparse.Namespace) -> int:
    from storyline.store import add_articles, open_store

    settings = _settings(args)
    with open_store(args.store, create=True) as store:
        update = add_articles(
            store, args.inputs, settings, stdin=sys.stdin, progress=_progress(args.quiet)
        )
        label = store.db.label
    _print_rejected(update.inputs)
    counts: dict[str, int] = {}
    for change in update.changes:
        counts[change.kind] = counts.get(change.kind, 0) + 1
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items()) or "nothing changed"
    print(
        f"storyline: run {update.run_id}: {update.added} new documents, {update.rejected} "
        f"inputs rejected; {update.documents} documents in {label}. Changes: {summary} "
        f"(storyline changes {label} --since {update.run_id - 1})"
    )
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from storyline.api import load_story

    story = load_story(args.store)
    paths = story.write(args.out)
    print(f"storyline: wrote {', '.join(p.name for p in paths)} to {paths[0].parent}/")
    return 0


def _cmd_changes(args: argparse.Namespace) -> int:
    from storyline.records.jsonform import to_dict
    from storyline.store import open_store

    since_run, since_time = 0, None
    if args.since:
        if args.since.isdigit():
            since_run = int(args.since)
        else:
            since_time = args.since
    with open_store(args.store) as store:
        found = store.changes(since_run, since_time)
    for item in found:
        c = item.change
        if args.json:
            print(json.dumps({"run": item.run_id, "started": item.started, **to_dict(c)},
                             ensure_ascii=False))  # fmt: skip
            continue
        moved = f" ({c.before} -> {c.after})" if c.before is not None else ""
        print(f"run {item.run_id} {item.started[:10]}  {c.kind:<14} {c.item} {c.item_id}: "
              f"{c.summary[:90]}{moved}")  # fmt: skip
    if not found and not args.json:
        print("storyline: no changes recorded" + (f" since {args.since}" if args.since else ""))
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    import secrets

    import uvicorn

    from storyline.store import open_store
    from storyline.web.app import create_app

    open_store(args.store).close()  # refuse a missing or unreadable store before listening
    token = secrets.token_urlsafe(24) if args.allow_add else None
    app = create_app(args.store, allow_add=args.allow_add, token=token)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"storyline: warning: listening on {args.host}: anyone who can reach port "
            f"{args.port} can read the story",
            file=sys.stderr,
        )
    if token:
        print(f"storyline: adding articles needs this token: {token}", file=sys.stderr)
    print(f"storyline: serving on http://{args.host}:{args.port}/ (Ctrl-C stops)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _cmd_eval_timex(args: argparse.Namespace) -> int:
    from storyline.evaluate.meantime import evaluate_meantime, is_meantime
    from storyline.evaluate.timex import evaluate_folder
    from storyline.settings import load_settings

    if is_meantime(args.folder):
        scores = evaluate_meantime(args.folder, load_settings(None, workers=args.workers))
        for name, corpus in scores["corpora"].items():
            print(f"corpus {name}")
            _print_table({k: v for k, v in corpus.items() if not isinstance(v, list)})
        print("all corpora")
        _print_table({k: v for k, v in scores.items() if not isinstance(v, dict)})
        if args.errors:
            errors = [
                {"corpus": name, **error}
                for name, corpus in scores["corpora"].items()
                for error in corpus["errors"]
            ]
            Path(args.errors).write_text(json.dumps(errors, indent=1) + "\n", encoding="utf-8")
    else:
        scores = evaluate_folder(args.folder, errors_path=args.errors)
        _print_table(scores)
    if args.out:
        Path(args.out).write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    return 0


def _cmd_eval_plover(args: argparse.Namespace) -> int:
    from storyline.evaluate.plover import evaluate_plover

    scores = evaluate_plover(args.file)
    print(f"records scored: {scores['scored']} (skipped {scores['skipped']})")
    print(f"event type accuracy: {scores['type_accuracy']:.4f}")
    for side in ("sources", "targets"):
        row = scores[side]
        print(
            f"{side[:-1]} actor F1: {row['f1']:.4f} "
            f"(P {row['precision']:.4f}, R {row['recall']:.4f})"
        )
    print(f"{'type':<12} {'gold':>5} {'ours':>5} {'right':>6} {'P':>7} {'R':>7}")
    for kind, row in scores["per_type"].items():
        print(
            f"{kind:<12} {row['gold']:>5} {row['predicted']:>5} {row['right']:>6} "
            f"{row['precision']:>7.3f} {row['recall']:>7.3f}"
        )
    if args.out:
        Path(args.out).write_text(
            json.dumps(scores, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


def _cmd_eval_meantime(args: argparse.Namespace) -> int:
    from storyline.evaluate.meantime_story import evaluate_meantime_story
    from storyline.settings import load_settings

    scores = evaluate_meantime_story(args.folder, load_settings(None, workers=args.workers))
    rows = {"all corpora": scores, **scores["corpora"]}
    print(
        f"{'corpus':<12} {'timex F1':>9} {'entity B3 P/R/F1':>22} {'event B3 F1':>12}"
        f" {'2+ docs F1':>11} {'event dates':>12}"
    )
    for name, row in rows.items():
        entity = row["entities"]
        dates = row["event_dates"]
        print(
            f"{name:<12} {row['timex']['value_f1']:>9.4f} "
            f"{entity['precision']:>6.3f} / {entity['recall']:.3f} / {entity['f1']:.3f} "
            f"{row['events']['f1']:>12.4f} {row['events_in_2_or_more_documents']['f1']:>11.4f}"
            f" {dates['right']:>6}/{dates['dated']:<5}"
        )
    if args.out:
        Path(args.out).write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    return 0


def _cmd_eval_extract(args: argparse.Namespace) -> int:
    from storyline.evaluate.extraction import evaluate_extraction
    from storyline.settings import load_settings

    settings = load_settings(None, workers=args.workers)
    results = evaluate_extraction(
        args.dataset,
        text_dumps=args.text_dumps,
        settings=settings,
        limit=args.limit,
        report=lambda line: print(line, file=sys.stderr),
    )
    print(f"task: {results['task']}, {results['pages']} pages")
    columns = ("body_f1", "body_precision", "body_recall", "title_accuracy", "date_accuracy")
    print(f"{'system':12} " + " ".join(f"{c:>14}" for c in columns) + "  rejected")
    for name, figures in results["systems"].items():
        print(
            f"{name:12} "
            + " ".join(f"{figures[c]:>14.4f}" for c in columns)
            + f"  {figures['rejected']}"
            + f"   (titles {figures['title_right']}/{figures['title_pages']},"
            + f" dates {figures['date_right']}/{figures['date_pages']})"
        )
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


def _cmd_eval_story(args: argparse.Namespace) -> int:
    from storyline.api import build
    from storyline.evaluate.story import load_gold, score_story
    from storyline.settings import load_settings

    gold = load_gold(args.gold)
    settings = load_settings(None, workers=args.workers, cache_dir=args.cache, query=args.query)
    story = build(args.inputs, settings, progress=_progress(False))
    scores = score_story(story.story, gold)
    _print_table({k: v for k, v in scores.items() if not isinstance(v, list)})
    for key, values in scores.items():
        if isinstance(values, list):
            for value in values:
                print(f"{key}: {value}")
    if args.out:
        Path(args.out).write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    return 0


def _dataset_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of the commands run on a timeline-summarization dataset."""
    parser.add_argument("dataset", help="a folder of topic folders (Timeline17 or news-tls layout)")
    parser.add_argument("--topics", help="comma-separated topic names (default: all)")
    parser.add_argument("--workers", type=int, default=None, help="annotation processes")
    parser.add_argument(
        "--cache",
        metavar="DIR",
        default=None,
        help="annotation cache (default: .cache/annotations)",
    )


def _topics(args: argparse.Namespace) -> list[str] | None:
    return [t.strip() for t in args.topics.split(",")] if args.topics else None


def _cmd_eval_brief(args: argparse.Namespace) -> int:
    from storyline.evaluate.tls.brief import run_brief
    from storyline.settings import load_settings

    settings = load_settings(None, workers=args.workers, cache_dir=args.cache)
    results = run_brief(
        args.dataset, _topics(args), settings, report=lambda x: print(x, file=sys.stderr)
    )
    print(f"{'topic':16} {'developments on a reference day':>32} {'precision':>10}")
    for row in results["topics"]:
        share = f"{row['on_reference_day']} of {row['developments']}"
        print(f"{row['topic'][:16]:16} {share:>32} {row['precision']:>10.4f}")
    total = f"{results['on_reference_day']} of {results['developments']}"
    print(f"{'all':16} {total:>32} {results['mean_precision']:>10.4f}")
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def _cmd_eval_tls(args: argparse.Namespace) -> int:
    from storyline.evaluate.tls.runner import run_tls
    from storyline.settings import load_settings

    settings = load_settings(None, workers=args.workers, cache_dir=args.cache)
    topics = _topics(args)
    if args.leave_one_topic_out and args.own_length:
        print(
            "storyline: --own-length and --leave-one-topic-out do not go together "
            "(the fit is made at the reference's length); use one of them",
            file=sys.stderr,
        )
        return 2
    if args.leave_one_topic_out:
        from storyline.evaluate.tls.loto import run_loto

        results = run_loto(
            args.dataset, topics, args.rouge, settings, report=lambda x: print(x, file=sys.stderr)
        )
    else:
        results = run_tls(
            args.dataset,
            topics,
            args.system,
            args.rouge,
            settings,
            report=lambda line: print(line, file=sys.stderr),
            own_length=args.own_length,
        )
    columns = ("ar1_f", "ar2_f", "concat_r1_f", "concat_r2_f", "date_f1", "date_recall")
    header = f"{'timeline':32} " + " ".join(f"{c:>11}" for c in columns)
    print(f"system: {results['system']}, rouge: {results['rouge']}")
    print(header)
    for row in results["timelines"]:
        print(f"{row['name'][:32]:32} " + " ".join(f"{row[c]:>11.4f}" for c in columns))
    print(f"{'mean':32} " + " ".join(f"{results['mean'][c]:>11.4f}" for c in columns))
    if "baseline" in results:
        baseline = results["baseline"]["mean"]
        print(
            f"{'baseline (PUBCOUNT) mean':32} " + " ".join(f"{baseline[c]:>11.4f}" for c in columns)
        )
    for topic, values in results.get("chosen", {}).items():
        print(f"settings for {topic} (fit on the other topics): {values}")
    for topic, seconds in results.get("seconds_per_topic", {}).items():
        print(f"seconds for {topic}: {seconds}")
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def _cmd_train_text(args: argparse.Namespace) -> int:
    from storyline.train.text import train_text

    result = train_text(
        args.dataset,
        args.text_dumps,
        out=args.out,
        folds=args.folds,
        report=lambda line: print(line, file=sys.stderr),
    )
    print(json.dumps(result, indent=1))
    return 0


def _cmd_train_html(args: argparse.Namespace) -> int:
    from storyline.train.html import train_html

    result = train_html(
        args.dataset,
        out=args.out,
        folds=args.folds,
        workers=args.workers,
        report=lambda line: print(line, file=sys.stderr),
    )
    print(json.dumps(result, indent=1))
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    from storyline.evaluate.speed import run_bench, run_story_bench, run_update_bench

    if args.load:
        from storyline.evaluate.load import run_load_bench
        from storyline.settings import Settings

        settings = Settings(workers=args.workers, cache_dir=args.cache)
        figures = run_load_bench(args.corpus, settings=settings)
    elif args.update:
        figures = run_update_bench(args.corpus, new=args.update, workers=args.workers)
    elif args.story:
        figures = run_story_bench(args.corpus, workers=args.workers, limit=args.limit)
    else:
        figures = run_bench(args.corpus, workers=args.workers, limit=args.limit)
    _print_table(figures)
    if args.out:
        Path(args.out).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


def _print_table(values: dict[str, Any]) -> None:
    width = max(len(k) for k in values)
    for key, value in values.items():
        shown = f"{value:.4f}" if isinstance(value, float) and abs(value) < 10 else str(value)
        print(f"{key:<{width}}  {shown}")
