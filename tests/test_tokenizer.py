"""figcap's tokenizer gives the units the lexicon keys need (the issue's examples)."""

from __future__ import annotations

import pytest

import figcap
from figcap.ner.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("mTORC1/ERK", ["mTORC1", "/", "ERK"]),
        ("Akt/mammalian", ["Akt", "/", "mammalian"]),
        ("(NMDA)/low", ["(", "NMDA", ")", "/", "low"]),
        ("(GABA)-ergic", ["(", "GABA", ")", "-", "ergic"]),
        ("(R,S)-ketamine", ["(R,S)-", "ketamine"]),
        ("(S)-ketamine", ["(S)-", "ketamine"]),
        ("5-HT1A", ["5", "-", "HT1A"]),
        ("TGF-β", ["TGF", "-", "β"]),
        ("IL-6-induced", ["IL", "-", "6", "-", "induced"]),
    ],
)
def test_units(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_units_make_mentions(nlp):
    doc = nlp("IL-6-induced 5-HT1A receptors and (R,S)-ketamine")
    texts = [s.text for s in doc.spans["figcap"]]
    assert texts == ["IL-6", "5-HT1A receptors", "(R,S)-ketamine"]


# A PFOCR caption (PMC6077868__ejh-62-3-2956-g007): slashes, brackets, a Greek letter.
CAPTION = (
    "Schematic representation of TGF-β dependent signaling implicated in fibrosis process. "
    "TGF-β upon biding its receptors, activates both canonical Smads pathway and "
    "noncanonical pathway (SPHK1/S1P/mTOR), inducing transcription of pro-fibrotic target genes."
)


@pytest.mark.filterwarnings("ignore:Possible set union:FutureWarning")  # scispaCy classes
def test_suffix_search_tokenizes_as_the_plain_regexes(nlp):
    import pickle
    import re

    from spacy.tokenizer import Tokenizer

    tok = nlp.tokenizer
    plain = Tokenizer(
        nlp.vocab, rules=tok.rules,
        prefix_search=tok.prefix_search,
        suffix_search=re.compile(tok.suffix_search.__self__.pattern).search,
        infix_finditer=tok.infix_finditer,
    )
    expected = [t.text for t in plain(CAPTION)]
    assert "SPHK1" in expected and "/" in expected
    assert [t.text for t in tok(CAPTION)] == expected  # chunk cache empty or filled
    assert [t.text for t in tok(CAPTION)] == expected
    assert [t.text for t in pickle.loads(pickle.dumps(tok))(CAPTION)] == expected
    restored = Tokenizer(nlp.vocab).from_bytes(tok.to_bytes())
    assert [t.text for t in restored(CAPTION)] == expected


@pytest.mark.filterwarnings("ignore:Possible set union:FutureWarning")  # scispaCy classes
def test_suffix_search_finds_what_the_whole_regex_finds(nlp):
    suffixes = nlp.tokenizer.suffix_search.__self__
    whole = suffixes.regex
    assert suffixes.by_char  # scispaCy's suffix regex is read alternative by alternative
    text = CAPTION + " 10mg 5km² 37°C. (IL-6), Fig. 1A. ... 3+ p53's 20%) [8]. U.S. A.\n"
    strings = {w[a:b] for w in text.split(" ") for a in range(len(w)) for b in range(a, len(w) + 1)}
    for s in strings:
        found = suffixes.search(s)
        expected = whole.search(s)
        assert (found and found.span()) == (expected and expected.span()), s
    # "protein" is tried only against units that end in "n" ("in", "nm" ...)
    assert len(suffixes.select("protein").pattern) < len(whole.pattern) / 10


@pytest.mark.filterwarnings("ignore:Possible set union:FutureWarning")  # scispaCy classes
def test_infix_finder_finds_what_the_whole_regex_finds(nlp):
    import pickle
    import re

    from spacy.tokenizer import Tokenizer

    infixes = nlp.tokenizer.infix_finditer.__self__
    whole = infixes.regex
    # the characters scispaCy's and figcap's infixes can start with: punctuation, no letter
    assert infixes.first and "-" in infixes.first and "/" in infixes.first
    assert not any(c.isalnum() for c in infixes.first if c.isascii())
    text = CAPTION + " 10mg 5km² 37°C. (IL-6), Fig. 1A. ... 3+ p53's 20%) [8]. U.S. A.\n"
    strings = {w[a:b] for w in text.split(" ") for a in range(len(w)) for b in range(a, len(w) + 1)}
    for s in strings:
        assert [m.span() for m in infixes.finditer(s)] == [m.span() for m in whole.finditer(s)], s
    assert list(infixes.finditer("phosphorylation")) == []  # the regex does not run
    tok = nlp.tokenizer
    plain = Tokenizer(nlp.vocab, rules=tok.rules, prefix_search=tok.prefix_search,
                      suffix_search=tok.suffix_search,
                      infix_finditer=re.compile(infixes.pattern).finditer)
    assert [t.text for t in tok(CAPTION)] == [t.text for t in plain(CAPTION)]
    assert pickle.loads(pickle.dumps(infixes)).pattern == infixes.pattern


def test_tokenizer_keeps_the_tokens_of_many_chunks(nlp):
    from figcap.ner.tokenizer import CHUNK_CACHE_SIZE

    assert nlp.tokenizer.max_cache_size == CHUNK_CACHE_SIZE > 10_000
    words = [f"IL-{n}/TNF{n}," for n in range(12_000)]
    first = [t.text for t in nlp.make_doc(" ".join(words))]
    assert [t.text for t in nlp.make_doc(" ".join(words))] == first  # from the cache
    assert first[:7] == ["IL", "-", "0", "/", "TNF0", ",", "IL"]


def test_allele_star_splits_from_the_gene_symbol():
    # GNormPlus training text (PMID 17885622): genotypes written with star alleles
    genes = [m.text for m in figcap.annotate(
        "that is, ALDH2*1/*1-ADH1B*1/*1-ADH1C*1/*1 (n=8), and TPMT*3A") if m.type == "gene"]
    assert genes == ["ALDH2", "ADH1B", "ADH1C", "TPMT"]


def test_arrows_between_names_split_them():
    # PMC2964338 and PMC4669553: arrows written without spaces, and "->" (an ASCII arrow)
    text = ("associations (alcohol→HNSCC and CpG→HNSCC). The interactions of "
            "PLA→lysophospholipids→PLD→PA→PLA; EGFR->RAS")
    found = {(m.text, m.identifiers[0]) for m in figcap.annotate(text)}
    assert {("alcohol", "MESH:D000431"), ("lysophospholipids", "MESH:D008246"),
            ("PLD", "FPLX:PLD"), ("RAS", "FPLX:RAS")} <= found
    assert all(not set(m.text) & set("→<>") for m in figcap.annotate(text))
