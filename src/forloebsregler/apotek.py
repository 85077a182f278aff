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
from typing import TYPE_CHECKING

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
from forloebsregler.kilder import (
    FORLOEBSPROGRAM_DEPRESSION,
)
from forloebsregler.svar import Svar, og

if TYPE_CHECKING:
    pass

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
KILDE_APOTEK_NY_MEDICIN = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Tilbydes borgere, der inden for de seneste 6 måneder har fået ordineret ny medicin i "
    "forbindelse med diagnosticeringen af en kronisk sygdom.",
)


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
    # Grænsedagene tæller med; se fortolkningsloggen DEP-08.
    tolv_fra = (
        None
        if siden is None
        else flyt_dato(siden, "medicin_ordineret_siden", maaneder=MEDICINSAMTALE_MINDST_MAANEDER)
    )
    tolv_maaneder: bool | None = None if tolv_fra is None else tolv_fra <= d
    efterlevelse = og(tolv_maaneder, kronisk, efterlevelse_mangler)
    seks_foer = (
        None if ny is None else flyt_dato(d, "dato", maaneder=-NY_MEDICIN_INDEN_FOR_MAANEDER)
    )
    inden_for_6: bool | None = None if ny is None or seks_foer is None else ny >= seks_foer
    paa_graensen = tolv_fra == d or (ny is not None and ny == seks_foer)
    nydiagnosticeret = og(inden_for_6, ny_kronisk)
    regler: list[str] = []
    if efterlevelse is Svar.OPFYLDT:
        regler.append("medicinsamtale ved manglende medicinefterlevelse")
    if nydiagnosticeret is Svar.OPFYLDT:
        regler.append("medicinsamtale ved nydiagnosticeret kronisk sygdom")
    if regler:
        svar = Svar.OPFYLDT
    elif Svar.KAN_IKKE_AFGOERES in (efterlevelse, nydiagnosticeret):
        svar = Svar.KAN_IKKE_AFGOERES
    else:
        svar = Svar.IKKE_OPFYLDT
    fakta = (
        f"medicin i mindst 12 måneder: {tekst_ja_nej(tolv_maaneder)}; for en kronisk sygdom: "
        f"{tekst_ja_nej(kronisk)}; manglende medicinefterlevelse: "
        f"{tekst_ja_nej(efterlevelse_mangler)}; ny medicin inden for 6 måneder: "
        f"{tekst_ja_nej(inden_for_6)}; i forbindelse med diagnosticeringen af en kronisk "
        f"sygdom: {tekst_ja_nej(ny_kronisk)}"
    )
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
    if svar is Svar.KAN_IKKE_AFGOERES and (kronisk is None or ny_kronisk is None):
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
    return Regelsvar(
        svar,
        tuple(regler),
        tekst,
        (KILDE_APOTEK_EFTERLEVELSE, KILDE_APOTEK_NY_MEDICIN, KILDE_APOTEK_DEPRESSION),
        fortolkninger,
    )
