"""STUB: parley_events component (being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("parley_events", default_config={})
def make_component(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.parley_events = []
        return doc

    return component
