"""figcap's faster paths give what the plain ones give."""

from __future__ import annotations

import pytest

from figcap.lexicons import LEXICON_NAMES, concept_names, load_concepts


@pytest.mark.parametrize("name", ["genes", "families", "brain_regions"])
def test_concept_names_are_the_concepts_label_and_name(name):
    assert name in LEXICON_NAMES
    concepts = load_concepts(name)
    names = concept_names(name)
    assert names.keys() == concepts.keys()
    for cid, concept in concepts.items():
        assert names[cid] == (concept.label, concept.attrs.get("name", "")), cid
    if name == "genes":
        assert any(n for _label, n in names.values())  # genes have approved names


# A PFOCR caption (PMC6077868__ejh-62-3-2956-g007) with special cases of the tokenizer added.
CAPTION = (
    "Schematic representation of TGF-β dependent signaling implicated in fibrosis process. "
    "TGF-β upon biding its receptors, activates both canonical Smads pathway and "
    "noncanonical pathway (SPHK1/S1P/mTOR), e.g. pro-fibrotic target genes vs.  others  "
)


@pytest.mark.filterwarnings("ignore:Possible set union:FutureWarning")  # scispaCy classes
def test_token_view_cut_from_the_text_is_the_view_from_the_vocabulary():
    from figcap.ner.pipeline import build_nlp
    from figcap.ner.tokview import TokView

    doc = build_nlp().make_doc(CAPTION)
    cut, joined = TokView(doc, CAPTION), TokView(doc)
    assert cut.texts == joined.texts == [t.text for t in doc]
    assert (cut.starts, cut.ends, cut.ws) == (joined.starts, joined.ends, joined.ws)
    assert cut.text == joined.text == doc.text == CAPTION
    assert cut.ends == [t.idx + len(t) for t in doc] and cut.ws == [bool(t.whitespace_) for t in doc]
    other = TokView(doc, CAPTION + "!")  # not the Doc's text: read from the vocabulary
    assert other.texts == joined.texts and other.text == CAPTION


@pytest.mark.filterwarnings("ignore:Possible set union:FutureWarning")  # scispaCy classes
def test_token_view_positions_are_the_indexes_of_a_token():
    from figcap.ner.pipeline import build_nlp
    from figcap.ner.tokview import TokView

    doc = build_nlp().make_doc(CAPTION)
    tv = TokView(doc, CAPTION)
    for token in ("(", ")", "/", "TGF", "pathway", "absent"):
        expected = [k for k, t in enumerate(tv.texts) if t == token]
        assert tv.positions(token) == expected
        assert tv.positions(token) is tv.positions(token)  # remembered
    assert len(tv.positions("/")) == 2 and tv.positions("absent") == []


def test_hash_table_find_is_the_search_of_the_key_hash():
    """The filter of first CRC-32s only answers misses: every key of the packaged index is
    found where its hash is, and a key that is in no lexicon is not (words and word pairs
    of the caption above, PMC6077868)."""
    from figcap.lexicons import load_index
    from figcap.lexicons.index import key_hash
    from figcap.normalize import match_key

    index = load_index()
    for table in (index._keys, index._starts):
        values = table._values
        for p in range(0, len(values), 997):  # keys of the index: their hashes are found
            h = values[p]
            assert table.position(h) == p
        marks = int.from_bytes(table._filter, "little").bit_count()
        assert 0 < marks <= len(table)
    words = CAPTION.split() + [a + b for a, b in zip(CAPTION.split(), CAPTION.split()[1:])]
    keys = [match_key(w) for w in words] + ["ketamine", "akt", "tgfbeta", "nosuchsynonymatall"]
    for table, prefix in ((index._keys, ""), (index._starts, "\x01"), (index._starts, "\x02")):
        found = [table.find(prefix + k) for k in keys]
        assert found == [table.position(key_hash(prefix + k)) for k in keys]
    assert index._keys.find("ketamine") >= 0 and index._keys.find("nosuchsynonymatall") == -1


def test_slot_init_builds_the_same_frozen_values():
    """Mention and Choice are built through their slots' setters (schema.slot_init): same
    parameters and defaults as the dataclass's own __init__, equal, hashable, frozen."""
    import dataclasses
    import inspect

    from figcap.grounding import Choice
    from figcap.schema import Mention, slot_init

    @dataclasses.dataclass(frozen=True, slots=True)
    class Plain:  # the dataclass's own __init__, to compare with
        a: str
        b: int = 1
        c: tuple = ()

    @slot_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class Fast:
        a: str
        b: int = 1
        c: tuple = ()

    assert str(inspect.signature(Fast)) == str(inspect.signature(Plain))
    assert dataclasses.astuple(Fast("x", c=(2,))) == dataclasses.astuple(Plain("x", c=(2,)))
    for cls in (Mention, Choice):
        assert "__setattr__" not in cls.__init__.__code__.co_names
    m = Mention("Akt1", 0, 4, "gene", ("HGNC:391", "NCBIGene:207"), "AKT1")
    assert (m.matched, m.method, m.score, m.members, m.organism, m.source) == (
        "", "exact", 1.0, (), "", "")
    assert Mention.from_dict(m.to_dict()) == m and hash(dataclasses.replace(m)) == hash(m)
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.text = "Akt"
    with pytest.raises(TypeError):
        Mention("Akt1", 0, 4)
    c = Choice(type="gene", id="HGNC:391", label="AKT1", matched="Akt1", kind="symbol",
               quality=1, organism="", lexicon="genes")
    assert c.xrefs == "" and c.score == 0.95 and dataclasses.replace(c, quality=1) == c


def test_warm_up_loads_what_the_rules_read_and_may_freeze_the_collector():
    import gc

    from figcap.lexicons import concept_names
    from figcap.ner.pipeline import annotate_texts, get_nlp, warm_up

    nlp = warm_up()
    assert nlp is get_nlp()
    assert concept_names.cache_info().currsize >= 1  # the gene names are loaded
    frozen = gc.get_freeze_count()
    warm_up(freeze_gc=True)
    assert gc.get_freeze_count() > frozen
    [mentions] = annotate_texts(["ketamine blocks NMDA receptors"], nlp=nlp)
    assert any(m.text == "ketamine" for m in mentions)


def test_find_long_form_is_the_character_walk():
    import random

    from figcap.definitions import _walk, find_long_form

    for short, cand in [("NMDA", "ketamine blocks N-methyl-D-aspartate"), ("LHb", "inhibits lateral habenula"),
                        ("TGF-β", "transforming growth factor β"), ("ΣA", "ΣΑ ΣΣα"),
                        ("İL", "İnter leukin"), ("AB", "xx ab")]:
        assert find_long_form(short, cand) == _walk(short, cand)
    rng = random.Random(7)
    for alphabet in ("abcABC12 -().İıßΣσ\u0307", "aAbB1 -", "ΣσςAa "):
        for _ in range(20_000):
            short = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5)))
            cand = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
            assert find_long_form(short, cand) == _walk(short, cand), (short, cand)
