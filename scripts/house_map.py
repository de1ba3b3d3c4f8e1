"""The house in numbers, for a newcomer or a closing note: which package imports which (counted over
every import, including those inside functions), and the largest modules of flatapp/.

    .venv/bin/python scripts/house_map.py [--largest 15]
"""

from __future__ import annotations

import argparse
import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "flatapp"


def package_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "flatapp" or len(parts) < 2:
        return None
    name = parts[1]
    return "cli" if name.startswith("cli") else name


def imported_modules(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--largest", type=int, default=15, help="how many of the largest modules to list")
    args = parser.parse_args()

    edges: Counter[tuple[str, str]] = Counter()
    sizes: list[tuple[int, str]] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent)
        source = package_of(".".join(relative.with_suffix("").parts))
        if "generated" not in relative.parts:
            sizes.append((len(path.read_text(encoding="utf-8").splitlines()), str(relative)))
        for name in imported_modules(path):
            target = package_of(name)
            if source and target and target != source and (source, target) != ("__main__", "cli"):
                edges[source, target] += 1

    print("Imports between packages (importer -> imported: number of import statements)")
    for source in sorted({s for s, _ in edges}):
        targets = sorted(((t, n) for (s, t), n in edges.items() if s == source), key=lambda item: -item[1])
        print(f"  {source:<11} -> " + ", ".join(f"{t} {n}" for t, n in targets))
    print(f"\nLargest modules (lines; {len(sizes)} modules, generated Designer code left out)")
    for lines, name in sorted(sizes, reverse=True)[:args.largest]:
        print(f"  {lines:5d}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
