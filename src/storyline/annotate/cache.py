"""A cache of annotated documents, so that a second run over the same articles skips the model.

The key is a hash of everything the annotation depends on: the clean document (id, text,
publication date, headings), the model's name and version, the spaCy version, and
``ANNOTATION_VERSION``, which is raised whenever our own annotation code changes its output.
Entries are JSON files under the cache folder; a damaged entry is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import replace
from pathlib import Path

from storyline.records import LAYERS, Document
from storyline.records.jsonform import document_from_dict, to_dict

# Raise when any annotation layer would come out differently.
ANNOTATION_VERSION = "98"


class AnnotationCache:
    def __init__(self, folder: str | Path, model_id: str) -> None:
        self.folder = Path(folder)
        self.model_id = model_id

    def key(self, document: Document) -> str:
        basis = json.dumps(
            {
                "annotation": ANNOTATION_VERSION,
                "model": self.model_id,
                "id": document.id,
                "published": document.published,
                "text": document.text,
                "headings": [to_dict(h) for h in document.headings],
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        return hashlib.sha256(basis.encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, document: Document) -> Document | None:
        """The cached annotated document, with this run's metadata (source path, removed...)."""
        path = self._path(self.key(document))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        try:
            cached = document_from_dict(data)
        except (TypeError, KeyError):
            return None
        # Only the annotation layers come from the cache; everything else is this run's.
        return replace(
            document,
            **{layer: getattr(cached, layer) for layer in LAYERS},
            notes=document.notes
            + tuple(n for n in cached.notes if n.startswith("annotation failed")),
        )

    def put(self, document: Document) -> None:
        path = self._path(self.key(document))
        path.parent.mkdir(parents=True, exist_ok=True)
        layers = {
            "id": document.id,
            "source_path": document.source_path,
            "source": document.source,
            "title": document.title,
            "url": document.url,
            "published": document.published,
            "published_from": document.published_from,
            "text": "",
            "notes": list(document.notes),
            **{layer: to_dict(getattr(document, layer)) for layer in LAYERS},
        }
        # Write to a temporary file first so that a crash never leaves half an entry.
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(layers, out, ensure_ascii=False)
        os.replace(temporary, path)
