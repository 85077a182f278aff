"""Forkerte kald giver en `ArgumentFejl` (issue 14, punkt 2: ingen undtagelse uden for
`ForloebsreglerFejl`). Før gav de en bar `TypeError` fra Python."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from forloebsregler import (
    OFFICIEL_KALENDER,
    ArgumentFejl,
    ForloebsreglerFejl,
    Kalender,
    beregn_ledsagelse,
    tyngdekategori,
)
from forloebsregler._kontekst import i_kontekst


@pytest.mark.parametrize(
    ("kald", "tekst"),
    [
        (lambda: beregn_ledsagelse(), "beregn_ledsagelse: mangler 'start', 'slut'"),  # type: ignore[call-arg]
        (
            lambda: beregn_ledsagelse(1, 2, 3),  # type: ignore[misc]
            "beregn_ledsagelse: 3 positionelle argumenter, men højst 2",
        ),
        (
            lambda: beregn_ledsagelse("x", slutt=3),  # type: ignore[call-arg]
            "beregn_ledsagelse: ukendt argument 'slutt'; mangler 'slut'",
        ),
        (lambda: tyngdekategori(1, timer=2), "tyngdekategori: givet to gange: 'timer'"),  # type: ignore[misc]
        (lambda: OFFICIEL_KALENDER.er_helligdag(), "Kalender.er_helligdag: mangler 'dag'"),  # type: ignore[call-arg]
        (lambda: Kalender(x=1), "Kalender.__init__: ukendt argument 'x'"),  # type: ignore[call-arg]
    ],
)
def test_forkerte_kald(kald: Callable[[], object], tekst: str) -> None:
    with pytest.raises(ArgumentFejl) as info:
        kald()
    besked = str(info.value)
    assert besked.startswith(tekst) and "; accepterer " in besked
    assert isinstance(info.value, ForloebsreglerFejl) and isinstance(info.value, TypeError)


def test_typefejl_inde_i_en_funktion_skjules_ikke() -> None:
    """En `TypeError` fra selve funktionen (en programfejl) er ikke en argumentfejl."""

    def defekt(x: int) -> int:
        return x + "a"  # type: ignore[operator, no-any-return]

    with pytest.raises(TypeError) as info:
        i_kontekst(defekt)(1)
    assert not isinstance(info.value, ForloebsreglerFejl)
