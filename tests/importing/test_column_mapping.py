import pytest

from flatapp.importing.column_mapping import guess_mapping, header_score, match_field
from flatapp.importing.model import HOME_FIELDS


def test_bag_names_map_confidently():
    header = ["openbareruimtenaam", "huisnummer", "huisletter", "huisnummertoevoeging", "postcode",
              "woonplaatsnaam"]
    mapping = guess_mapping(header)
    assert mapping.confident
    assert {field: index for field, index in mapping.columns.items() if index is not None} == {
        "street": 0, "house_number": 1, "house_letter": 2, "addition": 3, "postcode": 4, "city": 5,
    }
    assert set(mapping.columns) == set(HOME_FIELDS)                 # every field present, None = absent


@pytest.mark.parametrize("text,field", [
    ("Straat", "street"), ("STRAATNAAM", "street"), ("Openbare ruimte naam", "street"),
    ("Huisnr.", "house_number"), ("Huis nr", "house_number"), ("Huisnummer", "house_number"),
    ("Huisletter", "house_letter"),
    ("Toev", "addition"), ("Toevoeging", "addition"), ("Huisnummer-toevoeging", "addition"),
    ("Post code", "postcode"), ("Plaats", "city"), ("Woonplaats", "city"),
    ("VHE", "vhe_code"), ("VHE-nummer", "vhe_code"), ("vhe_nr", "vhe_code"), ("Eenheid", "vhe_code"),
    ("Verdieping", "floor"), ("Etage", "floor"), ("Bouwlaag", "floor"),
    ("Portiek", "entrance"), ("Trappenhuis", "entrance"), ("Ingang", "entrance"), ("Opgang", "entrance"),
    ("Soort", "unit_type"), ("Type", "unit_type"), ("Soort eenheid", "unit_type"),
])
def test_usual_variants_are_strong_matches(text, field):
    assert match_field(text) == (field, 2)


def test_a_name_inside_a_longer_header_is_a_weak_guess_and_not_confident():
    assert match_field("Straatnaam (BAG)")[0] == "street"
    assert match_field("Soort verhuureenheid")[0] == "unit_type"   # not the VHE code
    mapping = guess_mapping(["Straatnaam adres", "Huisnummer", "Postcode"])
    assert mapping.columns["street"] == 0
    assert not mapping.confident


def test_missing_required_field_is_not_confident():
    mapping = guess_mapping(["Straat", "Huisnummer", "Plaats"])
    assert mapping.missing_required() == ["postcode"]
    assert not mapping.confident


def test_strong_match_wins_over_an_earlier_weak_one():
    mapping = guess_mapping(["Telefoonnummer", "Straat", "Huisnummer", "Postcode"])
    assert mapping.columns["house_number"] == 2
    assert mapping.confident                                       # the weak column is simply not used


def test_two_columns_with_the_same_meaning_keep_the_first_and_ask():
    mapping = guess_mapping(["Straat", "Huisnummer", "Postcode", "Plaats", "Woonplaats"])
    assert mapping.columns["city"] == 3
    assert not mapping.confident


def test_unknown_and_empty_columns_are_ignored():
    mapping = guess_mapping(["", "Straat", "Opmerking", "Huisnummer", "Postcode", "Oppervlakte m²"])
    assert mapping.confident
    assert (mapping.columns["street"], mapping.columns["house_number"], mapping.columns["postcode"]) == (1, 3, 4)


def test_header_score_needs_one_exact_name():
    assert header_score(["Straat", "Huisnummer", "Postcode"]) == 3
    assert header_score(["Export eenheden Voorbeeldflat", "", ""]) == 0
    assert header_score(["Portiek A", "Kastanjelaan", "Sneek"]) == 0   # a data row: at most weak hits
