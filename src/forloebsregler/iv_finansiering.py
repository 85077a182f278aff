"""IV-behandling i Nordjylland: finansiering, betaling pr. forløb og aftalte forpligtelser.

Kilde: *Rammeaftale mellem 11 nordjyske kommuner og Region Nordjylland om intravenøs
behandling i kommunalt regi*, afsnit 5 (Økonomi, tabel 3) — og for betalingen i Syddanmark
Region Syddanmarks *Samarbejdsaftale om IV-behandling med væske* og *… med antibiotika*,
afsnittet Plan for kvalitetssikring og monitorering.

Reglerne kort:

- Region Nordjylland betaler et fast beløb pr. forløb efter tyngdekategori (tabel 3;
  beløbene står i `ivkategori.REGIONAL_FINANSIERING`); fordelingen region/kommune er 70/30,
  så samlet udgift og kommunal andel kan *afledes* (de står ikke i kilden; for kemokur kan de
  ikke afgøres) (`regional_finansiering`).
- Beløbene gælder kun rammeaftalen i Nordjylland; Syddanmarks aftaler fastsætter intet beløb
  (`betaling_pr_forloeb`).
- Rammeaftalens forpligtelser for kommunerne, regionen og hospitalslægen (afsnit 4–6,
  `AFTALTE_FORPLIGTELSER`).
- Tyngdekategori og finansiering for mange forløb på én gang (`vurder_forloeb`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

import attrs

from forloebsregler._batchkoersel import Genbrug, ikke_oplyst
from forloebsregler._iv_grundlag import (
    K_FORPLIGTELSE,
    K_FORTSAT_FORPLIGTET,
    K_KEMOKUR,
    K_TABEL_3,
    K_TABEL_3_RAEKKER,
    NORDJYLLAND,
    oere,
)
from forloebsregler._resultat import (
    DovenResultat,
    DovenTekst,
    Resultat,
    enkel_vaerdi,
)
from forloebsregler._tekst import kr
from forloebsregler._valider import kraev_enum, vis
from forloebsregler.fejl import ForloebsreglerFejl, UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.ivkategori import (
    REGIONAL_FINANSIERING,
    Tyngdekategori,
    timer_fra_besoeg,
    tyngdekategori,
)
from forloebsregler.kilder import RAMMEAFTALE_IV_NORDJYLLAND as _R
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_ANTIBIOTIKA as _A
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_VAESKE as _V
from forloebsregler.kilder import Kilde

if TYPE_CHECKING:
    from forloebsregler.typer import IVRegionArg, TyngdekategoriArg

__all__ = [
    "AFTALTE_FORPLIGTELSER",
    "FINANSIERINGSANDEL_KOMMUNE",
    "FINANSIERINGSANDEL_REGION",
    "Betalingsoplysning",
    "Finansiering",
    "IVRegion",
    "betaling_pr_forloeb",
    "regional_finansiering",
    "vurder_forloeb",
]

_K_70_30 = _R.kilde(
    "5. Økonomi, tabel 3",
    "Finansieringsfordelingen mellem Region og kommuner er 70/30.",
)
_K_UTENSILIER = _R.kilde("5. Økonomi", "leverer og finansierer regionen utensilier og medicin")
_K_UNDERVISNING = _R.kilde(
    "5. Økonomi",
    "regionen afholder udgifter til undervisere, mens kommunerne afholder udgifter til "
    "undervisningsfaciliteter og frikøb af medarbejdere",
)
_K_HOSPITALSLAEGE = _R.kilde(
    "6. Opfølgning og monitorering",
    "hospitalslægen tilknyttet IV-behandlingen har det samlede behandlingsansvar for alle "
    "lægelige indsatser i relation til IV-behandlingen",
)

FINANSIERINGSANDEL_REGION = Decimal(70)
"""Regionens andel i procent (tabel 3: »Finansieringsfordelingen … er 70/30«)."""
FINANSIERINGSANDEL_KOMMUNE = Decimal(30)
"""Kommunernes andel i procent (tabel 3)."""


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
        K_FORPLIGTELSE,
    ),
    Forpligtelse(
        "kommunerne og regionen",
        "kommunerne varetager fortsat opgaven, og regionen medfinansierer uændret, også når "
        "aktiviteten overstiger estimatet",
        K_FORTSAT_FORPLIGTET,
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


_FINANSIERINGER: dict[Tyngdekategori, Finansiering] = {}
"""Finansieringen pr. kategori, regnet første gang den bruges (der er fem; resultaterne er
frosne og deles), så et kald ikke skriver begrundelsen forfra hver gang."""


def _finansiering(kategori: Tyngdekategori) -> Finansiering:
    gemt = _FINANSIERINGER.get(kategori)
    if gemt is None:
        gemt = _FINANSIERINGER[kategori] = _beregn_finansiering(kategori)
    return gemt


def _beregn_finansiering(kategori: Tyngdekategori) -> Finansiering:
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
                f"Efter {NORDJYLLAND} betaler Region Nordjylland {kr(regional)} pr. "
                "afslutning af kemokur. Samlet udgift og kommunal andel kan ikke afgøres: "
                "afslutning af kemokur registreres ikke som forløb, og kilden siger ikke, at "
                "fordelingen 70/30 også gælder her (læsning, se fortolkningsloggen IV-04)."
            ),
            kilder=(K_TABEL_3_RAEKKER[kategori.name], K_KEMOKUR, _K_70_30),
            fortolkninger=("IV-04",),
        )
    # Samlet udgift = regional / 70 %; se fortolkningsloggen IV-03. Kategori 1–4 går op.
    taeller = regional * Decimal(100)
    afrundet = taeller % FINANSIERINGSANDEL_REGION != 0
    samlet = oere(taeller / FINANSIERINGSANDEL_REGION)
    kommunal = oere(samlet - regional)
    note = " (afrundet til øre, da beløbet ikke går op)" if afrundet else ""
    begrundelse = (
        f"Efter {NORDJYLLAND} betaler Region Nordjylland {kr(regional)} pr. forløb i "
        f"{kategori.value}. Afledt af fordelingen 70/30 og ikke trykt i kilden: samlet udgift "
        f"{kr(samlet)} og kommunal andel {kr(kommunal)}{note} (læsning, se "
        "fortolkningsloggen IV-03)."
    )
    return Finansiering(
        kategori=kategori,
        regional_beloeb=regional,
        afledt_samlet_udgift=samlet,
        afledt_kommunal_andel=kommunal,
        afledt_afrundet=afrundet,
        begrundelse=begrundelse,
        kilder=(K_TABEL_3_RAEKKER[kategori.name], K_TABEL_3, _K_70_30),
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


@attrs.frozen(repr=False)
class Betalingsoplysning(DovenResultat):
    """Regionens betaling pr. IV-forløb i en given region, eller at den ikke kan afgøres.

    `begrundelse` skrives første gang, den læses (issue 18, punkt 1); konstruktøren tager den
    som tekst (`begrundelse=`) som før.
    """

    region: IVRegion
    kategori: Tyngdekategori
    beloeb_pr_forloeb: Decimal | None
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
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
        return Betalingsoplysning(
            region=r,
            kategori=k,
            beloeb_pr_forloeb=beloeb,
            begrundelse=DovenTekst(lambda: _betalingstekst(k, beloeb)),
            kilder=(K_TABEL_3_RAEKKER[k.name], K_TABEL_3),
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


def _betalingstekst(kategori: Tyngdekategori, beloeb: Decimal) -> str:
    """Begrundelsen for `betaling_pr_forloeb` i Nordjylland (skrives, når den læses)."""
    enhed = (
        "afslutning af kemokur"
        if kategori is Tyngdekategori.KEMOKUR
        else f"forløb i {kategori.value}"
    )
    return f"Efter {NORDJYLLAND} betaler Region Nordjylland {kr(beloeb)} pr. {enhed}."


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


_KENDTE = frozenset({"id", "timer", "antal_besoeg", "minutter_pr_besoeg", "afslutning_af_kemokur"})


def _et_forloeb(raekke: object, genbrug: Genbrug) -> Mapping[str, Any]:
    """Rækkens felter; en række med de samme felter (uden `id`) som en tidligere i kørslen
    får dens svar igen (`genbrug`)."""
    if not isinstance(raekke, Mapping):
        raise UgyldigTypeFejl(
            f"raekke: fik {vis(raekke)}; accepterer en dict med 'timer' eller 'antal_besoeg' og "
            "'minutter_pr_besoeg' (og evt. 'id', 'afslutning_af_kemokur')"
        )
    if not _KENDTE.issuperset(raekke):
        ukendte = sorted(str(k) for k in raekke if k not in _KENDTE)
        raise UgyldigVaerdiFejl(f"raekke: ukendte felter {ukendte}; accepterer {sorted(_KENDTE)}")
    kemokur = raekke.get("afslutning_af_kemokur", False)
    noegle = genbrug.noegle(raekke)
    if noegle is not None:
        gemt = genbrug.hent(noegle)
        if gemt is not None:
            return gemt
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
    felter = {
        "kategori": vurdering.kategori.name,
        "timer": vurdering.timer,
        "regional_finansiering": finansiering.regional_beloeb,
        "afledt_samlet_udgift": finansiering.afledt_samlet_udgift,
        "afledt_kommunal_andel": finansiering.afledt_kommunal_andel,
        "begrundelse": vurdering.begrundelse,
        "fejl": None,
        "fortolkninger": ", ".join(spor),
    }
    if noegle is not None:
        genbrug.gem(noegle, felter)
    return felter


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
    genbrug = Genbrug()
    for raekke in raekker:
        post: dict[str, Any] = dict.fromkeys(_BATCH_FELTER)
        if isinstance(raekke, Mapping):
            post["id"] = _simpelt_id(raekke.get("id"))
        try:
            if isinstance(raekke, Mapping):
                raekke = _uden_ikke_oplyste(raekke)
            post.update(_et_forloeb(raekke, genbrug))
        except ForloebsreglerFejl as fejl:
            post["fejl"] = str(fejl)
        poster.append(post)
    return poster


def _uden_ikke_oplyste(raekke: Mapping[Any, Any]) -> dict[Any, Any]:
    """Rækken uden `id` (som posten læser for sig) og uden tidsfelter, der ikke er oplyst
    (None, NaN, NaT/NA, tom tekst), som i `forloebsregler.batch`; en ikke oplyst
    `afslutning_af_kemokur` bliver None (en fejl)."""
    ud: dict[Any, Any] = {}
    for noegle, vaerdi in raekke.items():
        if noegle == "id":
            continue
        if not ikke_oplyst(vaerdi):
            ud[noegle] = vaerdi
        elif noegle == "afslutning_af_kemokur":
            ud[noegle] = None
    return ud
