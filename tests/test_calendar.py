from datetime import date

import pytest

from tracker.calendar import (
    ParliamentaryCalendar,
    RecessPeriod,
    nth_weekday,
    prinsjesdag,
    read_recesses_csv,
    verantwoordingsdag,
)


@pytest.mark.parametrize(
    ("year", "day"),
    [(2020, date(2020, 9, 15)), (2021, date(2021, 9, 21)), (2024, date(2024, 9, 17)),
     (2025, date(2025, 9, 16)), (2026, date(2026, 9, 15))],
)
def test_prinsjesdag_is_the_third_tuesday_of_september(year, day):
    assert prinsjesdag(year) == day
    assert day.weekday() == 1


@pytest.mark.parametrize(
    ("year", "day"), [(2024, date(2024, 5, 15)), (2025, date(2025, 5, 21)),
                      (2026, date(2026, 5, 20))],
)
def test_verantwoordingsdag_is_the_third_wednesday_of_may(year, day):
    assert verantwoordingsdag(year) == day


def test_nth_weekday_when_the_month_starts_on_that_weekday():
    assert nth_weekday(2026, 6, 0, 1) == date(2026, 6, 1)  # 1 June 2026 is a Monday


def test_bundled_calendar_has_the_reference_recesses():
    cal = ParliamentaryCalendar.bundled()
    summer = cal.recess("zomerreces", 2026)
    assert (summer.first_day, summer.last_day) == (date(2026, 7, 3), date(2026, 8, 31))
    christmas = cal.recess("kerstreces", 2026)
    assert christmas.first_day == date(2026, 12, 18)
    assert christmas.certainty == "estimated"
    assert cal.recess("zomerreces", 2031) is None
    assert cal.in_recess(date(2026, 8, 1)).name == "zomerreces"
    assert cal.in_recess(date(2026, 9, 1)) is None


def test_recesses_start_on_friday_and_end_on_monday():
    for recess in ParliamentaryCalendar.bundled().recesses():
        assert recess.first_day.weekday() == 4, recess
        assert recess.last_day.weekday() == 0, recess


def test_csv_errors_name_the_line():
    with pytest.raises(ValueError, match="line 3"):
        read_recesses_csv("chamber,name,first_day,last_day,certainty\n"
                          "TK,zomerreces,2026-07-03,2026-08-31,reported\n"
                          "TK,kerstreces,2026-13-18,2027-01-11,estimated\n")
    with pytest.raises(ValueError, match="first_day after last_day"):
        read_recesses_csv("chamber,name,first_day,last_day,certainty\n"
                          "TK,zomerreces,2026-09-03,2026-08-31,reported\n")
    with pytest.raises(ValueError, match="unknown certainty"):
        read_recesses_csv("chamber,name,first_day,last_day,certainty\n"
                          "TK,zomerreces,2026-07-03,2026-08-31,guess\n")


def test_a_corrected_row_replaces_the_bundled_one():
    cal = ParliamentaryCalendar([RecessPeriod("TK", "zomerreces", date(2026, 7, 10),
                                              date(2026, 9, 7))])
    assert cal.recess("zomerreces", 2026).first_day == date(2026, 7, 10)
