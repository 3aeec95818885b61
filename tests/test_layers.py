"""The package's architecture: no import circles, and each module imports only from its own
layer or below. Imports inside functions and under TYPE_CHECKING count too: a circle that only
shows when a function runs is still a circle."""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "designlint"

# From the ground floor up. A name covers that module and, for a package, everything inside it;
# the longest name that matches a module decides its layer (scaffold.presets is data, the rest of
# scaffold sits with the commands). A new module must be placed here on purpose.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "ground",
        (
            "designlint", "errors", "resources", "findings", "validation", "memo", "patterns",
            "termsearch", "termdispatch", "lowered", "spelling", "schemapatterns", "atomic", "files", "gitfiles", "parallel", "lint.cachefiles",
        ),
    ),
    ("data and config", ("config", "catalogue", "scaffold.presets", "scaffold.spec")),
    ("document model", ("doc",)),
    ("checks", ("checks", "estimate")),
    ("rule set, engine and run", ("lint",)),
    ("report and formatters", ("reporting", "formatters")),
    ("commands", ("cli", "cli_estimate", "cli_scaffold", "cli_report", "cli_practice", "__main__", "scaffold", "practice")),
)


def module_name(path: Path, package: Path) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(node: ast.AST, module: str, is_package: bool, modules: Collection[str]) -> Iterator[str]:
    """The package modules an import statement loads: `from p import m` names the module p.m when
    there is one (not p's __init__, which Python runs for any submodule anyway), else p."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
    elif isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            here = module.split(".") if is_package else module.split(".")[:-1]
            base = ".".join([*here[: len(here) - node.level + 1], *([base] if base else [])])
        for alias in node.names:
            yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base


def import_graph(package: Path) -> dict[str, set[str]]:
    """Each module of the package and the package modules it imports, anywhere in its code."""
    paths = {module_name(p, package): p for p in package.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        found = {
            target
            for node in ast.walk(tree)
            for target in _imported(node, name, path.name == "__init__.py", paths)
            if target in paths
        }
        graph[name] = found - {name}
    return graph


def find_cycle(graph: Mapping[str, set[str]]) -> list[str] | None:
    """One import circle as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target, [*path, target])):
                return found
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start, [start])):
            return found
    return None


def layer_of(module: str) -> int | None:
    short = module.removeprefix("designlint.") if module != "designlint" else "designlint"
    best: tuple[int, int] | None = None  # (length of the matching name, layer)
    for level, (_, names) in enumerate(LAYERS):
        for name in names:
            if (short == name or short.startswith(name + ".")) and (best is None or len(name) > best[0]):
                best = (len(name), level)
    return None if best is None else best[1]


def upward_imports(graph: Mapping[str, set[str]]) -> list[str]:
    problems = []
    for module, targets in sorted(graph.items()):
        for target in sorted(targets):
            here, there = layer_of(module), layer_of(target)
            if here is not None and there is not None and there > here:
                problems.append(f"{module} ({LAYERS[here][0]}) imports {target} ({LAYERS[there][0]})")
    return problems


GRAPH = import_graph(PACKAGE)


def test_the_graph_sees_imports_inside_functions_and_type_checking_blocks(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from pkg import b\n")
    (package / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.c import C\n")
    (package / "c.py").write_text("from . import a\n")
    graph = import_graph(package)
    assert graph == {"pkg": set(), "pkg.a": {"pkg.b"}, "pkg.b": {"pkg.c"}, "pkg.c": {"pkg.a"}}
    assert find_cycle(graph) == ["pkg.a", "pkg.b", "pkg.c", "pkg.a"]


def test_there_is_no_import_cycle() -> None:
    cycle = find_cycle(GRAPH)
    assert cycle is None, "import circle: " + " -> ".join(cycle or [])


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_every_module_has_a_layer(module: str) -> None:
    assert layer_of(module) is not None, f"{module} has no layer: add it to LAYERS in tests/test_layers.py"


def test_modules_import_only_from_their_layer_or_below() -> None:
    assert upward_imports(GRAPH) == []


def test_an_upward_import_is_reported() -> None:
    graph = {"designlint.errors": {"designlint.lint.engine"}, "designlint.lint.engine": {"designlint.errors"}}
    assert upward_imports(graph) == [
        "designlint.errors (ground) imports designlint.lint.engine (rule set, engine and run)"
    ]


def test_the_cache_fingerprint_covers_every_module() -> None:
    from designlint.lint import cache

    covered = {p.resolve() for p in cache.code_files()}
    modules = {p.resolve() for p in PACKAGE.rglob("*.py")}
    assert modules and modules <= covered, sorted(str(p) for p in modules - covered)
