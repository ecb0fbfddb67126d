"""Find attributions in a parsed Doc: cue, speaker and content spans (no writing to the Doc).

Three kinds of evidence are combined. The dependency parse gives the reported clause of a cue
verb ("said (that) …", "told reporters …") and the clause an "according to" phrase attaches to.
Quote marks give exact boundaries of direct speech next to a cue ("“…,” X said", "X said: “…”"),
which the small parser often misses or splits. Paragraph breaks are hard limits: the parser
sometimes attaches a sentence to the previous paragraph, but speech never crosses one except
inside a run-on quotation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from parley.nlp.extensions import doc_text
from parley.nlp.quotes.cues import SpeechCues, VerbCue
from parley.nlp.quotes.marks import Quoted, find_quoted, top_level
from parley.nlp.quotes.syntax import (
    SUBJECT,
    carries_content,
    independent_clause,
    nominal,
    noun_source,
    that_clause,
    trim,
)
from parley.nlp.syntax import framing_time_at

# Dependency labels of a cue verb's children that belong to the cue clause (not content).
_CLAUSE_LEFT = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "expl"}
_CLAUSE_RIGHT = {
    "nsubj",
    "nsubjpass",
    "prep",
    "npadvmod",
    "dative",
    "dobj",
    "advmod",
    "prt",
    "agent",
    "neg",
}
_CLIMB = {"xcomp", "advcl", "conj", "relcl", "acl", "pcomp", "prep"}
_PARTICIPLE_CLIMB = {"ccomp", "advcl", "conj", "xcomp"}
_OF = "of"  # a genitive phrase belongs to a speaker's title
_BEFORE_QUOTE = re.compile(r"^[ \t\u00a0,—–-]*$")
_AFTER_CUE = re.compile(r"^\s*[,:—–-]?\s*$")
_TRAIL = " \t\n\u00a0.,;:—–-"
_LEAD = " \t\n\u00a0,;:—–-"
_COLON_GAP = re.compile(r"[ \t\u00a0]*:\s*")
_ENDS_CLAUSE = re.compile(r"[.!?:]\s*$")
_OPENS_QUOTE_OR_ENDS = re.compile(r"^\s*($|[“\"'‘«„])")
_CLOSING_CHARS = "”\"'’»“ "  # what may follow a quotation's full stop


@dataclass
class Found:
    """One attribution found in a Doc, as character spans into ``doc.text``."""

    cue: str
    cue_start: int
    cue_end: int
    start: int
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_name_end: int | None = None  # end of the name when the span runs on to "who"
    kind: str = "indirect"
    rank: int = 0  # lower wins when two findings report the same content


class Finder:
    """Per-document state: paragraph limits and quoted stretches, computed once."""

    def __init__(self, doc: Doc, cues: SpeechCues, text: str | None = None) -> None:
        self.doc, self.cues = doc, cues
        # ``Doc.text`` rebuilds the string from every token on each access: read it once (or
        # take it from the caller, who needs it too).
        self.text = text = doc_text(doc) if text is None else text
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.quoted: list[Quoted] = top_level(find_quoted(text))
        self.quote_starts = [q.start for q in self.quoted]

    # --- positions -------------------------------------------------------------------------
    def para(self, char: int) -> tuple[int, int]:
        """[start, end) of the paragraph (line) holding ``char``."""
        i = bisect.bisect_right(self.breaks, char - 1) if char > 0 else 0
        start = self.breaks[i - 1] + 1 if i > 0 else 0
        end = self.breaks[i] if i < len(self.breaks) else len(self.text)
        return start, end

    def same_para(self, a: Token, b: Token) -> bool:
        return self.para(a.idx) == self.para(b.idx)

    def subtree_chars(self, tok: Token, anchor: Token) -> tuple[int, int]:
        """Character span of ``tok``'s subtree, clipped to ``anchor``'s paragraph."""
        p0, p1 = self.para(anchor.idx)
        start = max(tok.left_edge.idx, p0)
        end = min(tok.right_edge.idx + len(tok.right_edge), p1)
        return start, end

    def quote_overlapping(self, start: int, end: int) -> list[Quoted]:
        return [q for q in self.quoted if q.start < end and start < q.end]

    # --- content shaping ---------------------------------------------------------------------
    def finish(
        self, start: int, end: int, cue_clause: tuple[int, int] = (0, 0)
    ) -> tuple[int, int, str] | None:
        """Grow to whole quotations, trim edge punctuation, classify direct/indirect/mixed
        (words of the cue clause inside the span, as in "“…,” he said, “…”", do not count)."""
        for q in self.quote_overlapping(start, end):
            start, end = min(start, q.start), max(end, q.end)
        text = self.text
        while start < end and text[start] in _LEAD:
            start += 1
        while end > start and text[end - 1] in _TRAIL and not self._closes_quote(end):
            end -= 1
        if end - start < 2 or not any(ch.isalnum() for ch in text[start:end]):
            return None
        inside = sum(
            min(end, q.end) - max(start, q.start) for q in self.quote_overlapping(start, end)
        )
        words = sum(1 for ch in text[start:end] if ch.isalnum())
        outside = sum(
            1
            for i in range(start, end)
            if text[i].isalnum()
            and not self._in_quote(i)
            and not cue_clause[0] <= i < cue_clause[1]
        )
        if inside == 0:
            kind = "indirect"
        elif outside == 0 or outside < 0.05 * words:
            kind = "direct"
        else:
            kind = "mixed"
        return start, end, kind

    def _ends_sentence(self, end: int) -> bool:
        """Does the quotation ending at ``end`` close with a full stop inside its marks?"""
        text, i = self.text, end
        while i > 0 and text[i - 1] in _CLOSING_CHARS:
            i -= 1  # as ``text[:end].rstrip(_CLOSING_CHARS)``, without copying the prefix
        return i > 0 and text[i - 1] == "."

    def _in_quote(self, i: int) -> bool:
        k = bisect.bisect_right(self.quote_starts, i) - 1
        return k >= 0 and self.quoted[k].start <= i < self.quoted[k].end

    def _closes_quote(self, end: int) -> bool:
        return any(q.end == end for q in self.quoted)

    # --- speakers ----------------------------------------------------------------------------
    def subject_of(self, verb: Token) -> Token | None:
        """The speaker token of a cue verb, climbing through "went on to say", "adding", "who"."""
        if verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i:
            return None  # "Asked whether …, Peskov said": the asker is not named
        v = verb
        for _ in range(5):
            subj = next(
                (c for c in v.children if c.dep_ in SUBJECT and self.same_para(c, verb)), None
            )
            if subj is not None and self._in_quote(subj.idx) and not self._in_quote(verb.idx):
                return None  # the parser took a word of the quotation for the speaker
            if subj is not None:
                if subj.tag_ in ("WP", "WDT") and v.dep_ != "relcl":
                    return None  # "what he said", a question word, not a speaker
                if self.cues.noun(subj) is not None:  # "a statement from the Kremlin said"
                    return noun_source(subj) or subj
                return subj
            if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                if v != verb:
                    return None  # a clause deep inside a noun phrase: no reliable speaker
                noun = v.head
                src = noun_source(noun)
                if self.cues.noun(noun) is None and noun.dep_ != "pobj":
                    return noun  # "a letter saying …"
                if src is not None:
                    return src
                # "said at a news conference announcing …", "issued a statement saying …"
                v = noun.head.head if noun.dep_ == "pobj" else noun.head
                continue
            if v.head == v or not self.same_para(v, v.head):
                return None
            if (v.dep_ == "advcl" and verb.tag_ == "VBG") or v.dep_ == "conj":
                # "X said A, adding B" / "X says A and says B": the parser often hangs the
                # second cue inside A; its speaker is then the nearest cue verb's above it.
                outer = self._outer_cue(v)
                if outer is not None:
                    v = outer
                    continue
            if v.dep_ not in _CLIMB:
                return None
            v = v.head
        return None

    def _outer_cue(self, v: Token) -> Token | None:
        """The nearest cue verb above ``v`` through clause links, if any."""
        for head in list(v.ancestors)[:6]:
            if self.cues.verb(head) is not None:
                return head
            if head.dep_ not in _PARTICIPLE_CLIMB:
                return None
        return None

    def speaker_chars(self, tok: Token | None) -> tuple[int, int] | None:
        """The speaker's noun phrase: head, its left modifiers and compounds, no appositions."""
        if tok is None:
            return None
        if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
            # "Mr. Kamin, who said …": the antecedent through the relative pronoun
            ante = self.speaker_chars(tok.head.head)
            return (ante[0], tok.idx + len(tok)) if ante and ante[0] < tok.idx else ante
        left = tok.left_edge
        right = tok
        for child in tok.rights:
            if child.dep_ in ("compound", "flat", "nummod") and child.i == right.i + 1:
                right = child
            elif child.dep_ == "prep" and child.lower_ == _OF and child.i == right.i + 1:
                right = child.right_edge  # "the secretary of defense", "the mayor of Melitopol"
        while left.i < tok.i and (left.is_punct or left.is_space):
            left = left.nbor()
        return left.idx, right.idx + len(right)

    # --- rules -------------------------------------------------------------------------------
    def from_verb(self, verb: Token, cue: VerbCue) -> Found | None:
        """An attribution around a cue verb, or None when it reports no content."""
        subj = self.subject_of(verb)
        clause = self._cue_clause(verb, subj)
        loose = self.loose_speaker(verb) if subj is None else None
        if loose is not None:
            clause = (min(clause[0], loose[0]), max(clause[1], loose[1]))
        right = self._right_complements(verb, cue)
        left = [
            c
            for c in verb.lefts
            if c.dep_ == "ccomp" and "clause" in cue.takes and self.same_para(c, verb)
        ]
        pieces = [self.subtree_chars(c, verb) for c in left + right]
        before = None
        if not right or self._in_quote(right[0].left_edge.idx) or right[0].left_edge.is_quote:
            before = self.quote_before(clause[0])
        after = self.quote_after(clause[1])
        if after is not None and right and not self._in_quote(right[0].idx):
            after = None  # a reported clause comes first: "said (that) X “…”" is mixed
        if after is None and "clause" in cue.takes:
            after = self.colon_text(clause[1])  # "added: It is typical …" runs to paragraph end
        if before is not None and after is not None and self._ends_sentence(before[1]):
            before = None  # "“… change.” She adds, “…”": the first quote ended its sentence
        pieces += [p for p in (before, after) if p is not None]
        if not pieces and "clause" in cue.takes:
            pieces = [
                p for p in (self.parataxis_host(verb), self.fronted_clause(verb, clause)) if p
            ]
        if not pieces:
            return None
        start, end = self._clip(min(p[0] for p in pieces), max(p[1] for p in pieces), clause)
        end = self._before_own_next_cue(verb, start, end)
        end = self._before_framing_time(verb, start, end)
        shaped = self.finish(start, end, clause)
        if shaped is None:
            return None
        start, end, kind = shaped
        spk = self.speaker_chars(subj) if subj is not None else loose
        name_end = None
        if subj is not None and subj.tag_ in ("WP", "WDT") and spk is not None:
            ante = self.speaker_chars(subj.head.head)
            name_end = ante[1] if ante else None
        return Found(
            cue=cue.lemma if not cue.particle else f"{cue.lemma} {cue.particle}",
            cue_start=verb.idx,
            cue_end=verb.idx + len(verb),
            start=start,
            end=end,
            speaker_start=spk[0] if spk else None,
            speaker_end=spk[1] if spk else None,
            kind=kind,
            rank=0 if spk is not None else 1,
            speaker_name_end=name_end,
        )

    def _clip(self, start: int, end: int, clause: tuple[int, int]) -> tuple[int, int]:
        """Keep content inside the cue's own clause: it does not reach back past a colon or
        semicolon before the cue, nor on past a semicolon after it (outside quotations)."""
        text = self.text
        for i in range(clause[0] - 1, start - 1, -1):
            if text[i] in ":;" and not self._in_quote(i):
                start = i + 1
                break
        for i in range(clause[1], end):
            if text[i] == ";" and not self._in_quote(i):
                end = i
                break
        return start, end

    def _before_own_next_cue(self, verb: Token, start: int, end: int) -> int:
        """End content before "…, adding that …" or "… and says …" when the parser hung the
        next cue inside it: what follows is the same speaker's next attribution."""
        if start >= end:
            return end
        for tok in self.doc.char_span(start, end, alignment_mode="expand") or []:
            if (
                (tok.tag_ == "VBG" or tok.dep_ == "conj")
                and tok.i > verb.i
                and self.cues.verb(tok) is not None
                and self._outer_cue(tok) == verb
            ):
                cut = tok.left_edge
                while cut.i > 0 and (cut.nbor(-1).dep_ == "cc" or cut.nbor(-1).is_punct):
                    cut = cut.nbor(-1)
                return min(end, cut.idx)
        return end

    def _before_framing_time(self, verb: Token, start: int, end: int) -> int:
        """End content before a trailing ", hours after …" outside quotations: "Lavrov said
        that a ceasefire was unlikely, hours after talks failed" reports no claim about the
        talks; the parser often hangs the anchor inside the reported clause."""
        after_cue = max(start, verb.idx + len(verb))
        for cut in framing_time_at(self.text, after_cue, end):
            if not self._in_quote(cut):
                return cut
        return end

    def _right_complements(self, verb: Token, cue: VerbCue) -> list[Token]:
        """Children after the verb that carry its content, by what the lexicon says it takes."""
        out: list[Token] = []
        for c in verb.rights:
            if not self.same_para(c, verb):
                continue
            if carries_content(c, cue.takes):
                out.append(c)
            elif "clause" in cue.takes and c.dep_ == "prep":
                # "said in a statement that …": the parser hangs the clause on the noun
                out += [t for t in (that_clause(g) for g in c.children if g.dep_ == "pobj") if t]
        if any(c.dep_ != "dobj" for c in out):
            out = [c for c in out if c.dep_ != "dobj"]
        return out

    def parataxis_host(self, verb: Token) -> tuple[int, int] | None:
        """ "The plan, he said, was doomed": the clause that a parenthetical cue interrupts."""
        if verb.dep_ != "parataxis" or not self.same_para(verb, verb.head):
            return None
        start, end = self.subtree_chars(verb.head, verb)
        v0 = verb.left_edge.idx
        v1 = verb.right_edge.idx + len(verb.right_edge)
        if v0 <= start:
            start = v1
        elif v1 >= end:
            end = v0
        return (start, end) if end > start else None

    def fronted_clause(self, verb: Token, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "The plan was a gamble, Ms. Okafor said, until …" when the parse lost the link: a
        clause with a verb before ", <speaker> said" (and its tail after a second comma)."""
        text = self.text
        p0, p1 = self.para(verb.idx)
        head = text[p0 : clause[0]].rstrip()
        if not head.endswith(","):
            return None
        sent0 = max(p0, verb.sent.start_char)
        if sent0 >= clause[0]:
            sent0 = p0
        span = self.doc.char_span(sent0, len(head) + p0 - 1, alignment_mode="contract")
        if span is None or len(span) < 3 or not independent_clause(span):
            return None
        if any(self.cues.verb(t) for t in span):
            return None
        start, end = span.start_char, span.end_char
        tail = text[clause[1] : p1]
        if tail.startswith(","):
            rest = self.doc.char_span(clause[1] + 1, min(p1, verb.sent.end_char), "contract")
            if rest is not None and len(rest) and rest[0].tag_ != "VBG":
                end = rest.end_char
        return start, end

    def colon_text(self, clause_end: int) -> tuple[int, int] | None:
        """ "The governor added: It's typical …": unquoted speech after a colon."""
        text = self.text
        gap = _COLON_GAP.match(text, clause_end)  # matched in place: no copy of the rest
        if gap is None:
            return None
        start = gap.end()
        if start >= len(text):
            return None
        return start, self.para(start)[1]

    def _cue_clause(self, verb: Token, subj: Token | None) -> tuple[int, int]:
        """Character limits of the cue clause: speaker, verb and their modifiers."""
        start, end = verb.idx, verb.idx + len(verb)
        for c in verb.lefts:
            if c.dep_ in _CLAUSE_LEFT and self.same_para(c, verb) and not self._in_quote(c.idx):
                start = min(start, c.left_edge.idx)
        for c in verb.rights:
            if c.dep_ in _CLAUSE_RIGHT and self.same_para(c, verb) and not self._in_quote(c.idx):
                end = max(end, c.right_edge.idx + len(c.right_edge))
        if subj is not None and subj.head == verb:
            start = min(start, subj.left_edge.idx)
        return start, end

    def loose_speaker(self, verb: Token) -> tuple[int, int] | None:
        """A name the parse did not link as subject, between a quotation and its cue
        ("“…,” Fresno police Chief Dana Ortiz said") or right after the cue ("said Mr. X.")."""
        doc = self.doc
        left: list[Token] = []
        i = verb.i - 1
        while i >= 0 and len(left) < 10 and nominal(doc[i]) and not self._in_quote(doc[i].idx):
            left.insert(0, doc[i])
            i -= 1
        if left and i >= 0 and self._in_quote(doc[i].idx) and self.same_para(doc[i], verb):
            return trim(left)
        right: list[Token] = []
        i = verb.i + 1
        while i < len(doc) and doc[i].dep_ == "npadvmod":
            i += 1
        while i < len(doc) and len(right) < 10 and nominal(doc[i]) and not doc[i].is_punct:
            right.append(doc[i])
            i += 1
        if right and (i == len(doc) or doc[i].is_punct) and self.same_para(right[0], verb):
            return trim(right)
        return None

    def quote_before(self, clause_start: int) -> tuple[int, int] | None:
        """A quotation ending right before the cue clause ("“…,” she said"), grown to the start
        of its sentence when words precede it ("The plan is “dead,” he said")."""
        k = bisect.bisect_right(self.quote_starts, clause_start) - 1
        while k >= 0 and self.quoted[k].end > clause_start:
            k -= 1
        if k < 0:
            return None
        q = self.quoted[k]
        if not _BEFORE_QUOTE.match(self.text[q.end : clause_start]):
            return None
        p0, _ = self.para(q.end - 1)
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        first = next((t for t in span if t.is_alpha), None) if span is not None else None
        sent_start = first.sent.start_char if first is not None else q.start
        start = q.start
        if q.paragraphs == 1 and p0 <= sent_start < q.start:
            start = sent_start
        return start, q.end

    def quote_after(self, clause_end: int) -> tuple[int, int] | None:
        """A quotation right after the cue clause ("she said: “…”")."""
        k = bisect.bisect_left(self.quote_starts, clause_end)
        if k >= len(self.quoted):
            return None
        q = self.quoted[k]
        gap = self.text[clause_end : q.start]
        if not _AFTER_CUE.match(gap):
            return None
        if "\n" in gap and ":" not in gap:
            return None  # only a colon introduces a quotation set off in its own paragraph
        return q.start, q.end

    def from_phrase(self, first: Token, words: tuple[str, ...]) -> Found | None:
        """ "According to X, …": X speaks the clause the phrase attaches to, minus the phrase."""
        last = self.doc[first.i + len(words) - 1]
        source = next((c for c in last.children if c.dep_ == "pobj"), None)
        if source is None:
            return None
        spk = self.speaker_chars(source)
        # The phrase's own extent: "according to" + the source's noun phrase (the parser
        # sometimes hangs the whole clause under the source, so the subtree is not used).
        phrase0 = first.idx
        phrase1 = max(spk[1] if spk else 0, source.idx + len(source))
        for c in source.rights:
            if c.dep_ in ("prep", "appos", "compound") and c.i == c.left_edge.i and c.i > source.i:
                phrase1 = max(phrase1, c.right_edge.idx + len(c.right_edge))
        p0, p1 = self.para(first.idx)
        sent = first.sent
        s0, s1 = max(p0, sent.start_char), min(p1, sent.end_char)
        text = self.text
        if not text[s0:phrase0].strip(_LEAD):
            start, end = phrase1, s1  # "According to X, …"
        elif not text[phrase1:s1].strip(_TRAIL):
            start, end = s0, phrase0  # "…, according to X."
        elif first.head.i < first.i and first.head.sent == sent:
            # "Turnout rose, according to X, the highest since 1992": the clause the phrase
            # hangs on is complete before it; what trails is the writer's gloss
            start, end = s0, phrase0
        else:
            start, end = s0, s1  # "The economy, according to X, will shrink"
        shaped = self.finish(start, end)
        if shaped is None:
            return None
        return Found(
            cue=" ".join(words),
            cue_start=first.idx,
            cue_end=last.idx + len(last),
            start=shaped[0],
            end=shaped[1],
            speaker_start=spk[0] if spk else None,
            speaker_end=spk[1] if spk else None,
            kind=shaped[2],
            rank=2,
        )

    def from_noun(self, noun: Token, lemma: str) -> Found | None:
        """ "His claim that …", "a statement: “…”": content of a cue noun."""
        clause = that_clause(noun)
        piece = None
        if clause is not None:
            piece = self.subtree_chars(clause, noun)
        else:
            piece = self.quote_after(noun.idx + len(noun))
            if piece is not None and ":" not in self.text[noun.idx + len(noun) : piece[0]]:
                piece = None
        if piece is None:
            return None
        shaped = self.finish(*piece)
        if shaped is None:
            return None
        src = noun_source(noun)
        spk = self.speaker_chars(src) if src is not None else None
        return Found(
            cue=lemma,
            cue_start=noun.idx,
            cue_end=noun.idx + len(noun),
            start=shaped[0],
            end=shaped[1],
            speaker_start=spk[0] if spk else None,
            speaker_end=spk[1] if spk else None,
            kind=shaped[2],
            rank=3,
        )

    # --- whole document ----------------------------------------------------------------------
    def find(self) -> list[Found]:
        """Every attribution in the Doc, duplicates removed, continuations merged, text order."""
        found: list[Found] = []
        doc = self.doc
        for i in self.cues.candidates(doc):  # tokens that are no cue word cannot be a cue
            tok = doc[i]
            if self._in_quote(tok.idx):
                continue  # a cue inside a quotation is part of what the speaker said
            cue = self.cues.verb(tok)
            if cue is not None:
                f = self.from_verb(tok, cue)
                if f is not None:
                    found.append(f)
                continue
            words = self.cues.phrase(self.doc, tok.i)
            if words is not None:
                f = self.from_phrase(tok, words)
                if f is not None:
                    found.append(f)
                continue
            lemma = self.cues.noun(tok)
            if lemma is not None:
                f = self.from_noun(tok, lemma)
                if f is not None:
                    found.append(f)
        found = _dedupe(found)
        self.merge_continuations(found)
        return sorted(found, key=lambda f: (f.start, f.end))

    def merge_continuations(self, found: list[Found]) -> None:
        """Fold whole-sentence quotations that follow a direct quote in the same paragraph and
        have no cue of their own into it ("“…,” he said. “…”")."""
        used = [(f.start, f.end) for f in found]
        for f in sorted(found, key=lambda f: f.start):
            if f.kind == "indirect":
                continue
            while True:
                k = bisect.bisect_left(self.quote_starts, max(f.end, f.cue_end))
                if k >= len(self.quoted):
                    break
                q = self.quoted[k]
                if self.para(q.start) != self.para(max(f.end, f.cue_end) - 1):
                    break
                if any(s < q.end and q.start < e for s, e in used if (s, e) != (f.start, f.end)):
                    break
                between = self.text[max(f.end, f.cue_end) : q.start]
                if self._quote_between(max(f.end, f.cue_end), q.start):
                    break
                if between.strip() and not _ENDS_CLAUSE.search(between):
                    break
                after = self.text[q.end : self.para(q.start)[1]]
                if not _OPENS_QUOTE_OR_ENDS.match(after):
                    break
                f.end = q.end
                used = [(f.start, f.end) if s == f.start else (s, e) for s, e in used]

    def _quote_between(self, start: int, end: int) -> bool:
        return any(start <= q.start < end for q in self.quoted)


def _dedupe(found: list[Found]) -> list[Found]:
    """Keep one finding per content: the best-ranked, then the earliest cue."""
    kept: list[Found] = []
    # kept spans by start: a Jaccard of 0.8 needs an overlap, so only overlapping ones are
    # compared (comparing with every kept finding was quadratic in article length)
    starts: list[int] = []
    by_start: list[Found] = []
    longest = 0
    for f in sorted(found, key=lambda f: (f.rank, f.cue_start)):
        lo = bisect.bisect_left(starts, f.start - longest)
        hi = bisect.bisect_right(starts, f.end)
        if any(_jaccard(f, k) >= 0.8 for k in by_start[lo:hi]):
            continue
        kept.append(f)
        i = bisect.bisect_right(starts, f.start)
        starts.insert(i, f.start)
        by_start.insert(i, f)
        longest = max(longest, f.end - f.start)
    return kept


def _jaccard(a: Found, b: Found) -> float:
    inter = max(0, min(a.end, b.end) - max(a.start, b.start))
    union = max(a.end, b.end) - min(a.start, b.start)
    return inter / union if union else 0.0
