"""Depression: regionspsykiatrien — hvem der henvises, og hvor de modtages.

Kilde: *Forløbsprogram for mennesker med depression* (Region Syddanmark):

- Kap. 6 Udredning og diagnosticering, tabellen »Karakteristika på patienter med psykisk
  sygdom«: regionspsykiatrien tilbyder udredning til patienter med et af tabellens otte
  karakteristika (ét er nok, fortolkningsloggen DEP-13) — `henvisning_til_regionspsykiatrien`.
- Kap. 6 og 7: »en psykiatrisk afdeling (20 år+) eller børne- og ungdomspsykiatrien« —
  `psykiatrisk_modtagelse`. Hvor 18–19-årige modtages, siger kilderne ikke (DEP-05); under
  18 år er svaret `UDEN_FOR_MAALGRUPPEN` (DEP-06).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TYPE_CHECKING

import attrs

from forloebsregler._depression_grundlag import (
    FORTOLKNING_UNDER_18,
    KAP6,
    KILDE_MAALGRUPPE,
    MINDSTEALDER,
    atten_ids,
    atten_tekst,
    kraev_alder,
    uden_for_maalgruppen,
)
from forloebsregler._resultat import Resultat
from forloebsregler._valider import (
    kraev_enum,
    kraev_valgfri_bool,
    vis,
)
from forloebsregler.fejl import UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import (
    FORLOEBSPROGRAM_DEPRESSION,
    Kilde,
)
from forloebsregler.svar import Svar

if TYPE_CHECKING:
    from forloebsregler.typer import (
        Afbildning,
        Heltal,
        PsykiatrikarakteristikumArg,
    )

__all__ = [
    "PSYKIATRISK_AFDELING_MINDSTEALDER",
    "Modtagelse",
    "Psykiatrihenvisning",
    "Psykiatrikarakteristikum",
    "Psykiatrimodtager",
    "henvisning_til_regionspsykiatrien",
    "psykiatrisk_modtagelse",
]

PSYKIATRISK_AFDELING_MINDSTEALDER = 20
"""Kap. 6/7: »psykiatrisk afdeling (20 år+) eller børne- og ungdomspsykiatrien«."""

FORTOLKNING_18_19_PSYKIATRI = "DEP-05"
"""Fortolkningsloggen: 18–19-årige og psykiatrien (kan ikke afgøres)."""

KILDE_PSYKIATRISK_AFDELING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP6,
    "Disse patienter henvises til en psykiatrisk afdeling (20 år+) eller børne- og "
    "ungdomspsykiatrien.",
)


class Psykiatrimodtager(Enum):
    """Hvor regionspsykiatrien modtager en henvist patient (Kap. 6 og 7)."""

    PSYKIATRISK_AFDELING = "en psykiatrisk afdeling (20 år+)"
    BOERNE_OG_UNGDOMSPSYKIATRIEN = "børne- og ungdomspsykiatrien"


@attrs.frozen
class Modtagelse(Resultat):
    """Hvilken del af psykiatrien en henvist patient skal til efter alder.

    `svar` er OPFYLDT, når kilden placerer patienten (`modtager` er sat); KAN_IKKE_AFGOERES
    for 18–19-årige, som kilden ikke placerer; UDEN_FOR_MAALGRUPPEN under 18 år. I de to
    sidste tilfælde er `modtager` None.
    """

    modtager: Psykiatrimodtager | None
    alder: int
    svar: Svar
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def psykiatrisk_modtagelse(alder: Heltal) -> Modtagelse:
    """Psykiatrisk afdeling fra 20 år (Kap. 6 og 7).

    Kilden nævner »en psykiatrisk afdeling (20 år+) eller børne- og ungdomspsykiatrien«, og
    programmet er for voksne over 18 år. Hvor 18–19-årige modtages, siger kilderne ikke: svaret
    er KAN_IKKE_AFGOERES med begge citater (fortolkningsloggen DEP-05); en voksen sendes ikke
    til børne- og ungdomspsykiatrien. Under 18 år er svaret UDEN_FOR_MAALGRUPPEN (DEP-06).
    """
    a = kraev_alder(alder)
    if a >= PSYKIATRISK_AFDELING_MINDSTEALDER:
        return Modtagelse(
            Psykiatrimodtager.PSYKIATRISK_AFDELING,
            a,
            Svar.OPFYLDT,
            f"{a} år: henvises til en psykiatrisk afdeling, som modtager patienter fra 20 år.",
            (KILDE_PSYKIATRISK_AFDELING,),
        )
    if a < MINDSTEALDER:
        return Modtagelse(
            None,
            a,
            Svar.UDEN_FOR_MAALGRUPPEN,
            uden_for_maalgruppen(a, "modtagelse i psykiatrien")
            + " Kilden nævner børne- og ungdomspsykiatrien; det afgøres uden for programmet.",
            (KILDE_PSYKIATRISK_AFDELING, KILDE_MAALGRUPPE),
            (FORTOLKNING_UNDER_18,),
        )
    tekst = (
        f"{a} år: kan ikke afgøres. Kilden nævner kun »en psykiatrisk afdeling (20 år+) eller "
        "børne- og ungdomspsykiatrien«, og programmet er for voksne over 18 år; hvor "
        "18-19-årige modtages, siger kilderne ikke, og en voksen placeres ikke i børne- og "
        f"ungdomspsykiatrien efter gæt (se fortolkningsloggen {FORTOLKNING_18_19_PSYKIATRI})."
        + atten_tekst(a)
    )
    return Modtagelse(
        None,
        a,
        Svar.KAN_IKKE_AFGOERES,
        tekst,
        (KILDE_PSYKIATRISK_AFDELING, KILDE_MAALGRUPPE),
        (FORTOLKNING_18_19_PSYKIATRI, *atten_ids(a)),
    )


# --------------------------------------------------------------------------- regionspsykiatrien

KILDE_KARAKTERISTIKA = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP6,
    "Regionspsykiatrien tilbyder udredning til patienter med psykisk sygdom med følgende "
    "karakteristika (se tabellen).",
)


class Psykiatrikarakteristikum(Enum):
    """Karakteristika i Kap. 6's tabel for patienter, regionspsykiatrien udreder og behandler.

    Værdien er tabellens tekst; `omraade` er tabellens venstre kolonne.
    """

    BETYDELIG_FORVAERRING_I_SYMPTOMER = "Betydelig forværring i symptomer"
    BETYDELIG_FORPINTHED = "Betydelig forpinthed"
    USTABIL_ADFAERD_SELVSKADE_SELVMORDSRISIKO = (
        "Adfærd præget af betydelig ustabilitet, selvskade og/eller selvmordsrisiko samt "
        "truende adfærd"
    )
    NYOPSTAAEDE_PSYKOTISKE_SYMPTOMER = "Nyopståede psykotiske symptomer"
    BETYDELIG_NEDSAT_FUNKTION = (
        "Betydelig nedsættelse i funktion hvad angår sociale og skole/ arbejdsmæssige "
        "sammenhænge relateret til psykisk sygdom"
    )
    DIAGNOSTISK_UKLARHED = (
        "Diagnostisk uklarhed evt. på grund af manglende mental udvikling eller ko-morbiditet"
    )
    UTILSTRAEKKELIG_EFFEKT_AF_BEHANDLING = (
        "Utilstrækkelig effekt af forudgående behandling i primærsektor"
    )
    USTABILT_SAMARBEJDE_OM_VEDLIGEHOLDELSE = "Ustabilt samarbejde om vedligeholdelsesbehandling"

    @property
    def omraade(self) -> str:
        """Tabellens område: Symptomer og adfærd, Funktionsniveau, Diagnostik eller Behandling."""
        return _OMRAADE[self]

    @property
    def kilde(self) -> Kilde:
        """Tabellens linje som kilde."""
        return KARAKTERISTIKA_KILDER[self]


_P = Psykiatrikarakteristikum
_OMRAADE = {
    _P.BETYDELIG_FORVAERRING_I_SYMPTOMER: "Symptomer og adfærd",
    _P.BETYDELIG_FORPINTHED: "Symptomer og adfærd",
    _P.USTABIL_ADFAERD_SELVSKADE_SELVMORDSRISIKO: "Symptomer og adfærd",
    _P.NYOPSTAAEDE_PSYKOTISKE_SYMPTOMER: "Symptomer og adfærd",
    _P.BETYDELIG_NEDSAT_FUNKTION: "Funktionsniveau",
    _P.DIAGNOSTISK_UKLARHED: "Diagnostik",
    _P.UTILSTRAEKKELIG_EFFEKT_AF_BEHANDLING: "Behandling",
    _P.USTABILT_SAMARBEJDE_OM_VEDLIGEHOLDELSE: "Behandling",
}
KARAKTERISTIKA_KILDER: dict[Psykiatrikarakteristikum, Kilde] = {
    k: FORLOEBSPROGRAM_DEPRESSION.kilde(
        f"{KAP6}, tabellen Karakteristika på patienter med psykisk sygdom",
        f"{_OMRAADE[k]} … {k.value}",
    )
    for k in Psykiatrikarakteristikum
}


FORTOLKNING_KARAKTERISTIKA = "DEP-13"
"""Fortolkningsloggen: ét karakteristikum i Kap. 6's tabel er nok."""


@attrs.frozen
class Psykiatrihenvisning(Resultat):
    """Om patienten har et af karakteristika i Kap. 6's tabel, så regionspsykiatrien
    tilbyder udredning, og hvor patienten efter alder modtages."""

    svar: Svar
    til_stede: tuple[Psykiatrikarakteristikum, ...]
    ukendte: tuple[Psykiatrikarakteristikum, ...]
    modtagelse: Modtagelse
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _karakteristika(vaerdi: object) -> dict[Psykiatrikarakteristikum, bool | None]:
    if not isinstance(vaerdi, Mapping):
        raise UgyldigTypeFejl(
            f"karakteristika: fik {vis(vaerdi)}; accepterer en dict fra Psykiatrikarakteristikum "
            "(eller dets navn) til True, False eller None (ukendt)"
        )
    ud: dict[Psykiatrikarakteristikum, bool | None] = {}
    for noegle, v in vaerdi.items():
        k = kraev_enum(Psykiatrikarakteristikum, noegle, "karakteristika")
        if k in ud:  # fx som medlem og som navn: den sidste ville vinde i stilhed
            raise UgyldigVaerdiFejl(
                f"karakteristika: {k.name} er givet mere end én gang; accepterer hvert "
                "karakteristikum én gang (som medlem eller navn)"
            )
        ud[k] = kraev_valgfri_bool(v, f"karakteristika[{k.name}]")
    return ud


def _tabellens_svar(
    til_stede: tuple[Psykiatrikarakteristikum, ...],
    ukendte: tuple[Psykiatrikarakteristikum, ...],
) -> tuple[Svar, str, tuple[str, ...]]:
    """Tabellen i Kap. 6: ét karakteristikum til stede er nok (DEP-13); er alle vurderet og
    intet til stede, er svaret nej; ellers kan det ikke afgøres."""
    fortolkninger: tuple[str, ...] = ()
    if til_stede:
        svar = Svar.OPFYLDT
        navne = "; ".join(f"{k.omraade}: {k.value.lower()}" for k in til_stede)
        tekst = (
            f"Regionspsykiatrien tilbyder udredning: patienten har {navne} (tabellen i Kap. 6; "
            "ét karakteristikum er læst som nok, se fortolkningsloggen "
            f"{FORTOLKNING_KARAKTERISTIKA})."
        )
        # Kun ét til stede og nogle ukendte/nej: under læsningen »alle« ville svaret ændre sig.
        if len(til_stede) < len(Psykiatrikarakteristikum):
            fortolkninger = (FORTOLKNING_KARAKTERISTIKA,)
    elif ukendte:
        svar = Svar.KAN_IKKE_AFGOERES
        tekst = (
            "Om regionspsykiatrien tilbyder udredning, kan ikke afgøres: ingen af tabellens "
            "karakteristika er angivet som til stede, og det er ukendt, om patienten har "
            + "; ".join(k.value.lower() for k in ukendte)
            + "."
        )
    else:
        svar = Svar.IKKE_OPFYLDT
        tekst = (
            "Ingen af de otte karakteristika i tabellen i Kap. 6 er til stede, så tabellen "
            "giver ikke grundlag for udredning i regionspsykiatrien."
        )
    return svar, tekst, fortolkninger


def henvisning_til_regionspsykiatrien(
    karakteristika: Afbildning[PsykiatrikarakteristikumArg, bool | None],
    *,
    alder: Heltal,
) -> Psykiatrihenvisning:
    """Kap. 6: tilbyder regionspsykiatrien udredning efter tabellen over karakteristika?

    `karakteristika` angiver for hvert af tabellens otte karakteristika, om det er til stede
    (True), ikke til stede (False) eller ukendt (None); et karakteristikum, der ikke er nævnt,
    er ukendt. Ét karakteristikum til stede er nok (fortolkningsloggen DEP-13): svaret er
    OPFYLDT. Er alle otte vurderet og ingen til stede, er svaret IKKE_OPFYLDT; ellers
    KAN_IKKE_AFGOERES, og `ukendte` nævner dem, der mangler. Hvor patienten modtages, følger
    af alderen (`psykiatrisk_modtagelse`); under 18 år er svaret UDEN_FOR_MAALGRUPPEN.
    """
    vurderet = _karakteristika(karakteristika)
    modtagelse = psykiatrisk_modtagelse(alder)
    kilder = (KILDE_KARAKTERISTIKA, *(k.kilde for k in Psykiatrikarakteristikum))
    if modtagelse.svar is Svar.UDEN_FOR_MAALGRUPPEN:
        return Psykiatrihenvisning(
            Svar.UDEN_FOR_MAALGRUPPEN,
            (),
            (),
            modtagelse,
            uden_for_maalgruppen(modtagelse.alder, "henvisning til regionspsykiatrien"),
            (*kilder, *modtagelse.kilder),
            modtagelse.fortolkninger,
        )
    til_stede = tuple(k for k in Psykiatrikarakteristikum if vurderet.get(k) is True)
    ukendte = tuple(k for k in Psykiatrikarakteristikum if vurderet.get(k) is None)
    svar, tekst, fortolkninger = _tabellens_svar(til_stede, ukendte)
    if svar is not Svar.IKKE_OPFYLDT:
        tekst += f" Modtagelse: {modtagelse.begrundelse}"
        fortolkninger = (*fortolkninger, *modtagelse.fortolkninger)
    return Psykiatrihenvisning(
        svar,
        til_stede,
        ukendte,
        modtagelse,
        tekst,
        (*kilder, *(k for k in modtagelse.kilder if k not in kilder)),
        fortolkninger,
    )
