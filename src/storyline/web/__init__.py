"""The local web app over a store (``storyline serve``)."""
