"""Fælles byggesten for depressionsreglerne (privat modul).

Symptomerne (Kap. 5), sværhedsgraderne, de to læsninger af sværhedsgraden og det
tre-tilstands-svar `Afgoerelse`. De offentlige navne genudsendes af `stratificering`.
"""

from __future__ import annotations

from enum import Enum

from forloebsregler._valider import vis
from forloebsregler.fejl import UgyldigTypeFejl
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION, Kilde
from forloebsregler.svar import Svar

__all__ = [
    "Afgoerelse",
    "Fortolkning",
    "Kernesymptom",
    "Ledsagesymptom",
    "Svaerhedsgrad",
]

KAP1 = "Kap. 1 Målgruppen for forløbsprogrammet"
KAP2_SAMMENFATNING = "Kap. 2 Sammenfatning"
KAP4 = "Kap. 4 Tidlig opsporing hos risikogrupper"
KAP5 = "Kap. 5 Stratificering"
KAP6 = "Kap. 6 Udredning og diagnosticering"
KAP7 = "Kap. 7 Behandling og opfølgning"
KAP8 = "Kap. 8 Løbende koordinering"
KAP9 = "Kap. 9 Arbejdsmarkedsindsats"
KAP11 = "Kap. 11 Rehabilitering i kommunerne"

KILDE_KERNESYMPTOMER = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5, "Kernesymptomerne på depression jf. ICD-10: Nedtrykthed (depressivt stemningsleje)"
)
KILDE_LEDSAGESYMPTOMER = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5, "Ledsagesymptomer ved depression jf. ICD 10: Nedsat selvtillid eller selvfølelse"
)


class Kernesymptom(Enum):
    """De tre kernesymptomer på depression, som Kap. 5 opregner dem (»jf. ICD-10«)."""

    NEDTRYKTHED = "Nedtrykthed (depressivt stemningsleje)"
    NEDSAT_LYST_ELLER_INTERESSE = "Nedsat lyst eller interesse"
    NEDSAT_ENERGI_ELLER_OEGET_TRAETHED = "Nedsat energi eller øget træthed"


class Ledsagesymptom(Enum):
    """De syv ledsagesymptomer ved depression, som Kap. 5 opregner dem (»jf. ICD 10«)."""

    NEDSAT_SELVTILLID_ELLER_SELVFOELELSE = "Nedsat selvtillid eller selvfølelse"
    SELVBEBREJDELSER_ELLER_SKYLDFOELELSE = "Selvbebrejdelser eller skyldfølelse"
    TANKER_OM_DOED_ELLER_SELVMORD = "Tanker om død eller selvmord"
    TAENKE_ELLER_KONCENTRATIONSBESVAER = "Tænke- eller koncentrationsbesvær"
    AGITATION_ELLER_HAEMNING = "Agitation eller hæmning"
    SOEVNFORSTYRRELSER = "Søvnforstyrrelser"
    APPETIT_ELLER_VAEGTAENDRING = "Appetit- eller vægtændring"


class Svaerhedsgrad(Enum):
    """Depressionens sværhedsgrad (Kap. 5). `INGEN`: kriterierne for let depression er ikke mødt.

    Medlemmerne kan sammenlignes med `<`, `>=` osv. i rækkefølgen INGEN < LET < MODERAT < SVAER.
    """

    INGEN = "ingen depression"
    LET = "let depression"
    MODERAT = "moderat depression"
    SVAER = "svær depression"

    @property
    def rang(self) -> int:
        """0 for INGEN, 1 for LET, 2 for MODERAT, 3 for SVAER."""
        return _RANG[self]

    def _rang_af(self, andet: object) -> int:
        if not isinstance(andet, Svaerhedsgrad):
            raise UgyldigTypeFejl(
                f"andet: fik {vis(andet)}; accepterer kun en Svaerhedsgrad at sammenligne med"
            )
        return _RANG[andet]

    def __lt__(self, andet: object) -> bool:
        return _RANG[self] < self._rang_af(andet)

    def __le__(self, andet: object) -> bool:
        return _RANG[self] <= self._rang_af(andet)

    def __gt__(self, andet: object) -> bool:
        return _RANG[self] > self._rang_af(andet)

    def __ge__(self, andet: object) -> bool:
        return _RANG[self] >= self._rang_af(andet)


_RANG = {g: i for i, g in enumerate(Svaerhedsgrad)}


class Fortolkning(Enum):
    """Hvordan Kap. 5's tællinger af symptomer læses (fortolkningsloggen DEP-01).

    - `ICD10` (standard): WHO's ICD-10-forskningskriterier, som Kap. 5 henviser til (»jf.
      ICD-10«): mindst 2/2/3 kernesymptomer og i alt mindst 4/6/8 symptomer for let/moderat/svær.
    - `BOGSTAVELIG`: Kap. 5's tal som minimum for hver slags: 2+2, 2+4 og 3+5.
    """

    ICD10 = "ICD-10-læsningen"
    BOGSTAVELIG = "den bogstavelige læsning af Kap. 5"


Afgoerelse = Svar
"""Depressionsreglernes svar: det fælles `forloebsregler.svar.Svar` (gammelt navn)."""


def tekst_ja_nej(vaerdi: bool | None) -> str:
    """'ja', 'nej' eller 'ukendt' til begrundelser."""
    return "ukendt" if vaerdi is None else ("ja" if vaerdi else "nej")


ALLE_KILDER: tuple[Kilde, ...] = (KILDE_KERNESYMPTOMER, KILDE_LEDSAGESYMPTOMER)
