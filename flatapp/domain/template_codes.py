"""The question codes of the built-in "Kennen en helpen" template that figures and outputs rely on.

One place for them: analysis, disclosure, the tent and the screens import these names instead of
writing "KN1" or "ON1" again. A coordinator's own questionnaire without these codes still works;
the figures that need them are then left out (each reader says what it does without them).
"""

from __future__ import annotations

KNOWN_NEIGHBOURS = "KN1"           # how many neighbours known by name (single choice)
NAMED_NEIGHBOURS = "KN2"           # which ones: house numbers (homes)
HELP_WILLING = "HP1"               # would help a neighbour
HELP_KINDS = "HP2"                 # with what (multiple)
ASK_HELP = "HP4"                   # would ask a neighbour for help
NUISANCE = "WO2"                   # bothered by (multiple, sensitive)
TOPIC_JOIN = "ON1"                 # topics to join (multiple)
TOPIC_ORGANISE = "ON2"             # topics to help organise (multiple)
STORY = "VH1"                      # the resident's story (long text)
STORY_CONSENT = "VH2"              # consent to show the story anonymously (yes/no)
CONTACT_CONSENT = "CT1"            # consent to be contacted (yes/no)
CONTACT_NAME = "CT2"
CONTACT_WAY = "CT3"
GROUP_CONSENT = "CT4"              # consent to share the name with a working group (yes/no)
RESEARCH_CONSENT = "CT5"           # consent to use the answers, without name, for research (yes/no)

YES = 1                            # the yes/no questions' "Ja"
NO = 2                             # and its "Nee"
