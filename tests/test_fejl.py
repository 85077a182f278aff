"""Fejl, en applikation kan læse: `argument`, `vaerdi`, `kode` (issue 19, punkt 4)."""

from __future__ import annotations

import pickle
from decimal import Decimal

import pytest

from forloebsregler import fejl as fejlmodul
from forloebsregler._valider import (
    kraev_aware,
    kraev_decimal,
    kraev_enum,
    kraev_enum_maengde,
    kraev_heltal,
)
from forloebsregler.fejl import (
    KODER,
    ArgumentFejl,
    ForloebsreglerFejl,
    ManglendeTakstFejl,
    NaivtTidspunktFejl,
    PeriodeFejl,
    UgyldigTypeFejl,
    UgyldigVaerdiFejl,
    UkendtFeltFejl,
    UkendtNavnFejl,
)
from forloebsregler.ivkategori import Tyngdekategori

# De dokumenterede koder (docs/udviklere.md). Skrevet af her, ikke læst af koden: ændres en
# kode ved et uheld, fejler testen.
FORVENTEDE_KODER = {
    ForloebsreglerFejl: "forloebsregler_fejl",
    UgyldigTypeFejl: "ugyldig_type",
    UgyldigVaerdiFejl: "ugyldig_vaerdi",
    NaivtTidspunktFejl: "naivt_tidspunkt",
    PeriodeFejl: "ugyldig_periode",
    UkendtNavnFejl: "ukendt_navn",
    UkendtFeltFejl: "ukendt_felt",
    ManglendeTakstFejl: "manglende_takst",
    ArgumentFejl: "ugyldigt_kald",
}


@pytest.mark.parametrize(("klasse", "kode"), FORVENTEDE_KODER.items(), ids=lambda x: str(x))
def test_standardkode_pr_klasse(klasse: type[ForloebsreglerFejl], kode: str) -> None:
    assert klasse("x: fik 1").kode == kode
    assert KODER[kode] == klasse.__name__


def test_alle_offentlige_fejlklasser_har_en_dokumenteret_kode() -> None:
    klasser = {
        getattr(fejlmodul, navn)
        for navn in fejlmodul.__all__
        if isinstance(getattr(fejlmodul, navn), type)
    }
    assert klasser == set(FORVENTEDE_KODER)


def test_gamle_kald_virker_og_argument_laeses_af_beskeden() -> None:
    fejl = UgyldigVaerdiFejl("km: fik -1 (type int); accepterer kun tal fra 0")
    assert str(fejl) == "km: fik -1 (type int); accepterer kun tal fra 0"
    assert fejl.args == ("km: fik -1 (type int); accepterer kun tal fra 0",)
    assert fejl.argument == "km"
    assert fejl.har_vaerdi is False
    assert fejl.vaerdi is None
    assert fejl.kode == "ugyldig_vaerdi"


@pytest.mark.parametrize(
    ("besked", "argument"),
    [
        ("raekker[3]: 'udskrivning' mangler", "raekker[3]"),
        ("--sag: accepterer et JSON-objekt", "--sag"),
        ("elementer: fik en tom samling", "elementer"),
        ("start og slut skal begge gives (ISO 8601 med tidszone)", None),
        ("filen er tom; første linje: overskriften", None),
        ("", None),
    ],
)
def test_argument_fra_beskedens_praefiks(besked: str, argument: str | None) -> None:
    assert UgyldigVaerdiFejl(besked).argument == argument


def test_eksplicitte_attributter_vinder() -> None:
    fejl = UgyldigTypeFejl("x: fik 1", argument="y", vaerdi=None, kode="egen_kode")
    assert (fejl.argument, fejl.vaerdi, fejl.har_vaerdi, fejl.kode) == (
        "y",
        None,
        True,
        "egen_kode",
    )
    assert fejl.besked == "x: fik 1"


@pytest.mark.parametrize(
    "fejl",
    [
        UgyldigVaerdiFejl("km: fik -1", argument="km", vaerdi=Decimal("-1")),
        UgyldigTypeFejl("km: fik None", argument="km", vaerdi=None),
        UkendtFeltFejl("felt: ukendt 'x'", vaerdi="x"),
        ArgumentFejl("beregn: mangler start"),
        NaivtTidspunktFejl("start: naivt"),
        ForloebsreglerFejl(),
    ],
    ids=lambda f: type(f).__name__,
)
def test_pickle_rundtur(fejl: ForloebsreglerFejl) -> None:
    kopi = pickle.loads(pickle.dumps(fejl))
    assert type(kopi) is type(fejl)
    assert str(kopi) == str(fejl)
    assert kopi.args == fejl.args
    assert (kopi.argument, kopi.vaerdi, kopi.har_vaerdi, kopi.kode) == (
        fejl.argument,
        fejl.vaerdi,
        fejl.har_vaerdi,
        fejl.kode,
    )


def test_ukendt_felt_er_stadig_keyerror_med_laesbar_tekst() -> None:
    fejl = UkendtFeltFejl("felt: ukendt 'x'")
    assert isinstance(fejl, KeyError)
    assert str(fejl) == "felt: ukendt 'x'"


def test_argumentfejl_er_stadig_typeerror() -> None:
    assert isinstance(ArgumentFejl("f: x"), TypeError)


# Validatorerne giver argument og værdi eksplicit (også når beskeden ikke begynder med navnet).


def test_validator_decimal_type() -> None:
    with pytest.raises(UgyldigTypeFejl) as info:
        kraev_decimal([1], "km")
    assert info.value.argument == "km"
    assert info.value.vaerdi == [1]
    assert info.value.har_vaerdi
    assert info.value.kode == "ugyldig_type"


def test_validator_decimal_vaerdi() -> None:
    with pytest.raises(UgyldigVaerdiFejl) as info:
        kraev_decimal("-3", "km", min_vaerdi=0)
    assert (info.value.argument, info.value.vaerdi, info.value.kode) == (
        "km",
        "-3",
        "ugyldig_vaerdi",
    )


def test_validator_heltal_bool() -> None:
    with pytest.raises(UgyldigTypeFejl) as info:
        kraev_heltal(True, "antal")
    assert info.value.vaerdi is True
    assert info.value.argument == "antal"


def test_validator_enum_ukendt_navn() -> None:
    with pytest.raises(UkendtNavnFejl) as info:
        kraev_enum(Tyngdekategori, "KATEGORI_9", "kategori")
    assert (info.value.argument, info.value.vaerdi, info.value.kode) == (
        "kategori",
        "KATEGORI_9",
        "ukendt_navn",
    )


def test_validator_enum_maengde_peger_paa_elementet() -> None:
    with pytest.raises(UkendtNavnFejl) as info:
        kraev_enum_maengde(Tyngdekategori, ["KATEGORI_1", "nej"], "kategorier")
    assert info.value.argument == "kategorier[1]"
    assert info.value.vaerdi == "nej"


def test_validator_naivt_tidspunkt_bærer_originalen() -> None:
    from datetime import datetime

    naiv = datetime(2026, 1, 5, 8, 0)
    with pytest.raises(NaivtTidspunktFejl) as info:
        kraev_aware(naiv, "start")
    assert (info.value.argument, info.value.vaerdi, info.value.kode) == (
        "start",
        naiv,
        "naivt_tidspunkt",
    )


def test_offentligt_api_giver_attributter() -> None:
    from forloebsregler import tyngdekategori

    with pytest.raises(ForloebsreglerFejl) as info:
        tyngdekategori([1])
    assert info.value.argument is not None
    assert info.value.kode in KODER
