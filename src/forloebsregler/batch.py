"""Én batchkontrakt for alle regelområder: mange sager ind, flade rækker ud.

`koer_batch(omraade, raekker)` (eller `ledsagelse(raekker)`, `iv(...)`, `depression(...)`,
`genoptraening(...)`, `koordinator(...)`) kører hver række gennem områdets almindelige
enkeltkald og giver en strøm (generator) af flade poster. Kontrakten (siden »Batch« i
dokumentationen fortæller den for analytikere):

- En række er en mapping: en dict, en DataFrame-række, en CSV-række. Alt andet er en fejl
  i den række.
- `None`, NaN, NaT, pandas' NA og tom tekst (`""`, kun mellemrum) betyder »ikke oplyst«. Et
  påkrævet felt, der ikke er oplyst, er en fejl i rækken; et valgfrit felt får
  enkeltkaldets standard (som selv siger »kan ikke afgøres«, hvor et faktum mangler).
- Listefelter tager en liste (tuple, mængde) eller tekst adskilt af `;` (`"A;B"`); teksten
  `ingen` er en tom liste. Ja/nej-felter tager `True`/`False`/`None` og `ja`/`nej`/`ukendt`
  (også `j`/`n`/`true`/`false`/`1`/`0`/`?`, og tallene 1 og 0). Hele tal fra pandas (`24.0`)
  tages som heltal; et tal med decimaler i et heltalsfelt er en fejl.
- Kolonner, reglen ikke bruger (fx `id`), føres uændret igennem (`gennemfoer=True`). Deres
  navne er de samme som i inddata; hedder en af dem det samme som en resultatkolonne, får den
  forstavelsen `ind_`. Hvilke kolonner der føres igennem, fastlægges af den første række, der
  er en mapping; en senere række med en kolonne, der hverken er et regelfelt eller blev ført
  igennem, er en fejl i den række (så ingen oplysning tabes i stilhed, og alle poster har de
  samme nøgler). `gennemfoer=False` fører intet igennem og gør enhver ukendt kolonne til en
  fejl; en sekvens af navne fører netop dem igennem.
- Hver post har de samme nøgler i samme rækkefølge: `raekke` (1-baseret, som på
  kommandolinjen), de gennemførte kolonner, områdets resultatkolonner (`KOLONNER[omraade]`),
  `begrundelse`, `kilder` (korte henvisninger »Dokument, afsnit« adskilt af `; `),
  `fortolkninger` (fortolkningslogens ID'er adskilt af `;`), `fejl` (dansk besked eller
  None), `fejlfelt` (argumentets navn, når det kendes) og `fejlkode` (fejlens kode eller
  klassenavn).
- En dårlig række giver en post med `fejl` udfyldt og resultatkolonnerne None; batchen
  fortsætter.

Værdierne er simple Python-værdier: `str`, `int`, `bool`, `Decimal` (kroner i øre, timer),
bevidste `datetime` i dansk tid og `date`. Lister er tekst adskilt af `;`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation, localcontext
from enum import Enum
from typing import Any, Literal

import attrs

from forloebsregler import genoptraening as _genoptraening
from forloebsregler import ivkategori as _ivkategori
from forloebsregler import ledsagelsespris as _ledsagelsespris
from forloebsregler import stratificering as _stratificering
from forloebsregler import takstperioder as _takstperioder
from forloebsregler._kontekst import KONTEKST
from forloebsregler._resultat import LaastMapping
from forloebsregler._valider import vis
from forloebsregler.fejl import ForloebsreglerFejl, UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import Kilde

__all__ = [
    "FAELLES_KOLONNER",
    "KOLONNER",
    "OMRAADER",
    "Felt",
    "Omraadespec",
    "Slags",
    "depression",
    "genoptraening",
    "iv",
    "koer_batch",
    "koordinator",
    "ledsagelse",
]

Slags = Literal["tekst", "tal", "heltal", "tidspunkt", "dato", "liste", "janej", "enum"]
"""Et inddatafelts slags (hvordan en celle læses)."""

Kolonnetype = Literal["tekst", "heltal", "kroner", "decimal", "tidspunkt", "dato", "bool"]
"""En uddatakolonnes faste type (se `forloebsregler.dataframe.SKEMAER` for Arrow-typerne)."""

_UDELAD: Any = object()


@attrs.frozen
class Felt:
    """Et inddatafelt: navn, slags og om det er påkrævet.

    `ikke_oplyst` er det, enkeltkaldet får, når feltet ikke er oplyst: `_UDELAD` (argumentet
    udelades, så funktionens standard gælder) eller en værdi (fx None). `ukendt_i_kolonne`
    gælder i stedet, når kolonnen findes i rækken, men cellen er tom eller »ukendt«: så er
    faktummet ukendt, og et standardsvar ville være et gæt (fx om et IV-forløb er afslutningen
    af en kemokur).
    """

    navn: str
    slags: Slags
    paakraevet: bool = False
    ikke_oplyst: Any = _UDELAD
    ukendt_i_kolonne: Any = _UDELAD


@attrs.frozen
class Omraadespec:
    """Et regelområdes batchbeskrivelse: felter, enkeltkald og uddatakolonner."""

    navn: str
    felter: tuple[Felt, ...]
    beregn: Callable[..., Mapping[str, Any]]
    """Kaldes med de læste felter (og områdets valg) og giver resultatkolonnerne samt
    `begrundelse`, `kilder` og `fortolkninger`."""
    kolonner: tuple[tuple[str, Kolonnetype], ...]


FAELLES_KOLONNER: tuple[tuple[str, Kolonnetype], ...] = (
    ("begrundelse", "tekst"),
    ("kilder", "tekst"),
    ("fortolkninger", "tekst"),
    ("fejl", "tekst"),
    ("fejlfelt", "tekst"),
    ("fejlkode", "tekst"),
)
"""Kolonnerne efter resultatkolonnerne i hver post, for alle områder."""


# --------------------------------------------------------------------------- læsning


def _mangler(vaerdi: object) -> bool:
    if vaerdi is None:
        return True
    if isinstance(vaerdi, str):
        return not vaerdi.strip()
    if isinstance(vaerdi, float):
        return math.isnan(vaerdi)
    navn = type(vaerdi).__name__
    if navn in {"NaTType", "NAType"}:
        return True
    if navn in {"datetime64", "timedelta64"}:
        return str(vaerdi) == "NaT"
    return False


def _skalar(vaerdi: object) -> object:
    """numpy-skalarer (np.int64, np.bool_, np.float64 …) som Python-værdier."""
    if type(vaerdi).__module__ == "numpy" and hasattr(vaerdi, "item"):
        try:
            return vaerdi.item()
        except Exception:  # en mærkelig numpy-værdi gives videre og afvises af reglen
            return vaerdi
    return vaerdi


# de samme ord som kommandolinjens ja/nej-felter
_JA = {"ja", "j", "true", "1"}
_NEJ = {"nej", "n", "false", "0"}
_UKENDT = {"ukendt", "?"}


def _som_janej(vaerdi: object, navn: str) -> object:
    if isinstance(vaerdi, bool | Enum):
        return vaerdi
    if isinstance(vaerdi, str):
        normal = vaerdi.strip().lower()
        if normal in _JA:
            return True
        if normal in _NEJ:
            return False
        if normal in _UKENDT:
            return None
    elif isinstance(vaerdi, int | float) and vaerdi in (0, 1):
        return vaerdi == 1
    raise UgyldigVaerdiFejl(
        f"{navn}: fik {vis(vaerdi)}; accepterer True, False, None eller ja, nej, ukendt"
    )


def _som_heltal(vaerdi: object, navn: str) -> object:
    if isinstance(vaerdi, bool):
        raise UgyldigTypeFejl(f"{navn}: fik {vis(vaerdi)}; accepterer et helt tal")
    if isinstance(vaerdi, int):
        return vaerdi
    if isinstance(vaerdi, float | Decimal):
        if isinstance(vaerdi, float) and not math.isfinite(vaerdi):
            raise UgyldigVaerdiFejl(f"{navn}: fik {vis(vaerdi)}; accepterer et helt tal")
        if vaerdi == int(vaerdi):
            return int(vaerdi)
        raise UgyldigVaerdiFejl(f"{navn}: fik {vis(vaerdi)}; accepterer et helt tal")
    if isinstance(vaerdi, str):
        tekst = vaerdi.strip()
        try:
            tal = Decimal(tekst)
        except InvalidOperation:
            raise UgyldigVaerdiFejl(f"{navn}: fik {vis(vaerdi)}; accepterer et helt tal") from None
        if tal.is_finite() and tal == tal.to_integral_value():
            return int(tal)
        raise UgyldigVaerdiFejl(f"{navn}: fik {vis(vaerdi)}; accepterer et helt tal")
    return vaerdi  # enkeltkaldet afviser typen med sin egen besked


def _som_tal(vaerdi: object, navn: str) -> object:
    if isinstance(vaerdi, float) and not isinstance(vaerdi, bool):
        if not math.isfinite(vaerdi):
            raise UgyldigVaerdiFejl(f"{navn}: fik {vis(vaerdi)}; accepterer et endeligt tal")
        # den korteste tekst, der giver samme float (24.0 → 24.0, 0.1 → 0.1), ikke 0.1000…055
        return Decimal(repr(vaerdi))
    if isinstance(vaerdi, str):
        return vaerdi.strip()
    return vaerdi


def _som_tidspunkt(vaerdi: object) -> object:
    if isinstance(vaerdi, datetime) and type(vaerdi) is not datetime:
        til_py = getattr(vaerdi, "to_pydatetime", None)  # pandas.Timestamp
        if til_py is not None:
            return til_py()
    if isinstance(vaerdi, str):
        return vaerdi.strip()
    return vaerdi


def _som_dato(vaerdi: object) -> object:
    vaerdi = _som_tidspunkt(vaerdi)
    if (
        isinstance(vaerdi, datetime)
        and vaerdi.tzinfo is None
        and (vaerdi.hour, vaerdi.minute, vaerdi.second, vaerdi.microsecond) == (0, 0, 0, 0)
    ):
        return vaerdi.date()  # en pandas-datokolonne (datetime64 uden tid) er datoer
    return vaerdi


def _som_liste(vaerdi: object, navn: str) -> object:
    if isinstance(vaerdi, str):
        if vaerdi.strip().lower() == "ingen":
            return []
        return [del_.strip() for del_ in vaerdi.split(";") if del_.strip()]
    if isinstance(vaerdi, list | tuple | set | frozenset):
        return list(vaerdi)
    tolist = getattr(vaerdi, "tolist", None)  # numpy-array (pandas) eller polars-Series
    if tolist is None:
        tolist = getattr(vaerdi, "to_list", None)
    if tolist is not None:
        return list(tolist())
    raise UgyldigTypeFejl(
        f"{navn}: fik {vis(vaerdi)}; accepterer en liste eller tekst adskilt af ';' (fx 'A;B')"
    )


def _laes(felt: Felt, vaerdi: object) -> object:
    vaerdi = _skalar(vaerdi)
    match felt.slags:
        case "janej":
            return _som_janej(vaerdi, felt.navn)
        case "heltal":
            return _som_heltal(vaerdi, felt.navn)
        case "tal":
            return _som_tal(vaerdi, felt.navn)
        case "tidspunkt":
            return _som_tidspunkt(vaerdi)
        case "dato":
            return _som_dato(vaerdi)
        case "liste":
            return _som_liste(vaerdi, felt.navn)
        case _:  # tekst og enum
            return vaerdi.strip() if isinstance(vaerdi, str) else vaerdi


# --------------------------------------------------------------------------- uddata


def _kilder(kilder: Iterable[Kilde]) -> str:
    return "; ".join(dict.fromkeys(f"{k.dokument.titel}, {k.afsnit}" for k in kilder))


def _ider(ider: Iterable[str]) -> str | None:
    return ";".join(dict.fromkeys(ider)) or None


def _navn(vaerdi: object) -> str | None:
    return None if vaerdi is None else vaerdi.name if isinstance(vaerdi, Enum) else str(vaerdi)


def _navne(vaerdier: Iterable[Enum]) -> str:
    return ";".join(v.name for v in vaerdier)


def _faelles(resultat: Any) -> dict[str, Any]:
    return {
        "begrundelse": resultat.begrundelse,
        "kilder": _kilder(resultat.kilder),
        "fortolkninger": _ider(resultat.fortolkninger),
    }


# --------------------------------------------------------------------------- områderne

_KATEGORIER = tuple(_takstperioder.Takstkategori)


def _beregn_ledsagelse(*, start: Any, slut: Any, **valg: Any) -> dict[str, Any]:
    r = _ledsagelsespris.beregn_ledsagelse(start, slut, **valg)
    post: dict[str, Any] = {
        "start": r.start,
        "slut": r.slut,
        "timer": r.timer,
        "timer_dag": r.timer_dag,
        "timer_aften": r.timer_aften,
        "timer_nat": r.timer_nat,
        "niveauer": ";".join(r.niveauer),
        "total": r.total,
    }
    for kat in _KATEGORIER:
        post[f"timer_{kat.name}"] = r.timer_i(kat)
    for kat in _KATEGORIER:
        post[f"beloeb_{kat.name}"] = sum(
            (linje.beloeb for linje in r.linjer if linje.kategori is kat), Decimal("0.00")
        )
    post["anvendte_parametre"] = _parametre(r.anvendte_parametre)
    return {**post, **_faelles(r)}


def _parametre(parametre: Iterable[Any]) -> str:
    """De daterede tal, et svar brugte, som én celle: »navn = værdi enhed (fra–til; kilde)«."""
    return "; ".join(
        f"{p.navn} = {format(p.vaerdi, 'f')} {p.enhed} "
        f"({p.gyldig_fra or ''}–{p.gyldig_til or ''}; {p.kilde})"
        for p in parametre
    )


_LEDSAGELSE = Omraadespec(
    navn="ledsagelse",
    felter=(Felt("start", "tidspunkt", paakraevet=True), Felt("slut", "tidspunkt", True)),
    beregn=_beregn_ledsagelse,
    kolonner=(
        ("start", "tidspunkt"),
        ("slut", "tidspunkt"),
        ("timer", "decimal"),
        ("timer_dag", "decimal"),
        ("timer_aften", "decimal"),
        ("timer_nat", "decimal"),
        ("niveauer", "tekst"),
        ("total", "kroner"),
        *((f"timer_{k.name}", "decimal") for k in _KATEGORIER),
        *((f"beloeb_{k.name}", "kroner") for k in _KATEGORIER),
        ("anvendte_parametre", "tekst"),
    ),
)


def _iv_timer(timer: Any, antal_besoeg: Any, minutter_pr_besoeg: Any) -> Any:
    """Et IV-forløbs timer: `timer` som givet, eller besøg × minutter (`timer_fra_besoeg`),
    når besøgene er givet i stedet — aldrig begge. Bruges af batchen og kommandolinjen."""
    if antal_besoeg is None and minutter_pr_besoeg is None:
        return timer
    if timer is not None:
        raise UgyldigVaerdiFejl(
            "timer: giv enten timer eller antal_besoeg og minutter_pr_besoeg, ikke begge"
        )
    return _ivkategori.timer_fra_besoeg(antal_besoeg, minutter_pr_besoeg)


def _beregn_iv(
    *,
    timer: Any = None,
    antal_besoeg: Any = None,
    minutter_pr_besoeg: Any = None,
    afslutning_af_kemokur: Any = False,
) -> dict[str, Any]:
    timer = _iv_timer(timer, antal_besoeg, minutter_pr_besoeg)
    if afslutning_af_kemokur is None:
        _ivkategori.tyngdekategori(timer)  # en fejl i timerne meldes først
        raise UgyldigVaerdiFejl(
            "afslutning_af_kemokur: ukendt; kategorien kan ikke afgøres, for afslutning af en "
            "kemokur er sin egen kategori (rammeaftalen, tabel 2); accepterer ja eller nej "
            "(en tom kolonne, der slet ikke findes, betyder nej)"
        )
    v = _ivkategori.tyngdekategori(timer, afslutning_af_kemokur=afslutning_af_kemokur)
    f = _ivkategori.regional_finansiering(v.kategori)
    return {
        "kategori": v.kategori.name,
        "timer": v.timer,
        "regional_finansiering": f.regional_beloeb,
        "afledt_samlet_udgift": f.afledt_samlet_udgift,
        "afledt_kommunal_andel": f.afledt_kommunal_andel,
        "begrundelse": v.begrundelse,
        "kilder": _kilder((*v.kilder, *f.kilder)),
        "fortolkninger": _ider((*v.fortolkninger, *f.fortolkninger)),
    }


_IV = Omraadespec(
    navn="iv",
    felter=(
        Felt("timer", "tal"),
        Felt("antal_besoeg", "heltal"),
        Felt("minutter_pr_besoeg", "tal"),
        Felt("afslutning_af_kemokur", "janej", ukendt_i_kolonne=None),
    ),
    beregn=_beregn_iv,
    kolonner=(
        ("kategori", "tekst"),
        ("timer", "decimal"),
        ("regional_finansiering", "kroner"),
        ("afledt_samlet_udgift", "kroner"),
        ("afledt_kommunal_andel", "kroner"),
    ),
)


def _beregn_depression(**felter: Any) -> dict[str, Any]:
    kerne = felter.pop("kernesymptomer")
    ledsage = felter.pop("ledsagesymptomer")
    r = _stratificering.stratificer(kerne, ledsage, **felter)
    sv, komp = r.svaerhedsvurdering, r.kompleksitetsvurdering
    return {
        "niveau": _navn(r.niveau),
        "mulige_niveauer": _navne(r.mulige_niveauer),
        "afgjort": r.afgjort,
        "svaerhedsgrad": sv.svaerhedsgrad.name,
        "antal_kernesymptomer": sv.antal_kernesymptomer,
        "antal_ledsagesymptomer": sv.antal_ledsagesymptomer,
        "fortolkning": sv.fortolkning.name,
        "hoej_kompleksitet": komp.hoej_kompleksitet.name,
        "komplicerende_faktorer": _navne(komp.komplicerende_faktorer),
        "styrkende_faktorer": _navne(komp.styrkende_faktorer),
        **_faelles(r),
    }


_DEPRESSION = Omraadespec(
    navn="depression",
    felter=(
        Felt("kernesymptomer", "liste", paakraevet=True),
        Felt("ledsagesymptomer", "liste", paakraevet=True),
        Felt("komplicerende", "liste"),
        Felt("styrkende", "liste"),
        Felt("hoej_kompleksitet", "janej"),
        Felt("fortolkning", "enum"),
    ),
    beregn=_beregn_depression,
    kolonner=(
        ("niveau", "tekst"),
        ("mulige_niveauer", "tekst"),
        ("afgjort", "bool"),
        ("svaerhedsgrad", "tekst"),
        ("antal_kernesymptomer", "heltal"),
        ("antal_ledsagesymptomer", "heltal"),
        ("fortolkning", "tekst"),
        ("hoej_kompleksitet", "tekst"),
        ("komplicerende_faktorer", "tekst"),
        ("styrkende_faktorer", "tekst"),
    ),
)


def _beregn_genoptraening(
    *, udskrivning: Any, tilbudt_opstart: Any = None, **felter: Any
) -> dict[str, Any]:
    v = _genoptraening.frit_leverandoervalg(udskrivning, tilbudt_opstart, **felter)
    frist = v.frist
    return {
        "udskrivningsdato": frist.udskrivningsdato,
        "kontakt": frist.kontakt.name,
        "frist": frist.dato,
        "fristgrundlag": _navn(frist.grundlag),
        "syvdagesfrist": frist.syvdagesfrist,
        "sygehusets_startdato": frist.sygehusets_startdato,
        "sundhedsfaglig_begrundelse": frist.sundhedsfaglig_begrundelse,
        "tilbudt_opstart": v.tilbudt_opstart,
        "dage_for_sent": v.dage_for_sent,
        "frit_valg": v.ret_til_frit_valg.name,
        **_faelles(v),
    }


_GENOPTRAENING = Omraadespec(
    navn="genoptraening",
    felter=(
        Felt("udskrivning", "dato", paakraevet=True),
        Felt("tilbudt_opstart", "dato"),
        Felt("sygehusets_startdato", "dato"),
        Felt("begrundelse", "tekst"),
        Felt("kontakt", "enum"),
    ),
    beregn=_beregn_genoptraening,
    kolonner=(
        ("udskrivningsdato", "dato"),
        ("kontakt", "tekst"),
        ("frist", "dato"),
        ("fristgrundlag", "tekst"),
        ("syvdagesfrist", "dato"),
        ("sygehusets_startdato", "dato"),
        ("sundhedsfaglig_begrundelse", "tekst"),
        ("tilbudt_opstart", "dato"),
        ("dage_for_sent", "heltal"),
        ("frit_valg", "tekst"),
    ),
)


def _beregn_koordinator(*, diagnosticeret: Any, **felter: Any) -> dict[str, Any]:
    r = _stratificering.koordinerende_kontaktperson(diagnosticeret, **felter)
    return {
        "tilbydes": r.tilbydes.name,
        "laesning": r.laesning.name,
        "forankring": _navn(r.forankring),
        "opgaver": _navne(r.opgaver),
        "navngiven": r.navngiven,
        "kommunikationspakken": r.kommunikationspakken.name,
        **_faelles(r),
    }


_KOORDINATOR = Omraadespec(
    navn="koordinator",
    felter=(
        Felt("diagnosticeret", "janej", ikke_oplyst=None),
        Felt("komplekse_behov", "janej"),
        Felt("indsatser_paa_arbejdsmarkedsomraadet", "janej"),
        Felt("kontakt_jobcenter", "janej"),
        Felt("kontakt_lokalpsykiatri", "janej"),
        Felt("kontakt_kommunalt_sundhedsomraade", "janej"),
        Felt("i_behandling_i_psykiatrien", "janej"),
        Felt("anden_part", "janej"),
        Felt("laesning", "enum"),
        Felt("alder", "heltal"),
    ),
    beregn=_beregn_koordinator,
    kolonner=(
        ("tilbydes", "tekst"),
        ("laesning", "tekst"),
        ("forankring", "tekst"),
        ("opgaver", "tekst"),
        ("navngiven", "bool"),
        ("kommunikationspakken", "tekst"),
    ),
)

OMRAADER: Mapping[str, Omraadespec] = LaastMapping(
    {s.navn: s for s in (_LEDSAGELSE, _IV, _DEPRESSION, _GENOPTRAENING, _KOORDINATOR)}
)
"""Områdernes batchbeskrivelser efter navn."""

KOLONNER: Mapping[str, tuple[tuple[str, Kolonnetype], ...]] = LaastMapping(
    {navn: (("raekke", "heltal"), *s.kolonner, *FAELLES_KOLONNER) for navn, s in OMRAADER.items()}
)
"""Hvert områdes faste uddatakolonner (uden de gennemførte) med deres typer, i rækkefølge."""


# --------------------------------------------------------------------------- kørsel

_MAKS_VENTENDE = 1000
"""Så mange rækker, der ikke er mappings, venter højst på den første mapping."""

_FELTNAVN = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:\[[^\]]*\])?: ")


def _fejlfelt(fejl: BaseException) -> str | None:
    argument = getattr(fejl, "argument", None)
    if isinstance(argument, str) and argument:
        return argument.split("[", 1)[0]  # »kernesymptomer[1]« er feltet »kernesymptomer«
    fundet = _FELTNAVN.match(str(fejl))
    return fundet.group(1) if fundet else None


def _fejlkode(fejl: BaseException) -> str:
    kode = getattr(fejl, "kode", None)
    return kode if isinstance(kode, str) and kode else type(fejl).__name__


def _spec(omraade: object) -> Omraadespec:
    if isinstance(omraade, Omraadespec):
        return omraade
    if isinstance(omraade, str) and omraade in OMRAADER:
        return OMRAADER[omraade]
    raise UgyldigVaerdiFejl(f"omraade: fik {vis(omraade)}; accepterer {', '.join(OMRAADER)}")


def _gennemfoerte(
    spec: Omraadespec, foerste: Mapping[Any, Any] | None, gennemfoer: bool | Sequence[str]
) -> tuple[str, ...]:
    if gennemfoer is False:
        return ()
    if gennemfoer is True:
        if foerste is None:
            return ()
        felter = {f.navn for f in spec.felter}
        return tuple(str(k) for k in foerste if str(k) not in felter)
    if isinstance(gennemfoer, str) or not isinstance(gennemfoer, Sequence):
        raise UgyldigTypeFejl(
            f"gennemfoer: fik {vis(gennemfoer)}; accepterer True, False eller en liste af "
            "kolonnenavne"
        )
    return tuple(str(k) for k in gennemfoer)


def _udnavn(navn: str, optaget: set[str]) -> str:
    while navn in optaget:
        navn = "ind_" + navn
    return navn


def koer_batch(
    omraade: str | Omraadespec,
    raekker: Iterable[object],
    *,
    gennemfoer: bool | Sequence[str] = True,
    foerste_raekke: int = 1,
    **valg: Any,
) -> Iterator[dict[str, Any]]:
    """Kør hver række gennem områdets regel; en strøm af flade poster (se modulets kontrakt).

    `omraade` er et af `OMRAADER` (ledsagelse, iv, depression, genoptraening, koordinator).
    `gennemfoer` styrer, hvilke ubrugte kolonner der føres igennem; `foerste_raekke` er
    nummeret på den første række (1; en del af et større register kan give sin forskydning).
    `valg` gives videre til enkeltkaldet (fx `takster=` for ledsagelse).
    """
    spec = _spec(omraade)
    if isinstance(raekker, str | bytes | Mapping) or not isinstance(raekker, Iterable):
        raise UgyldigTypeFejl(
            f"raekker: fik {vis(raekker)}; accepterer en samling (liste, generator) af mappings"
        )
    if isinstance(foerste_raekke, bool) or not isinstance(foerste_raekke, int):
        raise UgyldigTypeFejl(f"foerste_raekke: fik {vis(foerste_raekke)}; accepterer et heltal")
    if gennemfoer is not True and gennemfoer is not False:
        _gennemfoerte(spec, None, gennemfoer)  # afvis en forkert type med det samme
    return _stroem(spec, iter(raekker), gennemfoer, foerste_raekke, valg)


def _stroem(
    spec: Omraadespec,
    raekker: Iterator[object],
    gennemfoer: bool | Sequence[str],
    foerste_raekke: int,
    valg: dict[str, Any],
) -> Iterator[dict[str, Any]]:
    felter = {f.navn: f for f in spec.felter}
    resultatnavne = [navn for navn, _ in spec.kolonner] + [n for n, _ in FAELLES_KOLONNER]
    gennem: tuple[str, ...] | None = None
    udnavne: dict[str, str] = {}
    skabelon: dict[str, Any] = {}
    ventende: list[tuple[int, object]] = []  # rækker før den første mapping (kun ved True)

    def byg(foerste: Mapping[Any, Any] | None) -> None:
        nonlocal gennem, skabelon
        gennem = _gennemfoerte(spec, foerste, gennemfoer)
        optaget = {"raekke", *resultatnavne}
        for navn in gennem:
            udnavne[navn] = _udnavn(navn, optaget)
            optaget.add(udnavne[navn])
        skabelon = {
            "raekke": None,
            **dict.fromkeys(udnavne.values()),
            **dict.fromkeys(resultatnavne),
        }

    def kør(nr: int, raekke: object) -> dict[str, Any]:
        post = skabelon.copy()
        post["raekke"] = nr
        try:
            if not isinstance(raekke, Mapping):
                raise UgyldigTypeFejl(
                    f"raekke: fik {vis(raekke)}; accepterer en mapping (dict, DataFrame-række) "
                    "med felterne " + ", ".join(felter)
                )
            data = {str(k): v for k, v in raekke.items()}
            for navn in gennem or ():
                post[udnavne[navn]] = data.get(navn)
            ukendte = [k for k in data if k not in felter and k not in udnavne]
            if ukendte:
                raise UgyldigVaerdiFejl(
                    f"{ukendte[0]}: ukendt kolonne; accepterer felterne {', '.join(felter)}"
                    + (
                        " og de gennemførte kolonner " + ", ".join(gennem)
                        if gennem
                        else " (ukendte kolonner føres ikke igennem med gennemfoer=False)"
                    )
                )
            argumenter: dict[str, Any] = {}
            for felt in spec.felter:
                vaerdi = data.get(felt.navn)
                if not _mangler(vaerdi):
                    vaerdi = _laes(felt, vaerdi)  # "ukendt" i et ja/nej-felt bliver None
                if _mangler(vaerdi):
                    if felt.paakraevet:
                        raise UgyldigVaerdiFejl(
                            f"{felt.navn}: ikke oplyst (fik {vis(vaerdi)}); feltet er påkrævet"
                        )
                    if felt.navn in data and felt.ukendt_i_kolonne is not _UDELAD:
                        argumenter[felt.navn] = felt.ukendt_i_kolonne
                    elif felt.ikke_oplyst is not _UDELAD:
                        argumenter[felt.navn] = felt.ikke_oplyst
                    continue
                argumenter[felt.navn] = vaerdi
            with localcontext(KONTEKST):  # kalderens decimal-kontekst flytter intet beløb
                post.update(spec.beregn(**argumenter, **valg))
        except Exception as fejl:  # en dårlig række må aldrig standse batchen
            for navn in resultatnavne:
                post[navn] = None
            tekst = str(fejl)
            if not isinstance(fejl, ForloebsreglerFejl):
                tekst = f"rækken kunne ikke beregnes ({type(fejl).__name__}: {tekst})"
            post["fejl"] = tekst
            post["fejlfelt"] = _fejlfelt(fejl)
            post["fejlkode"] = _fejlkode(fejl)
        return post

    nr = foerste_raekke - 1
    for raekke in raekker:
        nr += 1
        if gennem is None:
            if isinstance(raekke, Mapping) or gennemfoer is not True:
                byg(raekke if isinstance(raekke, Mapping) else None)
                for tidligere_nr, tidligere in ventende:
                    yield kør(tidligere_nr, tidligere)
                ventende.clear()
            else:
                ventende.append((nr, raekke))
                if len(ventende) < _MAKS_VENTENDE:
                    continue
                byg(None)  # ingen mapping at aflæse kolonnerne fra: intet føres igennem
                for tidligere_nr, tidligere in ventende:
                    yield kør(tidligere_nr, tidligere)
                ventende.clear()
                continue
        yield kør(nr, raekke)
    if gennem is None:
        byg(None)
        for tidligere_nr, tidligere in ventende:
            yield kør(tidligere_nr, tidligere)


def ledsagelse(raekker: Iterable[object], **indstillinger: Any) -> Iterator[dict[str, Any]]:
    """Ledsagelsespriser (felterne `start`, `slut`); se `koer_batch`."""
    return koer_batch("ledsagelse", raekker, **indstillinger)


def iv(raekker: Iterable[object], **indstillinger: Any) -> Iterator[dict[str, Any]]:
    """IV-tyngdekategori og finansiering (`timer` eller `antal_besoeg` og
    `minutter_pr_besoeg`, `afslutning_af_kemokur`); se `koer_batch`."""
    return koer_batch("iv", raekker, **indstillinger)


def depression(raekker: Iterable[object], **indstillinger: Any) -> Iterator[dict[str, Any]]:
    """Stratificering af depression (felterne fra `stratificer`); se `koer_batch`."""
    return koer_batch("depression", raekker, **indstillinger)


def genoptraening(raekker: Iterable[object], **indstillinger: Any) -> Iterator[dict[str, Any]]:
    """Opstartsfrist og frit leverandørvalg (felterne fra `frit_leverandoervalg`); se
    `koer_batch`."""
    return koer_batch("genoptraening", raekker, **indstillinger)


def koordinator(raekker: Iterable[object], **indstillinger: Any) -> Iterator[dict[str, Any]]:
    """Koordinerende kontaktperson (felterne fra `koordinerende_kontaktperson`); se
    `koer_batch`."""
    return koer_batch("koordinator", raekker, **indstillinger)
