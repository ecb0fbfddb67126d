"""STUB: parley_quotes component (being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("parley_quotes", default_config={})
def make_component(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.parley_quotes = []
        return doc

    return component
