"""parley_quotes on real text through the real pipeline: cues, speakers, content boundaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.nlp.quotes.cues import CUES_FILE, LexiconError, load_cues
from parley.nlp.quotes.marks import find_quoted, top_level

CUES = load_cues()
VERB_CASES = [
    (f"{c.lemma} {c.particle}" if c.particle else c.lemma, c.example) for c in CUES.verbs.values()
]
NOUN_CASES = list(CUES.nouns.items())
PHRASE_CASES = [(" ".join(words), example) for words, example in CUES.phrases.items()]


def _quotes(code, text: str):
    coded = code(text)
    for q in coded.quotes:
        assert coded.article.text[q.start : q.end] == q.text
    return coded, coded.quotes


def _one(quotes, cue: str):
    found = [q for q in quotes if q.cue == cue]
    assert found, f"no quote with cue {cue!r} in {[(q.cue, q.text) for q in quotes]}"
    return found[0]


# --------------------------------------------------------------------- lexicon examples


@pytest.mark.parametrize(("cue", "example"), VERB_CASES + NOUN_CASES + PHRASE_CASES)
def test_every_lexicon_example_yields_its_cue(code, cue, example):
    _, quotes = _quotes(code, example)
    assert any(q.cue == cue for q in quotes), [(q.cue, q.text) for q in quotes]


def test_malformed_lexicon_names_file_and_entry(tmp_path: Path):
    bad = tmp_path / "cues.yaml"
    bad.write_text("verbs:\n  - lemma: say\n    takes: [clause]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"cues\.yaml: verbs\[0\]"):
        load_cues(bad)
    assert CUES_FILE.exists()


def test_blank_phrase_is_a_lexicon_error(tmp_path: Path):
    bad = tmp_path / "cues.yaml"
    bad.write_text("phrases:\n  - text: '  '\n    example: It rained.\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"cues\.yaml: phrases\[0\]"):
        load_cues(bad)


def test_only_lexicon_words_are_cue_candidates(nlp):
    doc = nlp("The Interior Minister SAID on Monday, according to aides, that his claim stood.")
    words = [doc[i].lower_ for i in CUES.candidates(doc)]
    assert words == ["said", "according", "claim"]


def test_cue_phrase_cut_off_by_the_end_of_text_is_no_cue(nlp):
    doc = nlp("Turnout fell sharply, according")
    assert CUES.phrase(doc, len(doc) - 1) is None
    assert CUES.phrase(nlp("according to aides"), 0) == ("according", "to")


# --------------------------------------------------------------------- quote marks


def test_apostrophes_are_not_single_quotes():
    text = "Putin’s aides don’t deny the ’90s deal, and the parents’ homes were ‘safe’ then."
    spans = [text[q.start : q.end] for q in find_quoted(text)]
    assert spans == ["‘safe’"]


def test_every_kind_of_mark_pairs():
    text = "« Nous partons », dit-il. „Wir bleiben“ sagte sie. ''Enough,'' he said. \"Go.\""
    spans = [text[q.start : q.end] for q in find_quoted(text)]
    assert spans == ["« Nous partons »", "„Wir bleiben“", "''Enough,''", '"Go."']


def test_quote_runs_on_across_paragraphs():
    text = (
        "“The first part is here.\n\n“The second part ends it,” she said.\n\nThen “scare” quotes."
    )
    quoted = top_level(find_quoted(text))
    assert text[quoted[0].start : quoted[0].end].endswith("ends it,”")
    assert quoted[0].paragraphs == 2
    assert text[quoted[1].start : quoted[1].end] == "“scare”"


def test_single_quote_never_pairs_across_a_paragraph_break():
    text = "He called it ‘a plan\n\nthat failed’ and left. Then ‘fine’ came."
    spans = [text[q.start : q.end] for q in find_quoted(text)]
    assert spans == ["‘fine’"]


def test_nested_single_quote_inside_double():
    text = "\"He told me, 'We will not leave,' and then he left,\" she said."
    quoted = find_quoted(text)
    assert [q.nested for q in quoted] == [False, True]


# --------------------------------------------------------------------- kinds of quote


def test_direct_quote_before_inverted_speaker_with_apposition(code):
    _, quotes = _quotes(
        code,
        "“The road to the port has been closed for a week,” said Ana Ruiz, a local councillor.",
    )
    q = _one(quotes, "say")
    assert q.kind == "direct"
    assert q.text == "“The road to the port has been closed for a week,”"
    assert q.speaker_text == "Ana Ruiz"
    assert q.speaker_span.text == "Ana Ruiz"


def test_direct_quote_after_colon_spans_several_sentences(code):
    _, quotes = _quotes(
        code,
        "The minister said: “The talks failed. We will try again in May. Nobody should doubt it.”",
    )
    q = _one(quotes, "say")
    assert q.kind == "direct"
    assert q.text.startswith("“The talks failed.") and q.text.endswith("doubt it.”")


def test_indirect_quote_keeps_that_and_drops_the_full_stop(code):
    _, quotes = _quotes(code, "The governor said that the curfew would be lifted on Friday.")
    q = _one(quotes, "say")
    assert (q.kind, q.text) == ("indirect", "that the curfew would be lifted on Friday")
    assert q.cue_span.text == "said"


def test_mixed_quote_covers_the_whole_complement(code):
    _, quotes = _quotes(
        code, "The envoy said the two sides “mainly talked about prisoners and grain exports.”"
    )
    q = _one(quotes, "say")
    assert q.kind == "mixed"
    assert q.text == "the two sides “mainly talked about prisoners and grain exports.”"


def test_mid_sentence_cue(code):
    _, quotes = _quotes(code, "The plan, he said, was never going to survive the winter.")
    q = _one(quotes, "say")
    assert "The plan" in q.text and "survive the winter" in q.text
    assert q.speaker_text == "he"


def test_fronted_clause_with_speaker_after(code):
    _, quotes = _quotes(code, "The ceasefire is holding in the south, the army said on Sunday.")
    q = _one(quotes, "say")
    assert q.text == "The ceasefire is holding in the south"
    assert q.speaker_text == "the army"


def test_continuation_sentence_joins_the_direct_quote(code):
    _, quotes = _quotes(
        code,
        "“We are ready,” the coach said. “The team has trained all summer for this.”\n\n"
        "The match starts at noon.",
    )
    assert len([q for q in quotes if q.cue == "say"]) == 1
    q = _one(quotes, "say")
    assert q.text.startswith("“We are ready,”") and q.text.endswith("for this.”")


def test_quote_running_on_into_next_paragraph(code):
    text = (
        "“The water is rising faster than last year,” the mayor said. “We have moved the families "
        "from the lower streets.\n\n“We will move more tomorrow if the rain goes on.”\n\n"
        "Officials met again in the evening."
    )
    _, quotes = _quotes(code, text)
    q = _one(quotes, "say")
    assert q.text.endswith("if the rain goes on.”")


def test_told_with_addressee_and_that_clause(code):
    _, quotes = _quotes(code, "The general told reporters that the convoy had reached Kherson.")
    q = _one(quotes, "tell")
    assert q.text == "that the convoy had reached Kherson"
    assert q.speaker_text == "The general"


def test_told_reporters_then_quote(code):
    _, quotes = _quotes(code, "The general told reporters: “The convoy is safe.”")
    q = _one(quotes, "tell")
    assert (q.kind, q.text) == ("direct", "“The convoy is safe.”")


def test_said_in_a_statement(code):
    _, quotes = _quotes(
        code, "The foreign ministry said in a statement that the ambassador had been recalled."
    )
    q = _one(quotes, "say")
    assert q.text == "that the ambassador had been recalled"
    assert q.speaker_text == "The foreign ministry"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the UN, 300 civilians died in the siege.",
            "300 civilians died in the siege",
        ),
        ("Fuel prices rose by a third, according to state media.", "Fuel prices rose by a third"),
        # the writer's gloss after the phrase is not the source's claim
        (
            (
                "Turnout rose to 64 percent, according to the election commission, the highest "
                "since 1992."
            ),
            "Turnout rose to 64 percent",
        ),
        (
            "Exports slumped in March, according to the customs agency, which blamed a strike.",
            "Exports slumped in March",
        ),
        # the phrase interrupts the clause: the whole clause is the content
        (
            "The economy, according to the IMF, will shrink this year.",
            "The economy, according to the IMF, will shrink this year",
        ),
    ],
)
def test_according_to_takes_the_clause_without_the_phrase(code, text, content):
    _, quotes = _quotes(code, text)
    q = _one(quotes, "according to")
    assert q.text == content


def test_nominal_claim(code):
    _, quotes = _quotes(code, "Analysts doubted the minister's claim that inflation had peaked.")
    q = _one(quotes, "claim")
    assert q.text == "that inflation had peaked"
    assert q.speaker_text == "the minister"


def test_participle_cue_takes_the_main_speaker(code):
    _, quotes = _quotes(
        code,
        "The premier said the dam had been repaired, adding that the village was safe again.",
    )
    q = _one(quotes, "add")
    assert q.text == "that the village was safe again"
    assert q.speaker_text == "The premier"


def test_second_cue_in_a_coordination_splits_the_content(code):
    _, quotes = _quotes(
        code, "The minister said the port was open and added that grain ships would sail on Monday."
    )
    assert _one(quotes, "say").text == "the port was open"
    added = _one(quotes, "add")
    assert (added.text, added.speaker_text) == (
        "that grain ships would sail on Monday",
        "The minister",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister said that a truce was unlikely, hours after talks in Doha broke down.",
         "that a truce was unlikely"),
        ("Rebels said they had taken the airport, just days before a summit on the war opened.",
         "they had taken the airport"),
        ("The army said the road was open, shortly after shelling resumed.", "the road was open"),
    ],
)
def test_trailing_time_anchor_dates_the_saying_not_the_content(code, text, content):
    """", hours after …" places the statement in time; the talks' failure is the reporter's."""
    _, quotes = _quotes(code, text)
    assert _one(quotes, "say").text == content


def test_time_anchor_inside_quotation_marks_stays_in_the_quote(code):
    _, quotes = _quotes(
        code, "The minister said the talks were “a failure, hours after they began” and left."
    )
    assert "hours after they began" in _one(quotes, "say").text


def test_title_with_genitive_is_one_speaker(code):
    _, quotes = _quotes(
        code, "The war will end this year, the secretary of defense said on Friday."
    )
    assert _one(quotes, "say").speaker_text == "the secretary of defense"


def test_pronoun_speaker_links_to_the_actor(code):
    coded, quotes = _quotes(
        code,
        "Angela Merkel arrived in Kyiv on Monday. “Europe stands with Ukraine,” she said.",
    )
    q = _one(quotes, "say")
    assert q.speaker_text == "she"
    actor = coded.actor(q.speaker)
    assert actor is not None and "Merkel" in actor.name


def test_split_quote_around_the_cue_stays_direct(code):
    _, quotes = _quotes(code, "“We are ready for talks,” he said, “but not at any price.”")
    q = _one(quotes, "say")
    assert q.kind == "direct"
    assert q.text == "“We are ready for talks,” he said, “but not at any price.”"


def test_object_and_infinitive_complements(code):
    _, quotes = _quotes(
        code,
        "The ministry denied the reports of mass arrests. The president vowed to rebuild the port.",
    )
    assert _one(quotes, "deny").text == "the reports of mass arrests"
    assert _one(quotes, "vow").text == "to rebuild the port"


def test_relative_pronoun_speaker_names_the_antecedent(code):
    _, quotes = _quotes(
        code,
        "The plan was backed by Maria Costa, who said that the ferry would run again by June.",
    )
    q = _one(quotes, "say")
    assert q.text == "that the ferry would run again by June"
    assert q.speaker_text == "Maria Costa"
    assert q.speaker_span.text.endswith("who")


def test_unquoted_speech_after_a_colon(code):
    _, quotes = _quotes(
        code, "The governor added: It is typical of them. They know nothing about the region."
    )
    q = _one(quotes, "add")
    assert q.text == "It is typical of them. They know nothing about the region"


def test_asked_participle_has_no_speaker(code):
    _, quotes = _quotes(code, "Asked whether talks would resume, Peskov said: “Not yet.”")
    asked = _one(quotes, "ask")
    assert asked.speaker is None and asked.speaker_text is None
    assert _one(quotes, "say").speaker_text == "Peskov"


def test_speaker_is_never_taken_from_another_paragraph(code):
    _, quotes = _quotes(code, "10:15 a.m.\nThe Kremlin says the talks will resume on Monday.")
    q = _one(quotes, "say")
    assert q.speaker_text == "The Kremlin"
    assert q.text == "the talks will resume on Monday"


def test_cue_inside_a_quotation_is_not_a_new_speaker(code):
    _, quotes = _quotes(
        code, "“I told them that we would never give up the city,” the commander said."
    )
    assert [q.cue for q in quotes] == ["say"]


def test_no_content_no_quote(code):
    _, quotes = _quotes(code, "The spokesman declined to say more. Reporters waited outside.")
    assert quotes == []


# --------------------------------------------------------------------- the example article


def _by_content(coded, snippet: str):
    found = [q for q in coded.quotes if snippet in q.text]
    assert found, f"no quote containing {snippet!r}"
    return found[0]


@pytest.mark.parametrize(
    ("snippet", "kinds", "cue", "speaker_text"),
    [
        ("ceasefire was always unlikely to be agreed upon", {"indirect"}, "say", None),
        ("No one was going to agree on a ceasefire", {"direct"}, "say", "Lavrov"),
        ("mainly talked about humanitarian issues", {"mixed"}, "say", "Lavrov"),
        (
            "he warned Ukrainian and Turkish diplomats",
            {"mixed", "indirect"},
            "say",
            "The 71-year-old",
        ),
        ("It is there that all practical issues are discussed", {"direct"}, "say", "Lavrov"),
        (
            "This includes demilitarization and denazification",
            {"direct"},
            "add",
            "the Russian foreign minister",
        ),
        ("Russian diplomats had handed Ukraine a document", {"mixed"}, "say", "Lavrov"),
    ],
)
def test_example_article_quotes(example_coded, snippet, kinds, cue, speaker_text):
    q = _by_content(example_coded, snippet)
    assert q.kind in kinds and q.cue == cue
    if speaker_text is not None:
        assert q.speaker_text == speaker_text
    assert (
        example_coded.article.text[q.speaker_span.start : q.speaker_span.end] == q.speaker_span.text
    )
    actor = example_coded.actor(q.speaker)
    assert actor is not None and actor.name == "Sergey Lavrov"


def test_example_article_quote_ids_and_no_boilerplate_speakers(example_coded):
    quotes = example_coded.quotes
    assert [q.id for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)]
    assert not any("Zelenska" in (q.speaker_text or "") for q in quotes)
    assert not any("sniper" in (q.speaker_text or "") for q in quotes)


def test_semicolon_headline_with_final_cue_does_not_crash(code):
    """A headline whose clause clipping leaves an empty stretch (once an IndexError)."""
    coded = code(
        "Russia has fired 600 missiles; 95% of amassed combat power now in Ukraine, "
        "senior US defense official says"
    )
    for q in coded.quotes:
        assert coded.article.text[q.start : q.end] == q.text
