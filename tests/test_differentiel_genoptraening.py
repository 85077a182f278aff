"""Differentiel test: `opstartsfrist` mod en dag-for-dag-tæller (issue 14, punkt 8).

Kap. 10 (003_04b02f9474de0607.txt ~3702): »Udgangspunktet er, at kommunen igangsætter
genoptræningsforløbet inden for 7 kalenderdage efter at borgeren udskrives fra sygehuset.«
Fortolkningsloggen »Hvornår 7 kalenderdage udløber«: udskrivningsdagen er dag 0, et tidspunkt
tæller på sin lokale dato i Europe/Copenhagen, weekender og helligdage tæller med.

Referencen (`tests/_referencer.py`) omregner udskrivningen til dansk tid med EU's
sommertidsregel i hånden og tæller derefter syv kalenderdage én ad gangen med månedslængder
i hånden. Tilfældene trækkes med fast seed; mindst 10 % ligger på en sommertidsskiftedag,
mindst 10 % på eller ved siden af en helligdag, og tidspunkterne gives i tilfældige zoner —
UTC, faste forskelle, dansk tid med fold=1 i efterårets dobbelte time, og Asia/Amman, hvis
dobbelte time ligger omkring dansk midnat, så fold dér skifter den danske dato.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from forloebsregler.fejl import ForloebsreglerFejl
from forloebsregler.genoptraeningsfrist import Fristgrundlag, opstartsfrist, opstartsfrister
from tests import _referencer as ref
from tests.conftest import normaliser

KILDE = "003_04b02f9474de0607.txt"
KBH = ZoneInfo("Europe/Copenhagen")
AMMAN = ZoneInfo("Asia/Amman")
ANTAL = 4000
SEED = 9182018  # BEK nr. 918 af 22. juni 2018
AAR = range(2015, 2031)
NAVNGIVNE_ZONER = (
    ZoneInfo("America/New_York"),
    ZoneInfo("Pacific/Kiritimati"),
    ZoneInfo("Pacific/Pago_Pago"),
    ZoneInfo("Asia/Kathmandu"),
    ZoneInfo("Europe/London"),
)


def test_kilden_siger_7_kalenderdage(kildetekster: dict[str, str]) -> None:
    assert (
        "Udgangspunktet er, at kommunen igangsætter genoptræningsforløbet inden for 7 "
        "kalenderdage efter at borgeren udskrives fra sygehuset." in kildetekster[KILDE]
    )
    assert normaliser("senere end de \n\n7 dage") in kildetekster[KILDE]


def test_referencens_dansk_vaegur_er_zoneinfos() -> None:
    """Vægur + fold → UTC i hånden stemmer med tz-databasen på alle skiftedage 2015-2030."""
    for aar in AAR:
        for skift in ref.sommertid_utc(aar):
            dag = skift.date()
            vaeg = datetime(dag.year, dag.month, dag.day)
            while vaeg.date() == dag:
                for fold in (0, 1):
                    zi = vaeg.replace(tzinfo=KBH, fold=fold).astimezone(UTC).replace(tzinfo=None)
                    assert ref.utc_fra_dansk_vaegur(vaeg, fold) == zi, (vaeg, fold)
                vaeg += timedelta(minutes=5)


def test_referencens_dagtaeller() -> None:
    """Håndtjek: skudår, månedsskifte og årsskifte."""
    assert ref.opstartsfrist_reference(date(2024, 2, 22)) == date(2024, 2, 29)
    assert ref.opstartsfrist_reference(date(2023, 2, 22)) == date(2023, 3, 1)
    assert ref.opstartsfrist_reference(date(2100, 2, 25)) == date(2100, 3, 4)
    assert ref.opstartsfrist_reference(date(2019, 12, 28)) == date(2020, 1, 4)
    # 23.30 UTC den 26.10.2019 er 01.30 sommertid den 27. i Danmark
    assert ref.opstartsfrist_reference(datetime(2019, 10, 26, 23, 30, tzinfo=UTC)) == date(
        2019, 11, 3
    )
    # Amman: 00.30 fold=0 (+03) er 23.30 dansk tid den 24.; fold=1 (+02) er 00.30 den 25.
    amman = datetime(2019, 10, 25, 0, 30, tzinfo=AMMAN)
    assert ref.lokal_udskrivningsdato(amman) == date(2019, 10, 24)
    assert ref.lokal_udskrivningsdato(amman.replace(fold=1)) == date(2019, 10, 25)


# --------------------------------------------------------------------------- tilfældene


def _helligdage() -> list[date]:
    dage: list[date] = []
    for aar in AAR:
        dage.extend(ref.officielle_helligdage(aar))
        dage.extend((date(aar, 12, 24), date(aar, 12, 31)))
    return sorted(dage)


_HELLIGDAGE = _helligdage()


def _vaeg_paa(rng: random.Random, dag: date, naer_midnat: bool) -> datetime:
    midnat = datetime(dag.year, dag.month, dag.day)
    if naer_midnat:
        return midnat + timedelta(minutes=rng.choice((rng.randint(0, 90), rng.randint(1350, 1439))))
    return midnat + timedelta(minutes=rng.randrange(1440))


def _udskrivning(rng: random.Random) -> tuple[str, datetime, int, datetime]:
    """(måde, dansk vægur, fold, UTC) for en tilfældig udskrivning."""
    valg = rng.random()
    if valg < 0.25:
        fra = datetime(AAR.start, 1, 1)
        utc = fra + timedelta(minutes=rng.randrange(16 * 365 * 1440))
        return "jævnt", ref.dansk_vaegur(utc), 0, utc
    if valg < 0.50:
        skift = rng.choice(ref.sommertid_utc(rng.choice(AAR)))
        dag = skift.date()
        fold = rng.randint(0, 1)
        if rng.random() < 0.4:  # den dobbelte/manglende time kl. 02-03
            vaeg = datetime(dag.year, dag.month, dag.day, 2, rng.randrange(60))
        else:
            vaeg = _vaeg_paa(rng, dag, rng.random() < 0.5)
        return "sommertid", vaeg, fold, ref.utc_fra_dansk_vaegur(vaeg, fold)
    if valg < 0.75:
        dag = rng.choice(_HELLIGDAGE) + timedelta(days=rng.randint(-1, 1))
        vaeg = _vaeg_paa(rng, dag, rng.random() < 0.5)
        return "helligdag", vaeg, 0, ref.utc_fra_dansk_vaegur(vaeg, 0)
    dag = date(AAR.start, 1, 1) + timedelta(days=rng.randrange(16 * 365))
    vaeg = _vaeg_paa(rng, dag, True)
    return "midnat", vaeg, 0, ref.utc_fra_dansk_vaegur(vaeg, 0)


def _som_input(
    rng: random.Random, vaeg: datetime, fold: int, utc: datetime
) -> tuple[str, date | datetime | str]:
    """Udskrivningen som date, ISO-streng eller tidspunkt i en tilfældig zone."""
    valg = rng.random()
    if valg < 0.05:
        return "date", vaeg.date()
    if valg < 0.08:
        return "datostreng", vaeg.date().isoformat()
    if valg < 0.30:
        return "dansk", vaeg.replace(tzinfo=KBH, fold=fold)
    aware_utc = utc.replace(tzinfo=UTC)
    if valg < 0.45:
        return "utc", aware_utc
    if valg < 0.55:
        return "iso", aware_utc.astimezone(ref.fast_zone(rng.randint(-48, 56) * 15)).isoformat()
    if valg < 0.85:
        return "fast", aware_utc.astimezone(ref.fast_zone(rng.randint(-12 * 60, 14 * 60)))
    return "navngiven", aware_utc.astimezone(rng.choice(NAVNGIVNE_ZONER))


def _tilfaelde() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    ud: list[dict[str, object]] = []
    for nr in range(ANTAL):
        maade, vaeg, fold, utc = _udskrivning(rng)
        vaerdi: date | datetime | str
        if maade == "sommertid" and vaeg.hour == 2 and rng.random() < 0.5:
            # den dobbelte/manglende time givet som dansk vægur med fold
            form, vaerdi = "dansk", vaeg.replace(tzinfo=KBH, fold=fold)
        else:
            form, vaerdi = _som_input(rng, vaeg, fold, utc)
        ud.append({"nr": nr, "maade": maade, "form": form, "udskrivning": vaerdi})
    # Asia/Amman: den dobbelte time kl. 00-01 den 25.10.2019 ligger omkring dansk midnat
    for minut in range(0, 60, 3):
        for fold in (0, 1):
            vaerdi = datetime(2019, 10, 25, 0, minut, tzinfo=AMMAN, fold=fold)
            ud.append({"nr": len(ud), "maade": "amman", "form": "amman", "udskrivning": vaerdi})
    return ud


TILFAELDE = _tilfaelde()


def _lokal(t: dict[str, object]) -> date:
    u = t["udskrivning"]
    assert isinstance(u, date | str)
    return ref.lokal_udskrivningsdato(u)


def _er_tvetydig_fold1(u: object) -> bool:
    if not isinstance(u, datetime) or getattr(u.tzinfo, "key", None) != "Europe/Copenhagen":
        return False
    _, slut = ref.sommertid_utc(u.year)
    return u.fold == 1 and u.date() == slut.date() and u.hour == 2


def _hellig_eller_jul_nytaar(dag: date) -> bool:
    return ref.er_helligdag(dag) or (dag.month, dag.day) in ((12, 24), (12, 31))


def test_andelene_af_svaere_tilfaelde() -> None:
    n = len(TILFAELDE)
    assert n >= 3000
    lokale = [_lokal(t) for t in TILFAELDE]
    sommertid = sum(ref.er_sommertidsskiftedag(d) for d in lokale)
    hellig = sum(
        any(_hellig_eller_jul_nytaar(d + timedelta(days=k)) for k in (-1, 0, 1)) for d in lokale
    )
    officiel_hellig = sum(
        any(ref.er_helligdag(d + timedelta(days=k)) for k in (-1, 0, 1)) for d in lokale
    )
    fold1 = sum(_er_tvetydig_fold1(t["udskrivning"]) for t in TILFAELDE)
    former = {t["form"] for t in TILFAELDE}
    utc = sum(t["form"] == "utc" for t in TILFAELDE)
    assert sommertid >= n // 10, sommertid
    assert hellig >= n // 10, hellig
    assert officiel_hellig >= n // 10, officiel_hellig
    assert fold1 >= 50, fold1
    assert utc >= n // 10, utc
    assert former == {
        "date",
        "datostreng",
        "dansk",
        "utc",
        "iso",
        "fast",
        "navngiven",
        "amman",
    }
    # mange tilfælde, hvor UTC-datoen og den danske dato er forskellige
    forskellige = 0
    for t, d in zip(TILFAELDE, lokale, strict=True):
        u = t["udskrivning"]
        forskellige += isinstance(u, datetime) and u.astimezone(UTC).date() != d
    assert forskellige >= n // 20, forskellige


def _findes_ikke(u: object) -> bool:
    """Et dansk vægur i forårets manglende time (fx 02.58 den sidste søndag i marts)."""
    if not isinstance(u, datetime) or u.tzinfo is not KBH:
        return False
    tilbage = u.astimezone(UTC).astimezone(KBH).replace(tzinfo=None, fold=0)
    return tilbage != u.replace(tzinfo=None, fold=0)


def test_manglende_lokale_tider_afvises() -> None:
    # Fortolkningsloggen FAE-03: en lokal tid, der ikke findes, afvises; der gættes ikke.
    manglende = [t["udskrivning"] for t in TILFAELDE if _findes_ikke(t["udskrivning"])]
    assert len(manglende) >= 10, len(manglende)
    for u in manglende:
        with pytest.raises(ForloebsreglerFejl, match="findes ikke"):
            opstartsfrist(u)  # type: ignore[arg-type]


def test_opstartsfrist_som_dagtaelleren() -> None:
    afvigelser = []
    for t in TILFAELDE:
        u = t["udskrivning"]
        assert isinstance(u, date | str)
        if _findes_ikke(u):
            continue  # afvises (test_manglende_lokale_tider_afvises)
        forventet = ref.opstartsfrist_reference(u)
        r = opstartsfrist(u)
        if (
            r.dato != forventet
            or r.syvdagesfrist != forventet
            or r.udskrivningsdato != ref.lokal_udskrivningsdato(u)
            or r.grundlag is not Fristgrundlag.SYV_KALENDERDAGE
        ):
            afvigelser.append((t["nr"], t["maade"], t["form"], u, forventet, r.dato))
    assert not afvigelser, f"{len(afvigelser)} afvigelser, fx {afvigelser[:5]}"


@pytest.mark.parametrize("fold", [0, 1])
def test_amman_fold_skifter_den_danske_dato(fold: int) -> None:
    """Håndregnet: 00.30 i Amman den 25.10.2019 er 21.30 UTC (fold=0) eller 22.30 UTC (fold=1).

    I dansk sommertid (UTC+2) er det 23.30 den 24. eller 00.30 den 25.
    """
    r = opstartsfrist(datetime(2019, 10, 25, 0, 30, tzinfo=AMMAN, fold=fold))
    assert r.udskrivningsdato == (date(2019, 10, 24), date(2019, 10, 25))[fold]
    assert r.dato == (date(2019, 10, 31), date(2019, 11, 1))[fold]


def test_opstartsfrister_batch_som_dagtaelleren() -> None:
    raekker = [{"id": t["nr"], "udskrivning": t["udskrivning"]} for t in TILFAELDE]
    poster = opstartsfrister(raekker)
    afvigelser = []
    for t, post in zip(TILFAELDE, poster, strict=True):
        u = t["udskrivning"]
        assert isinstance(u, date | str)
        if _findes_ikke(u):
            if post["fejl"] is None or "findes ikke" not in post["fejl"]:
                afvigelser.append((t["nr"], u, "fejl forventet", post))
            continue
        forventet = ref.opstartsfrist_reference(u)
        if post["fejl"] is not None or post["frist"] != forventet.isoformat():
            afvigelser.append((t["nr"], u, forventet, post))
    assert not afvigelser, afvigelser[:3]
