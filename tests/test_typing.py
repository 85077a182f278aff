"""Typetest (issue 19, punkt 3): en klient skrevet mod det offentlige API checkes med
`mypy --strict`. `tests/typing/klient_ok.py` skal bestå; hver linje i
`tests/typing/klient_fejl.py` med `# fejl: <navn>` skal afvises.

Kræver mypy (i `dev`-ekstraen); uden mypy springes testene over. CI (`.ci/run`) kører dem
efter at have installeret `dev`, så de ikke springes over dér.
"""

from __future__ import annotations

import enum
import os
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest

import forloebsregler
from forloebsregler import typer

_MAPPE = Path(__file__).resolve().parent / "typing"
_OK = _MAPPE / "klient_ok.py"
_FEJL = _MAPPE / "klient_fejl.py"
_SRC = Path(forloebsregler.__file__).resolve().parent.parent
_MARKOER = re.compile(r"#\s*fejl:\s*(\w+)")
_UDDATA = [""]  # mypys uddata, til fejlbeskeder


def _markerede_linjer() -> dict[str, int]:
    linjer: dict[str, int] = {}
    for nr, linje in enumerate(_FEJL.read_text(encoding="utf-8").splitlines(), start=1):
        fund = _MARKOER.search(linje)
        if fund:
            linjer[fund.group(1)] = nr
    return linjer


@pytest.fixture(scope="module")
def mypy_fejl() -> dict[str, set[int]]:
    if os.environ.get("FORLOEBSREGLER_TYPING_KRAEVES"):
        import mypy  # noqa: F401 - i CI skal testen køre, ikke springes over
    else:
        pytest.importorskip("mypy")
    # Projektets egen mypy-cache (som `mypy --strict src` bruger): mypy tjekker stadig hver
    # ændret fil, men stdlib-stubbene og uændrede moduler genlæses ikke ved hver testkørsel.
    cache = Path(__file__).resolve().parents[1] / ".mypy_cache"
    svar = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--show-absolute-path",
            "--cache-dir",
            str(cache),
            str(_OK),
            str(_FEJL),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(_SRC)},
        timeout=600,
        check=False,
    )
    assert svar.returncode in (0, 1), svar.stdout + svar.stderr
    fejl: dict[str, set[int]] = {str(_OK): set(), str(_FEJL): set()}
    for linje in svar.stdout.splitlines():
        fund = re.match(r"^(.*?):(\d+): error:", linje)
        if fund:
            fejl.setdefault(str(Path(fund.group(1)).resolve()), set()).add(int(fund.group(2)))
    _UDDATA[0] = svar.stdout
    return fejl


def test_dokumenteret_brug_bestaar_mypy_strict(mypy_fejl: dict[str, set[int]]) -> None:
    assert mypy_fejl[str(_OK)] == set(), _UDDATA[0]


@pytest.mark.parametrize("navn", list(_markerede_linjer()))
def test_misbrug_afvises(navn: str, mypy_fejl: dict[str, set[int]]) -> None:
    linje = _markerede_linjer()[navn]
    assert linje in mypy_fejl[str(_FEJL)], f"mypy afviste ikke linje {linje} ({navn})"


def test_ingen_uventede_fejl_i_klient_fejl(mypy_fejl: dict[str, set[int]]) -> None:
    forventede = set(_markerede_linjer().values())
    assert mypy_fejl[str(_FEJL)] <= forventede, _UDDATA[0]


# Literal-aliaserne i forloebsregler.typer skal følge enum'erne.

_ENUMS = [
    navn
    for navn in forloebsregler.__all__
    if isinstance(getattr(forloebsregler, navn), type)
    and issubclass(getattr(forloebsregler, navn), enum.Enum)
]


@pytest.mark.parametrize("navn", _ENUMS)
def test_literal_alias_foelger_enum(navn: str) -> None:
    enum_cls = getattr(forloebsregler, navn)
    alias = getattr(typer, f"{navn}Navn")
    assert typing.get_args(alias) == tuple(m.name for m in enum_cls)
    arg = getattr(typer, f"{navn}Arg")
    assert enum_cls in typing.get_args(arg)


def test_literal_navne_accepteres_af_biblioteket() -> None:
    for navn in typing.get_args(typer.TyngdekategoriNavn):
        assert forloebsregler.Tyngdekategori[navn].name == navn
