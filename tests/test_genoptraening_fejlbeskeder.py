"""Genoptræning: fejlbeskeder og batchens kontaktfelt, fundet af mutationstesten (issue 15).

Husets regel for fejl (STYLE.md, punkt 8): beskeden nævner argumentet. Og et ambulant forløb
i `opstartsfrister` har — som i enkeltkaldet — ingen frist i kilden (GEN-11).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from forloebsregler import (
    ForloebsreglerFejl,
    kontroller_planoverdragelse,
    opstartsfrister,
    vurder_genoptraeningsbehov,
)

_BEHOV: dict[str, Any] = {
    "bevaegelsesmaessig": True,
    "aktivitetsmaessig": True,
    "mental": True,
    "social": True,
}


@pytest.mark.parametrize(
    ("funktion", "kw", "argument"),
    [
        (
            kontroller_planoverdragelse,
            {"udskrivning": "2024-03-01", "udleveret": "2024-03-01", "kontakt": "X"},
            "kontakt",
        ),
        (vurder_genoptraeningsbehov, {**_BEHOV, "helhedsvurdering": "ja"}, "helhedsvurdering"),
    ],
)
def test_beskeden_naevner_argumentet(
    funktion: Callable[..., object], kw: dict[str, Any], argument: str
) -> None:
    with pytest.raises(ForloebsreglerFejl) as fejl:
        funktion(**kw)
    assert str(fejl.value).startswith(f"{argument}: ")


def test_batchens_ambulante_forloeb_har_ingen_frist() -> None:
    """Kap. 10's 7-dagesfrist står kun for udskrivning; en ambulant plan har ingen frist i
    kilden (GEN-11), heller ikke i batchen."""
    (post,) = opstartsfrister([{"udskrivning": "2024-03-01", "kontakt": "AMBULANT"}])
    assert post["fejl"] is None
    assert post["frist"] is None
    assert post["syvdagesfrist"] is None
    assert post["fortolkninger"] == "GEN-11"
    (udskrevet,) = opstartsfrister([{"udskrivning": "2024-03-01"}])
    assert udskrevet["frist"] == "2024-03-08"
