"""Issue 12: et uoplyst forhold (None) giver »kan ikke afgøres«, aldrig et bestemt svar.

`afregn_forloeb(kontrakt_indgaaet=None)` betød før »ingen kontrakt« (kommunen betalte alt),
og `kan_aftale_indgaas(indgaaet_foer_behandling=None)` betød »endnu ikke indgået«
(aftalen kunne indgås). Nu er None ukendt (fortolkningsloggen LED-22); det udtrykkelige
»ingen kontrakt« / »endnu ikke indgået« gives med `INGEN_KONTRAKT` / `ENDNU_IKKE_INDGAAET`.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from forloebsregler import (
    ENDNU_IKKE_INDGAAET,
    INGEN_KONTRAKT,
    Betaler,
    Daekning,
    afregn_forloeb,
    kan_aftale_indgaas,
)
from forloebsregler.kalender import KOEBENHAVN


def kbh(*a: int) -> datetime:
    return datetime(*a, tzinfo=KOEBENHAVN)  # type: ignore[misc]


S, E = kbh(2019, 5, 6, 8), kbh(2019, 5, 6, 14)  # mandag 8-14: 6 t grundløn


def test_planlagt_ukendt_kontrakt_giver_ingen_bestemt_betaler() -> None:
    a = afregn_forloeb("PLANLAGT", S, E, kontrakt_indgaaet=None, km_hjem=10, km_sats="2.00")
    # 6 t × 277,21 = 1.663,26 kr. og 10 km × 2,00 = 20,00 kr.: ingen kendt betaler
    assert a.total_kommune == Decimal("0.00")
    assert a.total_sygehus == Decimal("0.00")
    assert a.total_kan_ikke_afgoeres == Decimal("1683.26")
    assert {p.betaler for p in a.poster} == {Betaler.KAN_IKKE_AFGOERES}
    assert "LED-22" in a.fortolkninger
    assert "LED-22" in a.begrundelse
    assert "ikke oplyst" in " ".join(a.bemaerkninger)


def test_planlagt_ingen_kontrakt_er_kommunen() -> None:
    for a in (
        afregn_forloeb("PLANLAGT", S, E, kontrakt_indgaaet=INGEN_KONTRAKT),
        afregn_forloeb("PLANLAGT", S, E),
    ):
        assert a.total_kommune == Decimal("1663.26")
        assert a.total_kan_ikke_afgoeres == Decimal("0.00")
        assert "LED-22" not in a.fortolkninger


def test_akut_ukendt_kontrakt_kun_turen_til_sygehuset_er_kommunens() -> None:
    # ankomst kl. 9: turen 8-9 afregnes aldrig til sygehuset (LED-10) → kommunen 277,21;
    # 9-14 (5 × 277,21 = 1.386,05) kan ikke afgøres; kørslen derud er kommunens (LED-10).
    a = afregn_forloeb(
        "AKUT",
        S,
        E,
        ankomst=kbh(2019, 5, 6, 9),
        kontrakt_indgaaet=None,
        km_til_sygehus=10,
        km_hjem=10,
        km_sats="2.00",
        parkering="30",
        parkering_paakraevet=True,
    )
    assert a.total_kommune == Decimal("297.21")
    assert a.total_kan_ikke_afgoeres == Decimal("1436.05")
    assert a.frist_overskredet is None
    hjem = [p for p in a.poster if p.beskrivelse.startswith("kørsel sygehus")]
    assert [p.betaler for p in hjem] == [Betaler.KAN_IKKE_AFGOERES]


def test_aftale_planlagt_ukendt_om_forud() -> None:
    kw = {"sygehuset_vurderer_behov": True, "kommunen_har_personale": True}
    ukendt = kan_aftale_indgaas("PLANLAGT", indgaaet_foer_behandling=None, **kw)
    assert ukendt.kan_indgaas is Daekning.KAN_IKKE_AFGOERES
    assert ukendt.fortolkninger == ("LED-22",)
    assert "forud" in ukendt.begrundelse
    for endnu in (
        kan_aftale_indgaas("PLANLAGT", indgaaet_foer_behandling=ENDNU_IKKE_INDGAAET, **kw),
        kan_aftale_indgaas("PLANLAGT", **kw),
    ):
        assert endnu.kan_indgaas is Daekning.OPFYLDT
        assert endnu.fortolkninger == ()
    # i et akut forløb kræves aftalen ikke forud, så None ændrer intet
    assert kan_aftale_indgaas("AKUT", indgaaet_foer_behandling=None, **kw).kan_indgaas is (
        Daekning.OPFYLDT
    )
