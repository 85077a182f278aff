"""Ordlyden fastholdt i gyldne filer (`tests/golden/<område>.txt`).

Opdatér efter en ønsket ændring af en tekst med ÉN kommando, og gennemgå diffen:

    python scripts/opdater_golden.py
    git diff tests/golden/

De gyldne filer er et lille, repræsentativt udvalg af kald pr. område (`str(resultat)`, hele
resultatet som JSON og fejlbeskederne); udvalget står i `scripts/opdater_golden.py`. De
forventede *svar* prøves andetsteds — i sagstabellerne `tests/sager/*.toml`, regnet i hånden
ud fra kilderne — så en gylden fil fanger en ændret ordlyd, ikke en forkert regel.
"""

from __future__ import annotations

import difflib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "opdater_golden.py"


def _indlaes_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_opdater_golden", _SCRIPT)
    assert spec is not None and spec.loader is not None
    modul = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = modul
    spec.loader.exec_module(modul)
    return modul


golden = _indlaes_script()


@pytest.mark.parametrize("omraade", list(golden.OMRAADER))
def test_ordlyden_er_som_den_gyldne_fil(omraade: str) -> None:
    fil = golden.sti(omraade)
    assert fil.exists(), f"{fil} mangler: kør python scripts/opdater_golden.py"
    gemt = fil.read_text(encoding="utf-8")
    nu = golden.forventet(omraade)
    if nu != gemt:
        diff = "".join(
            list(
                difflib.unified_diff(
                    gemt.splitlines(keepends=True),
                    nu.splitlines(keepends=True),
                    str(fil),
                    "biblioteket nu",
                )
            )[:80]
        )
        pytest.fail(
            f"ordlyden for {omraade} afviger fra {fil.name}; kør python "
            f"scripts/opdater_golden.py og gennemgå diffen (git diff tests/golden/):\n{diff}",
            pytrace=False,
        )


def test_hvert_kald_har_et_unikt_navn() -> None:
    for omraade, kald in golden.OMRAADER.items():
        navne = [navn for navn, _ in kald()]
        assert len(navne) == len(set(navne)), omraade


def test_tjek_melder_ingen_forskel() -> None:
    """`--tjek` skriver intet og afslutter med 0, når filerne er ajour."""
    assert golden.main(["--tjek"]) == 0
