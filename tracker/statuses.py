"""Raw registry statuses mapped onto the tracker's one lifecycle.

The Tweede Kamer's XSD lists Openstaand | Voldaan | Deels Voldaan | Vervallen; the live feed
(2026) also says Afgedaan and Deels Afgedaan, and sometimes nothing. The Eerste Kamer writes
openstaand | deels voldaan | voldaan. "Niet nagekomen" closes a commitment unfulfilled, which
the lifecycle calls lapsed. The raw value is always kept beside the normalised one.
"""

from __future__ import annotations

import re

RAW_STATUSES: dict[str, str] = {
    "openstaand": "open",
    "open": "open",
    "voldaan": "fulfilled",
    "afgedaan": "fulfilled",
    "nagekomen": "fulfilled",
    "deels voldaan": "partially_fulfilled",
    "deels afgedaan": "partially_fulfilled",
    "gedeeltelijk voldaan": "partially_fulfilled",
    "vervallen": "lapsed",
    "niet nagekomen": "lapsed",
    "ingetrokken": "lapsed",
}


def normalise_status(raw: str | None) -> tuple[str, bool]:
    """(normalised status, known) for a raw status; unknown and empty give ("unknown", False)."""
    if raw is None:
        return "unknown", False
    key = re.sub(r"[\s_-]+", " ", raw).strip().lower()
    if key in RAW_STATUSES:
        return RAW_STATUSES[key], True
    return "unknown", False
