"""Depression: programmets mindre regler (alder, medicin, apotek, arbejdsmarked, alkohol m.m.).

Kilder: *Forløbsprogram for mennesker med depression* (målgruppen, Kap. 6, 7, 9 og 11),
*Notat om borgergrundlag* (PHQ-2) og *høringssvarene* (WHO-5, HADS). De offentlige navne
genudsendes af `stratificering`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum
from types import MappingProxyType

import attrs
from dateutil.relativedelta import relativedelta

from forloebsregler._depression_grundlag import (
    KAP1,
    KAP2_SAMMENFATNING,
    KAP6,
    KAP7,
    KAP9,
    KAP11,
    Afgoerelse,
    Svaerhedsgrad,
    og,
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
    "Psykiatrikarakteristikum",
    "Psykiatrimodtager",
    "Screeningsredskab",
    "behandlingsregler",
    "fast_track",
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
    """Et regelsvar i tre tilstande med de regler, der følger, og deres kilder."""

    svar: Afgoerelse
    regler: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]


def _alder(alder: object) -> int:
    return kraev_heltal(alder, "alder", min_vaerdi=0, maks_vaerdi=130)


# --------------------------------------------------------------------------- alder

MINDSTEALDER = 18
"""Målgruppen: »alle syddanske borgere over 18 år« (læst som 18 år og derover)."""
MEDICINOPSTART_SPECIALLAEGE_ALDER = (18, 24)
"""Kap. 7: opstart af medicin for 18–24-årige sker hos speciallæge i psykiatri (begge med)."""
PSYKIATRISK_AFDELING_MINDSTEALDER = 20
"""Kap. 6/7: »psykiatrisk afdeling (20 år+) eller børne- og ungdomspsykiatrien«."""

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


def i_maalgruppen(alder: int) -> Regelsvar:
    """Om en borger har programmets alder: voksne fra 18 år (se fortolkningsloggen
    »Over 18 år«)."""
    a = _alder(alder)
    ja = a >= MINDSTEALDER
    tekst = (
        f"{a} år: {'i' if ja else 'uden for'} forløbsprogrammets målgruppe, som er "
        "syddanske borgere over 18 år (læst som 18 år og derover)."
    )
    return Regelsvar(og(ja), (), tekst, (KILDE_MAALGRUPPE,))


def medicinopstart(alder: int) -> Regelsvar:
    """Skal opstart af medicinsk behandling ske hos speciallæge i psykiatri? (Kap. 7: 18–24 år).

    `svar` er OPFYLDT, når opstarten skal ske hos speciallægen (almen praksis henviser).
    """
    a = _alder(alder)
    fra, til = MEDICINOPSTART_SPECIALLAEGE_ALDER
    ja = fra <= a <= til
    if ja:
        tekst = (
            f"{a} år: opstart af medicinsk behandling skal ske hos en speciallæge i psykiatri; "
            "almen praksis henviser til speciallæge."
        )
        regler: tuple[str, ...] = ("almen praksis henviser til speciallæge i psykiatri",)
    else:
        tekst = f"{a} år: reglen om opstart hos speciallæge gælder 18-24-årige og gælder ikke her."
        regler = ()
    return Regelsvar(og(ja), regler, tekst, (KILDE_MEDICINOPSTART,))


class Psykiatrimodtager(Enum):
    """Hvor regionspsykiatrien modtager en henvist patient (Kap. 6 og 7)."""

    PSYKIATRISK_AFDELING = "en psykiatrisk afdeling (20 år+)"
    BOERNE_OG_UNGDOMSPSYKIATRIEN = "børne- og ungdomspsykiatrien"


@attrs.frozen
class Modtagelse(Resultat):
    """Hvilken del af psykiatrien en henvist patient skal til efter alder."""

    modtager: Psykiatrimodtager
    alder: int
    fortolket: bool
    begrundelse: str
    kilder: tuple[Kilde, ...]


def psykiatrisk_modtagelse(alder: int) -> Modtagelse:
    """Psykiatrisk afdeling fra 20 år, ellers børne- og ungdomspsykiatrien (Kap. 6 og 7).

    For 18–19-årige (i programmets målgruppe, men under 20) nævner kilden kun de to
    muligheder; de henvises derfor til børne- og ungdomspsykiatrien, og `fortolket` er True
    (se fortolkningsloggen »18–19-årige og psykiatrien«).
    """
    a = _alder(alder)
    if a >= PSYKIATRISK_AFDELING_MINDSTEALDER:
        return Modtagelse(
            Psykiatrimodtager.PSYKIATRISK_AFDELING,
            a,
            False,
            f"{a} år: henvises til en psykiatrisk afdeling, som modtager patienter fra 20 år.",
            (KILDE_PSYKIATRISK_AFDELING,),
        )
    fortolket = a >= MINDSTEALDER
    tekst = f"{a} år: under 20 år, så henvisningen går til børne- og ungdomspsykiatrien"
    if fortolket:
        tekst += (
            "; kilden nævner kun psykiatrisk afdeling (20 år+) eller børne- og "
            "ungdomspsykiatrien, så 18-19-årige er placeret her efter fortolkning."
        )
    else:
        tekst += "."
    return Modtagelse(
        Psykiatrimodtager.BOERNE_OG_UNGDOMSPSYKIATRIEN,
        a,
        fortolket,
        tekst,
        (KILDE_PSYKIATRISK_AFDELING, KILDE_MAALGRUPPE),
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
    manglende_medicinefterlevelse: bool | None = None,
    ny_medicin_ordineret: date | str | None = None,
) -> Regelsvar:
    """Apotekets medicinsamtaler (Kap. 7).

    - Manglende medicinefterlevelse: medicin ordineret i mindst 12 måneder og manglende
      efterlevelse.
    - Nydiagnosticeret: ny medicin ordineret inden for de seneste 6 måneder (til og med
      samme dato 6 måneder før `dato`).

    `svar` er OPFYLDT, når mindst én samtale tilbydes; `regler` nævner hvilke. Datoer efter
    `dato` afvises.
    """
    d = kraev_dato(dato, "dato")
    siden = _valgfri_dato(medicin_ordineret_siden, "medicin_ordineret_siden")
    efterlevelse_mangler = kraev_valgfri_bool(
        manglende_medicinefterlevelse, "manglende_medicinefterlevelse"
    )
    ny = _valgfri_dato(ny_medicin_ordineret, "ny_medicin_ordineret")
    for navn, v in (("medicin_ordineret_siden", siden), ("ny_medicin_ordineret", ny)):
        if v is not None and v > d:
            raise PeriodeFejl(f"{navn}: fik {v.isoformat()}, som er efter dato {d.isoformat()}")
    # Grænsedagene tæller med; se fortolkningsloggen »Tidsgrænser«.
    tolv_maaneder: bool | None = (
        None
        if siden is None
        else _flyt(siden, "medicin_ordineret_siden", maaneder=MEDICINSAMTALE_MINDST_MAANEDER) <= d
    )
    efterlevelse = og(tolv_maaneder, efterlevelse_mangler)
    nyligt: bool | None = (
        None if ny is None else ny >= _flyt(d, "dato", maaneder=-NY_MEDICIN_INDEN_FOR_MAANEDER)
    )
    regler: list[str] = []
    if efterlevelse is Afgoerelse.OPFYLDT:
        regler.append("medicinsamtale ved manglende medicinefterlevelse")
    if nyligt:
        regler.append("medicinsamtale ved nydiagnosticeret kronisk sygdom")
    if regler:
        svar = Afgoerelse.OPFYLDT
    elif efterlevelse is Afgoerelse.KAN_IKKE_AFGOERES or nyligt is None:
        svar = Afgoerelse.KAN_IKKE_AFGOERES
    else:
        svar = Afgoerelse.IKKE_OPFYLDT
    fakta = (
        f"medicin i mindst 12 måneder: {tekst_ja_nej(tolv_maaneder)}; manglende "
        f"medicinefterlevelse: {tekst_ja_nej(efterlevelse_mangler)}; ny medicin inden for 6 "
        f"måneder: {tekst_ja_nej(nyligt)}"
    )
    if svar is Afgoerelse.OPFYLDT:
        tekst = f"Apoteket tilbyder {' og '.join(regler)} ({fakta})."
    elif svar is Afgoerelse.IKKE_OPFYLDT:
        tekst = f"Ingen af apotekets medicinsamtaler er omfattet ({fakta})."
    else:
        tekst = f"Det kan ikke afgøres, om apoteket tilbyder en medicinsamtale ({fakta})."
    return Regelsvar(
        svar, tuple(regler), tekst, (KILDE_APOTEK_EFTERLEVELSE, KILDE_APOTEK_NY_MEDICIN)
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
    # »længere end otte uger«: præcis 8 uger er ikke nok; se fortolkningsloggen »Tidsgrænser«.
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
    return FastTrackVurdering(svar, senest, tekst, (KILDE_FAST_TRACK, KILDE_FAST_TRACK_FRIST))


def paragraf_56_aftale(
    *,
    langvarig_eller_kronisk_sygdom: bool | None,
    forventet_ekstra_fravaer_dage_pr_aar: int | Decimal | None,
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


@attrs.frozen
class Alkoholvurdering(Resultat):
    """Alkoholkategorierne og om den forebyggende samtale er målrettet borgeren."""

    genstande_pr_uge: Decimal
    hoejrisikograense: int
    over_hoejrisikograensen: bool
    kategorier: tuple[Alkoholkategori, ...]
    forebyggende_samtale: Afgoerelse
    regler: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]


def vurder_alkohol(
    genstande_pr_uge: Decimal | int | str,
    koen: Koen | str,
    *,
    helbreds_eller_social_skade: bool | None = None,
    alkoholafhaengighed: bool | None = None,
) -> Alkoholvurdering:
    """Alkohol (Kap. 11).

    - Storforbrug: over højrisikogrænsen, 14 genstande/uge for kvinder og 21 for mænd.
    - Skadeligt forbrug: har medført helbredsskade eller social skade uden afhængighed.
    - Alkoholafhængighed: efter ICD-10 (en klinisk vurdering; gives som input).
    - Den forebyggende samtale målrettes forbrug over højrisikogrænsen uden afhængighed og
      foregår individuelt; alkoholbehandling er en ydelse efter Sundhedsloven § 141 og kan
      foregå anonymt.
    """
    antal = kraev_decimal(genstande_pr_uge, "genstande_pr_uge", min_vaerdi=0)
    k = kraev_enum(Koen, koen, "koen")
    skade = kraev_valgfri_bool(helbreds_eller_social_skade, "helbreds_eller_social_skade")
    afhaengig = kraev_valgfri_bool(alkoholafhaengighed, "alkoholafhaengighed")
    graense = ALKOHOL_HOEJRISIKOGRAENSE[k]
    over = antal > graense  # »over 14/21«; se fortolkningsloggen »Tidsgrænser«

    kategorier: list[Alkoholkategori] = []
    if over:
        kategorier.append(Alkoholkategori.STORFORBRUG)
    # Se fortolkningsloggen »Skadeligt alkoholforbrug kræver, at afhængighed er udelukket«.
    if skade and afhaengig is False:
        kategorier.append(Alkoholkategori.SKADELIGT_ALKOHOLFORBRUG)
    if afhaengig:
        kategorier.append(Alkoholkategori.ALKOHOLAFHAENGIGHED)
    samtale = og(over, None if afhaengig is None else not afhaengig)
    regler = [
        "den forebyggende samtale om alkohol foregår individuelt",
        "alkoholbehandling er en ydelse efter Sundhedsloven § 141 og kan foregå anonymt",
    ]
    navne = ", ".join(c.value.lower() for c in kategorier) or "ingen af de tre kategorier"
    tekst = (
        f"{antal} genstande pr. uge for en {k.value} er {'over' if over else 'ikke over'} "
        f"højrisikogrænsen på {graense} ({navne}). "
    )
    if samtale is Afgoerelse.OPFYLDT:
        tekst += "Den forebyggende samtale om alkohol er målrettet borgeren (individuelt)."
    elif samtale is Afgoerelse.IKKE_OPFYLDT:
        tekst += (
            "Den forebyggende samtale er målrettet forbrug over højrisikogrænsen uden "
            "afhængighed og er ikke målrettet borgeren."
        )
    else:
        tekst += (
            "Om den forebyggende samtale er målrettet borgeren, kan ikke afgøres: det er "
            "ukendt, om der er alkoholafhængighed."
        )
    return Alkoholvurdering(
        antal,
        graense,
        over,
        tuple(kategorier),
        samtale,
        tuple(regler),
        tekst,
        (
            KILDE_HOEJRISIKO,
            KILDE_SKADELIGT,
            KILDE_AFHAENGIGHED,
            KILDE_FOREBYGGENDE_SAMTALE,
            KILDE_INDIVIDUELT,
            KILDE_ALKOHOLBEHANDLING,
        ),
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


def internetbehandling(alder: int, svaerhedsgrad: Svaerhedsgrad | str) -> Regelsvar:
    """Internetbehandling i Telepsykiatrisk Center (Kap. 7).

    For patienter over 18 år (læst som 18 og derover) med let til moderat depression: en
    forsamtale på video, et internetprogram i 12 uger med ugentlig skriftlig støtte fra en
    psykolog; gratis for borgeren.
    """
    a = _alder(alder)
    grad = kraev_enum(Svaerhedsgrad, svaerhedsgrad, "svaerhedsgrad")
    ja = a >= MINDSTEALDER and grad in (Svaerhedsgrad.LET, Svaerhedsgrad.MODERAT)
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
        )
    else:
        tekst = (
            f"{a} år med {grad.value}: ikke i målgruppen for internetbehandling, som er "
            "patienter over 18 år med let til moderat depression."
        )
    return Regelsvar(og(ja), regler if ja else (), tekst, (KILDE_INTERNET, KILDE_INTERNET_FORLOEB))


# --------------------------------------------------------------------------- behandling

KILDE_BEHANDLING_PSYKIATRI = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Ved moderat til svær depression skal patienten have medikamentel behandling sammen med "
    "samtaleterapi. Den medicinske behandling følges løbende af en læge i psykiatrien.",
)
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
    svaerhedsgrad: Svaerhedsgrad | str,
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
    return Regelsvar(svar, tuple(regler), tekst, tuple(kilder))


# --------------------------------------------------------------------------- rygestop

RYGEOPHOER_STOETTE_MAANEDER = 6

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
    regler = ["kan deltage i kommunens rygestoptilbud", "kan selv henvende sig til kommunen"]
    if tidligere_deltaget:
        regler[0] += " igen (mere end én gang)"
    if ophoer is not None and ophoer >= _flyt(d, "dato", maaneder=-RYGEOPHOER_STOETTE_MAANEDER):
        regler.append("støttes i fortsat rygeophør (ophørt inden for de sidste 6 måneder)")
    if samtykke is True:
        regler.append("afslutningsnotat til egen læge anbefales (samtykke givet)")
    elif samtykke is False:
        regler.append("intet afslutningsnotat til egen læge: patienten har ikke givet samtykke")
    else:
        regler.append("afslutningsnotat til egen læge kræver patientens samtykke (ukendt)")
    tekst = "Rygestop: " + "; ".join(regler) + "."
    return Regelsvar(
        Afgoerelse.OPFYLDT,
        tuple(regler),
        tekst,
        (
            KILDE_RYGESTOP_GENTAGET,
            KILDE_RYGESTOP_6_MAANEDER,
            KILDE_RYGESTOP_SELV,
            KILDE_RYGESTOP_NOTAT,
        ),
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
    """Screeningsredskaber, som kilderne nævner (ingen af dem stiller en diagnose)."""

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
        "Ad) Tidlig opsporing", "programmet skal der testes med HADS for depression."
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


def vurder_phq2(score: int, *, taerskel: int = PHQ2_TAERSKEL_SUNDHEDSPROFILEN) -> Phq2Vurdering:
    """PHQ-2: samlet score 0–6; Sundhedsprofilen 2017 tæller 4, 5 eller 6 som tegn på depression.

    Tærsklen er undersøgelsens (standard 4) og kan ændres. Resultatet er et screeningsfund,
    ikke en diagnose (se fortolkningsloggen »PHQ-2-tærsklen«); diagnosen kræver Kap. 6's
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
    return Phq2Vurdering(
        s, t, tegn, tekst, (KILDE_PHQ2_SKALA, KILDE_PHQ2_TAERSKEL, KILDE_PHQ2_IKKE_DIAGNOSE)
    )
