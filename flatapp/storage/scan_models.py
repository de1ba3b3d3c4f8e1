"""Scanned paper: a batch of scanned pages, each page's aligned image and what became of it, what still
waits for a person (review items), and per answer the scan page it came from.

The page images are personal data (a resident's handwriting and answers): they live inside the database,
so they share its protection (encryption at rest, backups), and erasure, retention and the access letter
count them (flatapp.privacy).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flatapp.storage.base import Base, utc_now
from flatapp.storage.interview_models import Interview
from flatapp.storage.round_models import Round

# What became of a scanned page.
READ = "read"                    # identified and read; its sure answers are saved
NEEDS_REVIEW = "needs_review"    # identified; some boxes or handwritten fields wait for a person
UNREADABLE = "unreadable"        # not identified or not aligned (``problem`` says why); a person assigns or skips it
DUPLICATE = "duplicate"          # this sheet was scanned before: nothing saved twice
BLANK = "blank"                  # an empty back side of a double-sided scan
PAGE_STATUSES = (READ, NEEDS_REVIEW, UNREADABLE, DUPLICATE, BLANK)

# What a review item asks of a person.
ITEM_BOX = "box"                 # uncertain boxes (or two marks on a single choice) of one question or door
ITEM_FIELD = "field"             # a handwritten field: type what the crop shows
ITEM_PAGE = "page"               # a page that could not be identified: assign it to a home, or skip it
ITEM_OPEN, ITEM_DONE, ITEM_SKIPPED = "open", "done", "skipped"


class ScanBatch(Base):
    """One reading of a stack of paper (a PDF, a folder of images) for one round."""

    __tablename__ = "scan_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utc_now)
    user: Mapped[str] = mapped_column(String(80), default="")
    # The file names read (JSON list, names only, no folders).
    sources: Mapped[str] = mapped_column(Text, default="[]")

    round: Mapped[Round] = relationship()
    pages: Mapped[list["ScanPage"]] = relationship(back_populates="batch", cascade="all, delete-orphan",
                                                   order_by="ScanPage.source_index")


class ScanPage(Base):
    """One scanned page: where it came from, what its page id said, its aligned image and its status."""

    __tablename__ = "scan_page"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("scan_batch.id", ondelete="CASCADE"), index=True)
    # File name, and "p. 3" for a page in a multi-page PDF.
    source: Mapped[str] = mapped_column(String(260), default="")
    source_index: Mapped[int] = mapped_column(Integer, default=0)
    # The page id as printed in its QR code ('' when none was found), and its parts.
    page_id: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(1), default="")         # 'F' form, 'D' door list, '' unknown
    subject: Mapped[str] = mapped_column(String(40), default="")     # home code or door list key
    page_number: Mapped[int] = mapped_column(Integer, default=0)
    # The home whose form this page is (also when a person assigned an unreadable page to it).
    home_id: Mapped[int | None] = mapped_column(ForeignKey("home.id", ondelete="CASCADE"), index=True)
    fingerprint: Mapped[str] = mapped_column(String(128), default="", index=True)
    # The aligned page as PNG.
    image: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    status: Mapped[str] = mapped_column(String(16), default=READ)
    # Why a person must look, in Dutch ('' when all went well).
    problem: Mapped[str] = mapped_column(Text, default="")

    batch: Mapped[ScanBatch] = relationship(back_populates="pages")
    items: Mapped[list["ScanItem"]] = relationship(back_populates="page", cascade="all, delete-orphan",
                                                   order_by="ScanItem.id")


class ScanItem(Base):
    """What waits for a person on one page: uncertain boxes of a question (or a door), a handwritten field,
    or the page itself. ``reading`` holds the machine's reading (JSON), ``answer`` the person's (JSON)."""

    __tablename__ = "scan_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("scan_page.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    # The question code (a form), 'KN1:anders' (text beside an option) or the home code (a door list).
    target: Mapped[str] = mapped_column(String(40), default="")
    label: Mapped[str] = mapped_column(Text, default="")
    reading: Mapped[str] = mapped_column(Text, default="{}")
    crop: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    status: Mapped[str] = mapped_column(String(8), default=ITEM_OPEN)
    answer: Mapped[str] = mapped_column(Text, default="null")
    decided_by: Mapped[str] = mapped_column(String(80), default="")
    decided_at: Mapped[datetime | None] = mapped_column()

    page: Mapped[ScanPage] = relationship(back_populates="items")


class ScanAnswer(Base):
    """The provenance of one answer: the scan page it was read from (or typed from, in the review)."""

    __tablename__ = "scan_answer"
    __table_args__ = (UniqueConstraint("interview_id", "question", name="uq_scan_answer_question"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interview.id", ondelete="CASCADE"), index=True)
    question: Mapped[str] = mapped_column(String(24))
    page_id: Mapped[int] = mapped_column(ForeignKey("scan_page.id", ondelete="CASCADE"), index=True)
    # 'machine' (a sure box), 'person' (decided or typed in the review).
    how: Mapped[str] = mapped_column(String(8), default="machine")

    interview: Mapped[Interview] = relationship()
    page: Mapped[ScanPage] = relationship()
