"""Pakken: version, offentligt API, kommandolinje og fejlmodel."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

import forloebsregler
from forloebsregler import ForloebsreglerFejl
from forloebsregler import fejl as fejlmodul
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
)
from forloebsregler.cli import main


def test_version_et_sted() -> None:
    assert forloebsregler.__version__.count(".") == 2
    assert "__version__" in forloebsregler.__all__


def test_alle_navne_i_all_findes() -> None:
    for navn in forloebsregler.__all__:
        assert hasattr(forloebsregler, navn), navn


def test_fejlhierarki() -> None:
    assert issubclass(ForloebsreglerFejl, ValueError)
    for navn in fejlmodul.__all__:
        assert issubclass(getattr(fejlmodul, navn), ForloebsreglerFejl)


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as udgang:
        main(["--version"])
    assert udgang.value.code == 0
    assert forloebsregler.__version__ in capsys.readouterr().out


def test_cli_demo(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    ud = capsys.readouterr().out
    assert "Store bededag" in ud and "2024-04-26: ikke helligdag" in ud


def test_cli_uden_kommando_er_fejl() -> None:
    assert main([]) == 2


def test_python_m() -> None:
    import os
    from pathlib import Path

    pakkerod = str(Path(forloebsregler.__file__).resolve().parents[1])
    miljoe = {**os.environ, "PYTHONPATH": pakkerod}
    ud = subprocess.run(
        [sys.executable, "-m", "forloebsregler", "--version"],
        capture_output=True,
        text=True,
        check=True,
        env=miljoe,
    )
    assert forloebsregler.__version__ in ud.stdout


@pytest.mark.parametrize(
    ("vaerdi", "forventet"),
    [
        (Decimal("1.5"), Decimal("1.5")),
        (2, Decimal(2)),
        ("0.25", Decimal("0.25")),
        (0.1, Decimal("0.1")),
    ],
)
def test_decimal_accepterer(vaerdi: object, forventet: Decimal) -> None:
    assert kraev_decimal(vaerdi, "x") == forventet


@pytest.mark.parametrize(
    "vaerdi",
    [True, None, "abc", float("nan"), float("inf"), Decimal("NaN"), "Infinity", [1], "1,5"],
)
def test_decimal_afviser(vaerdi: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="timer"):
        kraev_decimal(vaerdi, "timer")


def test_decimal_graenser() -> None:
    with pytest.raises(ForloebsreglerFejl, match="større end 0"):
        kraev_decimal(0, "x", positiv=True)
    with pytest.raises(ForloebsreglerFejl, match="større end eller lig 0"):
        kraev_decimal(-1, "x", min_vaerdi=0)
    with pytest.raises(ForloebsreglerFejl, match="mindre end eller lig 5"):
        kraev_decimal(6, "x", maks_vaerdi=5)


def test_heltal() -> None:
    assert kraev_heltal("12", "n") == 12
    assert kraev_heltal(Decimal("3"), "n") == 3
    for ugyldig in (True, 1.0, "1.5", None):
        with pytest.raises(ForloebsreglerFejl, match="n:"):
            kraev_heltal(ugyldig, "n")
    with pytest.raises(ForloebsreglerFejl):
        kraev_heltal(-1, "n", min_vaerdi=0)
    with pytest.raises(ForloebsreglerFejl):
        kraev_heltal(11, "n", maks_vaerdi=10)


def test_bool_og_tekst() -> None:
    assert kraev_bool(False, "b") is False
    assert kraev_valgfri_bool(None, "b") is None
    for ugyldig in (1, "ja", None):
        with pytest.raises(ForloebsreglerFejl):
            kraev_bool(ugyldig, "b")
    with pytest.raises(ForloebsreglerFejl):
        kraev_valgfri_bool(0, "b")
    assert kraev_tekst("a", "t") == "a"
    for ugyldig in ("", "  ", 3):
        with pytest.raises(ForloebsreglerFejl):
            kraev_tekst(ugyldig, "t")


def test_enum_og_maengde() -> None:
    from enum import Enum

    class Farve(Enum):
        ROED = "rød"
        BLAA = "blå"

    assert kraev_enum(Farve, "roed", "f") is Farve.ROED
    assert kraev_enum(Farve, "blå", "f") is Farve.BLAA
    with pytest.raises(ForloebsreglerFejl, match="ROED, BLAA"):
        kraev_enum(Farve, "grøn", "f")
    with pytest.raises(ForloebsreglerFejl):
        kraev_enum(Farve, 1, "f")
    assert kraev_enum_maengde(Farve, ["ROED", Farve.ROED], "f") == frozenset({Farve.ROED})
    for ugyldig in ("ROED", None, {"ROED": 1}, 5):
        with pytest.raises(ForloebsreglerFejl):
            kraev_enum_maengde(Farve, ugyldig, "f")


def test_tid_og_dato() -> None:
    from datetime import UTC, date, datetime, timedelta

    assert kraev_aware("2024-01-01T00:00+01:00", "t").utcoffset() == timedelta(hours=1)
    for ugyldig in ("igår", 5, datetime(2024, 1, 1)):
        with pytest.raises(ForloebsreglerFejl):
            kraev_aware(ugyldig, "t")
    assert kraev_dato("2024-02-29", "d") == date(2024, 2, 29)
    for ugyldig in ("2023-02-29", datetime(2024, 1, 1, tzinfo=UTC), 3):
        with pytest.raises(ForloebsreglerFejl):
            kraev_dato(ugyldig, "d")
    assert kraev_varighed(timedelta(hours=1), "v") == timedelta(hours=1)
    for ugyldig in (timedelta(0), 3):
        with pytest.raises(ForloebsreglerFejl):
            kraev_varighed(ugyldig, "v")


def test_ingen_navnekollision_i_roden() -> None:
    """Hvert moduls offentlige navne når uændret frem til pakkens rod (ingen skygger)."""
    import importlib

    from tests._moduler import offentlige_moduler

    # serialisering genudsendes ikke (til_dict, raekker … hører til under deres modulnavn)
    for modulnavn in set(offentlige_moduler()) - {"forloebsregler.serialisering"}:
        modul = importlib.import_module(modulnavn)
        for navn in modul.__all__:
            assert getattr(forloebsregler, navn) is getattr(modul, navn), (modulnavn, navn)
    assert len(forloebsregler.__all__) == len(set(forloebsregler.__all__))


def test_importen_udskyder_tunge_moduler() -> None:
    """`import forloebsregler` importerer ikke `holidays`, `json` eller `html` (de importeres
    ved første brug; issue 18, punkt 5 — se docs/maalinger.md). Tjekket mod en tom fortolker
    i samme miljø, så moduler, som Python selv indlæser, ikke tæller med."""
    udskudte = ("holidays", "json", "html")
    kode = "import sys{}\nprint(' '.join(m for m in {!r} if m in sys.modules))"
    uden, med = (
        subprocess.run(
            [sys.executable, "-c", kode.format(importen, udskudte)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        for importen in ("", ", forloebsregler")
    )
    assert set(med) - set(uden) == set()
