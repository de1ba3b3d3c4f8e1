"""The wheel and the PyInstaller bundle carry everything FlatApp loads from files at run time.

Migrations (env.py and every script in versions/), the demo address list, the fonts with their
licence and the translations live at the top level of the repository; the wheel and the bundle
carry them under flatapp/_data, where flatapp.resources.shipped_path looks first.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path, PurePosixPath

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _shipped_files(folder: str) -> list[str]:
    """Repository files under ``folder`` as they must appear in the wheel (no caches)."""
    base = REPO_ROOT / folder
    return sorted(
        f"flatapp/_data/{path.relative_to(REPO_ROOT).as_posix()}"
        for path in base.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # --no-isolation: hatchling comes from the test extra, so the build needs no network.
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(REPO_ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, f"wheel build failed:\n{result.stdout}\n{result.stderr}"
    wheels = list(out.glob("flatapp-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def wheel_names(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_wheel_contains_migrations(wheel_names):
    assert "flatapp/_data/database/migrations/env.py" in wheel_names
    scripts = sorted((REPO_ROOT / "database" / "migrations" / "versions").glob("*.py"))
    assert scripts, "no migration scripts in database/migrations/versions"
    missing = [p.name for p in scripts if f"flatapp/_data/database/migrations/versions/{p.name}" not in wheel_names]
    assert not missing, f"migrations missing from the wheel: {missing}"


def test_wheel_contains_demo_fonts_and_licence(wheel_names):
    demo = sorted((REPO_ROOT / "database" / "demo").glob("*.csv"))
    assert demo, "no demo address list in database/demo"
    for path in demo:
        assert f"flatapp/_data/database/demo/{path.name}" in wheel_names
    fonts = sorted((REPO_ROOT / "resources" / "fonts").glob("*.ttf"))
    assert fonts, "no fonts in resources/fonts"
    for path in fonts:
        assert f"flatapp/_data/resources/fonts/{path.name}" in wheel_names
    assert any(name.startswith("flatapp/_data/resources/fonts/") and "LICENSE" in name.upper()
               for name in wheel_names), "the font licence is not in the wheel"


def test_wheel_contains_every_shipped_file(wheel_names):
    """Translations (when there are any), icons and everything else under database/ and resources/."""
    expected = _shipped_files("database") + _shipped_files("resources")
    missing = [name for name in expected if name not in wheel_names]
    assert not missing, f"files missing from the wheel: {missing}"
    assert not [n for n in wheel_names if "__pycache__" in n or n.endswith(".pyc")]


def test_unpacked_wheel_finds_its_own_data(wheel, tmp_path):
    """Import flatapp from the unpacked wheel (not the checkout) and open a database from there."""
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    probe = textwrap.dedent(
        """
        import sys
        from pathlib import Path, PurePosixPath
        import flatapp, flatapp.resources as r
        from flatapp.storage.database import open_database

        site = Path(sys.argv[1]).resolve()
        assert Path(flatapp.__file__).resolve().is_relative_to(site), flatapp.__file__
        data = site / "flatapp" / "_data"
        for parts in [("database", "migrations", "env.py"), ("database", "demo"), ("resources", "fonts")]:
            found = r.shipped_path(*parts).resolve()
            assert found.is_relative_to(data), (parts, found)
        assert r.migrations_dir().resolve() == data / "database" / "migrations"
        db = open_database(Path(sys.argv[2]) / "probe.sqlite", create=True)
        status = db.status()
        db.dispose()
        assert status.up_to_date and status.integrity == "ok", status
        print("wheel-ok", status.head)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("PYTHONHOME", None)
    result = subprocess.run(
        [sys.executable, "-c", probe, str(site), str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "wheel-ok" in result.stdout


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("pyinstaller-work")
    result = subprocess.run(
        ["bash", str(REPO_ROOT / "installer" / "build.sh"), str(dist), str(work)],
        capture_output=True, text=True, timeout=900, env={**os.environ, "PYTHON": sys.executable},
    )
    assert result.returncode == 0, f"PyInstaller build failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
    executable = dist / "FlatApp" / ("FlatApp.exe" if sys.platform == "win32" else "FlatApp")
    assert executable.exists(), sorted(p.name for p in (dist / "FlatApp").iterdir())
    return executable


# Shipped in the wheel but deliberately not in the bundle (see DATA_FILES in installer/flatapp.spec).
NOT_IN_BUNDLE = ("database/README.md", "database/alembic.ini", "*.ts")


def test_bundle_carries_data_files(bundle):
    """Everything under database/ and resources/ that the app reads, so a new resource folder
    cannot be forgotten in the spec's explicit list."""
    data = bundle.parent / "_internal" / "flatapp" / "_data"
    assert (data / "database" / "migrations" / "env.py").is_file()
    expected = [
        name.removeprefix("flatapp/_data/")
        for name in _shipped_files("database") + _shipped_files("resources")
    ]
    expected = [name for name in expected if not any(PurePosixPath(name).match(p) for p in NOT_IN_BUNDLE)]
    missing = [name for name in expected if not (data / name).is_file()]
    assert not missing, f"files missing from the bundle (add them to DATA_FILES in installer/flatapp.spec): {missing}"


def test_bundle_selftest(bundle, tmp_path):
    """The frozen app starts offscreen, opens (and so migrates) the demo database and draws its window."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FLATAPP_HOME": str(tmp_path / "home"),
    }
    env.pop("FLATAPP_DB", None)
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        [str(bundle), "selftest"], capture_output=True, text=True, timeout=180, cwd=tmp_path, env=env,
    )
    log = tmp_path / "home" / "logs"
    details = "\n".join(p.read_text(errors="replace")[-3000:] for p in log.glob("*.log")) if log.exists() else ""
    assert result.returncode == 0, (
        f"FlatApp selftest exited {result.returncode}\nstdout:\n{result.stdout}\n"
        f"stderr:\n{result.stderr[-4000:]}\nlogs:\n{details}"
    )
    assert "ok" in result.stdout.lower()


def test_bundle_draws_a_poster_with_vector_charts(bundle, tmp_path):
    """The frozen app finds svglib, lxml, matplotlib's data and the fonts: a demo poster from the bundle."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FLATAPP_HOME": str(tmp_path / "home")}
    env.pop("FLATAPP_DB", None)
    env.pop("PYTHONPATH", None)
    demo = tmp_path / "demo.sqlite"
    poster = tmp_path / "poster.pdf"
    for argv in (["demo", str(demo)],
                 ["poster", "--db", str(demo), "--round", "Najaar 2026", "--size", "A3", "-o", str(poster)]):
        result = subprocess.run([str(bundle), *argv], capture_output=True, text=True, timeout=180,
                                cwd=tmp_path, env=env)
        assert result.returncode == 0, f"{argv[0]}: {result.stdout}\n{result.stderr[-4000:]}"
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(str(poster)).pages)
    assert "Voorbeeldflat" in text and "%" in text


def test_bundle_opens_an_encrypted_database(bundle, tmp_path):
    """The frozen app carries SQLCipher: it makes an encrypted demo database and opens it again with
    FLATAPP_PASSPHRASE (the window too, in the selftest); without the passphrase it refuses."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FLATAPP_HOME": str(tmp_path / "home"),
           "FLATAPP_PASSPHRASE": "een zin als wachtwoord"}
    env.pop("FLATAPP_DB", None)
    env.pop("PYTHONPATH", None)
    demo = tmp_path / "geheim.sqlite"

    def run(*argv: str, **extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(bundle), *argv], capture_output=True, text=True, timeout=180, cwd=tmp_path,
                              env={**env, **extra}, stdin=subprocess.DEVNULL)

    made = run("demo", str(demo), "--encrypt")
    assert made.returncode == 0, made.stderr[-4000:]
    assert demo.read_bytes()[:16] != b"SQLite format 3\x00" and b"Kastanjelaan" not in demo.read_bytes()
    listed = run("buildings", "--db", str(demo))
    assert listed.returncode == 0 and "Voorbeeldflat" in listed.stdout, listed.stderr[-4000:]
    selftest = run("selftest", "--db", str(demo))
    assert selftest.returncode == 0 and "ok" in selftest.stdout.lower(), selftest.stdout + selftest.stderr[-4000:]
    wrong = run("buildings", "--db", str(demo), FLATAPP_PASSPHRASE="niet het goede wachtwoord")
    assert wrong.returncode == 1 and "klopt niet" in wrong.stderr


def test_bundle_reads_a_scanned_form(bundle, tmp_path):
    """The frozen app carries OpenCV, zxing-cpp and PDFium: a printed form (its PDF pages, as a copier's
    PDF would hold them) is read back, every page identified by its QR code, and becomes a draft."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FLATAPP_HOME": str(tmp_path / "home")}
    env.pop("FLATAPP_DB", None)
    env.pop("PYTHONPATH", None)
    demo, forms, stack = tmp_path / "demo.sqlite", tmp_path / "formulieren.pdf", tmp_path / "stapel.pdf"

    def run(*argv: str) -> subprocess.CompletedProcess:
        result = subprocess.run([str(bundle), *argv], capture_output=True, text=True, timeout=180, cwd=tmp_path,
                                env=env, stdin=subprocess.DEVNULL)
        assert result.returncode == 0, f"{argv[0]}: {result.stdout}\n{result.stderr[-4000:]}"
        return result

    run("demo", str(demo))
    run("forms", "--db", str(demo), "--round", "Najaar 2026", "-o", str(forms))
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(str(forms)).pages[:4]:           # one home's form
        writer.add_page(page)
    writer.write(str(stack))
    scanned = run("scan", "--db", str(demo), "--round", "Najaar 2026", str(stack))
    assert "4 gelezen" in scanned.stdout and "0 onleesbaar" in scanned.stdout, scanned.stdout
    assert "als concept opgeslagen" in scanned.stdout, scanned.stdout
