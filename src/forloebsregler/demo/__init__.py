"""Demoen bag `forloebsregler demo`: kildernes egne tal gennemregnet, ét afsnit pr. område.

Demoen står for sig, uden for regelmodulerne: den regner intet selv, men kalder bibliotekets
offentlige funktioner med eksempler fra kilderne og viser svarene, som de er. Hvert
undermodul giver ét afsnit som printbare danske linjer (`demo()`):

- `kalender`: de officielle helligdage i Europe/Copenhagen;
- `depression`: forløbsprogrammet for mennesker med depression (Kap. 5–11 og notaterne);
- `ledsagelse`: ledsagelse under sygehusbehandling (samarbejdsaftalen, 2019-niveau);
- `iv`: IV-behandling i kommunalt regi (rammeaftalen og Syddanmarks aftaler);
- `genoptraening`: genoptræning efter udskrivning (Kap. 10 og BEK nr. 918).
"""

from __future__ import annotations

from collections.abc import Callable

from forloebsregler.demo import depression, genoptraening, iv, kalender, ledsagelse

__all__ = ["AFSNIT", "linjer"]

AFSNIT: tuple[Callable[[], list[str]], ...] = (
    kalender.demo,
    depression.demo,
    ledsagelse.demo,
    iv.demo,
    genoptraening.demo,
)
"""Demoens afsnit i den rækkefølge, kommandolinjen viser dem."""


def linjer() -> list[str]:
    """Hele demoen som printbare linjer: afsnittene efter hinanden, hvert fulgt af en tom linje."""
    alle: list[str] = []
    for afsnit in AFSNIT:
        alle.extend(afsnit())
        alle.append("")
    return alle
