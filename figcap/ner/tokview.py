"""A cheap, cached view of a Doc's tokens: texts, offsets, trailing spaces, full text.

Creating spaCy ``Token`` objects and reading ``Doc.text`` (rebuilt from the tokens on
every access) cost more than figcap's matching itself; the view reads the token arrays
once per Doc and is shared by figcap's components through ``doc.user_data``.
"""

from __future__ import annotations

from spacy.attrs import IDX, ORTH, SPACY
from spacy.tokens import Doc

__all__ = ["TokView", "token_view"]


class TokView:
    """Token texts, start and end offsets, trailing-space flags, and the text."""

    __slots__ = ("text", "texts", "starts", "ends", "ws")

    def __init__(self, doc: Doc) -> None:
        if len(doc):
            arr = doc.to_array([ORTH, IDX, SPACY]).tolist()
        else:
            arr = []
        strings = doc.vocab.strings
        self.texts = [strings[o] for o, _a, _w in arr]
        self.starts = [a for _o, a, _w in arr]
        self.ends = [a + len(t) for a, t in zip(self.starts, self.texts)]
        self.ws = [bool(w) for _o, _a, w in arr]
        self.text = "".join(t + " " if w else t for t, w in zip(self.texts, self.ws))

    def span_text(self, i: int, j: int) -> str:
        """Text of tokens ``i`` to ``j`` (exclusive)."""
        return self.text[self.starts[i] : self.ends[j - 1]]


def token_view(doc: Doc) -> TokView:
    """The view of ``doc``, made on first use and kept in ``doc.user_data``."""
    view = doc.user_data.get("figcap_tokview")
    if view is None or len(view.texts) != len(doc):
        view = TokView(doc)
        doc.user_data["figcap_tokview"] = view
    return view
