"""Husets regler (docs/arkitektur.md), læst af koden selv med `ast`.

- Bundlaget importerer kun bundlaget; et områdes grundlag kun bundlaget; regelmodulerne
  bundlaget, grundlagene og hinandens offentlige navne, aldrig kanterne (kommandolinjen,
  batch, DataFrames, testing, demo).
- Intet modul importerer et regelmoduls private navne fra et andet modul.
- Et regelmodul er højst omkring 600 linjer; en funktion højst omkring 60.
- Resultater er almindelige frosne værdier, ikke mappings.
- Modulkortet i docs/arkitektur.md er det, `python scripts/modulkort.py` skriver.

Lagene står ét sted: scripts/modulkort.py.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

_STI = Path(__file__).resolve().parents[1] / "scripts" / "modulkort.py"
_spec = importlib.util.spec_from_file_location("modulkort", _STI)
assert _spec is not None and _spec.loader is not None
mk = importlib.util.module_from_spec(_spec)
sys.modules["modulkort"] = mk
_spec.loader.exec_module(mk)

MAKS_LINJER_REGELMODUL = 650  # »omkring 600«
MAKS_LINJER_FUNKTION = 65  # »omkring 60«

_ALLE = [(n, s) for n, s in mk.moduler()]


def _samme_regel(a: str, b: str) -> bool:
    return a == b or b in mk.LEDSAGERE.get(a, ()) or a in mk.LEDSAGERE.get(b, ())


@pytest.mark.parametrize(("navn", "sti"), [(n, s) for n, s in _ALLE if mk.er_bund(n)])
def test_bundlaget_importerer_kun_bundlaget(navn: str, sti: Path) -> None:
    forkerte = [(m, linje) for m, _, linje in mk.importer(sti) if not mk.er_bund(m)]
    assert not forkerte, f"{navn} importerer {forkerte}"


@pytest.mark.parametrize(("navn", "sti"), [(n, s) for n, s in _ALLE if mk.er_grundlag(n)])
def test_omraadernes_grundlag_importerer_kun_bundlaget(navn: str, sti: Path) -> None:
    forkerte = [
        (m, linje) for m, _, linje in mk.importer(sti) if not mk.er_bund(m) and m != mk.TYPER
    ]
    assert not forkerte, f"{navn} importerer {forkerte}"


@pytest.mark.parametrize(("navn", "sti"), [(n, s) for n, s in _ALLE if mk.er_regel(n)])
def test_regelmoduler_importerer_aldrig_kanterne(navn: str, sti: Path) -> None:
    forkerte = [(m, linje) for m, _, linje in mk.importer(sti) if mk.er_kant(m)]
    assert not forkerte, f"{navn} importerer {forkerte}"


@pytest.mark.parametrize(("navn", "sti"), _ALLE)
def test_ingen_importerer_et_regelmoduls_private_navne(navn: str, sti: Path) -> None:
    forkerte = [
        (m, n, linje)
        for m, navne, linje in mk.importer(sti)
        if not _samme_regel(m, navn) and mk.er_regel(m)
        for n in (*navne, m.rsplit(".", 1)[-1])
        if n.startswith("_") and not n.startswith("__")
    ]
    assert not forkerte, f"{navn} importerer private navne fra regelmoduler: {forkerte}"


@pytest.mark.parametrize(("navn", "sti"), [(n, s) for n, s in _ALLE if mk.er_regel(n)])
def test_regelmoduler_er_korte(navn: str, sti: Path) -> None:
    linjer = len(sti.read_text(encoding="utf-8").splitlines())
    assert linjer <= MAKS_LINJER_REGELMODUL, f"{navn}: {linjer} linjer"


@pytest.mark.parametrize(
    ("navn", "sti"), [(n, s) for n, s in _ALLE if n not in mk.LANGE_FUNKTIONER_TILLADT]
)
def test_funktioner_er_korte(navn: str, sti: Path) -> None:
    lange = [
        (node.name, node.lineno, (node.end_lineno or node.lineno) - node.lineno + 1)
        for node in ast.walk(ast.parse(sti.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and (node.end_lineno or node.lineno) - node.lineno + 1 > MAKS_LINJER_FUNKTION
    ]
    assert not lange, f"{navn}: funktioner over {MAKS_LINJER_FUNKTION} linjer: {lange}"


def test_modulkortet_i_dokumentationen_er_opdateret() -> None:
    tekst = mk.DOKUMENT.read_text(encoding="utf-8")
    forklaring = "docs/arkitektur.md er forældet: kør python scripts/modulkort.py"
    assert mk.dokumentets_kort(tekst) == mk.kort(), forklaring
    assert mk.dokumentets_omraader(tekst) == mk.omraadetabeller(), forklaring


@pytest.mark.parametrize(
    ("navn", "sti"), [(n, s) for n, s in _ALLE if mk.er_regel(n) and n not in mk.LEDSAGERE]
)
def test_regelmodulets_docstring_siger_hvad_det_holder(navn: str, sti: Path) -> None:
    """En læser skal kunne finde koden for et afsnit ud fra modulernes docstrings alene."""
    tekst = ast.get_docstring(ast.parse(sti.read_text(encoding="utf-8"))) or ""
    assert mk.docstring_linje(sti), f"{navn} har ingen docstring"
    assert any(ord_ in tekst for ord_ in ("Kilde", "Kap.", "afsnit", "§", "Rammeaftale")), (
        f"{navn}: docstringen nævner ikke kildens afsnit"
    )


def test_resultater_er_ikke_mappings() -> None:
    from collections.abc import Mapping

    from forloebsregler import tyngdekategori
    from forloebsregler._resultat import Resultat

    assert not issubclass(Resultat, Mapping)
    r = tyngdekategori(5)
    assert not isinstance(r, Mapping)
    with pytest.raises(TypeError):
        r["kategori"]  # type: ignore[index]
    assert r.til_dict()["kategori"] == "KATEGORI_2"
