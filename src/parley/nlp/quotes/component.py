"""parley_quotes: direct, indirect and mixed quotes with their cue and speaker.

Finding lives in ``quote_rules`` (parse + quote marks), knowledge in
``lexicon/speech_cues.yaml``; this component only runs the finder and writes ``Quote`` objects,
linking each speaker span to the actor the actors component resolved there.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from parley.nlp.extensions import actor_at, doc_text
from parley.nlp.quotes.cues import SpeechCues, load_cues
from parley.nlp.quotes.rules import Finder, Found
from parley.schema import Quote, Span


class QuoteFinder:
    """Callable spaCy component: ``match(doc)`` finds attributions, ``set_annotations`` writes."""

    def __init__(self, cues: SpeechCues) -> None:
        self.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # built from every token on each access: read once per Doc
        self.set_annotations(doc, self.match(doc, text), text)
        return doc

    def match(self, doc: Doc, text: str | None = None) -> list[Found]:
        """Attributions in text order (``text`` is ``doc.text`` when the caller has it)."""
        return Finder(doc, self.cues, text).find()

    def set_annotations(self, doc: Doc, found: list[Found], text: str | None = None) -> None:
        """Write ``doc._.parley_quotes`` (ids q1, q2, … in text order)."""
        quotes: list[Quote] = []
        if text is None:
            text = doc_text(doc)
        for i, f in enumerate(found, start=1):
            speaker_span = None
            speaker_id = None
            if f.speaker_start is not None and f.speaker_end is not None:
                speaker_span = Span(
                    f.speaker_start, f.speaker_end, text[f.speaker_start : f.speaker_end]
                )
                actor = actor_at(doc, f.speaker_start, f.speaker_end)
                speaker_id = actor.id if actor is not None else None
            quotes.append(
                Quote(
                    id=f"q{i}",
                    speaker=speaker_id,
                    speaker_text=text[f.speaker_start : f.speaker_name_end or f.speaker_end]
                    if speaker_span
                    else None,
                    kind=f.kind,
                    cue=f.cue,
                    text=text[f.start : f.end],
                    start=f.start,
                    end=f.end,
                    speaker_span=speaker_span,
                    cue_span=Span(f.cue_start, f.cue_end, text[f.cue_start : f.cue_end]),
                )
            )
        doc._.parley_quotes = quotes


@Language.factory("parley_quotes_v1", default_config={})
def make_component(nlp: Language, name: str) -> QuoteFinder:
    """The component, with the speech-cue lexicon loaded once."""
    return QuoteFinder(load_cues())


# the name before versioning, so pipelines saved with it still load
Language.factory("parley_quotes", default_config={}, func=make_component)
