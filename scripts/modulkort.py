"""Modulkortet i docs/arkitektur.md: pakkens moduler pr. lag, med linjer og importer.

    python scripts/modulkort.py            # skriv kortet ind i docs/arkitektur.md
    python scripts/modulkort.py --vis      # vis det uden at skrive

Kortet læses af koden selv (`ast`, ingen import af pakken), så det ikke kan glide fra den;
tests/test_arkitektur.py fejler, hvis dokumentationens kort ikke er det, kommandoen skriver.
Lagene og husets regler står i tests/test_arkitektur.py og docs/arkitektur.md.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROD = Path(__file__).resolve().parents[1]
PAKKE = ROD / "src" / "forloebsregler"
DOKUMENT = ROD / "docs" / "arkitektur.md"
START = "<!-- modulkort: start (skrevet af python scripts/modulkort.py) -->"
SLUT = "<!-- modulkort: slut -->"

ROD_MODULER = frozenset({"__init__", "__main__"})
"""Pakkens rod (genudsender det offentlige API) og `python -m forloebsregler`."""

BUNDLAG = frozenset(
    {
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
"""Det fælles bundlag: det, alle områder har brug for én gang."""

KANTER = frozenset(
    {"cli", "_cli_csv", "_cli_ud", "batch", "dataframe", "testing", "demo", "_hypothesis_plugin"}
)
"""Kanterne: de bruger reglerne, reglerne bruger aldrig dem."""

TYPER = "typer"
"""De offentlige typealiaser: de nævner reglernes enum-navne, og regelmodulerne importerer
dem kun til typetjek."""

LEDSAGERE = {
    "_stratificering_hurtig": frozenset({"stratificering", "svaerhedsgrad", "kompleksitet"}),
    "_afregning_dele": frozenset({"afregning"}),
    "_ledsagelsespris_hurtig": frozenset({"ledsagelsespris"}),
    "_genoptraeningsfrist_tekst": frozenset({"genoptraeningsfrist"}),
}
"""Private moduler, der er en del af bestemte regelmoduler og må dele private navne med dem:
den hurtige vej ved siden af de læsbare regler for Kap. 5, og afregningens ordforråd (typer og
kontrolleret input), som `afregning` genudsender; og ledsagelsesprisens regnemaskine (fordelingen
på takstkategorier og den strømmende batch), som `ledsagelsespris` bygger på; og det frie valgs
begrundelser, som `genoptraeningsfrist` skriver, når de læses."""


LANGE_FUNKTIONER_TILLADT = {
    "_stratificering_hurtig": (
        "den hurtige vej (issue 18) er bevidst skrevet ud i ét stykke: hvert ekstra kald koster "
        "omkring 5 % pr. vurdering; de læsbare regler står korte i svaerhedsgrad, kompleksitet "
        "og stratificering, og egenskabstests sikrer, at begge veje giver samme svar"
    ),
}
"""Moduler, hvor en funktion må være over omkring 60 linjer, med grunden."""


OMRAADER = {
    "Depression": (
        "svaerhedsgrad",
        "kompleksitet",
        "stratificeringsmodel",
        "stratificering",
        "_stratificering_hurtig",
        "diagnose",
        "maalgruppe",
        "behandling",
        "psykiatri",
        "apotek",
        "sygefravaer",
        "livsstil",
        "screening",
        "koordinator",
        "samtykke",
        "rehabilitering",
        "udskrivning",
    ),
    "Ledsagelse": (
        "takstperioder",
        "takster",
        "takstfiler",
        "ledsagelsespris",
        "kilometergodtgoerelse",
        "afregning",
        "_afregning_dele",
        "_ledsagelsespris_hurtig",
        "fakturering",
        "ledsagelse",
        "kontraktomfang",
        "ledsagerforhold",
    ),
    "IV-behandling": (
        "ivkategori",
        "iv_undtagelser",
        "iv_finansiering",
        "iv_opfoelgning",
        "iv_opsigelse",
        "iv_syddanmark",
        "iv_syddanmark_ansvar",
        "iv_syddanmark_ressourcer",
        "iv_syddanmark_monitorering",
    ),
    "Genoptræning": (
        "genoptraening",
        "genoptraeningsfrist",
        "_genoptraeningsfrist_tekst",
        "genoptraeningsplan",
        "genoptraeningsindsatser",
    ),
}
"""Regelmodulerne pr. område, i læserækkefølge (kortet fejler, hvis et regelmodul mangler)."""


def top(navn: str) -> str:
    return navn.split(".")[0]


def er_kant(navn: str) -> bool:
    return top(navn) in KANTER


def er_bund(navn: str) -> bool:
    return navn in BUNDLAG


def er_grundlag(navn: str) -> bool:
    """Et områdes grundlag (`_<område>_grundlag`): områdets fælles navne (kildeafsnit,
    enum'er, fortolkningslogens id'er), ingen regler; områdets moduler deler det."""
    return navn.startswith("_") and navn.endswith("_grundlag") and "." not in navn


def er_regel(navn: str) -> bool:
    return not (
        er_bund(navn) or er_kant(navn) or er_grundlag(navn) or navn == TYPER or navn in ROD_MODULER
    )


def lag(navn: str) -> str:
    if navn in ROD_MODULER:
        return "rod"
    if er_bund(navn):
        return "bund"
    if er_grundlag(navn):
        return "grundlag"
    if er_kant(navn):
        return "kant"
    if navn == TYPER:
        return "typer"
    return "regel"


def moduler() -> list[tuple[str, Path]]:
    """(modulnavn uden `forloebsregler.`, sti) for hvert modul i pakken."""
    ud = []
    for sti in sorted(PAKKE.rglob("*.py")):
        dele = sti.relative_to(PAKKE).with_suffix("").parts
        if dele[-1] == "__init__" and len(dele) > 1:
            dele = dele[:-1]
        ud.append((".".join(dele), sti))
    return ud


def importer(sti: Path) -> list[tuple[str, tuple[str, ...], int]]:
    """(modul i pakken, importerede navne, linje) for hver import fra pakken."""
    ud: list[tuple[str, tuple[str, ...], int]] = []
    for node in ast.walk(ast.parse(sti.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "forloebsregler":
                for alias in node.names:
                    navn = alias.name
                    if (PAKKE / f"{navn}.py").exists() or (PAKKE / navn).is_dir():
                        ud.append((navn, (), node.lineno))
                    else:
                        ud.append(("__init__", (navn,), node.lineno))
            elif node.module.startswith("forloebsregler."):
                modul = node.module.removeprefix("forloebsregler.")
                ud.append((modul, tuple(a.name for a in node.names), node.lineno))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("forloebsregler."):
                    ud.append((alias.name.removeprefix("forloebsregler."), (), node.lineno))
    return ud


_LAG_ORDEN = {"rod": -1, "kant": 0, "typer": 1, "regel": 2, "grundlag": 3, "bund": 4}
_LAG_NAVN = {
    "rod": "Pakkens rod",
    "kant": "Kanterne",
    "typer": "Typerne",
    "regel": "Regelmodulerne",
    "grundlag": "Områdernes grundlag",
    "bund": "Bundlaget",
}


def docstring_linje(sti: Path) -> str:
    """Modulets docstrings første linje (det, modulet holder)."""
    tekst = ast.get_docstring(ast.parse(sti.read_text(encoding="utf-8"))) or ""
    return tekst.strip().splitlines()[0].rstrip(".") if tekst.strip() else ""


def omraader() -> dict[str, list[tuple[str, Path]]]:
    """Regelmodulerne pr. område; et regelmodul uden område er en fejl."""
    stier = dict(moduler())
    regler = {n for n in stier if er_regel(n) and "." not in n}
    placerede = {n for navne in OMRAADER.values() for n in navne}
    if regler - placerede:
        raise SystemExit(f"regelmoduler uden område i scripts/modulkort.py: {regler - placerede}")
    return {o: [(n, stier[n]) for n in navne if n in stier] for o, navne in OMRAADER.items()}


def omraadetabeller() -> str:
    """En tabel pr. område: modul og det, modulet holder (docstringens første linje)."""
    afsnit = []
    for omraade, moduler_ in omraader().items():
        raekker = [f"| `{navn}` | {docstring_linje(sti)} |" for navn, sti in moduler_]
        afsnit.append(f"**{omraade}**\n\n| modul | holder |\n| --- | --- |\n" + "\n".join(raekker))
    return "\n\n".join(afsnit) + "\n"


def kort() -> str:
    """Modulkortet som Markdown: en tabel pr. lag (modul og hvad det importerer fra pakken).

    Linjetal står ikke i kortet (de ændrer sig ved hver rettelse); husets test holder
    regelmodulerne under omkring 600 linjer."""
    alle = moduler()
    navne = {n for n, _ in alle}
    afsnit: list[str] = []
    for lagnavn in sorted(_LAG_NAVN, key=_LAG_ORDEN.__getitem__):
        raekker = []
        for navn, sti in alle:
            if lag(navn) != lagnavn or ("." in navn and top(navn) in navne and navn != top(navn)):
                continue
            brugte = sorted(
                {
                    top(m)
                    for m, _, _ in importer(sti)
                    if top(m) != top(navn) and top(m) != "__init__"
                }
                | (
                    {
                        top(m)
                        for under, s in alle
                        if top(under) == navn and under != navn
                        for m, _, _ in importer(s)
                        if top(m) != navn and top(m) != "__init__"
                    }
                    if (PAKKE / navn).is_dir()
                    else set()
                )
            )
            visning = f"`{navn}/`" if (PAKKE / navn).is_dir() else f"`{navn}`"
            raekker.append(f"| {visning} | {', '.join(brugte) or '–'} |")
        afsnit.append(
            f"**{_LAG_NAVN[lagnavn]}**\n\n| modul | importerer |\n| --- | --- |\n"
            + "\n".join(raekker)
        )
    return "\n\n".join(afsnit) + "\n"


OMRAADER_START = "<!-- områdetabeller: start (skrevet af python scripts/modulkort.py) -->"
OMRAADER_SLUT = "<!-- områdetabeller: slut -->"


def _afsnit(tekst: str, start: str, slut: str) -> str:
    a = tekst.index(start) + len(start)
    b = tekst.index(slut)
    return tekst[a:b].strip("\n") + "\n"


def dokumentets_kort(tekst: str) -> str:
    return _afsnit(tekst, START, SLUT)


def dokumentets_omraader(tekst: str) -> str:
    return _afsnit(tekst, OMRAADER_START, OMRAADER_SLUT)


def _erstat(tekst: str, start: str, slut: str, nyt: str) -> str:
    a = tekst.index(start) + len(start)
    b = tekst.index(slut)
    return tekst[:a] + "\n\n" + nyt + "\n" + tekst[b:]


def main(argv: list[str]) -> int:
    if "--vis" in argv:
        sys.stdout.write(omraadetabeller() + "\n" + kort())
        return 0
    tekst = DOKUMENT.read_text(encoding="utf-8")
    tekst = _erstat(tekst, OMRAADER_START, OMRAADER_SLUT, omraadetabeller())
    tekst = _erstat(tekst, START, SLUT, kort())
    DOKUMENT.write_text(tekst, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
