"""Scoring figcap's mentions: against existing PFOCR annotations and public gold corpora.

Nothing in this package imports spaCy.
"""
