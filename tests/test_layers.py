"""Imports point one way: domain ← importing/storage ← services ← analysis/disclosure/tent/charts/printing/privacy
← cli/gui. Every import is read from the source (also those inside functions); an edge to a higher layer,
or PySide6 outside gui/, fails here with the file and line."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "flatapp"
LAYERS = {"domain": 0, "storage": 1, "importing": 1, "services": 2, "analysis": 3, "disclosure": 3, "tent": 3,
          "charts": 3, "printing": 3, "privacy": 3, "reporting": 3, "demo": 3, "scanning": 3,
          "gui": 4}
TOP = 4       # flatapp/cli*.py and the package's own top modules (paths, resources) are read per file


def layer(module: str) -> int | None:
    parts = module.split(".")
    if parts[0] != "flatapp" or len(parts) < 2:
        return None
    if parts[1].startswith("cli") or parts[1] in ("__main__",):
        return TOP
    return LAYERS.get(parts[1])


def module_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module, node.lineno
            for alias in node.names:             # from flatapp import tent → flatapp.tent
                yield f"{node.module}.{alias.name}", node.lineno


def test_imports_point_one_way_and_qt_stays_in_the_gui():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_of(path)
        own = layer(module)
        in_gui = module.startswith("flatapp.gui")
        for name, line in imports(path):
            where = f"{path.relative_to(PACKAGE.parent)}:{line}"
            if name.split(".")[0] == "PySide6" and not in_gui:
                wrong.append(f"{where}: imports {name} outside flatapp/gui")
            target = layer(name)
            if own is not None and target is not None and target > own:
                wrong.append(f"{where}: {module} (layer {own}) imports {name} (layer {target})")
    assert not wrong, "\n".join(wrong)


def test_the_check_sees_an_upward_edge(tmp_path):
    """The test above can fail: an import from services in domain is found."""
    source = tmp_path / "flatapp" / "domain" / "bad.py"
    source.parent.mkdir(parents=True)
    source.write_text("def f():\n    from flatapp.services.homes import HomeRow\n", encoding="utf-8")
    found = [(name, line) for name, line in imports(source) if (layer(name) or 0) > 0]
    assert found == [("flatapp.services.homes", 2), ("flatapp.services.homes.HomeRow", 2)]
