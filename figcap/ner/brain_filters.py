"""Brain-region mentions that name no region of the nervous system.

- :func:`not_regions`: "adrenal cortex", "atrial septum", "retinal pigment epithelium",
  "central nervous system (CNS)", "non-visual nuclei", "olive/red nodes", "cortical
  microtubules".

Takes figcap's token view (:class:`figcap.ner.tokview.TokView`) and plain tuples.
"""

from __future__ import annotations

from ..definitions import is_short_form
from ..normalize import fold
from ..resources import generic_terms
from .mentions import _REGION_ONLY, covered, make_mention
from .tokview import TokView

__all__ = ["not_regions"]


#: Organs with a cortex or a medulla of their own: "adrenal cortex", "renal medulla".
_OTHER_ORGANS = frozenset(
    """adrenal suprarenal renal kidney kidneys thymic thymus ovarian ovary hair bone
    lymph atrial interatrial ventricular interventricular cardiac heart nasal""".split()
)
_ORGAN_PARTS = frozenset("cortex cortices cortical medulla medullary septum".split())
#: Bare words that name a brain region only in a text about the nervous system: the
#: septum of the heart or nose, the chiasma of meiosis, the olive of a tree.
_NEURO_ONLY = frozenset({"septum", "chiasm", "olive", "olives"})
#: Region names that are also colours: "olive/red nodes", "olive green".
_COLOURS = frozenset({"olive"})
_COLOUR_WORDS = frozenset({"red", "green", "blue", "yellow", "orange", "purple", "brown",
                           "black", "grey", "gray", "pink", "cyan", "magenta", "violet",
                           "white", "colour", "color", "coloured", "colored"})


def _colour(tv: TokView, j: int) -> bool:
    """Whether the word before token ``j`` names a colour: glued to another word by a slash
    or hyphen ("olive/red nodes") or before a colour word ("olive green")."""
    texts, ws = tv.texts, tv.ws
    if j >= len(texts):
        return False
    return (not ws[j - 1] and texts[j] in ("/", "-")) or texts[j].lower() in _COLOUR_WORDS


#: Words after "cortical" that make it the cortex of a cell (the layer under its membrane)
#: or of the kidney or a bone, not the cerebral cortex: "cortical microtubules", "a dense
#: cortical meshwork", "cortical granules", "cortical thick ascending limb", "cortical
#: collecting duct", "cortical bone".
_CELL_CORTEX_AFTER = frozenset(
    """microtubule microtubules actin f-actin actomyosin cytoskeleton cytoskeletal meshwork
    granule granules er endoplasmic flow tension contractility rotation stiffness
    microfilaments filaments thick collecting tubule tubules nephron nephrons bone bones""".split()
)
#: Words before "cortex" that make it the cortex of a cell: "the equatorial cortex" of a
#: dividing cell, "the cell cortex", "actin cortex" (not "polar": "temporal polar cortex").
_CELL_CORTEX_BEFORE = frozenset(
    "cell cellular actin actomyosin equatorial oocyte egg".split())

#: Plurals that are walls between parts, not the septum of the brain: "barrels and their
#: intervening septa".
_WALLS = frozenset({"septa"})


#: Heads of names of an epithelium, a tissue of a sense organ or a lining, not a region of
#: the nervous system: "retinal pigment epithelium", "olfactory epithelium".
_EPITHELIA = frozenset({"epithelium", "epithelia", "neuroepithelium", "neuroepithelia"})


def _epithelia(tv: TokView, placed, grounder):
    """Brain-region mentions of an epithelium's name give way to the region adjective that
    opens it, as in "retinal ganglion cells" ("retinal" of "retinal pigment epithelium" is
    the retina; "vestibular sensory epithelium" has no such word), and the short forms it
    defines ("RPE") go with it."""
    texts = tv.texts
    names = [(i, j, m) for i, j, m in placed
             if m.type == "brain_region" and texts[j - 1].lower() in _EPITHELIA]
    if not names:
        return placed
    gone = {m.identifiers for _i, _j, m in names}
    out = []
    for i, j, m in placed:
        if m.type != "brain_region":
            out.append((i, j, m))
        elif texts[j - 1].lower() in _EPITHELIA:
            choice = grounder.ground_text(texts[i], types=_REGION_ONLY) \
                if grounder is not None and j - i >= 2 and texts[i].isalpha() else None
            if choice is not None:
                out.append((i, i + 1, make_mention(tv, i, i + 1, choice, "exact", 1.0, grounder)))
        elif not (m.identifiers in gone and j - i == 1 and is_short_form(m.text)):
            out.append((i, j, m))
    return out


def not_regions(tv: TokView, placed, neuro: bool = True, grounder=None):
    """Drop brain-region mentions that name no region of the nervous system: "cortex",
    "cortical", "medulla" or "septum" right after the name of another organ ("adrenal
    cortex", "renal medulla", "atrial septum"), the cortex of a cell, the kidney or a bone
    ("cortical microtubules", "the equatorial cortex"; :func:`_cell_cortex`), "septum"
    and "chiasm" alone outside texts about the nervous system, "septa" alone (walls
    between barrels), generic words that a definition let through ("central nervous
    system (CNS)": a whole system, no region; ``curated/generic_brain_regions.txt``),
    names negated by "non-" ("non-visual nuclei"), a colour ("olive/red nodes") and names
    of an epithelium (:func:`_epithelia`)."""
    if not any(m.type == "brain_region" for _i, _j, m in placed):
        return placed  # most captions: every test below drops brain-region mentions only
    placed = _epithelia(tv, placed, grounder)
    texts, ws = tv.texts, tv.ws
    generic = generic_terms("brain_regions")
    # the concepts of generic words here, and so of the short forms they define ("WM")
    wide = {m.identifiers for _i, _j, m in placed
            if m.type == "brain_region" and fold(m.text).lower() in generic}
    # short forms a generic name defines, placed or not: "outer plexiform layer (OPL)"
    shorts = {texts[k] for k in _generic_definitions(tv, generic, placed)}
    return [(i, j, m) for i, j, m in placed
            if not (m.type == "brain_region" and (
                (j - i == 1 and texts[i].lower() in _WALLS)
                or fold(m.text).lower() in generic
                or (m.identifiers in wide and j - i == 1 and is_short_form(m.text))
                or (j - i == 1 and texts[i] in shorts)
                or (not neuro and j - i == 1 and texts[i].lower() in _NEURO_ONLY)
                or (j - i == 1 and texts[i].lower() in _COLOURS and _colour(tv, j))
                or (i > 0 and j - i == 1 and texts[i].lower() in _ORGAN_PARTS
                    and texts[i - 1].lower() in _OTHER_ORGANS)
                or (j - i == 1 and _cell_cortex(tv, i))
                or (i > 1 and texts[i - 1] == "-" and not ws[i - 2] and not ws[i - 1]
                    and texts[i - 2].lower() == "non")))]


def _cell_cortex(tv: TokView, i: int) -> bool:
    """Whether token ``i``, "cortical" or "cortex", names the cortex of a cell, the kidney or
    a bone (:data:`_CELL_CORTEX_AFTER`, :data:`_CELL_CORTEX_BEFORE`)."""
    texts, ws = tv.texts, tv.ws
    w = texts[i].lower()
    if w == "cortical":
        return i + 1 < len(texts) and ws[i] and texts[i + 1].lower() in _CELL_CORTEX_AFTER
    return w == "cortex" and i > 0 and ws[i - 1] and texts[i - 1].lower() in _CELL_CORTEX_BEFORE


def _generic_definitions(tv: TokView, generic, placed) -> list[int]:
    """Tokens of short forms in brackets right after a generic word of
    ``curated/generic_brain_regions.txt`` of up to four words, which the short form then
    stands for: "outer plexiform layer (OPL)". Not where a mention takes in the generic
    words or the word before them ("periaqueductal gray matter (PAG)", "spiral ganglion
    (SG)": the generic word ends a name)."""
    texts, n = tv.texts, len(tv.texts)
    taken = covered(placed)
    out = []
    for k in tv.positions("("):
        if k + 2 >= n or texts[k + 2] != ")" or not is_short_form(texts[k + 1]):
            continue
        for size in range(1, 5):
            if k - size >= 0 and fold(tv.span_text(k - size, k)).lower() in generic:
                if not any(c in taken for c in range(k - size - 1, k)):
                    out.append(k + 1)
                break
    return out
