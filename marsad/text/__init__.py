"""The text layer: normalisation with an offset map, tokens, sentences, clitics."""

from marsad.text.clitics import Segmentation, segment, stem_candidates
from marsad.text.normalize import NormalizationConfig, Normalized, normalize, normalize_key
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import Token, TokenKind, tokenize

__all__ = [
    "NormalizationConfig",
    "Normalized",
    "Segmentation",
    "Token",
    "TokenKind",
    "normalize",
    "normalize_key",
    "segment",
    "split_sentences",
    "stem_candidates",
    "tokenize",
]
