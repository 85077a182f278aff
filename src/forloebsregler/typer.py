"""Offentlige typealiaser til annoteringer i applikationer (og senere i bibliotekets signaturer).

Biblioteket tager imod flere former for samme værdi; aliaserne her navngiver dem, så en
applikation kan annotere sine egne funktioner præcist og lade mypy fange forkerte kald:

>>> from decimal import Decimal
>>> from forloebsregler.typer import Beloeb, TyngdekategoriNavn
>>> def pris(beloeb: Beloeb) -> Decimal:
...     return Decimal(beloeb)
>>> kategori: TyngdekategoriNavn = "KATEGORI_2"

* `Beloeb`: et tal som `Decimal`, `int` eller numerisk streng (aldrig `float` i annoteringen,
  selv om en `float` konverteres via `str`, se `forloebsregler._valider`).
* `Heltal`: et helt tal som `int`, heltallig `Decimal` eller streng.
* `Tidspunkt`: en tidszonebevidst `datetime` eller en ISO 8601-streng med offset.
* `Dato`: en `date` eller en ISO-dato 'ÅÅÅÅ-MM-DD'.
* `<Enum>Navn`: en `Literal` med enum'ens medlemsnavne (fx `TyngdekategoriNavn`); biblioteket
  accepterer også små bogstaver og tekstværdien, men kun navnene er typede.
* `<Enum>Arg`: enum'en selv eller et af navnene (`Tyngdekategori | TyngdekategoriNavn`).
* `Afbildning[K, V]`: en dict (`Mapping`) fra K til V, som signaturerne tager imod, når
  nøglerne er enum-medlemmer eller navne. Modsat `Mapping` er nøgletypen kovariant, så både
  `dict[Tyngdekategori, int]`, `dict[TyngdekategoriNavn, int]` og en dict-literal med en
  blanding er en `Afbildning[TyngdekategoriArg, Beloeb]`. Ved kørsel kræves en `Mapping`.

`Literal`-navnene er afstemt med enum'erne af tests/test_typing.py.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from datetime import date, datetime
from decimal import Decimal
from typing import Literal, Protocol, TypeAlias, TypeVar

from forloebsregler import (
    Aftalepart,
    Alkoholkategori,
    Ansvarlig,
    Betaler,
    EndnuIkkeIndgaaet,
    Fase,
    Forankring,
    Forloebstype,
    Fortolkning,
    Fristgrundlag,
    Funktionsevnenedsaettelse,
    Genoptraeningsansvarlig,
    Genoptraeningshenviser,
    Genoptraeningsindsats,
    Genoptraeningskontakt,
    Genoptraeningsmodtager,
    Henviser,
    Hospitalsundtagelse,
    IngenKontrakt,
    IVBehandling,
    IVOmraade,
    IVRegion,
    Kernesymptom,
    Koen,
    Kompetence,
    KomplicerendeFaktor,
    KontaktpersonLaesning,
    KontaktpersonOpgave,
    Ledsagesymptom,
    Leverance,
    Leverandoer,
    Opsigelsesgrund,
    Overdragelsesbetingelse,
    Psykiatrikarakteristikum,
    Psykiatrimodtager,
    Screeningsredskab,
    Skadetype,
    Stratificeringsniveau,
    StyrkendeFaktor,
    Svaerhedsgrad,
    Svar,
    Takstkategori,
    Tidsrum,
    Tyngdekategori,
    Vaegtning,
    Varetagelse,
)

__all__ = [
    "Afbildning",
    "AfgoerelseArg",
    "AfgoerelseNavn",
    "AftalepartArg",
    "AftalepartNavn",
    "AlkoholkategoriArg",
    "AlkoholkategoriNavn",
    "AnsvarligArg",
    "AnsvarligNavn",
    "Beloeb",
    "BetalerArg",
    "BetalerNavn",
    "DaekningArg",
    "DaekningNavn",
    "Dato",
    "EndnuIkkeIndgaaetArg",
    "EndnuIkkeIndgaaetNavn",
    "FaseArg",
    "FaseNavn",
    "ForankringArg",
    "ForankringNavn",
    "ForloebstypeArg",
    "ForloebstypeNavn",
    "FortolkningArg",
    "FortolkningNavn",
    "FristgrundlagArg",
    "FristgrundlagNavn",
    "FunktionsevnenedsaettelseArg",
    "FunktionsevnenedsaettelseNavn",
    "GenoptraeningsansvarligArg",
    "GenoptraeningsansvarligNavn",
    "GenoptraeningshenviserArg",
    "GenoptraeningshenviserNavn",
    "GenoptraeningsindsatsArg",
    "GenoptraeningsindsatsNavn",
    "GenoptraeningskontaktArg",
    "GenoptraeningskontaktNavn",
    "GenoptraeningsmodtagerArg",
    "GenoptraeningsmodtagerNavn",
    "GenoptraeningsudfaldArg",
    "GenoptraeningsudfaldNavn",
    "Heltal",
    "HenviserArg",
    "HenviserNavn",
    "HospitalsundtagelseArg",
    "HospitalsundtagelseNavn",
    "IVBehandlingArg",
    "IVBehandlingNavn",
    "IVOmraadeArg",
    "IVOmraadeNavn",
    "IVRegionArg",
    "IVRegionNavn",
    "IngenKontraktArg",
    "IngenKontraktNavn",
    "KernesymptomArg",
    "KernesymptomNavn",
    "KoenArg",
    "KoenNavn",
    "KompetenceArg",
    "KompetenceNavn",
    "KomplicerendeFaktorArg",
    "KomplicerendeFaktorNavn",
    "KontaktpersonLaesningArg",
    "KontaktpersonLaesningNavn",
    "KontaktpersonOpgaveArg",
    "KontaktpersonOpgaveNavn",
    "LedsagesymptomArg",
    "LedsagesymptomNavn",
    "LeveranceArg",
    "LeveranceNavn",
    "LeverandoerArg",
    "LeverandoerNavn",
    "OpfyldelseArg",
    "OpfyldelseNavn",
    "OpsigelsesgrundArg",
    "OpsigelsesgrundNavn",
    "OverdragelsesbetingelseArg",
    "OverdragelsesbetingelseNavn",
    "PsykiatrikarakteristikumArg",
    "PsykiatrikarakteristikumNavn",
    "PsykiatrimodtagerArg",
    "PsykiatrimodtagerNavn",
    "ScreeningsredskabArg",
    "ScreeningsredskabNavn",
    "SkadetypeArg",
    "SkadetypeNavn",
    "StratificeringsniveauArg",
    "StratificeringsniveauNavn",
    "StyrkendeFaktorArg",
    "StyrkendeFaktorNavn",
    "SvaerhedsgradArg",
    "SvaerhedsgradNavn",
    "SvarArg",
    "SvarNavn",
    "TakstkategoriArg",
    "TakstkategoriNavn",
    "Tidspunkt",
    "TidsrumArg",
    "TidsrumNavn",
    "TyngdekategoriArg",
    "TyngdekategoriNavn",
    "VaegtningArg",
    "VaegtningNavn",
    "VaretagelseArg",
    "VaretagelseNavn",
]

_K_co = TypeVar("_K_co", covariant=True)
_V_co = TypeVar("_V_co", covariant=True)


class Afbildning(Protocol[_K_co, _V_co]):
    """En dict fra `_K_co` til `_V_co` med kovariant nøgletype (se modulets docstring)."""

    def items(self) -> AbstractSet[tuple[_K_co, _V_co]]: ...


Beloeb: TypeAlias = Decimal | int | str
"""Et tal: `Decimal`, `int` eller numerisk streng med punktum ('12.5')."""
Heltal: TypeAlias = int | Decimal | str
"""Et helt tal: `int`, heltallig `Decimal` eller streng."""
Tidspunkt: TypeAlias = datetime | str
"""Et tidszonebevidst tidspunkt eller en ISO 8601-streng med offset (naive afvises ved kørsel)."""
Dato: TypeAlias = date | str
"""En kalenderdato eller en ISO-dato 'ÅÅÅÅ-MM-DD'."""

SvarNavn: TypeAlias = Literal[
    "OPFYLDT", "IKKE_OPFYLDT", "KAN_IKKE_AFGOERES", "UDEN_FOR_MAALGRUPPEN"
]
"""Navnene på `Svar`'s medlemmer (det fælles svar for alle områder)."""
SvarArg: TypeAlias = Svar | SvarNavn
AfgoerelseNavn: TypeAlias = SvarNavn
AfgoerelseArg: TypeAlias = SvarArg
AftalepartNavn: TypeAlias = Literal["KOMMUNE", "BORGER", "ARBEJDSGIVER"]
AftalepartArg: TypeAlias = Aftalepart | AftalepartNavn
AlkoholkategoriNavn: TypeAlias = Literal[
    "STORFORBRUG", "SKADELIGT_ALKOHOLFORBRUG", "ALKOHOLAFHAENGIGHED"
]
AlkoholkategoriArg: TypeAlias = Alkoholkategori | AlkoholkategoriNavn
AnsvarligNavn: TypeAlias = Literal["SYGEHUSAFDELING", "PRAKTISERENDE_LAEGE", "KAN_IKKE_AFGOERES"]
AnsvarligArg: TypeAlias = Ansvarlig | AnsvarligNavn
BetalerNavn: TypeAlias = Literal["SYGEHUS", "KOMMUNE", "KAN_IKKE_AFGOERES"]
BetalerArg: TypeAlias = Betaler | BetalerNavn
DaekningNavn: TypeAlias = SvarNavn
DaekningArg: TypeAlias = SvarArg
FaseNavn: TypeAlias = Literal["UDREDNING", "BEHANDLING_OG_REHABILITERING", "OPFOELGNING"]
FaseArg: TypeAlias = Fase | FaseNavn
ForankringNavn: TypeAlias = Literal[
    "LOKALPSYKIATRIEN", "KOMMUNALT_REHABILITERINGSOMRAADE", "ANDEN_PART"
]
ForankringArg: TypeAlias = Forankring | ForankringNavn
ForloebstypeNavn: TypeAlias = Literal["AKUT", "PLANLAGT"]
ForloebstypeArg: TypeAlias = Forloebstype | ForloebstypeNavn
FortolkningNavn: TypeAlias = Literal["ICD10", "BOGSTAVELIG"]
FortolkningArg: TypeAlias = Fortolkning | FortolkningNavn
FristgrundlagNavn: TypeAlias = Literal["SYV_KALENDERDAGE", "SYGEHUSETS_STARTDATO"]
FristgrundlagArg: TypeAlias = Fristgrundlag | FristgrundlagNavn
FunktionsevnenedsaettelseNavn: TypeAlias = Literal[
    "BEVAEGELSESMAESSIG", "AKTIVITETSMAESSIG", "MENTAL", "SOCIAL"
]
FunktionsevnenedsaettelseArg: TypeAlias = Funktionsevnenedsaettelse | FunktionsevnenedsaettelseNavn
GenoptraeningsansvarligNavn: TypeAlias = Literal["SYGEHUSET", "KOMMUNEN"]
GenoptraeningsansvarligArg: TypeAlias = Genoptraeningsansvarlig | GenoptraeningsansvarligNavn
GenoptraeningshenviserNavn: TypeAlias = Literal["SYGEHUS", "PRAKTISERENDE_LAEGE", "KOMMUNE"]
GenoptraeningshenviserArg: TypeAlias = Genoptraeningshenviser | GenoptraeningshenviserNavn
GenoptraeningsindsatsNavn: TypeAlias = Literal[
    "UNDER_INDLAEGGELSE",
    "GENOPTRAENINGSPLAN",
    "SPECIALISERET",
    "ALMEN_BASALT",
    "ALMEN_AVANCERET",
    "EFTER_SYGDOM_UDEN_INDLAEGGELSE",
    "VEDLIGEHOLDENDE_TRAENING",
    "FOREBYGGENDE_TRAENING",
]
GenoptraeningsindsatsArg: TypeAlias = Genoptraeningsindsats | GenoptraeningsindsatsNavn
GenoptraeningskontaktNavn: TypeAlias = Literal["UDSKRIVNING", "AMBULANT"]
GenoptraeningskontaktArg: TypeAlias = Genoptraeningskontakt | GenoptraeningskontaktNavn
GenoptraeningsmodtagerNavn: TypeAlias = Literal[
    "PATIENTEN", "BOPAELSKOMMUNEN", "PRAKTISERENDE_LAEGE", "SYGEHUSET"
]
GenoptraeningsmodtagerArg: TypeAlias = Genoptraeningsmodtager | GenoptraeningsmodtagerNavn
GenoptraeningsudfaldNavn: TypeAlias = SvarNavn
GenoptraeningsudfaldArg: TypeAlias = SvarArg
HenviserNavn: TypeAlias = Literal["ALMEN_PRAKSIS", "SYGEHUS"]
HenviserArg: TypeAlias = Henviser | HenviserNavn
HospitalsundtagelseNavn: TypeAlias = Literal[
    "FLERE_END_3_BESOEG_PR_DOEGN", "IKKE_LUKKET_SYSTEM", "OPHOLD_OVER_EN_TIME_PR_INDGIFT"
]
HospitalsundtagelseArg: TypeAlias = Hospitalsundtagelse | HospitalsundtagelseNavn
IVBehandlingNavn: TypeAlias = Literal["VAESKE", "ANTIBIOTIKA"]
IVBehandlingArg: TypeAlias = IVBehandling | IVBehandlingNavn
IVOmraadeNavn: TypeAlias = Literal[
    "ANTIBIOTIKA",
    "VAESKE_KORTTARM",
    "VAESKE_AKUT_GASTROENTERITIS",
    "VAESKE_DEHYDRERING",
    "VANDDRIVENDE_HJERTESVIGT",
    "KEMOKUR_OG_MAGNESIUM",
]
IVOmraadeArg: TypeAlias = IVOmraade | IVOmraadeNavn
IVRegionNavn: TypeAlias = Literal["NORDJYLLAND", "SYDDANMARK"]
IVRegionArg: TypeAlias = IVRegion | IVRegionNavn
KernesymptomNavn: TypeAlias = Literal[
    "NEDTRYKTHED", "NEDSAT_LYST_ELLER_INTERESSE", "NEDSAT_ENERGI_ELLER_OEGET_TRAETHED"
]
KernesymptomArg: TypeAlias = Kernesymptom | KernesymptomNavn
KoenNavn: TypeAlias = Literal["KVINDE", "MAND"]
KoenArg: TypeAlias = Koen | KoenNavn
KompetenceNavn: TypeAlias = Literal[
    "VAESKE_OG_ELEKTROLYTTERAPI",
    "HJERTE_OG_LUNGEKREDSLOEB",
    "FARMAKOLOGI",
    "ALLERGISKE_REAKTIONER",
    "PLEJE_AF_IV_ADGANG",
    "OBSERVATION_AF_INDSTIKSSTED",
    "GENOPLIVNING",
]
KompetenceArg: TypeAlias = Kompetence | KompetenceNavn
KomplicerendeFaktorNavn: TypeAlias = Literal[
    "MARKANT_NEDSAT_KOGNITIVT_FUNKTIONSNIVEAU",
    "MULTISYGDOM_OG_POLYFARMACI",
    "SAMTIDIG_SVAER_SOMATISK_SYGDOM",
    "SAMTIDIG_ANDEN_PSYKISK_LIDELSE",
    "MARKANT_NEDSAT_PSYKOSOCIAL_FUNKTION",
    "ALVORLIGT_MISBRUG",
    "RINGE_SOCIALE_KAAR",
    "TILBAGEVENDENDE_ELLER_KRONISK_DEPRESSION",
    "UDPRAEGEDE_SELVMORDSTANKER",
    "MANGLENDE_BEHANDLINGSRESPONS",
]
KomplicerendeFaktorArg: TypeAlias = KomplicerendeFaktor | KomplicerendeFaktorNavn
KontaktpersonLaesningNavn: TypeAlias = Literal[
    "KOMPLEKSE_BEHOV", "ARBEJDSMARKED", "JOBCENTER_OG_SUNDHED"
]
KontaktpersonLaesningArg: TypeAlias = KontaktpersonLaesning | KontaktpersonLaesningNavn
KontaktpersonOpgaveNavn: TypeAlias = Literal[
    "LOEBENDE_KONTAKT",
    "OPSTART_AF_ORDNINGEN",
    "SKRIFTLIGT_SAMTYKKE",
    "MOEDEINDKALDELSE_MED_DAGSORDEN",
    "DAGSORDEN_FOER_MOEDER",
    "INFORMATION_TIL_BORGEREN",
    "INDIVIDUELLE_HENSYN",
    "FAELLESMOEDE_MED_FAELLES_PLAN",
    "FORMIDLE_FAELLES_PLAN",
    "SKRIFTLIGE_AFTALER_MED_HJEM",
    "REFERAT",
    "OPFOELGNING_MED_BORGER",
    "MOEDER_EFTER_BEHOV",
]
KontaktpersonOpgaveArg: TypeAlias = KontaktpersonOpgave | KontaktpersonOpgaveNavn
LedsagesymptomNavn: TypeAlias = Literal[
    "NEDSAT_SELVTILLID_ELLER_SELVFOELELSE",
    "SELVBEBREJDELSER_ELLER_SKYLDFOELELSE",
    "TANKER_OM_DOED_ELLER_SELVMORD",
    "TAENKE_ELLER_KONCENTRATIONSBESVAER",
    "AGITATION_ELLER_HAEMNING",
    "SOEVNFORSTYRRELSER",
    "APPETIT_ELLER_VAEGTAENDRING",
]
LedsagesymptomArg: TypeAlias = Ledsagesymptom | LedsagesymptomNavn
LeveranceNavn: TypeAlias = Literal[
    "IV_ADGANG_MED_SLANGE",
    "VAESKE",
    "MEDICIN",
    "ADMINISTRATIONSSKEMA",
    "INFUSIONSSAET",
    "NACL_SKYL_10_ML",
    "KANYLEBOKS",
    "REMEDIER_TIL_IV_ADGANG",
    "ENGANGSHANDSKER",
    "ADRENALIN",
    "FOERSTEHJAELPSREMEDIER",
]
LeveranceArg: TypeAlias = Leverance | LeveranceNavn
LeverandoerNavn: TypeAlias = Literal["SYGEHUSET", "KOMMUNAL_AKUTFUNKTION", "KAN_IKKE_AFGOERES"]
LeverandoerArg: TypeAlias = Leverandoer | LeverandoerNavn
OpfyldelseNavn: TypeAlias = SvarNavn
OpfyldelseArg: TypeAlias = SvarArg
OpsigelsesgrundNavn: TypeAlias = Literal["ALMINDELIG", "UENIGHED_OM_MERAKTIVITET"]
OpsigelsesgrundArg: TypeAlias = Opsigelsesgrund | OpsigelsesgrundNavn
OverdragelsesbetingelseNavn: TypeAlias = Literal[
    "LAEGEFAGLIGT_EGNET",
    "HJEM_EGNET",
    "KOMMUNAL_KAPACITET",
    "LUKKET_SYSTEM",
    "BEHANDLINGER_PAA_SYGEHUS",
    "IV_ADGANG_UNDER_ET_DOEGN",
    "IV_ADGANG_VELFUNGERENDE",
    "VAESKE_FAERDIGBLANDET",
    "ADMINISTRATION_VED_SYGEPLEJERSKE",
    "KONTAKT_DOEGNET_RUNDT",
    "PATIENT_INFORMERET",
]
OverdragelsesbetingelseArg: TypeAlias = Overdragelsesbetingelse | OverdragelsesbetingelseNavn
PsykiatrikarakteristikumNavn: TypeAlias = Literal[
    "BETYDELIG_FORVAERRING_I_SYMPTOMER",
    "BETYDELIG_FORPINTHED",
    "USTABIL_ADFAERD_SELVSKADE_SELVMORDSRISIKO",
    "NYOPSTAAEDE_PSYKOTISKE_SYMPTOMER",
    "BETYDELIG_NEDSAT_FUNKTION",
    "DIAGNOSTISK_UKLARHED",
    "UTILSTRAEKKELIG_EFFEKT_AF_BEHANDLING",
    "USTABILT_SAMARBEJDE_OM_VEDLIGEHOLDELSE",
]
PsykiatrikarakteristikumArg: TypeAlias = Psykiatrikarakteristikum | PsykiatrikarakteristikumNavn
PsykiatrimodtagerNavn: TypeAlias = Literal["PSYKIATRISK_AFDELING", "BOERNE_OG_UNGDOMSPSYKIATRIEN"]
PsykiatrimodtagerArg: TypeAlias = Psykiatrimodtager | PsykiatrimodtagerNavn
ScreeningsredskabNavn: TypeAlias = Literal["PHQ_2", "WHO_5", "HADS"]
ScreeningsredskabArg: TypeAlias = Screeningsredskab | ScreeningsredskabNavn
SkadetypeNavn: TypeAlias = Literal["LEDSAGER_SKADET", "SKADE_PAA_ANDRE"]
SkadetypeArg: TypeAlias = Skadetype | SkadetypeNavn
StratificeringsniveauNavn: TypeAlias = Literal[
    "LET_IKKE_KOMPLEKS", "MODERAT", "SVAER_ELLER_HOEJ_KOMPLEKSITET"
]
StratificeringsniveauArg: TypeAlias = Stratificeringsniveau | StratificeringsniveauNavn
StyrkendeFaktorNavn: TypeAlias = Literal[
    "GOD_EGENOMSORGSEVNE_OG_ELLER_COMPLIANCE", "STOETTE_FRA_PAAROERENDE_OG_NETVAERK"
]
StyrkendeFaktorArg: TypeAlias = StyrkendeFaktor | StyrkendeFaktorNavn
SvaerhedsgradNavn: TypeAlias = Literal["INGEN", "LET", "MODERAT", "SVAER"]
SvaerhedsgradArg: TypeAlias = Svaerhedsgrad | SvaerhedsgradNavn
TakstkategoriNavn: TypeAlias = Literal[
    "GRUNDLOEN",
    "HVERDAG_AFTEN_NAT",
    "FREDAG_AFTEN_NAT",
    "LOERDAG_DAG",
    "LOERDAG_AFTEN_NAT",
    "SOEN_HELLIGDAG_DAG",
    "SOEN_HELLIGDAG_AFTEN_NAT",
]
TakstkategoriArg: TypeAlias = Takstkategori | TakstkategoriNavn
TidsrumNavn: TypeAlias = Literal["DAG", "AFTEN", "NAT"]
TidsrumArg: TypeAlias = Tidsrum | TidsrumNavn
TyngdekategoriNavn: TypeAlias = Literal[
    "KEMOKUR", "KATEGORI_1", "KATEGORI_2", "KATEGORI_3", "KATEGORI_4"
]
TyngdekategoriArg: TypeAlias = Tyngdekategori | TyngdekategoriNavn
VaegtningNavn: TypeAlias = Literal["REGIONAL_FINANSIERING", "ANTAL_FORLOEB"]
VaegtningArg: TypeAlias = Vaegtning | VaegtningNavn
VaretagelseNavn: TypeAlias = Literal["HOSPITALSREGI", "KOMMUNALT_REGI", "KAN_IKKE_AFGOERES"]
VaretagelseArg: TypeAlias = Varetagelse | VaretagelseNavn

IngenKontraktNavn: TypeAlias = Literal["INGEN_KONTRAKT"]
IngenKontraktArg: TypeAlias = IngenKontrakt | IngenKontraktNavn
EndnuIkkeIndgaaetNavn: TypeAlias = Literal["ENDNU_IKKE_INDGAAET"]
EndnuIkkeIndgaaetArg: TypeAlias = EndnuIkkeIndgaaet | EndnuIkkeIndgaaetNavn
