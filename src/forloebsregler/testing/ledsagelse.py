"""Strategier for ledsagelsens input (`forloebsregler.takster` og `forloebsregler.ledsagelse`).

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
>>> from forloebsregler.takster import afregn_forloeb
>>> from forloebsregler.testing.ledsagelse import forloebsinput
>>> @given(forloebsinput())
... def test_afregning(inp): assert afregn_forloeb(**inp).poster is not None
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import TypeVar

from hypothesis import strategies as st

from forloebsregler._valider import kraev_enum
from forloebsregler.kalender import KOEBENHAVN
from forloebsregler.ledsagelse import ENDNU_IKKE_INDGAAET, Aftalepart, Skadetype
from forloebsregler.takster import (
    _KM_SERIE,
    INGEN_KONTRAKT,
    LAV_KILOMETERTAKST,
    MAKS_VARIGHED,
    TAKSTER_2019,
    Forloebstype,
    Takstkategori,
    Takstregister,
    Taksttabel,
)
from forloebsregler.testing._faelles import enum_vaerdier as _enum_vaerdier
from forloebsregler.testing._tid import KANTDATOER, KANTKLOKKESLAET, kanttidspunkter

_UKENDTE_NAVNE = ("NATTILLAEG", "weekend")
"""Nærliggende, men ukendte navne til de ugyldige enum-værdier."""

__all__ = [
    "KANTVARIGHEDER",
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

_MINUT = timedelta(minutes=1)
_EN_US = timedelta(microseconds=1)
_MAKS_VARIGHED = timedelta(weeks=3)
_FOERSTE_AAR = 2018
_SIDSTE_AAR = 2027  # kanttidspunkter går til og med 2026; tre uger mere kan nå ind i 2027
_KM_FRA = LAV_KILOMETERTAKST[0][0]
_KM_TIL = _KM_SERIE.sidste_dag  # den sidste dag med en kendt lav kilometertakst (datafilen)

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


# --------------------------------------------------------------------------- byggesten


def forloebstyper(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`Forloebstype` (akut/planlagt) som medlem eller navn; ugyldige: ukendte navne, None."""
    return _enum_vaerdier(Forloebstype, gyldig=gyldig, ekstra_ugyldige=_UKENDTE_NAVNE)


def takstkategorier(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`Takstkategori` som medlem eller navn; ugyldige: ukendte navne (fx »NATTILLAEG«), tal."""
    return _enum_vaerdier(Takstkategori, gyldig=gyldig, ekstra_ugyldige=_UKENDTE_NAVNE)


def aftaleparter(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`Aftalepart` (hvem aflønner hjælperne) som medlem eller navn; ugyldige: ukendte navne."""
    return _enum_vaerdier(Aftalepart, gyldig=gyldig, ekstra_ugyldige=_UKENDTE_NAVNE)


def skadetyper(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`Skadetype` som medlem eller navn; ugyldige: ukendte navne, tal, None."""
    return _enum_vaerdier(Skadetype, gyldig=gyldig, ekstra_ugyldige=_UKENDTE_NAVNE)


def ja_nej_ukendt(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`True`, `False` eller `None` (ukendt); ugyldige: »ja«, 1, 0, Decimal, lister."""
    if gyldig:
        return st.sampled_from([True, False, None])
    return st.sampled_from(_IKKE_BOOL)


def _med_en_fejl(
    gyldige: st.SearchStrategy[Input], daarlige: Mapping[str, list[object]]
) -> st.SearchStrategy[Input]:
    """Et gyldigt input, hvor præcis ét felt er skiftet ud med en ugyldig værdi."""
    felt_og_vaerdi = st.one_of(
        *(
            st.tuples(st.just(felt), st.sampled_from(vaerdier))
            for felt, vaerdier in daarlige.items()
        )
    )
    return st.builds(lambda d, fv: {**d, fv[0]: fv[1]}, gyldige, felt_og_vaerdi)


def _ordbog(felter: Mapping[str, st.SearchStrategy[object]]) -> st.SearchStrategy[Input]:
    return st.fixed_dictionaries(dict(felter))


def _lokal_dato(t: datetime) -> date:
    return t.astimezone(KOEBENHAVN).date()


def _som_tekst_nogle_gange(t: datetime, tekst: bool) -> object:
    return t.isoformat() if tekst else t


def _beloeb(maks: int, *, places: int = 2) -> st.SearchStrategy[object]:
    """Et ikke-negativt beløb/antal som Decimal, int eller numerisk streng; nul favoriseres."""
    tal = st.decimals(min_value=0, max_value=maks, places=places, allow_nan=False)
    return st.one_of(
        st.just(0),
        st.integers(min_value=0, max_value=maks),
        tal,
        tal.map(str),
    )


# --------------------------------------------------------------------------- varighed, episoder


def varigheder(*, gyldig: bool = True) -> st.SearchStrategy[timedelta]:
    """Varigheder fra et minut til tre uger, der favoriserer `KANTVARIGHEDER`.

    Ugyldige: negative varigheder (en slut før start).
    """
    if gyldig:
        return st.one_of(
            st.sampled_from(KANTVARIGHEDER),
            st.timedeltas(min_value=_MINUT, max_value=_MAKS_VARIGHED),
        )
    return st.one_of(
        st.sampled_from([-_MINUT, -timedelta(microseconds=1), -timedelta(hours=4)]),
        st.timedeltas(min_value=-_MAKS_VARIGHED, max_value=-timedelta(microseconds=1)),
    )


@st.composite
def _kant_til_kant(draw: st.DrawFn) -> tuple[datetime, datetime]:
    """Start og slut begge på en kantdato og et kantklokkeslæt (0–3 dage imellem)."""
    dag = draw(st.sampled_from(KANTDATOER))
    slutdag = dag + timedelta(days=draw(st.integers(min_value=0, max_value=3)))
    s = datetime.combine(dag, draw(st.sampled_from(KANTKLOKKESLAET)), tzinfo=KOEBENHAVN)
    e = datetime.combine(slutdag, draw(st.sampled_from(KANTKLOKKESLAET)), tzinfo=KOEBENHAVN)
    # ikke-eksisterende lokale tider normaliseres via UTC
    s, e = (t.astimezone(UTC).astimezone(KOEBENHAVN) for t in (s, e))
    if e.astimezone(UTC) - s.astimezone(UTC) < _MINUT:
        e = (s.astimezone(UTC) + _MINUT).astimezone(KOEBENHAVN)
    return s, e


@st.composite
def _gyldig_episode(draw: st.DrawFn) -> tuple[datetime, datetime]:
    if draw(st.booleans()):
        return draw(_kant_til_kant())
    start = draw(kanttidspunkter())
    varighed = draw(varigheder())
    slut = (start.astimezone(UTC) + varighed).astimezone(start.tzinfo)  # reel tid
    return start, slut


@st.composite
def ledsagelsesepisoder(draw: st.DrawFn, *, gyldig: bool = True) -> tuple[object, object]:
    """Et par (start, slut) af tidszonebevidste tidspunkter 2018–2026 (slut op til tre uger
    efter), der favoriserer takstgrænserne, midnat, sommertidsnætter, helligdage og årsskifter.

    Ugyldige: naiv start eller slut, slut før start, en dato i stedet for et tidspunkt, tekst,
    der ikke er et tidspunkt, et tidspunkt uden for kalenderens rækkevidde (år 1850) eller et
    forløb, der er længere end `MAKS_VARIGHED` (to år).
    """
    start, slut = draw(_gyldig_episode())
    if gyldig:
        if draw(st.booleans()):  # ISO-tekst med offset accepteres også
            return start.isoformat(), slut.isoformat()
        return start, slut
    fejl = draw(
        st.sampled_from(["naiv_start", "naiv_slut", "baglaens", "type", "tekst", "aar", "lang"])
    )
    if fejl == "lang":
        return start, start + MAKS_VARIGHED + draw(st.sampled_from([_EN_US, timedelta(days=1)]))
    if fejl == "naiv_start":
        return start.replace(tzinfo=None), slut
    if fejl == "naiv_slut":
        return start, slut.astimezone(KOEBENHAVN).replace(tzinfo=None)
    if fejl == "baglaens":
        return start, start + draw(varigheder(gyldig=False))
    if fejl == "type":
        return _lokal_dato(start), slut
    if fejl == "tekst":
        return start, draw(st.sampled_from(["", "i morgen", "2024-13-01T10:00+01:00", "17:00"]))
    return datetime(1850, 1, 1, 12, tzinfo=KOEBENHAVN), slut


# --------------------------------------------------------------------------- takster


def fremskrivningsfaktorer(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """Faktorer til `Taksttabel.fremskriv` (0,5–2, fx 1,021) som Decimal, int eller streng.

    Ugyldige: nul, negative, NaN, uendelig, over 100, bool, None og tekst.
    """
    if gyldig:
        tal = st.decimals(min_value=Decimal("0.5"), max_value=Decimal(2), places=4, allow_nan=False)
        return st.one_of(
            st.sampled_from([Decimal(1), Decimal("1.021"), Decimal("1.0325"), 1, "1.05"]),
            tal,
            tal.map(str),
        )
    return st.sampled_from(
        [0, Decimal(0), -1, "-0.5", Decimal("NaN"), "Infinity", 101, True, None, "to", [1]]
    )


def _aarstabel(aar: int, faktor: Decimal) -> Taksttabel:
    if aar == 2019:
        return TAKSTER_2019
    return TAKSTER_2019.fremskriv(
        faktor, niveau=f"{aar}-niveau", gyldig_fra=date(aar, 1, 1), gyldig_til=date(aar, 12, 31)
    )


@st.composite
def taksttabeller(draw: st.DrawFn) -> Taksttabel:
    """En gyldig `Taksttabel`: 2019-tabellen eller den fremskrevet til et år 2018–2027 med
    en trukket faktor. (Ugyldige konstruktørargumenter: `taksttabelinput(gyldig=False)`.)"""
    aar = draw(st.integers(min_value=_FOERSTE_AAR, max_value=_SIDSTE_AAR))
    faktor = draw(st.decimals(min_value=Decimal("0.8"), max_value=Decimal("1.5"), places=3))
    return _aarstabel(aar, faktor)


@st.composite
def takstregistre(
    draw: st.DrawFn, *, fra_aar: int = _FOERSTE_AAR, til_aar: int = _SIDSTE_AAR
) -> Takstregister:
    """Et `Takstregister`, der dækker hele årene `fra_aar`–`til_aar` (som standard alle
    episoder fra `ledsagelsesepisoder`): 2019-tabellen og de øvrige år fremskrevet med en
    voksende faktor; nogle år er delt i to tabeller ved 1. juli (taksten skifter midt i året).
    """
    tabeller: list[Taksttabel] = []
    faktor = Decimal(1)
    for aar in range(fra_aar, til_aar + 1):
        faktor *= draw(st.decimals(min_value=Decimal("1.00"), max_value=Decimal("1.05"), places=3))
        if aar != 2019 and draw(st.booleans()):
            ekstra = draw(st.decimals(min_value=Decimal("1.00"), max_value=Decimal("1.03")))
            tabeller += [
                TAKSTER_2019.fremskriv(
                    faktor,
                    niveau=f"{aar}-niveau (1. halvår)",
                    gyldig_fra=date(aar, 1, 1),
                    gyldig_til=date(aar, 6, 30),
                ),
                TAKSTER_2019.fremskriv(
                    faktor * ekstra,
                    niveau=f"{aar}-niveau (2. halvår)",
                    gyldig_fra=date(aar, 7, 1),
                    gyldig_til=date(aar, 12, 31),
                ),
            ]
        else:
            tabeller.append(_aarstabel(aar, faktor))
    return Takstregister(tuple(draw(st.permutations(tabeller))))


@st.composite
def taksttabelinput(draw: st.DrawFn, *, gyldig: bool = True) -> Input:
    """Nøgleordsargumenter til `Taksttabel(**input)`: niveau, gyldig_fra/gyldig_til (datoer
    eller ISO-tekst) og takster som dict kategori → beløb (medlem eller navn) eller som en
    sekvens af syv beløb.

    Ugyldige: ukendt kategorinavn, manglende kategori, seks beløb, nul/negativt/NaN-beløb,
    gyldig_til før gyldig_fra, tomt niveau eller takster af forkert type.
    """
    aar = draw(st.integers(min_value=_FOERSTE_AAR, max_value=_SIDSTE_AAR))
    fra = date(aar, 1, 1) + timedelta(days=draw(st.integers(min_value=0, max_value=200)))
    til = fra + timedelta(days=draw(st.integers(min_value=0, max_value=400)))
    beloeb: list[object] = [
        draw(st.decimals(min_value=Decimal("0.01"), max_value=Decimal(2000), places=2))
        for _ in Takstkategori
    ]
    form = draw(st.sampled_from(["dict", "navne", "tuple", "list"]))
    takster: object
    if form == "dict":
        takster = dict(zip(Takstkategori, beloeb, strict=True))
    elif form == "navne":
        takster = {k.name.lower(): str(b) for k, b in zip(Takstkategori, beloeb, strict=True)}
    else:
        takster = tuple(beloeb) if form == "tuple" else list(beloeb)
    inp: Input = {
        "niveau": f"{aar}-niveau",
        "gyldig_fra": fra if draw(st.booleans()) else fra.isoformat(),
        "gyldig_til": til,
        "takster": takster,
    }
    if gyldig:
        return inp
    fejl = draw(
        st.sampled_from(
            ["ukendt", "mangler", "seks", "beloeb", "baglaens", "niveau", "type", "dato"]
        )
    )
    if fejl == "ukendt":
        ukendt: dict[object, object] = dict(zip(Takstkategori, beloeb, strict=True))
        inp["takster"] = {**ukendt, "NATTILLAEG": 1}
    elif fejl == "mangler":
        inp["takster"] = dict(zip(list(Takstkategori)[1:], beloeb[1:], strict=True))
    elif fejl == "seks":
        inp["takster"] = tuple(beloeb[:6])
    elif fejl == "beloeb":
        i = draw(st.integers(min_value=0, max_value=6))
        beloeb[i] = draw(st.sampled_from([Decimal(0), Decimal("-1"), Decimal("NaN"), None]))
        inp["takster"] = tuple(beloeb)
    elif fejl == "baglaens":
        inp["gyldig_til"] = fra - timedelta(days=draw(st.integers(min_value=1, max_value=30)))
    elif fejl == "niveau":
        inp["niveau"] = draw(st.sampled_from(["", "   ", None, 2019]))
    elif fejl == "type":
        inp["takster"] = draw(st.sampled_from(["277.21", Decimal("277.21"), None, {1, 2}]))
    else:
        inp["gyldig_fra"] = draw(st.sampled_from(["01-01-2024", datetime(2024, 1, 1), 2024]))
    return inp


@st.composite
def tabelsamlinger(draw: st.DrawFn, *, gyldig: bool = True) -> tuple[object, ...]:
    """Tabeller til `Takstregister(tabeller)`: gyldige er uden overlap (i vilkårlig
    rækkefølge); ugyldige overlapper med mindst én dag eller indeholder andet end en tabel."""
    register = draw(takstregistre(fra_aar=2018, til_aar=2021))
    tabeller: list[object] = list(register.tabeller)
    if gyldig:
        antal = draw(st.integers(min_value=0, max_value=len(tabeller)))
        return tuple(draw(st.permutations(tabeller))[:antal])
    if draw(st.booleans()):
        dag = draw(st.dates(min_value=date(2018, 1, 1), max_value=date(2021, 12, 31)))
        tabeller.append(TAKSTER_2019.fremskriv(1, niveau="overlap", gyldig_fra=dag, gyldig_til=dag))
    else:
        tabeller.append(draw(st.sampled_from([None, "2019-niveau", TAKSTER_2019.takster])))
    return tuple(draw(st.permutations(tabeller)))


@st.composite
def _takster_for(draw: st.DrawFn, start: datetime, slut: datetime) -> object:
    """Et `takster=`-argument, der dækker [start, slut]."""
    valg = ["register", "tabel"]
    if date(2019, 1, 1) <= _lokal_dato(start) and _lokal_dato(slut) <= date(2019, 12, 31):
        valg.append("standard")
    hvad = draw(st.sampled_from(valg))
    if hvad == "register":
        return draw(takstregistre())
    if hvad == "tabel":
        # en givet tabel gælder kun i sin periode; uden_datograense() gør den gyldig overalt
        return draw(taksttabeller()).uden_datograense()
    return None


@st.composite
def _takster_uden(draw: st.DrawFn, start: datetime) -> object:
    """Et register med et hul, hvor episoden begynder (→ ManglendeTakstFejl)."""
    register = draw(takstregistre())
    dag = _lokal_dato(start)
    return Takstregister(
        tuple(t for t in register.tabeller if not t.gyldig_fra <= dag <= t.gyldig_til)
    )


_UGYLDIGE_TAKSTER: list[object] = ["2019", 277.21, [TAKSTER_2019], {"GRUNDLOEN": 1}, object()]


@st.composite
def ledsagelsesinput(draw: st.DrawFn, *, gyldig: bool = True) -> Input:
    """Nøgleordsargumenter til `beregn_ledsagelse(**input)`: en episode (se
    `ledsagelsesepisoder`) og takster, der dækker den (register, tabel eller — for 2019 —
    standardregistret).

    Ugyldige: en ugyldig episode, et register uden tabel for episodens start, eller takster
    af forkert type.
    """
    start, slut = draw(_gyldig_episode())
    inp: Input = {"start": start, "slut": slut, "takster": draw(_takster_for(start, slut))}
    if gyldig:
        return inp
    fejl = draw(st.sampled_from(["episode", "periode_uden_tabel", "takster"]))
    if fejl == "episode":
        inp["start"], inp["slut"] = draw(ledsagelsesepisoder(gyldig=False))
    elif fejl == "periode_uden_tabel":
        inp["takster"] = draw(_takster_uden(start))
    else:
        inp["takster"] = draw(st.sampled_from(_UGYLDIGE_TAKSTER))
    return inp


@st.composite
def batchinput(draw: st.DrawFn, *, gyldig: bool = True) -> Input:
    """Nøgleordsargumenter til `beregn_mange(**input)`: `episoder` (0–6 som `(start, slut)`
    eller `{"start": ..., "slut": ...}`) og et register, der dækker dem.

    Med `gyldig=False` er mindst én episode ugyldig (eller en mapping uden 'slut'); batchen
    standser ikke, men rækkens post får `fejl` udfyldt.
    """
    episoder: list[object] = []
    for _ in range(draw(st.integers(min_value=0 if gyldig else 1, max_value=6))):
        s, e = draw(ledsagelsesepisoder())
        episoder.append({"start": s, "slut": e} if draw(st.booleans()) else (s, e))
    if not gyldig:
        daarlig: object
        if draw(st.booleans()):
            daarlig = draw(ledsagelsesepisoder(gyldig=False))
        else:
            daarlig = draw(st.sampled_from([{"start": _NAIVT}, None, (1, 2, 3), "episode"]))
        episoder[draw(st.integers(min_value=0, max_value=len(episoder) - 1))] = daarlig
    return {"episoder": episoder, "takster": draw(takstregistre())}


# --------------------------------------------------------------------------- afregning


@st.composite
def _inden_for(draw: st.DrawFn, start: datetime, slut: datetime) -> datetime:
    """Et tidspunkt i [start, slut], der favoriserer enderne."""
    # reel forløbet tid: træk i UTC (samme tzinfo trækker ellers vægur fra vægur)
    us = (slut.astimezone(UTC) - start.astimezone(UTC)) // timedelta(microseconds=1)
    andel = draw(st.one_of(st.sampled_from([0, 1000]), st.integers(min_value=0, max_value=1000)))
    t = start.astimezone(UTC) + timedelta(microseconds=us * andel // 1000)
    return t.astimezone(draw(st.sampled_from([KOEBENHAVN, UTC])))


@st.composite
def _kontrakt(draw: st.DrawFn, start: datetime, slut: datetime, ankomst: datetime | None) -> object:
    """Kontrakttidspunktet: `INGEN_KONTRAKT`, `None` (ukendt), før afgang, i forløbet, efter
    hjemkomst eller omkring fristen fire timer efter ankomst."""
    hvad = draw(st.sampled_from(["ingen", "ukendt", "foer", "i", "efter", "frist"]))
    if hvad == "ingen":
        return INGEN_KONTRAKT
    if hvad == "ukendt":
        return None
    if hvad == "foer":
        return start.astimezone(UTC) - draw(st.sampled_from([timedelta(days=1), _MINUT]))
    if hvad == "efter":
        return slut.astimezone(UTC) + draw(st.sampled_from([timedelta(days=1), _MINUT]))
    if hvad == "frist" and ankomst is not None:
        frist = ankomst.astimezone(UTC) + timedelta(hours=4)
        afvig = draw(st.sampled_from([-_MINUT, -timedelta(microseconds=1), timedelta(0), _MINUT]))
        return (frist + afvig).astimezone(KOEBENHAVN)
    return draw(_inden_for(start, slut))


@st.composite
def _gyldigt_forloeb(draw: st.DrawFn) -> Input:
    start, slut = draw(_gyldig_episode())
    typ = draw(forloebstyper())
    akut = kraev_enum(Forloebstype, typ, "forloebstype") is Forloebstype.AKUT
    ankomst = draw(_inden_for(start, slut)) if akut or draw(st.booleans()) else None
    km_ud, km_hjem, km_skift = (draw(_beloeb(300, places=1)) for _ in range(3))
    dag = _lokal_dato(start)
    if _KM_FRA <= dag <= _KM_TIL and draw(st.booleans()):
        km_sats: object = None
    else:
        km_sats = draw(st.sampled_from([Decimal("1.98"), Decimal("3.79"), "2.23", 2, 0]))
    tekst = draw(st.booleans())
    return {
        "forloebstype": typ,
        "afgang_hjem": _som_tekst_nogle_gange(start, tekst),
        "hjemkomst": _som_tekst_nogle_gange(slut, tekst),
        "kontrakt_indgaaet": draw(_kontrakt(start, slut, ankomst)),
        "ankomst": ankomst,
        "foerst_vagtlaege": draw(st.booleans()),
        "km_til_sygehus": km_ud,
        "km_hjem": km_hjem,
        "km_vagtskifte": km_skift,
        "km_sats": km_sats,
        "parkering": draw(_beloeb(500)),
        "parkering_paakraevet": draw(ja_nej_ukendt()),
        "taxa": draw(_beloeb(3000)),
        "taxa_saerlig_situation": draw(ja_nej_ukendt()),
        "takster": draw(_takster_for(start, slut)),
    }


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


@st.composite
def forloebsinput(draw: st.DrawFn, *, gyldig: bool = True) -> Input:
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
    inp = draw(_gyldigt_forloeb())
    if gyldig:
        return inp
    fejl = draw(
        st.sampled_from(
            ["felt", "baglaens", "ankomst_uden_for", "akut_uden_ankomst", "uden_tabel", "km_sats"]
        )
    )
    afgang = _tid(inp["afgang_hjem"])
    hjem = _tid(inp["hjemkomst"])
    if fejl == "felt":
        return draw(_med_en_fejl(st.just(inp), _DAARLIGE_FORLOEBSFELTER))
    if fejl == "baglaens":
        inp["hjemkomst"] = afgang.astimezone(UTC) - draw(
            st.sampled_from([_MINUT, timedelta(days=1)])
        )
        inp["ankomst"] = None
        inp["forloebstype"] = Forloebstype.PLANLAGT
    elif fejl == "ankomst_uden_for":
        afgang_utc, hjem_utc = afgang.astimezone(UTC), hjem.astimezone(UTC)
        inp["ankomst"] = draw(
            st.sampled_from(
                [afgang_utc - _MINUT, hjem_utc + timedelta(microseconds=1), hjem_utc + _MINUT]
            )
        )
    elif fejl == "akut_uden_ankomst":
        inp["forloebstype"] = draw(st.sampled_from([Forloebstype.AKUT, "AKUT"]))
        inp["ankomst"] = None
    elif fejl == "uden_tabel":
        inp["takster"] = draw(_takster_uden(afgang))
    else:
        # kilometer uden sats på en dato uden kendt lav kilometertakst
        aar = draw(st.sampled_from([2018, 2027, 2028]))
        afgang = datetime(aar, 6, 1, 8, tzinfo=KOEBENHAVN)
        inp.update(
            {
                "forloebstype": Forloebstype.PLANLAGT,
                "afgang_hjem": afgang,
                "hjemkomst": afgang + timedelta(hours=5),
                "ankomst": None,
                "kontrakt_indgaaet": INGEN_KONTRAKT,
                "km_hjem": draw(st.sampled_from([1, Decimal("12.5"), "40"])),
                "km_sats": None,
                "takster": TAKSTER_2019.uden_datograense(),
            }
        )
    return inp


def _tid(vaerdi: object) -> datetime:
    assert isinstance(vaerdi, datetime | str)
    return vaerdi if isinstance(vaerdi, datetime) else datetime.fromisoformat(vaerdi)


@st.composite
def kilometerinput(draw: st.DrawFn, *, gyldig: bool = True) -> Input:
    """Nøgleordsargumenter til `beregn_kilometergodtgoerelse(**input)`: kilometer (≥ 0) og
    en dato (date, datetime eller ISO-tekst) med kendt lav kilometertakst — eller en vilkårlig
    dato med `sats`. Datoerne favoriserer satsskiftene (fx 1.5.2022) og 31.12.2024.

    Ugyldige: negative/NaN kilometer, negativ sats, naivt tidspunkt eller en dato uden kendt
    sats og uden `sats`.
    """
    skift = [f for f, _ in LAV_KILOMETERTAKST]
    kant = skift + [f - timedelta(days=1) for f in skift[1:]] + [_KM_TIL]
    dag = draw(st.one_of(st.sampled_from(kant), st.dates(min_value=_KM_FRA, max_value=_KM_TIL)))
    form = draw(st.sampled_from(["date", "str", "datetime"]))
    dato: object = dag
    if form == "str":
        dato = dag.isoformat()
    elif form == "datetime":
        dato = datetime.combine(dag, draw(st.sampled_from(KANTKLOKKESLAET)), tzinfo=KOEBENHAVN)
    inp: Input = {"kilometer": draw(_beloeb(2000, places=1)), "dato": dato}
    if draw(st.booleans()):
        inp["sats"] = draw(st.sampled_from([Decimal("3.79"), "1.98", 0, 2]))
        inp["dato"] = draw(st.sampled_from([dato, date(2026, 3, 29), "2018-12-31"]))
    if gyldig:
        return inp
    fejl = draw(st.sampled_from(["km", "sats", "naiv", "uden_sats"]))
    if fejl == "km":
        inp["kilometer"] = draw(st.sampled_from([-1, Decimal("-0.5"), "NaN", None, True]))
    elif fejl == "sats":
        inp["sats"] = draw(st.sampled_from([-1, "NaN", 1001, "1.985"]))
    elif fejl == "naiv":
        inp["dato"] = datetime.combine(dag, KANTKLOKKESLAET[0])
    else:
        inp.pop("sats", None)
        inp["dato"] = draw(st.sampled_from([date(2018, 12, 31), date(2027, 1, 1), "2028-06-01"]))
    return inp


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


def daekningsinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `omfattet_af_aftalen(**input)`: alle ni forhold som
    True/False/None. Ugyldige: ét forhold er »ja«, 1, 0 eller en anden ikke-bool."""
    gyldige = _ordbog({f: ja_nej_ukendt() for f in _DAEKNINGSFELTER})
    if gyldig:
        return gyldige
    return _med_en_fejl(gyldige, dict.fromkeys(_DAEKNINGSFELTER, _IKKE_BOOL))


def aftaleinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `kan_aftale_indgaas(**input)` (`indgaaet_foer_behandling` også
    `ENDNU_IKKE_INDGAAET`). Ugyldige: ukendt forløbstype
    eller et ja/nej-forhold, der ikke er bool/None."""
    felter = (
        "sygehuset_vurderer_behov",
        "kommunen_har_personale",
        "relateret_til_sygehusbehandling",
        "indgaaet_foer_behandling",
    )
    gyldige = st.fixed_dictionaries(
        {
            "forloebstype": forloebstyper(),
            **{f: ja_nej_ukendt() for f in felter[:-1]},
            "indgaaet_foer_behandling": st.one_of(ja_nej_ukendt(), st.just(ENDNU_IKKE_INDGAAET)),
        }
    )
    if gyldig:
        return gyldige
    daarlige: dict[str, list[object]] = {"forloebstype": ["AKUTT", None, 2]}
    daarlige.update(dict.fromkeys(felter, _IKKE_BOOL))
    return _med_en_fejl(gyldige, daarlige)


@st.composite
def hjaelperinput(draw: st.DrawFn, *, gyldig: bool = True) -> Input:
    """Nøgleordsargumenter til `personlige_hjaelpere(**input)`; akutte forløb har altid en
    ankomst (kanttidspunkt). Ugyldige: akut uden ankomst, naiv ankomst, ukendt aftalepart,
    `ordningen_opretholdes` eller `foraeldre_hjaelpere_for_barn_over_18`, der ikke er bool."""
    typ = draw(forloebstyper())
    akut = kraev_enum(Forloebstype, typ, "forloebstype") is Forloebstype.AKUT
    inp: Input = {
        "forloebstype": typ,
        "aflonnes_af": draw(aftaleparter()),
        "ordningen_opretholdes": draw(ja_nej_ukendt()),
        "ankomst": draw(kanttidspunkter()) if akut or draw(st.booleans()) else None,
        "foraeldre_hjaelpere_for_barn_over_18": draw(st.booleans()),
    }
    if gyldig:
        return inp
    fejl = draw(st.sampled_from(["akut_uden_ankomst", "naiv", "part", "bool", "foraeldre"]))
    if fejl == "akut_uden_ankomst":
        inp.update(forloebstype=Forloebstype.AKUT, ankomst=None)
    elif fejl == "naiv":
        inp["ankomst"] = draw(kanttidspunkter(gyldig=False))
    elif fejl == "part":
        inp["aflonnes_af"] = draw(aftaleparter(gyldig=False))
    elif fejl == "bool":
        inp["ordningen_opretholdes"] = draw(ja_nej_ukendt(gyldig=False))
    else:
        inp["foraeldre_hjaelpere_for_barn_over_18"] = draw(st.sampled_from([None, "ja", 1]))
    return inp


def id_armbaandinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `id_armbaand(**input)`. Ugyldige: ukendt forløbstype,
    `kommunen_sender_ledsager` None/ikke-bool eller et ugyldigt ja/nej/ukendt."""
    gyldige = st.fixed_dictionaries(
        {
            "forloebstype": forloebstyper(),
            "kommunen_sender_ledsager": st.booleans(),
            "medarbejder_til_stede_forud": ja_nej_ukendt(),
        }
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige,
        {
            "forloebstype": ["AKUTT", None],
            "kommunen_sender_ledsager": [None, *_IKKE_BOOL],
            "medarbejder_til_stede_forud": _IKKE_BOOL,
        },
    )


@st.composite
def omfangsinput(draw: st.DrawFn, *, gyldig: bool = True) -> Input:
    """Nøgleordsargumenter til `forventet_omfang(**input)`: startdato og enten A (timer i
    alt) eller B1 (timer pr. døgn, 0–25) og B2 (døgn), med takster, der dækker startdatoen.

    Ugyldige: både A og B, hverken A eller B (eller kun B1), negative timer, B1 over 25,
    et tidspunkt som start, takster af forkert type eller et register uden tabel for start.
    """
    start = draw(st.dates(min_value=date(_FOERSTE_AAR, 1, 1), max_value=date(_SIDSTE_AAR, 12, 31)))
    inp: Input = {"start": start if draw(st.booleans()) else start.isoformat()}
    if draw(st.booleans()):
        inp["timer_i_alt"] = draw(_beloeb(500))
    else:
        inp["timer_pr_doegn"] = draw(st.one_of(st.sampled_from([0, 24, 25, "12.5"]), _beloeb(25)))
        inp["doegn"] = draw(_beloeb(60, places=0))
    inp["takster"] = None if start.year == 2019 and draw(st.booleans()) else draw(takstregistre())
    if draw(st.booleans()):
        inp["takster"] = draw(taksttabeller()).uden_datograense()
    if gyldig:
        return inp
    fejl = draw(st.sampled_from(["a_og_b", "ingen", "negativ", "b1", "start", "takster", "hul"]))
    if fejl == "a_og_b":
        inp.update(timer_i_alt=10, timer_pr_doegn=5, doegn=2)
    elif fejl == "ingen":
        for f in ("timer_i_alt", "doegn"):
            inp.pop(f, None)
    elif fejl == "negativ":
        inp.pop("timer_pr_doegn", None)
        inp.pop("doegn", None)
        inp["timer_i_alt"] = draw(st.sampled_from([-1, Decimal("-0.5"), "NaN"]))
    elif fejl == "b1":
        inp.pop("timer_i_alt", None)
        inp.update(timer_pr_doegn=draw(st.sampled_from([26, "25.01", -1])), doegn=3)
    elif fejl == "start":
        inp["start"] = datetime.combine(start, KANTKLOKKESLAET[6], tzinfo=KOEBENHAVN)
    elif fejl == "takster":
        inp["takster"] = draw(st.sampled_from(_UGYLDIGE_TAKSTER))
    else:
        register = draw(takstregistre())
        inp["takster"] = Takstregister(
            tuple(t for t in register.tabeller if not t.gyldig_fra <= start <= t.gyldig_til)
        )
    return inp


def faktiske_timer(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """Faktiske timer til `sammenlign_med_kontrakt(omfang, timer)`: Decimal, int, streng
    eller timedelta ≥ 0. Ugyldige: negative tal/varigheder, NaN, bool, None og tekst."""
    if gyldig:
        return st.one_of(_beloeb(1000), st.sampled_from(KANTVARIGHEDER), st.just(timedelta(0)))
    return st.one_of(
        st.sampled_from([-1, "NaN", True, None, "mange", Decimal("Infinity")]),
        varigheder(gyldig=False),
    )


# --------------------------------------------------------------------------- faktura


@st.composite
def faktureringsinput(draw: st.DrawFn, *, gyldig: bool = True) -> Input:
    """Nøgleordsargumenter til `faktureringsvurdering(**input)`: ledsagelsens slut (dato,
    tidspunkt eller ISO-tekst, favoriserer årsskifter og månedsslut), skriftlig aftale
    (ja/nej/ukendt) og evt. en fakturadato samme dag eller op til et år senere — omkring tre
    måneder favoriseres.

    Ugyldige: fakturadato før slut, naivt tidspunkt, ugyldig dato eller en aftale, der ikke
    er bool/None.
    """
    slut = draw(
        st.one_of(st.sampled_from(KANTDATOER), st.dates(date(2018, 1, 1), date(2026, 12, 31)))
    )
    form = draw(st.sampled_from(["date", "str", "datetime"]))
    ledsagelse_slut: object = slut
    if form == "str":
        ledsagelse_slut = slut.isoformat()
    elif form == "datetime":
        ledsagelse_slut = datetime.combine(slut, KANTKLOKKESLAET[10], tzinfo=KOEBENHAVN)
    faktura = draw(
        st.one_of(
            st.none(),
            st.sampled_from([0, 1, 89, 90, 91, 92, 93, 365]).map(lambda d: slut + timedelta(d)),
            st.integers(min_value=0, max_value=366).map(lambda d: slut + timedelta(d)),
        )
    )
    inp: Input = {
        "ledsagelse_slut": ledsagelse_slut,
        "skriftlig_aftale": draw(ja_nej_ukendt()),
        "fakturadato": faktura,
    }
    if gyldig:
        return inp
    fejl = draw(st.sampled_from(["foer", "naiv", "dato", "aftale"]))
    if fejl == "foer":
        inp["ledsagelse_slut"] = slut
        inp["fakturadato"] = slut - timedelta(days=draw(st.integers(min_value=1, max_value=40)))
    elif fejl == "naiv":
        inp["ledsagelse_slut"] = datetime.combine(slut, KANTKLOKKESLAET[10])
    elif fejl == "dato":
        inp["fakturadato"] = draw(st.sampled_from(["31-12-2024", "2024-02-30", 20240101]))
    else:
        inp["skriftlig_aftale"] = draw(ja_nej_ukendt(gyldig=False))
    return inp


_AFDELINGER = ["Akutmodtagelsen", "Medicinsk afdeling M", "Ortopædkirurgisk afd. O", "Intensiv"]


@st.composite
def fakturakontrolinput(draw: st.DrawFn, *, gyldig: bool = True) -> Input:
    """Nøgleordsargumenter til `kontroller_faktura(**input)`: aftale, blanket og blankettens
    oplysninger som ja/nej/ukendt, afdelinger med tid (dict eller liste af par, evt. tom),
    ansvarlig afdeling og EAN (13 cifre) eller None.

    Ugyldige: EAN uden 13 cifre, en afdeling med tid ≤ 0 eller uden navn, afdelinger af
    forkert form, et ja/nej-forhold, der ikke er bool/None.
    """
    navne = draw(st.lists(st.sampled_from(_AFDELINGER), unique=True, max_size=3))
    tider = [draw(st.sampled_from(KANTVARIGHEDER)) for _ in navne]
    afdelinger: object = (
        dict(zip(navne, tider, strict=True))
        if draw(st.booleans())
        else list(zip(navne, tider, strict=True))
    )
    inp: Input = {
        "skriftlig_aftale": draw(ja_nej_ukendt()),
        "blanket_vedhaeftet": draw(ja_nej_ukendt()),
        "alle_blanketoplysninger_paa_regningen": draw(ja_nej_ukendt()),
        "afdelinger": afdelinger,
        "aftaleafdeling": draw(st.one_of(st.none(), st.sampled_from(_AFDELINGER))),
        "ean_nummer": draw(
            st.one_of(st.none(), st.sampled_from(["5798000000001", " 5790000123456 "]))
        ),
    }
    if gyldig:
        return inp
    fejl = draw(st.sampled_from(["ean", "tid", "navn", "form", "bool"]))
    if fejl == "ean":
        inp["ean_nummer"] = draw(st.sampled_from(["579800000000", "57980000000012", "EAN", ""]))
    elif fejl == "tid":
        inp["afdelinger"] = [("Akutmodtagelsen", draw(st.sampled_from([timedelta(0), -_MINUT, 4])))]
    elif fejl == "navn":
        inp["afdelinger"] = [(draw(st.sampled_from(["", None, 7])), timedelta(hours=2))]
    elif fejl == "form":
        inp["afdelinger"] = draw(st.sampled_from(["Akutmodtagelsen", 3, [("A",)], None]))
    else:
        felt = draw(st.sampled_from(["skriftlig_aftale", "blanket_vedhaeftet"]))
        inp[felt] = draw(ja_nej_ukendt(gyldig=False))
    return inp


def maerkningsinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `betalingsmaerkning(**input)`: patient (navn eller CPR-nr.)
    og periode (fx »2. kvartal 2020«). Ugyldige: tom tekst, None eller et tal."""
    gyldige = _ordbog(
        {
            "patient": st.sampled_from(["Jens Hansen", "010101-1234", "Åse Ørsted"]),
            "periode": st.builds(
                "{}. kvartal {}".format,
                st.integers(min_value=1, max_value=4),
                st.integers(min_value=2019, max_value=2026),
            ),
        }
    )
    if gyldig:
        return gyldige
    daarlige: list[object] = ["", None, 2020]
    return _med_en_fejl(gyldige, {"patient": daarlige, "periode": daarlige})
