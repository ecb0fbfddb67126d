"""Vendor the words of office holders' names from the Phoenix country actor dictionary.

Run once (``python scripts/vendor_phoenix_names.py ../shared/reference/petrarch2``): reads
``Phoenix.Countries.actors.txt`` (PETRARCH2, MIT licence, Copyright (c) 2014 Open Event Data) and
writes ``src/parley/lexicon/petrarch2/phoenix_name_words.txt``: every alphabetic word of the
dictionary's CountryInfo person entries ("JUAN_MANUEL_SANTOS_" gives Juan, Manuel, Santos), one
per line, title case, sorted. Round 44 reads it as a guard: a word that is part of a public
figure's name ("Santos administration", "Kim officials") is not read as a small town of that
name. The licence note stays in the header of the written file.
"""
from __future__ import annotations

import sys
from pathlib import Path

LEXICON = Path(__file__).resolve().parents[1] / "src" / "parley" / "lexicon"
DEST = LEXICON / "petrarch2" / "phoenix_name_words.txt"
HEADER = """# Words of office holders' names, derived from the Phoenix (PETRARCH2) CAMEO country actor
# dictionary, Phoenix.Countries.actors.txt, entries marked "# CountryInfo.txt" (persons):
# Copyright (c) 2014 Open Event Data Alliance, MIT License (see Phoenix.actors.LICENSE beside
# this file). Written by scripts/vendor_phoenix_names.py; one word per line, title case.
"""


def name_words(path: Path) -> list[str]:
    """Alphabetic words (3 letters or more) of the dictionary's person entries."""
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if "# CountryInfo.txt" not in line:
            continue
        for w in line.split("#")[0].strip().rstrip("_").split("_"):
            if len(w) >= 3 and w.isalpha() and w.isascii():
                words.add(w.capitalize())
    return sorted(words)


def main() -> int:
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__ or "")
        return 2
    words = name_words(Path(sys.argv[1]) / "Phoenix.Countries.actors.txt")
    DEST.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {DEST}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
