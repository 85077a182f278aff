"""Kanttilfælde regnet i hånden, som ikke passer i en sagstabel.

Flyttet hertil fra de tidligere øjebliksbilled-filer (`test_*_ordret.py`,
`test_*_resultater.py`, erstattet af `tests/sager/*.toml` og `tests/golden/`): defekte
batchrækker, afrunding på fjerde decimal, en lokal helligdag i afregningen, kilometersatsen
efter den danske dato, eksakt heltalsregning ved meget lange forløb og lofterne for IV-tal.
Tallene står regnet ud i kommentarerne (taksttabellen 2019-niveau, linje 6265-6283 i
kildebundtet 003).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

import forloebsregler as fr
from forloebsregler import (
    KOEBENHAVN,
    STANDARD_TAKSTREGISTER,
    TAKSTER_2019,
    Kalender,
    ManglendeTakstFejl,
    Svaerhedsgrad,
    Takstkategori,
    UgyldigTypeFejl,
    UgyldigVaerdiFejl,
    afregn_forloeb,
    beregn_ledsagelse,
    beregn_mange,
    forventet_omfang,
    hospitalsundtagelser,
    overdragelsesbetingelser,
    sammenlign_med_kontrakt,
    timer_fra_besoeg,
)

K = KOEBENHAVN
S = datetime(2019, 5, 6, 8, 0, tzinfo=K)  # mandag
E = datetime(2019, 5, 6, 14, 0, tzinfo=K)  # 6 timers grundløn: 6 × 277,21 = 1663,26
REG = STANDARD_TAKSTREGISTER.med(
    TAKSTER_2019.fremskriv(
        Decimal("1.021"), niveau="2020-niveau", gyldig_fra="2020-01-01", gyldig_til="2020-12-31"
    )
)

# --------------------------------------------------------------------------- takster: batchen


class _DefektMapping(Mapping[str, object]):
    """En mapping, der fejler ved opslag (fx en defekt række fra en database)."""

    def __getitem__(self, noegle: str) -> object:
        raise ValueError("defekt række")

    def __iter__(self) -> Iterator[str]:
        return iter(["start", "slut"])

    def __len__(self) -> int:
        return 2


class _KanIkkeGennemloebes:
    def __iter__(self) -> Iterator[object]:
        raise RuntimeError("lukket")


class _DaarligListe(list[object]):
    def __len__(self) -> int:
        raise RuntimeError("ingen længde")


def test_batch_beskriver_defekte_raekker() -> None:
    poster = list(beregn_mange([_DefektMapping(), "ab", {1, 2}, (S,), (S, E)]))
    assert [p["fejl"] for p in poster] == [
        "episode: kunne ikke læses (defekt række)",
        "episode: fik 'ab' (type str); accepterer {'start': ..., 'slut': ...} eller (start, slut)",
        "episode: fik {1, 2} (type set); accepterer {'start': ..., 'slut': ...} eller "
        "(start, slut)",
        "episode: fik (datetime.datetime(2019, 5, 6, 8, 0, tzinfo=zoneinfo.ZoneInfo(key='Europe/"
        "Copen… (type tuple); accepterer {'start': ..., 'slut': ...} eller (start, slut)",
        None,
    ]
    assert [p["raekke"] for p in poster] == [1, 2, 3, 4, 5]
    assert poster[4]["total"] == Decimal("1663.26")


def test_batch_uden_start_og_slut() -> None:
    (post,) = beregn_mange([{"start": S}])
    assert post["fejl"] == (
        "episode: fik en mapping uden 'start' og 'slut' (['start'] (type list)); accepterer "
        "{'start': ..., 'slut': ...} eller (start, slut)"
    )


def test_batch_der_ikke_kan_gennemloebes() -> None:
    with pytest.raises(UgyldigTypeFejl) as fejl:
        beregn_mange(_KanIkkeGennemloebes())  # type: ignore[arg-type]
    assert str(fejl.value).startswith("episoder: fik <")
    assert str(fejl.value).endswith(
        " (type _KanIkkeGennemloebes), som ikke kan gennemløbes; accepterer en iterable"
    )


def test_batch_uventet_fejl_i_en_raekke_stopper_ikke_batchen() -> None:
    start_utc = datetime(2019, 5, 6, 6, 0, tzinfo=UTC)  # 08:00 dansk sommertid
    poster = list(beregn_mange([_DaarligListe(), (start_utc, E)]))
    assert poster[0]["fejl"] == "episode: kunne ikke læses (RuntimeError: ingen længde)"
    assert poster[0]["total"] is None and poster[0]["raekke"] == 1
    assert (poster[1]["raekke"], poster[1]["start"], poster[1]["slut"]) == (
        2,
        "2019-05-06T08:00:00+02:00",
        "2019-05-06T14:00:00+02:00",
    )
    assert poster[1]["fejl"] is None and poster[1]["total"] == Decimal("1663.26")


def test_batch_fortsaetter_efter_en_uventet_fejl_midt_i_en_bid() -> None:
    # Bidderne er 1, 2, 4 … rækker: den defekte række 2 og række 3 regnes i samme bid, og
    # rækkerne efter den defekte prissættes stadig (6 timers grundløn: 1663,26 kr.).
    poster = list(beregn_mange([(S, E), _DaarligListe(), (S, E), (S, E)]))
    assert [p["raekke"] for p in poster] == [1, 2, 3, 4]
    assert [p["fejl"] for p in poster] == [
        None,
        "episode: kunne ikke læses (RuntimeError: ingen længde)",
        None,
        None,
    ]
    assert [p["total"] for p in poster] == [Decimal("1663.26"), None] + [Decimal("1663.26")] * 2


# --------------------------------------------------------------------------- takster: tabeller


def test_tabel_for_begge_ender_af_perioden() -> None:
    assert REG.tabel_for("2020-01-01").niveau == "2020-niveau"
    assert REG.tabel_for("2019-12-31").niveau == "2019-niveau"
    assert REG.tabel_for(date(2019, 1, 1)).niveau == "2019-niveau"


def test_manglende_takst_naevner_alle_kendte_tabeller() -> None:
    with pytest.raises(ManglendeTakstFejl) as fejl:
        REG.tabel_for("2021-01-01")
    assert str(fejl.value) == (
        "takster: ingen taksttabel gælder 2021-01-01 (kendte: 2019-niveau (2019-01-01–2019-12-31), "
        "2020-niveau (2020-01-01–2020-12-31)); "
        "kilderne oplyser et prisniveau, ikke gyldighedsdatoer "
        "(fortolkningsloggen LED-07); giv en Taksttabel eller et Takstregister med "
        "takster=, fx TAKSTER_2019.fremskriv(faktor, niveau=..., gyldig_fra=..., gyldig_til=...)"
    )


def test_kilometersats_kun_for_datoer_1900_til_2199() -> None:
    with pytest.raises(UgyldigVaerdiFejl) as fejl:
        fr.kilometersats(date(1899, 12, 31))
    assert str(fejl.value) == (
        "dato: fik datetime.date(1899, 12, 31) (type date); accepterer kun datoer fra "
        "1900-01-01 til "
        "2199-12-31"
    )


def test_fakturering_med_tidspunkt_som_tekst_bruger_den_danske_dato() -> None:
    # 23:30 UTC 31.3.2019 er 01:30 dansk sommertid 1.4.2019
    ved_midnat = fr.faktureringsvurdering("2019-03-31T23:30:00+00:00", skriftlig_aftale=True)
    som_dato = fr.faktureringsvurdering(date(2019, 4, 1), skriftlig_aftale=True)
    assert ved_midnat == som_dato


# --------------------------------------------------------------------------- takster: afrunding


_KATEGORISTART = {
    Takstkategori.GRUNDLOEN: datetime(2019, 5, 6, 10, 0, tzinfo=K),  # mandag
    Takstkategori.HVERDAG_AFTEN_NAT: datetime(2019, 5, 6, 20, 0, tzinfo=K),
    Takstkategori.FREDAG_AFTEN_NAT: datetime(2019, 5, 10, 20, 0, tzinfo=K),
    Takstkategori.LOERDAG_DAG: datetime(2019, 5, 11, 10, 0, tzinfo=K),
    Takstkategori.LOERDAG_AFTEN_NAT: datetime(2019, 5, 11, 20, 0, tzinfo=K),
    Takstkategori.SOEN_HELLIGDAG_DAG: datetime(2019, 5, 12, 10, 0, tzinfo=K),
    Takstkategori.SOEN_HELLIGDAG_AFTEN_NAT: datetime(2019, 5, 12, 20, 0, tzinfo=K),
}


@pytest.mark.parametrize("kategori", list(Takstkategori), ids=lambda k: k.name)
def test_timer_afrundes_halvt_op_paa_fjerde_decimal(kategori: Takstkategori) -> None:
    # 0,00005 time = 180.000 mikrosekunder: lige under rundes ned, præcis på rundes op.
    start = _KATEGORISTART[kategori]
    under, paa = beregn_mange(
        [
            (start, start + timedelta(microseconds=179_999)),
            (start, start + timedelta(microseconds=180_000)),
        ]
    )
    kolonne = f"timer_{kategori.name}"
    assert (under[kolonne], paa[kolonne]) == (Decimal("0.0000"), Decimal("0.0001"))
    enkelt = beregn_ledsagelse(start, start + timedelta(microseconds=179_999))
    assert enkelt.timer_i(kategori) == Decimal("0.0000")
    assert [ln.kategori for ln in enkelt.linjer] == [kategori]


# --------------------------------------------------------------------------- afregning


def test_afregning_detaljer() -> None:
    for navn, vaerdi in (("km_sats", -1), ("taxa", -300)):
        with pytest.raises(UgyldigVaerdiFejl) as fejl:
            afregn_forloeb("PLANLAGT", S, E, **{navn: vaerdi})  # type: ignore[arg-type]
        assert str(fejl.value) == (
            f"{navn}: fik {vaerdi} (type int); accepterer kun tal større end eller lig 0"
        )
    # kontrakt præcis ved afgang er ikke »efter afgang fra bopælen«
    assert afregn_forloeb("PLANLAGT", S, E, kontrakt_indgaaet=S).bemaerkninger == ()
    # en lokal helligdag gælder også i afregningen og i beløbet efter fristen
    kal = Kalender(tilfoejede=frozenset({date(2019, 5, 6)}))
    a = afregn_forloeb(
        "AKUT", S, E, ankomst=S, kontrakt_indgaaet=E, kalender=kal, takster=TAKSTER_2019
    )
    assert a.total_kommune == Decimal("3326.46")  # 6 t × 554,41 (søn- og helligdag dag)
    assert a.beloeb_efter_frist == Decimal("1108.82")  # 12:00–14:00: 2 t × 554,41
    # satsen vælges efter den danske dato for afgangen (00:30 1.1.2023 = 2,19 kr./km)
    nytaar = datetime(2023, 1, 1, 0, 30, tzinfo=K)
    b = afregn_forloeb(
        "PLANLAGT",
        nytaar,
        nytaar + timedelta(hours=1),
        km_hjem=100,
        takster=TAKSTER_2019.uden_datograense(),
    )
    assert b.poster[-1].beloeb == Decimal("219.00")  # 100 km × 2,19
    tom = afregn_forloeb("PLANLAGT", S, S)
    assert tom.poster == () and str(tom.total_kan_ikke_afgoeres) == "0.00"
    assert str(tom.total_sygehus) == "0.00" and str(tom.total_kommune) == "0.00"


# --------------------------------------------------------------------------- ledsagelse


def test_sammenligning_med_nul_og_meget_lange_forloeb() -> None:
    omfang = forventet_omfang(start="2019-05-06", timer_i_alt=4)
    nul = sammenlign_med_kontrakt(omfang, timedelta(0))
    assert (nul.faktiske_timer, nul.forskel, nul.over_forventet) == (0, -4, False)
    assert sammenlign_med_kontrakt(omfang, 0).faktiske_timer == 0
    assert sammenlign_med_kontrakt(omfang, 10_000_000).faktiske_timer == 10_000_000
    # eksakt heltalsregning i mikrosekunder, også ud over float-præcisionen
    lang = sammenlign_med_kontrakt(omfang, timedelta(days=150_000, microseconds=1))
    assert lang.faktiske_timer == Decimal(12_960_000_000_000_001) / 3_600_000_000


# --------------------------------------------------------------------------- IV


def test_timer_fra_besoeg_ved_loftet() -> None:
    # Divisionen med 60 rundes ned (issue 14), så resultatet aldrig ligger over den sande tid.
    assert timer_fra_besoeg(10**12, 1) == Decimal("16666666666.66666666666666666")
    assert timer_fra_besoeg(1, 10**9) == Decimal("16666666.66666666666666666666")
    with pytest.raises(UgyldigVaerdiFejl) as fejl:
        timer_fra_besoeg(10**12 + 1, 1)
    assert str(fejl.value) == "antal_besoeg: fik 1000000000001 (type int); accepterer højst 10^12"


def test_ophold_ved_loftet_er_over_en_time() -> None:
    r = hospitalsundtagelser(
        besoeg_pr_doegn=1, indgift_i_lukket_system=True, ophold_pr_indgift=10**9
    )
    assert r.varetagelse.name == "HOSPITALSREGI"


def test_iv_adgangens_alder_er_aldrig_negativ() -> None:
    with pytest.raises(UgyldigVaerdiFejl) as fejl:
        overdragelsesbetingelser("ANTIBIOTIKA", iv_adgang_alder=timedelta(seconds=-1))
    assert str(fejl.value) == (
        "iv_adgang_alder: fik datetime.timedelta(days=-1, seconds=86399) (type timedelta); "
        "accepterer kun en varighed fra 0"
    )


class _UdenStr:
    """Et id, hvis str() fejler: batchen må ikke vælte, men viser repr."""

    def __str__(self) -> str:
        raise RuntimeError("ingen str")

    def __repr__(self) -> str:
        return "_UdenStr()"


def test_iv_batch_med_et_id_uden_str() -> None:
    (post,) = fr.vurder_forloeb([{"id": _UdenStr(), "timer": "3"}])
    assert post["id"] == "_UdenStr() (type _UdenStr)" and post["fejl"] is None


# --------------------------------------------------------------------------- depression


_RANG = {"INGEN": 0, "LET": 1, "MODERAT": 2, "SVAER": 3}


def test_svaerhedsgrader_sammenlignes_efter_rang() -> None:
    for a in Svaerhedsgrad:
        assert a.rang == _RANG[a.name]
        for b in Svaerhedsgrad:
            ra, rb = _RANG[a.name], _RANG[b.name]
            assert (a < b, a <= b, a > b, a >= b) == (ra < rb, ra <= rb, ra > rb, ra >= rb)


def test_takstregister_kraever_en_samling_af_tabeller() -> None:
    with pytest.raises(UgyldigTypeFejl) as fejl:
        fr.Takstregister("2019")  # type: ignore[arg-type]
    assert str(fejl.value) == (
        "tabeller: fik '2019' (type str); accepterer en samling af Taksttabel"
    )
