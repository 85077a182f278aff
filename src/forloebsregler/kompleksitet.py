"""Depression: kompleksiteten — komplicerende og styrkende faktorer og den kliniske vurdering.

Kilde: *Forløbsprogram for mennesker med depression* (Region Syddanmark), Kap. 5
Stratificering: »Andre faktorer kan påvirke graden af kompleksitet og dermed den tilpassede
indsats. Der kan være tale om både komplicerende og styrkende faktorer.« Kap. 5 opregner 10
komplicerende og 2 styrkende faktorer; skemaet kalder trinnet »Diagnosticering og vurdering af
sværhedsgrad/kompleksitet«.

Om kompleksiteten er høj, er en klinisk vurdering: programmet giver ingen tærskel, og der
opfindes ingen (fortolkningsloggen DEP-03). Uden vurderingen er svaret »kan ikke afgøres«.
Kompleksiteten er sammen med sværhedsgraden stratificeringsfaktor (`stratificering`), som
bruger `kraev_faktorer`, `kompleksitet_for` og opslagstabellerne herfra (offentlige navne
uden for `__all__`).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING, Any

import attrs

from forloebsregler._depression_grundlag import KAP5, maengde
from forloebsregler._kontekst import hurtig_vej
from forloebsregler._resultat import Resultat
from forloebsregler._stratificering_hurtig import Medlemstabel, ingen, lav_hurtig_kompleksitet
from forloebsregler._valider import kraev_valgfri_bool
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION, Kilde
from forloebsregler.svar import Svar

if TYPE_CHECKING:
    from forloebsregler.typer import KomplicerendeFaktorArg, StyrkendeFaktorArg

__all__ = [
    "Kompleksitetsvurdering",
    "KomplicerendeFaktor",
    "StyrkendeFaktor",
    "vurder_kompleksitet",
]

KILDE_KOMPLICERENDE = FORLOEBSPROGRAM_DEPRESSION.kilde(KAP5, "Komplicerende faktorer er:")
KILDE_STYRKENDE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5,
    "Styrkende faktorer er: God egenomsorgsevne og/eller compliance Støtte fra pårørende og "
    "netværk",
)
KILDE_KOMPLEKSITET = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5,
    "Andre faktorer kan påvirke graden af kompleksitet og dermed den tilpassede indsats. Der "
    "kan være tale om både komplicerende og styrkende faktorer.",
)
KILDE_DIAGNOSTICERING_OG_VURDERING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5, "Diagnosticering og vurdering af sværhedsgrad/kompleksitet"
)

FORTOLKNING_KOMPLEKSITET = "DEP-03"
"""Fortolkningsloggen: høj kompleksitet har ingen tærskel (klinisk vurdering)."""


class KomplicerendeFaktor(Enum):
    """De ti komplicerende faktorer i Kap. 5."""

    MARKANT_NEDSAT_KOGNITIVT_FUNKTIONSNIVEAU = "Markant nedsat kognitivt funktionsniveau"
    MULTISYGDOM_OG_POLYFARMACI = "Multisygdom og polyfarmaci"
    SAMTIDIG_SVAER_SOMATISK_SYGDOM = "Samtidig (svær) somatisk sygdom"
    SAMTIDIG_ANDEN_PSYKISK_LIDELSE = "Samtidig anden psykisk lidelse/sygdom"
    MARKANT_NEDSAT_PSYKOSOCIAL_FUNKTION = "Markant nedsat psykosocial funktion"
    ALVORLIGT_MISBRUG = "Alvorligt misbrug"
    RINGE_SOCIALE_KAAR = "Ringe sociale kår"
    TILBAGEVENDENDE_ELLER_KRONISK_DEPRESSION = "Tilbagevendende eller kronisk depression"
    UDPRAEGEDE_SELVMORDSTANKER = "Udprægede selvmordstanker"
    MANGLENDE_BEHANDLINGSRESPONS = "Manglende behandlingsrespons"


class StyrkendeFaktor(Enum):
    """De to styrkende faktorer i Kap. 5."""

    GOD_EGENOMSORGSEVNE_OG_ELLER_COMPLIANCE = "God egenomsorgsevne og/eller compliance"
    STOETTE_FRA_PAAROERENDE_OG_NETVAERK = "Støtte fra pårørende og netværk"


@attrs.frozen
class Kompleksitetsvurdering(Resultat):
    """Faktorerne og den kliniske vurdering af, om kompleksiteten er høj.

    `hoej_kompleksitet` er KAN_IKKE_AFGOERES og `klinisk_vurderet` False, når ingen kliniker
    har vurderet kompleksiteten: programmet har ingen tærskel, og der opfindes ingen.
    """

    komplicerende_faktorer: tuple[KomplicerendeFaktor, ...]
    styrkende_faktorer: tuple[StyrkendeFaktor, ...]
    hoej_kompleksitet: Svar
    klinisk_vurderet: bool
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _lav_kompleksitet(
    komp: frozenset[KomplicerendeFaktor],
    styrk: frozenset[StyrkendeFaktor],
    hoej: bool | None,
) -> Kompleksitetsvurdering:
    komp_t = tuple(f for f in KomplicerendeFaktor if f in komp)
    styrk_t = tuple(f for f in StyrkendeFaktor if f in styrk)
    faktorer = (
        f"{len(komp_t)} komplicerende faktor{'er' if len(komp_t) != 1 else ''}"
        f"{': ' + ', '.join(f.value.lower() for f in komp_t) if komp_t else ''}"
        f" og {len(styrk_t)} styrkende faktor{'er' if len(styrk_t) != 1 else ''}"
        f"{': ' + ', '.join(f.value.lower() for f in styrk_t) if styrk_t else ''}"
    )
    # Ingen tærskel i kilden; se fortolkningsloggen DEP-03.
    if hoej is None:
        svar = Svar.KAN_IKKE_AFGOERES
        begrundelse = (
            f"Kompleksiteten er ikke klinisk vurderet ({faktorer}); programmet giver ingen "
            "tærskel for høj kompleksitet, så den kan ikke afgøres (se fortolkningsloggen "
            f"{FORTOLKNING_KOMPLEKSITET})."
        )
    elif hoej:
        svar = Svar.OPFYLDT
        begrundelse = f"Klinikeren har vurderet kompleksiteten som høj ({faktorer})."
    else:
        svar = Svar.IKKE_OPFYLDT
        begrundelse = f"Klinikeren har vurderet, at kompleksiteten ikke er høj ({faktorer})."
    return Kompleksitetsvurdering(
        komp_t,
        styrk_t,
        svar,
        hoej is not None,
        begrundelse,
        (
            KILDE_KOMPLEKSITET,
            KILDE_KOMPLICERENDE,
            KILDE_STYRKENDE,
            KILDE_DIAGNOSTICERING_OG_VURDERING,
        ),
        (FORTOLKNING_KOMPLEKSITET,) if hoej is None else (),
    )


_KOMPLEKSITET: dict[tuple[Any, Any, Any], Kompleksitetsvurdering] = {}
KOMPLICERENDE_TABEL = Medlemstabel(KomplicerendeFaktor)
"""Den hurtige vejs opslagstabel for de komplicerende faktorer (deles med `stratificering`)."""
STYRKENDE_TABEL = Medlemstabel(StyrkendeFaktor)
"""Den hurtige vejs opslagstabel for de styrkende faktorer (deles med `stratificering`)."""


def kraev_faktorer(
    komplicerende: object, styrkende: object, hoej: object
) -> tuple[frozenset[KomplicerendeFaktor], frozenset[StyrkendeFaktor], bool | None]:
    """De validerede faktorsæt og den kliniske vurdering (den læsbare vej; bruges også af
    `stratificering`)."""
    return (
        maengde(KomplicerendeFaktor, komplicerende, "komplicerende", None),
        maengde(StyrkendeFaktor, styrkende, "styrkende", None),
        kraev_valgfri_bool(hoej, "hoej_kompleksitet"),
    )


def kompleksitet_for(
    komp: frozenset[KomplicerendeFaktor], styrk: frozenset[StyrkendeFaktor], hoej: bool | None
) -> Kompleksitetsvurdering:
    """Vurderingen for gyldige faktorsæt (gemt, så den deles; bruges også af
    `stratificering`)."""
    noegle = (komp, styrk, hoej)
    resultat = _KOMPLEKSITET.get(noegle)
    if resultat is None:
        resultat = _KOMPLEKSITET[noegle] = _lav_kompleksitet(komp, styrk, hoej)
    return resultat


_kompleksitet_fabrik = lav_hurtig_kompleksitet(
    kompleksitet_for, KOMPLICERENDE_TABEL, STYRKENDE_TABEL
)
_hurtig_kompleksitet = _kompleksitet_fabrik(ingen)  # den hurtige vej alene (None: ikke afgjort)


@hurtig_vej(_kompleksitet_fabrik)
def vurder_kompleksitet(
    komplicerende: Iterable[KomplicerendeFaktorArg] = frozenset(),
    styrkende: Iterable[StyrkendeFaktorArg] = frozenset(),
    *,
    hoej_kompleksitet: bool | None = None,
) -> Kompleksitetsvurdering:
    """Kompleksiteten (Kap. 5): faktorerne og klinikerens vurdering.

    `hoej_kompleksitet` er klinikerens vurdering (True: høj, False: ikke høj) eller `None`,
    når den ikke er foretaget. Faktorerne alene afgør aldrig kompleksiteten.
    """
    return kompleksitet_for(*kraev_faktorer(komplicerende, styrkende, hoej_kompleksitet))
