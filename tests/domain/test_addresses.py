"""House numbers as corporations write them: padding zeros, only Dutch (ASCII) digits."""

from __future__ import annotations

import pytest

from flatapp.domain.addresses import normalise_postcode, parse_house_number


def test_zero_padded_house_numbers_and_non_ascii_digits():
    assert parse_house_number("000016A") == parse_house_number("16A")
    assert parse_house_number("0012-3").label() == "12-3"
    with pytest.raises(ValueError, match="buiten 1–99999"):
        parse_house_number("0")
    with pytest.raises(ValueError, match="niet te begrijpen"):
        parse_house_number("١٢")            # Arabic-Indic digits are no Dutch house number


def test_postcodes_take_only_ascii_digits():
    assert normalise_postcode(" 8601ab ") == "8601 AB"
    with pytest.raises(ValueError, match="niet van de vorm 1234 AB"):
        normalise_postcode("٨٦٠١ AB")
