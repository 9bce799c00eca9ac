"""Pure string normalisation, shared by the lexicon build, the matcher and grounding.

The lexicon build and the lookups call the same functions, so a synonym and a caption
span meet on the same key.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "GREEK",
    "fold",
    "replace_greek",
    "replace_dashes",
    "match_key",
    "strip_plural",
    "is_all_caps",
    "repair_mojibake",
]

#: Greek letters (both cases, and the micro sign) to their English names.
GREEK: dict[str, str] = {}
_NAMES = (
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi "
    "rho sigma tau upsilon phi chi psi omega"
).split()
for _i, _name in enumerate(_NAMES):
    _lower = chr(0x3B1 + _i + (1 if _i >= 17 else 0))  # skip final sigma U+03C2
    GREEK[_lower] = _name
    GREEK[_lower.upper()] = _name
GREEK["\u03c2"] = "sigma"
GREEK["\u00b5"] = "mu"  # micro sign
GREEK["\u03d0"] = "beta"  # curled beta
GREEK["\u03d5"] = "phi"
GREEK["\u03f5"] = "epsilon"

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe63\uff0d"
_DASH_TABLE = {ord(c): "-" for c in _DASHES}
_GREEK_TABLE = {ord(k): v for k, v in GREEK.items()}
# Everything that is not a letter, a digit or '+' is dropped from a match key.
_NON_KEY = re.compile(r"[^0-9a-z+]+")


def replace_dashes(text: str) -> str:
    """Replace Unicode dashes and minus signs with ``-``.

    >>> replace_dashes("IL\u20131")
    'IL-1'
    """
    return text.translate(_DASH_TABLE)


def replace_greek(text: str) -> str:
    """Spell Greek letters out in English.

    >>> replace_greek("TGF-\u03b2")
    'TGF-beta'
    """
    return text.translate(_GREEK_TABLE)


def fold(text: str) -> str:
    """NFKC, strip accents, unify dashes, spell out Greek letters; keep case.

    >>> fold("Caf\u00e9 \u03b3-aminobutyric acid")
    'Cafe gamma-aminobutyric acid'
    """
    if text.isascii():
        return text  # NFKC, the dash and Greek tables and accent stripping keep ASCII as is
    text = unicodedata.normalize("NFKC", text)
    text = replace_greek(replace_dashes(text))
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return text


# match_key's results by text (at most 262,144; then emptied). A dict of strings, which the
# garbage collector does not walk, unlike the node per entry of an lru_cache.
_MATCH_KEYS: dict[str, str] = {}


def match_key(text: str) -> str:
    """The key under which a synonym is indexed and a span is looked up.

    Folded (:func:`fold`), lower-cased, with every character other than ``a-z``, ``0-9``
    and ``+`` removed, so spacing, hyphens and brackets do not matter: ``TGF-\u03b2``,
    ``TGF beta`` and ``TGFbeta`` share the key ``tgfbeta``. Because the key of a
    concatenation is the concatenation of the keys, the matcher can build span keys token
    by token.

    >>> match_key("N-Methyl-D-Aspartate")
    'nmethyldaspartate'
    >>> match_key("(S)-ketamine") == match_key("S-Ketamine")
    True
    """
    key = _MATCH_KEYS.get(text)
    if key is None:
        key = _NON_KEY.sub("", fold(text).lower())
        if len(_MATCH_KEYS) >= 1 << 18:
            _MATCH_KEYS.clear()
        _MATCH_KEYS[text] = key
    return key


def strip_plural(word: str) -> str | None:
    """The singular of an English plural noun or a plural symbol, or None.

    >>> strip_plural("receptors"), strip_plural("ERKs"), strip_plural("class")
    ('receptor', 'ERK', None)
    """
    if len(word) < 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return None
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1]


def is_all_caps(text: str) -> bool:
    """True when every cased character is upper case and there is at least one.

    >>> is_all_caps("MOR"), is_all_caps("5-HT1A"), is_all_caps("Akt"), is_all_caps("5")
    (True, True, False, False)
    """
    return any(map(str.isalpha, text)) and text == text.upper()


# Characters of the upper half of Mac Roman: UTF-8 bytes read as Mac Roman turn "β" into
# "Œ≤" and "–" into "‚Äì" (about 3% of PFOCR captions).
_MAC_HIGH = bytes(range(0x80, 0x100)).decode("mac_roman")
_MOJIBAKE = re.compile("[" + re.escape(_MAC_HIGH) + "]{2,}")


def _utf8_length(lead: int) -> int:
    return 2 if 0xC2 <= lead < 0xE0 else 3 if 0xE0 <= lead < 0xF0 else 4 if 0xF0 <= lead < 0xF5 else 0


def repair_mojibake(text: str) -> tuple[str, list[int]] | None:
    """``text`` with UTF-8 read as Mac Roman repaired, and the offset in ``text`` of each
    character of the repair (plus one for its end); None when there is nothing to repair.

    Only runs of Mac Roman characters whose bytes are whole UTF-8 characters are replaced,
    so "≤ 0.05" or "café" stay as they are.

    >>> fixed, offsets = repair_mojibake("IKKŒ≤ and NF-Œ∫B")
    >>> fixed, offsets[3], offsets[4], offsets[-1]
    ('IKKβ and NF-κB', 3, 5, 16)
    >>> repair_mojibake("IKKŒ±‚ÄìIKKŒ≤")[0]
    'IKKα–IKKβ'
    """
    if text.isascii() or not _MOJIBAKE.search(text):
        return None  # (Mac Roman's upper half is no ASCII: most captions need no search)
    out: list[str] = []
    offsets: list[int] = []
    last = 0
    changed = False
    for m in _MOJIBAKE.finditer(text):
        data = m.group().encode("mac_roman")
        out.append(text[last : m.start()])
        offsets.extend(range(last, m.start()))
        i = 0
        while i < len(data):
            n = _utf8_length(data[i])
            try:
                char = data[i : i + n].decode("utf-8") if n else ""
            except UnicodeDecodeError:
                char = ""
            if char:
                changed = True
            else:
                char, n = text[m.start() + i], 1
            out.append(char)
            offsets.append(m.start() + i)
            i += n
        last = m.end()
    if not changed:
        return None
    out.append(text[last:])
    offsets.extend(range(last, len(text) + 1))
    return "".join(out), offsets
