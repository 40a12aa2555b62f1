"""Settings: defaults, layering and validation of the timeline options."""

import pytest

from storyline.errors import SettingsError
from storyline.settings import Settings, load_settings


def test_flags_override_defaults() -> None:
    settings = load_settings(None, first_date="2025-03-01", line_redundancy=0.4)
    assert settings.first_date == "2025-03-01"
    assert settings.line_redundancy == 0.4
    assert settings.date_weight == Settings().date_weight


@pytest.mark.parametrize(
    "overrides",
    [
        {"first_date": "1 March 2025"},
        {"last_date": "2025-02-30"},
        {"first_date": "2025-04-01", "last_date": "2025-03-01"},
        {"line_redundancy": 0.0},
        {"line_redundancy": 1.5},
        {"date_weight": "votes"},
        {"date_spread": 1.5},
        {"chronicle_weight": 0.0},
        {"elsewhere_weight": -1.0},
        {"off_story_weight": -0.5},
        {"off_story_article_weight": -0.1},
    ],
)
def test_bad_timeline_options_are_refused_with_a_reason(overrides: dict) -> None:
    with pytest.raises(SettingsError):
        load_settings(None, **overrides)


def test_the_timeline_defaults_are_the_settings_defaults() -> None:
    from storyline.compose.story import timeline_choice
    from storyline.compose.timeline import TimelineChoice

    assert timeline_choice(Settings()) == TimelineChoice()
