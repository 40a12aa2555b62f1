"""storyline: turn news articles about one developing story into a dated, evidence-linked story."""

from storyline.api import Storyline, build
from storyline.settings import Settings, load_settings

__version__ = "0.1.0"
__all__ = ["Storyline", "Settings", "build", "load_settings", "__version__"]
