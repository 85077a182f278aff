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

Dette modul beskriver områderne (`OMRAADER`: felter, enkeltkald, kolonner); selve kørslen —
læsning af cellerne, gennemførte kolonner, fejlposter — er bibliotekets ene batchløber i
bundlaget (`forloebsregler._batchkoersel`), som ikke kender regelmodulerne.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from enum import Enum
from typing import Any

from forloebsregler import _batchkoersel
from forloebsregler import genoptraeningsfrist as _genoptraening
from forloebsregler import iv_finansiering as _iv_finansiering
from forloebsregler import ivkategori as _ivkategori
from forloebsregler import koordinator as _koordinator
from forloebsregler import ledsagelsespris as _ledsagelsespris
from forloebsregler import stratificering as _stratificering
from forloebsregler import takstperioder as _takstperioder
from forloebsregler._batchkoersel import FAELLES_KOLONNER as FAELLES_KOLONNER
from forloebsregler._batchkoersel import Felt as Felt
from forloebsregler._batchkoersel import Kolonnetype as Kolonnetype
from forloebsregler._batchkoersel import Omraadespec as Omraadespec
from forloebsregler._batchkoersel import Slags as Slags
from forloebsregler._genoptraening_grundlag import GEN_PLADSHOLDER, fjern_ukendt_begrundelse
from forloebsregler._resultat import LaastMapping
from forloebsregler._valider import vis
from forloebsregler.fejl import UgyldigVaerdiFejl
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

# Felt, Omraadespec, Slags, Kolonnetype og FAELLES_KOLONNER bor i `_batchkoersel` (bundlaget).

# --------------------------------------------------------------------------- uddata


_KILDETEKSTER: dict[tuple[int, ...], tuple[tuple[Kilde, ...], str]] = {}
"""`kilder`-cellen pr. række af kildeobjekter, der er set i kørslen. Nøglen er objekternes
identitet (at hashe en kilde koster mere end at skrive cellen); værdien holder objekterne
selv, så ingen identitet kan genbruges af et andet objekt, mens de står her."""
_MAKS_KILDETEKSTER = 1024


def _kilder(kilder: Iterable[Kilde]) -> str:
    raekke = tuple(kilder)
    noegle = tuple(map(id, raekke))
    gemt = _KILDETEKSTER.get(noegle)
    if gemt is None:
        if len(_KILDETEKSTER) >= _MAKS_KILDETEKSTER:
            _KILDETEKSTER.clear()
        tekst = "; ".join(dict.fromkeys(f"{k.dokument.titel}, {k.afsnit}" for k in raekke))
        gemt = _KILDETEKSTER[noegle] = (raekke, tekst)
    return gemt[1]


def _ider(ider: Iterable[str]) -> str | None:
    return ";".join(dict.fromkeys(ider)) or None


def _navn(vaerdi: Enum | None) -> str | None:
    return None if vaerdi is None else vaerdi._name_


def _navne(vaerdier: Iterable[Enum]) -> str:
    # `_name_` er medlemmets navn (det samme som `.name`, uden et egenskabskald pr. medlem)
    return ";".join([v._name_ for v in vaerdier])


def _faelles(resultat: Any) -> dict[str, Any]:
    return {
        "begrundelse": resultat.begrundelse,
        "kilder": _kilder(resultat.kilder),
        "fortolkninger": _ider(resultat.fortolkninger),
    }


# --------------------------------------------------------------------------- områderne

_KATEGORIER = tuple(_takstperioder.Takstkategori)
_NUL_TIMER = Decimal("0.0000")
_NUL_KR = Decimal("0.00")
# (kategori, timekolonne, beløbskolonne) i kategoriernes rækkefølge
_KATEGORIKOLONNER = tuple((k, f"timer_{k.name}", f"beloeb_{k.name}") for k in _KATEGORIER)


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
    pr_kategori: dict[Any, list[Any]] = {}
    for linje in r.linjer:
        pr_kategori.setdefault(linje.kategori, []).append(linje)
    for kat, kolonne, _ in _KATEGORIKOLONNER:
        linjer = pr_kategori.get(kat, ())
        # én linje (ét takstniveau) er det almindelige: dens timer er kategoriens timer
        if len(linjer) == 1:
            post[kolonne] = linjer[0].timer
        else:
            post[kolonne] = r.timer_i(kat) if linjer else _NUL_TIMER
    for kat, _, kolonne in _KATEGORIKOLONNER:
        linjer = pr_kategori.get(kat, ())
        post[kolonne] = sum((linje.beloeb for linje in linjer), _NUL_KR) if linjer else _NUL_KR
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
    f = _iv_finansiering.regional_finansiering(v.kategori)
    return {
        "kategori": v.kategori._name_,
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
    # en ukendt begrundelse er ikke oplyst (GEN-15): en senere startdato kan ikke afgøres
    ukendt = fjern_ukendt_begrundelse(felter)
    v = _genoptraening.frit_leverandoervalg(udskrivning, tilbudt_opstart, **felter)
    frist = v.frist
    faelles = _faelles(v)
    if ukendt:
        faelles["fortolkninger"] = _ider([*v.fortolkninger, GEN_PLADSHOLDER])
    return {
        "udskrivningsdato": frist.udskrivningsdato,
        "kontakt": frist.kontakt._name_,
        "frist": frist.dato,
        "fristgrundlag": _navn(frist.grundlag),
        "syvdagesfrist": frist.syvdagesfrist,
        "sygehusets_startdato": frist.sygehusets_startdato,
        "sundhedsfaglig_begrundelse": frist.sundhedsfaglig_begrundelse,
        "tilbudt_opstart": v.tilbudt_opstart,
        "dage_for_sent": v.dage_for_sent,
        "frit_valg": v.ret_til_frit_valg._name_,
        **faelles,
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
    r = _koordinator.koordinerende_kontaktperson(diagnosticeret, **felter)
    return {
        "tilbydes": r.tilbydes._name_,
        "laesning": r.laesning._name_,
        "forankring": _navn(r.forankring),
        "opgaver": _navne(r.opgaver),
        "navngiven": r.navngiven,
        "kommunikationspakken": r.kommunikationspakken._name_,
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
        Felt("anden_part", "janej", ukendt_i_kolonne=None),  # »ukendt« er ikke »nej«
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


def _spec(omraade: object) -> Omraadespec:
    if isinstance(omraade, Omraadespec):
        return omraade
    if isinstance(omraade, str) and omraade in OMRAADER:
        return OMRAADER[omraade]
    raise UgyldigVaerdiFejl(f"omraade: fik {vis(omraade)}; accepterer {', '.join(OMRAADER)}")


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
    return _batchkoersel.koer(
        _spec(omraade), raekker, gennemfoer=gennemfoer, foerste_raekke=foerste_raekke, **valg
    )


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
