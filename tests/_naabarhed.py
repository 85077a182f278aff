"""Fælles Hypothesis-indstillinger for strategitestene (`tests/test_testing*.py`)."""

from __future__ import annotations

from hypothesis import Phase, settings

FAA = settings(deadline=None)
"""Profilens antal eksempler (tests/conftest.py), uden tidsgrænse."""


def naabarhed(max_examples: int = 300) -> settings:
    """Til nåbarhedstest: højst `max_examples` træk, faste frø (samme udfald hver gang), og
    intet skrumpning — det første fund er nok."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
    )
