"""The text layer: normalisation with an offset map, tokens, sentences, clitics, phrase matching.

Modules: ``normalize``, ``tokenize``, ``sentences``, ``clitics``, ``matcher``, ``component``.
"""
