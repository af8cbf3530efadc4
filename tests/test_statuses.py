import pytest

from tracker.models import STATUSES
from tracker.statuses import RAW_STATUSES, normalise_status


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        # Tweede Kamer XSD values
        ("Openstaand", "open"),
        ("Voldaan", "fulfilled"),
        ("Deels Voldaan", "partially_fulfilled"),
        ("Vervallen", "lapsed"),
        # seen in the live feed in 2026
        ("Afgedaan", "fulfilled"),
        ("Deels Afgedaan", "partially_fulfilled"),
        # Eerste Kamer registry
        ("openstaand", "open"),
        ("deels voldaan", "partially_fulfilled"),
        ("voldaan", "fulfilled"),
        ("Niet nagekomen", "lapsed"),
        # spacing and case
        ("  DEELS   voldaan ", "partially_fulfilled"),
        ("deels_afgedaan", "partially_fulfilled"),
    ],
)
def test_every_known_raw_status_maps_onto_the_lifecycle(raw, status):
    assert normalise_status(raw) == (status, True)


@pytest.mark.parametrize("raw", [None, "", "   ", "In behandeling", "Openstaand?"])
def test_unknown_and_empty_statuses_are_unknown(raw):
    assert normalise_status(raw) == ("unknown", False)


def test_mapping_targets_are_real_statuses():
    assert set(RAW_STATUSES.values()) <= set(STATUSES)
