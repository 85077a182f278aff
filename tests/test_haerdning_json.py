"""`til_json()` for resultater fra hvert område (issue 14, punkt 7).

JSON-teksten læses med `json.loads` uden særlig encoder, og hver værdi følger reglen i
`docs/json.md`: Decimal som eksakt streng, varighed som `{"sekunder": "..."}`, tidspunkt
som ISO 8601 med offset, enum som navn. Sammenligningen sker mod resultatets egne
attributter, ikke mod `til_json()` selv.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs
import pytest

from forloebsregler import (
    KOEBENHAVN,
    IVBehandling,
    Kilde,
    beregn_ledsagelse,
    beregn_rehabiliteringsudgift,
    frit_leverandoervalg,
    kontroller_planoverdragelse,
    kvartalsopgoerelse,
    omfattet_af_aftalen,
    opstartsfrist,
    overdragelsesbetingelser,
    regional_finansiering,
    serialisering,
    stratificer,
    tyngdekategori,
    vurder_svaerhedsgrad,
)
from forloebsregler._resultat import Resultat

KERNE = ["NEDTRYKTHED", "NEDSAT_LYST_ELLER_INTERESSE"]
LEDSAGE = ["SOEVNFORSTYRRELSER", "AGITATION_ELLER_HAEMNING"]

RESULTATER: dict[str, Callable[[], Resultat]] = {
    "ledsagelse: pris": lambda: beregn_ledsagelse(
        datetime(2019, 12, 24, 16, 0, tzinfo=KOEBENHAVN),
        datetime(2019, 12, 25, 8, 30, tzinfo=KOEBENHAVN),
    ),
    "ledsagelse: omfattet": lambda: omfattet_af_aftalen(
        folkeregisteradresse_i_syddanmark=True,
        sygehus_i_syddanmark=True,
        i_maalgruppen=None,
        kommunen_i_kontakt=True,
        paaroerende_kan_foelge=False,
    ),
    "iv: tyngdekategori": lambda: tyngdekategori(timedelta(hours=20)),
    "iv: finansiering": lambda: regional_finansiering("KEMOKUR"),
    "iv: kvartal": lambda: kvartalsopgoerelse(
        aar=2020, kvartal=2, antal_pr_kategori={"KATEGORI_1": 10}, samlet_behandlingstid_timer="7.5"
    ),
    "iv: overdragelse": lambda: overdragelsesbetingelser(
        IVBehandling.ANTIBIOTIKA, iv_adgang_alder=timedelta(hours=30)
    ),
    "depression: sværhedsgrad": lambda: vurder_svaerhedsgrad(KERNE, LEDSAGE),
    "depression: stratificering": lambda: stratificer(KERNE, LEDSAGE, hoej_kompleksitet=False),
    "depression: rehabilitering": lambda: beregn_rehabiliteringsudgift("350"),
    "genoptræning: frist": lambda: opstartsfrist(date(2024, 3, 1)),
    "genoptræning: frit valg": lambda: frit_leverandoervalg(date(2024, 3, 1), date(2024, 3, 11)),
    "genoptræning: plan": lambda: kontroller_planoverdragelse(
        datetime(2024, 3, 1, 12, tzinfo=KOEBENHAVN), datetime(2024, 3, 1, 11, tzinfo=KOEBENHAVN)
    ),
}


def _ingen_float(tekst: str) -> float:
    raise AssertionError(f"JSON indeholder et kommatal: {tekst}")


def _passer(raa: object, j: Any, sti: str) -> None:
    """`j` er JSON-udgaven af den rå værdi `raa` efter docs/json.md."""
    if raa is None or isinstance(raa, bool | str):
        assert j == raa, sti
    elif isinstance(raa, int):
        assert j == raa and type(j) is int, sti
    elif isinstance(raa, Decimal):
        assert isinstance(j, str) and "E" not in j.upper() and Decimal(j) == raa, (sti, j)
        assert j == format(raa, "f"), (sti, j)
    elif isinstance(raa, timedelta):
        assert set(j) == {"sekunder"}, sti
        assert Decimal(j["sekunder"]) * 1_000_000 == raa // timedelta(microseconds=1), sti
    elif isinstance(raa, datetime):
        t = datetime.fromisoformat(j)
        assert t.utcoffset() is not None and t == raa, (sti, j)
    elif isinstance(raa, date):
        assert j == raa.isoformat(), sti
    elif isinstance(raa, Enum):
        assert j == raa.name, sti
    elif isinstance(raa, Kilde):
        assert j == str(raa) and raa.citat in j, sti
    elif attrs.has(type(raa)):
        navne = list(serialisering.feltnavne(type(raa)))
        assert list(j) == navne, sti
        for navn in navne:
            _passer(getattr(raa, navn), j[navn], f"{sti}.{navn}")
    elif isinstance(raa, Mapping):
        assert len(j) == len(raa), sti
        for k, v in raa.items():
            noegle = k.name if isinstance(k, Enum) else str(k)
            _passer(v, j[noegle], f"{sti}[{noegle}]")
    elif isinstance(raa, frozenset):
        assert isinstance(j, list) and len(j) == len(raa), sti
    elif isinstance(raa, tuple | list):
        assert isinstance(j, list) and len(j) == len(raa), sti
        for i, (r, v) in enumerate(zip(raa, j, strict=True)):
            _passer(r, v, f"{sti}[{i}]")
    else:  # pragma: no cover - en ny type skal have en regel
        raise AssertionError(f"{sti}: ingen JSON-regel for {type(raa).__name__}")


@pytest.mark.parametrize("navn", sorted(RESULTATER))
def test_til_json_rundtur(navn: str) -> None:
    r = RESULTATER[navn]()
    tekst = r.til_json()
    assert isinstance(tekst, str)
    data = json.loads(tekst, parse_float=_ingen_float)
    assert isinstance(data, dict) and data["begrundelse"] == r.begrundelse  # type: ignore[attr-defined]
    _passer(r, data, navn)
    assert json.loads(r.til_json(indrykning=2)) == data


def test_eksempel_fra_issuet() -> None:
    data = json.loads(RESULTATER["ledsagelse: pris"]().til_json())
    assert data["total"] == "6167.87"
    assert data["varighed"] == {"sekunder": "59400"}
    assert data["start"] == "2019-12-24T16:00:00+01:00"
    assert data["linjer"][1] == {
        "kategori": "HVERDAG_AFTEN_NAT",
        "niveau": "2019-niveau",
        "varighed": {"sekunder": "46800"},
        "timer": "13.0000",
        "takst": "346.51",
        "beloeb": "4504.63",
    }


def test_decimal_uden_eksponent_og_varighed_med_mikrosekunder() -> None:
    from forloebsregler.serialisering import json_vaerdi

    assert json_vaerdi(Decimal("1E+3")) == "1000"
    assert json_vaerdi(Decimal("0.10")) == "0.10"
    assert json_vaerdi(timedelta(seconds=1, microseconds=5)) == {"sekunder": "1.000005"}
    assert json_vaerdi(timedelta(hours=-1)) == {"sekunder": "-3600"}
    assert json_vaerdi(timedelta(0)) == {"sekunder": "0"}
    assert json_vaerdi(frozenset({"b", "a"})) == ["a", "b"]
