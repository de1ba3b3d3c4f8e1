from datetime import date

from flatapp.domain.dutch import counted, dutch_date, dutch_number, dutch_percent


def test_dates_and_numbers_as_dutch_users_write_them():
    assert dutch_date(date(2026, 11, 25)) == "25-11-2026"
    assert dutch_number(6.25) == "6,3" and dutch_number(62.5, 0) == "63" and dutch_number(1234.5) == "1.234,5"
    assert dutch_percent(0.4848) == "48,5%" and dutch_percent(None) == "–"


def test_counted_takes_the_singular_for_one():
    assert counted(1, "formulier", "formulieren") == "1 formulier"
    assert counted(0, "formulier", "formulieren") == "0 formulieren"
    assert counted(3, "pagina", "pagina's") == "3 pagina's"
