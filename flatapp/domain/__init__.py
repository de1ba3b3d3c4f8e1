"""Pure domain rules (no database, no Qt): addresses, floors, codes, typed Dutch dates, walking order."""
