"""Ledsagelse: taksttabellen, takstkategorier, pris, firetimersreglen, afregning og batch."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from forloebsregler import (
    FIRE_TIMER,
    INGEN_KONTRAKT,
    LAV_KILOMETERTAKST,
    OFFICIEL_KALENDER,
    STANDARD_TAKSTREGISTER,
    TAKSTER_2019,
    TILLAEG_PROCENT,
    Betaler,
    ForloebsreglerFejl,
    Forloebstype,
    ManglendeTakstFejl,
    NaivtTidspunktFejl,
    PeriodeFejl,
    Takstkategori,
    Takstregister,
    Taksttabel,
    Tidsrum,
    UkendtNavnFejl,
    afregn_forloeb,
    beregn_kilometergodtgoerelse,
    beregn_ledsagelse,
    beregn_mange,
    faktureringsvurdering,
    kilometersats,
    takstkategori,
    vurderingsfrist,
)
from forloebsregler.kalender import KOEBENHAVN
from tests._doven import tjek_doven_begrundelse

from .conftest import normaliser

K = KOEBENHAVN
T = Takstkategori


def kbh(*dele: int) -> datetime:
    return datetime(*dele, tzinfo=K)  # type: ignore[misc]


# --------------------------------------------------------------------------- kildetal

TAKSTTABEL = [
    # (kategori, tidspunkter, takst, tillæg %, rækken som den står i kilden)
    (T.GRUNDLOEN, "Hverdage kl. 06-17", "277.21", 0, "Grundløn Hverdage kl. 06-17 kr 277,21 0%"),
    (
        T.HVERDAG_AFTEN_NAT,
        "Mandag - torsdag 17-06",
        "346.51",
        25,
        "Hverdag, aften/nat Mandag - torsdag 17-06 kr 346,51 25%",
    ),
    (
        T.FREDAG_AFTEN_NAT,
        "Fredag 17-06",
        "415.81",
        50,
        "Fredag aften / nat Fredag 17-06 kr 415,81 50%",
    ),
    (T.LOERDAG_DAG, "Lørdag kl. 06-17", "415.81", 50, "Lørdag dag Lørdag kl. 06-17 kr 415,81 50%"),
    (
        T.LOERDAG_AFTEN_NAT,
        "Lørdag kl. 17-06",
        "485.11",
        75,
        "Lørdag aften/nat Lørdag kl. 17-06 kr 485,11 75%",
    ),
    (
        T.SOEN_HELLIGDAG_DAG,
        "Søn- og helligdag kl. 06-17",
        "554.41",
        100,
        "Søn og helligdag dag Søn- og helligdag kl. 06- 17 kr 554,41 100%",
    ),
    (
        T.SOEN_HELLIGDAG_AFTEN_NAT,
        "Søn- og helligdag kl. 17-06",
        "623.71",
        125,
        "Søn og helligdag aften/nat Søn- og helligdag kl. 17- 06 kr 623,71 125%",
    ),
]


@pytest.mark.parametrize(
    ("kategori", "tidspunkter", "takst", "tillaeg", "kilderaekke"),
    TAKSTTABEL,
    ids=[f"Afregning, taksttabel: {r[0].value}" for r in TAKSTTABEL],
)
def test_taksttabel_2019(
    kategori: Takstkategori,
    tidspunkter: str,
    takst: str,
    tillaeg: int,
    kilderaekke: str,
    kildetekster: dict[str, str],
) -> None:
    assert TAKSTER_2019.takst(kategori) == Decimal(takst)
    assert kategori.tillaeg_procent == tillaeg == TILLAEG_PROCENT[kategori]
    assert kategori.tidspunkter == tidspunkter
    assert normaliser(kilderaekke) in kildetekster["003_04b02f9474de0607.txt"]


def test_taksttabel_har_syv_kategorier_i_kildens_raekkefoelge() -> None:
    assert [r[0] for r in TAKSTTABEL] == list(Takstkategori)
    assert len(TAKSTER_2019.takster) == 7


def test_offentliggjorte_takster_er_ikke_grundloen_gange_tillaeg() -> None:
    # Afregning: de offentliggjorte beløb afviger i øren fra 277,21 × (1 + tillæg)
    grund = TAKSTER_2019.takst(T.GRUNDLOEN)
    beregnet = {
        k: (grund * (100 + k.tillaeg_procent) / 100).quantize(Decimal("0.01"))
        for k in Takstkategori
    }
    afvigende = {k for k in Takstkategori if beregnet[k] != TAKSTER_2019.takst(k)}
    assert afvigende == {
        T.FREDAG_AFTEN_NAT,
        T.LOERDAG_DAG,
        T.LOERDAG_AFTEN_NAT,
        T.SOEN_HELLIGDAG_DAG,
        T.SOEN_HELLIGDAG_AFTEN_NAT,
    }


def test_standardkontraktens_grundtakst_er_tabellens() -> None:
    # Standardkontrakt 8. Økonomi: »fast takst på 277,21 kroner pr. time (2019-niveau)«
    assert TAKSTER_2019.takst("GRUNDLOEN") == Decimal("277.21")
    assert TAKSTER_2019.niveau == "2019-niveau"


def test_2019_tabellen_gaelder_kalenderaaret_2019() -> None:
    assert TAKSTER_2019.gyldig_fra == date(2019, 1, 1)
    assert TAKSTER_2019.gyldig_til == date(2019, 12, 31)
    assert TAKSTER_2019.gaelder(date(2019, 12, 31)) and not TAKSTER_2019.gaelder("2020-01-01")


FIRE_TIMER_TABEL = [("Akutte forløb: senest fire timer efter ankomsten", FIRE_TIMER, 4)]


@pytest.mark.parametrize(("afsnit", "vaerdi", "timer"), FIRE_TIMER_TABEL, ids=["Akutte forløb"])
def test_fire_timer(afsnit: str, vaerdi: timedelta, timer: int) -> None:
    assert vaerdi == timedelta(hours=timer)


KM_SATSER = [
    # Skatterådets lave sats (kørsel ud over 20.000 km om året); kilderne nævner kun
    # »lav kilometertakst«
    (date(2019, 1, 1), "1.98"),
    (date(2020, 1, 1), "1.96"),
    (date(2021, 1, 1), "1.90"),
    (date(2022, 1, 1), "1.98"),
    (date(2022, 5, 1), "2.17"),
    (date(2023, 1, 1), "2.19"),
    (date(2024, 1, 1), "2.23"),
    (date(2025, 1, 1), "2.23"),
    (date(2026, 1, 1), "2.28"),
]


@pytest.mark.parametrize(
    ("fra", "sats"), KM_SATSER, ids=[f"Afregning, lav kilometertakst fra {d}" for d, _ in KM_SATSER]
)
def test_lav_kilometertakst(fra: date, sats: str) -> None:
    assert (fra, Decimal(sats)) in LAV_KILOMETERTAKST
    assert kilometersats(fra).sats == Decimal(sats)
    assert kilometersats(fra).gyldig_fra == fra


def test_kilometertakst_skifter_midt_i_2022() -> None:
    assert kilometersats("2022-04-30").sats == Decimal("1.98")
    assert kilometersats(date(2022, 5, 1)).sats == Decimal("2.17")
    assert kilometersats(kbh(2024, 12, 31, 23, 59)).sats == Decimal("2.23")


def test_kilometertakst_2025_og_2026() -> None:
    # Skatterådets lave sats: 2,23 kr./km i 2025 og 2,28 kr./km i 2026.
    assert kilometersats(date(2025, 6, 30)).sats == Decimal("2.23")
    assert kilometersats(date(2026, 3, 1)).sats == Decimal("2.28")
    assert kilometersats(kbh(2026, 12, 31, 23, 59)).gyldig_fra == date(2026, 1, 1)
    # 100 km den 1.3.2026: 100 × 2,28 = 228,00 kr.
    assert beregn_kilometergodtgoerelse(100, date(2026, 3, 1)).beloeb == Decimal("228.00")


@pytest.mark.parametrize("dag", [date(2018, 12, 31), date(2027, 1, 1), "2030-06-01"])
def test_kilometertakst_ukendt_dato(dag: object) -> None:
    with pytest.raises(ManglendeTakstFejl, match="sats="):
        kilometersats(dag)  # type: ignore[arg-type]
    assert beregn_kilometergodtgoerelse(10, dag, sats="2.50").beloeb == Decimal("25.00")  # type: ignore[arg-type]


def test_kilometersatsens_begrundelse_skrives_naar_den_laeses() -> None:
    # lav kilometertakst 2,17 kr./km fra 1.5.2022 (datafilen, LED-13)
    tjek_doven_begrundelse(
        lambda: kilometersats(date(2022, 7, 15)),
        "Den lave kilometertakst den 15.07.2022 er 2,17 kr./km (gældende fra 01.05.2022).",
    )


def test_kilometergodtgoerelsens_begrundelse_skrives_naar_den_laeses() -> None:
    # 12,25 km × 1,98 kr./km (2019) = 24,255 kr., afrundet halvt op til øre: 24,26 kr.
    tjek_doven_begrundelse(
        lambda: beregn_kilometergodtgoerelse(Decimal("12.25"), date(2019, 3, 4)),
        "12,25 km à 1,98 kr. (lav kilometertakst) giver 24,26 kr. Svaret hviler på læsninger "
        "i fortolkningsloggen (LED-13: statens lave kilometertakst efter Skatterådets satser).",
    )
    # med sats= er der ingen læsning; 3 km × 0,05 kr. = 0,15 kr.
    tjek_doven_begrundelse(
        lambda: beregn_kilometergodtgoerelse(3, date(2019, 3, 4), sats="0.05"),
        "3 km à 0,05 kr. (lav kilometertakst) giver 0,15 kr.",
    )


def test_kilometergodtgoerelse() -> None:
    g = beregn_kilometergodtgoerelse("12.5", date(2022, 5, 1))
    assert g.beloeb == Decimal("27.13")  # 12,5 × 2,17 = 27,125 → halvt op
    assert g.kilder and "lav kilometertakst" in g.kilder[0].citat


# --------------------------------------------------------------------------- kategorier

KATEGORI_TILFAELDE = [
    # (id, lokalt tidspunkt, kategori, tidsrum)
    ("fredag 16:59:59 er grundløn", kbh(2019, 3, 1, 16, 59, 59), T.GRUNDLOEN, Tidsrum.DAG),
    ("fredag 17:00 er fredag aften", kbh(2019, 3, 1, 17), T.FREDAG_AFTEN_NAT, Tidsrum.AFTEN),
    ("fredag 23:00 er nat", kbh(2019, 3, 1, 23), T.FREDAG_AFTEN_NAT, Tidsrum.NAT),
    ("lørdag 00:00 er stadig fredag nat", kbh(2019, 3, 2, 0), T.FREDAG_AFTEN_NAT, Tidsrum.NAT),
    ("lørdag 05:59 er fredag nat", kbh(2019, 3, 2, 5, 59), T.FREDAG_AFTEN_NAT, Tidsrum.NAT),
    ("lørdag 06:00 er lørdag dag", kbh(2019, 3, 2, 6), T.LOERDAG_DAG, Tidsrum.DAG),
    ("lørdag 17:00", kbh(2019, 3, 2, 17), T.LOERDAG_AFTEN_NAT, Tidsrum.AFTEN),
    ("søndag 05:59 er lørdag nat", kbh(2019, 3, 3, 5, 59), T.LOERDAG_AFTEN_NAT, Tidsrum.NAT),
    ("søndag 06:00", kbh(2019, 3, 3, 6), T.SOEN_HELLIGDAG_DAG, Tidsrum.DAG),
    ("søndag 22:59", kbh(2019, 3, 3, 22, 59), T.SOEN_HELLIGDAG_AFTEN_NAT, Tidsrum.AFTEN),
    ("mandag 03:00 er søndag nat", kbh(2019, 3, 4, 3), T.SOEN_HELLIGDAG_AFTEN_NAT, Tidsrum.NAT),
    ("mandag 06:00", kbh(2019, 3, 4, 6), T.GRUNDLOEN, Tidsrum.DAG),
    ("mandag 17:00", kbh(2019, 3, 4, 17), T.HVERDAG_AFTEN_NAT, Tidsrum.AFTEN),
    ("tirsdag midnat", kbh(2019, 3, 5, 0), T.HVERDAG_AFTEN_NAT, Tidsrum.NAT),
    ("torsdag aften", kbh(2019, 3, 7, 20), T.HVERDAG_AFTEN_NAT, Tidsrum.AFTEN),
    # påsken 2019: skærtorsdag 18.4., langfredag 19.4., 2. påskedag 22.4.
    ("onsdag før skærtorsdag", kbh(2019, 4, 17, 20), T.HVERDAG_AFTEN_NAT, Tidsrum.AFTEN),
    ("skærtorsdag 02:00 er onsdag nat", kbh(2019, 4, 18, 2), T.HVERDAG_AFTEN_NAT, Tidsrum.NAT),
    ("skærtorsdag dag", kbh(2019, 4, 18, 10), T.SOEN_HELLIGDAG_DAG, Tidsrum.DAG),
    ("langfredag aften", kbh(2019, 4, 19, 18), T.SOEN_HELLIGDAG_AFTEN_NAT, Tidsrum.AFTEN),
    ("påskelørdag dag", kbh(2019, 4, 20, 12), T.LOERDAG_DAG, Tidsrum.DAG),
    ("2. påskedag nat", kbh(2019, 4, 23, 1), T.SOEN_HELLIGDAG_AFTEN_NAT, Tidsrum.NAT),
    # helligdag på en lørdag: 2. juledag 26.12.2020
    ("helligdag lørdag dag", kbh(2020, 12, 26, 12), T.SOEN_HELLIGDAG_DAG, Tidsrum.DAG),
    ("helligdag lørdag aften", kbh(2020, 12, 26, 20), T.SOEN_HELLIGDAG_AFTEN_NAT, Tidsrum.AFTEN),
    ("juledag 05:00 er juleaftens nat", kbh(2020, 12, 25, 5), T.HVERDAG_AFTEN_NAT, Tidsrum.NAT),
]


@pytest.mark.parametrize(
    ("tidspunkt", "kategori", "tidsrum"),
    [r[1:] for r in KATEGORI_TILFAELDE],
    ids=[r[0] for r in KATEGORI_TILFAELDE],
)
def test_takstkategori(tidspunkt: datetime, kategori: Takstkategori, tidsrum: Tidsrum) -> None:
    svar = takstkategori(tidspunkt)
    assert svar.kategori is kategori
    assert svar.tidsrum is tidsrum
    assert str(svar) == svar.begrundelse and kategori.value in svar.begrundelse
    assert svar.kilder


def test_takstkategori_omregner_fra_anden_zone() -> None:
    assert takstkategori(datetime(2019, 3, 1, 16, tzinfo=UTC)).kategori is T.FREDAG_AFTEN_NAT
    assert takstkategori("2019-03-01T15:59:59+00:00").kategori is T.GRUNDLOEN


def test_takstkategori_lokal_kalender() -> None:
    juleaften = kbh(2019, 12, 24, 12)
    assert takstkategori(juleaften).kategori is T.GRUNDLOEN
    lokal = OFFICIEL_KALENDER.med_dage(date(2019, 12, 24))
    assert takstkategori(juleaften, kalender=lokal).kategori is T.SOEN_HELLIGDAG_DAG


def test_grunddag_for_natten() -> None:
    assert takstkategori(kbh(2019, 3, 2, 3)).grunddag == date(2019, 3, 1)


def test_takstkategoriens_begrundelse_skrives_naar_den_laeses() -> None:
    # Afregning: »Fredag aften / nat Fredag 17-06 … 50%«, »Nat: Kl. 23-06«; lørdag kl. 03 hører
    # til fredagens aften/nat (LED-01, for efter den anden læsning var det lørdag aften/nat)
    tjek_doven_begrundelse(
        lambda: takstkategori(kbh(2019, 3, 2, 3)),
        "02.03.2019 kl. 03:00 dansk tid hører til aftenen/natten, der begynder fredag "
        "01.03.2019 og afregnes som »Fredag aften / nat« (tillæg 50 %); tidsrummet er nat. "
        "Svaret hviler på læsninger i fortolkningsloggen (LED-01: en aften/nat hører til den "
        "dag, den begynder).",
    )
    # »Søn og helligdag dag Søn- og helligdag kl. 06-17 … 100%«; en tilføjet dag er en
    # »lokal helligdag«, og den går forud for hverdagen (LED-02)
    lokal = OFFICIEL_KALENDER.med_dage(date(2019, 12, 24))
    tjek_doven_begrundelse(
        lambda: takstkategori(kbh(2019, 12, 24, 12), kalender=lokal),
        "24.12.2019 kl. 12:00 dansk tid hører til dagtimerne kl. 06-17 tirsdag (lokal "
        "helligdag) 24.12.2019 og afregnes som »Søn og helligdag dag« (tillæg 100 %); "
        "tidsrummet er dag. Svaret hviler på læsninger i fortolkningsloggen (LED-02: søn- og "
        "helligdage går forud for hverdags- og lørdagskategorierne).",
    )


def test_takstkategori_uden_for_kalenderens_aar_fejler_i_kaldet() -> None:
    # en søndag i 2150: kategorien kræver ikke kalenderen, men helligdagsnavnet gør; fejlen
    # kommer i kaldet, ikke først når begrundelsen læses
    with pytest.raises(ForloebsreglerFejl, match="2150"):
        takstkategori(kbh(2150, 3, 1, 10))


# --------------------------------------------------------------------------- pris


def _linjer(beregning: Any) -> dict[Takstkategori, tuple[Decimal, Decimal]]:
    return {ln.kategori: (ln.timer, ln.beloeb) for ln in beregning.linjer}


PRIS_TILFAELDE = [
    (
        "fredag aften → lørdag",
        kbh(2019, 3, 1, 15),
        kbh(2019, 3, 2, 8),
        {
            T.GRUNDLOEN: ("2.0000", "554.42"),
            T.FREDAG_AFTEN_NAT: ("13.0000", "5405.53"),
            T.LOERDAG_DAG: ("2.0000", "831.62"),
        },
        "6791.57",
    ),
    (
        "søndag nat → mandag",
        kbh(2019, 3, 3, 20),
        kbh(2019, 3, 4, 8),
        {T.SOEN_HELLIGDAG_AFTEN_NAT: ("10.0000", "6237.10"), T.GRUNDLOEN: ("2.0000", "554.42")},
        "6791.52",
    ),
    (
        "efterårets sommertidsnat har 14 timer",
        kbh(2019, 10, 26, 17),
        kbh(2019, 10, 27, 6),
        {T.LOERDAG_AFTEN_NAT: ("14.0000", "6791.54")},
        "6791.54",
    ),
    (
        "forårets sommertidsnat har 12 timer",
        kbh(2019, 3, 30, 17),
        kbh(2019, 3, 31, 6),
        {T.LOERDAG_AFTEN_NAT: ("12.0000", "5821.32")},
        "5821.32",
    ),
    (
        "skærtorsdag formiddag",
        kbh(2019, 4, 18, 8),
        kbh(2019, 4, 18, 12),
        {T.SOEN_HELLIGDAG_DAG: ("4.0000", "2217.64")},
        "2217.64",
    ),
    (
        "ét minut",
        kbh(2019, 5, 6, 10),
        kbh(2019, 5, 6, 10, 1),
        {T.GRUNDLOEN: ("0.0167", "4.62")},
        "4.62",
    ),
    (
        "ét sekund",
        kbh(2019, 5, 6, 10),
        kbh(2019, 5, 6, 10, 0, 1),
        {T.GRUNDLOEN: ("0.0003", "0.08")},
        "0.08",
    ),
    (
        "midnat til midnat på en tirsdag",
        kbh(2019, 3, 5, 0),
        kbh(2019, 3, 6, 0),
        {T.HVERDAG_AFTEN_NAT: ("13.0000", "4504.63"), T.GRUNDLOEN: ("11.0000", "3049.31")},
        "7553.94",
    ),
    (
        "to uger",
        kbh(2019, 3, 4, 0),
        kbh(2019, 3, 18, 0),
        {
            T.GRUNDLOEN: ("110.0000", "30493.10"),
            T.HVERDAG_AFTEN_NAT: ("104.0000", "36037.04"),
            T.FREDAG_AFTEN_NAT: ("26.0000", "10811.06"),
            T.LOERDAG_DAG: ("22.0000", "9147.82"),
            T.LOERDAG_AFTEN_NAT: ("26.0000", "12612.86"),
            T.SOEN_HELLIGDAG_DAG: ("22.0000", "12197.02"),
            T.SOEN_HELLIGDAG_AFTEN_NAT: ("26.0000", "16216.46"),
        },
        "127515.36",
    ),
]


@pytest.mark.parametrize(
    ("start", "slut", "linjer", "total"),
    [r[1:] for r in PRIS_TILFAELDE],
    ids=[r[0] for r in PRIS_TILFAELDE],
)
def test_beregn_ledsagelse_haandregnet(
    start: datetime, slut: datetime, linjer: dict[Takstkategori, tuple[str, str]], total: str
) -> None:
    b = beregn_ledsagelse(start, slut)
    assert _linjer(b) == {k: (Decimal(t), Decimal(kr)) for k, (t, kr) in linjer.items()}
    assert b.total == Decimal(total) == sum(ln.beloeb for ln in b.linjer)
    assert b.niveauer == ("2019-niveau",)
    assert b.varighed == slut.astimezone(UTC) - start.astimezone(UTC)
    assert str(b) == b.begrundelse and "2019-niveau" in b.begrundelse


def test_sommertid_giver_reelle_timer_og_aften_nat() -> None:
    b = beregn_ledsagelse(kbh(2019, 10, 26, 17), kbh(2019, 10, 27, 6))
    assert b.varighed == timedelta(hours=14)
    assert (b.timer_dag, b.timer_aften, b.timer_nat) == (
        Decimal("0.0000"),
        Decimal("6.0000"),
        Decimal("8.0000"),
    )


def test_nul_varighed() -> None:
    b = beregn_ledsagelse(kbh(2019, 5, 6, 10), kbh(2019, 5, 6, 10))
    assert b.linjer == () and b.total == Decimal("0.00") and b.timer == Decimal("0.0000")


def test_mikrosekunder_taeller() -> None:
    b = beregn_ledsagelse(kbh(2019, 5, 6, 16, 59, 59, 999_999), kbh(2019, 5, 6, 17, 0, 0, 1))
    assert _linjer(b)[T.GRUNDLOEN][0] == Decimal("0.0000")
    assert [ln.varighed for ln in b.linjer] == [timedelta(microseconds=1)] * 2


def test_timer_i_kategori() -> None:
    b = beregn_ledsagelse(kbh(2019, 3, 1, 15), kbh(2019, 3, 2, 8))
    assert b.timer_i("FREDAG_AFTEN_NAT") == Decimal("13.0000")
    assert b.timer_i(T.SOEN_HELLIGDAG_DAG) == Decimal("0.0000")
    with pytest.raises(UkendtNavnFejl):
        b.timer_i("WEEKEND")


def test_til_dict_er_simple_vaerdier() -> None:
    d = beregn_ledsagelse(kbh(2019, 3, 1, 15), kbh(2019, 3, 2, 8)).til_dict()
    assert d["total"] == Decimal("6791.57")
    assert d["linjer"][0]["kategori"] == "GRUNDLOEN"
    assert d["start"] == "2019-03-01T15:00:00+01:00"


# --------------------------------------------------------------------------- tabeller

TABEL_2020 = TAKSTER_2019.fremskriv(
    "1.02", niveau="2020-niveau", gyldig_fra=date(2020, 1, 1), gyldig_til=date(2020, 12, 31)
)


def test_fremskrivning_afrunder_hver_takst_halvt_op() -> None:
    assert TABEL_2020.takst(T.HVERDAG_AFTEN_NAT) == Decimal("353.44")  # 353,4402
    t = TAKSTER_2019.fremskriv("1.5", niveau="x", gyldig_fra="2030-01-01", gyldig_til="2030-12-31")
    assert t.takst(T.HVERDAG_AFTEN_NAT) == Decimal("519.77")  # 519,765 → halvt op (ikke lige)
    assert t.takst(T.GRUNDLOEN) == Decimal("415.82")  # 415,815


def test_ingen_stiltiende_2019_priser_for_2024() -> None:
    with pytest.raises(ManglendeTakstFejl, match="2024-03-30"):
        beregn_ledsagelse(kbh(2024, 3, 30, 17), kbh(2024, 3, 31, 6))
    # issue 16.5: en givet tabel gælder kun i sin egen periode (før: 2019-priser for 2024) …
    with pytest.raises(ManglendeTakstFejl, match="2024-03-30"):
        beregn_ledsagelse(kbh(2024, 3, 30, 17), kbh(2024, 3, 31, 6), takster=TAKSTER_2019)
    # … medmindre kalderen udtrykkeligt siger, at den skal gælde alle datoer
    b = beregn_ledsagelse(
        kbh(2024, 3, 30, 17), kbh(2024, 3, 31, 6), takster=TAKSTER_2019.uden_datograense()
    )
    assert b.total == Decimal("5821.32")
    assert "uanset dato" in b.anvendte_parametre[0].kilde


def test_periode_over_to_takstniveauer() -> None:
    register = STANDARD_TAKSTREGISTER.med(TABEL_2020)
    b = beregn_ledsagelse(kbh(2019, 12, 31, 20), kbh(2020, 1, 1, 4), takster=register)
    assert b.niveauer == ("2019-niveau", "2020-niveau")
    assert [(ln.niveau, ln.kategori, ln.timer, ln.beloeb) for ln in b.linjer] == [
        ("2019-niveau", T.HVERDAG_AFTEN_NAT, Decimal("4.0000"), Decimal("1386.04")),
        ("2020-niveau", T.HVERDAG_AFTEN_NAT, Decimal("4.0000"), Decimal("1413.76")),
    ]
    assert b.total == Decimal("2799.80")
    # registret er uforanderligt: standardregistret kender stadig kun 2019
    assert STANDARD_TAKSTREGISTER.tabeller == (TAKSTER_2019,)
    with pytest.raises(ManglendeTakstFejl):
        beregn_ledsagelse(kbh(2019, 12, 31, 20), kbh(2020, 1, 1, 4))


def test_register_med_erstatter_samme_periode_og_afviser_overlap() -> None:
    ny = TAKSTER_2019.fremskriv(
        "1", niveau="2019 rettet", gyldig_fra="2019-01-01", gyldig_til="2019-12-31"
    )
    r = STANDARD_TAKSTREGISTER.med(ny)
    assert r.tabeller == (ny,) and r.tabel_for("2019-06-01") is ny
    halv = TAKSTER_2019.fremskriv(
        "1", niveau="halv", gyldig_fra="2019-07-01", gyldig_til="2020-06-30"
    )
    with pytest.raises(ForloebsreglerFejl, match="overlapper"):
        STANDARD_TAKSTREGISTER.med(halv)
    with pytest.raises(ManglendeTakstFejl):
        STANDARD_TAKSTREGISTER.tabel_for(date(2018, 12, 31))


def test_taksttabel_af_dict_og_fejl() -> None:
    t = Taksttabel("eget", "2030-01-01", "2030-12-31", {k.name: "100" for k in Takstkategori})
    assert t.takst(T.LOERDAG_DAG) == Decimal(100)
    with pytest.raises(ForloebsreglerFejl, match="mangler"):
        Taksttabel("eget", "2030-01-01", "2030-12-31", {"GRUNDLOEN": "1"})
    with pytest.raises(PeriodeFejl):
        Taksttabel("eget", "2030-01-01", "2029-12-31", [1] * 7)
    with pytest.raises(ForloebsreglerFejl):
        Taksttabel("eget", "2030-01-01", "2030-12-31", [1] * 6)
    with pytest.raises(ForloebsreglerFejl):
        Taksttabel("eget", "2030-01-01", "2030-12-31", [-1] * 7)
    with pytest.raises(ForloebsreglerFejl):
        Takstregister([TAKSTER_2019, "2020"])  # type: ignore[list-item]


def test_takster_under_oere_afvises() -> None:
    # Før: en takst på 100,005 kr. blev accepteret; en takst er kroner og øre.
    with pytest.raises(ForloebsreglerFejl, match="højst to decimaler"):
        Taksttabel("fin", "2030-01-01", "2030-12-31", ["100.005"] * 7)
    t = Taksttabel("fin", "2030-01-01", "2030-12-31", ["100.5"] * 7)
    assert t.takster == (Decimal("100.50"),) * 7


# --------------------------------------------------------------------------- fire timer


@pytest.mark.parametrize(
    ("ankomst", "frist"),
    [
        (kbh(2019, 5, 6, 9), "2019-05-06T13:00:00+02:00"),
        # efterår: 00:30 sommertid + 4 reelle timer = 03:30 vintertid
        (kbh(2019, 10, 27, 0, 30), "2019-10-27T03:30:00+01:00"),
        # forår: 00:30 vintertid + 4 reelle timer = 05:30 sommertid
        (kbh(2019, 3, 31, 0, 30), "2019-03-31T05:30:00+02:00"),
        (datetime(2019, 5, 6, 7, tzinfo=UTC), "2019-05-06T13:00:00+02:00"),
    ],
    ids=["almindelig", "efterår", "forår", "UTC-input"],
)
def test_vurderingsfrist(ankomst: datetime, frist: str) -> None:
    assert vurderingsfrist(ankomst).isoformat() == frist


# --------------------------------------------------------------------------- afregning


def _betalere(a: Any) -> list[tuple[str, Betaler, Decimal]]:
    return [(p.beskrivelse, p.betaler, p.beloeb) for p in a.poster]


def test_planlagt_med_kontrakt_sygehuset_betaler_fra_bopael_til_bopael() -> None:
    a = afregn_forloeb(
        Forloebstype.PLANLAGT,
        kbh(2019, 5, 6, 8),
        kbh(2019, 5, 6, 14),
        kontrakt_indgaaet=kbh(2019, 5, 1, 10),
        km_til_sygehus=20,
        km_hjem=20,
        parkering="25",
        parkering_paakraevet=True,
    )
    assert _betalere(a) == [
        ("ledsagelse (planlagt, kontrakt)", Betaler.SYGEHUS, Decimal("1663.26")),
        ("kørsel bopæl → sygehus", Betaler.SYGEHUS, Decimal("39.60")),
        ("kørsel sygehus → bopæl", Betaler.SYGEHUS, Decimal("39.60")),
        ("P-afgift på sygehus", Betaler.SYGEHUS, Decimal("25")),
    ]
    assert a.total_sygehus == Decimal("1767.46") and a.total_kommune == Decimal("0.00")
    assert a.vurderingsfrist is None and a.bemaerkninger == ()


def test_planlagt_uden_kontrakt_kommunen_betaler_alt() -> None:
    a = afregn_forloeb("PLANLAGT", kbh(2019, 5, 6, 8), kbh(2019, 5, 6, 14), km_hjem=10)
    assert {p.betaler for p in a.poster} == {Betaler.KOMMUNE}
    assert a.total_sygehus == Decimal("0.00") and a.total_kommune == Decimal("1683.06")


def test_planlagt_kontrakt_efter_afgang_bemaerkes() -> None:
    a = afregn_forloeb(
        "PLANLAGT", kbh(2019, 5, 6, 8), kbh(2019, 5, 6, 14), kontrakt_indgaaet=kbh(2019, 5, 6, 9)
    )
    # Før: sygehuset betalte hele 8-14 (1663,26). Nu: 8-9 er en post uden kendt betaler.
    assert a.total_sygehus == Decimal("1386.05")  # 9-14 = 5 t × 277,21
    assert a.total_kan_ikke_afgoeres == Decimal("277.21")  # 8-9 = 1 t × 277,21
    assert a.poster[0].betaler is Betaler.KAN_IKKE_AFGOERES
    assert a.bemaerkninger and "forud" in a.bemaerkninger[0]
    assert "kan ikke afgøres" in a.bemaerkninger[0] and "LED-11" in a.fortolkninger


def test_akut_kontrakt_inden_fristen() -> None:
    a = afregn_forloeb(
        "AKUT",
        kbh(2019, 5, 6, 8),
        kbh(2019, 5, 6, 20),
        ankomst=kbh(2019, 5, 6, 9),
        kontrakt_indgaaet=kbh(2019, 5, 6, 12),
        km_til_sygehus=20,
        km_hjem=20,
    )
    assert _betalere(a) == [
        ("ledsagelse før kontrakt (akut)", Betaler.KOMMUNE, Decimal("1108.84")),
        ("ledsagelse efter kontrakt (akut)", Betaler.SYGEHUS, Decimal("2425.58")),
        ("kørsel bopæl → sygehus (akut, afregnes ikke)", Betaler.KOMMUNE, Decimal("39.60")),
        ("kørsel sygehus → bopæl", Betaler.SYGEHUS, Decimal("39.60")),
    ]
    assert a.vurderingsfrist == kbh(2019, 5, 6, 13)
    assert a.frist_overskredet is False and a.beloeb_efter_frist == Decimal(0)


def test_akut_kontrakt_efter_fristen_aendrer_ikke_betaleren() -> None:
    a = afregn_forloeb(
        "AKUT",
        kbh(2019, 5, 6, 8),
        kbh(2019, 5, 6, 20),
        ankomst=kbh(2019, 5, 6, 9),
        kontrakt_indgaaet=kbh(2019, 5, 6, 15),
    )
    assert a.frist_overskredet is True
    assert a.beloeb_efter_frist == Decimal("554.42")  # 13-15 = 2 t grundløn
    assert _betalere(a)[0] == (
        "ledsagelse før kontrakt (akut)",
        Betaler.KOMMUNE,
        Decimal("1940.47"),
    )
    assert a.bemaerkninger and "kommunen" in a.bemaerkninger[0]
    # arbejdsgruppens svar, ikke kommunernes spørgsmål, støtter »kommunen betaler stadig«
    assert any(k.citat.startswith("Det fremgår under") for k in a.kilder)
    assert not any("fire timer efter ankomst til sygehus" in k.citat for k in a.kilder)
    assert "LED-08" in a.fortolkninger and "LED-08" in a.begrundelse


def test_akut_uden_kontrakt_kommunen_betaler_alt() -> None:
    a = afregn_forloeb("AKUT", kbh(2019, 5, 6, 8), kbh(2019, 5, 6, 20), ankomst=kbh(2019, 5, 6, 9))
    assert a.total_sygehus == Decimal("0.00") and a.frist_overskredet is None
    assert a.total_kommune == Decimal("3534.42")


def test_vagtlaege_fristen_fra_akutmodtagelsen() -> None:
    a = afregn_forloeb(
        "AKUT",
        kbh(2019, 5, 6, 8),
        kbh(2019, 5, 6, 20),
        ankomst=kbh(2019, 5, 6, 11),  # ankomst til akutmodtagelsen efter vagtlægen
        foerst_vagtlaege=True,
        kontrakt_indgaaet=kbh(2019, 5, 6, 14),
    )
    assert a.vurderingsfrist == kbh(2019, 5, 6, 15) and a.frist_overskredet is False
    assert any("vagtlægen" in k.citat for k in a.kilder)
    assert a.poster[0].betaler is Betaler.KOMMUNE


@pytest.mark.parametrize(
    ("saerlig", "kontrakt", "betaler"),
    [
        (True, True, Betaler.SYGEHUS),
        (True, False, Betaler.KOMMUNE),
        # uden særlig situation siger kilderne ikke, hvem der betaler (før: kommunen)
        (False, True, Betaler.KAN_IKKE_AFGOERES),
        (False, False, Betaler.KAN_IKKE_AFGOERES),
        (None, True, Betaler.KAN_IKKE_AFGOERES),
    ],
)
def test_taxa(saerlig: bool | None, kontrakt: bool, betaler: Betaler) -> None:
    a = afregn_forloeb(
        "PLANLAGT",
        kbh(2019, 5, 6, 8),
        kbh(2019, 5, 6, 9),
        kontrakt_indgaaet=kbh(2019, 5, 1) if kontrakt else INGEN_KONTRAKT,
        taxa="300",
        taxa_saerlig_situation=saerlig,
    )
    taxa = [p for p in a.poster if p.beskrivelse.startswith("taxa")]
    assert [p.betaler for p in taxa] == [betaler]
    if betaler is Betaler.KAN_IKKE_AFGOERES:
        assert a.total_kan_ikke_afgoeres == Decimal("300")
        assert "kan betaleren ikke afgøres" in a.begrundelse


def test_parkering_ikke_paakraevet_afregnes_ikke() -> None:
    a = afregn_forloeb(
        "PLANLAGT",
        kbh(2019, 5, 6, 8),
        kbh(2019, 5, 6, 9),
        kontrakt_indgaaet=kbh(2019, 5, 1),
        parkering=10,
        parkering_paakraevet=False,
    )
    assert a.poster[-1].betaler is Betaler.KOMMUNE


# --------------------------------------------------------------------------- fakturering


@pytest.mark.parametrize(
    ("slut", "senest"),
    [
        ("2019-11-30", date(2020, 2, 29)),
        ("2019-05-31", date(2019, 8, 31)),
        (kbh(2019, 1, 1, 0, 30), date(2019, 4, 1)),
    ],
    ids=["skudår", "månedsslut", "tidspunkt"],
)
def test_faktureringsfrist_tre_maaneder(slut: object, senest: date) -> None:
    v = faktureringsvurdering(slut, skriftlig_aftale=True)  # type: ignore[arg-type]
    assert v.anbefalet_senest == senest
    assert v.kan_faktureres and v.rettidig is None


def test_faktureringens_begrundelse_skrives_naar_den_laeses() -> None:
    # standardkontrakten: senest tre måneder efter ledsagelsen (30.11.2019 + 3 mdr. = 29.2.2020,
    # skudår) og så vidt muligt i samme regnskabsår; 1.3.2020 er efter de tre måneder (LED-14)
    tjek_doven_begrundelse(
        lambda: faktureringsvurdering(
            "2019-11-30", skriftlig_aftale=True, fakturadato="2020-03-01"
        ),
        "Der er en skriftlig aftale, så forløbet kan faktureres; regningen bør sendes senest "
        "29.2.2020 og så vidt muligt inden 31.12.2019 — fakturadatoen 1.3.2020 er efter de tre "
        "måneder. Svaret hviler på læsninger i fortolkningsloggen (LED-14: regnskabsåret er "
        "kalenderåret; tre måneder er en henstilling).",
    )


def test_fakturering_uden_aftale_og_sent() -> None:
    v = faktureringsvurdering("2019-11-30", skriftlig_aftale=False, fakturadato="2020-03-15")
    assert not v.kan_faktureres and v.rettidig is False and v.samme_regnskabsaar is False
    u = faktureringsvurdering("2019-11-30", skriftlig_aftale=None)
    assert not u.kan_faktureres and "kan ikke afgøres" in u.begrundelse


def test_fakturering_paa_fristens_sidste_dag_og_ukendt_aftale() -> None:
    # Tre måneder efter 30.11.2019 er 29.2.2020 (skudår); en regning den dag er rettidig
    # (»senest«). Uoplyst aftale: det kan ikke afgøres (LED-14).
    v = faktureringsvurdering("2019-11-30", skriftlig_aftale=None, fakturadato="2020-02-29")
    assert v.rettidig is True and v.kan_faktureres is None
    assert v.begrundelse == (
        "Om der er en skriftlig aftale, er ikke oplyst, så det kan ikke afgøres; regningen bør "
        "sendes senest 29.2.2020 og så vidt muligt inden 31.12.2019 — fakturadatoen 29.2.2020 "
        "er inden for de tre måneder. Svaret hviler på læsninger i fortolkningsloggen (LED-14: "
        "regnskabsåret er kalenderåret; tre måneder er en henstilling)."
    )


# --------------------------------------------------------------------------- batch


def test_beregn_mange_samme_tal_som_enkeltberegning() -> None:
    episoder = [
        (kbh(2019, 3, 1, 15), kbh(2019, 3, 2, 8)),
        {"start": "2019-10-26T17:00:00+02:00", "slut": "2019-10-27T06:00:00+01:00"},
    ]
    poster = list(beregn_mange(episoder))
    for post, (s, e) in zip(
        poster, [episoder[0], (kbh(2019, 10, 26, 17), kbh(2019, 10, 27, 6))], strict=True
    ):
        b = beregn_ledsagelse(s, e)
        assert post["total"] == b.total and post["fejl"] is None
        assert post["timer"] == b.timer
        for k in Takstkategori:
            assert post[f"timer_{k.name}"] == b.timer_i(k)
    assert poster[1]["timer_LOERDAG_AFTEN_NAT"] == Decimal("14.0000")


def test_beregn_mange_daarlige_raekker_stopper_ikke() -> None:
    episoder: list[object] = [
        (kbh(2019, 3, 2, 8), kbh(2019, 3, 1, 15)),  # slut før start
        (datetime(2019, 3, 1, 15), kbh(2019, 3, 2, 8)),  # naiv
        {"start": kbh(2019, 3, 1)},  # mangler slut
        (kbh(2024, 3, 1), kbh(2024, 3, 2)),  # ingen tabel
        42,
        (kbh(2019, 3, 1, 15), kbh(2019, 3, 1, 16)),
    ]
    poster = list(beregn_mange(episoder))
    assert [p["raekke"] for p in poster] == list(range(1, 7))  # 1-baseret
    assert all(p["fejl"] for p in poster[:5])
    assert poster[5]["fejl"] is None and poster[5]["total"] == Decimal("277.21")
    assert len({tuple(p) for p in poster}) == 1  # samme kolonner i alle poster


def test_beregn_mange_er_doven() -> None:
    uendelig = ((kbh(2019, 3, 1, 15), kbh(2019, 3, 1, 16)) for _ in itertools.count())
    poster = list(itertools.islice(beregn_mange(uendelig), 3))
    assert [p["raekke"] for p in poster] == [1, 2, 3]


def test_beregn_mange_til_pandas() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(beregn_mange([(kbh(2019, 3, 1, 15), kbh(2019, 3, 2, 8)), None]))
    assert list(df["raekke"]) == [1, 2]
    assert df.loc[0, "total"] == Decimal("6791.57")


def test_beregn_mange_med_fast_tabel_og_register() -> None:
    ep = [(kbh(2019, 12, 31, 20), kbh(2020, 1, 1, 4))]
    (post,) = beregn_mange(ep, takster=STANDARD_TAKSTREGISTER.med(TABEL_2020))
    assert post["total"] == Decimal("2799.80") and post["niveau"] == "2019-niveau, 2020-niveau"
    # issue 16.5: en givet tabel prissætter ikke 2020-timer (før: 2772,08 efter 2019-takster)
    (fast,) = beregn_mange(ep, takster=TAKSTER_2019)
    assert fast["total"] is None and "2020-01-01" in fast["fejl"]
    (fast,) = beregn_mange(ep, takster=TAKSTER_2019.uden_datograense())
    assert fast["total"] == Decimal("2772.08")


# --------------------------------------------------------------------------- dårligt input

NAIV = datetime(2019, 3, 1, 15)
GOD = kbh(2019, 3, 1, 15)

DAARLIGT_INPUT: list[tuple[str, Any]] = [
    ("takstkategori naiv", lambda: takstkategori(NAIV)),
    ("takstkategori None", lambda: takstkategori(None)),  # type: ignore[arg-type]
    ("takstkategori tal", lambda: takstkategori(5)),  # type: ignore[arg-type]
    ("takstkategori kalender", lambda: takstkategori(GOD, kalender="DK")),  # type: ignore[arg-type]
    ("beregn naiv", lambda: beregn_ledsagelse(NAIV, GOD)),
    ("beregn slut før start", lambda: beregn_ledsagelse(GOD, GOD - timedelta(seconds=1))),
    ("beregn takster", lambda: beregn_ledsagelse(GOD, GOD, takster={"x": 1})),  # type: ignore[arg-type]
    ("beregn streng", lambda: beregn_ledsagelse("i går", GOD)),
    ("tabel ukendt kategori", lambda: TAKSTER_2019.takst("WEEKEND")),
    ("tabel kategori tal", lambda: TAKSTER_2019.takst(3)),  # type: ignore[arg-type]
    (
        "fremskriv negativ",
        lambda: TAKSTER_2019.fremskriv(
            -1, niveau="x", gyldig_fra="2020-01-01", gyldig_til="2020-12-31"
        ),
    ),
    (
        "fremskriv bool",
        lambda: TAKSTER_2019.fremskriv(
            True, niveau="x", gyldig_fra="2020-01-01", gyldig_til="2020-12-31"
        ),
    ),
    (
        "fremskriv nan",
        lambda: TAKSTER_2019.fremskriv(
            float("nan"), niveau="x", gyldig_fra="2020-01-01", gyldig_til="2020-12-31"
        ),
    ),  # type: ignore[arg-type]
    ("register med streng", lambda: STANDARD_TAKSTREGISTER.med("2020")),  # type: ignore[arg-type]
    ("register tabel_for", lambda: STANDARD_TAKSTREGISTER.tabel_for(None)),  # type: ignore[arg-type]
    ("vurderingsfrist naiv", lambda: vurderingsfrist(NAIV)),
    ("vurderingsfrist dato", lambda: vurderingsfrist(date(2019, 1, 1))),  # type: ignore[arg-type]
    ("km negativ", lambda: beregn_kilometergodtgoerelse(-1, "2019-05-01")),
    ("km inf", lambda: beregn_kilometergodtgoerelse(float("inf"), "2019-05-01")),  # type: ignore[arg-type]
    ("km bool", lambda: beregn_kilometergodtgoerelse(True, "2019-05-01")),  # type: ignore[arg-type]
    ("km sats negativ", lambda: beregn_kilometergodtgoerelse(1, "2019-05-01", sats=-2)),
    ("km dato", lambda: kilometersats("maj")),
    ("km naivt tidspunkt", lambda: kilometersats(NAIV)),
    ("afregn ukendt type", lambda: afregn_forloeb("SUBAKUT", GOD, GOD)),
    ("afregn akut uden ankomst", lambda: afregn_forloeb("AKUT", GOD, GOD)),
    (
        "afregn ankomst udenfor",
        lambda: afregn_forloeb("AKUT", GOD, GOD, ankomst=GOD + timedelta(1)),
    ),
    ("afregn negative km", lambda: afregn_forloeb("PLANLAGT", GOD, GOD, km_hjem=-3)),
    ("afregn vagtlæge", lambda: afregn_forloeb("PLANLAGT", GOD, GOD, foerst_vagtlaege=None)),  # type: ignore[arg-type]
    (
        "afregn parkering påkrævet",
        lambda: afregn_forloeb("PLANLAGT", GOD, GOD, parkering_paakraevet="ja"),
    ),  # type: ignore[arg-type]
    ("afregn naiv kontrakt", lambda: afregn_forloeb("PLANLAGT", GOD, GOD, kontrakt_indgaaet=NAIV)),
    ("afregn slut før start", lambda: afregn_forloeb("PLANLAGT", GOD, GOD - timedelta(hours=1))),
    ("fakturering aftale", lambda: faktureringsvurdering("2019-01-01", skriftlig_aftale="ja")),  # type: ignore[arg-type]
    (
        "fakturering før slut",
        lambda: faktureringsvurdering(
            "2019-01-01", skriftlig_aftale=True, fakturadato="2018-12-01"
        ),
    ),
    ("fakturering dato", lambda: faktureringsvurdering(2019, skriftlig_aftale=True)),  # type: ignore[arg-type]
    ("batch streng", lambda: beregn_mange("abc")),
    ("batch dict", lambda: beregn_mange({"start": GOD, "slut": GOD})),
    ("batch takster", lambda: beregn_mange([], takster=1)),  # type: ignore[arg-type]
    ("taksttabel niveau", lambda: Taksttabel("", "2030-01-01", "2030-12-31", [1] * 7)),
    ("taksttabel dato", lambda: Taksttabel("x", 2030, "2030-12-31", [1] * 7)),  # type: ignore[arg-type]
    ("taksttabel kilde", lambda: Taksttabel("x", "2030-01-01", "2030-12-31", [1] * 7, kilde="k")),  # type: ignore[arg-type]
]


@pytest.mark.parametrize("kald", [r[1] for r in DAARLIGT_INPUT], ids=[r[0] for r in DAARLIGT_INPUT])
def test_daarligt_input_giver_forloebsreglerfejl(kald: Any) -> None:
    with pytest.raises(ForloebsreglerFejl) as fejl:
        kald()
    assert ": " in str(fejl.value)  # beskeden nævner argumentet


def test_naiv_giver_naivtidspunktfejl() -> None:
    with pytest.raises(NaivtTidspunktFejl, match="start"):
        beregn_ledsagelse(NAIV, GOD)
    with pytest.raises(PeriodeFejl, match="slut"):
        beregn_ledsagelse(GOD, GOD - timedelta(hours=1))


def test_anden_zone_med_faste_offset() -> None:
    plus5 = timezone(timedelta(hours=5))
    b = beregn_ledsagelse(
        datetime(2019, 3, 1, 21, tzinfo=plus5), datetime(2019, 3, 1, 22, tzinfo=plus5)
    )
    assert _linjer(b) == {T.FREDAG_AFTEN_NAT: (Decimal("1.0000"), Decimal("415.81"))}


def test_helligdag_paa_en_loerdag_prissaettes_som_helligdag() -> None:
    # 2. juledag 26.12.2020 er en lørdag; 2019-tabellen gives udtrykkeligt for alle datoer
    alle = TAKSTER_2019.uden_datograense()
    b = beregn_ledsagelse(kbh(2020, 12, 26, 15), kbh(2020, 12, 26, 19), takster=alle)
    assert _linjer(b) == {
        T.SOEN_HELLIGDAG_DAG: (Decimal("2.0000"), Decimal("1108.82")),
        T.SOEN_HELLIGDAG_AFTEN_NAT: (Decimal("2.0000"), Decimal("1247.42")),
    }


def test_lokal_kalender_i_prisen() -> None:
    juleaften = (kbh(2019, 12, 24, 10), kbh(2019, 12, 24, 12))
    assert beregn_ledsagelse(*juleaften).total == Decimal("554.42")
    lokal = OFFICIEL_KALENDER.med_dage(date(2019, 12, 24))
    assert beregn_ledsagelse(*juleaften, kalender=lokal).total == Decimal("1108.82")
    (post,) = beregn_mange([juleaften], kalender=lokal)
    assert post["total"] == Decimal("1108.82")


def test_beregn_mange_afrunder_linjen_halvt_op() -> None:
    t = Taksttabel("fin", "2030-01-01", "2030-12-31", ["100.01"] * 7)
    ep = (kbh(2030, 3, 4, 8), kbh(2030, 3, 4, 9, 30))
    (post,) = beregn_mange([ep], takster=t)
    b = beregn_ledsagelse(*ep, takster=t)
    assert post["total"] == b.total == Decimal("150.02")  # 1,5 × 100,01 = 150,015 → 150,02
    assert post["timer_GRUNDLOEN"] == Decimal("1.5000")
    assert post["beloeb_LOERDAG_DAG"] == Decimal("0.00")


def test_demo_bruger_kildernes_tal() -> None:
    from forloebsregler.demo.ledsagelse import demo

    tekst = "\n".join(demo())
    assert "277,21" in tekst and "623,71" in tekst and "6.791,57 kr." in tekst


# --------------------------------------------------------------------------- hærdning (issue 14)


def test_forloebets_laengde_har_et_loft() -> None:
    from forloebsregler.fejl import PeriodeFejl
    from forloebsregler.ledsagelsespris import MAKS_VARIGHED

    reg = STANDARD_TAKSTREGISTER.med(
        TAKSTER_2019.fremskriv(1, niveau="x", gyldig_fra="2020-01-01", gyldig_til="2021-12-31")
    )
    start = kbh(2019, 1, 1, 8)
    # præcis 731 døgn kan prissættes; et mikrosekund mere afvises
    assert beregn_ledsagelse(start, start + MAKS_VARIGHED, takster=reg).total > 0
    for kald in (
        lambda: beregn_ledsagelse(start, start + MAKS_VARIGHED + timedelta(microseconds=1)),
        lambda: afregn_forloeb("PLANLAGT", start, start + timedelta(days=800)),
    ):
        with pytest.raises(PeriodeFejl, match="højst 731 døgn"):
            kald()
    post = next(iter(beregn_mange([(start, start + timedelta(days=1_000))])))
    assert post["total"] is None and "højst 731 døgn" in post["fejl"]


@pytest.mark.parametrize("argument", ["parkering", "taxa", "km_sats"])
def test_kronebeloeb_med_mere_end_oere_afvises(argument: str) -> None:
    from forloebsregler.fejl import UgyldigVaerdiFejl

    with pytest.raises(UgyldigVaerdiFejl, match=rf"^{argument}: fik '12\.345'.*højst to decimaler"):
        afregn_forloeb("PLANLAGT", kbh(2019, 5, 6, 8), kbh(2019, 5, 6, 9), **{argument: "12.345"})
    with pytest.raises(UgyldigVaerdiFejl, match=r"^sats: fik '1\.985'"):
        beregn_kilometergodtgoerelse(10, date(2019, 5, 6), sats="1.985")


def test_alle_beloeb_er_kvantiseret_til_oere_uden_eksponent_og_minus_nul() -> None:
    a = afregn_forloeb(
        "PLANLAGT",
        kbh(2019, 5, 6, 8),
        kbh(2019, 5, 6, 9),
        kontrakt_indgaaet=kbh(2019, 5, 1),
        parkering="1E+2",
        parkering_paakraevet=True,
        taxa=Decimal("30"),
        taxa_saerlig_situation=True,
        km_hjem="1E1",
        km_sats="2",
    )
    beloeb = [p.beloeb for p in a.poster] + [a.total_sygehus, a.total_kommune]
    beloeb += [a.total_kan_ikke_afgoeres, a.beloeb_efter_frist]
    assert all(b.as_tuple().exponent == -2 for b in beloeb), beloeb
    assert [str(p.beloeb) for p in a.poster] == ["277.21", "20.00", "100.00", "30.00"]
    assert "E+" not in a.begrundelse and "E-" not in a.begrundelse
    nul = beregn_kilometergodtgoerelse("-0", date(2019, 5, 6), sats="-0")
    assert str(nul.beloeb) == "0.00" and str(nul.sats) == "0.00"
    assert "-0" not in nul.begrundelse
    km = beregn_kilometergodtgoerelse("1E1", date(2019, 5, 6), sats="2")
    assert km.begrundelse.startswith("10 km à 2,00 kr.") and str(km.beloeb) == "20.00"


def test_datetime_underklasser_accepteres() -> None:
    pendulum = pytest.importorskip("pendulum")
    s = pendulum.datetime(2019, 5, 6, 8, tz="Europe/Copenhagen")
    e = pendulum.datetime(2019, 5, 6, 20, tz="Europe/Copenhagen")
    forventet = beregn_ledsagelse(kbh(2019, 5, 6, 8), kbh(2019, 5, 6, 20))
    assert beregn_ledsagelse(s, e) == forventet
    assert afregn_forloeb("AKUT", s, e, ankomst=s, kontrakt_indgaaet=e).total_kommune == (
        forventet.total
    )
    assert vurderingsfrist(s) == kbh(2019, 5, 6, 12)
    assert takstkategori(s).kategori is Takstkategori.GRUNDLOEN
    assert kilometersats(s).sats == Decimal("1.98")
    assert faktureringsvurdering(e, skriftlig_aftale=True, fakturadato=e).rettidig is True
    assert next(iter(beregn_mange([(s, e)])))["total"] == forventet.total
    pd = pytest.importorskip("pandas")
    ts = pd.Timestamp("2019-05-06 08:00", tz="Europe/Copenhagen")
    assert beregn_ledsagelse(ts, ts + pd.Timedelta(hours=12)).total == forventet.total


def test_faktureringsvurdering_ukendt_aftale_er_ikke_et_nej() -> None:
    v = faktureringsvurdering("2019-03-31", skriftlig_aftale=None)
    assert v.kan_faktureres is None and "kan ikke afgøres" in v.begrundelse


def test_akut_kontrakt_foer_afgang_turen_betales_ikke_af_sygehuset() -> None:
    # Før: kontrakten blev rykket til afgang, og sygehuset betalte turen 8-9.
    a = afregn_forloeb(
        "AKUT",
        kbh(2019, 5, 6, 8),
        kbh(2019, 5, 6, 12),
        ankomst=kbh(2019, 5, 6, 9),
        kontrakt_indgaaet=kbh(2019, 5, 5, 12),
        km_til_sygehus=10,
    )
    assert _betalere(a) == [
        ("transport til sygehuset (akut, afregnes ikke)", Betaler.KOMMUNE, Decimal("277.21")),
        ("ledsagelse efter kontrakt (akut)", Betaler.SYGEHUS, Decimal("831.63")),
        ("kørsel bopæl → sygehus (akut, afregnes ikke)", Betaler.KOMMUNE, Decimal("19.80")),
    ]
    assert "LED-10" in a.fortolkninger and "LED-10" in a.begrundelse


def test_hjemturens_kilometer_citerer_turen_hjem() -> None:
    a = afregn_forloeb(
        "PLANLAGT",
        kbh(2019, 5, 6, 8),
        kbh(2019, 5, 6, 9),
        kontrakt_indgaaet=kbh(2019, 5, 1),
        km_hjem=5,
    )
    hjem = a.poster[-1]
    assert hjem.kilde is not None and "til og fra sygehus" in hjem.kilde.citat
    assert "Taxa" not in hjem.kilde.citat


@pytest.mark.parametrize(
    ("start", "slut", "id_"),
    [
        (kbh(2019, 4, 17, 20), kbh(2019, 4, 18, 2), "LED-01"),  # natten op til skærtorsdag
        (kbh(2019, 4, 18, 10), kbh(2019, 4, 18, 11), "LED-02"),  # helligdag på en torsdag
        (kbh(2019, 3, 30, 20), kbh(2019, 3, 31, 8), "LED-03"),  # forårets skift
        (kbh(2019, 5, 7, 17), kbh(2019, 5, 7, 17, 1), "LED-04"),  # 5,775… kr. afrundes
        (kbh(2019, 5, 7, 17), kbh(2019, 5, 7, 18), "LED-05"),  # offentliggjort tillægstakst
        (kbh(2019, 5, 7, 8), kbh(2019, 5, 7, 9), "LED-07"),  # 2019-tabellen valgt efter dato
    ],
)
def test_laesningen_naevnes_praecis_hvor_den_afgoer_svaret(
    start: datetime, slut: datetime, id_: str
) -> None:
    r = beregn_ledsagelse(start, slut)
    assert id_ in r.fortolkninger and id_ in r.begrundelse


def test_laesninger_naevnes_ikke_uden_grund() -> None:
    # en hverdag kl. 8-9 med tabellen givet direkte: ingen nat, helligdag, skift eller afrunding
    r = beregn_ledsagelse(kbh(2019, 5, 7, 8), kbh(2019, 5, 7, 9), takster=TAKSTER_2019)
    assert r.fortolkninger == () and "fortolkningsloggen" not in r.begrundelse
    # onsdag nat til torsdag (ingen helligdag): begge læsninger giver samme kategori
    assert "LED-01" not in beregn_ledsagelse(kbh(2019, 5, 8, 20), kbh(2019, 5, 9, 2)).fortolkninger
