"""Fejlbeskederne fra grænsevalideringen: argumentets navn, det givne og det accepterede.

Beskederne er en del af kontrakten, så de står her ordret.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from forloebsregler import fejl
from forloebsregler._valider import (
    kraev_aware,
    kraev_bool,
    kraev_dato,
    kraev_decimal,
    kraev_enum,
    kraev_enum_maengde,
    kraev_heltal,
    kraev_tekst,
    kraev_valgfri_bool,
    kraev_varighed,
    vis,
)


class Farve(Enum):
    ROED = "rød"
    BLAA = "blå"


TAL = "et tal som Decimal, int eller numerisk streng med punktum ('12.5')"
HELTAL = "et helt tal (int, heltallig Decimal eller streng)"
TID = "en datetime med tidszone (eller ISO 8601-streng med offset)"
DATO = "en date eller en ISO-dato 'ÅÅÅÅ-MM-DD'"

TILFAELDE: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any], type, str]] = [
    (kraev_decimal, (True, "x"), {}, fejl.UgyldigTypeFejl,
     f"x: fik True (type bool); accepterer {TAL}, ikke bool"),
    (kraev_decimal, ("abc", "x"), {}, fejl.UgyldigVaerdiFejl,
     f"x: fik 'abc' (type str), som ikke er et tal; accepterer {TAL}"),
    (kraev_decimal, ([1], "x"), {}, fejl.UgyldigTypeFejl,
     f"x: fik [1] (type list); accepterer {TAL}"),
    (kraev_decimal, (float("nan"), "x"), {}, fejl.UgyldigVaerdiFejl,
     "x: fik nan (type float); accepterer kun endelige tal"),
    (kraev_decimal, (Decimal("-Infinity"), "x"), {}, fejl.UgyldigVaerdiFejl,
     "x: fik Decimal('-Infinity') (type Decimal); accepterer kun endelige tal"),
    (kraev_decimal, (0, "x"), {"positiv": True}, fejl.UgyldigVaerdiFejl,
     "x: fik 0 (type int); accepterer kun tal større end 0"),
    (kraev_decimal, (-1, "x"), {"min_vaerdi": 0}, fejl.UgyldigVaerdiFejl,
     "x: fik -1 (type int); accepterer kun tal større end eller lig 0"),
    (kraev_decimal, (6, "x"), {"maks_vaerdi": 5}, fejl.UgyldigVaerdiFejl,
     "x: fik 6 (type int); accepterer kun tal mindre end eller lig 5"),
    (kraev_heltal, (True, "n"), {}, fejl.UgyldigTypeFejl,
     f"n: fik True (type bool); accepterer {HELTAL}, ikke bool"),
    (kraev_heltal, ("1.5", "n"), {}, fejl.UgyldigVaerdiFejl,
     f"n: fik '1.5' (type str); accepterer {HELTAL}"),
    (kraev_heltal, (1.0, "n"), {}, fejl.UgyldigTypeFejl,
     f"n: fik 1.0 (type float); accepterer {HELTAL}"),
    (kraev_heltal, (-1, "n"), {"min_vaerdi": 0}, fejl.UgyldigVaerdiFejl,
     "n: fik -1 (type int); accepterer kun hele tal fra 0"),
    (kraev_heltal, (11, "n"), {"maks_vaerdi": 10}, fejl.UgyldigVaerdiFejl,
     "n: fik 11 (type int); accepterer kun hele tal til og med 10"),
    (kraev_bool, (1, "b"), {}, fejl.UgyldigTypeFejl,
     "b: fik 1 (type int); accepterer True eller False"),
    (kraev_valgfri_bool, (0, "b"), {}, fejl.UgyldigTypeFejl,
     "b: fik 0 (type int); accepterer True, False eller None (ukendt)"),
    (kraev_tekst, (3, "t"), {}, fejl.UgyldigTypeFejl,
     "t: fik 3 (type int); accepterer en tekststreng"),
    (kraev_tekst, (" ", "t"), {}, fejl.UgyldigVaerdiFejl,
     "t: fik en tom streng; accepterer en ikke-tom tekst"),
    (kraev_enum, (Farve, "grøn", "f"), {}, fejl.UkendtNavnFejl,
     "f: ukendt navn 'grøn' (type str); accepterer et Farve: ROED, BLAA"),
    (kraev_enum, (Farve, 1, "f"), {}, fejl.UgyldigTypeFejl,
     "f: fik 1 (type int); accepterer et Farve eller dets navn: ROED, BLAA"),
    (kraev_enum_maengde, (Farve, "ROED", "f"), {}, fejl.UgyldigTypeFejl,
     "f: fik 'ROED' (type str); accepterer en samling (liste, tuple, set) af Farve eller "
     "deres navne"),
    (kraev_enum_maengde, (Farve, 5, "f"), {}, fejl.UgyldigTypeFejl,
     "f: fik 5 (type int); accepterer en samling (liste, tuple, set) af Farve eller deres navne"),
    (kraev_enum_maengde, (Farve, {"ROED": 1}, "f"), {}, fejl.UgyldigTypeFejl,
     "f: fik en dict; accepterer en liste, tuple eller set af Farve"),
    (kraev_enum_maengde, (Farve, ["ROED", "GUL"], "f"), {}, fejl.UkendtNavnFejl,
     "f[1]: ukendt navn 'GUL' (type str); accepterer et Farve: ROED, BLAA"),
    (kraev_aware, ("igår", "t"), {}, fejl.UgyldigVaerdiFejl,
     f"t: fik 'igår' (type str), som ikke er et ISO 8601-tidspunkt; accepterer {TID}"),
    (kraev_aware, (5, "t"), {}, fejl.UgyldigTypeFejl, f"t: fik 5 (type int); accepterer {TID}"),
    (kraev_aware, (datetime(2024, 1, 1), "t"), {}, fejl.NaivtTidspunktFejl,
     "t: fik det naive tidspunkt 2024-01-01T00:00:00 uden tidszone; accepterer kun "
     "tidszonebevidste tidspunkter (fx med ZoneInfo('Europe/Copenhagen'))"),
    (kraev_dato, (datetime(2024, 1, 1, tzinfo=UTC), "d"), {}, fejl.UgyldigTypeFejl,
     "d: fik et tidspunkt datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timezone.utc) "
     f"(type datetime); accepterer {DATO}"),
    (kraev_dato, ("2023-02-29", "d"), {}, fejl.UgyldigVaerdiFejl,
     f"d: fik '2023-02-29' (type str), som ikke er en dato; accepterer {DATO}"),
    (kraev_dato, (3, "d"), {}, fejl.UgyldigTypeFejl, f"d: fik 3 (type int); accepterer {DATO}"),
    (kraev_varighed, (3, "v"), {}, fejl.UgyldigTypeFejl,
     "v: fik 3 (type int); accepterer en timedelta"),
    (kraev_varighed, (timedelta(0), "v"), {}, fejl.UgyldigVaerdiFejl,
     "v: fik datetime.timedelta(0) (type timedelta); accepterer kun en positiv varighed"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("funktion", "args", "kwargs", "fejltype", "besked"),
    TILFAELDE,
    ids=[f"{t[0].__name__}-{i}" for i, t in enumerate(TILFAELDE)],
)
def test_fejlbesked(
    funktion: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    fejltype: type,
    besked: str,
) -> None:
    with pytest.raises(fejltype) as info:
        funktion(*args, **kwargs)
    assert str(info.value) == besked


@pytest.mark.parametrize(
    ("funktion", "args", "kwargs", "forventet"),
    [
        (kraev_decimal, (" 2.50 ", "x"), {}, Decimal("2.50")),
        (kraev_decimal, (0.1, "x"), {}, Decimal("0.1")),
        (kraev_decimal, (5, "x"), {"maks_vaerdi": 5, "min_vaerdi": 5}, Decimal(5)),
        (kraev_decimal, (Decimal("0.001"), "x"), {"positiv": True}, Decimal("0.001")),
        (kraev_heltal, ("7", "n"), {"min_vaerdi": 7, "maks_vaerdi": 7}, 7),
        (kraev_heltal, (Decimal("4.0"), "n"), {}, 4),
        (kraev_bool, (True, "b"), {}, True),
        (kraev_valgfri_bool, (True, "b"), {}, True),
        (kraev_valgfri_bool, (False, "b"), {}, False),
        (kraev_tekst, ("", "t"), {"tom_tilladt": True}, ""),
        (kraev_enum, (Farve, " roed ", "f"), {}, Farve.ROED),
        (kraev_enum, (Farve, Farve.BLAA, "f"), {}, Farve.BLAA),
        (kraev_enum, (Farve, "BLÅ", "f"), {}, Farve.BLAA),
        (kraev_enum_maengde, (Farve, (), "f"), {}, frozenset()),
        (kraev_enum_maengde, (Farve, {"BLAA", Farve.ROED}, "f"), {}, frozenset(Farve)),
        (kraev_dato, (" 2024-02-29 ", "d"), {}, date(2024, 2, 29)),
        (kraev_dato, (date(2024, 2, 29), "d"), {}, date(2024, 2, 29)),
        (kraev_varighed, (timedelta(0), "v"), {"positiv": False}, timedelta(0)),
    ],
)
def test_gyldige_vaerdier(
    funktion: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], forventet: Any
) -> None:
    resultat = funktion(*args, **kwargs)
    assert resultat == forventet and type(resultat) is type(forventet)


def test_aware_bevarer_zonen() -> None:
    t = datetime(2024, 1, 1, 12, tzinfo=UTC)
    assert kraev_aware(t, "t") is t
    assert kraev_aware(" 2024-01-01T12:00:00+00:00 ", "t") == t


def test_vis_afkorter_og_taaler_defekt_repr() -> None:
    lang = vis("x" * 200)
    assert lang.endswith("… (type str)") and len(lang) == 80 + len(" (type str)")
    assert vis("x" * 78) == repr("x" * 78) + " (type str)"

    class Defekt:
        def __repr__(self) -> str:
            raise RuntimeError("nej")

    assert vis(Defekt()) == "<Defekt> (type Defekt)"


def test_defekt_tidszone_behandles_som_naiv() -> None:
    from datetime import tzinfo

    class Defekt(tzinfo):
        def utcoffset(self, dt: datetime | None) -> timedelta:
            raise RuntimeError("ingen forskydning")

    with pytest.raises(fejl.NaivtTidspunktFejl):
        kraev_aware(datetime(2024, 1, 1, tzinfo=Defekt()), "t")


# Fejlens attributter (fejl.py): `argument` er det givne navn, `vaerdi` den givne værdi. Navnet
# »årstal« kan ikke læses af beskedens begyndelse (det starter ikke med et ASCII-bogstav), så
# `argument` skal komme fra valideringen selv.
_KBH = ZoneInfo("Europe/Copenhagen")
_LISTE = [1]
_NAIV = datetime(2024, 1, 1)
_KANT = datetime(9999, 12, 31, 23, 30, tzinfo=UTC)
_SPRING = datetime(2024, 3, 31, 2, 30, tzinfo=_KBH)
_DICT = {"ROED": 1}
_TID = datetime(2024, 1, 1, tzinfo=UTC)
_TIDSREPR = "datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)"
_TOMT = timedelta(0)
_STORT = 2**100

_Attributtilfaelde = tuple[
    Callable[..., Any], tuple[Any, ...], dict[str, Any], type, str, object, str
]

ATTRIBUTTER: list[_Attributtilfaelde] = [
    (kraev_decimal, (True, "årstal"), {}, fejl.UgyldigTypeFejl, "årstal", True,
     f"årstal: fik True (type bool); accepterer {TAL}, ikke bool"),
    # 2^100 har 101 bit: afvises, før der bygges en Decimal
    (kraev_decimal, (_STORT, "årstal"), {}, fejl.UgyldigVaerdiFejl, "årstal", _STORT,
     "årstal: fik 1267650600228229401496703205376 (type int); accepterer kun tal mindre end 10^30"),
    (kraev_decimal, ("abc", "årstal"), {}, fejl.UgyldigVaerdiFejl, "årstal", "abc",
     f"årstal: fik 'abc' (type str), som ikke er et tal; accepterer {TAL}"),
    (kraev_decimal, (_LISTE, "årstal"), {}, fejl.UgyldigTypeFejl, "årstal", _LISTE,
     f"årstal: fik [1] (type list); accepterer {TAL}"),
    (kraev_decimal, ("NaN", "årstal"), {}, fejl.UgyldigVaerdiFejl, "årstal", "NaN",
     "årstal: fik 'NaN' (type str); accepterer kun endelige tal"),
    (kraev_decimal, ("1E+30", "årstal"), {}, fejl.UgyldigVaerdiFejl, "årstal", "1E+30",
     "årstal: fik '1E+30' (type str); accepterer kun tal mindre end 10^30 med højst 100 "
     "decimaler og 100 cifre (se fortolkningsloggen FAE-04)"),
    (kraev_decimal, (0, "årstal"), {"positiv": True}, fejl.UgyldigVaerdiFejl, "årstal", 0,
     "årstal: fik 0 (type int); accepterer kun tal større end 0"),
    (kraev_decimal, (-1, "årstal"), {"min_vaerdi": 0}, fejl.UgyldigVaerdiFejl, "årstal", -1,
     "årstal: fik -1 (type int); accepterer kun tal større end eller lig 0"),
    (kraev_decimal, (6, "årstal"), {"maks_vaerdi": 5}, fejl.UgyldigVaerdiFejl, "årstal", 6,
     "årstal: fik 6 (type int); accepterer kun tal mindre end eller lig 5"),
    (kraev_heltal, (False, "årstal"), {}, fejl.UgyldigTypeFejl, "årstal", False,
     f"årstal: fik False (type bool); accepterer {HELTAL}, ikke bool"),
    (kraev_heltal, ("1.5", "årstal"), {}, fejl.UgyldigVaerdiFejl, "årstal", "1.5",
     f"årstal: fik '1.5' (type str); accepterer {HELTAL}"),
    (kraev_heltal, (1.0, "årstal"), {}, fejl.UgyldigTypeFejl, "årstal", 1.0,
     f"årstal: fik 1.0 (type float); accepterer {HELTAL}"),
    (kraev_heltal, (-1, "årstal"), {"min_vaerdi": 0}, fejl.UgyldigVaerdiFejl, "årstal", -1,
     "årstal: fik -1 (type int); accepterer kun hele tal fra 0"),
    (kraev_heltal, (11, "årstal"), {"maks_vaerdi": 10}, fejl.UgyldigVaerdiFejl, "årstal", 11,
     "årstal: fik 11 (type int); accepterer kun hele tal til og med 10"),
    (kraev_bool, (1, "årstal"), {}, fejl.UgyldigTypeFejl, "årstal", 1,
     "årstal: fik 1 (type int); accepterer True eller False"),
    (kraev_valgfri_bool, (0, "årstal"), {}, fejl.UgyldigTypeFejl, "årstal", 0,
     "årstal: fik 0 (type int); accepterer True, False eller None (ukendt)"),
    (kraev_tekst, (3, "årstal"), {}, fejl.UgyldigTypeFejl, "årstal", 3,
     "årstal: fik 3 (type int); accepterer en tekststreng"),
    (kraev_tekst, (" ", "årstal"), {}, fejl.UgyldigVaerdiFejl, "årstal", " ",
     "årstal: fik en tom streng; accepterer en ikke-tom tekst"),
    (kraev_enum, (Farve, "grøn", "årstal"), {}, fejl.UkendtNavnFejl, "årstal", "grøn",
     "årstal: ukendt navn 'grøn' (type str); accepterer et Farve: ROED, BLAA"),
    (kraev_enum, (Farve, 1, "årstal"), {}, fejl.UgyldigTypeFejl, "årstal", 1,
     "årstal: fik 1 (type int); accepterer et Farve eller dets navn: ROED, BLAA"),
    (kraev_enum_maengde, (Farve, "ROED", "årstal"), {}, fejl.UgyldigTypeFejl, "årstal", "ROED",
     "årstal: fik 'ROED' (type str); accepterer en samling (liste, tuple, set) af Farve eller "
     "deres navne"),
    (kraev_enum_maengde, (Farve, _DICT, "årstal"), {}, fejl.UgyldigTypeFejl, "årstal", _DICT,
     "årstal: fik en dict; accepterer en liste, tuple eller set af Farve"),
    (kraev_enum_maengde, (Farve, ["ROED", "GUL"], "årstal"), {}, fejl.UkendtNavnFejl,
     "årstal[1]", "GUL",
     "årstal[1]: ukendt navn 'GUL' (type str); accepterer et Farve: ROED, BLAA"),
    (kraev_aware, ("igår", "årstal"), {}, fejl.UgyldigVaerdiFejl, "årstal", "igår",
     f"årstal: fik 'igår' (type str), som ikke er et ISO 8601-tidspunkt; accepterer {TID}"),
    (kraev_aware, (5, "årstal"), {}, fejl.UgyldigTypeFejl, "årstal", 5,
     f"årstal: fik 5 (type int); accepterer {TID}"),
    (kraev_aware, (_NAIV, "årstal"), {}, fejl.NaivtTidspunktFejl, "årstal", _NAIV,
     "årstal: fik det naive tidspunkt 2024-01-01T00:00:00 uden tidszone; accepterer kun "
     "tidszonebevidste tidspunkter (fx med ZoneInfo('Europe/Copenhagen'))"),
    # 23:30 UTC nytårsaften år 9999 er år 10000 i dansk tid
    (kraev_aware, (_KANT, "årstal"), {}, fejl.UgyldigVaerdiFejl, "årstal", _KANT,
     "årstal: fik datetime.datetime(9999, 12, 31, 23, 30, tzinfo=datetime.timezone.utc) "
     "(type datetime); accepterer kun tidspunkter, der kan omregnes til UTC og dansk tid "
     "inden for år 1–9999"),
    # 02:30 den 31.3.2024 findes ikke i København (uret springer fra 02:00 til 03:00); vis()
    # afkorter repr til 80 tegn
    (kraev_aware, (_SPRING, "årstal"), {}, fejl.UgyldigVaerdiFejl, "årstal", _SPRING,
     "årstal: fik datetime.datetime(2024, 3, 31, 2, 30, tzinfo=zoneinfo.ZoneInfo(key='Europe/Cope…"
     " (type datetime); den lokale tid 2024-03-31T02:30:00 findes ikke i Europe/Copenhagen "
     "(uret springer frem ved overgangen til sommertid); accepterer kun eksisterende lokale "
     "tider eller et tidspunkt med fast offset (se fortolkningsloggen FAE-03)"),
    (kraev_dato, (_TID, "årstal"), {}, fejl.UgyldigTypeFejl, "årstal", _TID,
     f"årstal: fik et tidspunkt {_TIDSREPR} (type datetime); accepterer {DATO}"),
    (kraev_dato, ("2023-02-29", "årstal"), {}, fejl.UgyldigVaerdiFejl, "årstal", "2023-02-29",
     f"årstal: fik '2023-02-29' (type str), som ikke er en dato; accepterer {DATO}"),
    (kraev_dato, (3, "årstal"), {}, fejl.UgyldigTypeFejl, "årstal", 3,
     f"årstal: fik 3 (type int); accepterer {DATO}"),
    (kraev_varighed, (3, "årstal"), {}, fejl.UgyldigTypeFejl, "årstal", 3,
     "årstal: fik 3 (type int); accepterer en timedelta"),
    (kraev_varighed, (_TOMT, "årstal"), {}, fejl.UgyldigVaerdiFejl, "årstal", _TOMT,
     "årstal: fik datetime.timedelta(0) (type timedelta); accepterer kun en positiv varighed"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("funktion", "args", "kwargs", "fejltype", "argument", "vaerdi", "besked"),
    ATTRIBUTTER,
    ids=[f"{t[0].__name__}-{i}" for i, t in enumerate(ATTRIBUTTER)],
)
def test_fejlens_argument_og_vaerdi(
    funktion: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    fejltype: type,
    argument: str,
    vaerdi: object,
    besked: str,
) -> None:
    with pytest.raises(fejltype) as info:
        funktion(*args, **kwargs)
    f = info.value
    assert type(f) is fejltype and str(f) == besked
    assert f.argument == argument and f.har_vaerdi and f.vaerdi is vaerdi
