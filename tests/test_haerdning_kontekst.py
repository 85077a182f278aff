"""Uafhængig af kalderens `decimal`-kontekst (issue 14, punkt 1).

Hver offentlig funktion regner i bibliotekets egen kontekst: under en fjendtlig kontekst
(præcision 1–5, enhver afrundingsmåde, traps på Inexact/Rounded/InvalidOperation/Overflow,
forudsatte flag) giver den de samme resultater som under standardkonteksten — og
kalderens kontekst er bagefter præcis, som den var.
"""

from __future__ import annotations

import decimal
import importlib
import inspect
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forloebsregler import (
    KOEBENHAVN,
    OFFICIEL_KALENDER,
    beregn_ledsagelse,
    beregn_mange,
    beregn_rehabiliteringsudgift,
    frit_leverandoervalg,
    opstartsfrist,
    regional_finansiering,
    stratificer,
    timer_fra_besoeg,
    tyngdekategori,
    vurder_svaerhedsgrad,
)
from forloebsregler._kontekst import _INDPAKKET, KONTEKST, i_kontekst
from tests._kontekster import fjendtlige_kontekster, tilstand
from tests._moduler import offentlige_moduler

_JUL = (
    datetime(2019, 12, 24, 16, 0, tzinfo=KOEBENHAVN),
    datetime(2019, 12, 25, 8, 30, tzinfo=KOEBENHAVN),
)


def _vis(r: object) -> object:
    """Et resultat som sammenlignelig værdi: repr, tekst og simple værdier."""
    if isinstance(r, list):
        return [_vis(x) for x in r]
    if hasattr(r, "til_dict"):
        return (repr(r), str(r), r.til_dict(), r.til_json())
    return repr(r)


KALD: dict[str, Callable[[], Any]] = {
    "ledsagelse juleaften": lambda: beregn_ledsagelse(*_JUL),
    "ledsagelse 4 t 1 min": lambda: beregn_ledsagelse(
        datetime(2019, 3, 5, 7, 59, tzinfo=KOEBENHAVN),
        datetime(2019, 3, 5, 12, 0, tzinfo=KOEBENHAVN),
    ),
    "ledsagelse i batch": lambda: list(beregn_mange([_JUL, ("2019-06-01T10:00+02:00", "x")])),
    "iv 4,999 timer": lambda: tyngdekategori("4.999"),
    "iv 34,99 timer": lambda: tyngdekategori(Decimal("34.99")),
    "iv besøg": lambda: tyngdekategori(timer_fra_besoeg(24, 50)),
    "iv timedelta": lambda: tyngdekategori(timedelta(hours=14, minutes=59, seconds=59)),
    "iv kemokur": lambda: regional_finansiering("KEMOKUR"),
    "depression svaerhedsgrad": lambda: vurder_svaerhedsgrad(
        ["NEDTRYKTHED", "NEDSAT_LYST_ELLER_INTERESSE"],
        ["SOEVNFORSTYRRELSER", "AGITATION_ELLER_HAEMNING"],
    ),
    "depression rehabilitering": lambda: beregn_rehabiliteringsudgift("350.555"),
    # Stratificering beregner sine felter dovent i egenskaber (niveau, faser, begrundelse)
    "depression stratificering": lambda: stratificer(
        ["NEDTRYKTHED", "NEDSAT_LYST_ELLER_INTERESSE"],
        ["SOEVNFORSTYRRELSER", "AGITATION_ELLER_HAEMNING"],
        hoej_kompleksitet=False,
    ),
    "genoptraening frist": lambda: opstartsfrist(date(2024, 3, 1)),
    "genoptraening frit valg": lambda: frit_leverandoervalg(date(2024, 3, 1), date(2024, 3, 11)),
    "kalender": lambda: OFFICIEL_KALENDER.helligdage(2024),
}

FORVENTET = {navn: _vis(kald()) for navn, kald in KALD.items()}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ctx=fjendtlige_kontekster(), navne=st.lists(st.sampled_from(sorted(KALD)), min_size=1))
def test_samme_resultat_under_fjendtlig_kontekst(ctx: decimal.Context, navne: list[str]) -> None:
    foer = tilstand(ctx)
    gammel = decimal.getcontext()
    decimal.setcontext(ctx)
    try:
        for navn in navne:
            assert _vis(KALD[navn]()) == FORVENTET[navn], navn
            assert decimal.getcontext() is ctx
    finally:
        decimal.setcontext(gammel)
    assert tilstand(ctx) == foer


def test_juleaften_med_tre_cifre() -> None:
    """Issue 14's eksempel: prec=3 gav 6.17E+3 i stedet for 6.167,87 kr."""
    with decimal.localcontext() as ctx:
        ctx.clear_flags()  # localcontext() arver flag fra tidligere regning i tråden
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_FLOOR
        ctx.traps[decimal.Inexact] = True
        r = beregn_ledsagelse(*_JUL)
        assert str(r.total) == "6167.87"
        assert not ctx.flags[decimal.Inexact]


def test_iv_kategori_flytter_sig_ikke() -> None:
    with decimal.localcontext() as ctx:
        ctx.prec = 1
        ctx.rounding = decimal.ROUND_UP
        assert tyngdekategori("4.999").kategori.name == "KATEGORI_1"


def test_kontekst_under_dovne_egenskaber_og_generatorer() -> None:
    stroem = beregn_mange([_JUL])  # en generator: regningen sker først ved next()
    with decimal.localcontext() as ctx:
        ctx.prec = 2
        ctx.traps[decimal.Rounded] = True
        post = next(stroem)
    assert post["total"] == Decimal("6167.87")


def test_indpakningen_er_billig_og_bevarer_signaturen() -> None:
    assert beregn_ledsagelse.__name__ == "beregn_ledsagelse"
    assert "start" in str(__import__("inspect").signature(beregn_ledsagelse))
    assert i_kontekst(beregn_ledsagelse) is beregn_ledsagelse  # ikke dobbelt indpakket


def test_bibliotekets_kontekst() -> None:
    assert KONTEKST.prec >= 28 and KONTEKST.rounding == decimal.ROUND_HALF_UP
    assert not KONTEKST.traps[decimal.Inexact] and not KONTEKST.traps[decimal.Rounded]


_MODULNAVNE = ["forloebsregler", *offentlige_moduler(), "forloebsregler._resultat"]


def test_alt_offentligt_er_indpakket() -> None:
    """Hver offentlig funktion, metode og egenskab i hvert moduls `__all__` regner i
    bibliotekets kontekst — også når den hentes fra et privat modul."""
    mangler = []
    for modulnavn in _MODULNAVNE:
        modul = importlib.import_module(modulnavn)
        for navn in modul.__all__:
            v = getattr(modul, navn)
            if inspect.isfunction(v) and not getattr(v, _INDPAKKET, False):
                mangler.append(f"{modulnavn}.{navn}")
            if isinstance(v, type) and not issubclass(v, BaseException):
                for mnavn, m in vars(v).items():
                    if mnavn.startswith("_"):
                        continue
                    f = m.fget if isinstance(m, property) else m
                    if inspect.isfunction(f) and not getattr(f, _INDPAKKET, False):
                        mangler.append(f"{modulnavn}.{navn}.{mnavn}")
    assert not mangler, mangler


def test_bibliotekets_indre_kald_bruger_de_indpakkede_funktioner() -> None:
    import forloebsregler.iv_finansiering as ivf
    import forloebsregler.ivkategori as iv
    import forloebsregler.stratificering as s
    import forloebsregler.svaerhedsgrad as svaerhedsgrad

    assert ivf.tyngdekategori is iv.tyngdekategori
    assert getattr(ivf.tyngdekategori, _INDPAKKET)
    assert getattr(s.stratificer, _INDPAKKET)
    assert getattr(svaerhedsgrad.vurder_svaerhedsgrad, _INDPAKKET)


def test_import_under_fjendtlig_kontekst() -> None:
    """Et undermodul importeret først, under en fjendtlig kontekst: importen regner i
    bibliotekets kontekst, og funktionerne er de indpakkede."""
    import subprocess
    import sys

    kode = (
        "import decimal\n"
        "c = decimal.getcontext(); c.prec = 2; c.rounding = decimal.ROUND_FLOOR\n"
        "c.traps[decimal.Inexact] = c.traps[decimal.Rounded] = True\n"
        "import forloebsregler.iv_finansiering as iv\n"
        "from forloebsregler.takster import TAKSTER_2019\n"
        "assert getattr(iv.tyngdekategori, '__forloebsregler_kontekst__')\n"
        "assert str(iv.regional_finansiering('KATEGORI_1').afledt_samlet_udgift) == '1750.00'\n"
        "from datetime import date\n"
        "t = TAKSTER_2019.fremskriv(\n"
        "    '1.0123', niveau='x', gyldig_fra=date(2020, 1, 1), gyldig_til=date(2020, 12, 31)\n"
        ")\n"
        "assert str(t.takster[0]) == '280.62', t.takster  # 277,21 kr. × 1,0123, halvt op\n"
        "assert decimal.getcontext().prec == 2 and not c.flags[decimal.Inexact]\n"
        "print('ok')\n"
    )
    svar = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=False, timeout=120
    )
    assert svar.returncode == 0 and svar.stdout.strip() == "ok", svar.stderr


def test_traade_med_hver_sin_fjendtlige_kontekst() -> None:
    """Konteksten er pr. tråd: parallelle kald med hver sin kalderkontekst giver samme svar."""
    import threading

    fejl: list[str] = []

    def koer(prec: int, afrunding: str) -> None:
        ctx = decimal.Context(prec=prec, rounding=afrunding, traps=[decimal.Inexact])
        decimal.setcontext(ctx)
        for _ in range(30):
            for navn in ("ledsagelse juleaften", "iv 4,999 timer", "depression rehabilitering"):
                if _vis(KALD[navn]()) != FORVENTET[navn]:
                    fejl.append(f"{navn} (prec={prec})")
        if decimal.getcontext() is not ctx or ctx.prec != prec:
            fejl.append(f"konteksten blev skiftet (prec={prec})")

    traade = [
        threading.Thread(target=koer, args=(p, r))
        for p, r in ((1, decimal.ROUND_UP), (2, decimal.ROUND_FLOOR), (3, decimal.ROUND_05UP))
    ]
    for t in traade:
        t.start()
    for t in traade:
        t.join()
    assert not fejl, fejl


def test_uden_kontekst_maerker_getteren_som_behandlet() -> None:
    """`uden_kontekst` mærker en getter som behandlet: den indpakkes ikke af `i_kontekst`
    (den koster et almindeligt opslag), og den er stadig talt med som behandlet."""
    from forloebsregler._kontekst import _INDPAKKET, i_kontekst, uden_kontekst

    def getter() -> int:
        return 1

    assert uden_kontekst(getter) is getter
    assert getattr(getter, _INDPAKKET) is True
    assert i_kontekst(getter) is getter


def test_decimalfri_giver_den_fulde_vejs_fejl_uden_kaede() -> None:
    """En `decimalfri` getter, der fejler, køres om ad den fulde vej; den fulde vejs fejl når
    kalderen alene (ikke kædet til getterens), som når egenskaben læses uden den hurtige vej."""
    from forloebsregler._kontekst import _HURTIG, decimalfri
    from forloebsregler.fejl import UgyldigVaerdiFejl

    def getter(selv: object) -> object:
        raise ValueError("den hurtige vej")

    def fuld(selv: object) -> object:
        raise UgyldigVaerdiFejl("felt: den fulde vejs besked")

    let = getattr(decimalfri(getter), _HURTIG)(fuld)
    try:
        let(object())
    except UgyldigVaerdiFejl as fejl:
        assert str(fejl) == "felt: den fulde vejs besked"
        assert fejl.__context__ is None and fejl.__cause__ is None
    else:  # pragma: no cover - testen fejler
        raise AssertionError("ingen fejl")
