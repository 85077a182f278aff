"""Depression: behandling og opfølgning (medicinopstart, internetbehandling, behandlingsregler).

Kilde: *Forløbsprogram for mennesker med depression* (Region Syddanmark), Kap. 7 Behandling
og opfølgning:

- `medicinopstart`: »Opstart af medicinsk behandling af 18-24-årige skal ske hos en
  speciallæge i psykiatri« (begge aldre med).
- `internetbehandling`: regionens tilbud om internetbehandling til patienter over 18 år med
  let til moderat depression (forsamtale på video, 12 ugers program, ugentlig støtte).
- `behandlingsregler`: almen praksis er tovholder; i psykiatrien medicin sammen med
  samtaleterapi ved moderat til svær depression (»skal« mod almen praksis' »kan«, DEP-14);
  depression opsporet under somatisk indlæggelse henvises til psykiatrien.

Under 18 år er svaret `UDEN_FOR_MAALGRUPPEN` (Kap. 1, se `maalgruppe`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from forloebsregler._depression_grundlag import (
    FORTOLKNING_UNDER_18,
    KAP7,
    KILDE_MAALGRUPPE,
    MINDSTEALDER,
    Regelsvar,
    Svaerhedsgrad,
    atten_ids,
    atten_tekst,
    kraev_alder,
    uden_for_maalgruppen,
)
from forloebsregler._valider import (
    kraev_enum,
    kraev_valgfri_bool,
    vis,
)
from forloebsregler.fejl import UgyldigTypeFejl
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION
from forloebsregler.svar import Svar

if TYPE_CHECKING:
    from forloebsregler.typer import (
        Heltal,
        SvaerhedsgradArg,
    )

__all__ = [
    "INTERNETBEHANDLING_UGER",
    "MEDICINOPSTART_SPECIALLAEGE_ALDER",
    "behandlingsregler",
    "internetbehandling",
    "medicinopstart",
]

MEDICINOPSTART_SPECIALLAEGE_ALDER = (18, 24)
"""Kap. 7: opstart af medicin for 18–24-årige sker hos speciallæge i psykiatri (begge med)."""

KILDE_MEDICINOPSTART = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Opstart af medicinsk behandling af 18-24-årige skal ske hos en speciallæge i psykiatri. "
    "Almen Praksis rolle er derfor i sådanne situationer at henvise til speciallæge.",
)


def medicinopstart(alder: Heltal) -> Regelsvar:
    """Skal opstart af medicinsk behandling ske hos speciallæge i psykiatri? (Kap. 7: 18–24 år).

    `svar` er OPFYLDT, når opstarten skal ske hos speciallægen (almen praksis henviser), og
    IKKE_OPFYLDT fra 25 år. Under 18 år er svaret UDEN_FOR_MAALGRUPPEN: programmet gælder
    voksne, og svaret må ikke læses som en tilladelse til at starte medicin uden for
    speciallægen (DEP-06).
    """
    a = kraev_alder(alder)
    if a < MINDSTEALDER:
        return Regelsvar(
            Svar.UDEN_FOR_MAALGRUPPEN,
            (),
            uden_for_maalgruppen(a, "opstart af medicinsk behandling hos speciallæge"),
            (KILDE_MEDICINOPSTART, KILDE_MAALGRUPPE),
            (FORTOLKNING_UNDER_18,),
        )
    fra, til = MEDICINOPSTART_SPECIALLAEGE_ALDER
    if fra <= a <= til:
        tekst = (
            f"{a} år: opstart af medicinsk behandling skal ske hos en speciallæge i psykiatri; "
            "almen praksis henviser til speciallæge."
        )
        return Regelsvar(
            Svar.OPFYLDT,
            ("almen praksis henviser til speciallæge i psykiatri",),
            tekst,
            (KILDE_MEDICINOPSTART,),
        )
    tekst = f"{a} år: reglen om opstart hos speciallæge gælder 18-24-årige og gælder ikke her."
    return Regelsvar(Svar.IKKE_OPFYLDT, (), tekst, (KILDE_MEDICINOPSTART,))


# --------------------------------------------------------------------------- internetbehandling

INTERNETBEHANDLING_UGER = 12
"""Kap. 7: internetprogrammet varer 12 uger."""

KILDE_INTERNET = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "regionen et tilbud om internetbehandling til patienter over 18 år med let til moderat "
    "depression.",
)
KILDE_INTERNET_FORLOEB = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Behandlingsforløbet består af en forsamtale på video … Derefter følger borger et "
    "internetprogram i 12 uger … Psykologen giver ugentlig skriftlig støtte. Behandlingen er "
    "gratis for borgeren.",
)


def internetbehandling(alder: Heltal, svaerhedsgrad: SvaerhedsgradArg) -> Regelsvar:
    """Internetbehandling i Telepsykiatrisk Center (Kap. 7).

    For patienter over 18 år (læst som 18 og derover, DEP-04) med let til moderat depression:
    en forsamtale på video, et internetprogram i 12 uger med ugentlig skriftlig støtte fra en
    psykolog; gratis for borgeren. Under 18 år er svaret UDEN_FOR_MAALGRUPPEN (DEP-06).
    """
    a = kraev_alder(alder)
    grad = kraev_enum(Svaerhedsgrad, svaerhedsgrad, "svaerhedsgrad")
    kilder = (KILDE_INTERNET, KILDE_INTERNET_FORLOEB)
    if a < MINDSTEALDER:
        return Regelsvar(
            Svar.UDEN_FOR_MAALGRUPPEN,
            (),
            uden_for_maalgruppen(a, "internetbehandling"),
            (*kilder, KILDE_MAALGRUPPE),
            (FORTOLKNING_UNDER_18,),
        )
    ja = grad in (Svaerhedsgrad.LET, Svaerhedsgrad.MODERAT)
    regler = (
        "forsamtale på video",
        f"internetprogram i {INTERNETBEHANDLING_UGER} uger med daglige øvelser",
        "ugentlig skriftlig støtte fra en psykolog",
        "gratis for borgeren",
    )
    if ja:
        tekst = (
            f"{a} år med {grad.value}: i målgruppen for internetbehandling ("
            + "; ".join(regler)
            + ")."
            + atten_tekst(a)
        )
        return Regelsvar(Svar.OPFYLDT, regler, tekst, kilder, atten_ids(a))
    tekst = (
        f"{a} år med {grad.value}: ikke i målgruppen for internetbehandling, som er "
        "patienter over 18 år med let til moderat depression."
    )
    return Regelsvar(Svar.IKKE_OPFYLDT, (), tekst, kilder)


# --------------------------------------------------------------------------- behandling

KILDE_BEHANDLING_PSYKIATRI = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Ved moderat til svær depression skal patienten have medikamentel behandling sammen med "
    "samtaleterapi. Den medicinske behandling følges løbende af en læge i psykiatrien.",
)
KILDE_ALMEN_PRAKSIS_BEHANDLING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Almen praksis har mulighed for at behandle patienter med let til moderat depression. Der "
    "kan være tale om behandlingssamtaler og/eller medicinsk behandling.",
)
FORTOLKNING_SKAL = "DEP-14"
"""Fortolkningsloggen: »skal« medicin og samtaleterapi (regionen) mod »kan« (almen praksis)."""
KILDE_TOVHOLDER = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Almen praksis har ansvaret for at være tovholder for det samlede behandlingsforløb",
)
KILDE_SOMATISK = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Hvis depression opspores ved indlæggelse på somatisk sygehus, henvises til videre "
    "vurdering/behandling i psykiatrien.",
)


def behandlingsregler(
    svaerhedsgrad: SvaerhedsgradArg,
    *,
    behandles_i_psykiatrien: bool | None,
    opsporet_under_somatisk_indlaeggelse: bool = False,
) -> Regelsvar:
    """Behandlingsreglerne i Kap. 7, der gælder for patienten.

    - Almen praksis er altid tovholder for det samlede behandlingsforløb.
    - I psykiatrien: moderat til svær depression behandles med medicin sammen med
      samtaleterapi, og medicinen følges af en læge i psykiatrien.
    - Opspores depression under indlæggelse på somatisk sygehus, henvises til psykiatrien.

    `svar` er OPFYLDT, når alle de relevante regler kunne afgøres, og KAN_IKKE_AFGOERES, når
    det er ukendt, om patienten behandles i psykiatrien, og sværhedsgraden gør det relevant.
    """
    grad = kraev_enum(Svaerhedsgrad, svaerhedsgrad, "svaerhedsgrad")
    i_psyk = kraev_valgfri_bool(behandles_i_psykiatrien, "behandles_i_psykiatrien")
    if not isinstance(opsporet_under_somatisk_indlaeggelse, bool):
        raise UgyldigTypeFejl(
            f"opsporet_under_somatisk_indlaeggelse: fik "
            f"{vis(opsporet_under_somatisk_indlaeggelse)}; accepterer True eller False"
        )
    regler = ["almen praksis er tovholder for det samlede behandlingsforløb"]
    kilder = [KILDE_TOVHOLDER]
    svar = Svar.OPFYLDT
    moderat_til_svaer = grad in (Svaerhedsgrad.MODERAT, Svaerhedsgrad.SVAER)
    kombi = "medikamentel behandling sammen med samtaleterapi, fulgt af en læge i psykiatrien"
    if moderat_til_svaer and i_psyk:
        regler.append(kombi)
        kilder.append(KILDE_BEHANDLING_PSYKIATRI)
    elif moderat_til_svaer and i_psyk is None:
        svar = Svar.KAN_IKKE_AFGOERES
        kilder.append(KILDE_BEHANDLING_PSYKIATRI)
    if opsporet_under_somatisk_indlaeggelse:
        regler.append("henvis til videre vurdering/behandling i psykiatrien")
        kilder.append(KILDE_SOMATISK)
    tekst = f"Ved {grad.value}: " + "; ".join(regler) + "."
    if svar is Svar.KAN_IKKE_AFGOERES:
        tekst += f" Det er ukendt, om patienten behandles i psykiatrien; i så fald gælder: {kombi}."
    fortolkninger: tuple[str, ...] = ()
    if grad is Svaerhedsgrad.MODERAT and i_psyk is False:
        # »skal« (regionsafsnittet) mod »har mulighed for … og/eller« (almen praksis); DEP-14.
        kilder.append(KILDE_ALMEN_PRAKSIS_BEHANDLING)
        tekst += (
            " Almen praksis har mulighed for at behandle let til moderat depression med "
            "behandlingssamtaler og/eller medicinsk behandling; kravet om medicin sammen med "
            "samtaleterapi ved moderat til svær depression står i afsnittet om regionen og er "
            f"læst som gældende i psykiatrien (læsning, se fortolkningsloggen {FORTOLKNING_SKAL})."
        )
        fortolkninger = (FORTOLKNING_SKAL,)
    return Regelsvar(svar, tuple(regler), tekst, tuple(kilder), fortolkninger)
