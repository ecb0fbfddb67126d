"""The first person inside a quote is its speaker.

In '"I will endorse Governor Pike," Brenner wrote' or '"At my last talk with her, …,"
Moreno recalled', the one who endorses or meets is named, only not where the verb is: "I",
"my" and "we" in a quotation refer to the quote's speaker (for "we", the speaker stands for
the body they speak for, coded as the speaker as heads of bodies are). Outside quotation
marks a first person is the writer's and names nobody in the news.

Round 12: "US" is the country, not "us" ("suspends lithium talks with US, State Department spokesperson says":
the United States is the other party, the speaker is not); a proper noun is never a pronoun.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.nlp.extensions import quotes_covering

FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
                          "ourselves"})


def quoted_speakers(doc: Doc, heads: list[Token]) -> list[str]:
    """Actor ids of the speakers of the quotes that hold first-person ``heads``."""
    out: list[str] = []
    for t in heads:
        if t.lower_ not in FIRST_PERSON or not pronoun(t):
            continue
        for q in quotes_covering(doc, t.idx, t.idx + len(t.text)):
            if q.speaker and q.speaker not in out:
                out.append(q.speaker)
                break
    return out


def pronoun(token: Token) -> bool:
    """The word is the pronoun, not the upper-case country abbreviation "US" (or any word
    the tagger read as a proper noun)."""
    return token.pos_ != "PROPN" and not (len(token.text) > 1 and token.text.isupper())
