"""The learned models' JSON form predicts what scikit-learn fitted."""

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

from storyline.clean.learned import shipped_models
from storyline.clean.trees import Bag, TreeEnsemble, export_sklearn


def test_exported_trees_give_the_fitted_probabilities() -> None:
    rng = np.random.default_rng(7)
    rows = rng.normal(size=(400, 5))
    truth = ((rows[:, 0] > 0.2) ^ (rows[:, 3] < -0.5)).astype(int)
    fitted = HistGradientBoostingClassifier(max_iter=30, max_depth=4, random_state=0)
    fitted.fit(rows, truth)
    names = tuple(f"f{i}" for i in range(5))
    model = TreeEnsemble.from_dict(export_sklearn(fitted, names, {"note": "test"}))
    probe = rng.normal(size=(50, 5))
    assert np.allclose(model.probability(probe), fitted.predict_proba(probe)[:, 1])
    assert model.meta == {"note": "test"}


def test_several_fits_export_as_one_model_of_their_mean_log_odds() -> None:
    rng = np.random.default_rng(11)
    rows = rng.normal(size=(600, 4))
    truth = ((rows[:, 1] > 0.0) ^ (rows[:, 2] < -0.3)).astype(int)
    fits = [
        HistGradientBoostingClassifier(
            max_iter=40, early_stopping=True, validation_fraction=0.2, random_state=seed
        ).fit(rows, truth)
        for seed in range(3)
    ]
    names = tuple(f"f{i}" for i in range(4))
    bag = Bag(tuple(fits))
    model = TreeEnsemble.from_dict(export_sklearn(bag, names, {}))
    probe = rng.normal(size=(50, 4))
    mean = np.mean([fit.decision_function(probe) for fit in fits], axis=0)
    assert np.allclose(model.raw(probe), mean)
    assert np.allclose(model.probability(probe), bag.predict_proba(probe)[:, 1])
    assert len(model.roots) == sum(fit.n_iter_ for fit in fits)


def test_a_model_refuses_rows_of_another_width() -> None:
    model = shipped_models().furniture
    try:
        model.probability(np.zeros((2, 3)))
    except ValueError as error:
        assert "features" in str(error)
    else:
        raise AssertionError("rows of the wrong width were accepted")


def test_the_shipped_models_are_all_there() -> None:
    models = shipped_models()
    assert models.furniture is not None and models.title is not None
    assert models.title_context is not None
    assert models.furniture_html is not None and models.date is not None
    assert models.date_html is not None


def test_the_second_title_model_sees_the_first_one_s_scores_around_each_line() -> None:
    from storyline.clean.titles import CONTEXT_FEATURES, TITLE_FEATURES, context_matrix

    rows = [(3, "A headline"), (4, "The deck under it, longer"), (4, "The deck under it")]
    matrix = np.zeros((3, len(TITLE_FEATURES)))
    found = context_matrix(matrix, rows, np.array([0.6, 0.8, 0.2]))
    assert found.shape == (3, len(CONTEXT_FEATURES))
    names = CONTEXT_FEATURES[len(TITLE_FEATURES) :]
    extra = dict(zip(names, found[0, len(TITLE_FEATURES) :], strict=True))
    assert extra["first_score"] == 0.6 and extra["first_rank"] == 1
    assert abs(extra["first_gap"] - 0.2) < 1e-9 and extra["first_line_below"] == 0.8
    assert extra["first_line_above"] == 0.0 and extra["first_same_line"] == 0.0
    deck = dict(zip(names, found[1, len(TITLE_FEATURES) :], strict=True))
    assert deck["first_line_above"] == 0.6 and deck["first_same_line"] == 0.2


def test_the_article_runs_on_past_each_short_run_of_removed_lines() -> None:
    # Ads and a newsletter prompt inside an article: its sentences after them stay, each run of
    # at most three removed lines being stepped over afresh.
    from storyline.clean.furniture import keep_lines
    from storyline.clean.lines import LineLabel

    prose = [
        "The delegations met for a second day in Lakeport and agreed on the text of a statement.",
        "The talks were the first since the ceasefire took effect at the end of December.",
        "Both sides said they would return for a third round in the spring after consultations.",
        "The rebels said they had not agreed to every line of the final statement.",
    ]
    body, ad = LineLabel("body"), LineLabel("removed", "chrome: advertisement")
    lines = [prose[0], prose[1], "Advertisement", prose[2], "Advertisement", "Skip", "Sign up"]
    lines.append(prose[3])
    labels = [body, body, ad, body, ad, ad, ad, body]
    probabilities = np.array([0.9, 0.9, 0.01, 0.45, 0.01, 0.01, 0.01, 0.6])
    assert keep_lines(lines, probabilities, labels) == [
        True, True, False, True, False, False, False, True
    ]  # fmt: skip
