"""FlatApp: door-to-door conversation rounds in apartment blocks."""

__version__ = "0.1.0"
APP_NAME = "FlatApp"
