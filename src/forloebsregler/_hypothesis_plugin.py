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
"""

from __future__ import annotations

from typing import Any

__all__ = ["REGISTREREDE_TYPER", "registrer_strategier"]

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
    from forloebsregler._depression_forloeb import Rehabiliteringselement
    from forloebsregler.testing.depression import rehabiliteringselementer

    return rehabiliteringselementer().map(lambda kw: Rehabiliteringselement(**kw))


def registrer_strategier() -> None:
    """Registrér strategierne for bibliotekets inputtyper (kun første gang; billigt)."""
    global _registreret
    if _registreret:
        return
    from hypothesis import strategies as st

    from forloebsregler._depression_forloeb import Rehabiliteringselement
    from forloebsregler.takster import Takstregister, Taksttabel

    st.register_type_strategy(Taksttabel, _taksttabeller)
    st.register_type_strategy(Takstregister, _takstregistre)
    st.register_type_strategy(Rehabiliteringselement, _rehabiliteringselementer)
    _registreret = True
