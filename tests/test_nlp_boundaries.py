"""The nlp components know nothing of each other's internals.

Each component is a package under ``parley/nlp/`` (actors, places, dates, quotes, events). Code
outside a component package may import the package itself (what its ``__init__`` exports) but
not its modules: ``from parley.nlp.places import dateline_place`` is fine, ``from
parley.nlp.places.component import dateline_place`` is not. Shared pieces (syntax, placenames,
countries, extensions) are plain modules of ``parley.nlp`` that import no component.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
COMPONENTS = ("headlines", "actors", "places", "dates", "quotes", "events")
SHARED = ("syntax", "placenames", "countries", "extensions")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(tree: ast.AST, module: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, dotted name) of every import in ``tree``, relative imports resolved."""
    out = []
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            out += [(node.lineno, f"{base}.{a.name}") for a in node.names]
            out.append((node.lineno, base))
    return out


def component_of(name: str) -> str | None:
    parts = name.split(".")
    if len(parts) >= 3 and parts[:2] == ["parley", "nlp"] and parts[2] in COMPONENTS:
        return parts[2]
    return None


def violations(source: str, module: str, is_package: bool = False) -> list[str]:
    """Imports in ``source`` (the text of ``module``) that break the component boundaries."""
    found = []
    own = component_of(module)
    for line, name in imported(ast.parse(source), module, is_package):
        target = component_of(name)
        parts = name.split(".")
        # a submodule of another component, not a name its package exports
        if target and target != own and len(parts) > 3 \
                and (SRC / "parley" / "nlp" / target / f"{parts[3]}.py").exists():
            found.append(f"{module}:{line} imports {name} (inside component {target})")
        if module.split(".")[-1] in SHARED and module.startswith("parley.nlp.") and target:
            found.append(f"{module}:{line} imports component {target} (shared modules import none)")
    return found


def all_modules() -> list[tuple[Path, str]]:
    return [(p, module_name(p)) for p in sorted((SRC / "parley").rglob("*.py"))]


def test_no_module_reaches_into_another_components_internals():
    problems = []
    for path, module in all_modules():
        problems += violations(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("source,module", [
    ("from parley.nlp.places.component import dateline_place\n", "parley.nlp.events.where"),
    ("def f():\n    from parley.nlp.dates.resolve import resolve_date\n", "parley.store.rows"),
    ("from parley.nlp.actors import load_lexicon\n", "parley.nlp.syntax"),
])
def test_a_reach_into_internals_is_reported(source, module):
    assert violations(source, module)


@pytest.mark.parametrize("source,module", [
    ("from parley.nlp.places import dateline_place\n", "parley.nlp.events.where"),
    ("from parley.nlp.events.match import lemma\n", "parley.nlp.events.where"),
    ("from parley.nlp.syntax import to_clause\n", "parley.nlp.quotes.syntax"),
])
def test_public_and_own_imports_pass(source, module):
    assert not violations(source, module)
