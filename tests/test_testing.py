"""Den offentlige testmodul-pakke: navne og undermoduler."""

from __future__ import annotations

import importlib

import pytest

import forloebsregler.testing as testing


def _miljoe() -> dict[str, str]:
    import os
    from pathlib import Path

    import forloebsregler

    return {**os.environ, "PYTHONPATH": str(Path(forloebsregler.__file__).resolve().parents[1])}


def test_ingen_navnekollision() -> None:
    assert len(testing.__all__) == len(set(testing.__all__))
    for modulnavn in (
        "_tid",
        "_faelles",
        "depression",
        "ledsagelse",
        "iv",
        "genoptraening",
        "batch",
    ):
        modul = importlib.import_module(f"forloebsregler.testing.{modulnavn}")
        for navn in modul.__all__:
            assert getattr(testing, navn) is getattr(modul, navn), (modulnavn, navn)


def test_importerbar_uden_pytest() -> None:
    import subprocess
    import sys

    kode = (
        "import sys; sys.modules['pytest'] = None; "
        "import forloebsregler.testing as t; print(len(t.__all__))"
    )
    ud = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True, env=_miljoe()
    )
    assert int(ud.stdout) == len(testing.__all__)


def test_klar_fejl_uden_hypothesis() -> None:
    import subprocess
    import sys

    kode = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import forloebsregler.testing\n"
        "except ImportError as e:\n    print(e)\n"
    )
    ud = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True, env=_miljoe()
    )
    assert "kræver pakken hypothesis" in ud.stdout and "pip install" in ud.stdout


def _strategier_med_gyldig() -> list[str]:
    import inspect

    navne = []
    for navn in testing.__all__:
        objekt = getattr(testing, navn)
        if (
            callable(objekt)
            and not isinstance(objekt, type)
            and "gyldig" in inspect.signature(objekt).parameters
        ):
            navne.append(navn)
    return navne


_FOERSTE_ARGUMENT = {"batchraekker": "iv", "enum_vaerdier": None, "medlemsmaengder": None}


# `gyldig` er et ja/nej-valg (bool). I dag læses det efter sandhedsværdi, så gyldig="nej"
# giver GYLDIGE input (og gyldig=None ugyldige), eller det slås op i en dict (22 strategier,
# fx fakturakontrolinput), så None/"nej" giver en bar KeyError. Som de andre argumenter skal
# en værdi, der ikke er bool, give en ForloebsreglerFejl, der nævner argumentet (husregel 8).
@pytest.mark.parametrize("gyldig", [None, "nej"])
@pytest.mark.parametrize("navn", _strategier_med_gyldig())
def test_gyldig_skal_vaere_bool(navn: str, gyldig: object) -> None:
    from hypothesis import find

    from forloebsregler import ForloebsreglerFejl, Kernesymptom
    from tests._naabarhed import naabarhed

    strategi = getattr(testing, navn)
    args: tuple[object, ...] = ()
    if navn in _FOERSTE_ARGUMENT:
        args = (_FOERSTE_ARGUMENT[navn] or Kernesymptom,)
    with pytest.raises(ForloebsreglerFejl, match=r"^gyldig: "):
        find(strategi(*args, gyldig=gyldig), lambda _: True, settings=naabarhed(5))
