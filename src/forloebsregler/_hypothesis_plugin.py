"""Registrering af bibliotekets inputtyper hos Hypothesis (`st.from_type`).

Kaldes af Hypothesis-krogen (`_forloebsregler_hypothesis`, se pyproject.toml) og af
`import forloebsregler.testing`. Registreringen er billig: den importerer kun
`hypothesis.strategies` og typerne (som allerede er importeret med pakken); strategierne
selv hentes af en funktion (type → strategi) fra `forloebsregler.testing`, første gang
`st.from_type` spørger. (En `st.deferred` ville ikke være doven her: `register_type_strategy`
tjekker straks, om strategien er tom, og det materialiserer den.)

Registrerede typer og deres strategier:

| type | strategi |
| --- | --- |
| `Taksttabel` | `forloebsregler.testing.taksttabeller()` |
| `Takstregister` | `forloebsregler.testing.takstregistre()` |
| `Rehabiliteringselement` | `forloebsregler.testing.rehabiliteringselementer()` som element |

Enum-typerne (fx `Tyngdekategori`) behøver ingen registrering: `st.from_type` trækker
allerede et medlem.

Desuden får `Taksttabel` og `Takstregister` en kort visning i Hypothesis' udskrift af et
fejlende eksempel (ellers fylder hver tabel over 500 tegn med sit fulde kildecitat):
`Taksttabel('2019-niveau', 2019-01-01–2019-12-31, 232.30/290.38/…)`. Visningen registreres
ved navn (`hypothesis.vendor.pretty.for_type_by_name`) og ændrer ikke klassernes `repr`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["REGISTREREDE_TYPER", "registrer_strategier", "registrer_visning"]

REGISTREREDE_TYPER: tuple[str, ...] = ("Taksttabel", "Takstregister", "Rehabiliteringselement")
"""Navnene (i pakkens rod) på de typer, `registrer_strategier` registrerer."""

_registreret = False


def _taksttabeller(_type: type) -> Any:
    from forloebsregler.testing.ledsagelse import taksttabeller

    return taksttabeller()


def _takstregistre(_type: type) -> Any:
    from forloebsregler.testing.ledsagelse import takstregistre

    return takstregistre()


def _rehabiliteringselementer(_type: type) -> Any:
    from forloebsregler.rehabilitering import Rehabiliteringselement
    from forloebsregler.testing.depression import rehabiliteringselementer

    return rehabiliteringselementer().map(lambda kw: Rehabiliteringselement(**kw))


def _vis_taksttabel(tabel: Any, p: Any, cycle: bool) -> None:
    takster = "/".join(str(t) for t in tabel.takster)
    p.text(
        f"Taksttabel({tabel.niveau!r}, {tabel.gyldig_fra.isoformat()}–"
        f"{tabel.gyldig_til.isoformat()}, {takster})"
    )


def _vis_takstregister(register: Any, p: Any, cycle: bool) -> None:
    tabeller = sorted(register.tabeller, key=lambda t: t.gyldig_fra)
    dele = [f"{t.niveau!r} {t.gyldig_fra.isoformat()}–{t.gyldig_til.isoformat()}" for t in tabeller]
    if len(dele) > 4:
        dele = [*dele[:2], f"… {len(dele) - 3} mere …", dele[-1]]
    p.text(f"Takstregister({len(tabeller)} tabeller: {'; '.join(dele)})")


def registrer_visning() -> None:
    """Korte visninger af tabeller og registre i Hypothesis' udskrift (se modulets beskrivelse)."""
    from hypothesis.vendor.pretty import for_type_by_name

    for_type_by_name("forloebsregler.takster", "Taksttabel", _vis_taksttabel)
    for_type_by_name("forloebsregler.takster", "Takstregister", _vis_takstregister)


def registrer_strategier() -> None:
    """Registrér strategierne for bibliotekets inputtyper (kun første gang; billigt)."""
    global _registreret
    if _registreret:
        return
    from hypothesis import strategies as st

    from forloebsregler.rehabilitering import Rehabiliteringselement
    from forloebsregler.takster import Takstregister, Taksttabel

    st.register_type_strategy(Taksttabel, _taksttabeller)
    st.register_type_strategy(Takstregister, _takstregistre)
    st.register_type_strategy(Rehabiliteringselement, _rehabiliteringselementer)
    registrer_visning()
    _registreret = True
