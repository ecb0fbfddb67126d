"""STUB: parley_actors component (being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("parley_actors", default_config={"actors_files": []})
def make_component(nlp: Language, name: str, actors_files: list[str]):
    def component(doc: Doc) -> Doc:
        doc._.parley_actors = []
        return doc

    return component
