"""The limits of a sign-up line and the words a sheet uses for yes and no."""

from __future__ import annotations

NAME_MAX, TOPIC_MAX, HOUSE_MAX, PHONE_MAX, EMAIL_MAX = 120, 120, 40, 60, 120
PHONE_MIN_DIGITS = 6          # fewer digits is a house number, not a phone number
# Options of the topic question that are no topic of their own on a sheet.
NOT_A_TOPIC = frozenset({"anders", "geen", "weet niet"})
YES_WORDS = frozenset({"j", "ja", "x", "1", "y", "yes", "waar", "true", "v", "✓", "✔", "√"})
NO_WORDS = frozenset({"", "n", "nee", "0", "no", "onwaar", "false", "-"})
