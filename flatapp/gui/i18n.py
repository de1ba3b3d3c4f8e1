"""UI language: Dutch by default, English through Qt translations.

The source strings in the code are Dutch, so Dutch needs only Qt's own ``qtbase_nl.qm``
(standard buttons, context menus); English needs FlatApp's ``flatapp_en.qm``.
Nothing happens at import time: ``install_translators`` is called by the composition root.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from flatapp.resources import shipped_path

DEFAULT_LANGUAGE = "nl"
# Language code → the language's own name (shown in a language choice as it is, not translated).
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}
SETTINGS_KEY = "ui/language"
_LOCALES = {"nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}


@dataclass
class TranslationStatus:
    """What ``install_translators`` managed to load (the selftest reports on it)."""

    language: str
    qt_base_file: Path | None = None       # qtbase_<lang>.qm, when Qt has one for the language
    qt_base_loaded: bool = False
    app_file: Path | None = None           # resources/translations/flatapp_<lang>.qm, when shipped
    app_loaded: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def current_language() -> str:
    """The language chosen in the settings, or Dutch."""
    value = str(QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    """Remember the UI language; it takes effect at the next start."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; known: {sorted(LANGUAGES)}")
    QSettings().setValue(SETTINGS_KEY, language)


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def app_translations_dir() -> Path | None:
    try:
        return shipped_path("resources", "translations")
    except FileNotFoundError:
        return None


def install_translators(app: QCoreApplication, language: str | None = None) -> TranslationStatus:
    """Install Qt's and FlatApp's translators for ``language`` (default: the setting).

    The translators are children of ``app`` so they live as long as the application.
    Calling it again replaces the translators installed earlier.
    """
    language = language or current_language()
    status = TranslationStatus(language=language)
    remove_translators(app)
    QLocale.setDefault(_LOCALES.get(language, _LOCALES[DEFAULT_LANGUAGE]))

    qt_file = qt_translations_dir() / f"qtbase_{language}.qm"
    if qt_file.exists():
        status.qt_base_file = qt_file
        status.qt_base_loaded = _install(app, qt_file)
        if not status.qt_base_loaded:
            status.problems.append(f"Qt-vertaling {qt_file} kon niet worden geladen")
    elif language != "en":  # Qt's own texts are English already
        status.problems.append(f"Qt-vertaling {qt_file} ontbreekt")

    if language in QT_GAPS:
        gaps = _QtGaps(QT_GAPS[language], app)
        gaps.setObjectName("flatapp-translator")
        app.installTranslator(gaps)

    folder = app_translations_dir()
    app_file = folder / f"flatapp_{language}.qm" if folder is not None else None
    if app_file is not None and app_file.exists():
        status.app_file = app_file
        status.app_loaded = _install(app, app_file)
        if not status.app_loaded:
            status.problems.append(f"FlatApp-vertaling {app_file} kon niet worden geladen")
    return status


# Qt 6 changed a few of its own source texts (an '&' was added) and qtbase_<lang>.qm still has the old
# ones, so the file dialog said "Look in:" and "Files of type:" in a Dutch window. Filled in here.
QT_GAPS = {"nl": {("QFileDialog", "&Look in:"): "&Zoeken in:",
                  ("QFileDialog", "Files of &type:"): "Bestands&type:"}}


class _QtGaps(QTranslator):
    def __init__(self, texts: dict[tuple[str, str], str], parent: QCoreApplication):
        super().__init__(parent)
        self._texts = texts

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 (Qt's signature)
        return self._texts.get((context, source))     # None: not ours, Qt asks the next translator

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def translated_in(language: str, context: str, text: str) -> str:
    """``text`` (a Dutch source string) in ``language``, without installing a translator.

    For a message about a language choice, shown in the language just chosen. Gives the Dutch
    source when the language has no FlatApp translation or the text is not translated.
    """
    folder = app_translations_dir()
    file = folder / f"flatapp_{language}.qm" if folder is not None else None
    if file is None or not file.exists():
        return text
    translator = QTranslator()
    if not translator.load(str(file)):
        return text
    return translator.translate(context, text) or text


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators ``install_translators`` put in (before switching language)."""
    for old in app.findChildren(QTranslator, "flatapp-translator"):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()


def _install(app: QCoreApplication, file: Path) -> bool:
    translator = QTranslator(app)
    translator.setObjectName("flatapp-translator")
    if not translator.load(str(file)):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    return True
