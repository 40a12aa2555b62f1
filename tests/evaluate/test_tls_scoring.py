"""Scores of the timeline evaluation: ROUGE counts (Perl ROUGE-1.5.5 and tilse's approximation),
tilse's metrics on a small timeline, and averaging over tasks."""

import os
import shutil

import pytest

from storyline.evaluate.tls.dataset import ReferenceTimeline
from storyline.evaluate.tls.rouge import PerlRouge, python_rouge, tokenize
from storyline.evaluate.tls.scoring import TaskScores, f1, mean_scores, score_task


def perl_ready() -> bool:
    if shutil.which("perl") is None:
        return False
    return os.system("perl -MXML::Parser -MLWP::UserAgent -e1 2>/dev/null") == 0


@pytest.fixture(scope="module")
def perl_rouge(tmp_path_factory):
    if not perl_ready():
        if os.environ.get("CI"):
            pytest.fail(
                "ROUGE-1.5.5 needs libxml-parser-perl and libwww-perl; .ci/run installs them"
            )
        pytest.skip("Perl modules for ROUGE-1.5.5 missing (make perl-modules)")
    previous = os.environ.get("STORYLINE_CACHE")
    os.environ["STORYLINE_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield PerlRouge()
    if previous is None:
        os.environ.pop("STORYLINE_CACHE", None)
    else:
        os.environ["STORYLINE_CACHE"] = previous


PRED = [tokenize("The protesters marched in Cairo on Tuesday.").split()]
REFS = {"a": [tokenize("Thousands of protesters marched through Cairo on Tuesday.").split()]}


def test_perl_rouge_raw_counts(perl_rouge) -> None:
    counts = perl_rouge.score_summary(PRED, REFS)
    # Stopwords removed, stems kept: protest march cairo tuesday vs thousand protest march
    # cairo tuesday.
    assert (counts["rouge_1_h_count"], counts["rouge_1_p_count"], counts["rouge_1_m_count"]) == (
        4,
        4,
        5,
    )
    assert (counts["rouge_2_h_count"], counts["rouge_2_p_count"], counts["rouge_2_m_count"]) == (
        3,
        3,
        4,
    )


def test_requests_scored_in_one_run_count_as_each_alone(perl_rouge) -> None:
    requests = [
        (PRED, REFS),
        ([[""]], REFS),
        (PRED, {"0": [[""]], "1": [[""]]}),
        ([tokenize("Talks resumed in Geneva; rebels walked out.").split(), *PRED], REFS),
    ]
    batch = PerlRouge(perl_rouge.home)
    batch.prefetch(requests)
    for summary, references in requests:
        alone = PerlRouge(perl_rouge.home).score_summary(summary, references)
        assert batch.score_summary(summary, references) == alone
    assert batch.score_summary(*requests[-1])["rouge_1_p_count"] == 9


def test_python_approximation_agrees_on_simple_text(perl_rouge) -> None:
    assert python_rouge().score_summary(PRED, REFS) == perl_rouge.score_summary(PRED, REFS)


def test_tilse_metrics_on_a_small_timeline(perl_rouge) -> None:
    reference = ReferenceTimeline(
        "x",
        (
            ("2019-03-04", ("Rebels seized the airport after heavy fighting.",)),
            ("2019-03-08", ("A ceasefire was signed in Geneva.",)),
        ),
    )
    predicted = {
        "2019-03-04": ["Rebels took the airport on Monday."],
        "2019-03-09": ["The ceasefire signed in Geneva held."],
    }
    scores = score_task(predicted, reference, perl_rouge)
    assert scores.precision["date"] == scores.recall["date"] == 0.5
    assert 0 < scores.recall["ar1"] < scores.recall["concat_r1"] <= 1
    perfect = {day: list(sentences) for day, sentences in reference.entries}
    best = score_task(perfect, reference, perl_rouge)
    assert best.precision["ar1"] == best.recall["ar1"] == 1.0
    assert score_task({}, reference, perl_rouge).recall["ar1"] == 0.0


def test_precision_and_recall_are_averaged_before_f() -> None:
    keys = ("ar1", "ar2", "concat_r1", "concat_r2", "date")
    a = TaskScores(dict.fromkeys(keys, 1.0), dict.fromkeys(keys, 0.0))
    b = TaskScores(dict.fromkeys(keys, 0.0), dict.fromkeys(keys, 1.0))
    # Per-task F would be 0 and 0; the protocol's F of the averages is F(0.5, 0.5) = 0.5.
    assert mean_scores([a, b])["ar1_f"] == 0.5
    assert f1(0.5, 0.5) == 0.5
    assert mean_scores([])["date_f1"] == 0.0


def test_tokenize_separates_punctuation() -> None:
    assert tokenize("BP's well, capped.") == "BP's well , capped ."


def test_leave_one_topic_out_fit_ignores_the_held_out_topic() -> None:
    from storyline.evaluate.tls.loto import _fit

    def scores(value: float) -> TaskScores:
        keys = ("ar1", "ar2", "concat_r1", "concat_r2", "date")
        return TaskScores(dict.fromkeys(keys, value), dict.fromkeys(keys, value))

    table = {"a": [scores(0.1)], "b": [scores(0.3)]}
    assert _fit(table, "b") == pytest.approx(0.2)
    assert _fit(table, "a") == pytest.approx(0.6)
