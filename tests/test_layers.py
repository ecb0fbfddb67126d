"""Layers run one way: a module imports only its own layer or lower ones, and no import cycles.

A short AST walk over src/parley (no dependency): every ``import``/``from`` of ``parley.*``,
at module level and inside functions, is resolved to a module and checked against ``LAYERS``.
"""
from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

#: Lowest first. A module may import its own layer and the layers before it, never later ones.
#: An entry names a module or a package (with everything inside it).
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("base", ("parley.schema", "parley.ontology", "parley.errors", "parley.workers")),
    ("knowledge", ("parley.lexicon",)),  # the one YAML loader
    ("ingest", ("parley.ingest",)),
    ("nlp", ("parley.nlp",)),
    ("pipeline", ("parley.pipeline",)),
    ("store", ("parley.store",)),
    ("corpus", ("parley.corpus",)),
    ("flow", ("parley.flow",)),  # code -> store -> dedup links -> incidents
    ("apps", ("parley.export", "parley.web", "parley.batch", "parley.eval")),
    ("cli", ("parley.cli", "parley.__main__")),
    # The root package only: lazy public names (parley.code, parley.Store), imported on use.
    ("facade", ("parley",)),
]
#: Names of the root package any layer may import: its module level imports nothing of parley.
ROOT_NAMES_FOR_ALL = {"__version__"}
#: Cycles between top-level units that are known and owned elsewhere, with the reason.
KNOWN_CYCLES: dict[frozenset[str], str] = {}
#: Packages whose modules must not import each other in a cycle.
ACYCLIC_PACKAGES = ("parley.store", "parley.corpus", "parley.batch", "parley.web",
                    "parley.nlp.places")


def layer_of(module: str) -> tuple[int, str] | None:
    """(rank, name) of the layer holding ``module`` (longest entry wins), or None."""
    best: tuple[int, int, str] | None = None
    for rank, (name, entries) in enumerate(LAYERS):
        for entry in entries:
            inside = module == entry or (entry != "parley" and module.startswith(entry + "."))
            if inside and (best is None or len(entry) > best[0]):
                best = (len(entry), rank, name)
    return (best[1], best[2]) if best else None


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted((SRC / "parley").rglob("*.py"))}


def parley_imports(source: str, module: str, is_package: bool, known: Iterable[str]
                   ) -> list[tuple[int, str]]:
    """(line, imported module) for every import of parley in ``source``, anywhere in it."""
    known = set(known)
    package = module if is_package else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names
                      if a.name == "parley" or a.name.startswith("parley.")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            if base != "parley" and not base.startswith("parley."):
                continue
            for alias in node.names:
                if base == "parley" and alias.name in ROOT_NAMES_FOR_ALL:
                    continue
                sub = f"{base}.{alias.name}"
                found.append((node.lineno, sub if sub in known else base))
    return found


def upward_imports(source: str, module: str, where: str, is_package: bool = False,
                   known: Iterable[str] = ()) -> list[str]:
    """Every import in ``source`` (of ``module``) of a higher layer, as readable lines."""
    own = layer_of(module)
    if own is None:
        return [f"{where}: module {module} is in no layer (add it to LAYERS)"]
    problems = []
    for line, target in parley_imports(source, module, is_package, known):
        theirs = layer_of(target)
        if theirs is None:
            problems.append(f"{where}:{line} imports {target}, which is in no layer")
        elif theirs[0] > own[0]:
            problems.append(f"{where}:{line} imports {target} "
                            f"(layer {theirs[1]} above layer {own[1]})")
    return problems


def import_graph() -> dict[str, set[str]]:
    """Module -> the parley modules it imports (module level and inside functions)."""
    modules = all_modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        source = path.read_text(encoding="utf-8")
        targets = parley_imports(source, name, path.name == "__init__.py", modules)
        graph[name] = {t for _, t in targets if t != name}
    return graph


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def unit(module: str) -> str:
    """The top-level package or module a module belongs to (``parley.store.db`` -> store)."""
    return ".".join(module.split(".")[:2])


# -- the checks on the real source --------------------------------------------------------------


def test_no_module_imports_a_higher_layer():
    modules = all_modules()
    problems = []
    for name, path in modules.items():
        problems += upward_imports(path.read_text(encoding="utf-8"), name,
                                   str(path.relative_to(SRC.parent)),
                                   path.name == "__init__.py", modules)
    assert not problems, "upward imports:\n" + "\n".join(problems)


def test_no_import_cycles_between_top_level_packages():
    units: dict[str, set[str]] = {}
    for source, targets in import_graph().items():
        units.setdefault(unit(source), set()).update(
            unit(t) for t in targets if unit(t) != unit(source))
    found = [c for c in cycles(units) if frozenset(c) not in KNOWN_CYCLES]
    assert not found, f"import cycles between top-level packages: {found}"


@pytest.mark.parametrize("package", ACYCLIC_PACKAGES)
def test_no_import_cycles_inside_package(package):
    graph = import_graph()
    inside = {m: {t for t in ts if t == package or t.startswith(package + ".")}
              for m, ts in graph.items() if m == package or m.startswith(package + ".")}
    assert not cycles(inside), f"import cycles in {package}: {cycles(inside)}"


# -- the checker itself: it reports what it should, and nothing else ------------------------------

KNOWN = {"parley.corpus.dedup", "parley.store.db", "parley.web.views", "parley.store.queries"}


@pytest.mark.parametrize("module,source,reported", [
    ("parley.store.db", "from parley.corpus.dedup import Deduplicator\n",
     "x.py:1 imports parley.corpus.dedup (layer corpus above layer store)"),
    ("parley.store.db", "def add():\n    from parley.corpus import dedup\n",
     "x.py:2 imports parley.corpus.dedup (layer corpus above layer store)"),
    ("parley.store.db", "import parley.web.views\n",
     "x.py:1 imports parley.web.views (layer apps above layer store)"),
    ("parley.store.db", "from ..corpus import dedup\n",
     "x.py:1 imports parley.corpus.dedup (layer corpus above layer store)"),
    ("parley.pipeline", "if True:\n    from parley.flow import ingest\n",
     "x.py:2 imports parley.flow (layer flow above layer pipeline)"),
    ("parley.corpus.incidents", "from parley import Store\n",
     "x.py:1 imports parley (layer facade above layer corpus)"),
])
def test_an_upward_import_is_reported(module, source, reported):
    assert upward_imports(source, module, "x.py", known=KNOWN) == [reported]


@pytest.mark.parametrize("module,source", [
    ("parley.corpus.dedup", "from parley.store.db import Store\n"),
    ("parley.web.views", "from parley.batch import query\nfrom parley.export import FORMATS\n"),
    ("parley.store.db", "from parley import __version__\nfrom . import queries\n"),
    ("parley.cli.store_cmd", "from parley.flow import ingest\n"),
])
def test_imports_down_or_sideways_are_not_reported(module, source):
    assert upward_imports(source, module, "x.py", known=KNOWN) == []


def test_a_module_outside_the_table_is_reported():
    assert upward_imports("", "parley.newthing", "x.py") == [
        "x.py: module parley.newthing is in no layer (add it to LAYERS)"]


def test_cycles_are_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
