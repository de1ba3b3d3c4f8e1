"""What goes to the tent, as plain data: panels built only from PublicResults.

Every poster, handout page, sign-up sheet and slide is drawn from a ``TentContent``. It is made from
``flatapp.disclosure.rules.PublicResults`` (the one gate for public figures) and nothing else, so a
renderer cannot reach a name, a home number, a tie or a raw count even by mistake.

A panel that has nothing public says so in ``empty`` (a Dutch sentence) instead of leaving a blank frame.
"""

from __future__ import annotations

from dataclasses import dataclass

from flatapp.disclosure.rules import (
    HIDDEN_TEXT,
    PublicCohesion,
    PublicFigure,
    PublicGroup,
    PublicQuestion,
    PublicResults,
    PublicTopic,
)
from flatapp.domain import template_codes as codes

# Panel keys in the default order of a combined poster.
HEADLINE, KNOWING, HELPING, TOPICS, NUISANCE, QUOTES, FLOORS, COHESION = (
    "kerncijfers", "kennen", "helpen", "onderwerpen", "overlast", "citaten", "verdiepingen", "samenhang")
PANEL_KEYS = (HEADLINE, KNOWING, HELPING, TOPICS, NUISANCE, QUOTES, FLOORS, COHESION)
PANEL_TITLES = {
    HEADLINE: "De gesprekken in cijfers",
    KNOWING: "Buren kennen",
    HELPING: "Elkaar helpen",
    TOPICS: "Samen aan de slag",
    NUISANCE: "Waar hebben bewoners last van?",
    QUOTES: "Wat bewoners vertelden",
    FLOORS: "Gesproken per portiek en verdieping",
    COHESION: "Samenhang in de buurt",
}
# Six panels fill an A1 poster well; quotes and the floors picture are added by choice.
DEFAULT_PANELS = (HEADLINE, KNOWING, HELPING, TOPICS, NUISANCE, COHESION)

KNOWING_QUESTION, HELPING_QUESTION, HELP_KINDS_QUESTION, NUISANCE_QUESTION = (
    codes.KNOWN_NEIGHBOURS, codes.HELP_WILLING, codes.HELP_KINDS, codes.NUISANCE)
# Yes/no questions about everyday contact, with the short label a poster shows for their 'Ja'.
CONTACT_QUESTIONS = (("KN3", "groet buren"), ("KN4", "maakt weleens een praatje"),
                     ("KN5", "gaat weleens op bezoek"))
YES_LABEL = "ja"
NONE_LABELS = frozenset({"geen (0 buren)", "geen", "nergens last van"})
HELP_WILLING_LABELS = frozenset({"ja", "dat doe ik al"})
MAX_HELP_KINDS = 4

SIGN_UP_CALL = "Doe mee! Schrijf je in op de lijst bij de tafel."
PRIVACY_LINE = ("Alle cijfers zijn afgerond. Groepen van minder dan {threshold} bewoners tonen we niet, "
                "en er staan geen namen of huisnummers op.")


@dataclass(frozen=True)
class BigNumber:
    value: str                 # '95', '48%'
    caption: str               # 'huishoudens gesproken'


@dataclass(frozen=True)
class Bar:
    """One bar of a public chart. ``figure.shown`` False: draw no bar, write figure.text instead."""

    label: str
    figure: PublicFigure


@dataclass(frozen=True)
class Panel:
    key: str                                   # one of PANEL_KEYS
    title: str
    lead: str = ""                             # the one sentence in big type: '80% kent een buur bij naam'
    big_numbers: tuple[BigNumber, ...] = ()    # HEADLINE only
    bars: tuple[Bar, ...] = ()                 # percentages of the base (KNOWING, HELPING, NUISANCE)
    extra_title: str = ""                      # heading of the second set of bars
    extra_bars: tuple[Bar, ...] = ()           # e.g. 'groet buren 90%', kinds of help
    topics: tuple[PublicTopic, ...] = ()       # TOPICS: rounded counts to join / to organise
    groups: tuple[PublicGroup, ...] = ()       # FLOORS: entrances first, then floors
    cohesion: PublicCohesion | None = None     # COHESION
    quotes: tuple[str, ...] = ()               # QUOTES: approved texts only
    call: str = ""                             # call to action ('Doe mee! …')
    note: str = ""                             # small print under the panel: the base, the source
    empty: str = ""                            # non-empty: nothing public; show this sentence instead

    @property
    def is_empty(self) -> bool:
        return bool(self.empty)


@dataclass(frozen=True)
class SignUpTopic:
    label: str                 # 'Koffieochtend'
    interest: str              # 'Ongeveer 30 buren willen hier al aan meedoen.' or '' when not public


@dataclass(frozen=True)
class TentContent:
    building_name: str
    round_name: str
    headline: str                              # PublicResults.headline
    panels: tuple[Panel, ...]                  # in PANEL_KEYS order, every key present
    sign_up_topics: tuple[SignUpTopic, ...]
    privacy_line: str = PRIVACY_LINE.format(threshold=5)

    def panel(self, key: str) -> Panel:
        for panel in self.panels:
            if panel.key == key:
                return panel
        raise KeyError(key)

    def chosen(self, keys: tuple[str, ...] | list[str] | None = None) -> tuple[Panel, ...]:
        """The panels for ``keys`` in that order (unknown keys raise ValueError with the choices)."""
        if keys is None:
            keys = DEFAULT_PANELS
        unknown = [key for key in keys if key not in PANEL_KEYS]
        if unknown:
            raise ValueError(f"Onbekend paneel: {', '.join(unknown)}. Kies uit: {', '.join(PANEL_KEYS)}.")
        return tuple(self.panel(key) for key in dict.fromkeys(keys))


def _question(public: PublicResults, code: str) -> PublicQuestion | None:
    return next((q for q in public.questions if q.code == code), None)


def _bars(question: PublicQuestion, skip: frozenset[str] = frozenset()) -> tuple[Bar, ...]:
    return tuple(Bar(o.label, o.figure) for o in question.options if o.label.casefold() not in skip)


def _share_of(question: PublicQuestion | None, labels: frozenset[str]) -> int | None:
    """Sum of the shown percentages of ``labels``; None when any of them is hidden or missing."""
    if question is None:
        return None
    parts = [o.figure for o in question.options if o.label.casefold() in labels]
    if not parts or not all(p.shown for p in parts):
        return None
    return min(100, sum(p.percent for p in parts))


def _empty(key: str, why: str = HIDDEN_TEXT) -> Panel:
    return Panel(key, PANEL_TITLES[key], empty=f"Nog niet te tonen: {why}.")


def _headline(public: PublicResults) -> Panel:
    figure = public.response
    if not figure.shown:
        return Panel(HEADLINE, PANEL_TITLES[HEADLINE], empty=public.headline)
    numbers = (BigNumber(str(figure.rounded), "gesprekken aan de deur (afgerond op 5)"),
               BigNumber(str(public.households), households_caption(public)),
               BigNumber(f"{figure.percent}%", f"van de {public.households} huishoudens deed mee"))
    return Panel(HEADLINE, PANEL_TITLES[HEADLINE], lead=public.headline, big_numbers=numbers)


def households_caption(public: PublicResults) -> str:
    """Why the flat has fewer households than homes, said under the number itself."""
    if public.homes > public.households:
        return f"huishoudens: de bewoonde van {public.homes} woningen"
    return "huishoudens in de flat"


def _knowing(public: PublicResults) -> Panel:
    question = _question(public, KNOWING_QUESTION)
    extra = []
    for code, label in CONTACT_QUESTIONS:
        contact = _question(public, code)
        yes = next((o.figure for o in contact.options if o.label.casefold() == YES_LABEL), None) if contact else None
        if yes is not None and yes.shown:
            extra.append(Bar(label, yes))
    if question is None and not extra:
        return _empty(KNOWING)
    lead = ""
    none_share = _share_of(question, frozenset({"geen (0 buren)", "geen"}))
    if none_share is not None and none_share < 100:
        lead = f"{100 - none_share}% kent minstens één buur bij naam"    # its base: the panel's note
    return Panel(KNOWING, PANEL_TITLES[KNOWING], lead=lead,
                 bars=_bars(question) if question else (),
                 extra_title="Contact met buren" if extra else "", extra_bars=tuple(extra),
                 note=f"Hoeveel buren kent u bij naam? ({question.answered_text})" if question else "")


def _helping(public: PublicResults) -> Panel:
    question = _question(public, HELPING_QUESTION)
    kinds = _question(public, HELP_KINDS_QUESTION)
    if question is None and kinds is None:
        return _empty(HELPING)
    lead = ""
    willing = _share_of(question, HELP_WILLING_LABELS)
    if willing is not None:
        lead = f"{willing}% wil een buur helpen of doet dat al"
    # The four kinds of help named most: a poster is read from three metres, not studied.
    kind_bars = tuple(b for b in _bars(kinds, frozenset({"anders"})) if b.figure.shown) if kinds else ()
    kind_bars = tuple(sorted(kind_bars, key=lambda b: -b.figure.percent)[:MAX_HELP_KINDS])
    return Panel(HELPING, PANEL_TITLES[HELPING], lead=lead,
                 bars=_bars(question) if question else (),
                 extra_title="Waarmee willen bewoners helpen?" if kind_bars else "", extra_bars=kind_bars,
                 note=f"Zou u een buur helpen met kleine dingen? ({question.answered_text})" if question else "")


def _topics(public: PublicResults) -> Panel:
    topics = tuple(t for t in public.topics if t.label.casefold() not in NONE_LABELS)
    if not topics:
        return _empty(TOPICS, "nog geen onderwerp met genoeg aanmeldingen")
    best = max((t for t in topics if t.join.shown), key=lambda t: t.join.rounded, default=None)
    lead = f"Populairste onderwerp: {best.label}" if best is not None else ""
    return Panel(TOPICS, PANEL_TITLES[TOPICS], lead=lead, topics=topics, call=SIGN_UP_CALL,
                 note="Aantal bewoners dat wil meedoen of mee wil organiseren, afgerond op 5.")


def _nuisance(public: PublicResults) -> Panel:
    question = _question(public, NUISANCE_QUESTION)
    if question is None:
        return _empty(NUISANCE)
    bars = tuple(b for b in _bars(question, frozenset({"anders"})) if b.label.casefold() not in NONE_LABELS)
    shown = [b for b in bars if b.figure.shown]
    if not shown:
        return _empty(NUISANCE)
    top = max(shown, key=lambda b: b.figure.percent)
    return Panel(NUISANCE, PANEL_TITLES[NUISANCE], lead=f"Het meest genoemd: {top.label.lower()}",
                 bars=bars, note=f"Meerdere antwoorden mogelijk ({question.answered_text}).")


def _quotes(public: PublicResults) -> Panel:
    if not public.quotes:
        return _empty(QUOTES, "er zijn nog geen goedgekeurde citaten")
    return Panel(QUOTES, PANEL_TITLES[QUOTES], quotes=public.quotes,
                 note="Met toestemming van de bewoners, zonder namen.")


def _floors(public: PublicResults) -> Panel:
    groups = public.by_entrance + public.by_floor
    if not any(g.figure.shown for g in groups):
        return _empty(FLOORS)
    return Panel(FLOORS, PANEL_TITLES[FLOORS], groups=groups,
                 note="Deel van de woningen waar een gesprek was, per portiek en per verdieping.")


def _cohesion(public: PublicResults) -> Panel:
    cohesion = public.cohesion
    if cohesion is None:
        return _empty(COHESION)
    lead = f"Deze flat: {_one_decimal(cohesion.score)} — Nederland: {_one_decimal(cohesion.national)}"
    return Panel(COHESION, PANEL_TITLES[COHESION], lead=lead, cohesion=cohesion,
                 note=f"{cohesion.respondents_text}; benadering van de CBS-methode; Nederland: "
                      f"{cohesion.national_source} {cohesion.national_year}.")


def _one_decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _sign_up_topics(public: PublicResults, labels: tuple[str, ...]) -> tuple[SignUpTopic, ...]:
    interest = {t.label: t.join for t in public.topics}
    rows = []
    for label in labels:
        figure = interest.get(label)
        text = (f"Ongeveer {figure.rounded} buren willen hier al aan meedoen."
                if figure is not None and figure.shown else "")
        rows.append(SignUpTopic(label, text))
    return tuple(rows)


def build_content(public: PublicResults, sign_up_labels: tuple[str, ...] = ()) -> TentContent:
    """Panels for every key, from public results only. ``sign_up_labels``: the topic options of the
    questionnaire (labels are questionnaire text, not answers), for the sign-up sheets."""
    labels = sign_up_labels or tuple(t.label for t in public.topics)
    labels = tuple(label for label in labels if label.casefold() not in NONE_LABELS | {"anders"})
    panels = (_headline(public), _knowing(public), _helping(public), _topics(public), _nuisance(public),
              _quotes(public), _floors(public), _cohesion(public))
    return TentContent(public.building_name, public.round_name, public.headline, panels,
                       _sign_up_topics(public, labels), PRIVACY_LINE.format(threshold=public.threshold))
