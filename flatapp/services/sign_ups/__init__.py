"""Sign-up sheets from the tent, typed in line by line: matched to homes, merged into persons, consent.

A line is what a resident wrote on the sheet of one topic: a name, a house number or a phone number,
the "mag contact" box and whether they want to help organise. The house number is matched to a home
of the block as in the form's neighbours field (``flatapp.domain.answers.home_lookup``: '12', '12a',
'12-2', '12 A', or the printed home code); a number that matches no home (or two) is kept as written
(``SignUp.house_text``) and shown as not matched.

One resident is one ``Person`` per round. A line joins an existing person when (in this order) the
phone digits are the same; or the matched home is the same and the name is the same ignoring case and
spaces; or the home is that of a resident who asked for contact on the form (CT1) and the names can be
one resident (``may_be_same_resident``: the same surname, 'M. Bakker' and 'Marieke Bakker', or one
name left empty; a different surname in the same home is another resident); or, without a home, the same house number as written and the
same name. Otherwise the line makes a new person.

Consent (``flatapp.services.consent``, source 'inschrijflijst'): a ticked box records CONTACT as given
for the home; an unticked box records a refusal only when the home has no CONTACT record yet (a form's
or a phone call's answer is not overruled by an empty box). A withdrawn consent is never given again by
typing a sheet: the line is saved and a warning says so. Deleting a line (undo) takes back the consent
that only sign-up lines gave. A person without a home has no consent record (consent needs a home):
for them the box on their own lines is the consent (``contact_allowed``).

Every function takes a Session; the caller owns the transaction. Checks run before the first write.

The package: ``constants``, ``matching`` (house numbers to homes, the small parsers), ``rows`` (a line as
typed and as shown, reading), ``persons`` (which person a line is, consent), ``lines`` (adding, deleting).
"""

from __future__ import annotations

from flatapp.services.sign_ups.constants import (
    EMAIL_MAX,
    HOUSE_MAX,
    NAME_MAX,
    NO_WORDS,
    NOT_A_TOPIC,
    PHONE_MAX,
    PHONE_MIN_DIGITS,
    TOPIC_MAX,
    YES_WORDS,
)
from flatapp.services.sign_ups.lines import (
    add_sign_up,
    check_input,
    delete_person,
    delete_sign_up,
    get_sign_up,
    persons_of_home,
    texts_of_persons,
)
from flatapp.services.sign_ups.matching import (
    HomeMatch,
    HomeMatcher,
    home_matcher,
    looks_like_phone,
    may_be_same_resident,
    name_key,
    parse_yes_no,
    phone_digits,
    split_house_or_phone,
)
from flatapp.services.sign_ups.persons import (
    AlreadySignedUp,
    contact_allowed,
    contact_consent,
    find_person,
    lines_of,
    may_name_in_group,
)
from flatapp.services.sign_ups.rows import (
    AddedSignUp,
    SignUpInput,
    SignUpRow,
    home_address_text,
    list_sign_ups,
    topics_of_round,
)

__all__ = ["AddedSignUp", "AlreadySignedUp", "EMAIL_MAX", "HOUSE_MAX", "HomeMatch", "HomeMatcher", "NAME_MAX", "NOT_A_TOPIC", "NO_WORDS", "PHONE_MAX", "PHONE_MIN_DIGITS", "SignUpInput", "SignUpRow", "TOPIC_MAX", "YES_WORDS", "add_sign_up", "check_input", "contact_allowed", "contact_consent", "delete_person", "delete_sign_up", "find_person", "get_sign_up", "home_address_text", "home_matcher", "lines_of", "list_sign_ups", "looks_like_phone", "may_be_same_resident", "may_name_in_group", "name_key", "parse_yes_no", "persons_of_home", "phone_digits", "split_house_or_phone", "texts_of_persons", "topics_of_round"]
