"""The demo's tent sign-ups and follow-up list: a dozen sheet lines over three topics, typed in through the
ordinary services (``flatapp.services.sign_ups``), so the sign-up screen and the follow-up list have
something to show. Some residents are on two sheets, two are also on the list from their form (CT1),
one wrote a house number that is no home of the block, and one did not tick "mag contact". Every name
is fictional."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.domain import template_codes as codes
from flatapp.domain.answers import decode_answers
from flatapp.services.follow_up import follow_up_rows, refresh_follow_up, set_follow_up
from flatapp.services.homes import list_home_rows
from flatapp.services.rounds import get_round
from flatapp.services.sign_ups import SignUpInput, add_sign_up, home_matcher
from flatapp.storage.interview_models import Interview

TOPICS = ("Afval van balkons", "Groepsapp per portiek", "Koffieochtend")
UNMATCHED_HOUSE = "99"


def add_demo_sign_ups(session: Session, round_id: int) -> int:
    """Type the demo's sheets into ``round_id`` and refresh its follow-up list; returns the lines added."""
    round_ = get_round(session, round_id)
    homes = list_home_rows(session, round_.building_id)
    form_names: dict[int, str] = {}
    for interview in session.scalars(select(Interview).where(Interview.round_id == round_id)):
        answers = decode_answers(interview.answers)
        if answers.get(codes.CONTACT_CONSENT) == codes.YES and isinstance(answers.get(codes.CONTACT_NAME), str):
            form_names[interview.home_id] = answers[codes.CONTACT_NAME]
    interviewed = set(session.scalars(select(Interview.home_id).where(Interview.round_id == round_id)))
    form_homes = [h for h in homes if h.id in form_names][:2]
    other_homes = [h for h in homes if h.id not in interviewed][::7][:6]
    if len(form_homes) < 2 or len(other_homes) < 6:
        return 0
    a, b, c, d, e, f = (h.number_label for h in other_homes)
    # The form says 'J. de Vries'; on the sheet the resident wrote the first name out (same surname: one person).
    g, h = (f"{first} {form_names[home.id].split(' ', 1)[-1]}"
            for first, home in zip(("Marieke", "Anneke"), form_homes))
    lines = [
        SignUpInput(TOPICS[0], "Sietske Dijkstra", a, "", True, True),
        SignUpInput(TOPICS[0], "Harm Kuipers", b, "", True, False),
        SignUpInput(TOPICS[0], g, form_homes[0].number_label, "", True, False),
        SignUpInput(TOPICS[0], "Fenna Bouma", c, "", False, False),
        SignUpInput(TOPICS[1], "Sietske Dijkstra", a, "", True, False),
        SignUpInput(TOPICS[1], "Youssef El Amrani", "", "06-21 43 65 87", True, True),
        SignUpInput(TOPICS[1], "Jelle Visser", d, "", True, False),
        SignUpInput(TOPICS[1], g, form_homes[0].number_label, "", True, True),
        SignUpInput(TOPICS[2], "Trijntje Hoekstra", e, "", True, True),
        SignUpInput(TOPICS[2], "Youssef El Amrani", "", "0621436587", True, False),
        SignUpInput(TOPICS[2], "Gerrit Zwart", UNMATCHED_HOUSE, "", True, False),
        SignUpInput(TOPICS[2], "Klaas Brouwer", f, "", True, False),
        SignUpInput(TOPICS[2], h, form_homes[1].number_label, "", True, False),
    ]
    matcher = home_matcher(session, round_id)
    for line in lines:
        add_sign_up(session, round_id, line, matcher)
    refresh_follow_up(session, round_id)
    statuses = {"Sietske Dijkstra": ("doet mee", "Wil de eerste opruimactie trekken; belt de huismeester."),
                "Harm Kuipers": ("gebeld", "Twee keer gebeld, voicemail ingesproken."),
                "Youssef El Amrani": ("doet mee", "Maakt de groepsapp voor portiek B aan."),
                "Klaas Brouwer": ("geen interesse", "Toch geen tijd door zijn werk.")}
    for row in follow_up_rows(session, round_id):
        if row.name in statuses:
            status, note = statuses[row.name]
            set_follow_up(session, row.person_id, row.version, status=status, note=note)
    return len(lines)
