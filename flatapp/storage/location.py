"""Where an SQLite database may live, checked before anything touches the file.

- **Opening is not creating.** A mistyped path or a path in a missing folder is refused; a new
  database is made only on purpose (the new-database dialog, ``flatapp db create``, the demo).
- **No ``file:`` addresses** (SQLite would take them as a file name or a URI with options) and **no
  network shares** (``\\\\server\\share``, NFS/SMB mounts, a mapped network drive): SQLite's locking
  does not hold there, and several users need the PostgreSQL option.
- **Read-only** (the file or its folder cannot be written, e.g. a CD, a write-protected USB stick, a
  folder without rights): the database opens read-only, and the window says so.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

MOUNTS = Path("/proc/mounts")      # Linux: which filesystem holds a path
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p",
                       "fuse.sshfs", "davfs", "fuse.davfs2", "glusterfs", "ceph"}
SHARE_HELP = ("Een SQLite-database op een netwerkschijf kan beschadigd raken als meer mensen hem "
              "tegelijk gebruiken. Zet het bestand op deze computer, of gebruik met meer collega's een "
              "PostgreSQL-server (geef dan een adres als postgresql+psycopg://server/flatapp).")


def refused_text(text: str) -> str | None:
    """A Dutch reason why the typed target is no SQLite path FlatApp opens, or None."""
    stripped = text.strip()
    if stripped.casefold().startswith("file:"):
        return (f"'{stripped}' is een 'file:'-adres; FlatApp opent alleen een gewoon pad naar het bestand "
                "(bijvoorbeeld C:\\Users\\naam\\Documents\\flats.sqlite).")
    if stripped.startswith(("\\\\", "//")):
        return f"'{stripped}' staat op een netwerkschijf. {SHARE_HELP}"
    return None


def _mount_type(path: Path) -> str:
    """The filesystem type of the mount that holds ``path`` (Linux: /proc/mounts), '' if unknown."""
    try:
        mounts = MOUNTS.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    best, kind = "", ""
    target = str(path)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind


def _windows_remote(path: Path) -> bool:
    import ctypes

    drive = path.drive
    if not drive:
        return False
    DRIVE_REMOTE = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE  # type: ignore[attr-defined]


def on_network_share(path: Path) -> bool:
    if str(path).startswith(("\\\\", "//")):
        return True
    existing = path if path.exists() else path.parent
    if sys.platform == "win32":
        return _windows_remote(existing)
    return _mount_type(existing.resolve()) in NETWORK_FILESYSTEMS


def writable(path: Path) -> bool:
    """True when the file and its folder can really be written (as root too: tried, not asked)."""
    try:
        handle = os.open(path, os.O_RDWR)
    except OSError:
        return False
    os.close(handle)
    try:
        # SQLite's WAL needs its -wal and -shm files beside the database.
        with tempfile.TemporaryFile(dir=path.parent):
            pass
    except OSError:
        return False
    return True


class Companions:
    """The -wal/-shm/-journal files beside a database: those that appear while FlatApp only looks at a
    file it then refuses are removed again, so a refused file is left exactly as it was found."""

    SUFFIXES = ("-wal", "-shm", "-journal")

    def __init__(self, path: Path) -> None:
        self.files = [path.with_name(path.name + suffix) for suffix in self.SUFFIXES]
        self.before = {file for file in self.files if file.exists()}

    def remove_new(self) -> None:
        for file in self.files:
            if file not in self.before:
                try:
                    file.unlink(missing_ok=True)
                except OSError:
                    pass
