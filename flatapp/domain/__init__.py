"""Pure domain rules (no database, no Qt): addresses, floors, codes."""
