"""Batchløberens læsere og kontroller (`forloebsregler._batchkoersel`) prøvet med et lille
prøveområde, der blot giver de argumenter, det fik, tilbage.

Fra mutationstesten efter issue 18 (læserne, `koer`s argumentkontrol, fejlfelterne og
navnene på de gennemførte kolonner). Beskederne er skrevet ordret ud fra skabelonerne i
`_batchkoersel` (»navn: fik <repr> (type <type>); accepterer …«, se `_valider.vis`);
reglerne for rækker, »ikke oplyst« og gennemførte kolonner står i `forloebsregler.batch`.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import pytest

from forloebsregler import batch
from forloebsregler._batchkoersel import Felt, Omraadespec, koer
from forloebsregler.fejl import ForloebsreglerFejl, UgyldigTypeFejl

pl = pytest.importorskip("polars")


def _proeve(*felter: Felt) -> Omraadespec:
    """Et område, hvis ene resultatkolonne `faaet` er de argumenter, enkeltkaldet fik."""

    def beregn(**argumenter: Any) -> dict[str, Any]:
        return {"faaet": argumenter}

    return Omraadespec(navn="proeve", felter=felter, beregn=beregn, kolonner=(("faaet", "tekst"),))


def _fejlende(fejl: Exception) -> Omraadespec:
    def beregn(**_: Any) -> dict[str, Any]:
        raise fejl

    return Omraadespec(navn="proeve", felter=(Felt("x", "tekst"),), beregn=beregn, kolonner=())


def _en(spec: Omraadespec, raekke: object) -> dict[str, Any]:
    (post,) = list(koer(spec, [raekke]))
    return post


# --------------------------------------------------------------------------- læserne


@pytest.mark.parametrize(
    ("celle", "fejltype", "vist"),
    [
        (True, "ugyldig_type", "True (type bool)"),
        (math.inf, "ugyldig_vaerdi", "inf (type float)"),
        (17.5, "ugyldig_vaerdi", "17.5 (type float)"),
        (Decimal("17.5"), "ugyldig_vaerdi", "Decimal('17.5') (type Decimal)"),
        ("x", "ugyldig_vaerdi", "'x' (type str)"),
        ("17.5", "ugyldig_vaerdi", "'17.5' (type str)"),
        ("Infinity", "ugyldig_vaerdi", "'Infinity' (type str)"),
    ],
)
def test_heltalsfelt_afviser_med_ordret_besked(celle: object, fejltype: str, vist: str) -> None:
    post = _en(_proeve(Felt("antal", "heltal")), {"antal": celle})
    assert post["fejl"] == f"antal: fik {vist}; accepterer et helt tal"
    assert (post["fejlfelt"], post["fejlkode"], post["faaet"]) == ("antal", fejltype, None)


@pytest.mark.parametrize("celle", [17, 17.0, Decimal("17.00"), " 17 ", "17.0"])
def test_heltalsfelt_tager_hele_tal(celle: object) -> None:
    faaet = _en(_proeve(Felt("antal", "heltal")), {"antal": celle})["faaet"]
    assert faaet == {"antal": 17} and type(faaet["antal"]) is int


def test_janej_felt_afviser_med_ordret_besked() -> None:
    post = _en(_proeve(Felt("svar", "janej")), {"svar": "maaske"})
    assert post["fejl"] == (
        "svar: fik 'maaske' (type str); accepterer True, False, None eller ja, nej, ukendt"
    )


def test_listefelt_afviser_med_ordret_besked() -> None:
    post = _en(_proeve(Felt("navne", "liste")), {"navne": 5})
    assert post["fejl"] == (
        "navne: fik 5 (type int); accepterer en liste eller tekst adskilt af ';' (fx 'A;B')"
    )
    assert post["fejlkode"] == "ugyldig_type"


@pytest.mark.parametrize(
    "celle",
    [np.array(["A", "B"]), pd.Series(["A", "B"]), pl.Series(["A", "B"])],
    ids=["numpy", "pandas", "polars"],
)
def test_listefelt_tager_arrays_og_serier(celle: object) -> None:
    # numpy og pandas har `tolist`, polars har kun `to_list`: alle bliver en almindelig liste
    faaet = _en(_proeve(Felt("navne", "liste")), {"navne": celle})["faaet"]
    assert faaet == {"navne": ["A", "B"]} and type(faaet["navne"]) is list


def test_tidspunkter_omregnes_kun_fra_datetime_underklasser_med_to_pydatetime() -> None:
    """Kun en `datetime`-underklasse med `to_pydatetime` (pandas.Timestamp) omregnes; en anden
    underklasse og et objekt, der ikke er en `datetime`, gives videre, som de er (reglen afviser
    selv, hvad den ikke kan bruge)."""

    class MinTid(datetime):
        pass

    class LignerPandas:
        def to_pydatetime(self) -> datetime:
            return datetime(2019, 12, 24, 16, tzinfo=UTC)

    spec = _proeve(Felt("t", "tidspunkt"))
    min_tid = MinTid(2019, 12, 24, 16, tzinfo=UTC)
    assert _en(spec, {"t": min_tid})["faaet"]["t"] is min_tid
    fremmed = LignerPandas()
    assert _en(spec, {"t": fremmed})["faaet"]["t"] is fremmed
    fra_pandas = _en(spec, {"t": pd.Timestamp("2019-12-24T16:00Z")})["faaet"]["t"]
    assert type(fra_pandas) is datetime and fra_pandas == datetime(2019, 12, 24, 16, tzinfo=UTC)


# --------------------------------------------------------------------------- »ikke oplyst«


def test_paakraevet_felt_ikke_oplyst_med_ordret_besked() -> None:
    spec = _proeve(Felt("x", "tekst", paakraevet=True), Felt("y", "tekst"))
    # kolonnen mangler: vist som None
    post = _en(spec, {"y": "a"})
    assert post["fejl"] == "x: ikke oplyst (fik None (type NoneType)); feltet er påkrævet"
    assert (post["fejlfelt"], post["fejlkode"]) == ("x", "ugyldig_vaerdi")
    # cellen er tom tekst: vist, som den er
    post = _en(spec, {"x": "  ", "y": "a"})
    assert post["fejl"] == "x: ikke oplyst (fik '  ' (type str)); feltet er påkrævet"
    # »ukendt« i et påkrævet ja/nej-felt er heller ikke oplyst
    post = _en(_proeve(Felt("svar", "janej", paakraevet=True)), {"svar": "ukendt"})
    assert post["fejl"] == "svar: ikke oplyst (fik None (type NoneType)); feltet er påkrævet"


def test_ikke_oplyst_og_ukendt_i_kolonnen_giver_feltets_vaerdier() -> None:
    spec = _proeve(
        Felt("x", "tekst", ikke_oplyst="STANDARD", ukendt_i_kolonne="UKENDT"),
        Felt("svar", "janej", ikke_oplyst="INTET SVAR"),
        Felt("y", "tekst"),
    )
    # udeladt kolonne: `ikke_oplyst`; y (uden værdi for »ikke oplyst«) udelades
    assert _en(spec, {})["faaet"] == {"x": "STANDARD", "svar": "INTET SVAR"}
    # kolonnen findes, men er tom eller »ukendt«: `ukendt_i_kolonne`, ellers `ikke_oplyst`
    post = _en(spec, {"x": "", "svar": "ukendt", "y": None})
    assert post["faaet"] == {"x": "UKENDT", "svar": "INTET SVAR"}


# --------------------------------------------------------------------------- koer og fejlfelter


def test_koer_kontrollerer_sine_argumenter_med_ordrette_beskeder() -> None:
    spec = _proeve(Felt("x", "tekst"))
    with pytest.raises(UgyldigTypeFejl) as fejl:
        koer(spec, "x")
    assert str(fejl.value) == (
        "raekker: fik 'x' (type str); accepterer en samling (liste, generator) af mappings"
    )
    with pytest.raises(UgyldigTypeFejl) as fejl:
        koer(spec, [], foerste_raekke="1")
    assert str(fejl.value) == "foerste_raekke: fik '1' (type str); accepterer et heltal"
    with pytest.raises(UgyldigTypeFejl) as fejl:
        koer(spec, [], gennemfoer="id")
    assert str(fejl.value) == (
        "gennemfoer: fik 'id' (type str); accepterer True, False eller en liste af kolonnenavne"
    )


def test_koer_foerer_som_standard_igennem_og_taeller_fra_1() -> None:
    # standarderne i `koer`s signatur: gennemfoer=True, foerste_raekke=1
    poster = list(koer(_proeve(Felt("x", "tekst")), [{"x": "a", "id": 7}, {"x": "b", "id": 8}]))
    assert [(p["raekke"], p["id"], p["fejl"]) for p in poster] == [(1, 7, None), (2, 8, None)]


def test_fremmed_fejl_med_ordret_besked() -> None:
    post = _en(_fejlende(ZeroDivisionError("division by zero")), {"x": "a"})
    assert post["fejl"] == "rækken kunne ikke beregnes (ZeroDivisionError: division by zero)"
    assert (post["fejlfelt"], post["fejlkode"]) == (None, "ZeroDivisionError")


@pytest.mark.parametrize(
    ("fejl", "fejlfelt", "fejlkode"),
    [
        # en fremmed fejl uden `argument`: feltet læses af beskedens begyndelse
        (ValueError("alder[2]: for høj"), "alder", "ValueError"),
        (ValueError("ingen feltnavn her"), None, "ValueError"),
        # »tabel[1][2]« er feltet »tabel«
        (
            ForloebsreglerFejl("antal: for mange", argument="tabel[1][2]"),
            "tabel",
            "forloebsregler_fejl",  # klassens KODE (fejl.py)
        ),
        # et tomt argument og en tom kode er ikke kendt: beskeden og klassen bruges
        (ForloebsreglerFejl("antal: for mange", argument="", kode="FR-1"), "antal", "FR-1"),
        (ForloebsreglerFejl("en besked", kode=""), None, "ForloebsreglerFejl"),
    ],
)
def test_fejlfelt_og_fejlkode(fejl: Exception, fejlfelt: str | None, fejlkode: str) -> None:
    post = _en(_fejlende(fejl), {"x": "a"})
    assert (post["fejlfelt"], post["fejlkode"]) == (fejlfelt, fejlkode)


# --------------------------------------------------------------------------- gennemførte kolonner


def test_hoejst_1000_raekker_venter_paa_den_foerste_mapping() -> None:
    """Efter 1.000 rækker, der ikke er mappings, gives de som fejlposter uden gennemførte
    kolonner (`_MAKS_VENTENDE`); en mapping som række 1.000 fastlægger stadig kolonnerne."""
    spec = _proeve(Felt("x", "tekst"))
    poster = list(koer(spec, [None] * 999 + [{"x": "a", "id": 7}]))
    assert poster[-1]["id"] == 7 and poster[-1]["fejl"] is None
    assert all(p["fejlkode"] == "ugyldig_type" for p in poster[:-1])
    poster = list(koer(spec, [None] * 1000 + [{"x": "a", "id": 7}]))
    assert "id" not in poster[-1] and poster[-1]["fejlfelt"] == "id"
    assert len(poster) == 1001 and poster[-1]["raekke"] == 1001


def test_gennemfoerte_kolonner_faar_ind_foran_ogsaa_ved_raekke_og_hinanden() -> None:
    spec = _proeve(Felt("x", "tekst"))
    post = _en(spec, {"x": "a", "raekke": 5})
    assert (post["raekke"], post["ind_raekke"]) == (1, 5)
    # »faaet« bliver »ind_faaet«, så den gennemførte »ind_faaet« bliver »ind_ind_faaet«
    post = _en(spec, {"x": "a", "faaet": "f", "ind_faaet": "g"})
    assert (post["ind_faaet"], post["ind_ind_faaet"]) == ("f", "g")
    assert post["faaet"] == {"x": "a"}


@pytest.mark.parametrize("vaerdi", ["Infinity", "-Infinity", "NaN", "sNaN"])
def test_heltalsfelt_afviser_en_decimal_der_ikke_er_endelig(vaerdi: str) -> None:
    """Som en uendelig float: en dansk besked i rækken, ikke »kunne ikke beregnes
    (OverflowError …)« eller en signalerende sNaN, der sprænger sammenligningen."""
    (post,) = batch.iv([{"antal_besoeg": Decimal(vaerdi), "minutter_pr_besoeg": 30}])
    assert post["fejl"].startswith("antal_besoeg: fik ")
    assert post["fejl"].endswith("; accepterer et helt tal")
    assert post["fejlfelt"] == "antal_besoeg"


def test_nanosekunder_i_et_pandas_tidspunkt_afvises_som_i_enkeltkaldet() -> None:
    # Gennemgangen af pengevejene: `beregn_ledsagelse` og `beregn_mange` afviser et
    # pandas.Timestamp med nanosekunder (fortolkningsloggen FAE-03: »tidspunkter med
    # nanosekunder … afvises«); batchen må ikke skære dem væk og prissætte rækken.
    # 08:00:00.000000001-08:30 mandag: afskåret 0,5 t × 277,21 = 138,605 → 138,61 kr.;
    # eksakt 138,60499… → 138,60 kr. Rækken skal fejle i feltet `start`.
    start = pd.Timestamp("2019-03-04T08:00:00.000000001+01:00")
    (post,) = list(batch.ledsagelse([{"start": start, "slut": "2019-03-04T08:30:00+01:00"}]))
    assert post["total"] is None
    assert post["fejlfelt"] == "start"
