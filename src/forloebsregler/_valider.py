"""Fælles validering ved det offentlige API's grænse (privat modul).

Hver funktion tager argumentets navn, så fejlbeskeden kan sige, hvilket argument
der var galt, hvad der blev givet, og hvad der accepteres.

Tal: `Decimal`, `int` og numeriske strenge accepteres. En `float` konverteres efter
én dokumenteret regel: via `str(x)` (så `0.1` bliver `Decimal("0.1")`), og kun hvis
den er endelig. `bool` er aldrig et tal. Tallets størrelse kontrolleres, før der regnes
med det: højst `MAKS_CIFRE` cifre og en størrelsesorden mellem 10^-`MAKS_DECIMALER` og
10^`MAKS_EKSPONENT` (så `'1E+999999'` afvises på mikrosekunder); NaN, sNaN og uendelig
afvises, og `-0` bliver `0`.

Tid: `datetime`-underklasser (`pendulum.DateTime`, `pandas.Timestamp`) bliver til en
almindelig `datetime` med samme tidspunkt; `numpy.datetime64` afvises (den har ingen
tidszone). En lokal tid, der ikke findes (forårets overspringede time i en `ZoneInfo`-zone),
afvises; en tvetydig tid (efterårets gentagne time) er det tidspunkt, `fold` udpeger, og
gives videre med fast offset, så sammenligning og subtraktion altid sker som tidspunkter.
Tidspunkter, der ikke kan omregnes til UTC og dansk tid inden for år 1–9999, afvises.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TypeVar
from zoneinfo import ZoneInfo

from forloebsregler.fejl import (
    NaivtTidspunktFejl,
    UgyldigTypeFejl,
    UgyldigVaerdiFejl,
    UkendtNavnFejl,
)

E = TypeVar("E", bound=Enum)

_MAKS_VIS = 80

MAKS_CIFRE = 100
"""Højst så mange betydende cifre i et tal."""
MAKS_EKSPONENT = 30
"""Et tals størrelsesorden: under 10^30 (langt over ethvert beløb i kilderne)."""
MAKS_DECIMALER = 100
"""Højst så mange decimaler (rigeligt til fx 1/3600 time regnet med 28 cifre)."""

_KOEBENHAVN = ZoneInfo("Europe/Copenhagen")


def vis(vaerdi: object) -> str:
    """En kort, sikker repr af en værdi til fejlbeskeder."""
    try:
        tekst = repr(vaerdi)
    except Exception:  # en fremmed __repr__ må ikke vælte fejlbeskeden
        tekst = f"<{type(vaerdi).__name__}>"
    if len(tekst) > _MAKS_VIS:
        tekst = tekst[: _MAKS_VIS - 1] + "…"
    return f"{tekst} (type {type(vaerdi).__name__})"


def kraev_decimal(
    vaerdi: object,
    navn: str,
    *,
    min_vaerdi: Decimal | int | None = None,
    positiv: bool = False,
    maks_vaerdi: Decimal | int | None = None,
) -> Decimal:
    """Et endeligt tal som `Decimal` (se modulets regel for `float`)."""
    accepteret = "et tal som Decimal, int eller numerisk streng med punktum ('12.5')"
    if isinstance(vaerdi, bool):
        raise UgyldigTypeFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer {accepteret}, ikke bool",
            argument=navn,
            vaerdi=vaerdi,
        )
    if isinstance(vaerdi, Decimal):
        tal = vaerdi
    elif isinstance(vaerdi, int):
        if vaerdi.bit_length() > 100:  # over 10^30: afvises, før der bygges en Decimal
            raise UgyldigVaerdiFejl(
                f"{navn}: fik {vis(vaerdi)}; accepterer kun tal mindre end 10^{MAKS_EKSPONENT}",
                argument=navn,
                vaerdi=vaerdi,
            )
        tal = Decimal(vaerdi)
    elif isinstance(vaerdi, float):
        tal = Decimal(str(vaerdi))
    elif isinstance(vaerdi, str):
        try:
            tal = Decimal(vaerdi.strip())
        except (InvalidOperation, ValueError):
            raise UgyldigVaerdiFejl(
                f"{navn}: fik {vis(vaerdi)}, som ikke er et tal; accepterer {accepteret}",
                argument=navn,
                vaerdi=vaerdi,
            ) from None
    else:
        raise UgyldigTypeFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer {accepteret}", argument=navn, vaerdi=vaerdi
        )
    tal = _kraev_rimeligt(tal, vaerdi, navn)
    if positiv and tal <= 0:
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer kun tal større end 0",
            argument=navn,
            vaerdi=vaerdi,
        )
    if min_vaerdi is not None and tal < min_vaerdi:
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer kun tal større end eller lig {min_vaerdi}",
            argument=navn,
            vaerdi=vaerdi,
        )
    if maks_vaerdi is not None and tal > maks_vaerdi:
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer kun tal mindre end eller lig {maks_vaerdi}",
            argument=navn,
            vaerdi=vaerdi,
        )
    return tal


def _kraev_rimeligt(tal: Decimal, vaerdi: object, navn: str) -> Decimal:
    """Afvis NaN/uendelig og tal uden for størrelsesgrænserne — kun ud fra `as_tuple()`,
    før der regnes med tallet; `-0` bliver `0`."""
    if not tal.is_finite():
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer kun endelige tal", argument=navn, vaerdi=vaerdi
        )
    if tal.is_zero():  # også -0 og 0E+999999
        eksponent = int(tal.as_tuple().exponent)
        return Decimal(0) if eksponent > 0 or eksponent < -MAKS_DECIMALER else tal.copy_abs()
    _fortegn, cifre, eksp = tal.as_tuple()
    eksponent = int(eksp)  # endelige tal har en heltalseksponent
    antal = len(cifre)  # koefficienten har aldrig foranstillede nuller (undtagen nul)
    stoerrelse = eksponent + antal  # tallet er under 10^stoerrelse
    if antal > MAKS_CIFRE or eksponent < -MAKS_DECIMALER or stoerrelse > MAKS_EKSPONENT:
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer kun tal mindre end 10^{MAKS_EKSPONENT} "
            f"med højst {MAKS_DECIMALER} decimaler og {MAKS_CIFRE} cifre "
            "(se fortolkningsloggen FAE-04)",
            argument=navn,
            vaerdi=vaerdi,
        )
    return tal


def kraev_heltal(
    vaerdi: object,
    navn: str,
    *,
    min_vaerdi: int | None = None,
    maks_vaerdi: int | None = None,
) -> int:
    """Et helt tal: `int`, en heltallig `Decimal` eller en streng med et helt tal."""
    accepteret = "et helt tal (int, heltallig Decimal eller streng)"
    if isinstance(vaerdi, bool):
        raise UgyldigTypeFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer {accepteret}, ikke bool",
            argument=navn,
            vaerdi=vaerdi,
        )
    if isinstance(vaerdi, int):
        tal = vaerdi
    elif isinstance(vaerdi, Decimal | str):
        d = kraev_decimal(vaerdi, navn)
        if d != d.to_integral_value():
            raise UgyldigVaerdiFejl(
                f"{navn}: fik {vis(vaerdi)}; accepterer {accepteret}", argument=navn, vaerdi=vaerdi
            )
        tal = int(d)
    else:
        raise UgyldigTypeFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer {accepteret}", argument=navn, vaerdi=vaerdi
        )
    if min_vaerdi is not None and tal < min_vaerdi:
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer kun hele tal fra {min_vaerdi}",
            argument=navn,
            vaerdi=vaerdi,
        )
    if maks_vaerdi is not None and tal > maks_vaerdi:
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer kun hele tal til og med {maks_vaerdi}",
            argument=navn,
            vaerdi=vaerdi,
        )
    return tal


def kraev_bool(vaerdi: object, navn: str) -> bool:
    """Et ja/nej: kun `True` eller `False`."""
    if not isinstance(vaerdi, bool):
        raise UgyldigTypeFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer True eller False", argument=navn, vaerdi=vaerdi
        )
    return vaerdi


def kraev_valgfri_bool(vaerdi: object, navn: str) -> bool | None:
    """Et ja/nej/ukendt: `True`, `False` eller `None` (ukendt)."""
    if vaerdi is None:
        return None
    if not isinstance(vaerdi, bool):
        raise UgyldigTypeFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer True, False eller None (ukendt)",
            argument=navn,
            vaerdi=vaerdi,
        )
    return vaerdi


def kraev_tekst(vaerdi: object, navn: str, *, tom_tilladt: bool = False) -> str:
    """En streng (som standard ikke tom)."""
    if not isinstance(vaerdi, str):
        raise UgyldigTypeFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer en tekststreng", argument=navn, vaerdi=vaerdi
        )
    if not tom_tilladt and not vaerdi.strip():
        raise UgyldigVaerdiFejl(
            f"{navn}: fik en tom streng; accepterer en ikke-tom tekst", argument=navn, vaerdi=vaerdi
        )
    return vaerdi


def kraev_enum(enum_cls: type[E], vaerdi: object, navn: str) -> E:
    """Et medlem af `enum_cls`, givet som medlemmet selv eller dets navn (store/små bogstaver)."""
    if isinstance(vaerdi, enum_cls):
        return vaerdi
    if isinstance(vaerdi, str):
        noegle = vaerdi.strip().upper()
        for medlem in enum_cls:
            if medlem.name == noegle:
                return medlem
        for medlem in enum_cls:
            if isinstance(medlem.value, str) and medlem.value.upper() == noegle:
                return medlem
        raise UkendtNavnFejl(
            f"{navn}: ukendt navn {vis(vaerdi)}; accepterer et {enum_cls.__name__}: "
            + ", ".join(m.name for m in enum_cls),
            argument=navn,
            vaerdi=vaerdi,
        )
    raise UgyldigTypeFejl(
        f"{navn}: fik {vis(vaerdi)}; accepterer et {enum_cls.__name__} eller dets navn: "
        + ", ".join(m.name for m in enum_cls),
        argument=navn,
        vaerdi=vaerdi,
    )


def kraev_enum_maengde(enum_cls: type[E], vaerdier: object, navn: str) -> frozenset[E]:
    """En samling (ikke en enkelt streng) af `enum_cls`-medlemmer eller deres navne.

    Rækkefølge og gentagelser er uden betydning: resultatet er en `frozenset`.
    """
    if isinstance(vaerdier, str | bytes) or not isinstance(vaerdier, Iterable):
        raise UgyldigTypeFejl(
            f"{navn}: fik {vis(vaerdier)}; accepterer en samling (liste, tuple, set) af "
            f"{enum_cls.__name__} eller deres navne",
            argument=navn,
            vaerdi=vaerdier,
        )
    if isinstance(vaerdier, dict):
        raise UgyldigTypeFejl(
            f"{navn}: fik en dict; accepterer en liste, tuple eller set af {enum_cls.__name__}",
            argument=navn,
            vaerdi=vaerdier,
        )
    return frozenset(kraev_enum(enum_cls, v, f"{navn}[{i}]") for i, v in enumerate(vaerdier))


_ACCEPTERET_TID = "en datetime med tidszone (eller ISO 8601-streng med offset)"


_PLADSHOLDERE = frozenset(
    {
        *("ukendt", "ikke kendt", "ikke oplyst", "ikke angivet", "mangler", "nej", "n", "ingen"),
        *("-", "--", "—", "–", "0", "false", "none", "null", "nan", "na", "n/a", "<na>"),
    }
)


def er_pladsholder(tekst: str) -> bool:
    """Om `tekst` kun siger, at oplysningen er ukendt eller mangler (»ukendt«, »?«, »N/A«,
    »ikke oplyst.« …): store og små bogstaver, mellemrum og et afsluttende punktum tæller ikke,
    og en tekst af lutter spørgsmålstegn er også en pladsholder (GEN-15)."""
    normal = " ".join(tekst.lower().split()).rstrip(".").strip()
    return normal in _PLADSHOLDERE or (bool(normal) and not normal.strip("?"))


def _som_datetime(vaerdi: object, navn: str) -> datetime:
    """En datetime af en datetime eller en ISO 8601-streng; andre typer afvises."""
    if isinstance(vaerdi, str):
        tekst = vaerdi
        try:
            vaerdi = datetime.fromisoformat(tekst.strip())
        except ValueError:
            raise UgyldigVaerdiFejl(
                f"{navn}: fik {vis(tekst)}, som ikke er et ISO 8601-tidspunkt; "
                f"accepterer {_ACCEPTERET_TID}",
                argument=navn,
                vaerdi=tekst,
            ) from None
        # `fromisoformat` skærer cifre efter sjette decimal stiltiende væk
        if ("." in tekst or "," in tekst) and _brok_under_mikrosekund(tekst):
            raise UgyldigVaerdiFejl(
                f"{navn}: fik {vis(tekst)} med en sekundbrøk under et mikrosekund; accepterer "
                "kun tidspunkter i hele mikrosekunder (cifre efter sjette decimal skal være 0)",
                argument=navn,
                vaerdi=tekst,
            )
    if isinstance(vaerdi, datetime):
        return vaerdi
    if type(vaerdi).__name__ == "datetime64":
        raise UgyldigTypeFejl(
            f"{navn}: fik {vis(vaerdi)}; en numpy.datetime64 har ingen tidszone; accepterer "
            f"{_ACCEPTERET_TID}, fx pandas.Timestamp(x, tz='Europe/Copenhagen')",
            argument=navn,
            vaerdi=vaerdi,
        )
    raise UgyldigTypeFejl(
        f"{navn}: fik {vis(vaerdi)}; accepterer {_ACCEPTERET_TID}", argument=navn, vaerdi=vaerdi
    )


def _brok_under_mikrosekund(tekst: str) -> bool:
    """Om en ISO-tekst har en sekundbrøk med et ciffer efter det sjette, der ikke er 0 (FAE-03:
    tidspunkter med nanosekunder afvises, som et `pandas.Timestamp` med nanosekunder)."""
    for skilletegn in ".,":
        i = tekst.find(skilletegn)
        while i != -1:
            slut = i + 1
            while slut < len(tekst) and "0" <= tekst[slut] <= "9":
                slut += 1
            if tekst[i + 7 : slut].strip("0"):
                return True
            i = tekst.find(skilletegn, slut)
    return False


def _kraev_offset(vaerdi: datetime, navn: str, original: object) -> timedelta:
    """Tidspunktets UTC-offset; et naivt tidspunkt (eller en defekt tzinfo) afvises."""
    try:
        offset = vaerdi.utcoffset()
    except Exception:  # en defekt tzinfo
        offset = None
    if offset is None:
        raise NaivtTidspunktFejl(
            f"{navn}: fik det naive tidspunkt {vaerdi.replace(tzinfo=None).isoformat()} uden "
            "tidszone; accepterer "
            "kun tidszonebevidste tidspunkter (fx med ZoneInfo('Europe/Copenhagen'))",
            argument=navn,
            vaerdi=original,
        )
    return offset


def _kraev_inden_for_kalenderen(vaerdi: datetime, navn: str, original: object) -> None:
    if vaerdi.year in (1, 9999):  # kun her kan omregningen løbe over
        try:
            vaerdi.astimezone(UTC).astimezone(_KOEBENHAVN)
        except (OverflowError, ValueError):
            raise UgyldigVaerdiFejl(
                f"{navn}: fik {vis(original)}; accepterer kun tidspunkter, der kan omregnes til "
                "UTC og dansk tid inden for år 1–9999",
                argument=navn,
                vaerdi=original,
            ) from None


def _lokal_tid_i_zonen(
    vaerdi: datetime, tz: ZoneInfo, offset: timedelta, navn: str, original: object
) -> datetime:
    """En lokal tid i en IANA-zone: en tid, der ikke findes, afvises (FAE-03); en tvetydig
    tid (efterårets gentagne time) får et fast offset efter `fold`."""
    # Samme tzinfo: == sammenligner vægurstid, så en tid, der ikke findes, afsløres af
    # rundturen over UTC (02:30 bliver til 03:30).
    if vaerdi.astimezone(UTC).astimezone(tz) != vaerdi:
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(original)}; den lokale tid "
            f"{vaerdi.replace(tzinfo=None).isoformat()} findes ikke i {tz.key} (uret "
            "springer frem ved overgangen til sommertid); accepterer kun eksisterende "
            "lokale tider eller et tidspunkt med fast offset (se fortolkningsloggen FAE-03)",
            argument=navn,
            vaerdi=original,
        )
    if _har_overgang(tz, vaerdi.year, vaerdi.month, vaerdi.day) and (
        vaerdi.replace(fold=1 - vaerdi.fold).utcoffset() != offset
    ):
        # Tvetydig (efterårets gentagne time): `fold` udpeger tidspunktet. Med fast offset
        # sammenlignes og subtraheres det som et tidspunkt, ikke som vægurstid.
        return vaerdi.replace(tzinfo=timezone(offset), fold=0)
    return vaerdi


def kraev_aware(vaerdi: object, navn: str) -> datetime:
    """Et tidszonebevidst tidspunkt; en ISO 8601-streng med offset accepteres også.

    Naive tidspunkter afvises altid: der gættes aldrig på en tidszone. Se modulets
    beskrivelse for underklasser, ikke-eksisterende og tvetydige lokale tider og årskanter.
    """
    original = tid = _som_datetime(vaerdi, navn)
    if type(tid) is not datetime:
        tid = _almindelig_datetime(tid, navn, _ACCEPTERET_TID)
    offset = _kraev_offset(tid, navn, original)
    _kraev_inden_for_kalenderen(tid, navn, original)
    if isinstance(tid.tzinfo, ZoneInfo):
        return _lokal_tid_i_zonen(tid, tid.tzinfo, offset, navn, original)
    return tid


@functools.lru_cache(maxsize=4096)
def _har_overgang(tz: ZoneInfo, aar: int, maaned: int, dag: int) -> bool:
    """Om zonens offset skifter i løbet af den lokale dag (så en tid kan være tvetydig)."""
    try:
        foer = datetime(aar, maaned, dag, tzinfo=tz).utcoffset()
        efter = datetime(aar, maaned, dag, 23, 59, 59, 999999, tzinfo=tz).utcoffset()
    except (OverflowError, ValueError):  # pragma: no cover - ZoneInfo regner ikke over
        return True
    return foer != efter


def _almindelig_datetime(vaerdi: datetime, navn: str, accepteret: str) -> datetime:
    """En `datetime`-underklasse (pendulum, pandas) som almindelig `datetime`, samme tidspunkt."""
    try:
        tz = vaerdi.tzinfo
        if tz is not None and type(tz) not in (ZoneInfo, timezone):
            offset = vaerdi.utcoffset()
            tz = None if offset is None else timezone(offset)
        almindelig = datetime(
            vaerdi.year,
            vaerdi.month,
            vaerdi.day,
            vaerdi.hour,
            vaerdi.minute,
            vaerdi.second,
            vaerdi.microsecond,
            tzinfo=tz,
            fold=vaerdi.fold,
        )
        nanosekunder = getattr(vaerdi, "nanosecond", 0)
    except Exception:  # fx pandas.NaT
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}, som ikke er et gyldigt tidspunkt; accepterer {accepteret}",
            argument=navn,
            vaerdi=vaerdi,
        ) from None
    if nanosekunder:
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)} med {nanosekunder} nanosekunder; accepterer "
            "kun tidspunkter i hele mikrosekunder",
            argument=navn,
            vaerdi=vaerdi,
        )
    return almindelig


def kraev_dato(vaerdi: object, navn: str) -> date:
    """En kalenderdato: `date` (ikke `datetime`) eller en ISO-streng 'ÅÅÅÅ-MM-DD'."""
    accepteret = "en date eller en ISO-dato 'ÅÅÅÅ-MM-DD'"
    if isinstance(vaerdi, datetime):
        raise UgyldigTypeFejl(
            f"{navn}: fik et tidspunkt {vis(vaerdi)}; accepterer {accepteret}",
            argument=navn,
            vaerdi=vaerdi,
        )
    if isinstance(vaerdi, date):
        if type(vaerdi) is not date:  # fx pendulum.Date: som almindelig date
            return date(vaerdi.year, vaerdi.month, vaerdi.day)
        return vaerdi
    if isinstance(vaerdi, str):
        try:
            return date.fromisoformat(vaerdi.strip())
        except ValueError:
            raise UgyldigVaerdiFejl(
                f"{navn}: fik {vis(vaerdi)}, som ikke er en dato; accepterer {accepteret}",
                argument=navn,
                vaerdi=vaerdi,
            ) from None
    raise UgyldigTypeFejl(
        f"{navn}: fik {vis(vaerdi)}; accepterer {accepteret}", argument=navn, vaerdi=vaerdi
    )


def kraev_varighed(vaerdi: object, navn: str, *, positiv: bool = True) -> timedelta:
    """En `timedelta` (som standard større end nul)."""
    if not isinstance(vaerdi, timedelta):
        raise UgyldigTypeFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer en timedelta", argument=navn, vaerdi=vaerdi
        )
    if type(vaerdi) is not timedelta:  # pandas.Timedelta, pendulum.Duration
        if getattr(vaerdi, "nanoseconds", 0):
            raise UgyldigVaerdiFejl(
                f"{navn}: fik {vis(vaerdi)}; accepterer kun varigheder i hele mikrosekunder",
                argument=navn,
                vaerdi=vaerdi,
            )
        try:
            vaerdi = timedelta(
                days=vaerdi.days, seconds=vaerdi.seconds, microseconds=vaerdi.microseconds
            )
        except Exception:  # fx pandas.NaT
            raise UgyldigVaerdiFejl(
                f"{navn}: fik {vis(vaerdi)}, som ikke er en gyldig varighed; accepterer en "
                "timedelta",
                argument=navn,
                vaerdi=vaerdi,
            ) from None
    if positiv and vaerdi <= timedelta(0):
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer kun en positiv varighed",
            argument=navn,
            vaerdi=vaerdi,
        )
    return vaerdi
