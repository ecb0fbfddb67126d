"""Round 30: a "deal" of weight or quantity, and a stance told of its holder (US political news).

Invented sentences, each coded alone through the real pipeline, with near misses that keep
their coding (docs/audit/dev-round30.md).
"""
from __future__ import annotations

import pytest

from tests.event_helpers import types

PUB = "2016-09-20"


@pytest.mark.parametrize("text", [
    "The senator made a big deal of the audit report.",
    "The mayor said the delay was not a huge deal.",
    "The council has done a good deal of work on the zoning plan.",
    "It was a great deal for the farmers, the minister said.",
    "Crews have finished a good deal of the road repairs, the mayor said.",
])
def test_a_deal_of_weight_is_no_agreement(code, text):
    assert "AGREE" not in types(code(text, published=PUB))


@pytest.mark.parametrize("text", [
    "China and India signed a huge trade deal on Monday.",
    "Kenya and Uganda reached a big deal on the pipeline.",
    "The governor struck a big deal with the unions.",
    "The firm completed a big deal with the Saudi fund.",
])
def test_a_big_deal_made_is_an_agreement(code, text):
    assert "AGREE" in types(code(text, published=PUB))


@pytest.mark.parametrize("text", [
    "The unions that support the governor held a rally in Dayton.",
    "Advocacy groups supported by two oil tycoons spent millions on ads.",
    "Millions of Americans supporting the senator turned out.",
    "The militia, which Iran has backed since the 1980s, launched rockets at the base.",
])
def test_a_stance_told_of_its_holder_is_no_support_event(code, text):
    assert "SUPPORT" not in types(code(text, published=PUB))


@pytest.mark.parametrize("text", [
    "The leaders who backed the plan on Monday met again.",
    "Germany supports Ukraine's bid to join the EU.",
    "The governor endorsed the senator at a rally on Friday.",
])
def test_support_told_as_an_act_stays(code, text):
    assert "SUPPORT" in types(code(text, published=PUB))
