"""Depression: stratificeringsmodellen — Kap. 5's skema over niveauer, faser, aktører og indsatser.

Kilde: *Forløbsprogram for mennesker med depression* (Region Syddanmark), Kap. 5
Stratificering, skemaet »Stratificeringsniveau · Faser i forløbet · Aktører · Indsats«: tre
niveauer (let depression/ikke komplekse; moderat depression; svær depression og/eller høj
kompleksitet) × tre faser (udredning; behandling og rehabilitering; opfølgning).

Skemaet er data (`STRATIFICERINGSMODEL`), transkriberet fra tekstudtrækket; se
docs/depression.md »Transkription af skemaet«. Hvilket niveau en patient hører til, afgør
`stratificering.stratificer`.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

import attrs

from forloebsregler._depression_grundlag import KAP5
from forloebsregler._valider import kraev_enum
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION, Kilde

if TYPE_CHECKING:
    from forloebsregler.typer import StratificeringsniveauArg

__all__ = [
    "STRATIFICERINGSMODEL",
    "Fase",
    "Stratificeringsniveau",
    "faser_for_niveau",
]

KILDE_MODEL = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5, "Stratificeringsniveau Faser i forløbet Aktører Indsats"
)


class Stratificeringsniveau(Enum):
    """De tre niveauer i Kap. 5's stratificeringsmodel."""

    LET_IKKE_KOMPLEKS = "Let depression/ikke komplekse"
    MODERAT = "Moderat depression"
    SVAER_ELLER_HOEJ_KOMPLEKSITET = "Svær depression og/eller høj kompleksitet i sygdomsforløbet"


class Fase(Enum):
    """Faserne i forløbet i Kap. 5's skema."""

    UDREDNING = "Udredning"
    BEHANDLING_OG_REHABILITERING = "Behandling og rehabilitering"
    OPFOELGNING = "Opfølgning"


@attrs.frozen
class Forloebsfase:
    """Én celle-gruppe i Kap. 5's skema: aktører og indsatser for et niveau og en fase.

    Udtrækket af skemaet er forvansket, så aktører og indsatser er to lister i kildens
    rækkefølge (med kildens gentagelser); hvilken aktør der leverer hvilken indsats, siger
    udtrækket ikke, og det gættes der ikke på. Se docs/depression.md.
    """

    niveau: Stratificeringsniveau
    fase: Fase
    aktoerer: tuple[str, ...]
    indsatser: tuple[str, ...]
    kilde: Kilde


def _fase(
    niveau: Stratificeringsniveau, fase: Fase, aktoerer: tuple[str, ...], indsatser: tuple[str, ...]
) -> Forloebsfase:
    return Forloebsfase(niveau, fase, aktoerer, indsatser, KILDE_MODEL)


_L = Stratificeringsniveau.LET_IKKE_KOMPLEKS
_M = Stratificeringsniveau.MODERAT
_S = Stratificeringsniveau.SVAER_ELLER_HOEJ_KOMPLEKSITET
_U = Fase.UDREDNING
_B = Fase.BEHANDLING_OG_REHABILITERING
_O = Fase.OPFOELGNING
_DIAG = "Diagnosticering og vurdering af sværhedsgrad/kompleksitet"
_PSYK = "Psykiatrien i Region Syddanmark"

STRATIFICERINGSMODEL: tuple[Forloebsfase, ...] = (
    _fase(_L, _U, ("Almen Praksis",), (_DIAG,)),
    _fase(
        _L,
        _B,
        (
            "Almen Praksis",
            "Privat praktiserende psykolog",
            "Privatpraktiserende psykiater",
            _PSYK,
            "Kommunalt sundhedsområde",
            "Apotek",
        ),
        (
            "Medicinsk behandling",
            "Psykoedukation",
            "Henvisning til kommunal rehabilitering",
            "Samtaleterapi",
            "Medicinsk behandling",
            "Psykoedukation",
            "Internetpsykiatri",
            "Rehabiliteringsforløb",
            "Medicinsamtale",
            "sygdomsforløb",
        ),
    ),
    _fase(_L, _O, ("Almen Praksis", "Kommunal rehabilitering"), ("Samtale", "Samtale")),
    _fase(_M, _U, ("Almen Praksis", _PSYK, "Praktiserende psykiater"), (_DIAG, _DIAG, _DIAG)),
    _fase(
        _M,
        _B,
        (
            "Almen Praksis",
            "Privat praktiserende psykolog",
            "Privatpraktiserende psykiater",
            _PSYK,
            "Apotek",
            "Kommunalt sundhedsområde",
            "Jobcenter",
            "Arbejdsgiver",
            "Uddannelsesinstitution",
            "Alkohol- og misbrugsbehandling",
        ),
        (
            "Medicinsk behandling",
            "Psykoedukation",
            "Henvisning til kommunal rehabilitering",
            "Samtaleterapi",
            "Medicinsk behandling",
            "Psykoedukation",
            "Ambulant behandling i lokalpsykiatrien",
            "Koordinerende Kontaktpersonsordning i lokalpsykiatrien",
            "Internet psykiatri",
            "Behandling under indlæggelse",
            "Medicinsamtale",
            "Rehabiliteringsforløb",
            "Koordinerende Kontaktpersonsordning",
            "Arbejdsmarkedsrettede indsatser",
            "Samarbejde med arbejdsgiver, uddannelsesinstitution",
            "Fastholdelse i job",
            "Fastholdelse i uddannelse",
            "Behandling og støttende samtaler",
        ),
    ),
    _fase(
        _M,
        _O,
        ("Almen Praksis", _PSYK, "Kommunal rehabilitering"),
        ("Samtale og medicin opfølgning", "Ambulant opfølgning i Lokal Psykiatrien", "Samtale"),
    ),
    _fase(
        _S,
        _U,
        ("Almen Praksis", _PSYK, "Praktiserende psykiater"),
        (
            "Vurdering af sværhedsgrad/kompleksitet, Henvisning til Psykiatrien i Region "
            "Syddanmark",
            _DIAG,
            _DIAG,
        ),
    ),
    _fase(
        _S,
        _B,
        (
            _PSYK,
            "Privatpraktiserende psykiater",
            "Apotek",
            "Det specialiserende socialområde",
            "Jobcenter",
            "Arbejdsgiver",
            "Uddannelsesinstitution",
            "Alkohol- og misbrugsbehandling",
            "Børne- og ungeforvaltning",
        ),
        (
            "Behandling under indlæggelse",
            "Koordinerende kontaktpersonsordning",
            "Ambulant behandling i lokalpsykiatrien",
            "Medicinsk behandling",
            "Psykoedukation",
            "Medicinsamtale",
            "Psykosociale indsatser",
            "Arbejdsmarkedsrettede indsatser",
            "Samarbejde med arbejdsgiver, uddannelsesinstitution",
            "Fastholdelse i job",
            "Fastholdelse i uddannelse",
            "Behandling og støttende samtaler",
            "Familiestøtte",
        ),
    ),
    _fase(_S, _O, (_PSYK,), ("Ambulant opfølgning i Lokal Psykiatrien",)),
)
"""Kap. 5's skema som data: tre niveauer × tre faser, aktører og indsatser som lister.

Transkriberet fra tekstudtrækket (se docs/depression.md »Transkription af skemaet«).
"""

_FASER: dict[Stratificeringsniveau, tuple[Forloebsfase, ...]] = {
    n: tuple(f for f in STRATIFICERINGSMODEL if f.niveau is n) for n in Stratificeringsniveau
}


def faser_for_niveau(niveau: StratificeringsniveauArg) -> tuple[Forloebsfase, ...]:
    """Modellens faser (udredning; behandling og rehabilitering; opfølgning) for et niveau."""
    return _FASER[kraev_enum(Stratificeringsniveau, niveau, "niveau")]
