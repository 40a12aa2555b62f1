from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def example_story():
    """The bundled example corpus, built once with the real model."""
    from storyline import Settings, build

    return build([str(CORPUS)], Settings(workers=1))
