"""A cheap, cached view of a Doc's tokens: texts, offsets, trailing spaces, full text.

Creating spaCy ``Token`` objects and reading ``Doc.text`` (rebuilt from the tokens on
every access) cost more than figcap's matching itself; the view reads the token arrays
once per Doc and is shared by figcap's components through ``doc.user_data``.
"""

from __future__ import annotations

from spacy.attrs import IDX, LENGTH, ORTH, SPACY
from spacy.tokens import Doc

__all__ = ["TokView", "token_view"]

# Token text by orth id (spaCy's hash of the text): the same str object for the same word
# in every Doc, instead of a new one from the StringStore each time.
_TEXTS: dict[int, str] = {}


def _vocab_texts(doc: Doc) -> list[str]:
    """Token texts from the vocabulary, one str object per orth id across Docs."""
    orths = doc.to_array(ORTH).tolist() if len(doc) else []
    texts = list(map(_TEXTS.get, orths))
    if None in texts:
        strings = doc.vocab.strings
        if len(_TEXTS) > 200_000:
            _TEXTS.clear()
        for k, o in enumerate(orths):
            if texts[k] is None:
                texts[k] = _TEXTS[o] = strings[o]
    return texts


class TokView:
    """Token texts, start and end offsets, trailing-space flags, and the text."""

    __slots__ = ("text", "texts", "starts", "ends", "ws", "_by_start", "_by_end", "_positions",
                 "occurrences")

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        """``text``: the string ``doc`` was made from, when known (spaCy's tokens give it
        back whole, so token texts are cut from it; else they come from the vocabulary and
        the text is joined from them)."""
        if len(doc):
            arr = doc.to_array([IDX, LENGTH, SPACY])
            starts = arr[:, 0].tolist()
            ends = (arr[:, 0] + arr[:, 1]).tolist()
            self.ws = (arr[:, 2] == 1).tolist()
            end = ends[-1] + (1 if self.ws[-1] else 0)
        else:
            starts, ends, self.ws, end = [], [], [], 0
        self.starts = starts
        self.ends = ends
        if text is not None and len(text) == end:
            self.texts = [text[a:b] for a, b in zip(starts, ends)]
        else:
            self.texts = texts = _vocab_texts(doc)
            text = "".join([t + " " if w else t for t, w in zip(texts, self.ws)])
        self.text = text
        self._by_start: dict[int, int] | None = None
        self._by_end: dict[int, int] | None = None
        self._positions: dict[str, list[int]] = {}
        #: short form -> its token spans (:func:`figcap.ner.rules.occurrences`)
        self.occurrences: dict[str, list[tuple[int, int]]] = {}

    def by_start(self) -> dict[int, int]:
        """Token index by start offset (made on first use)."""
        if self._by_start is None:
            self._by_start = {a: k for k, a in enumerate(self.starts)}
        return self._by_start

    def by_end(self) -> dict[int, int]:
        """Token index by end offset (made on first use)."""
        if self._by_end is None:
            self._by_end = {e: k for k, e in enumerate(self.ends)}
        return self._by_end

    def positions(self, token: str) -> list[int]:
        """Indexes of the tokens whose text is ``token``, in order (remembered per text)."""
        found = self._positions.get(token)
        if found is None:
            found = []
            texts, k = self.texts, -1
            try:
                while True:
                    k = texts.index(token, k + 1)
                    found.append(k)
            except ValueError:
                pass
            self._positions[token] = found
        return found

    def span_text(self, i: int, j: int) -> str:
        """Text of tokens ``i`` to ``j`` (exclusive)."""
        return self.text[self.starts[i] : self.ends[j - 1]]


def token_view(doc: Doc, text: str | None = None) -> TokView:
    """The view of ``doc``, made on first use and kept in ``doc.user_data``; ``text`` as
    for :class:`TokView`."""
    view = doc.user_data.get("figcap_tokview")
    if view is None or len(view.texts) != len(doc):
        view = TokView(doc, text)
        doc.user_data["figcap_tokview"] = view
    return view
