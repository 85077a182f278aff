"""Depression: apotekets medicinsamtaler.

Kilde: *Forløbsprogram for mennesker med depression* (Region Syddanmark), Kap. 7 Behandling
og opfølgning, afsnittet om apoteket: medicinsamtaler til mennesker med kronisk sygdom,
»herunder også mennesker med depression«:

- ved manglende medicinefterlevelse: medicin i mindst 12 måneder for en kronisk sygdom;
- ved nydiagnosticeret kronisk sygdom: ny medicin inden for de seneste 6 måneder i forbindelse
  med diagnosticeringen.

En dato alene afgør ingen samtale: oplysningen om den kroniske sygdom skal gives (DEP-12);
grænsedagene tæller med (DEP-08).
"""

from __future__ import annotations

from datetime import date

from forloebsregler._depression_grundlag import (
    FORTOLKNING_TIDSGRAENSER,
    GRAENSE_LAESNING,
    KAP7,
    Regelsvar,
    flyt_dato,
    tekst_ja_nej,
    valgfri_dato,
)
from forloebsregler._valider import (
    kraev_dato,
    kraev_valgfri_bool,
)
from forloebsregler.fejl import PeriodeFejl
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION
from forloebsregler.svar import Svar, og

__all__ = [
    "medicinsamtale_paa_apoteket",
]

# --------------------------------------------------------------------------- apoteket

MEDICINSAMTALE_MINDST_MAANEDER = 12
NY_MEDICIN_INDEN_FOR_MAANEDER = 6

KILDE_APOTEK_EFTERLEVELSE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Tilbydes borgere, der har fået ordineret medicin i mindst 12 måneder for en kronisk sygdom "
    "og har manglende medicinefterlevelse.",
)


def _efterlevelsessamtale(
    d: date, siden: date | None, kronisk: bool | None, mangler: bool | None
) -> tuple[Svar, bool | None, bool]:
    """Samtalen ved manglende medicinefterlevelse (passagen ovenfor): medicin i mindst 12
    måneder for en kronisk sygdom og manglende efterlevelse.

    Giver svaret, om de 12 måneder er gået (None: ukendt), og om `d` er grænsedagen
    (grænsedagen tæller med; se fortolkningsloggen DEP-08).
    """
    tolv_fra = (
        None
        if siden is None
        else flyt_dato(siden, "medicin_ordineret_siden", maaneder=MEDICINSAMTALE_MINDST_MAANEDER)
    )
    tolv_maaneder = None if tolv_fra is None else tolv_fra <= d
    return og(tolv_maaneder, kronisk, mangler), tolv_maaneder, tolv_fra == d


KILDE_APOTEK_NY_MEDICIN = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Tilbydes borgere, der inden for de seneste 6 måneder har fået ordineret ny medicin i "
    "forbindelse med diagnosticeringen af en kronisk sygdom.",
)


def _nydiagnosesamtale(
    d: date, ny: date | None, ny_kronisk: bool | None
) -> tuple[Svar, bool | None, bool]:
    """Samtalen ved nydiagnosticeret kronisk sygdom (passagen ovenfor): ny medicin inden for
    de seneste 6 måneder (til og med samme dato 6 måneder før `d`) i forbindelse med
    diagnosticeringen af en kronisk sygdom.

    Giver svaret, om ordinationen er inden for de 6 måneder (None: ukendt), og om den ligger
    på grænsedagen (se fortolkningsloggen DEP-08).
    """
    seks_foer = (
        None if ny is None else flyt_dato(d, "dato", maaneder=-NY_MEDICIN_INDEN_FOR_MAANEDER)
    )
    inden_for_6 = None if ny is None or seks_foer is None else ny >= seks_foer
    return og(inden_for_6, ny_kronisk), inden_for_6, ny is not None and ny == seks_foer


KILDE_APOTEK_DEPRESSION = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Apoteket tilbyder medicinsamtaler til mennesker med kronisk sygdom, herunder også "
    "mennesker med depression",
)
FORTOLKNING_KRONISK_SYGDOM = "DEP-12"
"""Fortolkningsloggen: »kronisk sygdom« ved apotekets medicinsamtaler er en oplysning."""


def medicinsamtale_paa_apoteket(
    *,
    dato: date | str,
    medicin_ordineret_siden: date | str | None = None,
    medicin_for_kronisk_sygdom: bool | None = None,
    manglende_medicinefterlevelse: bool | None = None,
    ny_medicin_ordineret: date | str | None = None,
    ny_medicin_ved_kronisk_diagnose: bool | None = None,
) -> Regelsvar:
    """Apotekets medicinsamtaler (Kap. 7).

    - Manglende medicinefterlevelse: medicin ordineret i mindst 12 måneder »for en kronisk
      sygdom« (`medicin_for_kronisk_sygdom`) og manglende efterlevelse.
    - Nydiagnosticeret kronisk sygdom: ny medicin ordineret inden for de seneste 6 måneder (til
      og med samme dato 6 måneder før `dato`) »i forbindelse med diagnosticeringen af en
      kronisk sygdom« (`ny_medicin_ved_kronisk_diagnose`).

    Datoerne alene afgør aldrig en samtale: er oplysningen om den kroniske sygdom ukendt
    (None), er svaret KAN_IKKE_AFGOERES for den samtale. `svar` er OPFYLDT, når mindst én
    samtale tilbydes; `regler` nævner hvilke. Datoer efter `dato` afvises.
    """
    d = kraev_dato(dato, "dato")
    siden = valgfri_dato(medicin_ordineret_siden, "medicin_ordineret_siden")
    kronisk = kraev_valgfri_bool(medicin_for_kronisk_sygdom, "medicin_for_kronisk_sygdom")
    efterlevelse_mangler = kraev_valgfri_bool(
        manglende_medicinefterlevelse, "manglende_medicinefterlevelse"
    )
    ny = valgfri_dato(ny_medicin_ordineret, "ny_medicin_ordineret")
    ny_kronisk = kraev_valgfri_bool(
        ny_medicin_ved_kronisk_diagnose, "ny_medicin_ved_kronisk_diagnose"
    )
    for navn, v in (("medicin_ordineret_siden", siden), ("ny_medicin_ordineret", ny)):
        if v is not None and v > d:
            raise PeriodeFejl(f"{navn}: fik {v.isoformat()}, som er efter dato {d.isoformat()}")
    efterlevelse, tolv_maaneder, graense_12 = _efterlevelsessamtale(
        d, siden, kronisk, efterlevelse_mangler
    )
    nydiagnosticeret, inden_for_6, graense_6 = _nydiagnosesamtale(d, ny, ny_kronisk)
    svar, regler = _apotekets_svar(efterlevelse, nydiagnosticeret)
    fakta = (
        f"medicin i mindst 12 måneder: {tekst_ja_nej(tolv_maaneder)}; for en kronisk sygdom: "
        f"{tekst_ja_nej(kronisk)}; manglende medicinefterlevelse: "
        f"{tekst_ja_nej(efterlevelse_mangler)}; ny medicin inden for 6 måneder: "
        f"{tekst_ja_nej(inden_for_6)}; i forbindelse med diagnosticeringen af en kronisk "
        f"sygdom: {tekst_ja_nej(ny_kronisk)}"
    )
    tekst, fortolkninger = _apotekstekst(
        svar, regler, fakta, None in (kronisk, ny_kronisk), graense_12 or graense_6
    )
    return Regelsvar(
        svar,
        regler,
        tekst,
        (KILDE_APOTEK_EFTERLEVELSE, KILDE_APOTEK_NY_MEDICIN, KILDE_APOTEK_DEPRESSION),
        fortolkninger,
    )


def _apotekets_svar(efterlevelse: Svar, nydiagnosticeret: Svar) -> tuple[Svar, tuple[str, ...]]:
    """Mindst én samtale tilbydes: ja; ellers ukendt, hvis en af dem er ukendt; ellers nej."""
    regler = tuple(
        regel
        for regel, s in (
            ("medicinsamtale ved manglende medicinefterlevelse", efterlevelse),
            ("medicinsamtale ved nydiagnosticeret kronisk sygdom", nydiagnosticeret),
        )
        if s is Svar.OPFYLDT
    )
    if regler:
        return Svar.OPFYLDT, regler
    if Svar.KAN_IKKE_AFGOERES in (efterlevelse, nydiagnosticeret):
        return Svar.KAN_IKKE_AFGOERES, regler
    return Svar.IKKE_OPFYLDT, regler


def _apotekstekst(
    svar: Svar,
    regler: tuple[str, ...],
    fakta: str,
    kronisk_ukendt: bool,
    paa_graensen: bool,
) -> tuple[str, tuple[str, ...]]:
    """Begrundelsen og fortolkningerne for apotekets svar."""
    fortolkninger: tuple[str, ...] = ()
    if svar is Svar.OPFYLDT:
        tekst = f"Apoteket tilbyder {' og '.join(regler)} ({fakta})."
    elif svar is Svar.IKKE_OPFYLDT:
        tekst = f"Ingen af apotekets medicinsamtaler er omfattet ({fakta})."
    else:
        tekst = (
            f"Det kan ikke afgøres, om apoteket tilbyder en medicinsamtale ({fakta}). En dato "
            "alene afgør det ikke: samtalerne gælder medicin for eller ved diagnosticeringen "
            "af en kronisk sygdom."
        )
    if svar is Svar.KAN_IKKE_AFGOERES and kronisk_ukendt:
        # Om depressionen selv tæller som kronisk sygdom; se fortolkningsloggen DEP-12.
        tekst += (
            " Programmet nævner depression blandt de kroniske sygdomme (»herunder også "
            "mennesker med depression«); om det gælder her, er en oplysning, der skal gives "
            "(se fortolkningsloggen DEP-12)."
        )
        fortolkninger = (FORTOLKNING_KRONISK_SYGDOM,)
    if paa_graensen:
        tekst += f" En ordination på grænsedagen er regnet med ({GRAENSE_LAESNING})."
        fortolkninger = (*fortolkninger, FORTOLKNING_TIDSGRAENSER)
    return tekst, fortolkninger
