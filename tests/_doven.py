"""Fælles tjek for resultater, hvis `begrundelse` skrives, når den læses (issue 18, punkt 1).

`tjek_doven_begrundelse(lav, forventet)` kalder `lav()` tre gange (samme input hver gang) og
tjekker, at et resultat, hvis tekst ingen har læst, er den samme værdi som et, hvis tekst er
læst først: lighed begge veje, hash, `repr`, `str`, `til_dict()`, JSON, HTML, DataFrame-rækker
og en pickle-kopi (den holder teksten) — og at teksten, læst under en fjendtlig
decimal-kontekst, er den forventede (regnet i hånden af den kaldende test) og lader kalderens
kontekst urørt.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from decimal import ROUND_FLOOR, Inexact, Rounded, localcontext
from typing import Any

import attrs

from forloebsregler import serialisering
from forloebsregler._resultat import DovenTekst


def tjek_doven_begrundelse(lav: Callable[[], Any], forventet: str) -> None:
    doven, laest, fjendtlig = lav(), lav(), lav()
    assert type(doven._begrundelse) is DovenTekst
    assert laest.begrundelse == forventet
    assert type(laest._begrundelse) is str  # skrevet ud og husket
    assert type(doven._begrundelse) is DovenTekst  # den anden er stadig ikke skrevet
    assert doven == laest and laest == doven and hash(doven) == hash(laest)
    for vis in (repr, str):
        assert vis(lav()) == vis(laest)
    for metode in ("til_dict", "til_json", "_repr_html_"):
        assert getattr(lav(), metode)() == getattr(laest, metode)()
    assert serialisering.raekker([lav()]) == serialisering.raekker([laest])  # DataFrame-rækker
    # en doven tekst pickles som sin tekst (`DovenTekst.__reduce__`): kopien holder teksten
    kopi = pickle.loads(pickle.dumps(lav()))
    assert kopi == laest and type(kopi._begrundelse) is str and kopi.begrundelse == forventet
    assert repr(kopi) == repr(pickle.loads(pickle.dumps(laest)))
    assert doven != attrs.evolve(laest, begrundelse=forventet + " En anden tekst.")
    with localcontext() as ctx:
        ctx.prec, ctx.rounding, ctx.capitals = 2, ROUND_FLOOR, 0
        ctx.traps[Inexact] = ctx.traps[Rounded] = True
        ctx.clear_flags()  # kopien af den aktuelle kontekst kan have flag fra tidligere tests
        tekst = fjendtlig.begrundelse
        assert ctx.prec == 2 and ctx.rounding == ROUND_FLOOR and ctx.capitals == 0
        assert ctx.traps[Inexact] and not ctx.flags[Inexact] and not ctx.flags[Rounded]
    assert tekst == forventet
