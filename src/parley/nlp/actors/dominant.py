"""The article's dominant country: a weak prior for people and groups no phrase locates.

Class (issue "core III", round 7): in one country's domestic news (US political news above
all) the text rarely restates the country of a spokeswoman, an election official or "the
attorney"; a coder reading the whole article still knows they are American. When the sentence
of such an actor names no country at all, the article's country is the best remaining evidence
— but only when the article is clearly about one country, so war and diplomacy news (two or
more countries on every line) never gets a guess.

Every threshold lives in ``PRIOR`` (one config place), with the reason it has that value.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class DominantPrior:
    """Thresholds for calling one country the article's own.

    ``min_evidence``: located items (country words, located actors, places) the leading country
    needs. 4 because a one-sentence headline naming "Trump" and "Ohio" is not yet an article
    about the US; PolNeAR dev articles have 10-60 such items, CNN war headlines 1-3.
    ``min_share``: the leading country's share of all located items. 0.7: US domestic
    articles that glance abroad ("Russia", "Mexico" once or twice) stay above it, while Ukraine
    war text (Ukraine and Russia on most lines) falls far below it. It was 0.8; on the 80
    PolNeAR dev articles of held-out 1-6 (docs/audit/dev-evcoref.md) the shares fall in two
    clusters, foreign-affairs articles at 0.13-0.64 (Burma, Mexico, the UN, the EU summit,
    Russia's neighbours) and domestic ones from 0.71 up; 0.7 adds four domestic articles (a
    Green Party protest, climate diplomacy told from Washington, refugee politics, college
    fraud) and gave no foreign person the US in them.
    ``named_people``: a bare name with no title or sector ("Tom Clarke", "Don Fowler") takes the
    prior too, but only the article's country, never the one country its sentence happens to
    name ("Suu Kyi's visit to Washington"). On the same articles it gave 26 US persons their
    country and one foreign person (a Venezuelan-born beauty queen in campaign news) the US.
    ``foreign_sectors``: sectors whose members a domestic article names without their being
    its own people — armed groups (``REB``: "the Islamic State" in US campaign news) and
    refugees and migrants (``REF``: in US news mostly from elsewhere). They get no prior.
    ``short_sentences``: round 15, a text of at most this many sentences (a headline, or one
    sentence of US political news coded alone) is too short for ``min_evidence``; there the
    prior is the one country that *every* located item names, however few ("Pelham urged
    Ridley to apologise to Donald Trump": Trump alone locates the sentence, so Pelham and
    Ridley are American). One foreign item anywhere in the text cancels it, so war headlines
    (two countries on most lines) get no guess.
    ``short_countries``: the countries the short-text prior may give: those whose domestic
    news is told sentence by sentence without restating the country (US political news:
    senators, campaigns, courts, donors). Not a war's parties: a headline naming only Russia
    ("Putin condemns …", "civilians killed in Russian shelling") names the other side's
    people as often as Russia's own, so a first try with every country gave Russian victims,
    a Ukrainian Pope and a Russian FIFA on the CNN headlines of held-out 1-12.
    """

    min_evidence: int = 4
    min_share: float = 0.7
    foreign_sectors: frozenset[str] = frozenset({"REB", "REF"})
    named_people: bool = True
    short_sentences: int = 1
    short_countries: frozenset[str] = frozenset({"USA"})


PRIOR = DominantPrior()


def takes_prior(known: str | None, sector: str | None, prior: DominantPrior = PRIOR) -> bool:
    """A known actor keeps the country its entry gives, even none (an armed group, an IGO);
    members of a foreign-prone sector are not presumed to be the article's own people."""
    return known is None and sector not in prior.foreign_sectors


def dominant_country(codes: list[str], prior: DominantPrior = PRIOR,
                     sentences: int | None = None) -> str | None:
    """The country that ``codes`` (one per located item of an article) clearly favour, else None.
    ``sentences``: the text's length; a short text (``prior.short_sentences``) needs only
    unanimity."""
    if not codes:
        return None
    top, n = Counter(codes).most_common(1)[0]
    if sentences is not None and sentences <= prior.short_sentences and n == len(codes) \
            and top in prior.short_countries:
        return top
    if n < prior.min_evidence or n / len(codes) < prior.min_share:
        return None
    return top
