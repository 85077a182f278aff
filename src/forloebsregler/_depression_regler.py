"""Depression: programmets mindre regler (alder, medicin, apotek, arbejdsmarked, alkohol m.m.).

Kilder: *Forløbsprogram for mennesker med depression* (målgruppen, Kap. 4, 6, 7, 9 og 11),
*Notat om borgergrundlag* (PHQ-2) og *høringssvarene* (WHO-5, HADS). De offentlige navne
genudsendes af `stratificering`.

- Under 18 år er personen uden for programmets målgruppe (`UDEN_FOR_MAALGRUPPEN`, DEP-06);
  hvor 18–19-årige modtages i psykiatrien, siger kilderne ikke (DEP-05).
- Regionspsykiatrien udreder patienter med ét af Kap. 6's karakteristika (DEP-13).
- Apotekets samtaler kræver oplysningen om kronisk sygdom; en dato alene afgør intet (DEP-12).
- Den forebyggende samtale om alkohol udelukker ingen; afhængighed peger mod
  alkoholbehandling (DEP-11). Rygestop kommer altid med advarslen om timing.

Resultater, der hviler på en læsning, har ID'et fra `docs/fortolkninger.md` i `fortolkninger`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs
from dateutil.relativedelta import relativedelta

from forloebsregler._depression_grundlag import (
    KAP1,
    KAP2_SAMMENFATNING,
    KAP4,
    KAP6,
    KAP7,
    KAP9,
    KAP11,
    Afgoerelse,
    Svaerhedsgrad,
    tekst_ja_nej,
)
from forloebsregler._resultat import Resultat
from forloebsregler._valider import (
    kraev_dato,
    kraev_decimal,
    kraev_enum,
    kraev_heltal,
    kraev_valgfri_bool,
    vis,
)
from forloebsregler.fejl import PeriodeFejl, UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import (
    FORLOEBSPROGRAM_DEPRESSION,
    HOERINGSSVAR_DEPRESSION,
    NOTAT_BORGERGRUNDLAG,
    Kilde,
)
from forloebsregler.svar import og

if TYPE_CHECKING:
    from forloebsregler.typer import (
        Afbildning,
        Beloeb,
        Heltal,
        KoenArg,
        PsykiatrikarakteristikumArg,
        SvaerhedsgradArg,
    )

__all__ = [
    "ALKOHOL_HOEJRISIKOGRAENSE",
    "FAST_TRACK_OPFOELGNING",
    "FAST_TRACK_SYGEMELDING",
    "INTERNETBEHANDLING_UGER",
    "MEDICINOPSTART_SPECIALLAEGE_ALDER",
    "MINDSTEALDER",
    "PARAGRAF_56_MINDSTE_FRAVAER_DAGE",
    "PHQ2_TAERSKEL_SUNDHEDSPROFILEN",
    "PSYKIATRISK_AFDELING_MINDSTEALDER",
    "Alkoholkategori",
    "Koen",
    "Psykiatrihenvisning",
    "Psykiatrikarakteristikum",
    "Psykiatrimodtager",
    "Screeningsredskab",
    "behandlingsregler",
    "fast_track",
    "henvisning_til_regionspsykiatrien",
    "i_maalgruppen",
    "internetbehandling",
    "medicinopstart",
    "medicinsamtale_paa_apoteket",
    "paragraf_56_aftale",
    "psykiatrisk_modtagelse",
    "rygestop",
    "vurder_alkohol",
    "vurder_phq2",
]


@attrs.frozen
class Regelsvar(Resultat):
    """Et regelsvar i tre tilstande (eller uden for målgruppen) med de regler, der følger,
    deres kilder og de læsninger i fortolkningsloggen, svaret hviler på."""

    svar: Afgoerelse
    regler: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _alder(alder: object) -> int:
    return kraev_heltal(alder, "alder", min_vaerdi=0, maks_vaerdi=130)


# --------------------------------------------------------------------------- alder

MINDSTEALDER = 18
"""Målgruppen: »alle syddanske borgere over 18 år« (læst som 18 år og derover, DEP-04)."""
MEDICINOPSTART_SPECIALLAEGE_ALDER = (18, 24)
"""Kap. 7: opstart af medicin for 18–24-årige sker hos speciallæge i psykiatri (begge med)."""
PSYKIATRISK_AFDELING_MINDSTEALDER = 20
"""Kap. 6/7: »psykiatrisk afdeling (20 år+) eller børne- og ungdomspsykiatrien«."""

FORTOLKNING_OVER_18 = "DEP-04"
"""Fortolkningsloggen: »over 18 år« læst som 18 år og derover."""
FORTOLKNING_18_19_PSYKIATRI = "DEP-05"
"""Fortolkningsloggen: 18–19-årige og psykiatrien (kan ikke afgøres)."""
FORTOLKNING_UNDER_18 = "DEP-06"
"""Fortolkningsloggen: under 18 år er uden for målgruppen (ikke et nej)."""

KILDE_MAALGRUPPE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP1,
    "Målgruppen for forløbsprogrammet er alle syddanske borgere over 18 år, som har eller er i "
    "risiko for at udvikle unipolar depression af let, moderat eller svær grad.",
)
KILDE_MEDICINOPSTART = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Opstart af medicinsk behandling af 18-24-årige skal ske hos en speciallæge i psykiatri. "
    "Almen Praksis rolle er derfor i sådanne situationer at henvise til speciallæge.",
)
KILDE_PSYKIATRISK_AFDELING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP6,
    "Disse patienter henvises til en psykiatrisk afdeling (20 år+) eller børne- og "
    "ungdomspsykiatrien.",
)


def _uden_for_maalgruppen(a: int, regel: str | None) -> str:
    """Begrundelsen, når en person under 18 år spørger til en af programmets regler."""
    gaelder = "programmets regler gælder" if regel is None else f"reglen om {regel} gælder"
    return (
        f"{a} år: uden for forløbsprogrammets målgruppe, som er »alle syddanske borgere over 18 "
        f"år«; {gaelder} derfor ikke for personen, og svaret er hverken ja eller nej (se "
        f"fortolkningsloggen {FORTOLKNING_UNDER_18})."
    )


def _atten(a: int) -> str:
    """Tilføjelsen til en begrundelse for en 18-årig: »over 18 år« er en læsning."""
    if a != MINDSTEALDER:
        return ""
    return (
        " »Over 18 år« er læst som 18 år og derover; ordret ville en 18-årig være uden for "
        f"målgruppen (læsning, se fortolkningsloggen {FORTOLKNING_OVER_18})."
    )


def _atten_ids(a: int) -> tuple[str, ...]:
    return (FORTOLKNING_OVER_18,) if a == MINDSTEALDER else ()


def i_maalgruppen(alder: Heltal) -> Regelsvar:
    """Om en borger har programmets alder: voksne fra 18 år (fortolkningsloggen DEP-04).

    Under 18 år er svaret UDEN_FOR_MAALGRUPPEN (DEP-06).
    """
    a = _alder(alder)
    if a < MINDSTEALDER:
        return Regelsvar(
            Afgoerelse.UDEN_FOR_MAALGRUPPEN,
            (),
            _uden_for_maalgruppen(a, None),
            (KILDE_MAALGRUPPE,),
            (FORTOLKNING_UNDER_18,),
        )
    tekst = (
        f"{a} år: i forløbsprogrammets målgruppe, som er syddanske borgere over 18 år." + _atten(a)
    )
    return Regelsvar(Afgoerelse.OPFYLDT, (), tekst, (KILDE_MAALGRUPPE,), _atten_ids(a))


def medicinopstart(alder: Heltal) -> Regelsvar:
    """Skal opstart af medicinsk behandling ske hos speciallæge i psykiatri? (Kap. 7: 18–24 år).

    `svar` er OPFYLDT, når opstarten skal ske hos speciallægen (almen praksis henviser), og
    IKKE_OPFYLDT fra 25 år. Under 18 år er svaret UDEN_FOR_MAALGRUPPEN: programmet gælder
    voksne, og svaret må ikke læses som en tilladelse til at starte medicin uden for
    speciallægen (DEP-06).
    """
    a = _alder(alder)
    if a < MINDSTEALDER:
        return Regelsvar(
            Afgoerelse.UDEN_FOR_MAALGRUPPEN,
            (),
            _uden_for_maalgruppen(a, "opstart af medicinsk behandling hos speciallæge"),
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
            Afgoerelse.OPFYLDT,
            ("almen praksis henviser til speciallæge i psykiatri",),
            tekst,
            (KILDE_MEDICINOPSTART,),
        )
    tekst = f"{a} år: reglen om opstart hos speciallæge gælder 18-24-årige og gælder ikke her."
    return Regelsvar(Afgoerelse.IKKE_OPFYLDT, (), tekst, (KILDE_MEDICINOPSTART,))


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
    svar: Afgoerelse
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
    a = _alder(alder)
    if a >= PSYKIATRISK_AFDELING_MINDSTEALDER:
        return Modtagelse(
            Psykiatrimodtager.PSYKIATRISK_AFDELING,
            a,
            Afgoerelse.OPFYLDT,
            f"{a} år: henvises til en psykiatrisk afdeling, som modtager patienter fra 20 år.",
            (KILDE_PSYKIATRISK_AFDELING,),
        )
    if a < MINDSTEALDER:
        return Modtagelse(
            None,
            a,
            Afgoerelse.UDEN_FOR_MAALGRUPPEN,
            _uden_for_maalgruppen(a, "modtagelse i psykiatrien")
            + " Kilden nævner børne- og ungdomspsykiatrien; det afgøres uden for programmet.",
            (KILDE_PSYKIATRISK_AFDELING, KILDE_MAALGRUPPE),
            (FORTOLKNING_UNDER_18,),
        )
    tekst = (
        f"{a} år: kan ikke afgøres. Kilden nævner kun »en psykiatrisk afdeling (20 år+) eller "
        "børne- og ungdomspsykiatrien«, og programmet er for voksne over 18 år; hvor "
        "18-19-årige modtages, siger kilderne ikke, og en voksen placeres ikke i børne- og "
        f"ungdomspsykiatrien efter gæt (se fortolkningsloggen {FORTOLKNING_18_19_PSYKIATRI})."
        + _atten(a)
    )
    return Modtagelse(
        None,
        a,
        Afgoerelse.KAN_IKKE_AFGOERES,
        tekst,
        (KILDE_PSYKIATRISK_AFDELING, KILDE_MAALGRUPPE),
        (FORTOLKNING_18_19_PSYKIATRI, *_atten_ids(a)),
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

    svar: Afgoerelse
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
        ud[k] = kraev_valgfri_bool(v, f"karakteristika[{k.name}]")
    return ud


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
    if modtagelse.svar is Afgoerelse.UDEN_FOR_MAALGRUPPEN:
        return Psykiatrihenvisning(
            Afgoerelse.UDEN_FOR_MAALGRUPPEN,
            (),
            (),
            modtagelse,
            _uden_for_maalgruppen(modtagelse.alder, "henvisning til regionspsykiatrien"),
            (*kilder, *modtagelse.kilder),
            modtagelse.fortolkninger,
        )
    til_stede = tuple(k for k in Psykiatrikarakteristikum if vurderet.get(k) is True)
    ukendte = tuple(k for k in Psykiatrikarakteristikum if vurderet.get(k) is None)
    fortolkninger: tuple[str, ...] = ()
    if til_stede:
        svar = Afgoerelse.OPFYLDT
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
        svar = Afgoerelse.KAN_IKKE_AFGOERES
        tekst = (
            "Om regionspsykiatrien tilbyder udredning, kan ikke afgøres: ingen af tabellens "
            "karakteristika er angivet som til stede, og det er ukendt, om patienten har "
            + "; ".join(k.value.lower() for k in ukendte)
            + "."
        )
    else:
        svar = Afgoerelse.IKKE_OPFYLDT
        tekst = (
            "Ingen af de otte karakteristika i tabellen i Kap. 6 er til stede, så tabellen "
            "giver ikke grundlag for udredning i regionspsykiatrien."
        )
    if svar is not Afgoerelse.IKKE_OPFYLDT:
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
FORTOLKNING_TIDSGRAENSER = "DEP-08"
"""Fortolkningsloggen: om grænsedagen tæller med."""
_GRAENSE = f"læsning, se fortolkningsloggen {FORTOLKNING_TIDSGRAENSER}"
FORTOLKNING_KRONISK_SYGDOM = "DEP-12"
"""Fortolkningsloggen: »kronisk sygdom« ved apotekets medicinsamtaler er en oplysning."""


def _flyt(d: date, navn: str, *, maaneder: int = 0, dage: int = 0) -> date:
    """`d` flyttet et antal kalendermåneder og dage; uden for kalenderen er en fejl."""
    try:
        return d + relativedelta(months=maaneder, days=dage)
    except (OverflowError, ValueError):
        raise UgyldigVaerdiFejl(
            f"{navn}: {d.isoformat()} ligger for tæt på kalenderens grænse til at regne "
            f"{maaneder} måneder og {dage} dage fra"
        ) from None


def _valgfri_dato(vaerdi: object, navn: str) -> date | None:
    return None if vaerdi is None else kraev_dato(vaerdi, navn)


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
    siden = _valgfri_dato(medicin_ordineret_siden, "medicin_ordineret_siden")
    kronisk = kraev_valgfri_bool(medicin_for_kronisk_sygdom, "medicin_for_kronisk_sygdom")
    efterlevelse_mangler = kraev_valgfri_bool(
        manglende_medicinefterlevelse, "manglende_medicinefterlevelse"
    )
    ny = _valgfri_dato(ny_medicin_ordineret, "ny_medicin_ordineret")
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
        else _flyt(siden, "medicin_ordineret_siden", maaneder=MEDICINSAMTALE_MINDST_MAANEDER)
    )
    tolv_maaneder: bool | None = None if tolv_fra is None else tolv_fra <= d
    efterlevelse = og(tolv_maaneder, kronisk, efterlevelse_mangler)
    seks_foer = None if ny is None else _flyt(d, "dato", maaneder=-NY_MEDICIN_INDEN_FOR_MAANEDER)
    inden_for_6: bool | None = None if ny is None or seks_foer is None else ny >= seks_foer
    paa_graensen = tolv_fra == d or (ny is not None and ny == seks_foer)
    nydiagnosticeret = og(inden_for_6, ny_kronisk)
    regler: list[str] = []
    if efterlevelse is Afgoerelse.OPFYLDT:
        regler.append("medicinsamtale ved manglende medicinefterlevelse")
    if nydiagnosticeret is Afgoerelse.OPFYLDT:
        regler.append("medicinsamtale ved nydiagnosticeret kronisk sygdom")
    if regler:
        svar = Afgoerelse.OPFYLDT
    elif Afgoerelse.KAN_IKKE_AFGOERES in (efterlevelse, nydiagnosticeret):
        svar = Afgoerelse.KAN_IKKE_AFGOERES
    else:
        svar = Afgoerelse.IKKE_OPFYLDT
    fakta = (
        f"medicin i mindst 12 måneder: {tekst_ja_nej(tolv_maaneder)}; for en kronisk sygdom: "
        f"{tekst_ja_nej(kronisk)}; manglende medicinefterlevelse: "
        f"{tekst_ja_nej(efterlevelse_mangler)}; ny medicin inden for 6 måneder: "
        f"{tekst_ja_nej(inden_for_6)}; i forbindelse med diagnosticeringen af en kronisk "
        f"sygdom: {tekst_ja_nej(ny_kronisk)}"
    )
    fortolkninger: tuple[str, ...] = ()
    if svar is Afgoerelse.OPFYLDT:
        tekst = f"Apoteket tilbyder {' og '.join(regler)} ({fakta})."
    elif svar is Afgoerelse.IKKE_OPFYLDT:
        tekst = f"Ingen af apotekets medicinsamtaler er omfattet ({fakta})."
    else:
        tekst = (
            f"Det kan ikke afgøres, om apoteket tilbyder en medicinsamtale ({fakta}). En dato "
            "alene afgør det ikke: samtalerne gælder medicin for eller ved diagnosticeringen "
            "af en kronisk sygdom."
        )
    if svar is Afgoerelse.KAN_IKKE_AFGOERES and (kronisk is None or ny_kronisk is None):
        # Om depressionen selv tæller som kronisk sygdom; se fortolkningsloggen DEP-12.
        tekst += (
            " Programmet nævner depression blandt de kroniske sygdomme (»herunder også "
            "mennesker med depression«); om det gælder her, er en oplysning, der skal gives "
            "(se fortolkningsloggen DEP-12)."
        )
        fortolkninger = (FORTOLKNING_KRONISK_SYGDOM,)
    if paa_graensen:
        tekst += f" En ordination på grænsedagen er regnet med ({_GRAENSE})."
        fortolkninger = (*fortolkninger, FORTOLKNING_TIDSGRAENSER)
    return Regelsvar(
        svar,
        tuple(regler),
        tekst,
        (KILDE_APOTEK_EFTERLEVELSE, KILDE_APOTEK_NY_MEDICIN, KILDE_APOTEK_DEPRESSION),
        fortolkninger,
    )


# --------------------------------------------------------------------------- arbejdsmarkedet

FAST_TRACK_SYGEMELDING = timedelta(weeks=8)
"""Kap. 9: Fast Track anbefales, når sygemeldingen forventes at blive længere end otte uger."""
FAST_TRACK_OPFOELGNING = timedelta(weeks=2)
"""Kap. 9: opfølgningen igangsættes senest to uger efter anmodningen."""
PARAGRAF_56_MINDSTE_FRAVAER_DAGE = 10
"""Kap. 9: forventet forøget sygefravær på mindst 10 dage om året."""

KILDE_FAST_TRACK = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP9,
    "forventes den at blive længere end otte uger, anbefales arbejdsgiveren at tage kontakt "
    "til jobcenteret via",
)
KILDE_FAST_TRACK_FRIST = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP9,
    "betyder, at sygedagpengeopfølgningen igangsættes senest to uger efter anmodningen – mod "
    "normalt efter otte ugers sygefravær.",
)
KILDE_PARAGRAF_56 = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP9,
    "Hvis der er en risiko for et forøget sygefravær på grund af langvarig eller kronisk "
    "sygdom, kan der indgås en aftale mellem borgeren, arbejdsgiveren og kommunen",
)
KILDE_PARAGRAF_56_DAGE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP9,
    "Det forventede forøgede sygefravær grundet lidelsen skal være på mindst 10 dage om året.",
)


@attrs.frozen
class FastTrackVurdering(Resultat):
    """Om Fast Track anbefales, og hvornår sygedagpengeopfølgningen senest skal begynde."""

    anbefales: Afgoerelse
    opfoelgning_senest: date | None
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def fast_track(
    forventet_sygemelding: timedelta | None,
    *,
    anmodningsdato: date | str | None = None,
) -> FastTrackVurdering:
    """Fast Track (Kap. 9).

    Anbefales, når sygemeldingen forventes at blive længere end otte uger. Med Fast Track
    igangsættes sygedagpengeopfølgningen senest to uger efter anmodningen (i stedet for
    efter otte ugers sygefravær); `opfoelgning_senest` er anmodningsdatoen + 14 dage.
    """
    if forventet_sygemelding is not None and not isinstance(forventet_sygemelding, timedelta):
        raise UgyldigTypeFejl(
            f"forventet_sygemelding: fik {vis(forventet_sygemelding)}; accepterer en timedelta "
            "eller None (ukendt)"
        )
    if forventet_sygemelding is not None and forventet_sygemelding < timedelta(0):
        raise UgyldigVaerdiFejl(
            f"forventet_sygemelding: fik {vis(forventet_sygemelding)}; accepterer kun 0 eller mere"
        )
    anmodet = _valgfri_dato(anmodningsdato, "anmodningsdato")
    # »længere end otte uger«: præcis 8 uger er ikke nok; se fortolkningsloggen DEP-08.
    svar = og(
        None if forventet_sygemelding is None else forventet_sygemelding > FAST_TRACK_SYGEMELDING
    )
    senest = (
        _flyt(anmodet, "anmodningsdato", dage=FAST_TRACK_OPFOELGNING.days)
        if anmodet is not None
        else None
    )
    if svar is Afgoerelse.OPFYLDT:
        tekst = "Sygemeldingen forventes at blive længere end otte uger: Fast Track anbefales."
    elif svar is Afgoerelse.IKKE_OPFYLDT:
        tekst = (
            "Sygemeldingen forventes ikke at blive længere end otte uger: Fast Track "
            "anbefales ikke."
        )
    else:
        tekst = (
            "Sygemeldingens forventede længde er ukendt: om Fast Track anbefales, kan ikke afgøres."
        )
    if senest is not None:
        tekst += (
            f" Med Fast Track igangsættes sygedagpengeopfølgningen senest {senest.isoformat()} "
            "(to uger efter anmodningen)."
        )
    fortolkninger: tuple[str, ...] = ()
    if forventet_sygemelding == FAST_TRACK_SYGEMELDING:
        tekst += f" Præcis otte uger er læst som ikke længere end otte uger ({_GRAENSE})."
        fortolkninger = (FORTOLKNING_TIDSGRAENSER,)
    return FastTrackVurdering(
        svar, senest, tekst, (KILDE_FAST_TRACK, KILDE_FAST_TRACK_FRIST), fortolkninger
    )


def paragraf_56_aftale(
    *,
    langvarig_eller_kronisk_sygdom: bool | None,
    forventet_ekstra_fravaer_dage_pr_aar: Beloeb | None,
) -> Regelsvar:
    """§ 56-aftale (Kap. 9): ved langvarig eller kronisk sygdom og et forventet forøget
    sygefravær på mindst 10 dage om året kan borger, arbejdsgiver og kommune indgå en aftale."""
    kronisk = kraev_valgfri_bool(langvarig_eller_kronisk_sygdom, "langvarig_eller_kronisk_sygdom")
    dage = (
        None
        if forventet_ekstra_fravaer_dage_pr_aar is None
        else kraev_decimal(
            forventet_ekstra_fravaer_dage_pr_aar,
            "forventet_ekstra_fravaer_dage_pr_aar",
            min_vaerdi=0,
        )
    )
    nok = None if dage is None else dage >= PARAGRAF_56_MINDSTE_FRAVAER_DAGE
    svar = og(kronisk, nok)
    fakta = (
        f"langvarig eller kronisk sygdom: {tekst_ja_nej(kronisk)}; forventet forøget fravær: "
        f"{'ukendt' if dage is None else f'{dage} dage om året'} (kravet er mindst 10)"
    )
    tekster = {
        Afgoerelse.OPFYLDT: f"En § 56-aftale kan indgås ({fakta}).",
        Afgoerelse.IKKE_OPFYLDT: f"Betingelserne for en § 56-aftale er ikke opfyldt ({fakta}).",
        Afgoerelse.KAN_IKKE_AFGOERES: f"Om en § 56-aftale kan indgås, kan ikke afgøres ({fakta}).",
    }
    regler = (
        ("arbejdsgiveren får refunderet sygedagpenge fra første sygedag ved fravær pga. lidelsen",)
        if svar is Afgoerelse.OPFYLDT
        else ()
    )
    return Regelsvar(svar, regler, tekster[svar], (KILDE_PARAGRAF_56, KILDE_PARAGRAF_56_DAGE))


# --------------------------------------------------------------------------- alkohol


class Koen(Enum):
    """Køn, som højrisikogrænsen for alkohol skelner efter."""

    KVINDE = "kvinde"
    MAND = "mand"


ALKOHOL_HOEJRISIKOGRAENSE: Mapping[Koen, int] = MappingProxyType({Koen.KVINDE: 14, Koen.MAND: 21})
"""Kap. 11: storforbrug er over 14/21 genstande pr. uge for kvinder/mænd."""


class Alkoholkategori(Enum):
    """De tre begreber i Kap. 11's boks om alkoholoverforbrug."""

    STORFORBRUG = "Storforbrug af alkohol"
    SKADELIGT_ALKOHOLFORBRUG = "Skadeligt alkoholforbrug"
    ALKOHOLAFHAENGIGHED = "Alkoholafhængighed"


KILDE_HOEJRISIKO = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Der er tale om et storforbrug, når forbruget ligger over Sundhedsstyrelsens "
    "højrisikogrænse for alkohol (alkoholforbrug over 14/21 genstande pr. uge for henholdsvis "
    "kvinder og mænd).",
)
KILDE_SKADELIGT = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Skadeligt alkoholforbrug defineres som et forbrug, der har medført helbredsskade eller "
    "social skade, og hvor borgeren ikke opfylder de diagnostiske kriterier for "
    "alkoholafhængighed.",
)
KILDE_AFHAENGIGHED = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11, "Alkoholafhængighed er en kombination af fysiologiske, holdningsmæssige og kognitive"
)
KILDE_FOREBYGGENDE_SAMTALE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Det bør afdækkes, om patientens alkoholforbrug ligger over højrisikogrænsen, uden at "
    "vedkommende har udviklet alkoholafhængighed.",
)
KILDE_INDIVIDUELT = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Sundhedsstyrelsen anbefaler, at den forebyggende samtale om alkohol bør foregå individuelt",
)
KILDE_ALKOHOLBEHANDLING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Alkoholbehandling er en Sundhedslovsydelse (Sundhedsloven § 141) og kan foregå anonymt, "
    "hvis borger ønsker dette.",
)


FORTOLKNING_ALKOHOL = "DEP-11"
"""Fortolkningsloggen: hvem den forebyggende samtale om alkohol er for, og alkoholbehandling."""
FORTOLKNING_SKADELIGT = "DEP-09"
"""Fortolkningsloggen: skadeligt alkoholforbrug kræver, at afhængighed er udelukket."""

KILDE_ALKOHOL_ANBEFALING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Derfor anbefaler Sundhedsstyrelsen, at kommunerne tilbyder forebyggende samtale om alkohol",
)
KILDE_ALKOHOL_INDSATS = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Typen af alkoholoverforbrug har betydning for, hvilken indsats der er den rette at tilbyde "
    "borgere med alkoholoverforbrug.",
)
KILDE_ALKOHOL_KAP4 = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP4,
    "Se nærmere om forebyggende samtale om alkohol og alkoholbehandling under kapitel 11.",
)
KILDE_ALKOHOLBEHANDLING_MISBRUG = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "ses alkoholbehandlingen ofte sammenkoblet med Kommunernes misbrugsområde.",
)


@attrs.frozen
class Alkoholvurdering(Resultat):
    """Alkoholkategorierne, den forebyggende samtale og alkoholbehandlingen.

    `forebyggende_samtale` er anbefalingen af kommunens forebyggende samtale om alkohol til
    patienten (Kap. 11 nævner ingen, der er udelukket). `alkoholbehandling` er OPFYLDT, når
    programmet peger borgeren mod alkoholbehandling (ved alkoholafhængighed, DEP-11),
    IKKE_OPFYLDT uden afhængighed og KAN_IKKE_AFGOERES, når afhængigheden er ukendt.
    """

    genstande_pr_uge: Decimal
    hoejrisikograense: int
    over_hoejrisikograensen: bool
    kategorier: tuple[Alkoholkategori, ...]
    forebyggende_samtale: Afgoerelse
    alkoholbehandling: Afgoerelse
    regler: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def vurder_alkohol(
    genstande_pr_uge: Decimal | int | str,
    koen: KoenArg,
    *,
    helbreds_eller_social_skade: bool | None = None,
    alkoholafhaengighed: bool | None = None,
) -> Alkoholvurdering:
    """Alkohol (Kap. 4 og 11).

    - Storforbrug: over højrisikogrænsen, 14 genstande/uge for kvinder og 21 for mænd.
    - Skadeligt forbrug: har medført helbredsskade eller social skade uden afhængighed.
    - Alkoholafhængighed: efter ICD-10 (en klinisk vurdering; gives som input).
    - Sundhedsstyrelsen anbefaler, at kommunerne tilbyder den forebyggende samtale om alkohol;
      den foregår individuelt, og i den afdækkes, om forbruget ligger over højrisikogrænsen
      uden afhængighed. Kilden udelukker ingen patient fra samtalen (DEP-11).
    - Alkoholbehandling er en ydelse efter Sundhedsloven § 141, kan foregå anonymt og er ofte
      sammenkoblet med kommunens misbrugsområde; »typen af alkoholoverforbrug« afgør indsatsen,
      og alkoholafhængighed peger mod behandlingen (læsning, DEP-11).
    """
    antal = kraev_decimal(genstande_pr_uge, "genstande_pr_uge", min_vaerdi=0)
    k = kraev_enum(Koen, koen, "koen")
    skade = kraev_valgfri_bool(helbreds_eller_social_skade, "helbreds_eller_social_skade")
    afhaengig = kraev_valgfri_bool(alkoholafhaengighed, "alkoholafhaengighed")
    graense = ALKOHOL_HOEJRISIKOGRAENSE[k]
    over = antal > graense  # »over 14/21«; se fortolkningsloggen DEP-08

    kategorier: list[Alkoholkategori] = []
    if over:
        kategorier.append(Alkoholkategori.STORFORBRUG)
    # Se fortolkningsloggen DEP-09.
    if skade and afhaengig is False:
        kategorier.append(Alkoholkategori.SKADELIGT_ALKOHOLFORBRUG)
    if afhaengig:
        kategorier.append(Alkoholkategori.ALKOHOLAFHAENGIGHED)
    behandling = og(afhaengig)
    regler = [
        "kommunen tilbyder den forebyggende samtale om alkohol (Sundhedsstyrelsens anbefaling)",
        "den forebyggende samtale om alkohol foregår individuelt",
        "i samtalen afdækkes, om forbruget ligger over højrisikogrænsen uden afhængighed",
    ]
    if afhaengig:
        regler.append(
            "alkoholbehandling: en ydelse efter Sundhedsloven § 141, kan foregå anonymt, ofte "
            "sammenkoblet med kommunens misbrugsområde"
        )
    else:
        regler.append(
            "alkoholbehandling er en ydelse efter Sundhedsloven § 141 og kan foregå anonymt"
        )
    navne = ", ".join(c.value.lower() for c in kategorier) or "ingen af de tre kategorier"
    tekst = (
        f"{antal} genstande pr. uge for en {k.value} er {'over' if over else 'ikke over'} "
        f"højrisikogrænsen på {graense} ({navne}). Den forebyggende samtale om alkohol "
        "anbefales (individuelt); kilden udelukker ingen patient fra den"
    )
    if over and afhaengig is False:
        tekst += ", og forbruget er netop det, samtalen skal afdække: over højrisikogrænsen uden "
        tekst += "afhængighed."
        fortolkninger: tuple[str, ...] = ()
    else:
        tekst += f" (læsning, se fortolkningsloggen {FORTOLKNING_ALKOHOL})."
        fortolkninger = (FORTOLKNING_ALKOHOL,)
    if behandling is Afgoerelse.OPFYLDT:
        tekst += (
            " Ved alkoholafhængighed peger programmet mod alkoholbehandling (Sundhedsloven § 141, "
            "kan foregå anonymt, ofte i kommunens misbrugsområde)."
        )
    elif behandling is Afgoerelse.KAN_IKKE_AFGOERES:
        tekst += (
            " Om programmet peger mod alkoholbehandling, kan ikke afgøres: det er ukendt, om der "
            "er alkoholafhængighed."
        )
    else:
        tekst += (
            " Uden alkoholafhængighed peger programmet ikke særskilt mod alkoholbehandling, men "
            "den er en ydelse efter Sundhedsloven § 141."
        )
    return Alkoholvurdering(
        antal,
        graense,
        over,
        tuple(kategorier),
        Afgoerelse.OPFYLDT,
        behandling,
        tuple(regler),
        tekst,
        (
            KILDE_ALKOHOL_ANBEFALING,
            KILDE_FOREBYGGENDE_SAMTALE,
            KILDE_ALKOHOL_INDSATS,
            KILDE_HOEJRISIKO,
            KILDE_SKADELIGT,
            KILDE_AFHAENGIGHED,
            KILDE_INDIVIDUELT,
            KILDE_ALKOHOLBEHANDLING,
            KILDE_ALKOHOLBEHANDLING_MISBRUG,
            KILDE_ALKOHOL_KAP4,
        ),
        fortolkninger,
    )


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
    a = _alder(alder)
    grad = kraev_enum(Svaerhedsgrad, svaerhedsgrad, "svaerhedsgrad")
    kilder = (KILDE_INTERNET, KILDE_INTERNET_FORLOEB)
    if a < MINDSTEALDER:
        return Regelsvar(
            Afgoerelse.UDEN_FOR_MAALGRUPPEN,
            (),
            _uden_for_maalgruppen(a, "internetbehandling"),
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
            + _atten(a)
        )
        return Regelsvar(Afgoerelse.OPFYLDT, regler, tekst, kilder, _atten_ids(a))
    tekst = (
        f"{a} år med {grad.value}: ikke i målgruppen for internetbehandling, som er "
        "patienter over 18 år med let til moderat depression."
    )
    return Regelsvar(Afgoerelse.IKKE_OPFYLDT, (), tekst, kilder)


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
    svar = Afgoerelse.OPFYLDT
    moderat_til_svaer = grad in (Svaerhedsgrad.MODERAT, Svaerhedsgrad.SVAER)
    kombi = "medikamentel behandling sammen med samtaleterapi, fulgt af en læge i psykiatrien"
    if moderat_til_svaer and i_psyk:
        regler.append(kombi)
        kilder.append(KILDE_BEHANDLING_PSYKIATRI)
    elif moderat_til_svaer and i_psyk is None:
        svar = Afgoerelse.KAN_IKKE_AFGOERES
        kilder.append(KILDE_BEHANDLING_PSYKIATRI)
    if opsporet_under_somatisk_indlaeggelse:
        regler.append("henvis til videre vurdering/behandling i psykiatrien")
        kilder.append(KILDE_SOMATISK)
    tekst = f"Ved {grad.value}: " + "; ".join(regler) + "."
    if svar is Afgoerelse.KAN_IKKE_AFGOERES:
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


# --------------------------------------------------------------------------- rygestop

RYGEOPHOER_STOETTE_MAANEDER = 6

KILDE_RYGESTOP_TIMING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Imidlertid er det også velbeskrevet, at rygeophør kan fremprovokere depression31. Det "
    "kræver derfor en særlig opmærksomhed på timingen af evt. rygestop.",
)
RYGESTOP_ADVARSEL = (
    "rygeophør kan fremprovokere depression; timingen af et evt. rygestop kræver derfor "
    "særlig opmærksomhed"
)
"""Kap. 11's advarsel, som altid er en del af svaret om rygestop."""

KILDE_RYGESTOP_GENTAGET = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Det anbefales derfor, at patienter med depression kan deltage på kommunens "
    "rygestoptilbud mere end én gang.",
)
KILDE_RYGESTOP_6_MAANEDER = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Patienter som er ophørt med at ryge inden for de sidste 6 måneder støttes i fortsat rygeophør",
)
KILDE_RYGESTOP_SELV = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Patienten kan selv henvende sig til kommunen med henblik på at deltage i et rygestoptilbud.",
)
KILDE_RYGESTOP_NOTAT = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Efter et afsluttet rygestopforløb anbefales det, at kommunen sender et kort "
    "afslutningsnotat til patientens praktiserende læge for at understøtte lægens "
    "tovholderrolle. Patienten skal give samtykke til dette.",
)


def rygestop(
    *,
    dato: date | str,
    rygeophoer: date | str | None = None,
    tidligere_deltaget: bool = False,
    samtykke_til_afslutningsnotat: bool | None = None,
) -> Regelsvar:
    """Rygestop i kommunen (Kap. 11).

    - Advarslen står altid i svaret (første regel og begrundelsen): rygeophør kan
      fremprovokere depression, så timingen af et evt. rygestop kræver særlig opmærksomhed.
    - Patienter med depression kan deltage mere end én gang (`tidligere_deltaget` udelukker
      ikke).
    - Den, der er holdt op inden for de sidste 6 måneder (`rygeophoer`), støttes i fortsat
      rygeophør.
    - Patienten kan selv henvende sig.
    - Afslutningsnotat til egen læge anbefales og kræver patientens samtykke.

    `svar` er OPFYLDT, når patienten kan deltage (altid — også ved tidligere deltagelse).
    """
    d = kraev_dato(dato, "dato")
    ophoer = _valgfri_dato(rygeophoer, "rygeophoer")
    if ophoer is not None and ophoer > d:
        raise PeriodeFejl(
            f"rygeophoer: fik {ophoer.isoformat()}, som er efter dato {d.isoformat()}"
        )
    if not isinstance(tidligere_deltaget, bool):
        raise UgyldigTypeFejl(
            f"tidligere_deltaget: fik {vis(tidligere_deltaget)}; accepterer True eller False"
        )
    samtykke = kraev_valgfri_bool(samtykke_til_afslutningsnotat, "samtykke_til_afslutningsnotat")
    regler = [
        RYGESTOP_ADVARSEL,
        "kan deltage i kommunens rygestoptilbud",
        "kan selv henvende sig til kommunen",
    ]
    if tidligere_deltaget:
        regler[1] += " igen (mere end én gang)"
    seks_foer = None if ophoer is None else _flyt(d, "dato", maaneder=-RYGEOPHOER_STOETTE_MAANEDER)
    if ophoer is not None and seks_foer is not None and ophoer >= seks_foer:
        regler.append("støttes i fortsat rygeophør (ophørt inden for de sidste 6 måneder)")
    if samtykke is True:
        regler.append("afslutningsnotat til egen læge anbefales (samtykke givet)")
    elif samtykke is False:
        regler.append("intet afslutningsnotat til egen læge: patienten har ikke givet samtykke")
    else:
        regler.append("afslutningsnotat til egen læge kræver patientens samtykke (ukendt)")
    tekst = "Rygestop: " + "; ".join(regler[1:]) + ". Bemærk: " + RYGESTOP_ADVARSEL + "."
    fortolkninger: tuple[str, ...] = ()
    if ophoer is not None and ophoer == seks_foer:
        tekst += f" Rygeophør på grænsedagen er regnet som inden for 6 måneder ({_GRAENSE})."
        fortolkninger = (FORTOLKNING_TIDSGRAENSER,)
    return Regelsvar(
        Afgoerelse.OPFYLDT,
        tuple(regler),
        tekst,
        (
            KILDE_RYGESTOP_TIMING,
            KILDE_RYGESTOP_GENTAGET,
            KILDE_RYGESTOP_6_MAANEDER,
            KILDE_RYGESTOP_SELV,
            KILDE_RYGESTOP_NOTAT,
        ),
        fortolkninger,
    )


# --------------------------------------------------------------------------- screening

PHQ2_TAERSKEL_SUNDHEDSPROFILEN = 4
"""Notatet: Sundhedsprofilen 2017 tæller en PHQ-2-score på 4, 5 eller 6 som tegn på depression."""
PHQ2_MAKS = 6

KILDE_PHQ2_SKALA = NOTAT_BORGERGRUNDLAG.kilde(
    "Borgergrundlag",
    "PHQ-2 er det muligt at opnå en samlet score i intervallet 0-6, hvor en højere score "
    "indikerer flere tegn på depression.",
)
KILDE_PHQ2_TAERSKEL = NOTAT_BORGERGRUNDLAG.kilde(
    "Borgergrundlag",
    "2833 borgere i Region Syddanmark i alderen fra 16 år og op scorer enten 4, 5 eller 6 på "
    "PHQ-2, og dermed tegn på en depression.",
)
KILDE_PHQ2_IKKE_DIAGNOSE = NOTAT_BORGERGRUNDLAG.kilde(
    "Borgergrundlag",
    "Sundhedsprofilens tal angiver derfor ikke antallet af mennesker, som har fået stillet "
    "diagnosen depression",
)


class Screeningsredskab(Enum):
    """Screeningsredskaber, som kilderne nævner (ingen af dem stiller en diagnose).

    Kun hjertepatienter skal screenes (HADS); se fortolkningsloggen DEP-16.
    """

    PHQ_2 = "PHQ-2 (Sundhedsprofilen 2017; score 0-6)"
    WHO_5 = "WHO-5 (screeningsredskab til mental sundhed)"
    HADS = "HADS (screening for depression hos hjertepatienter)"

    @property
    def kilde(self) -> Kilde:
        """Hvor kilderne nævner redskabet."""
        return SCREENINGSREDSKAB_KILDER[self]


SCREENINGSREDSKAB_KILDER: dict[Screeningsredskab, Kilde] = {
    Screeningsredskab.PHQ_2: KILDE_PHQ2_SKALA,
    Screeningsredskab.WHO_5: HOERINGSSVAR_DEPRESSION.kilde(
        "Ad) Tidlig opsporing i jobcenter",
        "Der henvises til WHO-5 som et screeningsredskab til mental sundhed.",
    ),
    Screeningsredskab.HADS: HOERINGSSVAR_DEPRESSION.kilde(
        "Ad) Generelle kommentarer",
        "I forbindelse med hjerteforløbs- programmet skal der testes med HADS for depression.",
    ),
}
KILDE_HJERTE_SCREENING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP2_SAMMENFATNING,
    "skal kommunale sundhedstilbud og sundhedsfagligt personale på somatiske sygehuse screene "
    "for angst og depression hos borgere med hjertesygdom.",
)


@attrs.frozen
class Phq2Vurdering(Resultat):
    """En PHQ-2-score mod en tærskel: et tegn på depression i en undersøgelse, ikke en diagnose."""

    score: int
    taerskel: int
    tegn_paa_depression: bool
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def vurder_phq2(
    score: Heltal, *, taerskel: Heltal = PHQ2_TAERSKEL_SUNDHEDSPROFILEN
) -> Phq2Vurdering:
    """PHQ-2: samlet score 0–6; Sundhedsprofilen 2017 tæller 4, 5 eller 6 som tegn på depression.

    Tærsklen er undersøgelsens (standard 4) og kan ændres. Resultatet er et screeningsfund,
    ikke en diagnose (se fortolkningsloggen DEP-07); diagnosen kræver Kap. 6's
    kriterier (`vurder_diagnose`). Sundhedsprofilens tal gælder borgere fra 16 år.
    """
    s = kraev_heltal(score, "score", min_vaerdi=0, maks_vaerdi=PHQ2_MAKS)
    t = kraev_heltal(taerskel, "taerskel", min_vaerdi=0, maks_vaerdi=PHQ2_MAKS)
    tegn = s >= t
    tekst = (
        f"PHQ-2-score {s} er {'over eller lig' if tegn else 'under'} tærsklen {t}: "
        f"{'tegn' if tegn else 'ikke tegn'} på depression i screeningens forstand. Det er "
        "ikke en diagnose."
    )
    if t == PHQ2_TAERSKEL_SUNDHEDSPROFILEN:
        tekst += " Tærsklen er Sundhedsprofilens (se fortolkningsloggen DEP-07)."
    else:
        tekst += (
            " Tærsklen er valgt af kalderen; Sundhedsprofilens er 4 (se fortolkningsloggen DEP-07)."
        )
    return Phq2Vurdering(
        s,
        t,
        tegn,
        tekst,
        (KILDE_PHQ2_SKALA, KILDE_PHQ2_TAERSKEL, KILDE_PHQ2_IKKE_DIAGNOSE),
        ("DEP-07",),
    )
