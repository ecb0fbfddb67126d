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

from spacy.tokens import Doc, Span, Token

from parley.nlp.quote_cues import SpeechCues, VerbCue
from parley.nlp.quote_marks import Quoted, find_quoted, top_level

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
_SUBJECT = ("nsubj", "nsubjpass")
_CLIMB = {"xcomp", "advcl", "conj", "relcl", "acl", "pcomp", "prep"}
_PARTICIPLE_CLIMB = {"ccomp", "advcl", "conj", "xcomp"}
_BEFORE_QUOTE = re.compile(r"^[ \t\u00a0,—–-]*$")
_AFTER_CUE = re.compile(r"^\s*[,:—–-]?\s*$")
_TRAIL = " \t\n\u00a0.,;:—–-"
_LEAD = " \t\n\u00a0,;:—–-"


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

    def __init__(self, doc: Doc, cues: SpeechCues) -> None:
        self.doc, self.cues = doc, cues
        text = doc.text
        self.breaks = [i for i, ch in enumerate(text) if ch == "\n"]
        self.quoted: list[Quoted] = top_level(find_quoted(text))
        self.quote_starts = [q.start for q in self.quoted]

    # --- positions -------------------------------------------------------------------------
    def para(self, char: int) -> tuple[int, int]:
        """[start, end) of the paragraph (line) holding ``char``."""
        i = bisect.bisect_right(self.breaks, char - 1) if char > 0 else 0
        start = self.breaks[i - 1] + 1 if i > 0 else 0
        end = self.breaks[i] if i < len(self.breaks) else len(self.doc.text)
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
    def finish(self, start: int, end: int) -> tuple[int, int, str] | None:
        """Grow to whole quotations, trim edge punctuation, classify direct/indirect/mixed."""
        for q in self.quote_overlapping(start, end):
            start, end = min(start, q.start), max(end, q.end)
        text = self.doc.text
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
        outside = sum(1 for i in range(start, end) if text[i].isalnum() and not self._in_quote(i))
        if inside == 0:
            kind = "indirect"
        elif outside == 0 or outside < 0.05 * words:
            kind = "direct"
        else:
            kind = "mixed"
        return start, end, kind

    def _ends_sentence(self, end: int) -> bool:
        """Does the quotation ending at ``end`` close with a full stop inside its marks?"""
        inner = self.doc.text[:end].rstrip("”\"'’»“ ")
        return inner.endswith(".")

    def _in_quote(self, i: int) -> bool:
        k = bisect.bisect_right(self.quote_starts, i) - 1
        return k >= 0 and self.quoted[k].start <= i < self.quoted[k].end

    def _closes_quote(self, end: int) -> bool:
        return any(q.end == end for q in self.quoted)

    # --- speakers ----------------------------------------------------------------------------
    def subject_of(self, verb: Token) -> Token | None:
        """The speaker token of a cue verb, climbing through "went on to say", "adding", "who"."""
        v = verb
        for _ in range(5):
            subj = next((c for c in v.children if c.dep_ in _SUBJECT), None)
            if subj is not None and self._in_quote(subj.idx) and not self._in_quote(verb.idx):
                return None  # the parser took a word of the quotation for the speaker
            if subj is not None:
                if subj.tag_ in ("WP", "WDT") and v.dep_ != "relcl":
                    return None  # "what he said", a question word, not a speaker
                if self.cues.noun(subj) is not None:  # "a statement from the Kremlin said"
                    return _noun_source(subj) or subj
                return subj
            if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                if v != verb:
                    return None  # a clause deep inside a noun phrase: no reliable speaker
                noun = v.head
                src = _noun_source(noun)
                if self.cues.noun(noun) is None and noun.dep_ != "pobj":
                    return noun  # "a letter saying …"
                if src is not None:
                    return src
                # "said at a news conference announcing …", "issued a statement saying …"
                v = noun.head.head if noun.dep_ == "pobj" else noun.head
                continue
            if v.head == v or not self.same_para(v, v.head):
                return None
            if v.dep_ == "advcl" and verb.tag_ == "VBG":
                # "X said A, adding B": the parser often hangs "adding" inside A; its
                # speaker is then the nearest cue verb's subject above it.
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
            before = self.quote_before(clause[0], verb)
        after = self.quote_after(clause[1], verb) if not right else None
        if after is None and not right and "clause" in cue.takes:
            after = self.colon_text(clause[1])
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
        end = self._before_own_participle(verb, start, end)
        shaped = self.finish(start, end)
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
        text = self.doc.text
        for i in range(clause[0] - 1, start - 1, -1):
            if text[i] in ":;" and not self._in_quote(i):
                start = i + 1
                break
        for i in range(clause[1], end):
            if text[i] == ";" and not self._in_quote(i):
                end = i
                break
        return start, end

    def _before_own_participle(self, verb: Token, start: int, end: int) -> int:
        """End content before "…, adding that …" when the parser hung the participle inside it:
        what follows is the same speaker's next attribution, found on its own."""
        for tok in self.doc.char_span(start, end, alignment_mode="expand") or []:
            if (
                tok.tag_ == "VBG"
                and tok.i > verb.i
                and self.cues.verb(tok) is not None
                and self._outer_cue(tok) == verb
            ):
                return min(end, tok.left_edge.idx)
        return end

    def _right_complements(self, verb: Token, cue: VerbCue) -> list[Token]:
        """Children after the verb that carry its content, by what the lexicon says it takes."""
        out: list[Token] = []
        for c in verb.rights:
            if not self.same_para(c, verb):
                continue
            if _carries_content(c, cue.takes):
                out.append(c)
            elif "clause" in cue.takes and c.dep_ == "prep":
                # "said in a statement that …": the parser hangs the clause on the noun
                out += [_that_clause(g) for g in c.children if g.dep_ == "pobj" and _that_clause(g)]
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
        """ "Lenox was a juggernaut, Mr. Clarke said, until …" when the parse lost the link: a
        clause with a verb before ", <speaker> said" (and its tail after a second comma)."""
        text = self.doc.text
        p0, p1 = self.para(verb.idx)
        head = text[p0 : clause[0]].rstrip()
        if not head.endswith(","):
            return None
        sent0 = max(p0, verb.sent.start_char)
        if sent0 >= clause[0]:
            sent0 = p0
        span = self.doc.char_span(sent0, len(head) + p0 - 1, alignment_mode="contract")
        if span is None or len(span) < 3 or not _independent_clause(span):
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
        text = self.doc.text
        gap = re.match(r"[ \t\u00a0]*:\s*", text[clause_end:])
        if gap is None:
            return None
        start = clause_end + gap.end()
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
        ("“…,” Tulsa police Chief Chuck Jordan said") or right after the cue ("said Mr. X.")."""
        doc = self.doc
        left: list[Token] = []
        i = verb.i - 1
        while i >= 0 and len(left) < 10 and _nominal(doc[i]) and not self._in_quote(doc[i].idx):
            left.insert(0, doc[i])
            i -= 1
        if left and i >= 0 and self._in_quote(doc[i].idx) and self.same_para(doc[i], verb):
            return _trim(left)
        right: list[Token] = []
        i = verb.i + 1
        while i < len(doc) and doc[i].dep_ == "npadvmod":
            i += 1
        while i < len(doc) and len(right) < 10 and _nominal(doc[i]) and not doc[i].is_punct:
            right.append(doc[i])
            i += 1
        if right and (i == len(doc) or doc[i].is_punct) and self.same_para(right[0], verb):
            return _trim(right)
        return None

    def quote_before(self, clause_start: int, verb: Token) -> tuple[int, int] | None:
        """A quotation ending right before the cue clause ("“…,” she said"), grown to the start
        of its sentence when words precede it ("The plan is “dead,” he said")."""
        k = bisect.bisect_right(self.quote_starts, clause_start) - 1
        while k >= 0 and self.quoted[k].end > clause_start:
            k -= 1
        if k < 0:
            return None
        q = self.quoted[k]
        if not _BEFORE_QUOTE.match(self.doc.text[q.end : clause_start]):
            return None
        p0, _ = self.para(q.end - 1)
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        first = next((t for t in span if t.is_alpha), None) if span is not None else None
        sent_start = first.sent.start_char if first is not None else q.start
        start = q.start
        if q.paragraphs == 1 and p0 <= sent_start < q.start:
            start = sent_start
        return start, q.end

    def quote_after(self, clause_end: int, verb: Token) -> tuple[int, int] | None:
        """A quotation right after the cue clause ("she said: “…”")."""
        k = bisect.bisect_left(self.quote_starts, clause_end)
        if k >= len(self.quoted):
            return None
        q = self.quoted[k]
        gap = self.doc.text[clause_end : q.start]
        if not _AFTER_CUE.match(gap):
            return None
        if "\n" in gap and ":" not in gap:
            return None  # only a colon introduces a quotation set off in its own paragraph
        return q.start, q.end

    def according_to(self, according: Token) -> Found | None:
        """ "According to X, …": X speaks the clause the phrase attaches to, minus the phrase."""
        to = next((c for c in according.children if c.lower_ == "to"), None)
        if to is None:
            nxt = according.nbor() if according.i + 1 < len(self.doc) else None
            to = nxt if nxt is not None and nxt.lower_ == "to" else None
        if to is None:
            return None
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            return None
        spk = self.speaker_chars(source)
        # The phrase's own extent: "according to" + the source's noun phrase (the parser
        # sometimes hangs the whole clause under the source, so the subtree is not used).
        phrase0 = according.idx
        phrase1 = max(spk[1] if spk else 0, source.idx + len(source))
        for c in source.rights:
            if c.dep_ in ("prep", "appos", "compound") and c.i == c.left_edge.i and c.i > source.i:
                phrase1 = max(phrase1, c.right_edge.idx + len(c.right_edge))
        p0, p1 = self.para(according.idx)
        sent = according.sent
        s0, s1 = max(p0, sent.start_char), min(p1, sent.end_char)
        text = self.doc.text
        if not text[s0:phrase0].strip(_LEAD):
            start, end = phrase1, s1  # "According to X, …"
        elif not text[phrase1:s1].strip(_TRAIL):
            start, end = s0, phrase0  # "…, according to X."
        else:
            start, end = s0, s1  # "…, according to X, …"
        shaped = self.finish(start, end)
        if shaped is None:
            return None
        return Found(
            cue="according to",
            cue_start=according.idx,
            cue_end=to.idx + len(to),
            start=shaped[0],
            end=shaped[1],
            speaker_start=spk[0] if spk else None,
            speaker_end=spk[1] if spk else None,
            kind=shaped[2],
            rank=2,
        )

    def from_noun(self, noun: Token, lemma: str) -> Found | None:
        """ "His claim that …", "a statement: “…”": content of a cue noun."""
        clause = _that_clause(noun)
        piece = None
        if clause is not None:
            piece = self.subtree_chars(clause, noun)
        else:
            piece = self.quote_after(noun.idx + len(noun), noun)
            if piece is not None and ":" not in self.doc.text[noun.idx + len(noun) : piece[0]]:
                piece = None
        if piece is None:
            return None
        shaped = self.finish(*piece)
        if shaped is None:
            return None
        src = _noun_source(noun)
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
        for tok in self.doc:
            if self._in_quote(tok.idx):
                continue  # a cue inside a quotation is part of what the speaker said
            cue = self.cues.verb(tok)
            if cue is not None:
                f = self.from_verb(tok, cue)
                if f is not None:
                    found.append(f)
                continue
            if tok.lower_ == "according" and ("according", "to") in self.cues.phrases:
                f = self.according_to(tok)
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
                between = self.doc.text[max(f.end, f.cue_end) : q.start]
                if self._quote_between(max(f.end, f.cue_end), q.start):
                    break
                if between.strip() and not re.search(r"[.!?:]\s*$", between):
                    break
                after = self.doc.text[q.end : self.para(q.start)[1]]
                if not re.match(r"^\s*($|[“\"'‘«„])", after):
                    break
                f.end = q.end
                used = [(f.start, f.end) if s == f.start else (s, e) for s, e in used]

    def _quote_between(self, start: int, end: int) -> bool:
        return any(start <= q.start < end for q in self.quoted)


def _nominal(tok: Token) -> bool:
    """May this token be part of a speaker's name or description?"""
    return tok.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM", "PART") or (
        tok.is_punct and tok.text in (",", "-", ".")
    )


def _trim(tokens: list[Token]) -> tuple[int, int] | None:
    """Character span of ``tokens`` without punctuation at either edge."""
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in tokens):
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _carries_content(child: Token, takes: frozenset[str]) -> bool:
    """Is this right-hand child of a cue verb a complement the cue's lexicon entry accepts?"""
    if "clause" in takes and (child.dep_ == "ccomp" or _reported_advcl(child)):
        return True
    if "infinitive" in takes and child.dep_ in ("xcomp", "ccomp") and _to_clause(child):
        return True
    return "object" in takes and child.dep_ == "dobj" and not child.is_quote


def _independent_clause(span: Span) -> bool:
    """A main clause, not a fronted adverbial ("When Congress cut funding, …", "In 2002, …"):
    it has a finite verb with its own subject and does not open with a subordinator."""
    first = next((t for t in span if t.pos_ not in ("CCONJ", "PUNCT")), None)
    if first is None or first.pos_ in ("ADP", "SCONJ") or first.tag_ in ("IN", "WRB"):
        return False
    for tok in span:
        if tok.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
            continue
        verb = tok.head if tok.dep_ in ("aux", "auxpass") else tok
        if any(c.dep_ in _SUBJECT and span.start <= c.i < span.end for c in verb.children):
            return True
    return False


def _reported_advcl(tok: Token) -> bool:
    """A finite clause the parser hung as advcl where a reported clause belongs
    ("said after the convention he would not accept …", "tweeted that X was …")."""
    if (
        tok.dep_ != "advcl"
        or tok.tag_ in ("VBG", "VBN")
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    ):
        return False
    marks = [c for c in tok.children if c.dep_ in ("mark", "advmod") and c.i < tok.i]
    if any(m.lower_ != "that" and m.dep_ == "mark" for m in marks):
        return False
    if any(
        m.lower_ not in ("that",) and m.dep_ == "advmod" and m.tag_.startswith("W") for m in marks
    ):
        return False
    return any(c.dep_ in _SUBJECT for c in tok.children)


def _that_clause(noun: Token) -> Token | None:
    """The that-clause a noun carries ("the claim that …"), if any."""
    return next(
        (
            c
            for c in noun.rights
            if c.dep_ in ("acl", "ccomp", "appos", "relcl")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _to_clause(tok: Token) -> bool:
    """An infinitive complement ("vowed to retaliate", "told them to leave")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _noun_source(noun: Token) -> Token | None:
    """Who a cue noun belongs to: "his claim", "the Kremlin's statement", "a statement by X"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            return c  # "Trump claims that …" parsed as a noun
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _dedupe(found: list[Found]) -> list[Found]:
    """Keep one finding per content: the best-ranked, then the earliest cue."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.rank, f.cue_start)):
        if any(_jaccard(f, k) >= 0.8 for k in kept):
            continue
        kept.append(f)
    return kept


def _jaccard(a: Found, b: Found) -> float:
    inter = max(0, min(a.end, b.end) - max(a.start, b.start))
    union = max(a.end, b.end) - min(a.start, b.start)
    return inter / union if union else 0.0
