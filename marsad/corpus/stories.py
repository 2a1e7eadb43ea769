"""Near-duplicate stories: the same wire copy re-published by several outlets.

Each document gets a MinHash signature (datasketch) of its word 5-shingles; an LSH index finds
earlier documents whose Jaccard similarity is about 0.8 or more, and the new document joins the
story of the earliest of them. Signatures are kept in the store, so a later ingest (or a resumed
one) rebuilds the same index and assigns the same stories.
"""

from __future__ import annotations

import numpy as np
from datasketch import MinHash, MinHashLSH

from marsad.corpus.store import Store
from marsad.text.normalize import normalize_key

NUM_PERM = 64
THRESHOLD = 0.8
SHINGLE = 5
MAX_WORDS = 3000
SCHEME = "affine32"  # stated, so signatures stored today stay comparable after upgrades


def signature(text: str) -> bytes:
    """The MinHash of a text's word shingles, as bytes for the store."""
    words = normalize_key(text).split()[:MAX_WORDS]
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 1))}
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash.hashvalues.astype(np.uint64).tobytes()


class StoryIndex:
    """Stories of the documents in a store, growing as documents are added."""

    def __init__(self, connection: Store) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.story: dict[str, str] = {}
        rows = connection.execute("SELECT doc_id, story_id, minhash FROM stories ORDER BY doc_id")
        for doc_id, story_id, blob in rows:
            self.lsh.insert(doc_id, _minhash(blob))
            self.story[doc_id] = story_id

    def assign(self, doc_id: str, blob: bytes) -> str:
        """The story of a new document: an earlier near-duplicate's, else its own id."""
        if doc_id in self.story:  # posted again
            return self.story[doc_id]
        minhash = _minhash(blob)
        matches = sorted(self.lsh.query(minhash))
        story_id = self.story[matches[0]] if matches else doc_id
        self.lsh.insert(doc_id, minhash)
        self.story[doc_id] = story_id
        return story_id


def _minhash(blob: bytes) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM, hashvalues=np.frombuffer(blob, dtype=np.uint64), scheme=SCHEME
    )


def band_keys(blob: bytes) -> list[bytes]:
    """The LSH band keys of a signature: two documents are candidates when one key is equal
    (the same bands the index above uses, so distributed grouping finds the same candidates)."""
    values = np.frombuffer(blob, dtype=np.uint64)
    return [
        bytes([band]) + values[start:end].tobytes()
        for band, (start, end) in enumerate(_reference_lsh().hashranges)
    ]


_LSH: list[MinHashLSH] = []


def _reference_lsh() -> MinHashLSH:
    if not _LSH:
        _LSH.append(MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM))
    return _LSH[0]
