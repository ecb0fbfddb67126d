"""Credit lines are boilerplate; gallery and media headlines that start with "Photos:" are not.

A credit names who took or owns a picture; a gallery headline is a sentence about the news.
Dropping the second lost whole headlines (an ingest failure "no article text left")."""
from __future__ import annotations

import pytest

from parley.ingest.boilerplate import line_reason, load_rules

RULES = load_rules()


@pytest.mark.parametrize("line", [
    "Photo credit: AFP/Getty Images",
    "Photos: Reuters",
    "Photo: Jane Doe for The Daily Planet",
    "Image: courtesy of the Ministry of Defence",
    "Pictures: John Smith/EPA-EFE",
    "Credit: Andrea Rossi via Getty Images",
])
def test_credit_lines_are_boilerplate(line):
    assert line_reason(RULES, line) == "photo-credit"


@pytest.mark.parametrize("line", [
    "Photos: Farmers return to their fields after the floods in Sindh",
    "Photos: The prime minister's visit to the front line",
    "Images: Volunteers clear rubble in the port city of Berdiansk",
    "Pictures: Crowds gather as the envoy arrives in Addis Ababa",
])
def test_gallery_headlines_are_story_text(line):
    assert line_reason(RULES, line) is None
