"""Pipeline component ``text``: normalise, tokenise and split sentences."""

from __future__ import annotations

from bisect import bisect_left

from marsad.doc import Document, Sentence
from marsad.text.normalize import NormalizationConfig, normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import tokenize


class TextComponent:
    name = "text"

    def __init__(self, config: NormalizationConfig | None = None) -> None:
        self.config = config or NormalizationConfig()

    def __call__(self, doc: Document) -> Document:
        norm = normalize(doc.text, self.config)
        doc.norm = norm
        doc.tokens = tokenize(norm.text)
        token_starts = [token.start for token in doc.tokens]
        doc.sentences = []
        for norm_start, norm_end in split_sentences(norm.text):
            start, end = norm.span(norm_start, norm_end)
            doc.sentences.append(
                Sentence(
                    start=start,
                    end=end,
                    norm_start=norm_start,
                    norm_end=norm_end,
                    first_token=bisect_left(token_starts, norm_start),
                    last_token=bisect_left(token_starts, norm_end),
                )
            )
        return doc
