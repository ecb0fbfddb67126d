"""The indexed attribute ruler gives exactly spaCy's own annotations (it only matches faster)."""
from __future__ import annotations

import json

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from parley.nlp.attribute_index import IndexedAttributeRuler, compile_token, index_attribute_ruler
from parley.pipeline import DEFAULT_MODEL

from .conftest import SHARED

#: invented sentences that reach the model's rarer patterns: contractions and their spellings,
#: "ai n't", dropped g's, pronouns as objects, auxiliaries, "that"/"whether" as subordinators
INVENTED = [
    "The minister ain't going to sign it, and he didn't say why.",
    "Y'all know nothin' about the deal, the mayor said, but I'd wait and see.",
    "They're sure the talks will resume if the ceasefire holds, though nobody's certain.",
    "She has had enough of it; give it to me and tell them whether you've read it.",
    "We are what we do, and I am not sure they'd agree: he's been there since Monday.",
    "Do n't go!  Is it true that the envoys have left?\n\nNo, it is n't.",
    "Albeit late, the convoy arrived , whereas the second one was stopped til dawn.",
]


def _texts() -> list[str]:
    """The invented sentences and the first 400 war headlines of the CNN corpus (real text)."""
    texts = list(INVENTED)
    path = SHARED / "corpora" / "cnn-ukraine-live-2022.jsonl"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            texts.append(row["text"])
            if len(texts) >= 400 + len(INVENTED):
                break
    return texts


@pytest.fixture(scope="module")
def pair():
    stock = spacy.load(DEFAULT_MODEL)
    indexed = spacy.load(DEFAULT_MODEL)
    assert index_attribute_ruler(indexed)
    return stock, indexed


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_every_pattern_of_the_model_is_indexed(pair):
    _, indexed = pair
    ruler = indexed.get_pipe("attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler)
    assert ruler._indexed() is not None  # no pattern left to spaCy's matcher
    assert len(ruler.patterns) == len(pair[0].get_pipe("attribute_ruler").patterns)


def test_same_annotations_as_spacy_on_real_and_invented_text(pair):
    stock, indexed = pair
    texts = _texts()
    assert len(texts) > 300 and all(texts)
    for a, b in zip(stock.pipe(texts), indexed.pipe(texts), strict=True):
        assert _annotations(a) == _annotations(b), a.text


def test_same_matches_as_spacy_matcher(pair):
    stock, indexed = pair
    ruler_a, ruler_b = stock.get_pipe("attribute_ruler"), indexed.get_pipe("attribute_ruler")
    with stock.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        docs = list(stock.pipe(INVENTED))
    used = set()
    for doc in docs:
        a = [(m[0], m[2], m[3]) for m in ruler_a.match(doc)]
        b = [(m[0], m[2], m[3]) for m in ruler_b.match(doc)]
        assert a == b
        used |= {m[0] for m in b}
    patterns = ruler_b.patterns
    kinds = {next(iter(v)) for p in (patterns[i] for i in used) for tok in p["patterns"][0]
             for v in tok.values() if isinstance(v, dict)}
    assert {"IN", "NOT_IN", "REGEX"} <= kinds  # the sentences reach every kind of test
    assert any(len(patterns[i]["patterns"][0]) > 1 for i in used)  # and a two-token pattern


def _ruler(nlp, patterns):
    ruler = IndexedAttributeRuler(nlp.vocab, "test_ruler")
    ruler.add_patterns(patterns)
    return ruler


def test_later_patterns_win_and_conditions_are_read_before_any_change(pair):
    stock, _ = pair
    patterns = [
        {"patterns": [[{"LOWER": "talks"}]], "attrs": {"LEMMA": "first", "TAG": "XX"}},
        {"patterns": [[{"TAG": "NNS"}]], "attrs": {"LEMMA": "second"}},  # the tag before "XX"
        {"patterns": [[{"LOWER": "peace"}, {"LOWER": "talks"}]], "attrs": {"POS": "PROPN"}, "index": -1},
    ]
    ours = _ruler(stock, patterns)
    theirs = AttributeRuler(stock.vocab, "theirs")
    theirs.add_patterns(patterns)
    with stock.select_pipes(enable=["tok2vec", "tagger"]):
        doc_a = stock("The peace talks resumed in Geneva.")
        doc_b = stock("The peace talks resumed in Geneva.")
    ours(doc_a)
    theirs(doc_b)
    assert _annotations(doc_a) == _annotations(doc_b)
    assert (doc_a[2].lemma_, doc_a[2].tag_, doc_a[2].pos_) == ("second", "XX", "PROPN")


@pytest.mark.parametrize("token, plain", [
    ({"LOWER": "talks"}, True),
    ({"TAG": {"IN": ["NN", "NNS"]}, "DEP": {"NOT_IN": ["det"]}}, True),
    ({"LOWER": {"REGEX": "^n'?t$"}}, True),
    ({"IS_SPACE": True}, True),
    ({"LOWER": "talks", "OP": "+"}, False),
    ({"MORPH": "Number=Plur"}, False),
    ({"LENGTH": {">=": 3}}, False),
    ({"_": {"parley_id": "x"}}, False),
])
def test_which_pattern_tokens_are_plain_tests(token, plain):
    assert (compile_token(token) is not None) is plain


def test_a_pattern_the_index_cannot_read_keeps_spacy_matching(pair):
    stock, _ = pair
    ruler = _ruler(stock, [{"patterns": [[{"LOWER": "talks", "OP": "+"}]], "attrs": {"LEMMA": "many"}}])
    assert ruler._indexed() is None
    doc = stock.make_doc("talks talks resumed")
    ruler(doc)
    assert [t.lemma_ for t in doc[:2]] == ["many", "many"]


def test_an_index_outside_the_match_is_spacy_error(pair):
    stock, _ = pair
    ruler = _ruler(stock, [{"patterns": [[{"LOWER": "talks"}]], "attrs": {"LEMMA": "x"}, "index": 2}])
    with pytest.raises(ValueError):
        ruler(stock.make_doc("the talks resumed"))


def test_the_pipeline_indexes_its_model_ruler(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index("lemmatizer")


def test_patterns_added_later_are_indexed_too(pair):
    stock, _ = pair
    ruler = _ruler(stock, [{"patterns": [[{"LOWER": "talks"}]], "attrs": {"LEMMA": "one"}}])
    doc = stock.make_doc("talks resumed")
    ruler(doc)
    ruler.clear()
    ruler.add_patterns([{"patterns": [[{"LOWER": "resumed"}]], "attrs": {"LEMMA": "two"}}])
    doc = stock.make_doc("talks resumed")
    ruler(doc)
    assert [t.lemma_ for t in doc] == ["", "two"]
