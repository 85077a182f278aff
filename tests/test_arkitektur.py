"""Husets regler (docs/arkitektur.md), læst af koden selv med `ast`.

- Bundlaget importerer kun bundlaget; regelmodulerne importerer bundlaget og hinandens
  offentlige navne, aldrig kanterne (kommandolinjen, batch, DataFrames, testing, demo).
- Intet modul importerer et regelmoduls private navne fra et andet modul.
- Et regelmodul er højst omkring 600 linjer; en funktion højst omkring 60.
- Resultater er almindelige frosne værdier, ikke mappings.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PAKKE = Path(__file__).resolve().parents[1] / "src" / "forloebsregler"

BUNDLAG = frozenset(
    {
        "__init__",
        "__main__",
        "fejl",
        "kilder",
        "kalender",
        "svar",
        "serialisering",
        "_tekst",
        "_valider",
        "_resultat",
        "_kontekst",
        "_parametre",
        "_batchkoersel",
    }
)
"""Det fælles bundlag (og pakkens rod, som kun genudsender)."""

KANTER = frozenset(
    {"cli", "_cli_csv", "_cli_ud", "batch", "dataframe", "testing", "demo", "_hypothesis_plugin"}
)
"""Kanterne: de bruger reglerne, reglerne bruger aldrig dem."""

TYPER = "typer"
"""De offentlige typealiaser: de nævner reglernes enum-navne, og regelmodulerne importerer
dem kun til typetjek. Hverken bund, regel eller kant."""

LEDSAGERE = {"_stratificering_hurtig": "stratificering"}
"""Private moduler, der er en del af et regelmodul (den hurtige vej ved siden af den læsbare
regel): de to må dele private navne."""

MAKS_LINJER_REGELMODUL = 650  # »omkring 600«
MAKS_LINJER_FUNKTION = 65  # »omkring 60«


def _moduler() -> Iterator[tuple[str, Path]]:
    for sti in sorted(PAKKE.rglob("*.py")):
        dele = sti.relative_to(PAKKE).with_suffix("").parts
        yield ".".join(dele), sti


def _top(navn: str) -> str:
    return navn.split(".")[0]


def _er_kant(navn: str) -> bool:
    return _top(navn) in KANTER or _top(navn).startswith("_demo")


def _er_bund(navn: str) -> bool:
    return navn in BUNDLAG


def _er_grundlag(navn: str) -> bool:
    """Et områdes grundlag (`_<område>_grundlag`): områdets fælles navne (kildeafsnit,
    enum'er, fortolkningslogens id'er), ingen regler; områdets moduler deler det."""
    return navn.startswith("_") and navn.endswith("_grundlag") and "." not in navn


def _er_regel(navn: str) -> bool:
    return not (_er_bund(navn) or _er_kant(navn) or _er_grundlag(navn) or navn == TYPER)


def _samme_regel(a: str, b: str) -> bool:
    return a == b or LEDSAGERE.get(a) == b or LEDSAGERE.get(b) == a


def _importer(sti: Path) -> Iterator[tuple[str, tuple[str, ...], int]]:
    """(modul i pakken, importerede navne, linje) for hver import fra pakken."""
    for node in ast.walk(ast.parse(sti.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "forloebsregler":
                for alias in node.names:
                    navn = alias.name
                    if (PAKKE / f"{navn}.py").exists() or (PAKKE / navn).is_dir():
                        yield navn, (), node.lineno
                    else:
                        yield "__init__", (navn,), node.lineno
            elif node.module.startswith("forloebsregler."):
                modul = node.module.removeprefix("forloebsregler.")
                yield modul, tuple(a.name for a in node.names), node.lineno
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("forloebsregler."):
                    yield alias.name.removeprefix("forloebsregler."), (), node.lineno


_ALLE = list(_moduler())


@pytest.mark.parametrize(("navn", "sti"), [(n, s) for n, s in _ALLE if _er_bund(n)])
def test_bundlaget_importerer_kun_bundlaget(navn: str, sti: Path) -> None:
    if navn in {"__init__", "__main__"}:
        return  # roden genudsender alt; __main__ starter kommandolinjen
    forkerte = [(m, linje) for m, _, linje in _importer(sti) if not _er_bund(m) and m != TYPER]
    assert not forkerte, f"{navn} importerer {forkerte}"


@pytest.mark.parametrize(("navn", "sti"), [(n, s) for n, s in _ALLE if _er_grundlag(n)])
def test_omraadernes_grundlag_importerer_kun_bundlaget(navn: str, sti: Path) -> None:
    forkerte = [(m, linje) for m, _, linje in _importer(sti) if not _er_bund(m) and m != TYPER]
    assert not forkerte, f"{navn} importerer {forkerte}"


@pytest.mark.parametrize(("navn", "sti"), [(n, s) for n, s in _ALLE if _er_regel(n)])
def test_regelmoduler_importerer_aldrig_kanterne(navn: str, sti: Path) -> None:
    forkerte = [(m, linje) for m, _, linje in _importer(sti) if _er_kant(m)]
    assert not forkerte, f"{navn} importerer {forkerte}"


@pytest.mark.parametrize(("navn", "sti"), _ALLE)
def test_ingen_importerer_et_regelmoduls_private_navne(navn: str, sti: Path) -> None:
    forkerte = [
        (m, n, linje)
        for m, navne, linje in _importer(sti)
        if not _samme_regel(m, navn) and _er_regel(m)
        for n in (*navne, m.rsplit(".", 1)[-1])
        if n.startswith("_") and not n.startswith("__")
    ]
    assert not forkerte, f"{navn} importerer private navne fra regelmoduler: {forkerte}"


@pytest.mark.parametrize(("navn", "sti"), [(n, s) for n, s in _ALLE if _er_regel(n)])
def test_regelmoduler_er_korte(navn: str, sti: Path) -> None:
    linjer = len(sti.read_text(encoding="utf-8").splitlines())
    assert linjer <= MAKS_LINJER_REGELMODUL, f"{navn}: {linjer} linjer"


@pytest.mark.parametrize(("navn", "sti"), _ALLE)
def test_funktioner_er_korte(navn: str, sti: Path) -> None:
    lange = [
        (node.name, node.lineno, (node.end_lineno or node.lineno) - node.lineno + 1)
        for node in ast.walk(ast.parse(sti.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and (node.end_lineno or node.lineno) - node.lineno + 1 > MAKS_LINJER_FUNKTION
    ]
    assert not lange, f"{navn}: funktioner over {MAKS_LINJER_FUNKTION} linjer: {lange}"


def test_resultater_er_ikke_mappings() -> None:
    from collections.abc import Mapping

    from forloebsregler import beregn_ledsagelse, tyngdekategori
    from forloebsregler._resultat import Resultat

    assert not issubclass(Resultat, Mapping)
    r = tyngdekategori(5)
    assert not isinstance(r, Mapping)
    with pytest.raises(TypeError):
        r["kategori"]  # type: ignore[index]
    assert r.til_dict()["kategori"] == "KATEGORI_2"
    assert callable(beregn_ledsagelse)
