"""Marsad's cache folder: files built once per machine from installed packages (the gazetteer,
the sentence encoder's weights uncompressed). ``$MARSAD_CACHE_DIR``, else
``$XDG_CACHE_HOME/marsad``, else ``~/.cache/marsad``. Everything in it can be deleted: it is
rebuilt on the next run."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    explicit = os.environ.get("MARSAD_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "marsad"
