"""parley.errors: numbered, unique, used messages; every exception class defined there."""
from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

from parley.errors import Errors, ParleyError

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "parley"
ERRORS_PY = SRC / "errors.py"
CODE = re.compile(r"E\d{3}")
# where a numbered message may be used: raised, printed just before ``raise typer.Exit``,
# answered by the web as a problem response (``problem``, ``send_problem``) or a page's 404
# (``found_or_404``), or recorded as a failure of the input (as `parley load` does for a
# damaged shard)
PRINTERS = {"fail_line", "print", "write", "problem", "send_problem", "add_failure",
            "found_or_404"}
# helpers whose return value is raised by their callers
MESSAGE_HELPERS = {"_connect_hint", "store_error"}


def _codes() -> dict[str, str]:
    return {name: value for name, value in vars(Errors).items() if CODE.fullmatch(name)}


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(SRC.rglob("*.py"))}


def test_every_message_is_unique_and_starts_with_its_own_code():
    codes = _codes()
    assert len(codes) > 40
    for name, message in codes.items():
        assert message.startswith(f"[{name}] "), name
    assert len(set(codes.values())) == len(codes)


def _uses(tree: ast.Module) -> dict[str, bool]:
    """Each ``Errors.Ennn`` referenced in the module → whether one reference is at a raise site."""
    found: dict[str, bool] = {}

    def visit(node: ast.AST, at_raise: bool) -> None:
        if isinstance(node, ast.Raise):
            at_raise = True
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            at_raise = at_raise or name in PRINTERS
        elif isinstance(node, ast.FunctionDef) and node.name in MESSAGE_HELPERS:
            at_raise = True
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id == "Errors" and CODE.fullmatch(node.attr)):
            found[node.attr] = found.get(node.attr, False) or at_raise
        for child in ast.iter_child_nodes(node):
            visit(child, at_raise)

    visit(tree, False)
    return found


def test_every_code_is_raised_somewhere_and_every_use_exists():
    codes = _codes()
    used: dict[str, bool] = {}
    for path, tree in _trees().items():
        if path == ERRORS_PY:
            continue
        for code, at_raise in _uses(tree).items():
            assert code in codes, f"{path}: Errors.{code} does not exist"
            used[code] = used.get(code, False) or at_raise
    assert sorted(set(codes) - set(used)) == [], "unused templates"
    assert sorted(c for c, ok in used.items() if not ok) == [], "used, but not at a raise site"


def _exception_classes(tree: ast.Module, names: set[str]) -> list[ast.ClassDef]:
    """Classes that subclass an exception: a builtin ``…Error``/``Exception`` or a known one."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            bases = {ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases}
            if bases & names or any(b.endswith(("Error", "Exception")) for b in bases):
                found.append(node)
    return found


def test_every_exception_class_is_defined_in_parley_errors_and_is_a_parley_error():
    import parley.errors as module

    defined = {name for name, obj in vars(module).items()
               if isinstance(obj, type) and issubclass(obj, BaseException)}
    for path, tree in _trees().items():
        classes = _exception_classes(tree, defined)
        if path == ERRORS_PY:
            assert {c.name for c in classes} | {"ParleyError"} == defined
        else:
            assert classes == [], f"{path}: define {[c.name for c in classes]} in parley/errors.py"
    for name in defined:
        assert issubclass(getattr(module, name), ParleyError), name


def test_old_names_still_import_from_their_old_modules():
    from parley.batch.load import LoadError
    from parley.batch.manifest import OutputError
    from parley.batch.query import QueryError as BatchQueryError
    from parley.batch.sources import SourceError
    from parley.export import ExportError
    from parley.ingest.errors import IngestError
    from parley.store.db import StoreError
    from parley.store.queries import QueryError
    from parley.store.schema import MigrationNeeded, SchemaError
    from parley.web.coding import TooLong
    from parley.web.snapshot import StoreBusy

    assert BatchQueryError is QueryError and issubclass(QueryError, ValueError)
    assert issubclass(StoreError, RuntimeError) and issubclass(MigrationNeeded, SchemaError)
    assert issubclass(TooLong, ValueError) and issubclass(StoreBusy, RuntimeError)
    assert issubclass(ExportError, ValueError)
    for cls in (LoadError, OutputError, SourceError, IngestError, SchemaError):
        assert issubclass(cls, ParleyError)


def test_docs_errors_md_is_up_to_date():
    spec = importlib.util.spec_from_file_location("errors_doc", ROOT / "scripts" / "errors_doc.py")
    assert spec and spec.loader
    errors_doc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(errors_doc)
    page = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    assert page == errors_doc.render(), "docs/errors.md is stale: run python scripts/errors_doc.py"
