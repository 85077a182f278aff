"""IV-behandling i kommunalt regi: tyngdekategorier, finansiering og opfølgning.

Kilde: *Rammeaftale mellem 11 nordjyske kommuner og Region Nordjylland om intravenøs
behandling i kommunalt regi* (afsnit 3–8, tabel 1–3) og Region Syddanmarks to
samarbejdsaftaler om IV-behandling med væske og med antibiotika (se `_iv_syddanmark`,
som genudsendes herfra).

Reglerne kort:

- Et forløb placeres i en af fem tyngdekategorier efter det samlede tidsforbrug på selve
  behandlingen (tabel 2): kategori 1 er 0–5 timer, 2 er 5–15, 3 er 15–35 og 4 er 35+.
  Afslutning af kemokur er sit eget tilfælde, valgt efter behandlingstype.
- Region Nordjylland betaler et fast beløb pr. forløb efter kategori (tabel 3); fordelingen
  region/kommune er 70/30, så samlet udgift og kommunal andel kan *afledes* (de står ikke i
  kilden; for kemokur kan de ikke afgøres). Beløbene gælder kun rammeaftalen i Nordjylland;
  Syddanmarks aftaler fastsætter intet beløb (`betaling_pr_forloeb`).
- Tabel 1 beskriver et standardforløb pr. IV-område og det estimerede årlige antal forløb.
- Tre situationer holder som udgangspunkt forløbet i hospitalsregi (afsnit 4, Undtagelser).
- Overstiger aktiviteten efter 6 måneder det forventede med mindst 20 % (vægtet over de fire
  grupper), optages forhandlinger; kan der ikke opnås enighed, kan aftalen opsiges med 3
  måneders varsel, ellers 6 måneder. Aftalen er en 2-årig forsøgsperiode.

Hvor et svar hviler på en læsning af en uklar tekst, nævner begrundelsen det, og feltet
`fortolkninger` rummer ID'erne i `docs/fortolkninger.md` (IV-01 …).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from decimal import ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_UP, Decimal, Inexact, localcontext
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs
from dateutil.relativedelta import relativedelta

from forloebsregler._iv_syddanmark import (
    AKUTFUNKTIONENS_UTENSILIER,
    HALVAARLIGE_DATAPUNKTER,
    IV_KASSE,
    KOMPETENCEKRAV,
    MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS,
    Ansvarlig,
    Ansvarsvurdering,
    Betingelsesvurdering,
    Delegationsvurdering,
    Halvaarsopgoerelse,
    IVBehandling,
    Kompetence,
    Kravvurdering,
    Leverance,
    Leverancevurdering,
    Leverandoer,
    Opfyldelse,
    Overdragelsesbetingelse,
    Overdragelsesvurdering,
    behandlingsansvar,
    halvaarsopgoerelse,
    kompetencer,
    leverandoer,
    overdragelsesbetingelser,
    plejeforloebsplan,
    videredelegation,
)
from forloebsregler._resultat import Resultat, enkel_vaerdi
from forloebsregler._valider import (
    kraev_bool,
    kraev_dato,
    kraev_decimal,
    kraev_enum,
    kraev_heltal,
    kraev_valgfri_bool,
    kraev_varighed,
    vis,
)
from forloebsregler.fejl import ForloebsreglerFejl, UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import RAMMEAFTALE_IV_NORDJYLLAND as _R
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_ANTIBIOTIKA as _A
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_VAESKE as _V
from forloebsregler.kilder import Kilde

if TYPE_CHECKING:
    from forloebsregler.typer import (
        Afbildning,
        Beloeb,
        Dato,
        Heltal,
        IVOmraadeArg,
        IVRegionArg,
        OpsigelsesgrundArg,
        TyngdekategoriArg,
        VaegtningArg,
    )

__all__ = [
    "AFTALTE_FORPLIGTELSER",
    "AKUTFUNKTIONENS_UTENSILIER",
    "ESTIMERET_AARLIGT_ANTAL_FORLOEB_INTERVAL",
    "ESTIMERET_ANDEL_PROCENT",
    "FINANSIERINGSANDEL_KOMMUNE",
    "FINANSIERINGSANDEL_REGION",
    "FORHANDLINGSGRAENSE_PROCENT",
    "FORSOEGSPERIODE_AAR",
    "HALVAARLIGE_DATAPUNKTER",
    "IV_KASSE",
    "KEMOKUR_TIMER",
    "KOMPETENCEKRAV",
    "KVARTALSVISE_OPFOELGNINGSPUNKTER",
    "MAKS_BESOEG_PR_DOEGN",
    "MAKS_OPHOLD_PR_INDGIFT",
    "MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS",
    "OPSIGELSESVARSEL_MAANEDER",
    "REGIONAL_FINANSIERING",
    "TABEL_1",
    "VURDERING_EFTER_MAANEDER",
    "Aktivitetsestimat",
    "Aktivitetsvurdering",
    "Ansvarlig",
    "Ansvarsvurdering",
    "Betalingsoplysning",
    "Betingelsesvurdering",
    "Delegationsvurdering",
    "Finansiering",
    "Forsoegsperiode",
    "Halvaarsopgoerelse",
    "Hospitalsundtagelse",
    "IVBehandling",
    "IVOmraade",
    "IVRegion",
    "Kompetence",
    "Kravvurdering",
    "Kvartalsopgoerelse",
    "Leverance",
    "Leverancevurdering",
    "Leverandoer",
    "Opfyldelse",
    "Opsigelse",
    "Opsigelsesgrund",
    "Overdragelsesbetingelse",
    "Overdragelsesvurdering",
    "Standardforloeb",
    "Tyngdekategori",
    "Tyngdevurdering",
    "Undtagelsesvurdering",
    "Vaegtning",
    "Varetagelse",
    "aktivitetsestimat",
    "aktivitetsopfoelgning",
    "behandlingsansvar",
    "betaling_pr_forloeb",
    "forsoegsperiode",
    "halvaarsopgoerelse",
    "hospitalsundtagelser",
    "kompetencer",
    "kvartalsopgoerelse",
    "leverandoer",
    "opsigelse",
    "overdragelsesbetingelser",
    "plejeforloebsplan",
    "regional_finansiering",
    "standardforloeb",
    "timer_fra_besoeg",
    "tyngdekategori",
    "videredelegation",
    "vurder_forloeb",
]

# Resultatklasserne står ikke i `__all__` (de konstrueres kun af funktionerne her), men kan
# importeres fra `forloebsregler.ivkategori` til typeannoteringer.
_RESULTATKLASSER = (
    Ansvarsvurdering,
    Betingelsesvurdering,
    Delegationsvurdering,
    Halvaarsopgoerelse,
    Kravvurdering,
    Leverancevurdering,
    Overdragelsesvurdering,
)

_OERE = Decimal("0.01")


# ---------------------------------------------------------------------------
# Kilder (ordrette citater)
# ---------------------------------------------------------------------------

_K_MAALGRUPPE = _R.kilde(
    "3. Målgrupper for aftalen",
    "Målgruppen for aftalen er patienter, som indenfor følgende områder er lægefagligt "
    "vurderet egnede til at færdiggøre IV-behandling udenfor hospitalsregi",
)
_K_TABEL_1 = _R.kilde(
    "4. Aktivitet, tabel 1",
    "Tabel 1: Estimeret årligt aktivitetsomfang og gennemsnitligt patientforløb fordelt på "
    "IV-områder",
)
_K_TABEL_1_BESOEG = _R.kilde("4. Aktivitet, tabel 1: antal besøg pr. forløb", "24 156 4 4 4 1")
_K_TABEL_1_MINUTTER = _R.kilde(
    "4. Aktivitet, tabel 1: minutter pr. besøg", "pr. besøg* 50 10 30 30 15 15"
)
_K_TABEL_1_TIMER = _R.kilde(
    "4. Aktivitet, tabel 1: timer i alt pr. forløb", "pr. forløb* 20 26 2 4 1 0,25"
)
_K_TABEL_1_ANTAL = _R.kilde(
    "4. Aktivitet, tabel 1: estimeret årligt antal forløb", "725 30 240 370 70 700"
)
_K_ESTIMAT = _R.kilde(
    "4. Aktivitet",
    "I alt er aftalen estimeret til at indeholde 1200- 2200 patientforløb årligt – i tabel 1 "
    "er taget udgangspunkt i et øvre aktivitetsestimat på godt 2100 forløb.",
)
_K_TIDSFORBRUG = _R.kilde(
    "4. Aktivitet, tabel 1–3 (fodnote)",
    "Det estimerede tidsforbrug på behandlingen angiver udelukkende tiden brugt på selve "
    "behandlingsopgaven (klargøring, indgift og afslutning)",
)
_K_FORPLIGTELSE = _R.kilde(
    "4. Aktivitet, Undtagelser",
    "Kommunerne forpligter sig således til at varetage IV-behandlingen i alle relevante "
    "patientforløb på de nævnte IV-områder",
)
_K_U_BESOEG = _R.kilde(
    "4. Aktivitet, Undtagelser",
    "IV-behandlingsforløb med behov for mere end 3 besøg pr. døgn",
)
_K_U_LUKKET = _R.kilde(
    "4. Aktivitet, Undtagelser",
    "IV-behandlingsforløb, hvor det ikke er muligt at håndtere indgiften i lukkede systemer",
)
_K_U_OPHOLD = _R.kilde(
    "4. Aktivitet, Undtagelser",
    "hvor den enkelte indgift indebærer at kommunalt personale skal opholde sig i borgerens "
    "hjem i mere end én time ad gangen",
)
_K_U_KONKRET_AFTALE = _R.kilde(
    "4. Aktivitet, Undtagelser",
    "men efter konkret aftale mellem kommune og hospital kan kommunen vælge at varetage "
    "behandlingen i kommunalt regi",
)
_K_U_AFVISNING = _R.kilde(
    "4. Aktivitet, Undtagelser",
    "er muligt for kommunen at afvise kommunal håndtering af et IV-behandlingsforløb; forløbet "
    "håndteres i så fald i hospitalsregi",
)
_K_TABEL_2 = _R.kilde(
    "4. Aktivitet, Tyngdekategorier (tabel 2)",
    "opdelt i 5 tyngdekategorier baseret på tidsforbruget på behandlingsforløbet",
)
_K_KEMOKUR = _R.kilde(
    "4. Aktivitet, tabel 2: Kemokur",
    "Kemokur 0,25 timer Opgaven medregnes ikke i fordelingen af IV opgaver, fordi det ikke "
    "registreres som forløb.",
)
_K_KEMOKUR_ENKELTSTAAENDE = _R.kilde(
    "4. Aktivitet, tabel 2: Kemokur",
    "Derfor behandles afslutning af kemokur som enkeltstående tilfælde.",
)
_K_TABEL_2_RAEKKER = {
    "KATEGORI_1": _R.kilde("4. Aktivitet, tabel 2: Kategori 1", "Kategori 1 0-5 timer 50-60 %"),
    "KATEGORI_2": _R.kilde("4. Aktivitet, tabel 2: Kategori 2", "Kategori 2 5-15 timer 20-25 %"),
    "KATEGORI_3": _R.kilde("4. Aktivitet, tabel 2: Kategori 3", "Kategori 3 15-35 timer 10-20 %"),
    "KATEGORI_4": _R.kilde("4. Aktivitet, tabel 2: Kategori 4", "Kategori 4 35+ timer 5-10 %"),
}
_K_TABEL_3 = _R.kilde(
    "5. Økonomi, tabel 3",
    "finansierer regionen med et fast beløb pr. behandlingsforløb afhængigt af hvilken "
    "tyngdekategori det pågældende forløb falder i",
)
_K_70_30 = _R.kilde(
    "5. Økonomi, tabel 3",
    "Finansieringsfordelingen mellem Region og kommuner er 70/30.",
)
_K_TABEL_3_RAEKKER = {
    "KEMOKUR": _R.kilde("5. Økonomi, tabel 3: Kemokur", "Kemokur 0,25 timer 200 kr."),
    "KATEGORI_1": _R.kilde(
        "5. Økonomi, tabel 3: Kategori 1", "Kategori 1 0-5 timer 50-60 % 1.225 kr."
    ),
    "KATEGORI_2": _R.kilde(
        "5. Økonomi, tabel 3: Kategori 2", "Kategori 2 5-15 timer 20-25 % 4.900 kr."
    ),
    "KATEGORI_3": _R.kilde(
        "5. Økonomi, tabel 3: Kategori 3", "Kategori 3 15-35 timer 10-20 % 12.250 kr."
    ),
    "KATEGORI_4": _R.kilde(
        "5. Økonomi, tabel 3: Kategori 4", "Kategori 4 35+ timer 5-10 % 29.400 kr."
    ),
}
_K_UTENSILIER = _R.kilde("5. Økonomi", "leverer og finansierer regionen utensilier og medicin")
_K_UNDERVISNING = _R.kilde(
    "5. Økonomi",
    "regionen afholder udgifter til undervisere, mens kommunerne afholder udgifter til "
    "undervisningsfaciliteter og frikøb af medarbejdere",
)
_K_KVARTALSVIS_DIALOG = _R.kilde(
    "5. Økonomi", "Den løbende dialog tager udgangspunkt i kvartalsvise aktivitetsopgørelser"
)
_K_FORTSAT_FORPLIGTET = _R.kilde(
    "5. Økonomi",
    "er kommunerne forpligtede til fortsat at varetage IV-behandlingen i kommunalt regi, "
    "ligesom regionen er forpligtet til uændret at medvirke til finansieringen af "
    "opgaveløsningen",
)
_K_20_PROCENT = _R.kilde(
    "5. Økonomi",
    "Hvis aktiviteten efter 6 måneder overskrider det forventede aktivitetsniveau med minimum "
    "20 % (vægtet i forhold til de fire grupper) optages dog forhandlinger mellem parterne",
)
_K_3_MAANEDER = _R.kilde(
    "5. Økonomi",
    "Hvis der ikke kan opnås enighed om den samlede finansiering af meraktiviteten, kan aftalen "
    "opsiges med 3 måneders varsel af en af parterne.",
)
_K_KVARTAL = _R.kilde(
    "6. Opfølgning og monitorering",
    "Hver 3. måned følges der derfor i opfølgningsgruppen op på følgende",
)
_K_MIDTVEJS = _R.kilde(
    "6. Opfølgning og monitorering", "Der foretages en midtvejsevaluering efter et år"
)
_K_HOSPITALSLAEGE = _R.kilde(
    "6. Opfølgning og monitorering",
    "hospitalslægen tilknyttet IV-behandlingen har det samlede behandlingsansvar for alle "
    "lægelige indsatser i relation til IV-behandlingen",
)
_K_FORSOEG = _R.kilde(
    "8. Aftalens løbetid og opsigelse", "Aftalen løber i første omgang i en 2-årig forsøgsperiode"
)
_K_6_MAANEDER = _R.kilde(
    "8. Aftalens løbetid og opsigelse",
    "Begge parter har mulighed for at opsige aftalen med 6 måneders varsel (dog kan forkortet "
    "opsigelsesperiode indtræde jf. afsnit 5).",
)


# ---------------------------------------------------------------------------
# Enums
# ---------------------------------------------------------------------------


class Tyngdekategori(Enum):
    """Tyngdekategorierne i rammeaftalens tabel 2 og 3."""

    KEMOKUR = "kemokur"
    KATEGORI_1 = "kategori 1"
    KATEGORI_2 = "kategori 2"
    KATEGORI_3 = "kategori 3"
    KATEGORI_4 = "kategori 4"


_FIRE_GRUPPER = (
    Tyngdekategori.KATEGORI_1,
    Tyngdekategori.KATEGORI_2,
    Tyngdekategori.KATEGORI_3,
    Tyngdekategori.KATEGORI_4,
)


class IVOmraade(Enum):
    """De seks IV-områder i rammeaftalens afsnit 3 og tabel 1."""

    ANTIBIOTIKA = "antibiotikabehandling"
    VAESKE_KORTTARM = "væske - korttarmspatienter"
    VAESKE_AKUT_GASTROENTERITIS = "væske - akut gastroenteritis"
    VAESKE_DEHYDRERING = "væske - dehydrering"
    VANDDRIVENDE_HJERTESVIGT = "vanddrivende til hjertesvigtpatienter"
    KEMOKUR_OG_MAGNESIUM = "afslutte kemokur + magnesium"


_K_OMRAADER: dict[IVOmraade, Kilde] = {
    IVOmraade.ANTIBIOTIKA: _R.kilde(
        "3. Målgrupper for aftalen",
        "Intravenøs antibiotikabehandling (Patienter med akutte eller kroniske infektioner)",
    ),
    IVOmraade.VAESKE_KORTTARM: _R.kilde(
        "3. Målgrupper for aftalen",
        "Væskebehandling til korttarmspatienter (Patienter, der i forvejen får parenteral "
        "ernæring)",
    ),
    IVOmraade.VAESKE_AKUT_GASTROENTERITIS: _R.kilde(
        "3. Målgrupper for aftalen", "Væskebehandling til patienter med akut gastroenteritis"
    ),
    IVOmraade.VAESKE_DEHYDRERING: _R.kilde(
        "3. Målgrupper for aftalen", "Væskebehandling til dehydrerede patienter"
    ),
    IVOmraade.VANDDRIVENDE_HJERTESVIGT: _R.kilde(
        "3. Målgrupper for aftalen", "Vanddrivende behandling til hjertesvigtpatienter"
    ),
    IVOmraade.KEMOKUR_OG_MAGNESIUM: _R.kilde(
        "3. Målgrupper for aftalen",
        "Afslutning af kemokur og magnesium behandling (fjernelse af gribbernåle)",
    ),
}


class Varetagelse(Enum):
    """Hvor et forløb som udgangspunkt varetages."""

    HOSPITALSREGI = "hospitalsregi"
    KOMMUNALT_REGI = "kommunalt regi"
    KAN_IKKE_AFGOERES = "kan ikke afgøres"


class Hospitalsundtagelse(Enum):
    """De tre situationer, hvor et forløb som udgangspunkt bliver i hospitalsregi."""

    FLERE_END_3_BESOEG_PR_DOEGN = "mere end 3 besøg pr. døgn"
    IKKE_LUKKET_SYSTEM = "indgiften kan ikke håndteres i lukkede systemer"
    OPHOLD_OVER_EN_TIME_PR_INDGIFT = "mere end én times ophold pr. indgift"


_K_UNDTAGELSER: dict[Hospitalsundtagelse, Kilde] = {
    Hospitalsundtagelse.FLERE_END_3_BESOEG_PR_DOEGN: _K_U_BESOEG,
    Hospitalsundtagelse.IKKE_LUKKET_SYSTEM: _K_U_LUKKET,
    Hospitalsundtagelse.OPHOLD_OVER_EN_TIME_PR_INDGIFT: _K_U_OPHOLD,
}


_UKENDT_TEKST: dict[Hospitalsundtagelse, str] = {
    Hospitalsundtagelse.FLERE_END_3_BESOEG_PR_DOEGN: "antal besøg pr. døgn",
    Hospitalsundtagelse.IKKE_LUKKET_SYSTEM: "om indgiften kan håndteres i lukkede systemer",
    Hospitalsundtagelse.OPHOLD_OVER_EN_TIME_PR_INDGIFT: "personalets ophold pr. indgift",
}


class Vaegtning(Enum):
    """Hvordan de fire grupper vægtes i aktivitetsopfølgningen (fortolkningsloggen IV-08)."""

    REGIONAL_FINANSIERING = "regional finansiering pr. forløb"
    ANTAL_FORLOEB = "antal forløb"


class Opsigelsesgrund(Enum):
    """Hvorfor rammeaftalen opsiges; afgør varslet."""

    ALMINDELIG = "almindelig opsigelse"
    UENIGHED_OM_MERAKTIVITET = "ingen enighed om finansiering af meraktivitet"


# ---------------------------------------------------------------------------
# Tal fra kilden
# ---------------------------------------------------------------------------

_REGIONAL_FINANSIERING_DATA = {
    Tyngdekategori.KEMOKUR: Decimal("200.00"),
    Tyngdekategori.KATEGORI_1: Decimal("1225.00"),
    Tyngdekategori.KATEGORI_2: Decimal("4900.00"),
    Tyngdekategori.KATEGORI_3: Decimal("12250.00"),
    Tyngdekategori.KATEGORI_4: Decimal("29400.00"),
}
REGIONAL_FINANSIERING: Mapping[Tyngdekategori, Decimal] = MappingProxyType(
    _REGIONAL_FINANSIERING_DATA
)
"""Regional finansiering pr. forløb i kroner (rammeaftalen, afsnit 5, tabel 3).

Beløbene er Region Nordjyllands og gælder kun rammeaftalen med de 11 nordjyske kommuner;
Syddanmarks samarbejdsaftaler om IV-behandling fastsætter ingen betaling (se
`betaling_pr_forloeb` og fortolkningsloggen IV-18)."""

FINANSIERINGSANDEL_REGION = Decimal(70)
"""Regionens andel i procent (tabel 3: »Finansieringsfordelingen … er 70/30«)."""
FINANSIERINGSANDEL_KOMMUNE = Decimal(30)
"""Kommunernes andel i procent (tabel 3)."""

# Nedre grænse (inklusiv) i timer for hver af de fire grupper; hver række er [nedre, øvre).
# Se fortolkningsloggen IV-01.
_NEDRE_GRAENSE_TIMER: tuple[tuple[Tyngdekategori, Decimal], ...] = (
    (Tyngdekategori.KATEGORI_4, Decimal(35)),
    (Tyngdekategori.KATEGORI_3, Decimal(15)),
    (Tyngdekategori.KATEGORI_2, Decimal(5)),
    (Tyngdekategori.KATEGORI_1, Decimal(0)),
)
_ESTIMERET_ANDEL_PROCENT_DATA = {
    Tyngdekategori.KATEGORI_1: (50, 60),
    Tyngdekategori.KATEGORI_2: (20, 25),
    Tyngdekategori.KATEGORI_3: (10, 20),
    Tyngdekategori.KATEGORI_4: (5, 10),
}
ESTIMERET_ANDEL_PROCENT: Mapping[Tyngdekategori, tuple[int, int]] = MappingProxyType(
    _ESTIMERET_ANDEL_PROCENT_DATA
)
"""Estimeret andel af samlet antal forløb i procent, (fra, til) (tabel 2 og 3)."""
KEMOKUR_TIMER = Decimal("0.25")
"""Tidsforbruget ved afslutning af kemokur (tabel 2 og 3: »Kemokur 0,25 timer«)."""

ESTIMERET_AARLIGT_ANTAL_FORLOEB_INTERVAL = (1200, 2200)
"""Rammeaftalens estimat af patientforløb årligt (afsnit 4)."""

MAKS_BESOEG_PR_DOEGN = 3
"""Flere besøg pr. døgn end dette holder forløbet i hospitalsregi (afsnit 4, Undtagelser)."""
MAKS_OPHOLD_PR_INDGIFT = timedelta(hours=1)
"""Længere ophold pr. indgift end dette holder forløbet i hospitalsregi (afsnit 4)."""

VURDERING_EFTER_MAANEDER = 6
"""Aktiviteten vurderes mod forventningen »efter 6 måneder« (afsnit 5)."""
FORHANDLINGSGRAENSE_PROCENT = Decimal(20)
"""Overskridelse (vægtet), der udløser forhandlinger (afsnit 5: »minimum 20 %«)."""
_OPSIGELSESVARSEL_MAANEDER_DATA = {
    Opsigelsesgrund.ALMINDELIG: 6,
    Opsigelsesgrund.UENIGHED_OM_MERAKTIVITET: 3,
}
OPSIGELSESVARSEL_MAANEDER: Mapping[Opsigelsesgrund, int] = MappingProxyType(
    _OPSIGELSESVARSEL_MAANEDER_DATA
)
"""Opsigelsesvarsel i måneder (afsnit 8: 6 måneder; afsnit 5: 3 måneder)."""
_K_OPSIGELSE = {
    Opsigelsesgrund.ALMINDELIG: _K_6_MAANEDER,
    Opsigelsesgrund.UENIGHED_OM_MERAKTIVITET: _K_3_MAANEDER,
}
FORSOEGSPERIODE_AAR = 2
"""Aftalens forsøgsperiode i år (afsnit 8)."""
_MIDTVEJS_AAR = 1

# Teknisk værn mod åbenlyst urimelige tal (ikke en regel fra kilden): forhindrer
# Decimal-overløb ved ekstreme eksponenter.
_MAKS_TIMER = Decimal(10) ** 9
_MAKS_ANTAL = Decimal(10) ** 12


@attrs.frozen
class Forpligtelse:
    """En aftalt forpligtelse: hvem, hvad og hvor det står."""

    part: str
    indhold: str
    kilde: Kilde


AFTALTE_FORPLIGTELSER: tuple[Forpligtelse, ...] = (
    Forpligtelse(
        "kommunerne",
        "varetager IV-behandlingen i alle relevante forløb på de nævnte IV-områder",
        _K_FORPLIGTELSE,
    ),
    Forpligtelse(
        "kommunerne og regionen",
        "kommunerne varetager fortsat opgaven, og regionen medfinansierer uændret, også når "
        "aktiviteten overstiger estimatet",
        _K_FORTSAT_FORPLIGTET,
    ),
    Forpligtelse("regionen", "leverer og finansierer utensilier og medicin", _K_UTENSILIER),
    Forpligtelse("regionen", "afholder udgifter til undervisere", _K_UNDERVISNING),
    Forpligtelse(
        "kommunerne",
        "afholder udgifter til undervisningsfaciliteter og frikøb af medarbejdere",
        _K_UNDERVISNING,
    ),
    Forpligtelse(
        "hospitalslægen",
        "har det samlede behandlingsansvar for alle lægelige indsatser i relation til "
        "IV-behandlingen",
        _K_HOSPITALSLAEGE,
    ),
)
"""Rammeaftalens forpligtelser (issue 9, punkt 14); se også `behandlingsansvar`."""


# ---------------------------------------------------------------------------
# Hjælpere
# ---------------------------------------------------------------------------


_NORDJYLLAND = (
    "rammeaftalen mellem Region Nordjylland og de 11 nordjyske kommuner (tabel 3; "
    "Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb)"
)
"""Hvis beløb: nævnes i hver begrundelse, der viser et IV-beløb (issue 12, punkt 5)."""


def _oere(d: Decimal, afrunding: str = ROUND_HALF_UP) -> Decimal:
    """Et beløb i øre: afrundet half-up (eller efter `afrunding`), aldrig -0,00 og aldrig
    eksponentnotation.

    Præcisionen følger tallets størrelse, så kvantiseringen aldrig fejler (fx en overskridelse
    på 10^34 %, når det forventede antal er ganske lille)."""
    with localcontext() as ctx:
        ctx.prec = max(28, d.adjusted() + 4)
        beloeb = d.quantize(_OERE, afrunding)
        return beloeb + Decimal("0.00") if beloeb == 0 else beloeb


def _spor_tekst(spor: tuple[str, ...]) -> str:
    return f" (læsning, se fortolkningsloggen {', '.join(spor)})" if spor else ""


def _tal(d: Decimal) -> str:
    """Et tal på dansk: komma som decimaltegn, punktum som tusindtalsseparator."""
    tekst = f"{int(d):,}" if d == d.to_integral_value() else f"{d.normalize():,f}"
    return tekst.replace(",", "§").replace(".", ",").replace("§", ".")


def _kr(d: Decimal) -> str:
    if d == d.to_integral_value():
        return f"{_tal(d)} kr."
    return f"{_tal(d.quantize(_OERE, ROUND_HALF_UP))} kr."


def _timer_til_tekst(timer: Decimal) -> str:
    """Timer til begrundelsen; afkortes (ikke afrundes) til 2 decimaler, så den viste værdi
    aldrig krydser en kategorigrænse (grænserne er hele timer)."""
    eksponent = timer.as_tuple().exponent
    if not (isinstance(eksponent, int) and eksponent < -2):
        return f"{_tal(timer)} timer"
    vist = timer.quantize(_OERE, ROUND_DOWN)
    if vist == 0:
        return "under 0,01 timer"
    return f"ca. {_tal(vist)} timer"


def _kraev_timer(vaerdi: object, navn: str) -> tuple[Decimal, timedelta | None]:
    """Timer som Decimal (og varigheden, hvis der blev givet en `timedelta`)."""
    if isinstance(vaerdi, timedelta):
        varighed = kraev_varighed(vaerdi, navn)
        if varighed > timedelta(hours=int(_MAKS_TIMER)):
            raise UgyldigVaerdiFejl(
                f"{navn}: fik {vis(vaerdi)}; accepterer højst {_MAKS_TIMER} timer"
            )
        mikro = (varighed.days * 86400 + varighed.seconds) * 1_000_000 + varighed.microseconds
        return Decimal(mikro) / Decimal(3_600_000_000), varighed
    accepteret = "timer som Decimal, int, numerisk streng eller en timedelta"
    if vaerdi is None or not isinstance(vaerdi, Decimal | int | float | str):
        raise UgyldigTypeFejl(f"{navn}: fik {vis(vaerdi)}; accepterer {accepteret}")
    tal = kraev_decimal(vaerdi, navn, positiv=True, maks_vaerdi=_MAKS_TIMER)
    eksponent = tal.as_tuple().exponent
    if isinstance(eksponent, int) and eksponent > 0:  # »1E+1« vises som 10, ikke i E-notation
        tal = tal.quantize(Decimal(1))
    return tal, None


def _kategori_for_timer(timer: Decimal, varighed: timedelta | None) -> Tyngdekategori:
    # Hvert interval er [nedre, øvre): se fortolkningsloggen IV-01.
    for kategori, nedre in _NEDRE_GRAENSE_TIMER:
        if varighed is not None:
            if varighed >= timedelta(hours=int(nedre)):
                return kategori
        elif timer >= nedre:
            return kategori
    return Tyngdekategori.KATEGORI_1  # pragma: no cover - timer > 0 rammer altid kategori 1


# ---------------------------------------------------------------------------
# Tyngdekategori og finansiering
# ---------------------------------------------------------------------------


def timer_fra_besoeg(antal_besoeg: Heltal, minutter_pr_besoeg: Beloeb) -> Decimal:
    """Samlet behandlingstid i timer ud fra antal besøg × minutter pr. besøg (som i tabel 1).

    Resultatet er en `Decimal` (fx 24 × 50 minutter = 20 timer). Produktet regnes eksakt;
    går divisionen med 60 ikke op (fx 7 minutter), rundes *ned* på 28. ciffer. Da
    kategorigrænserne er hele timer, flytter det aldrig et forløb over en grænse: et tidsforbrug
    et hår under 5 timer forbliver under 5 timer, og præcis 5 timer forbliver 5 (issue 14).
    """
    besoeg = kraev_heltal(antal_besoeg, "antal_besoeg", min_vaerdi=1)
    if besoeg > _MAKS_ANTAL:
        raise UgyldigVaerdiFejl(f"antal_besoeg: fik {vis(antal_besoeg)}; accepterer højst 10^12")
    minutter = kraev_decimal(
        minutter_pr_besoeg, "minutter_pr_besoeg", positiv=True, maks_vaerdi=_MAKS_TIMER
    )
    with localcontext() as ctx:
        ctx.prec = len(str(besoeg)) + len(minutter.as_tuple().digits) + 2
        ctx.traps[Inexact] = True
        produkt = Decimal(besoeg) * minutter  # eksakt: præcisionen rækker til alle cifre
    with localcontext() as ctx:
        ctx.prec = max(28, len(produkt.as_tuple().digits) + 2)
        ctx.rounding = ROUND_FLOOR
        return produkt / Decimal(60)


@attrs.frozen
class Finansiering(Resultat):
    """Regionens faste beløb pr. forløb og de heraf afledte (ikke trykte) beløb."""

    kategori: Tyngdekategori
    regional_beloeb: Decimal
    afledt_samlet_udgift: Decimal | None
    afledt_kommunal_andel: Decimal | None
    afledt_afrundet: bool
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _finansiering(kategori: Tyngdekategori) -> Finansiering:
    regional = REGIONAL_FINANSIERING[kategori]
    if kategori is Tyngdekategori.KEMOKUR:
        # Fortolkningsloggen IV-04: kemokur er ikke et forløb, og kilden siger ikke, at 70/30
        # også gælder her; 200 kr. / 70 % går heller ikke op. Derfor ingen afledte beløb.
        return Finansiering(
            kategori=kategori,
            regional_beloeb=regional,
            afledt_samlet_udgift=None,
            afledt_kommunal_andel=None,
            afledt_afrundet=False,
            begrundelse=(
                f"Efter {_NORDJYLLAND} betaler Region Nordjylland {_kr(regional)} pr. "
                "afslutning af kemokur. Samlet udgift og kommunal andel kan ikke afgøres: "
                "afslutning af kemokur registreres ikke som forløb, og kilden siger ikke, at "
                "fordelingen 70/30 også gælder her (læsning, se fortolkningsloggen IV-04)."
            ),
            kilder=(_K_TABEL_3_RAEKKER[kategori.name], _K_KEMOKUR, _K_70_30),
            fortolkninger=("IV-04",),
        )
    # Samlet udgift = regional / 70 %; se fortolkningsloggen IV-03. Kategori 1–4 går op.
    taeller = regional * Decimal(100)
    afrundet = taeller % FINANSIERINGSANDEL_REGION != 0
    samlet = _oere(taeller / FINANSIERINGSANDEL_REGION)
    kommunal = _oere(samlet - regional)
    note = " (afrundet til øre, da beløbet ikke går op)" if afrundet else ""
    begrundelse = (
        f"Efter {_NORDJYLLAND} betaler Region Nordjylland {_kr(regional)} pr. forløb i "
        f"{kategori.value}. Afledt af fordelingen 70/30 og ikke trykt i kilden: samlet udgift "
        f"{_kr(samlet)} og kommunal andel {_kr(kommunal)}{note} (læsning, se "
        "fortolkningsloggen IV-03)."
    )
    return Finansiering(
        kategori=kategori,
        regional_beloeb=regional,
        afledt_samlet_udgift=samlet,
        afledt_kommunal_andel=kommunal,
        afledt_afrundet=afrundet,
        begrundelse=begrundelse,
        kilder=(_K_TABEL_3_RAEKKER[kategori.name], _K_TABEL_3, _K_70_30),
        fortolkninger=("IV-03",),
    )


def regional_finansiering(kategori: TyngdekategoriArg) -> Finansiering:
    """Regionens faste beløb pr. forløb for `kategori` (tabel 3) og de afledte beløb.

    Beløbene er Region Nordjyllands efter rammeaftalen med de 11 nordjyske kommuner; i
    Syddanmark fastsætter aftalerne intet beløb (`betaling_pr_forloeb`).
    `regional_beloeb` er kildens tal (200; 1.225; 4.900; 12.250; 29.400 kr.) i øre.
    `afledt_samlet_udgift` og `afledt_kommunal_andel` er *afledt* af fordelingen 70/30 og står
    ikke i kilden (fortolkningsloggen IV-03); for kemokur kan de ikke afgøres og er `None`
    (IV-04).
    """
    return _finansiering(kraev_enum(Tyngdekategori, kategori, "kategori"))


class IVRegion(Enum):
    """Hvilken regions IV-aftaler et spørgsmål om betaling gælder."""

    NORDJYLLAND = "Region Nordjylland"
    SYDDANMARK = "Region Syddanmark"


_AFSNIT_MONITORERING_SD = "Plan for kvalitetssikring og monitorering"
_K_SYDDANMARK_RESSOURCER = tuple(
    dok.kilde(
        _AFSNIT_MONITORERING_SD,
        "Data vil løbende danne baggrund for en vurdering af opgavens omfang, udvikling og det "
        "heraf følgende ressourceforbrug i den enkelte kommune. Endvidere vil data kunne "
        "nuancere og understøtte en national dialog om yderligere tildeling af ressourcer til "
        "opgaven.",
    )
    for dok in (_V, _A)
)


@attrs.frozen
class Betalingsoplysning(Resultat):
    """Regionens betaling pr. IV-forløb i en given region, eller at den ikke kan afgøres."""

    region: IVRegion
    kategori: Tyngdekategori
    beloeb_pr_forloeb: Decimal | None
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def betaling_pr_forloeb(kategori: TyngdekategoriArg, *, region: IVRegionArg) -> Betalingsoplysning:
    """Hvad betaler regionen pr. forløb i `kategori` i `region`?

    Tabel 3's beløb og fordelingen 70/30 står i rammeaftalen mellem Region Nordjylland og de 11
    nordjyske kommuner og gælder kun der. Region Syddanmarks samarbejdsaftaler om
    IV-behandling med væske og med antibiotika fastsætter ingen betaling pr. forløb; for
    `IVRegion.SYDDANMARK` er svaret derfor »kan ikke afgøres« (`beloeb_pr_forloeb=None`;
    fortolkningsloggen IV-18).
    """
    k = kraev_enum(Tyngdekategori, kategori, "kategori")
    r = kraev_enum(IVRegion, region, "region")
    if r is IVRegion.NORDJYLLAND:
        beloeb = REGIONAL_FINANSIERING[k]
        enhed = "afslutning af kemokur" if k is Tyngdekategori.KEMOKUR else f"forløb i {k.value}"
        return Betalingsoplysning(
            region=r,
            kategori=k,
            beloeb_pr_forloeb=beloeb,
            begrundelse=(
                f"Efter {_NORDJYLLAND} betaler Region Nordjylland {_kr(beloeb)} pr. {enhed}."
            ),
            kilder=(_K_TABEL_3_RAEKKER[k.name], _K_TABEL_3),
        )
    return Betalingsoplysning(
        region=r,
        kategori=k,
        beloeb_pr_forloeb=None,
        begrundelse=(
            "Kan ikke afgøres: Region Syddanmarks samarbejdsaftaler om IV-behandling med væske "
            "og med antibiotika fastsætter ingen betaling pr. forløb; tabel 3's beløb hører til "
            "rammeaftalen mellem Region Nordjylland og de 11 nordjyske kommuner og gælder ikke "
            "i Syddanmark (se fortolkningsloggen IV-18)."
        ),
        kilder=_K_SYDDANMARK_RESSOURCER,
        fortolkninger=("IV-18",),
    )


@attrs.frozen
class Tyngdevurdering(Resultat):
    """Et forløbs tyngdekategori, tiden den bygger på og regionens beløb."""

    kategori: Tyngdekategori
    timer: Decimal | None
    regional_finansiering: Decimal
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def tyngdekategori(
    timer: Beloeb | timedelta | None, *, afslutning_af_kemokur: bool = False
) -> Tyngdevurdering:
    """Tyngdekategorien for et forløb med `timer` samlet behandlingstid (tabel 2).

    `timer` er den samlede tid på selve behandlingsopgaven (klargøring, indgift og afslutning)
    som `Decimal`/`int`/numerisk streng, som `timedelta`, eller fra `timer_fra_besoeg`. Den
    skal være positiv og endelig. Grænserne læses som [nedre, øvre): 5 timer er kategori 2,
    15 timer kategori 3 og 35 timer kategori 4 (fortolkningsloggen IV-01).

    Afslutning af kemokur vælges efter behandlingstypen (`afslutning_af_kemokur=True`), ikke
    efter timer; så må `timer` være `None`.
    """
    kemokur = kraev_bool(afslutning_af_kemokur, "afslutning_af_kemokur")
    if kemokur:  # fortolkningsloggen IV-02
        vaerdi = None if timer is None else _kraev_timer(timer, "timer")[0]
        kategori = Tyngdekategori.KEMOKUR
        begrundelse = (
            "Afslutning af kemokur er sin egen tyngdekategori, valgt efter behandlingstypen og "
            "ikke efter tidsforbruget (læsning, se fortolkningsloggen IV-02); efter "
            f"{_NORDJYLLAND} betaler Region Nordjylland "
            f"{_kr(REGIONAL_FINANSIERING[kategori])} pr. tilfælde."
        )
        return Tyngdevurdering(
            kategori=kategori,
            timer=vaerdi,
            regional_finansiering=REGIONAL_FINANSIERING[kategori],
            begrundelse=begrundelse,
            kilder=(_K_KEMOKUR_ENKELTSTAAENDE, _K_KEMOKUR, _K_TABEL_3_RAEKKER[kategori.name]),
            fortolkninger=("IV-02",),
        )
    decimal_timer, varighed = _kraev_timer(timer, "timer")
    kategori = _kategori_for_timer(decimal_timer, varighed)
    beloeb = REGIONAL_FINANSIERING[kategori]
    nedre, oevre = _graenser(kategori)
    interval = ("over 0 timer" if nedre == 0 else f"fra {nedre} timer") + (
        f" og under {oevre} timer" if oevre is not None else ""
    )
    begrundelse = (
        f"{_timer_til_tekst(decimal_timer).capitalize()} samlet behandlingstid ligger i "
        f"{kategori.value} ({interval})"
    )
    spor: tuple[str, ...] = ()
    if decimal_timer == nedre and nedre > 0:
        # Præcis på en delt grænse (5, 15 eller 35 timer): fortolkningsloggen IV-01.
        spor = ("IV-01",)
        begrundelse += (
            f"; tabel 2 sætter {nedre} timer i to kategorier, og her læses grænsen som "
            f"starten af {kategori.value}{_spor_tekst(spor)}"
        )
    begrundelse += f"; efter {_NORDJYLLAND} betaler Region Nordjylland {_kr(beloeb)} pr. forløb."
    return Tyngdevurdering(
        kategori=kategori,
        timer=decimal_timer,
        regional_finansiering=beloeb,
        begrundelse=begrundelse,
        kilder=(
            _K_TABEL_2_RAEKKER[kategori.name],
            _K_TIDSFORBRUG,
            _K_TABEL_3_RAEKKER[kategori.name],
        ),
        fortolkninger=spor,
    )


def _graenser(kategori: Tyngdekategori) -> tuple[Decimal, Decimal | None]:
    oevre: Decimal | None = None
    for k, nedre in _NEDRE_GRAENSE_TIMER:
        if k is kategori:
            return nedre, oevre
        oevre = nedre
    raise UgyldigVaerdiFejl(f"kategori: {kategori.name} har ingen timegrænser")  # pragma: no cover


# ---------------------------------------------------------------------------
# Tabel 1: standardforløb
# ---------------------------------------------------------------------------


@attrs.frozen
class Standardforloeb(Resultat):
    """En række i tabel 1 med kildens tal; `afviger` markerer regnefejl i tabellen."""

    omraade: IVOmraade
    antal_besoeg: int
    minutter_pr_besoeg: int
    publicerede_timer: Decimal
    beregnede_timer: Decimal
    afviger: bool
    kategori: Tyngdekategori
    kategori_efter_beregnede_timer: Tyngdekategori
    estimeret_aarligt_antal: int
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _standardforloeb(
    omraade: IVOmraade, besoeg: int, minutter: int, timer: str, antal: int
) -> Standardforloeb:
    publicerede = Decimal(timer)
    beregnede = Decimal(besoeg * minutter) / Decimal(60)
    kemo = omraade is IVOmraade.KEMOKUR_OG_MAGNESIUM
    kategori = Tyngdekategori.KEMOKUR if kemo else _kategori_for_timer(publicerede, None)
    kategori_beregnet = Tyngdekategori.KEMOKUR if kemo else _kategori_for_timer(beregnede, None)
    afviger = beregnede != publicerede
    begrundelse = (
        f"Standardforløbet for {omraade.value} er {besoeg} besøg à {minutter} minutter, "
        f"{_tal(publicerede)} timer i alt ({kategori.value}), med ca. {antal} forløb om året."
    )
    if afviger:
        begrundelse += (
            f" Bemærk: {besoeg} × {minutter} minutter er {_tal(beregnede)} timer, ikke de "
            f"trykte {_tal(publicerede)}; tabellens tal er bevaret (læsning, se "
            "fortolkningsloggen IV-05)."
        )
    return Standardforloeb(
        omraade=omraade,
        antal_besoeg=besoeg,
        minutter_pr_besoeg=minutter,
        publicerede_timer=publicerede,
        beregnede_timer=beregnede,
        afviger=afviger,
        kategori=kategori,
        kategori_efter_beregnede_timer=kategori_beregnet,
        estimeret_aarligt_antal=antal,
        begrundelse=begrundelse,
        kilder=(
            _K_TABEL_1,
            _K_TABEL_1_BESOEG,
            _K_TABEL_1_MINUTTER,
            _K_TABEL_1_TIMER,
            _K_TABEL_1_ANTAL,
            _K_OMRAADER[omraade],
        ),
        fortolkninger=("IV-05",) if afviger else (),
    )


_TABEL_1_DATA = {
    r.omraade: r
    for r in (
        # Rammeaftalen, afsnit 4, tabel 1 (kolonnerne i kildens rækkefølge).
        _standardforloeb(IVOmraade.ANTIBIOTIKA, 24, 50, "20", 725),
        _standardforloeb(IVOmraade.VAESKE_KORTTARM, 156, 10, "26", 30),
        _standardforloeb(IVOmraade.VAESKE_AKUT_GASTROENTERITIS, 4, 30, "2", 240),
        # 4 × 30 minutter er 2 timer, men tabellen trykker 4: markeres som `afviger`
        # (fortolkningsloggen IV-05).
        _standardforloeb(IVOmraade.VAESKE_DEHYDRERING, 4, 30, "4", 370),
        _standardforloeb(IVOmraade.VANDDRIVENDE_HJERTESVIGT, 4, 15, "1", 70),
        _standardforloeb(IVOmraade.KEMOKUR_OG_MAGNESIUM, 1, 15, "0.25", 700),
    )
}
TABEL_1: Mapping[IVOmraade, Standardforloeb] = MappingProxyType(_TABEL_1_DATA)
"""Tabel 1 som data med kildens trykte tal (rammeaftalen, afsnit 4)."""


def standardforloeb(omraade: IVOmraadeArg) -> Standardforloeb:
    """Tabel 1's standardforløb for et IV-område, med kategori og evt. regnefejl markeret."""
    return TABEL_1[kraev_enum(IVOmraade, omraade, "omraade")]


@attrs.frozen
class Aktivitetsestimat(Resultat):
    """Tabel 1's estimerede årlige antal forløb lagt sammen."""

    antal_forloeb: int
    medregnet_kemokur: bool
    estimat_interval: tuple[int, int]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def aktivitetsestimat(*, medregn_kemokur: bool = True) -> Aktivitetsestimat:
    """Summen af tabel 1's estimerede årlige forløb (2.135 med kemokur, 1.435 uden).

    Tabel 1's total (»godt 2100«) rummer 700 afslutninger af kemokur, som tabel 2 siger ikke
    registreres som forløb; `medregn_kemokur=False` udelader dem (fortolkningsloggen IV-06).
    """
    med = kraev_bool(medregn_kemokur, "medregn_kemokur")
    antal = sum(
        r.estimeret_aarligt_antal
        for r in TABEL_1.values()
        if med or r.omraade is not IVOmraade.KEMOKUR_OG_MAGNESIUM
    )
    if med:
        tekst = (
            f"Tabel 1 summerer til {_tal(Decimal(antal))} forløb om året (»godt 2100«), "
            "heraf 700 afslutninger af kemokur, som ikke registreres som forløb (læsning, se "
            "fortolkningsloggen IV-06)."
        )
    else:
        tekst = (
            f"Uden de 700 afslutninger af kemokur, som ikke registreres som forløb, summerer "
            f"tabel 1 til {_tal(Decimal(antal))} forløb om året (læsning, se fortolkningsloggen "
            "IV-06)."
        )
    return Aktivitetsestimat(
        antal_forloeb=antal,
        medregnet_kemokur=med,
        estimat_interval=ESTIMERET_AARLIGT_ANTAL_FORLOEB_INTERVAL,
        begrundelse=tekst,
        kilder=(_K_ESTIMAT, _K_TABEL_1_ANTAL, _K_KEMOKUR),
        fortolkninger=("IV-06",),
    )


# ---------------------------------------------------------------------------
# Undtagelser: forløb, der som udgangspunkt bliver i hospitalsregi
# ---------------------------------------------------------------------------


@attrs.frozen
class Undtagelsesvurdering(Resultat):
    """Hvor forløbet som udgangspunkt varetages, og hvilke undtagelser der gælder."""

    varetagelse: Varetagelse
    undtagelser: tuple[Hospitalsundtagelse, ...]
    ukendte: tuple[Hospitalsundtagelse, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _kraev_ophold(vaerdi: object) -> bool | None:
    """Er opholdet pr. indgift mere end én time? Afgjort på den eksakte værdi (issue 14)."""
    if vaerdi is None:
        return None
    if isinstance(vaerdi, timedelta):
        return kraev_varighed(vaerdi, "ophold_pr_indgift") > MAKS_OPHOLD_PR_INDGIFT
    minutter = kraev_decimal(vaerdi, "ophold_pr_indgift", positiv=True, maks_vaerdi=_MAKS_TIMER)
    # Minuttallet sammenlignes direkte med 60; ingen afrunding til mikrosekunder, så 60 min.
    # og et hår kommer aldrig under grænsen.
    return minutter > 60


def hospitalsundtagelser(
    *,
    besoeg_pr_doegn: Heltal | None,
    indgift_i_lukket_system: bool | None,
    ophold_pr_indgift: Beloeb | timedelta | None,
    konkret_aftale_om_kommunal_varetagelse: bool | None = False,
    kommunen_afviser_af_hensyn_til_patientsikkerhed: bool | None = False,
) -> Undtagelsesvurdering:
    """De undtagelser, der som udgangspunkt holder et IV-forløb i hospitalsregi (afsnit 4).

    - `besoeg_pr_doegn`: behov for besøg pr. døgn (helt tal); mere end 3 er en undtagelse.
    - `indgift_i_lukket_system`: kan indgiften håndteres i lukkede systemer (True/False)?
    - `ophold_pr_indgift`: personalets ophold i hjemmet pr. indgift, som `timedelta` eller
      minutter; mere end én time er en undtagelse.

    `None` betyder ukendt; en ukendt oplysning antages aldrig (også
    `konkret_aftale_om_kommunal_varetagelse=None`: gælder en undtagelse, kan det så ikke
    afgøres). Alle undtagelser, der gælder, returneres. Efter konkret aftale mellem kommune
    og hospital kan kommunen alligevel varetage forløbet; og kommunen kan undtagelsesvist
    afvise et forløb af hensyn til patientsikkerheden, som så varetages i hospitalsregi.
    """
    besoeg = (
        None
        if besoeg_pr_doegn is None
        else kraev_heltal(besoeg_pr_doegn, "besoeg_pr_doegn", min_vaerdi=1)
    )
    lukket = kraev_valgfri_bool(indgift_i_lukket_system, "indgift_i_lukket_system")
    ophold = _kraev_ophold(ophold_pr_indgift)
    aftale = kraev_valgfri_bool(
        konkret_aftale_om_kommunal_varetagelse, "konkret_aftale_om_kommunal_varetagelse"
    )
    afvisning = kraev_bool(
        kommunen_afviser_af_hensyn_til_patientsikkerhed,
        "kommunen_afviser_af_hensyn_til_patientsikkerhed",
    )

    undtagelser: list[Hospitalsundtagelse] = []
    ukendte: list[Hospitalsundtagelse] = []
    for undtagelse, gaelder in (
        (
            Hospitalsundtagelse.FLERE_END_3_BESOEG_PR_DOEGN,
            None if besoeg is None else besoeg > MAKS_BESOEG_PR_DOEGN,
        ),
        (Hospitalsundtagelse.IKKE_LUKKET_SYSTEM, None if lukket is None else not lukket),
        (Hospitalsundtagelse.OPHOLD_OVER_EN_TIME_PR_INDGIFT, ophold),
    ):
        if gaelder is None:
            ukendte.append(undtagelse)
        elif gaelder:
            undtagelser.append(undtagelse)

    kilder: list[Kilde] = [_K_FORPLIGTELSE, *(_K_UNDTAGELSER[u] for u in undtagelser)]
    navne = ", ".join(u.value for u in undtagelser)
    if afvisning:
        varetagelse = Varetagelse.HOSPITALSREGI
        tekst = (
            "Kommunen afviser undtagelsesvist forløbet af hensyn til patientsikkerheden, så det "
            "varetages i hospitalsregi."
        )
        kilder.append(_K_U_AFVISNING)
    elif undtagelser and aftale:
        varetagelse = Varetagelse.KOMMUNALT_REGI
        tekst = (
            f"Forløbet er en undtagelse ({navne}), men efter konkret aftale mellem kommune og "
            "hospital varetages det i kommunalt regi inden for aftalens økonomiske ramme."
        )
        kilder.append(_K_U_KONKRET_AFTALE)
    elif undtagelser and aftale is None:
        # En ukendt konkret aftale afgør, hvor forløbet ender (fortolkningsloggen IV-17).
        varetagelse = Varetagelse.KAN_IKKE_AFGOERES
        tekst = (
            f"Kan ikke afgøres: forløbet er en undtagelse ({navne}) og varetages som "
            "udgangspunkt i hospitalsregi, men det er ukendt, om der er en konkret aftale "
            "mellem kommune og hospital om kommunal varetagelse."
        )
        kilder.append(_K_U_KONKRET_AFTALE)
    elif undtagelser:
        varetagelse = Varetagelse.HOSPITALSREGI
        tekst = (
            f"Forløbet varetages som udgangspunkt i hospitalsregi: {navne}. En konkret aftale "
            "mellem kommune og hospital kan flytte det til kommunen."
        )
        kilder.append(_K_U_KONKRET_AFTALE)
    elif ukendte and not aftale:
        varetagelse = Varetagelse.KAN_IKKE_AFGOERES
        tekst = (
            "Kan ikke afgøres: ingen undtagelse er påvist, men disse oplysninger mangler: "
            + "; ".join(_UKENDT_TEKST[u] for u in ukendte)
            + "."
        )
        kilder.extend(_K_UNDTAGELSER[u] for u in ukendte)
    else:
        varetagelse = Varetagelse.KOMMUNALT_REGI
        tekst = (
            "Ingen af de tre undtagelser gælder, så kommunen varetager forløbet, som den har "
            "forpligtet sig til for alle relevante forløb på IV-områderne."
            if not ukendte
            else "Efter konkret aftale mellem kommune og hospital varetages forløbet i "
            "kommunalt regi."
        )
        if ukendte:
            kilder.append(_K_U_KONKRET_AFTALE)
    return Undtagelsesvurdering(
        varetagelse=varetagelse,
        undtagelser=tuple(undtagelser),
        ukendte=tuple(ukendte),
        begrundelse=tekst,
        kilder=tuple(kilder),
    )


# ---------------------------------------------------------------------------
# Aktivitetsopfølgning, opsigelse og forsøgsperiode
# ---------------------------------------------------------------------------


@attrs.frozen
class Aktivitetsvurdering(Resultat):
    """Om aktiviteten efter 6 måneder udløser forhandlinger (afsnit 5)."""

    forhandlinger_skal_optages: bool
    seks_maaneder_gaaet: bool
    tidligste_vurderingsdato: date
    vaegtning: Vaegtning
    vaegtet_forventet: Decimal
    vaegtet_faktisk: Decimal
    overskridelse_procent: Decimal
    kemokur_udeladt: bool
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _kraev_antal_pr_kategori(vaerdi: object, navn: str) -> dict[Tyngdekategori, Decimal]:
    if not isinstance(vaerdi, Mapping):
        raise UgyldigTypeFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer en dict fra Tyngdekategori (eller navn) til "
            "antal forløb"
        )
    resultat: dict[Tyngdekategori, Decimal] = {}
    for noegle, antal in vaerdi.items():
        kategori = kraev_enum(Tyngdekategori, noegle, f"{navn}-nøgle")
        tal = kraev_decimal(
            antal, f"{navn}[{kategori.name}]", min_vaerdi=0, maks_vaerdi=_MAKS_ANTAL
        )
        if kategori in resultat:
            raise UgyldigVaerdiFejl(f"{navn}: {kategori.name} er givet mere end én gang")
        resultat[kategori] = tal
    return resultat


def aktivitetsopfoelgning(
    forventet: Afbildning[TyngdekategoriArg, Beloeb],
    faktisk: Afbildning[TyngdekategoriArg, Beloeb],
    *,
    aftalestart: Dato,
    opgoerelsesdato: Dato,
    vaegtning: VaegtningArg = Vaegtning.REGIONAL_FINANSIERING,
) -> Aktivitetsvurdering:
    """Udløser aktiviteten forhandlinger? (Rammeaftalen, afsnit 5.)

    `forventet` og `faktisk` er antal forløb pr. `Tyngdekategori` i samme periode. Kun de fire
    grupper (kategori 1–4) tæller; kemokur registreres ikke som forløb og udelades. Som
    standard vægtes hver gruppe med regionens beløb pr. forløb (tabel 3), dvs. aktiviteten
    måles i finansieringskroner; `vaegtning=Vaegtning.ANTAL_FORLOEB` tæller forløb uvægtet
    (fortolkningsloggen IV-08).

    Forhandlinger optages, når der er gået mindst 6 måneder fra `aftalestart` til
    `opgoerelsesdato`, og den vægtede aktivitet er mindst 20 % over den forventede.
    """
    forv = _kraev_antal_pr_kategori(forventet, "forventet")
    fakt = _kraev_antal_pr_kategori(faktisk, "faktisk")
    start = kraev_dato(aftalestart, "aftalestart")
    opgjort = kraev_dato(opgoerelsesdato, "opgoerelsesdato")
    if opgjort < start:
        raise UgyldigVaerdiFejl(
            f"opgoerelsesdato: fik {opgjort.isoformat()}, som ligger før aftalestart "
            f"{start.isoformat()}; accepterer en dato fra aftalestart"
        )
    vaegt = kraev_enum(Vaegtning, vaegtning, "vaegtning")
    kemokur_udeladt = Tyngdekategori.KEMOKUR in forv or Tyngdekategori.KEMOKUR in fakt

    def vaegtet(antal: dict[Tyngdekategori, Decimal], v: Vaegtning) -> Decimal:
        return sum(
            (
                antal.get(k, Decimal(0))
                * (REGIONAL_FINANSIERING[k] if v is Vaegtning.REGIONAL_FINANSIERING else 1)
                for k in _FIRE_GRUPPER
            ),
            Decimal(0),
        )

    def over(v: Vaegtning) -> bool:
        # Sammenlign uden division, så grænsen på præcis 20 % rammes eksakt.
        return vaegtet(fakt, v) * 100 >= vaegtet(forv, v) * (100 + FORHANDLINGSGRAENSE_PROCENT)

    v_forv = vaegtet(forv, vaegt)
    v_fakt = vaegtet(fakt, vaegt)
    if v_forv <= 0:
        raise UgyldigVaerdiFejl(
            f"forventet: fik {vis(forventet)}; accepterer kun en forventning med mindst ét "
            "forløb i kategori 1–4"
        )
    # Fortolkningsloggen IV-09 og IV-07: kun kategori 1–4 vægtes.
    tidligst = start + relativedelta(months=VURDERING_EFTER_MAANEDER)
    gaaet = opgjort >= tidligst
    over_graense = over(vaegt)
    # Den viste overskridelse må ikke modsige afgørelsen: lige under grænsen, hvor half-up
    # ville vise 20,00 %, rundes ned (19,998 % vises som 19,99 %, »under 20 %«); over grænsen
    # giver half-up aldrig under 20.
    eksakt = (v_fakt - v_forv) * 100 / v_forv
    overskridelse = _oere(eksakt)
    if not over_graense and overskridelse >= FORHANDLINGSGRAENSE_PROCENT:
        overskridelse = _oere(eksakt, ROUND_DOWN)
    forhandling = gaaet and over_graense
    anden = (
        Vaegtning.ANTAL_FORLOEB
        if vaegt is Vaegtning.REGIONAL_FINANSIERING
        else Vaegtning.REGIONAL_FINANSIERING
    )
    anden_ok = vaegtet(forv, anden) > 0
    vaegtninger_uenige = gaaet and anden_ok and over(anden) is not over_graense
    spor_liste: list[str] = []
    if kemokur_udeladt:
        spor_liste.append("IV-07")
    if vaegtninger_uenige:
        spor_liste.append("IV-08")
    if opgjort == tidligst:
        spor_liste.append("IV-09")
    spor = tuple(spor_liste)
    maal = "finansieringskroner" if vaegt is Vaegtning.REGIONAL_FINANSIERING else "forløb"
    if not gaaet:
        tekst = (
            f"Der er endnu ikke gået 6 måneder (tidligst {tidligst.isoformat()}), så "
            f"forhandlinger optages ikke; den vægtede aktivitet er {_tal(overskridelse)} % i "
            f"forhold til det forventede ({maal})."
        )
    elif forhandling:
        tekst = (
            f"Efter 6 måneder er den vægtede aktivitet {_tal(overskridelse)} % over det "
            f"forventede ({maal}), mindst 20 %, så forhandlinger mellem region og kommune "
            "optages; opgaven og finansieringen fortsætter imens."
        )
    else:
        tekst = (
            f"Efter 6 måneder er den vægtede aktivitet {_tal(overskridelse)} % i forhold til det "
            f"forventede ({maal}), under 20 % over, så forhandlinger optages ikke."
        )
    if spor:
        if vaegtninger_uenige:
            tekst += (
                f" Vægtet efter {anden.value} ville svaret være det modsatte; svaret hviler på "
                "den valgte vægtning"
            )
        else:
            tekst += " Svaret hviler på en læsning"
        tekst += _spor_tekst(spor) + "."
    if vaegt is Vaegtning.REGIONAL_FINANSIERING:
        tekst += f" Finansieringskronerne er Region Nordjyllands efter {_NORDJYLLAND}."
    return Aktivitetsvurdering(
        forhandlinger_skal_optages=forhandling,
        seks_maaneder_gaaet=gaaet,
        tidligste_vurderingsdato=tidligst,
        vaegtning=vaegt,
        vaegtet_forventet=_oere(v_forv) if vaegt is Vaegtning.REGIONAL_FINANSIERING else v_forv,
        vaegtet_faktisk=_oere(v_fakt) if vaegt is Vaegtning.REGIONAL_FINANSIERING else v_fakt,
        overskridelse_procent=overskridelse,
        kemokur_udeladt=kemokur_udeladt,
        begrundelse=tekst,
        kilder=(_K_20_PROCENT, _K_FORTSAT_FORPLIGTET, _K_KEMOKUR, _K_TABEL_3),
        fortolkninger=spor,
    )


@attrs.frozen
class Opsigelse(Resultat):
    """Varsel og tidligste ophør ved opsigelse af rammeaftalen.

    `forudsaetninger` siger, om betingelserne for varslet er opfyldt; er de ikke (eller kan
    det ikke afgøres), er `varsel_maaneder` og `ophoersdato` `None`.
    """

    grund: Opsigelsesgrund
    varslingsdato: date
    forudsaetninger: Opfyldelse
    varsel_maaneder: int | None
    ophoersdato: date | None
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def opsigelse(
    varslingsdato: Dato,
    *,
    grund: OpsigelsesgrundArg,
    overskridelse_mindst_20_procent_efter_6_maaneder: bool | None = None,
    enighed_om_finansiering_af_meraktivitet: bool | None = None,
) -> Opsigelse:
    """Tidligste ophørsdato, når aftalen opsiges på `varslingsdato`.

    Almindelig opsigelse har 6 måneders varsel (afsnit 8). Det korte varsel på 3 måneder
    (afsnit 5) kræver, at aktiviteten efter 6 måneder har overskredet det forventede med
    mindst 20 % (så forhandlinger er optaget), og at der ikke kunne opnås enighed om
    finansieringen af meraktiviteten: `overskridelse_mindst_20_procent_efter_6_maaneder=True`
    og `enighed_om_finansiering_af_meraktivitet=False`. Er en af dem ukendt (`None`), er svaret
    »kan ikke afgøres«; er en af dem ikke opfyldt, gælder det korte varsel ikke
    (fortolkningsloggen IV-10). Ophørsdatoen er varslingsdatoen plus varslet i kalendermåneder
    (`relativedelta`, så 31. august + 6 måneder er 28./29. februar; IV-09).
    """
    dato = kraev_dato(varslingsdato, "varslingsdato")
    g = kraev_enum(Opsigelsesgrund, grund, "grund")
    overskredet = kraev_valgfri_bool(
        overskridelse_mindst_20_procent_efter_6_maaneder,
        "overskridelse_mindst_20_procent_efter_6_maaneder",
    )
    enighed = kraev_valgfri_bool(
        enighed_om_finansiering_af_meraktivitet, "enighed_om_finansiering_af_meraktivitet"
    )
    if g is Opsigelsesgrund.UENIGHED_OM_MERAKTIVITET:
        kilder = (_K_20_PROCENT, _K_3_MAANEDER)
        mangler = [
            t
            for t, ok in (
                (
                    "aktiviteten har ikke overskredet det forventede med mindst 20 % efter 6 "
                    "måneder",
                    overskredet is not False,
                ),
                ("der er opnået enighed om finansieringen af meraktiviteten", enighed is not True),
            )
            if not ok
        ]
        ukendt = [
            t
            for t, v in (
                (
                    "om aktiviteten efter 6 måneder har overskredet det forventede med mindst 20 %",
                    overskredet,
                ),
                (
                    "om forhandlingerne endte uden enighed om finansieringen af meraktiviteten",
                    enighed,
                ),
            )
            if v is None
        ]
        if mangler:
            return Opsigelse(
                grund=g,
                varslingsdato=dato,
                forudsaetninger=Opfyldelse.IKKE_OPFYLDT,
                varsel_maaneder=None,
                ophoersdato=None,
                begrundelse=(
                    "Det korte varsel på 3 måneder gælder ikke: "
                    + "; ".join(mangler)
                    + ". Aftalen kan opsiges med det almindelige varsel på 6 måneder."
                ),
                kilder=(*kilder, _K_6_MAANEDER),
            )
        if ukendt:
            return Opsigelse(
                grund=g,
                varslingsdato=dato,
                forudsaetninger=Opfyldelse.KAN_IKKE_AFGOERES,
                varsel_maaneder=None,
                ophoersdato=None,
                begrundelse=(
                    "Kan ikke afgøres, om det korte varsel på 3 måneder gælder; ukendt: "
                    + "; ".join(ukendt)
                    + " (se fortolkningsloggen IV-10)."
                ),
                kilder=kilder,
                fortolkninger=("IV-10",),
            )
    maaneder = OPSIGELSESVARSEL_MAANEDER[g]  # fortolkningsloggen IV-09
    try:
        ophoer = dato + relativedelta(months=maaneder)
    except (OverflowError, ValueError):
        raise UgyldigVaerdiFejl(
            f"varslingsdato: fik {vis(varslingsdato)}; ophøret ligger efter år 9999"
        ) from None
    spor: tuple[str, ...] = ("IV-09",)
    kilder_ud: tuple[Kilde, ...] = (_K_OPSIGELSE[g],)
    forklaring = ""
    if g is Opsigelsesgrund.UENIGHED_OM_MERAKTIVITET:
        spor = ("IV-09", "IV-10")
        kilder_ud = (_K_20_PROCENT, _K_3_MAANEDER)
        forklaring = (
            " Aktiviteten har efter 6 måneder overskredet det forventede med mindst 20 %, og "
            "forhandlingerne endte uden enighed om finansieringen af meraktiviteten."
        )
    tekst = (
        f"Ved {g.value} er varslet {maaneder} måneder, så aftalen ophører tidligst "
        f"{ophoer.isoformat()} ved varsel givet {dato.isoformat()}.{forklaring} Måneder lægges "
        f"til som kalendermåneder{_spor_tekst(spor)}."
    )
    return Opsigelse(
        grund=g,
        varslingsdato=dato,
        forudsaetninger=Opfyldelse.OPFYLDT,
        varsel_maaneder=maaneder,
        ophoersdato=ophoer,
        begrundelse=tekst,
        kilder=kilder_ud,
        fortolkninger=spor,
    )


@attrs.frozen
class Forsoegsperiode(Resultat):
    """Rammeaftalens 2-årige forsøgsperiode og midtvejsevalueringen."""

    startdato: date
    sidste_dag: date
    midtvejsevaluering: date
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def forsoegsperiode(startdato: Dato) -> Forsoegsperiode:
    """Den 2-årige forsøgsperiode fra `startdato` og midtvejsevalueringen efter et år.

    Kilden har »fra xxx til xxx«; perioden læses som to hele år, så sidste dag er dagen før
    toårsdagen (fortolkningsloggen IV-11).
    """
    start = kraev_dato(startdato, "startdato")
    try:
        # Fortolkningsloggen IV-11.
        slut = start - timedelta(days=1) + relativedelta(years=FORSOEGSPERIODE_AAR)
        midtvejs = start + relativedelta(years=_MIDTVEJS_AAR)
    except (OverflowError, ValueError):
        raise UgyldigVaerdiFejl(
            f"startdato: fik {vis(startdato)}; forsøgsperioden rækker ud over år 9999"
        ) from None
    tekst = (
        f"Forsøgsperioden løber i 2 år fra {start.isoformat()} til og med {slut.isoformat()}; "
        f"midtvejsevalueringen er efter et år, {midtvejs.isoformat()} (læsning, se "
        "fortolkningsloggen IV-11)."
    )
    return Forsoegsperiode(
        startdato=start,
        sidste_dag=slut,
        midtvejsevaluering=midtvejs,
        begrundelse=tekst,
        kilder=(_K_FORSOEG, _K_MIDTVEJS),
        fortolkninger=("IV-11",),
    )


# ---------------------------------------------------------------------------
# Kvartalsvis monitorering
# ---------------------------------------------------------------------------

KVARTALSVISE_OPFOELGNINGSPUNKTER: tuple[Kilde, ...] = (
    _K_KVARTAL,
    _R.kilde(
        "6. Opfølgning og monitorering",
        "Samlet antal forløb med IV-behandling håndteret i kommunalt regi",
    ),
    _R.kilde(
        "6. Opfølgning og monitorering",
        "Antal forløb fordelt på de 4 tyngdekategorier og de forskellige IV-behandlingstyper",
    ),
    _R.kilde("6. Opfølgning og monitorering", "Status på den samlede økonomi"),
    _R.kilde("6. Opfølgning og monitorering", "Samlet behandlingsvarighed pr. forløb"),
    _R.kilde(
        "6. Opfølgning og monitorering",
        "Antal besøg pr. forløb og gennemsnitlig varighed pr. besøg",
    ),
    _R.kilde(
        "6. Opfølgning og monitorering",
        "Audit på kvalitetsparametre (herunder eksempelvis genindlæggelser, komplikationer og "
        "utilsigtede hændelser) samt kontakter til almen praksis, vagtlæge og "
        "behandlingsansvarlig læge",
    ),
)
"""Opfølgningsgruppens punkter hver 3. måned (afsnit 6); felterne i `kvartalsopgoerelse`."""


@attrs.frozen
class Kvartalsopgoerelse(Resultat):
    """Et kvartals monitoreringstal (afsnit 6); `None` betyder ikke opgjort."""

    aar: int
    kvartal: int
    antal_pr_kategori: Mapping[Tyngdekategori, int]
    antal_pr_omraade: Mapping[IVOmraade, int] | None
    samlet_antal_forloeb: int
    regional_finansiering_i_alt: Decimal
    samlet_behandlingstid_timer: Decimal | None
    behandlingstid_pr_forloeb_timer: Decimal | None
    antal_besoeg: int | None
    besoeg_pr_forloeb: Decimal | None
    varighed_pr_besoeg_minutter: Decimal | None
    genindlaeggelser: int | None
    komplikationer: int | None
    utilsigtede_haendelser: int | None
    kontakter_almen_praksis: int | None
    kontakter_vagtlaege: int | None
    kontakter_behandlingsansvarlig_laege: int | None
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _valgfrit_antal(vaerdi: object, navn: str) -> int | None:
    if vaerdi is None:
        return None
    return kraev_heltal(vaerdi, navn, min_vaerdi=0, maks_vaerdi=int(_MAKS_ANTAL))


def _heltal_pr_noegle(vaerdi: object, navn: str, enum_cls: type[Any]) -> dict[Any, int]:
    if not isinstance(vaerdi, Mapping):
        raise UgyldigTypeFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer en dict fra {enum_cls.__name__} (eller navn) "
            "til et antal"
        )
    ud: dict[Any, int] = {}
    for noegle, antal in vaerdi.items():
        medlem = kraev_enum(enum_cls, noegle, f"{navn}-nøgle")
        if medlem in ud:
            raise UgyldigVaerdiFejl(f"{navn}: {medlem.name} er givet mere end én gang")
        ud[medlem] = kraev_heltal(
            antal, f"{navn}[{medlem.name}]", min_vaerdi=0, maks_vaerdi=int(_MAKS_ANTAL)
        )
    return ud


def _gennemsnit(taeller: Decimal, naevner: int) -> Decimal | None:
    if naevner == 0:
        return None
    return (taeller / Decimal(naevner)).quantize(_OERE, ROUND_HALF_UP)


def kvartalsopgoerelse(
    *,
    aar: Heltal,
    kvartal: Heltal,
    antal_pr_kategori: Afbildning[TyngdekategoriArg, Beloeb],
    antal_pr_omraade: Afbildning[IVOmraadeArg, Heltal] | None = None,
    samlet_behandlingstid_timer: Beloeb | None = None,
    antal_besoeg: Heltal | None = None,
    genindlaeggelser: Heltal | None = None,
    komplikationer: Heltal | None = None,
    utilsigtede_haendelser: Heltal | None = None,
    kontakter_almen_praksis: Heltal | None = None,
    kontakter_vagtlaege: Heltal | None = None,
    kontakter_behandlingsansvarlig_laege: Heltal | None = None,
) -> Kvartalsopgoerelse:
    """Et kvartals monitoreringstal, som opfølgningsgruppen ser hver 3. måned (afsnit 6).

    Analytikeren udfylder antal forløb pr. tyngdekategori (og gerne pr. IV-område), den samlede
    behandlingstid og antal besøg samt kvalitetstallene; `None` betyder ikke opgjort.
    Afledt: samlet antal forløb (de fire grupper; kemokur registreres ikke som forløb),
    regionens finansiering i alt (tabel 3, inkl. kemokur), behandlingstid og besøg pr. forløb
    og varighed pr. besøg (gennemsnit afrundet half-up til 2 decimaler).
    """
    aar_ = kraev_heltal(aar, "aar", min_vaerdi=1, maks_vaerdi=9999)
    kvartal_ = kraev_heltal(kvartal, "kvartal", min_vaerdi=1, maks_vaerdi=4)
    pr_kategori = _heltal_pr_noegle(antal_pr_kategori, "antal_pr_kategori", Tyngdekategori)
    pr_omraade = (
        None
        if antal_pr_omraade is None
        else _heltal_pr_noegle(antal_pr_omraade, "antal_pr_omraade", IVOmraade)
    )
    tid = (
        None
        if samlet_behandlingstid_timer is None
        else kraev_decimal(
            samlet_behandlingstid_timer,
            "samlet_behandlingstid_timer",
            min_vaerdi=0,
            maks_vaerdi=_MAKS_TIMER,
        )
    )
    besoeg = _valgfrit_antal(antal_besoeg, "antal_besoeg")
    kvalitet = {
        navn: _valgfrit_antal(v, navn)
        for navn, v in (
            ("genindlaeggelser", genindlaeggelser),
            ("komplikationer", komplikationer),
            ("utilsigtede_haendelser", utilsigtede_haendelser),
            ("kontakter_almen_praksis", kontakter_almen_praksis),
            ("kontakter_vagtlaege", kontakter_vagtlaege),
            ("kontakter_behandlingsansvarlig_laege", kontakter_behandlingsansvarlig_laege),
        )
    }
    samlet = sum(pr_kategori.get(k, 0) for k in _FIRE_GRUPPER)
    finansiering = _oere(
        sum((REGIONAL_FINANSIERING[k] * n for k, n in pr_kategori.items()), Decimal(0))
    )
    tid_pr_forloeb = None if tid is None else _gennemsnit(tid, samlet)
    besoeg_pr_forloeb = None if besoeg is None else _gennemsnit(Decimal(besoeg), samlet)
    minutter_pr_besoeg = None if tid is None or besoeg is None else _gennemsnit(tid * 60, besoeg)
    kemokur = pr_kategori.get(Tyngdekategori.KEMOKUR, 0) > 0
    spor: tuple[str, ...] = ("IV-07",) if kemokur else ()
    tekst = (
        f"{aar_}, {kvartal_}. kvartal: {samlet} forløb i kategori 1–4 i kommunalt regi; "
        f"regional finansiering i alt {_kr(finansiering)} efter {_NORDJYLLAND}"
    )
    if kemokur:
        tekst += (
            "; afslutninger af kemokur tæller med i finansieringen, men ikke som forløb"
            + _spor_tekst(spor)
        )
    tekst += "."
    if tid_pr_forloeb is not None:
        tekst += f" Behandlingstid pr. forløb: {_tal(tid_pr_forloeb)} timer."
    return Kvartalsopgoerelse(
        aar=aar_,
        kvartal=kvartal_,
        antal_pr_kategori=pr_kategori,
        antal_pr_omraade=pr_omraade,
        samlet_antal_forloeb=samlet,
        regional_finansiering_i_alt=finansiering,
        samlet_behandlingstid_timer=tid,
        behandlingstid_pr_forloeb_timer=tid_pr_forloeb,
        antal_besoeg=besoeg,
        besoeg_pr_forloeb=besoeg_pr_forloeb,
        varighed_pr_besoeg_minutter=minutter_pr_besoeg,
        begrundelse=tekst,
        kilder=(*KVARTALSVISE_OPFOELGNINGSPUNKTER, _K_KVARTALSVIS_DIALOG, _K_TABEL_3),
        fortolkninger=spor,
        **kvalitet,
    )


# ---------------------------------------------------------------------------
# Batch
# ---------------------------------------------------------------------------

_BATCH_FELTER = (
    "id",
    "kategori",
    "timer",
    "regional_finansiering",
    "afledt_samlet_udgift",
    "afledt_kommunal_andel",
    "begrundelse",
    "fejl",
    "fortolkninger",
)


def _simpelt_id(vaerdi: object) -> Any:
    if vaerdi is None or isinstance(vaerdi, bool | int | str | Decimal):
        return vaerdi
    try:
        return str(enkel_vaerdi(vaerdi))
    except Exception:  # et fremmed objekt må ikke vælte batchen
        return vis(vaerdi)


def _et_forloeb(raekke: object) -> dict[str, Any]:
    if not isinstance(raekke, Mapping):
        raise UgyldigTypeFejl(
            f"raekke: fik {vis(raekke)}; accepterer en dict med 'timer' eller 'antal_besoeg' og "
            "'minutter_pr_besoeg' (og evt. 'id', 'afslutning_af_kemokur')"
        )
    kendte = {"id", "timer", "antal_besoeg", "minutter_pr_besoeg", "afslutning_af_kemokur"}
    ukendte = sorted(str(k) for k in raekke if k not in kendte)
    if ukendte:
        raise UgyldigVaerdiFejl(f"raekke: ukendte felter {ukendte}; accepterer {sorted(kendte)}")
    kemokur = raekke.get("afslutning_af_kemokur", False)
    if "timer" in raekke:
        if "antal_besoeg" in raekke or "minutter_pr_besoeg" in raekke:
            raise UgyldigVaerdiFejl(
                "raekke: giv enten 'timer' eller 'antal_besoeg' og 'minutter_pr_besoeg', ikke begge"
            )
        timer = raekke["timer"]
    elif "antal_besoeg" in raekke or "minutter_pr_besoeg" in raekke:
        # En manglende værdi (None) afvises af timer_fra_besoeg med en fejl, der navngiver den.
        timer = timer_fra_besoeg(
            raekke.get("antal_besoeg"),  # type: ignore[arg-type]
            raekke.get("minutter_pr_besoeg"),  # type: ignore[arg-type]
        )
    else:
        timer = None
    vurdering = tyngdekategori(timer, afslutning_af_kemokur=kemokur)
    finansiering = _finansiering(vurdering.kategori)
    spor = tuple(dict.fromkeys((*vurdering.fortolkninger, *finansiering.fortolkninger)))
    return {
        "kategori": vurdering.kategori.name,
        "timer": vurdering.timer,
        "regional_finansiering": finansiering.regional_beloeb,
        "afledt_samlet_udgift": finansiering.afledt_samlet_udgift,
        "afledt_kommunal_andel": finansiering.afledt_kommunal_andel,
        "begrundelse": vurdering.begrundelse,
        "fejl": None,
        "fortolkninger": ", ".join(spor),
    }


def vurder_forloeb(raekker: Iterable[Mapping[str, object]]) -> list[dict[str, Any]]:
    """Tyngdekategori og finansiering for mange forløb som DataFrame-klare poster.

    Hver række er en dict med `timer` (Decimal/int/streng/timedelta) eller `antal_besoeg` og
    `minutter_pr_besoeg`, og evt. `id` og `afslutning_af_kemokur`. Hver post har felterne
    id, kategori (enum-navn), timer, regional_finansiering, afledt_samlet_udgift,
    afledt_kommunal_andel (Decimal kr. i øre; `None` for kemokur, IV-04), begrundelse, fejl og
    fortolkninger (de anvendte fortolkningslog-ID'er adskilt af komma, fx »IV-01, IV-03«). En
    dårlig række giver en post med `fejl` udfyldt i stedet for at standse kørslen.

    Bibliotekets ene batchkontrakt er `forloebsregler.batch` (`batch.iv`: `raekke` 1-baseret,
    ubrugte kolonner ført igennem, `kilder`, `fejlfelt`, `fejlkode`); denne funktion er
    områdets genvej med sine egne, faste felter og følger kontraktens konventioner for
    manglende værdier: `None`, NaN og tom tekst betyder »ikke oplyst«, så en tom `timer`
    ved siden af `antal_besoeg` og `minutter_pr_besoeg` er ingen modstrid, og et forløb uden
    oplyst behandlingstid er en fejl i rækken. En `afslutning_af_kemokur`, der er med, men
    ikke oplyst, er en fejl i rækken (den gættes ikke til »nej«); udelades nøglen, gælder
    standarden False.
    """
    if isinstance(raekker, str | bytes | Mapping) or not isinstance(raekker, Iterable):
        raise UgyldigTypeFejl(
            f"raekker: fik {vis(raekker)}; accepterer en liste (eller anden samling) af dicts"
        )
    poster: list[dict[str, Any]] = []
    for raekke in raekker:
        post: dict[str, Any] = dict.fromkeys(_BATCH_FELTER)
        if isinstance(raekke, Mapping):
            post["id"] = _simpelt_id(raekke.get("id"))
        try:
            if isinstance(raekke, Mapping):
                raekke = _uden_ikke_oplyste(raekke)
            post.update(_et_forloeb(raekke))
        except ForloebsreglerFejl as fejl:
            post["fejl"] = str(fejl)
        poster.append(post)
    return poster


def _uden_ikke_oplyste(raekke: Mapping[Any, Any]) -> dict[Any, Any]:
    """Rækken uden tidsfelter, der ikke er oplyst (None, NaN, NaT/NA, tom tekst), som i
    `forloebsregler.batch`; en ikke oplyst `afslutning_af_kemokur` bliver None (en fejl)."""
    ud: dict[Any, Any] = {}
    for noegle, vaerdi in raekke.items():
        ikke_oplyst = (
            vaerdi is None
            or (isinstance(vaerdi, str) and not vaerdi.strip())
            or (isinstance(vaerdi, float) and vaerdi != vaerdi)
            or type(vaerdi).__name__ in {"NaTType", "NAType"}
        )
        if not ikke_oplyst:
            ud[noegle] = vaerdi
        elif noegle == "afslutning_af_kemokur":
            ud[noegle] = None
    return ud
