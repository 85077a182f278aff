"""Strategier for ledsagelsens input (takster, pris, afregning, dækning og aftaler).

Episoderne favoriserer takstgrænserne kl. 06, 17 og 23, midnat, begge sommertidsnætter,
helligdage (også Store bededag 2023 mod 2024) og årsskifter, med varigheder fra et minut til
tre uger. Taksterne er 2019-tabellen fremskrevet med en trukket faktor pr. år, samlet i et
register, der dækker episoden.

Hver strategi giver gyldigt input som standard og ugyldigt med `gyldig=False`. Gyldigt input
accepteres af ledsagelsesfunktionerne; ugyldigt får dem til at rejse `ForloebsreglerFejl`.
Undtagelsen er batchen `beregn_mange`, som aldrig standser for en dårlig række:
`batchinput(gyldig=False)` giver mindst én række, hvis post får feltet `fejl` udfyldt.

Strategier, der dækker flere argumenter (`ledsagelsesinput`, `forloebsinput`, …), giver en
dict med nøgleordsargumenter, så kaldet er `funktion(**input)`. Med `gyldig=False` er præcis
ét argument (eller én sammenhæng mellem argumenter) ugyldigt.

>>> from hypothesis import given
>>> from forloebsregler.afregning import afregn_forloeb
>>> from forloebsregler.testing.ledsagelse import forloebsinput
>>> @given(forloebsinput())
... def test_afregning(inp): assert afregn_forloeb(**inp).poster is not None
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum
from typing import Any, Literal, NotRequired, TypedDict, TypeVar, overload
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from forloebsregler._valider import kraev_enum, vis
from forloebsregler.afregning import INGEN_KONTRAKT, Forloebstype, IngenKontrakt
from forloebsregler.fejl import UgyldigVaerdiFejl
from forloebsregler.kalender import KOEBENHAVN
from forloebsregler.kilometergodtgoerelse import LAV_KILOMETERTAKST, LAV_KILOMETERTAKST_SERIE
from forloebsregler.ledsagelse import ENDNU_IKKE_INDGAAET, EndnuIkkeIndgaaet
from forloebsregler.ledsagelsespris import MAKS_VARIGHED
from forloebsregler.ledsagerforhold import Aftalepart, Skadetype
from forloebsregler.takster import TAKSTER_2019, Takstregister, Taksttabel
from forloebsregler.takstperioder import Takstkategori
from forloebsregler.testing._faelles import enum_vaerdier as _enum_vaerdier
from forloebsregler.testing._faelles import kontroller_ja_nej as _kontroller_ja_nej
from forloebsregler.testing._tid import KANTDATOER, KANTKLOKKESLAET, _tjek_aar, kanttidspunkter

_UKENDTE_NAVNE = ("NATTILLAEG", "weekend")
"""Nærliggende, men ukendte navne til de ugyldige enum-værdier."""

__all__ = [
    "KANTVARIGHEDER",
    "AftaleInput",
    "BatchInput",
    "DaekningsInput",
    "FakturakontrolInput",
    "FaktureringsInput",
    "ForloebsInput",
    "HjaelperInput",
    "IdArmbaandInput",
    "KilometerInput",
    "LedsagelsesInput",
    "MaerkningsInput",
    "OmfangsInput",
    "TaksttabelInput",
    "aftaleinput",
    "aftaleparter",
    "batchinput",
    "daekningsinput",
    "faktiske_timer",
    "fakturakontrolinput",
    "faktureringsinput",
    "forloebsinput",
    "forloebstyper",
    "fremskrivningsfaktorer",
    "hjaelperinput",
    "id_armbaandinput",
    "ja_nej_ukendt",
    "kilometerinput",
    "ledsagelsesepisoder",
    "ledsagelsesinput",
    "maerkningsinput",
    "omfangsinput",
    "skadetyper",
    "tabelsamlinger",
    "takstkategorier",
    "takstregistre",
    "taksttabelinput",
    "taksttabeller",
    "varigheder",
]

E = TypeVar("E", bound=Enum)
Input = dict[str, object]
Takster = Taksttabel | Takstregister | None
Beloeb = Decimal | int | str

# --------------------------------------------------------------------------- inputtyper


class LedsagelsesInput(TypedDict):
    """Gyldige nøgleordsargumenter til `beregn_ledsagelse` (fra `ledsagelsesinput`)."""

    start: datetime | str
    slut: datetime | str
    takster: Takster


class BatchInput(TypedDict):
    """Gyldige nøgleordsargumenter til `beregn_mange` (fra `batchinput`): episoderne er
    `(start, slut)` eller `{"start": ..., "slut": ...}`."""

    episoder: list[object]
    takster: Takstregister


class ForloebsInput(TypedDict):
    """Gyldige nøgleordsargumenter til `afregn_forloeb` (fra `forloebsinput`)."""

    forloebstype: Forloebstype | str
    afgang_hjem: datetime | str
    hjemkomst: datetime | str
    kontrakt_indgaaet: datetime | str | IngenKontrakt | None
    ankomst: datetime | str | None
    foerst_vagtlaege: bool
    km_til_sygehus: Beloeb
    km_hjem: Beloeb
    km_vagtskifte: Beloeb
    km_sats: Beloeb | None
    parkering: Beloeb
    parkering_paakraevet: bool | None
    taxa: Beloeb
    taxa_saerlig_situation: bool | None
    takster: Takster


class KilometerInput(TypedDict):
    """Gyldige nøgleordsargumenter til `beregn_kilometergodtgoerelse` (fra `kilometerinput`)."""

    kilometer: Beloeb
    dato: date | datetime | str
    sats: NotRequired[Beloeb]


class TaksttabelInput(TypedDict):
    """Gyldige nøgleordsargumenter til `Taksttabel` (fra `taksttabelinput`): taksterne som
    dict kategori → beløb (medlem eller navn) eller som en sekvens af syv beløb."""

    niveau: str
    gyldig_fra: date | str
    gyldig_til: date
    takster: Mapping[Takstkategori | str, Decimal | str] | Sequence[Decimal]


class DaekningsInput(TypedDict):
    """Gyldige nøgleordsargumenter til `omfattet_af_aftalen` (fra `daekningsinput`)."""

    folkeregisteradresse_i_syddanmark: bool | None
    sygehus_i_syddanmark: bool | None
    i_maalgruppen: bool | None
    kommunen_i_kontakt: bool | None
    paaroerende_kan_foelge: bool | None
    barn: bool | None
    foraeldre_kan_daekke_behovet: bool | None
    respirator: bool | None
    behandling_i_eget_hjem: bool | None


class AftaleInput(TypedDict):
    """Gyldige nøgleordsargumenter til `kan_aftale_indgaas` (fra `aftaleinput`)."""

    forloebstype: Forloebstype | str
    sygehuset_vurderer_behov: bool | None
    kommunen_har_personale: bool | None
    relateret_til_sygehusbehandling: bool | None
    indgaaet_foer_behandling: bool | EndnuIkkeIndgaaet | None


class HjaelperInput(TypedDict):
    """Gyldige nøgleordsargumenter til `personlige_hjaelpere` (fra `hjaelperinput`)."""

    forloebstype: Forloebstype | str
    aflonnes_af: Aftalepart | str
    ordningen_opretholdes: bool | None
    ankomst: datetime | None
    foraeldre_hjaelpere_for_barn_over_18: bool


class IdArmbaandInput(TypedDict):
    """Gyldige nøgleordsargumenter til `id_armbaand` (fra `id_armbaandinput`)."""

    forloebstype: Forloebstype | str
    kommunen_sender_ledsager: bool
    medarbejder_til_stede_forud: bool | None


class OmfangsInput(TypedDict):
    """Gyldige nøgleordsargumenter til `forventet_omfang` (fra `omfangsinput`): enten
    `timer_i_alt` (A) eller `timer_pr_doegn` og `doegn` (B1, B2)."""

    start: date | str
    timer_i_alt: NotRequired[Beloeb]
    timer_pr_doegn: NotRequired[Beloeb]
    doegn: NotRequired[Beloeb]
    takster: Takster


class FaktureringsInput(TypedDict):
    """Gyldige nøgleordsargumenter til `faktureringsvurdering` (fra `faktureringsinput`)."""

    ledsagelse_slut: date | datetime | str
    skriftlig_aftale: bool | None
    fakturadato: date | None


class FakturakontrolInput(TypedDict):
    """Gyldige nøgleordsargumenter til `kontroller_faktura` (fra `fakturakontrolinput`)."""

    skriftlig_aftale: bool | None
    blanket_vedhaeftet: bool | None
    alle_blanketoplysninger_paa_regningen: bool | None
    afdelinger: dict[str, timedelta] | list[tuple[str, timedelta]]
    aftaleafdeling: str | None
    ean_nummer: str | None


class MaerkningsInput(TypedDict):
    """Gyldige argumenter til `betalingsmaerkning` (fra `maerkningsinput`)."""

    patient: str
    periode: str


# --------------------------------------------------------------------------- konstanter

_MINUT = timedelta(minutes=1)
_EN_US = timedelta(microseconds=1)
_MAKS_VARIGHED = timedelta(weeks=3)
_FOERSTE_AAR = 2018
_SIDSTE_AAR = 2027  # kanttidspunkter går til og med 2026; tre uger mere kan nå ind i 2027
_KM_FRA = LAV_KILOMETERTAKST[0][0]
_KM_TIL = LAV_KILOMETERTAKST_SERIE.sidste_dag  # sidste dag med kendt lav km-takst (datafilen)

KANTVARIGHEDER: tuple[timedelta, ...] = (
    _MINUT,
    timedelta(minutes=59),
    timedelta(hours=1),
    timedelta(hours=4) - _MINUT,
    timedelta(hours=4),
    timedelta(hours=4) + _MINUT,
    timedelta(hours=6),
    timedelta(hours=11),  # kl. 06–17
    timedelta(hours=13),  # kl. 17–06
    timedelta(hours=23),  # forårsdøgnet
    timedelta(hours=24),
    timedelta(hours=25),  # efterårsdøgnet
    timedelta(days=2),
    timedelta(days=7),
    _MAKS_VARIGHED,
)
"""Et minut, en time, omkring firetimersfristen, dagtimerne (11 t), aften/natten (13 t),
sommertidsdøgnene (23 og 25 t), døgn, uge og tre uger."""

_IKKE_BOOL: list[object] = ["ja", "nej", 1, 0, "True", Decimal(1), [True]]
_NAIVT = datetime(2023, 5, 5, 17, 0)

# Strategierne bygges én gang her (ikke pr. træk): en ny strategi pr. træk skal valideres
# hver gang og var den største del af genereringstiden (issue 19, punkt 2).
_BOOL = st.booleans()
_JA_NEJ_UKENDT = st.sampled_from((True, False, None))
_IKKE_BOOL_ST = st.sampled_from(_IKKE_BOOL)
_KANTDATO = st.sampled_from(KANTDATOER)
_KANTKL = st.sampled_from(KANTKLOKKESLAET)
_DAGE_0_3 = st.integers(min_value=0, max_value=3)
_ZONER = (KOEBENHAVN, UTC, timezone(timedelta(hours=-5)), ZoneInfo("Asia/Tokyo"))
_ZONE = st.sampled_from(_ZONER)
_KBH_ELLER_UTC = st.sampled_from((KOEBENHAVN, UTC))


# --------------------------------------------------------------------------- byggesten


def _gyldige_former(enum_cls: type[E]) -> st.SearchStrategy[E | str]:
    """Som `enum_vaerdier(enum_cls)` (medlem, navn, navn med små bogstaver, tekstværdi), men
    som én færdig `sampled_from` i stedet for en `flatmap`, der bygger en strategi pr. træk."""
    former: list[E | str] = []
    for medlem in enum_cls:
        former += [medlem, medlem.name, medlem.name.lower()]
        if isinstance(medlem.value, str):
            former.append(medlem.value)
    return st.sampled_from(former)


def _begge(enum_cls: type[E]) -> dict[bool, st.SearchStrategy[Any]]:
    return {
        True: _gyldige_former(enum_cls),
        False: _enum_vaerdier(enum_cls, gyldig=False, ekstra_ugyldige=_UKENDTE_NAVNE),
    }


_FORLOEBSTYPER = _begge(Forloebstype)
_TAKSTKATEGORIER = _begge(Takstkategori)
_AFTALEPARTER = _begge(Aftalepart)
_SKADETYPER = _begge(Skadetype)


@overload
def forloebstyper(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[Forloebstype | str]: ...
@overload
def forloebstyper(*, gyldig: bool) -> st.SearchStrategy[object]: ...
def forloebstyper(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """`Forloebstype` (akut/planlagt) som medlem eller navn; ugyldige: ukendte navne, None."""
    return _FORLOEBSTYPER[gyldig]


@overload
def takstkategorier(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[Takstkategori | str]: ...
@overload
def takstkategorier(*, gyldig: bool) -> st.SearchStrategy[object]: ...
def takstkategorier(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """`Takstkategori` som medlem eller navn; ugyldige: ukendte navne (fx »NATTILLAEG«), tal."""
    return _TAKSTKATEGORIER[gyldig]


@overload
def aftaleparter(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[Aftalepart | str]: ...
@overload
def aftaleparter(*, gyldig: bool) -> st.SearchStrategy[object]: ...
def aftaleparter(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """`Aftalepart` (hvem aflønner hjælperne) som medlem eller navn; ugyldige: ukendte navne."""
    return _AFTALEPARTER[gyldig]


@overload
def skadetyper(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[Skadetype | str]: ...
@overload
def skadetyper(*, gyldig: bool) -> st.SearchStrategy[object]: ...
def skadetyper(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """`Skadetype` som medlem eller navn; ugyldige: ukendte navne, tal, None."""
    return _SKADETYPER[gyldig]


@overload
def ja_nej_ukendt(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[bool | None]: ...
@overload
def ja_nej_ukendt(*, gyldig: bool) -> st.SearchStrategy[object]: ...
def ja_nej_ukendt(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """`True`, `False` eller `None` (ukendt); ugyldige: »ja«, 1, 0, Decimal, lister."""
    return _JA_NEJ_UKENDT if gyldig else _IKKE_BOOL_ST


_FELT_OG_VAERDI_CACHE: dict[int, st.SearchStrategy[tuple[str, object]]] = {}


def _felt_og_vaerdi(daarlige: Mapping[str, list[object]]) -> st.SearchStrategy[tuple[str, object]]:
    """Et felt og en ugyldig værdi til det (strategien bygges én gang pr. tabel)."""
    noegle = id(daarlige)
    if noegle not in _FELT_OG_VAERDI_CACHE:
        _FELT_OG_VAERDI_CACHE[noegle] = st.one_of(
            *(
                st.tuples(st.just(felt), st.sampled_from(vaerdier))
                for felt, vaerdier in daarlige.items()
            )
        )
    return _FELT_OG_VAERDI_CACHE[noegle]


def _med_en_fejl(
    gyldige: st.SearchStrategy[Any], daarlige: Mapping[str, list[object]]
) -> st.SearchStrategy[Input]:
    """Et gyldigt input, hvor præcis ét felt er skiftet ud med en ugyldig værdi.

    `daarlige` skal være en tabel på modulniveau (strategien gemmes efter dens id)."""
    return st.builds(lambda d, fv: {**d, fv[0]: fv[1]}, gyldige, _felt_og_vaerdi(daarlige))


def _lokal_dato(t: datetime) -> date:
    return t.astimezone(KOEBENHAVN).date()


@functools.cache
def _beloeb(maks: int, *, places: int = 2) -> st.SearchStrategy[Beloeb]:
    """Et ikke-negativt beløb/antal som Decimal, int eller numerisk streng; nul favoriseres."""
    tal = st.decimals(min_value=0, max_value=maks, places=places, allow_nan=False)
    return st.one_of(
        st.just(0),
        st.integers(min_value=0, max_value=maks),
        tal,
        tal.map(str),
    )


# --------------------------------------------------------------------------- varighed, episoder

_US_PR_MINUT = 60_000_000
_VARIGHEDER: dict[bool, st.SearchStrategy[timedelta]] = {
    True: st.one_of(
        st.sampled_from(KANTVARIGHEDER),
        # st.timedeltas er langsom; hele mikrosekunder fra et minut til tre uger er de samme
        st.integers(min_value=_US_PR_MINUT, max_value=_MAKS_VARIGHED // _EN_US).map(
            lambda us: timedelta(microseconds=us)
        ),
    ),
    False: st.one_of(
        st.sampled_from([-_MINUT, -_EN_US, -timedelta(hours=4)]),
        st.integers(min_value=1, max_value=_MAKS_VARIGHED // _EN_US).map(
            lambda us: -timedelta(microseconds=us)
        ),
    ),
}


_KORTE_VARIGHEDER: tuple[timedelta, ...] = (
    timedelta(0),
    _EN_US,
    timedelta(seconds=1),
    timedelta(seconds=30),
    _MINUT - timedelta(seconds=1),
    _MINUT - _EN_US,
)
"""Kanterne under et minut, som `varigheder(mindst=...)` tager med: nul, et mikrosekund, et
sekund, et halvt minut og lige under et minut."""


@functools.cache
def _varigheder_fra(mindst: timedelta) -> st.SearchStrategy[timedelta]:
    kanter = [v for v in (*_KORTE_VARIGHEDER, *KANTVARIGHEDER) if v >= mindst]
    return st.one_of(
        st.sampled_from([mindst, *kanter]),
        st.integers(min_value=mindst // _EN_US, max_value=_MAKS_VARIGHED // _EN_US).map(
            lambda us: timedelta(microseconds=us)
        ),
    )


def varigheder(*, gyldig: bool = True, mindst: timedelta = _MINUT) -> st.SearchStrategy[timedelta]:
    """Varigheder fra `mindst` (et minut) til tre uger, der favoriserer `KANTVARIGHEDER`.

    Med en kortere `mindst` (ned til `timedelta(0)`, en episode, der slutter, når den
    begynder) kommer også kanterne under et minut med (nul, et mikrosekund, et sekund, et halvt
    minut og lige under et minut), til egenskaber, der skal gælde helt ned til nul.

    Ugyldige: negative varigheder (en slut før start); `mindst` bruges ikke.
    """
    if not isinstance(mindst, timedelta) or not timedelta(0) <= mindst <= _MAKS_VARIGHED:
        raise UgyldigVaerdiFejl(
            f"mindst: fik {vis(mindst)}; accepterer en timedelta fra 0 til tre uger",
            argument="mindst",
            vaerdi=mindst,
        )
    if not gyldig or mindst == _MINUT:
        return _VARIGHEDER[gyldig]
    return _varigheder_fra(mindst)


def _normaliser(t: datetime) -> datetime:
    """Ikke-eksisterende lokale tider (forårsnatten) normaliseres via UTC."""
    return t.astimezone(UTC).astimezone(KOEBENHAVN)


_KANTTIDSPUNKTER_LOKALT: tuple[datetime, ...] = tuple(
    _normaliser(datetime.combine(d, kl, tzinfo=KOEBENHAVN))
    for d in KANTDATOER
    for kl in KANTKLOKKESLAET
)
_EPOKE = datetime(1970, 1, 1, tzinfo=UTC)
_TID_FRA_US = (datetime(2018, 1, 1, tzinfo=KOEBENHAVN) - _EPOKE) // _EN_US
_TID_TIL_US = (datetime(2026, 12, 31, 23, 59, 59, tzinfo=KOEBENHAVN) - _EPOKE) // _EN_US


def _fra_us(us: int) -> datetime:
    return (_EPOKE + timedelta(microseconds=us)).astimezone(KOEBENHAVN)


_TIDSPUNKT_LOKALT = st.one_of(
    st.sampled_from(_KANTTIDSPUNKTER_LOKALT),
    st.integers(min_value=_TID_FRA_US, max_value=_TID_TIL_US).map(_fra_us),
)
_TIDSPUNKT: st.SearchStrategy[datetime] = st.builds(
    lambda t, z: t.astimezone(z), _TIDSPUNKT_LOKALT, _ZONE
)
"""Som `kanttidspunkter()` (halvdelen på en kantdato og et kantklokkeslæt, nogle udtrykt i
UTC, -05:00 eller Tokyo), men bygget af heltal og færdige lister, så det er hurtigt."""


@st.composite
def _kant_til_kant(draw: st.DrawFn) -> tuple[datetime, datetime]:
    """Start og slut begge på en kantdato og et kantklokkeslæt (0–3 dage imellem)."""
    dag = draw(_KANTDATO)
    slutdag = dag + timedelta(days=draw(_DAGE_0_3))
    s = _normaliser(datetime.combine(dag, draw(_KANTKL), tzinfo=KOEBENHAVN))
    e = _normaliser(datetime.combine(slutdag, draw(_KANTKL), tzinfo=KOEBENHAVN))
    if e.astimezone(UTC) - s.astimezone(UTC) < _MINUT:
        e = (s.astimezone(UTC) + _MINUT).astimezone(KOEBENHAVN)
    return s, e


_KANT_TIL_KANT = _kant_til_kant()


@st.composite
def _gyldig_episode(draw: st.DrawFn) -> tuple[datetime, datetime]:
    if draw(_BOOL):
        return draw(_KANT_TIL_KANT)
    start = draw(_TIDSPUNKT)
    varighed = draw(_VARIGHEDER[True])
    slut = (start.astimezone(UTC) + varighed).astimezone(start.tzinfo)  # reel tid
    return start, slut


def _reel(start: datetime, varighed: timedelta) -> datetime:
    """`start` plus en varighed i reel (forløbet) tid, vist i starttidspunktets zone."""
    return (start.astimezone(UTC) + varighed).astimezone(start.tzinfo)


_GYLDIG_EPISODE = _gyldig_episode()
_EPISODEFEJL = st.sampled_from(
    ["naiv_start", "naiv_slut", "baglaens", "type", "tekst", "aar", "lang"]
)
_LANG_EKSTRA = st.sampled_from([_EN_US, timedelta(days=1)])
_UGYLDIG_TEKST = st.sampled_from(["", "i morgen", "2024-13-01T10:00+01:00", "17:00"])


@st.composite
def _ledsagelsesepisoder(draw: st.DrawFn, gyldig: bool) -> tuple[object, object]:
    start, slut = draw(_GYLDIG_EPISODE)
    if gyldig:
        if draw(_BOOL):  # ISO-tekst med offset accepteres også
            return start.isoformat(), slut.isoformat()
        return start, slut
    fejl = draw(_EPISODEFEJL)
    if fejl == "lang":
        return start, _reel(start, MAKS_VARIGHED + draw(_LANG_EKSTRA))
    if fejl == "naiv_start":
        return start.replace(tzinfo=None), slut
    if fejl == "naiv_slut":
        return start, slut.astimezone(KOEBENHAVN).replace(tzinfo=None)
    if fejl == "baglaens":
        # reel tid: med vægurets regning kunne »en time før« lande i sommertidens hul og blive
        # læst som et gyldigt tidspunkt efter start
        return start, _reel(start, draw(_VARIGHEDER[False]))
    if fejl == "type":
        return _lokal_dato(start), slut
    if fejl == "tekst":
        return start, draw(_UGYLDIG_TEKST)
    return datetime(1850, 1, 1, 12, tzinfo=KOEBENHAVN), slut


_EPISODER = {gyldig: _ledsagelsesepisoder(gyldig) for gyldig in (True, False)}


@overload
def ledsagelsesepisoder(
    *, gyldig: Literal[True] = ...
) -> st.SearchStrategy[tuple[datetime | str, datetime | str]]: ...
@overload
def ledsagelsesepisoder(*, gyldig: bool) -> st.SearchStrategy[tuple[object, object]]: ...
def ledsagelsesepisoder(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Et par (start, slut) af tidszonebevidste tidspunkter 2018–2026 (slut op til tre uger
    efter), der favoriserer takstgrænserne, midnat, sommertidsnætter, helligdage og årsskifter.
    Gyldige par er tidspunkter eller ISO-tekst med offset.

    Ugyldige: naiv start eller slut, slut før start, en dato i stedet for et tidspunkt, tekst,
    der ikke er et tidspunkt, et tidspunkt uden for kalenderens rækkevidde (år 1850) eller et
    forløb, der er længere end `MAKS_VARIGHED` (to år).
    """
    return _EPISODER[gyldig]


# --------------------------------------------------------------------------- takster


_FAKTORER_TAL = st.decimals(
    min_value=Decimal("0.5"), max_value=Decimal(2), places=4, allow_nan=False
)
_FAKTORER: dict[bool, st.SearchStrategy[Any]] = {
    True: st.one_of(
        st.sampled_from([Decimal(1), Decimal("1.021"), Decimal("1.0325"), 1, "1.05"]),
        _FAKTORER_TAL,
        _FAKTORER_TAL.map(str),
    ),
    False: st.sampled_from(
        [0, Decimal(0), -1, "-0.5", Decimal("NaN"), "Infinity", 101, True, None, "to", [1]]
    ),
}


@overload
def fremskrivningsfaktorer(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[Beloeb]: ...
@overload
def fremskrivningsfaktorer(*, gyldig: bool) -> st.SearchStrategy[object]: ...
def fremskrivningsfaktorer(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Faktorer til `Taksttabel.fremskriv` (0,5–2, fx 1,021) som Decimal, int eller streng.

    Ugyldige: nul, negative, NaN, uendelig, over 100, bool, None og tekst.
    """
    return _FAKTORER[gyldig]


# Tabellerne bygges kun én gang pr. (år, faktor, del af året): `fremskriv` koster ~0,1 ms,
# og et register har op til 20 tabeller. Faktorerne ligger derfor på et gitter.
_TRIN = Decimal("1.02")
"""Et registers faktor vokser med 0–2 trin á 2 % om året (og 0–1 trin til 2. halvår)."""
_HELE, _FOERSTE_HALVAAR, _ANDET_HALVAAR = 0, 1, 2


@functools.cache
def _gittertabel(aar: int, trin: int, del_: int) -> Taksttabel:
    faktor = (_TRIN**trin).quantize(Decimal("0.0001"))
    if del_ == _HELE:
        if aar == 2019:
            return TAKSTER_2019
        return TAKSTER_2019.fremskriv(
            faktor, niveau=f"{aar}-niveau", gyldig_fra=date(aar, 1, 1), gyldig_til=date(aar, 12, 31)
        )
    if del_ == _FOERSTE_HALVAAR:
        return TAKSTER_2019.fremskriv(
            faktor,
            niveau=f"{aar}-niveau (1. halvår)",
            gyldig_fra=date(aar, 1, 1),
            gyldig_til=date(aar, 6, 30),
        )
    return TAKSTER_2019.fremskriv(
        faktor,
        niveau=f"{aar}-niveau (2. halvår)",
        gyldig_fra=date(aar, 7, 1),
        gyldig_til=date(aar, 12, 31),
    )


_ENKELTFAKTORER: tuple[Decimal, ...] = (
    Decimal("0.8"),
    Decimal("0.95"),
    Decimal("0.999"),
    Decimal(1),
    Decimal("1.001"),
    Decimal("1.021"),
    Decimal("1.0325"),
    Decimal("1.05"),
    Decimal("1.1"),
    Decimal("1.237"),
    Decimal("1.333"),
    Decimal("1.5"),
)
"""Faktorerne i `taksttabeller` (0,8–1,5): 1, lige ved 1, typiske fremskrivninger og enderne."""


@functools.lru_cache(maxsize=8192)
def _aarstabel(aar: int, faktor: Decimal) -> Taksttabel:
    if aar == 2019:
        return TAKSTER_2019
    return TAKSTER_2019.fremskriv(
        faktor, niveau=f"{aar}-niveau", gyldig_fra=date(aar, 1, 1), gyldig_til=date(aar, 12, 31)
    )


@functools.lru_cache(maxsize=8192)
def _uden_graense(tabel: Taksttabel) -> Taksttabel:
    return tabel.uden_datograense()


_TABEL_AAR = st.integers(min_value=_FOERSTE_AAR, max_value=_SIDSTE_AAR)
_ENKELTFAKTOR = st.one_of(
    st.sampled_from(_ENKELTFAKTORER),
    st.integers(min_value=800, max_value=1500).map(lambda n: Decimal(n) / 1000),
)


@st.composite
def _taksttabeller(draw: st.DrawFn) -> Taksttabel:
    # composite, ikke builds/map: Hypothesis viser så tabellens korte repr i et fejlende
    # eksempel, ikke kaldet, der byggede den
    return _aarstabel(draw(_TABEL_AAR), draw(_ENKELTFAKTOR))


_TAKSTTABELLER = _taksttabeller()


def taksttabeller() -> st.SearchStrategy[Taksttabel]:
    """En gyldig `Taksttabel`: 2019-tabellen eller den fremskrevet til et år 2018–2027 med
    en faktor 0,8–1,5 med tre decimaler, der favoriserer 1, lige ved 1 og typiske
    fremskrivninger (tabellerne gemmes, så hver bygges én gang). (Ugyldige konstruktørargumenter:
    `taksttabelinput(gyldig=False)`.)"""
    return _TAKSTTABELLER


_BITS_PR_AAR = 4


@functools.lru_cache(maxsize=8192)
def _register_fra_bits(fra_aar: int, til_aar: int, bits: int) -> Takstregister:
    """Registret, som `bits` beskriver: fire bit pr. år (fra `fra_aar`) — to til årets
    stigning (0–2 trin), ét til delingen ved 1. juli og ét til et ekstra trin i 2. halvår.
    `bits == 0` er det enkleste register (alle år på 2019-niveau, ingen delte år), så
    Hypothesis krymper mod det."""
    tabeller: list[Taksttabel] = []
    trin = 0
    for aar in range(fra_aar, til_aar + 1):
        aarets, bits = bits & 0b1111, bits >> _BITS_PR_AAR
        trin += (aarets & 0b11) % 3
        if aar != 2019 and aarets & 0b100:
            tabeller += [
                _gittertabel(aar, trin, _FOERSTE_HALVAAR),
                _gittertabel(aar, trin + (aarets >> 3), _ANDET_HALVAAR),
            ]
        else:
            tabeller.append(_gittertabel(aar, trin, _HELE))
    return Takstregister(tuple(tabeller))


@functools.cache
def _registerstrategi(fra_aar: int, til_aar: int) -> st.SearchStrategy[Takstregister]:
    # Ét heltal pr. register (ikke fire træk pr. år): et register med ti år kostede ellers
    # 25–30 træk, og Hypothesis' omkostning pr. træk dominerede genereringstiden.
    bits = st.integers(min_value=0, max_value=2 ** (_BITS_PR_AAR * (til_aar - fra_aar + 1)) - 1)
    return _register_af(fra_aar, til_aar, bits)


@st.composite
def _register_af(
    draw: st.DrawFn, fra_aar: int, til_aar: int, bits: st.SearchStrategy[int]
) -> Takstregister:
    # composite, ikke map: et fejlende eksempel viser registrets korte repr
    return _register_fra_bits(fra_aar, til_aar, draw(bits))


def takstregistre(
    *, fra_aar: int = _FOERSTE_AAR, til_aar: int = _SIDSTE_AAR
) -> st.SearchStrategy[Takstregister]:
    """Et `Takstregister`, der dækker hele årene `fra_aar`–`til_aar` (som standard alle
    episoder fra `ledsagelsesepisoder`): 2019-tabellen og de øvrige år fremskrevet med en
    voksende faktor (0–4 % om året); nogle år er delt i to tabeller ved 1. juli (taksten
    skifter midt i året). Årene er hele tal fra 1900 til 2199, og `til_aar` er ikke før
    `fra_aar`.
    """
    fra_aar = _tjek_aar("fra_aar", fra_aar)
    til_aar = _tjek_aar("til_aar", til_aar)
    if til_aar < fra_aar:
        raise UgyldigVaerdiFejl(
            f"til_aar: fik {til_aar}, som ligger før fra_aar ({fra_aar}); accepterer et år "
            "fra fra_aar og frem",
            argument="til_aar",
            vaerdi=til_aar,
        )
    return _registerstrategi(fra_aar, til_aar)


_REGISTRE = takstregistre()
_TAKSTTABEL_AAR = st.integers(min_value=_FOERSTE_AAR, max_value=_SIDSTE_AAR)
_DAGE_0_200 = st.integers(min_value=0, max_value=200)
_DAGE_0_400 = st.integers(min_value=0, max_value=400)
_TABELBELOEB = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(2000), places=2)
_TABELFORM = st.sampled_from(["dict", "navne", "tuple", "list"])
_TABELFEJL = st.sampled_from(
    ["ukendt", "mangler", "seks", "beloeb", "baglaens", "niveau", "type", "dato"]
)
_INDEKS_0_6 = st.integers(min_value=0, max_value=6)
_DAARLIGT_BELOEB = st.sampled_from([Decimal(0), Decimal("-1"), Decimal("NaN"), None])
_DAGE_1_30 = st.integers(min_value=1, max_value=30)
_DAARLIGT_NIVEAU = st.sampled_from(["", "   ", None, 2019])
_DAARLIGE_TAKSTER = st.sampled_from(["277.21", Decimal("277.21"), None, {1, 2}])
_DAARLIG_FRA = st.sampled_from(["01-01-2024", datetime(2024, 1, 1), 2024])


@st.composite
def _taksttabelinput(draw: st.DrawFn, gyldig: bool) -> Input:
    aar = draw(_TAKSTTABEL_AAR)
    fra = date(aar, 1, 1) + timedelta(days=draw(_DAGE_0_200))
    til = fra + timedelta(days=draw(_DAGE_0_400))
    beloeb: list[object] = [draw(_TABELBELOEB) for _ in Takstkategori]
    form = draw(_TABELFORM)
    takster: object
    if form == "dict":
        takster = dict(zip(Takstkategori, beloeb, strict=True))
    elif form == "navne":
        takster = {k.name.lower(): str(b) for k, b in zip(Takstkategori, beloeb, strict=True)}
    else:
        takster = tuple(beloeb) if form == "tuple" else list(beloeb)
    inp: Input = {
        "niveau": f"{aar}-niveau",
        "gyldig_fra": fra if draw(_BOOL) else fra.isoformat(),
        "gyldig_til": til,
        "takster": takster,
    }
    if gyldig:
        return inp
    fejl = draw(_TABELFEJL)
    if fejl == "ukendt":
        ukendt: dict[object, object] = dict(zip(Takstkategori, beloeb, strict=True))
        inp["takster"] = {**ukendt, "NATTILLAEG": 1}
    elif fejl == "mangler":
        inp["takster"] = dict(zip(list(Takstkategori)[1:], beloeb[1:], strict=True))
    elif fejl == "seks":
        inp["takster"] = tuple(beloeb[:6])
    elif fejl == "beloeb":
        beloeb[draw(_INDEKS_0_6)] = draw(_DAARLIGT_BELOEB)
        inp["takster"] = tuple(beloeb)
    elif fejl == "baglaens":
        inp["gyldig_til"] = fra - timedelta(days=draw(_DAGE_1_30))
    elif fejl == "niveau":
        inp["niveau"] = draw(_DAARLIGT_NIVEAU)
    elif fejl == "type":
        inp["takster"] = draw(_DAARLIGE_TAKSTER)
    else:
        inp["gyldig_fra"] = draw(_DAARLIG_FRA)
    return inp


_TAKSTTABELINPUT = {gyldig: _taksttabelinput(gyldig) for gyldig in (True, False)}


@overload
def taksttabelinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[TaksttabelInput]: ...
@overload
def taksttabelinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def taksttabelinput(*, gyldig: bool) -> st.SearchStrategy[TaksttabelInput | Input]: ...
def taksttabelinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `Taksttabel(**input)`: niveau, gyldig_fra/gyldig_til (datoer
    eller ISO-tekst) og takster som dict kategori → beløb (medlem eller navn) eller som en
    sekvens af syv beløb.

    Ugyldige: ukendt kategorinavn, manglende kategori, seks beløb, nul/negativt/NaN-beløb,
    gyldig_til før gyldig_fra, tomt niveau eller takster af forkert type.
    """
    return _TAKSTTABELINPUT[gyldig]


_SAMLINGSREGISTRE = takstregistre(fra_aar=2018, til_aar=2021)


@functools.cache
def _permutation(n: int) -> st.SearchStrategy[list[int]]:
    return st.permutations(range(n))


_SAMLINGSDAG = st.dates(min_value=date(2018, 1, 1), max_value=date(2021, 12, 31))
_IKKE_TABEL = st.sampled_from([None, "2019-niveau", TAKSTER_2019.takster])


@functools.cache
def _overlapstabel(dag: date) -> Taksttabel:
    return TAKSTER_2019.fremskriv(1, niveau="overlap", gyldig_fra=dag, gyldig_til=dag)


@st.composite
def _tabelsamlinger(draw: st.DrawFn, gyldig: bool) -> tuple[object, ...]:
    register = draw(_SAMLINGSREGISTRE)
    tabeller: list[object] = list(register.tabeller)
    if gyldig:
        antal = draw(st.integers(min_value=0, max_value=len(tabeller)))
        return tuple(tabeller[i] for i in draw(_permutation(len(tabeller)))[:antal])
    if draw(_BOOL):
        tabeller.append(_overlapstabel(draw(_SAMLINGSDAG)))
    else:
        tabeller.append(draw(_IKKE_TABEL))
    return tuple(tabeller[i] for i in draw(_permutation(len(tabeller))))


_TABELSAMLINGER = {gyldig: _tabelsamlinger(gyldig) for gyldig in (True, False)}


@overload
def tabelsamlinger(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[tuple[Taksttabel, ...]]: ...
@overload
def tabelsamlinger(*, gyldig: bool) -> st.SearchStrategy[tuple[object, ...]]: ...
def tabelsamlinger(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Tabeller til `Takstregister(tabeller)`: gyldige er uden overlap (i vilkårlig
    rækkefølge); ugyldige overlapper med mindst én dag eller indeholder andet end en tabel."""
    return _TABELSAMLINGER[gyldig]


_TAKSTVALG_2019 = st.sampled_from(["register", "tabel", "standard"])
_TAKSTVALG = st.sampled_from(["register", "tabel"])


def _takster_for(draw: st.DrawFn, start: datetime, slut: datetime) -> Takster:
    """Et `takster=`-argument, der dækker [start, slut]."""
    i_2019 = date(2019, 1, 1) <= _lokal_dato(start) and _lokal_dato(slut) <= date(2019, 12, 31)
    hvad = draw(_TAKSTVALG_2019 if i_2019 else _TAKSTVALG)
    if hvad == "register":
        return draw(_REGISTRE)
    if hvad == "tabel":
        # en givet tabel gælder kun i sin periode; uden_datograense() gør den gyldig overalt
        return _uden_graense(draw(_TAKSTTABELLER))
    return None


def _takster_uden(draw: st.DrawFn, start: datetime | date) -> Takstregister:
    """Et register med et hul, hvor episoden begynder (→ ManglendeTakstFejl)."""
    register = draw(_REGISTRE)
    dag = _lokal_dato(start) if isinstance(start, datetime) else start
    return Takstregister(
        tuple(t for t in register.tabeller if not t.gyldig_fra <= dag <= t.gyldig_til)
    )


_UGYLDIGE_TAKSTER: list[object] = ["2019", 277.21, [TAKSTER_2019], {"GRUNDLOEN": 1}, object()]
_UGYLDIGE_TAKSTER_ST = st.sampled_from(_UGYLDIGE_TAKSTER)
_LEDSAGELSESFEJL = st.sampled_from(["episode", "periode_uden_tabel", "takster"])


@st.composite
def _ledsagelsesinput(draw: st.DrawFn, gyldig: bool) -> Input:
    start, slut = draw(_GYLDIG_EPISODE)
    inp: Input = {"start": start, "slut": slut, "takster": _takster_for(draw, start, slut)}
    if gyldig:
        return inp
    fejl = draw(_LEDSAGELSESFEJL)
    if fejl == "episode":
        inp["start"], inp["slut"] = draw(_EPISODER[False])
    elif fejl == "periode_uden_tabel":
        inp["takster"] = _takster_uden(draw, start)
    else:
        inp["takster"] = draw(_UGYLDIGE_TAKSTER_ST)
    return inp


_LEDSAGELSESINPUT = {gyldig: _ledsagelsesinput(gyldig) for gyldig in (True, False)}


@overload
def ledsagelsesinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[LedsagelsesInput]: ...
@overload
def ledsagelsesinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def ledsagelsesinput(*, gyldig: bool) -> st.SearchStrategy[LedsagelsesInput | Input]: ...
def ledsagelsesinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `beregn_ledsagelse(**input)`: en episode (se
    `ledsagelsesepisoder`) og takster, der dækker den (register, tabel eller — for 2019 —
    standardregistret).

    Ugyldige: en ugyldig episode, et register uden tabel for episodens start, eller takster
    af forkert type.
    """
    return _LEDSAGELSESINPUT[gyldig]


_ANTAL_EPISODER = {
    True: st.integers(min_value=0, max_value=6),
    False: st.integers(min_value=1, max_value=6),
}
_DAARLIG_EPISODE = st.sampled_from([{"start": _NAIVT}, None, (1, 2, 3), "episode"])


@st.composite
def _batchinput(draw: st.DrawFn, gyldig: bool) -> Input:
    episoder: list[object] = []
    for _ in range(draw(_ANTAL_EPISODER[gyldig])):
        s, e = draw(_EPISODER[True])
        episoder.append({"start": s, "slut": e} if draw(_BOOL) else (s, e))
    if not gyldig:
        daarlig: object = draw(_EPISODER[False] if draw(_BOOL) else _DAARLIG_EPISODE)
        episoder[draw(st.integers(min_value=0, max_value=len(episoder) - 1))] = daarlig
    return {"episoder": episoder, "takster": draw(_REGISTRE)}


_BATCHINPUT = {gyldig: _batchinput(gyldig) for gyldig in (True, False)}


@overload
def batchinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[BatchInput]: ...
@overload
def batchinput(*, gyldig: bool) -> st.SearchStrategy[BatchInput | Input]: ...
def batchinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `beregn_mange(**input)`: `episoder` (0–6 som `(start, slut)`
    eller `{"start": ..., "slut": ...}`) og et register, der dækker dem.

    Med `gyldig=False` er mindst én episode ugyldig (eller en mapping uden 'slut'); batchen
    standser ikke, men rækkens post får `fejl` udfyldt.
    """
    return _BATCHINPUT[gyldig]


# --------------------------------------------------------------------------- afregning

_ANDEL = st.one_of(st.sampled_from([0, 1000]), st.integers(min_value=0, max_value=1000))


def _inden_for(draw: st.DrawFn, start: datetime, slut: datetime) -> datetime:
    """Et tidspunkt i [start, slut], der favoriserer enderne."""
    # reel forløbet tid: træk i UTC (samme tzinfo trækker ellers vægur fra vægur)
    us = (slut.astimezone(UTC) - start.astimezone(UTC)) // _EN_US
    t = start.astimezone(UTC) + timedelta(microseconds=us * draw(_ANDEL) // 1000)
    return t.astimezone(draw(_KBH_ELLER_UTC))


_KONTRAKTVALG = st.sampled_from(["ingen", "ukendt", "foer", "i", "efter", "frist"])
_DAG_ELLER_MINUT = st.sampled_from([timedelta(days=1), _MINUT])
_FRISTAFVIGELSE = st.sampled_from([-_MINUT, -_EN_US, timedelta(0), _MINUT])


def _kontrakt(
    draw: st.DrawFn, start: datetime, slut: datetime, ankomst: datetime | None
) -> datetime | IngenKontrakt | None:
    """Kontrakttidspunktet: `INGEN_KONTRAKT`, `None` (ukendt), før afgang, i forløbet, efter
    hjemkomst eller omkring fristen fire timer efter ankomst."""
    hvad = draw(_KONTRAKTVALG)
    if hvad == "ingen":
        return INGEN_KONTRAKT
    if hvad == "ukendt":
        return None
    if hvad == "foer":
        return start.astimezone(UTC) - draw(_DAG_ELLER_MINUT)
    if hvad == "efter":
        return slut.astimezone(UTC) + draw(_DAG_ELLER_MINUT)
    if hvad == "frist" and ankomst is not None:
        frist = ankomst.astimezone(UTC) + timedelta(hours=4)
        return (frist + draw(_FRISTAFVIGELSE)).astimezone(KOEBENHAVN)
    return _inden_for(draw, start, slut)


_KM = _beloeb(300, places=1)
_KM_SATSER = st.sampled_from([Decimal("1.98"), Decimal("3.79"), "2.23", 2, 0])
_PARKERING = _beloeb(500)
_TAXA = _beloeb(3000)


@st.composite
def _gyldigt_forloeb(draw: st.DrawFn) -> Input:
    start, slut = draw(_GYLDIG_EPISODE)
    typ = draw(_FORLOEBSTYPER[True])
    akut = kraev_enum(Forloebstype, typ, "forloebstype") is Forloebstype.AKUT
    ankomst = _inden_for(draw, start, slut) if akut or draw(_BOOL) else None
    km_ud, km_hjem, km_skift = draw(_KM), draw(_KM), draw(_KM)
    dag = _lokal_dato(start)
    if _KM_FRA <= dag <= _KM_TIL and draw(_BOOL):
        km_sats: object = None
    else:
        km_sats = draw(_KM_SATSER)
    tekst = draw(_BOOL)
    return {
        "forloebstype": typ,
        "afgang_hjem": start.isoformat() if tekst else start,
        "hjemkomst": slut.isoformat() if tekst else slut,
        "kontrakt_indgaaet": _kontrakt(draw, start, slut, ankomst),
        "ankomst": ankomst,
        "foerst_vagtlaege": draw(_BOOL),
        "km_til_sygehus": km_ud,
        "km_hjem": km_hjem,
        "km_vagtskifte": km_skift,
        "km_sats": km_sats,
        "parkering": draw(_PARKERING),
        "parkering_paakraevet": draw(_JA_NEJ_UKENDT),
        "taxa": draw(_TAXA),
        "taxa_saerlig_situation": draw(_JA_NEJ_UKENDT),
        "takster": _takster_for(draw, start, slut),
    }


_GYLDIGT_FORLOEB = _gyldigt_forloeb()

_DAARLIGE_FORLOEBSFELTER: dict[str, list[object]] = {
    "forloebstype": ["AKUTT", "", None, 1, "planlagt behandling"],
    "afgang_hjem": [_NAIVT, None, date(2023, 5, 5), "i går"],
    "kontrakt_indgaaet": [_NAIVT, "kl. 17", date(2023, 5, 5)],
    "foerst_vagtlaege": [None, "ja", 1],
    "km_til_sygehus": [-1, Decimal("-0.1"), "NaN", True, "ti"],
    "km_hjem": [-5, Decimal("Infinity"), None],
    "km_vagtskifte": [Decimal("-2"), 10**8],
    "km_sats": [-1, "NaN", 1001, True, "1.985"],
    "parkering": [-20, Decimal("NaN"), "gratis", None, "12.345"],
    "parkering_paakraevet": ["ja", 1],
    "taxa": [-300, "Infinity", False, Decimal("0.001")],
    "taxa_saerlig_situation": ["nej", 0],
    "takster": _UGYLDIGE_TAKSTER,
}
_FORLOEBSFEJL = st.sampled_from(
    ["felt", "baglaens", "ankomst_uden_for", "akut_uden_ankomst", "uden_tabel", "km_sats"]
)
_AKUT = st.sampled_from([Forloebstype.AKUT, "AKUT"])
_UKENDT_KM_AAR = st.sampled_from([2018, 2027, 2028])
_KM_UDEN_SATS = st.sampled_from([1, Decimal("12.5"), "40"])


@st.composite
def _ugyldigt_forloeb(draw: st.DrawFn) -> Input:
    inp = draw(_GYLDIGT_FORLOEB)
    fejl = draw(_FORLOEBSFEJL)
    afgang = _tid(inp["afgang_hjem"])
    hjem = _tid(inp["hjemkomst"])
    if fejl == "felt":
        felt, vaerdi = draw(_felt_og_vaerdi(_DAARLIGE_FORLOEBSFELTER))
        inp[felt] = vaerdi
    elif fejl == "baglaens":
        inp["hjemkomst"] = afgang.astimezone(UTC) - draw(_DAG_ELLER_MINUT)
        inp["ankomst"] = None
        inp["forloebstype"] = Forloebstype.PLANLAGT
    elif fejl == "ankomst_uden_for":
        afgang_utc, hjem_utc = afgang.astimezone(UTC), hjem.astimezone(UTC)
        inp["ankomst"] = draw(
            st.sampled_from([afgang_utc - _MINUT, hjem_utc + _EN_US, hjem_utc + _MINUT])
        )
    elif fejl == "akut_uden_ankomst":
        inp["forloebstype"] = draw(_AKUT)
        inp["ankomst"] = None
    elif fejl == "uden_tabel":
        inp["takster"] = _takster_uden(draw, afgang)
    else:
        # kilometer uden sats på en dato uden kendt lav kilometertakst
        afgang = datetime(draw(_UKENDT_KM_AAR), 6, 1, 8, tzinfo=KOEBENHAVN)
        inp.update(
            {
                "forloebstype": Forloebstype.PLANLAGT,
                "afgang_hjem": afgang,
                "hjemkomst": afgang + timedelta(hours=5),
                "ankomst": None,
                "kontrakt_indgaaet": INGEN_KONTRAKT,
                "km_hjem": draw(_KM_UDEN_SATS),
                "km_sats": None,
                "takster": _uden_graense(TAKSTER_2019),
            }
        )
    return inp


_UGYLDIGT_FORLOEB = _ugyldigt_forloeb()


@overload
def forloebsinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[ForloebsInput]: ...
@overload
def forloebsinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def forloebsinput(*, gyldig: bool) -> st.SearchStrategy[ForloebsInput | Input]: ...
def forloebsinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `afregn_forloeb(**input)`: et helt forløb (akut/planlagt,
    vagtlæge, afgang/hjemkomst, ankomst i forløbet, kontrakt før/i/efter forløbet eller lige
    omkring fristen fire timer efter ankomst, kilometer, P-afgift og taxa med ja/nej/ukendt)
    og takster, der dækker forløbet. Kilometersatsen gives, når afgangsdatoen ligger uden for
    de kendte lave kilometertakster (datafilens satser, 2019–2026).

    Ugyldige: ét felt er ugyldigt (ukendt forløbstype, naivt tidspunkt, negativ km, NaN,
    ikke-bool, takster af forkert type), eller en sammenhæng brydes: hjemkomst før afgang,
    ankomst uden for forløbet, akut uden ankomst, et register uden tabel for forløbet eller
    kilometer uden kendt sats.
    """
    return _GYLDIGT_FORLOEB if gyldig else _UGYLDIGT_FORLOEB


def _tid(vaerdi: object) -> datetime:
    assert isinstance(vaerdi, datetime | str)
    return vaerdi if isinstance(vaerdi, datetime) else datetime.fromisoformat(vaerdi)


_SATSSKIFT = [f for f, _ in LAV_KILOMETERTAKST]
_KM_DAG = st.one_of(
    st.sampled_from(_SATSSKIFT + [f - timedelta(days=1) for f in _SATSSKIFT[1:]] + [_KM_TIL]),
    st.dates(min_value=_KM_FRA, max_value=_KM_TIL),
)
_DATOFORM = st.sampled_from(["date", "str", "datetime"])
_KILOMETER = _beloeb(2000, places=1)
_SATS = st.sampled_from([Decimal("3.79"), "1.98", 0, 2])
_KM_DATO_MED_SATS = st.sampled_from([None, date(2026, 3, 29), "2018-12-31"])
_KM_FEJL = st.sampled_from(["km", "sats", "naiv", "uden_sats"])
_DAARLIGE_KM = st.sampled_from([-1, Decimal("-0.5"), "NaN", None, True])
_DAARLIGE_SATSER = st.sampled_from([-1, "NaN", 1001, "1.985"])
_DATOER_UDEN_SATS = st.sampled_from([date(2018, 12, 31), date(2027, 1, 1), "2028-06-01"])


@st.composite
def _kilometerinput(draw: st.DrawFn, gyldig: bool) -> Input:
    dag = draw(_KM_DAG)
    form = draw(_DATOFORM)
    dato: object = dag
    if form == "str":
        dato = dag.isoformat()
    elif form == "datetime":
        dato = datetime.combine(dag, draw(_KANTKL), tzinfo=KOEBENHAVN)
    inp: Input = {"kilometer": draw(_KILOMETER), "dato": dato}
    if draw(_BOOL):
        inp["sats"] = draw(_SATS)
        anden = draw(_KM_DATO_MED_SATS)  # None: behold datoen
        inp["dato"] = dato if anden is None else anden
    if gyldig:
        return inp
    fejl = draw(_KM_FEJL)
    if fejl == "km":
        inp["kilometer"] = draw(_DAARLIGE_KM)
    elif fejl == "sats":
        inp["sats"] = draw(_DAARLIGE_SATSER)
    elif fejl == "naiv":
        inp["dato"] = datetime.combine(dag, KANTKLOKKESLAET[0])
    else:
        inp.pop("sats", None)
        inp["dato"] = draw(_DATOER_UDEN_SATS)
    return inp


_KILOMETERINPUT = {gyldig: _kilometerinput(gyldig) for gyldig in (True, False)}


@overload
def kilometerinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[KilometerInput]: ...
@overload
def kilometerinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def kilometerinput(*, gyldig: bool) -> st.SearchStrategy[KilometerInput | Input]: ...
def kilometerinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `beregn_kilometergodtgoerelse(**input)`: kilometer (≥ 0) og
    en dato (date, datetime eller ISO-tekst) med kendt lav kilometertakst — eller en vilkårlig
    dato med `sats`. Datoerne favoriserer satsskiftene (fx 1.5.2022) og 31.12.2024.

    Ugyldige: negative/NaN kilometer, negativ sats, naivt tidspunkt eller en dato uden kendt
    sats og uden `sats`.
    """
    return _KILOMETERINPUT[gyldig]


# --------------------------------------------------------------------------- dækning m.m.

_DAEKNINGSFELTER = (
    "folkeregisteradresse_i_syddanmark",
    "sygehus_i_syddanmark",
    "i_maalgruppen",
    "kommunen_i_kontakt",
    "paaroerende_kan_foelge",
    "barn",
    "foraeldre_kan_daekke_behovet",
    "respirator",
    "behandling_i_eget_hjem",
)
_GYLDIG_DAEKNING = st.fixed_dictionaries(dict.fromkeys(_DAEKNINGSFELTER, _JA_NEJ_UKENDT))
_DAARLIG_DAEKNING: dict[str, list[object]] = dict.fromkeys(_DAEKNINGSFELTER, _IKKE_BOOL)
_DAEKNINGSINPUT = {
    True: _GYLDIG_DAEKNING,
    False: _med_en_fejl(_GYLDIG_DAEKNING, _DAARLIG_DAEKNING),
}


@overload
def daekningsinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[DaekningsInput]: ...
@overload
def daekningsinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def daekningsinput(*, gyldig: bool) -> st.SearchStrategy[DaekningsInput | Input]: ...
def daekningsinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `omfattet_af_aftalen(**input)`: alle ni forhold som
    True/False/None. Ugyldige: ét forhold er »ja«, 1, 0 eller en anden ikke-bool."""
    return _DAEKNINGSINPUT[gyldig]


_AFTALEFELTER = (
    "sygehuset_vurderer_behov",
    "kommunen_har_personale",
    "relateret_til_sygehusbehandling",
    "indgaaet_foer_behandling",
)
_GYLDIG_AFTALE = st.fixed_dictionaries(
    {
        "forloebstype": _FORLOEBSTYPER[True],
        **dict.fromkeys(_AFTALEFELTER[:-1], _JA_NEJ_UKENDT),
        "indgaaet_foer_behandling": st.one_of(_JA_NEJ_UKENDT, st.just(ENDNU_IKKE_INDGAAET)),
    }
)
_DAARLIG_AFTALE: dict[str, list[object]] = {
    "forloebstype": ["AKUTT", None, 2],
    **dict.fromkeys(_AFTALEFELTER, _IKKE_BOOL),
}
_AFTALEINPUT = {True: _GYLDIG_AFTALE, False: _med_en_fejl(_GYLDIG_AFTALE, _DAARLIG_AFTALE)}


@overload
def aftaleinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[AftaleInput]: ...
@overload
def aftaleinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def aftaleinput(*, gyldig: bool) -> st.SearchStrategy[AftaleInput | Input]: ...
def aftaleinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `kan_aftale_indgaas(**input)` (`indgaaet_foer_behandling` også
    `ENDNU_IKKE_INDGAAET`). Ugyldige: ukendt forløbstype
    eller et ja/nej-forhold, der ikke er bool/None."""
    return _AFTALEINPUT[gyldig]


_HJAELPERFEJL = st.sampled_from(["akut_uden_ankomst", "naiv", "part", "bool", "foraeldre"])
_NAIVE_TIDSPUNKTER = kanttidspunkter(gyldig=False)
_DAARLIG_FORAELDRE = st.sampled_from([None, "ja", 1])


@st.composite
def _hjaelperinput(draw: st.DrawFn, gyldig: bool) -> Input:
    typ = draw(_FORLOEBSTYPER[True])
    akut = kraev_enum(Forloebstype, typ, "forloebstype") is Forloebstype.AKUT
    inp: Input = {
        "forloebstype": typ,
        "aflonnes_af": draw(_AFTALEPARTER[True]),
        "ordningen_opretholdes": draw(_JA_NEJ_UKENDT),
        "ankomst": draw(_TIDSPUNKT) if akut or draw(_BOOL) else None,
        "foraeldre_hjaelpere_for_barn_over_18": draw(_BOOL),
    }
    if gyldig:
        return inp
    fejl = draw(_HJAELPERFEJL)
    if fejl == "akut_uden_ankomst":
        inp.update(forloebstype=Forloebstype.AKUT, ankomst=None)
    elif fejl == "naiv":
        inp["ankomst"] = draw(_NAIVE_TIDSPUNKTER)
    elif fejl == "part":
        inp["aflonnes_af"] = draw(_AFTALEPARTER[False])
    elif fejl == "bool":
        inp["ordningen_opretholdes"] = draw(_IKKE_BOOL_ST)
    else:
        inp["foraeldre_hjaelpere_for_barn_over_18"] = draw(_DAARLIG_FORAELDRE)
    return inp


_HJAELPERINPUT = {gyldig: _hjaelperinput(gyldig) for gyldig in (True, False)}


@overload
def hjaelperinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[HjaelperInput]: ...
@overload
def hjaelperinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def hjaelperinput(*, gyldig: bool) -> st.SearchStrategy[HjaelperInput | Input]: ...
def hjaelperinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `personlige_hjaelpere(**input)`; akutte forløb har altid en
    ankomst (kanttidspunkt). Ugyldige: akut uden ankomst, naiv ankomst, ukendt aftalepart,
    `ordningen_opretholdes` eller `foraeldre_hjaelpere_for_barn_over_18`, der ikke er bool."""
    return _HJAELPERINPUT[gyldig]


_GYLDIG_ARMBAAND = st.fixed_dictionaries(
    {
        "forloebstype": _FORLOEBSTYPER[True],
        "kommunen_sender_ledsager": _BOOL,
        "medarbejder_til_stede_forud": _JA_NEJ_UKENDT,
    }
)
_DAARLIGT_ARMBAAND: dict[str, list[object]] = {
    "forloebstype": ["AKUTT", None],
    "kommunen_sender_ledsager": [None, *_IKKE_BOOL],
    "medarbejder_til_stede_forud": _IKKE_BOOL,
}
_ID_ARMBAANDINPUT = {
    True: _GYLDIG_ARMBAAND,
    False: _med_en_fejl(_GYLDIG_ARMBAAND, _DAARLIGT_ARMBAAND),
}


@overload
def id_armbaandinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[IdArmbaandInput]: ...
@overload
def id_armbaandinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def id_armbaandinput(*, gyldig: bool) -> st.SearchStrategy[IdArmbaandInput | Input]: ...
def id_armbaandinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `id_armbaand(**input)`. Ugyldige: ukendt forløbstype,
    `kommunen_sender_ledsager` None/ikke-bool eller et ugyldigt ja/nej/ukendt."""
    return _ID_ARMBAANDINPUT[gyldig]


_OMFANGSSTART = st.dates(min_value=date(_FOERSTE_AAR, 1, 1), max_value=date(_SIDSTE_AAR, 12, 31))
_TIMER_I_ALT = _beloeb(500)
_TIMER_PR_DOEGN = st.one_of(st.sampled_from([0, 24, 25, "12.5"]), _beloeb(25))
_DOEGN = _beloeb(60, places=0)
_OMFANGSFEJL = st.sampled_from(["a_og_b", "ingen", "negativ", "b1", "start", "takster", "hul"])
_NEGATIVE_TIMER = st.sampled_from([-1, Decimal("-0.5"), "NaN"])
_FOR_MANGE_TIMER = st.sampled_from([26, "25.01", -1])


@st.composite
def _omfangsinput(draw: st.DrawFn, gyldig: bool) -> Input:
    start = draw(_OMFANGSSTART)
    inp: Input = {"start": start if draw(_BOOL) else start.isoformat()}
    if draw(_BOOL):
        inp["timer_i_alt"] = draw(_TIMER_I_ALT)
    else:
        inp["timer_pr_doegn"] = draw(_TIMER_PR_DOEGN)
        inp["doegn"] = draw(_DOEGN)
    if draw(_BOOL):
        inp["takster"] = _uden_graense(draw(_TAKSTTABELLER))
    elif start.year == 2019 and draw(_BOOL):
        inp["takster"] = None
    else:
        inp["takster"] = draw(_REGISTRE)
    if gyldig:
        return inp
    fejl = draw(_OMFANGSFEJL)
    if fejl == "a_og_b":
        inp.update(timer_i_alt=10, timer_pr_doegn=5, doegn=2)
    elif fejl == "ingen":
        for f in ("timer_i_alt", "doegn"):
            inp.pop(f, None)
    elif fejl == "negativ":
        inp.pop("timer_pr_doegn", None)
        inp.pop("doegn", None)
        inp["timer_i_alt"] = draw(_NEGATIVE_TIMER)
    elif fejl == "b1":
        inp.pop("timer_i_alt", None)
        inp.update(timer_pr_doegn=draw(_FOR_MANGE_TIMER), doegn=3)
    elif fejl == "start":
        inp["start"] = datetime.combine(start, KANTKLOKKESLAET[6], tzinfo=KOEBENHAVN)
    elif fejl == "takster":
        inp["takster"] = draw(_UGYLDIGE_TAKSTER_ST)
    else:
        inp["takster"] = _takster_uden(draw, start)
    return inp


_OMFANGSINPUT = {gyldig: _omfangsinput(gyldig) for gyldig in (True, False)}


@overload
def omfangsinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[OmfangsInput]: ...
@overload
def omfangsinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def omfangsinput(*, gyldig: bool) -> st.SearchStrategy[OmfangsInput | Input]: ...
def omfangsinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `forventet_omfang(**input)`: startdato og enten A (timer i
    alt) eller B1 (timer pr. døgn, 0–25) og B2 (døgn), med takster, der dækker startdatoen.

    Ugyldige: både A og B, hverken A eller B (eller kun B1), negative timer, B1 over 25,
    et tidspunkt som start, takster af forkert type eller et register uden tabel for start.
    """
    return _OMFANGSINPUT[gyldig]


_FAKTISKE_TIMER: dict[bool, st.SearchStrategy[Any]] = {
    True: st.one_of(_beloeb(1000), st.sampled_from(KANTVARIGHEDER), st.just(timedelta(0))),
    False: st.one_of(
        st.sampled_from([-1, "NaN", True, None, "mange", Decimal("Infinity")]),
        _VARIGHEDER[False],
    ),
}


@overload
def faktiske_timer(
    *, gyldig: Literal[True] = ...
) -> st.SearchStrategy[Decimal | int | str | timedelta]: ...
@overload
def faktiske_timer(*, gyldig: bool) -> st.SearchStrategy[object]: ...
def faktiske_timer(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Faktiske timer til `sammenlign_med_kontrakt(omfang, timer)`: Decimal, int, streng
    eller timedelta ≥ 0. Ugyldige: negative tal/varigheder, NaN, bool, None og tekst."""
    return _FAKTISKE_TIMER[gyldig]


# --------------------------------------------------------------------------- faktura

_FAKTURASLUT = st.one_of(
    st.sampled_from(KANTDATOER), st.dates(date(2018, 1, 1), date(2026, 12, 31))
)
_FAKTURAFORSINKELSE = st.one_of(
    st.none(),
    st.sampled_from([0, 1, 89, 90, 91, 92, 93, 365]),
    st.integers(min_value=0, max_value=366),
)
_FAKTURAFEJL = st.sampled_from(["foer", "naiv", "dato", "aftale"])
_DAGE_1_40 = st.integers(min_value=1, max_value=40)
_DAARLIGE_FAKTURADATOER = st.sampled_from(["31-12-2024", "2024-02-30", 20240101])


@st.composite
def _faktureringsinput(draw: st.DrawFn, gyldig: bool) -> Input:
    slut = draw(_FAKTURASLUT)
    form = draw(_DATOFORM)
    ledsagelse_slut: object = slut
    if form == "str":
        ledsagelse_slut = slut.isoformat()
    elif form == "datetime":
        ledsagelse_slut = datetime.combine(slut, KANTKLOKKESLAET[10], tzinfo=KOEBENHAVN)
    forsinkelse = draw(_FAKTURAFORSINKELSE)
    inp: Input = {
        "ledsagelse_slut": ledsagelse_slut,
        "skriftlig_aftale": draw(_JA_NEJ_UKENDT),
        "fakturadato": None if forsinkelse is None else slut + timedelta(days=forsinkelse),
    }
    if gyldig:
        return inp
    fejl = draw(_FAKTURAFEJL)
    if fejl == "foer":
        inp["ledsagelse_slut"] = slut
        inp["fakturadato"] = slut - timedelta(days=draw(_DAGE_1_40))
    elif fejl == "naiv":
        inp["ledsagelse_slut"] = datetime.combine(slut, KANTKLOKKESLAET[10])
    elif fejl == "dato":
        inp["fakturadato"] = draw(_DAARLIGE_FAKTURADATOER)
    else:
        inp["skriftlig_aftale"] = draw(_IKKE_BOOL_ST)
    return inp


_FAKTURERINGSINPUT = {gyldig: _faktureringsinput(gyldig) for gyldig in (True, False)}


@overload
def faktureringsinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[FaktureringsInput]: ...
@overload
def faktureringsinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def faktureringsinput(*, gyldig: bool) -> st.SearchStrategy[FaktureringsInput | Input]: ...
def faktureringsinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `faktureringsvurdering(**input)`: ledsagelsens slut (dato,
    tidspunkt eller ISO-tekst, favoriserer årsskifter og månedsslut), skriftlig aftale
    (ja/nej/ukendt) og evt. en fakturadato samme dag eller op til et år senere — omkring tre
    måneder favoriseres.

    Ugyldige: fakturadato før slut, naivt tidspunkt, ugyldig dato eller en aftale, der ikke
    er bool/None.
    """
    return _FAKTURERINGSINPUT[gyldig]


_AFDELINGER = ["Akutmodtagelsen", "Medicinsk afdeling M", "Ortopædkirurgisk afd. O", "Intensiv"]
_AFDELINGSNAVNE = st.lists(st.sampled_from(_AFDELINGER), unique=True, max_size=3)
_KANTVARIGHED = st.sampled_from(KANTVARIGHEDER)
_AFTALEAFDELING = st.one_of(st.none(), st.sampled_from(_AFDELINGER))
_EAN = st.one_of(st.none(), st.sampled_from(["5798000000001", " 5790000123456 "]))
_FAKTURAKONTROLFEJL = st.sampled_from(["ean", "tid", "navn", "form", "bool"])
_DAARLIGE_EAN = st.sampled_from(["579800000000", "57980000000012", "EAN", ""])
_DAARLIGE_TIDER = st.sampled_from([timedelta(0), -_MINUT, 4])
_DAARLIGE_NAVNE = st.sampled_from(["", None, 7])
_DAARLIGE_FORMER = st.sampled_from(["Akutmodtagelsen", 3, [("A",)], None])
_AFTALEFELT = st.sampled_from(["skriftlig_aftale", "blanket_vedhaeftet"])


@st.composite
def _fakturakontrolinput(draw: st.DrawFn, gyldig: bool) -> Input:
    navne = draw(_AFDELINGSNAVNE)
    tider = [draw(_KANTVARIGHED) for _ in navne]
    afdelinger: object = (
        dict(zip(navne, tider, strict=True))
        if draw(_BOOL)
        else list(zip(navne, tider, strict=True))
    )
    inp: Input = {
        "skriftlig_aftale": draw(_JA_NEJ_UKENDT),
        "blanket_vedhaeftet": draw(_JA_NEJ_UKENDT),
        "alle_blanketoplysninger_paa_regningen": draw(_JA_NEJ_UKENDT),
        "afdelinger": afdelinger,
        "aftaleafdeling": draw(_AFTALEAFDELING),
        "ean_nummer": draw(_EAN),
    }
    if gyldig:
        return inp
    fejl = draw(_FAKTURAKONTROLFEJL)
    if fejl == "ean":
        inp["ean_nummer"] = draw(_DAARLIGE_EAN)
    elif fejl == "tid":
        inp["afdelinger"] = [("Akutmodtagelsen", draw(_DAARLIGE_TIDER))]
    elif fejl == "navn":
        inp["afdelinger"] = [(draw(_DAARLIGE_NAVNE), timedelta(hours=2))]
    elif fejl == "form":
        inp["afdelinger"] = draw(_DAARLIGE_FORMER)
    else:
        inp[draw(_AFTALEFELT)] = draw(_IKKE_BOOL_ST)
    return inp


_FAKTURAKONTROLINPUT = {gyldig: _fakturakontrolinput(gyldig) for gyldig in (True, False)}


@overload
def fakturakontrolinput(
    *, gyldig: Literal[True] = ...
) -> st.SearchStrategy[FakturakontrolInput]: ...
@overload
def fakturakontrolinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def fakturakontrolinput(*, gyldig: bool) -> st.SearchStrategy[FakturakontrolInput | Input]: ...
def fakturakontrolinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `kontroller_faktura(**input)`: aftale, blanket og blankettens
    oplysninger som ja/nej/ukendt, afdelinger med tid (dict eller liste af par, evt. tom),
    ansvarlig afdeling og EAN (13 cifre) eller None.

    Ugyldige: EAN uden 13 cifre, en afdeling med tid ≤ 0 eller uden navn, afdelinger af
    forkert form, et ja/nej-forhold, der ikke er bool/None.
    """
    return _FAKTURAKONTROLINPUT[gyldig]


_GYLDIG_MAERKNING = st.fixed_dictionaries(
    {
        "patient": st.sampled_from(["Jens Hansen", "010101-1234", "Åse Ørsted"]),
        "periode": st.builds(
            "{}. kvartal {}".format,
            st.integers(min_value=1, max_value=4),
            st.integers(min_value=2019, max_value=2026),
        ),
    }
)
_DAARLIG_TEKST: list[object] = ["", None, 2020]
_DAARLIG_MAERKNING: dict[str, list[object]] = {"patient": _DAARLIG_TEKST, "periode": _DAARLIG_TEKST}
_MAERKNINGSINPUT = {
    True: _GYLDIG_MAERKNING,
    False: _med_en_fejl(_GYLDIG_MAERKNING, _DAARLIG_MAERKNING),
}


@overload
def maerkningsinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[MaerkningsInput]: ...
@overload
def maerkningsinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def maerkningsinput(*, gyldig: bool) -> st.SearchStrategy[MaerkningsInput | Input]: ...
def maerkningsinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `betalingsmaerkning(**input)`: patient (navn eller CPR-nr.)
    og periode (fx »2. kvartal 2020«). Ugyldige: tom tekst, None eller et tal."""
    return _MAERKNINGSINPUT[gyldig]


_kontroller_ja_nej(globals())
