"""Hypothesis-strategier til andre teams' testsuiter (og vores egne).

Modulet kræver `hypothesis`, men kun når det importeres; selve biblioteket gør ikke.
Hver strategi giver gyldige input som standard og ugyldige med `gyldig=False`, til
brugere, der vil teste deres egen fejlhåndtering.

>>> from forloebsregler.testing import kanttidspunkter
>>> from hypothesis import given
>>> @given(kanttidspunkter())
... def test_noget(tidspunkt): ...
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as fejl:  # pragma: no cover - afhænger af installationen
    raise ImportError(
        "forloebsregler.testing kræver pakken hypothesis, som ikke er installeret. "
        "Installér den med: pip install 'forloebsregler[test]' (eller pip install hypothesis)."
    ) from fejl

from forloebsregler.testing._tid import (
    KANTDATOER,
    KANTKLOKKESLAET,
    datoer,
    kanttidspunkter,
    ugyldige_tidspunkter,
    vilkaarlige_vaerdier,
)

__all__ = [
    "KANTDATOER",
    "KANTKLOKKESLAET",
    "datoer",
    "kanttidspunkter",
    "ugyldige_tidspunkter",
    "vilkaarlige_vaerdier",
]
