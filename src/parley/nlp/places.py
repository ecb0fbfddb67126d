"""STUB: parley_places component (being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("parley_places", default_config={})
def make_component(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.parley_places = []
        return doc

    return component
