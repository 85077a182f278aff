"""IV-behandling i Nordjylland: aftalens løbetid, forsøgsperiode og opsigelse.

Kilde: *Rammeaftale mellem 11 nordjyske kommuner og Region Nordjylland om intravenøs
behandling i kommunalt regi*:

- afsnit 8, Aftalens løbetid og opsigelse: en 2-årig forsøgsperiode (`forsoegsperiode`) med
  midtvejsevaluering efter et år (afsnit 6); begge parter kan opsige med 6 måneders varsel
  (`opsigelse`);
- afsnit 5, Økonomi: kan der ikke opnås enighed om finansieringen af meraktiviteten (efter en
  overskridelse på mindst 20 %, se `iv_opfoelgning`), kan aftalen opsiges med 3 måneders
  varsel.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs
from dateutil.relativedelta import relativedelta

from forloebsregler._iv_grundlag import K_20_PROCENT, spor_tekst
from forloebsregler._resultat import DovenResultat, DovenTekst, Resultat
from forloebsregler._valider import kraev_dato, kraev_enum, kraev_valgfri_bool, vis
from forloebsregler.fejl import UgyldigVaerdiFejl
from forloebsregler.kilder import RAMMEAFTALE_IV_NORDJYLLAND as _R
from forloebsregler.kilder import Kilde
from forloebsregler.svar import Svar

if TYPE_CHECKING:
    from forloebsregler.typer import Dato, OpsigelsesgrundArg

__all__ = [
    "FORSOEGSPERIODE_AAR",
    "OPSIGELSESVARSEL_MAANEDER",
    "Forsoegsperiode",
    "Opsigelse",
    "Opsigelsesgrund",
    "forsoegsperiode",
    "opsigelse",
]

_K_3_MAANEDER = _R.kilde(
    "5. Økonomi",
    "Hvis der ikke kan opnås enighed om den samlede finansiering af meraktiviteten, kan aftalen "
    "opsiges med 3 måneders varsel af en af parterne.",
)
_K_MIDTVEJS = _R.kilde(
    "6. Opfølgning og monitorering", "Der foretages en midtvejsevaluering efter et år"
)
_K_FORSOEG = _R.kilde(
    "8. Aftalens løbetid og opsigelse", "Aftalen løber i første omgang i en 2-årig forsøgsperiode"
)
_K_6_MAANEDER = _R.kilde(
    "8. Aftalens løbetid og opsigelse",
    "Begge parter har mulighed for at opsige aftalen med 6 måneders varsel (dog kan forkortet "
    "opsigelsesperiode indtræde jf. afsnit 5).",
)


class Opsigelsesgrund(Enum):
    """Hvorfor rammeaftalen opsiges; afgør varslet."""

    ALMINDELIG = "almindelig opsigelse"
    UENIGHED_OM_MERAKTIVITET = "ingen enighed om finansiering af meraktivitet"


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


@attrs.frozen(repr=False)
class Opsigelse(DovenResultat):
    """Varsel og tidligste ophør ved opsigelse af rammeaftalen.

    `forudsaetninger` siger, om betingelserne for varslet er opfyldt; er de ikke (eller kan
    det ikke afgøres), er `varsel_maaneder` og `ophoersdato` `None`. `begrundelse` skrives
    første gang, den læses (issue 18, punkt 1); konstruktøren tager den som tekst
    (`begrundelse=`) som før.
    """

    grund: Opsigelsesgrund
    varslingsdato: date
    forudsaetninger: Svar
    varsel_maaneder: int | None
    ophoersdato: date | None
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


# Undtagelsen i afsnit 5: det korte varsel kræver begge forudsætninger.
_MANGLER = (
    "aktiviteten har ikke overskredet det forventede med mindst 20 % efter 6 måneder",
    "der er opnået enighed om finansieringen af meraktiviteten",
)
_UKENDT = (
    "om aktiviteten efter 6 måneder har overskredet det forventede med mindst 20 %",
    "om forhandlingerne endte uden enighed om finansieringen af meraktiviteten",
)


def _kort_varsel_udelukket(
    dato: date, overskredet: bool | None, enighed: bool | None
) -> Opsigelse | None:
    """Afsnit 5: »Hvis der ikke kan opnås enighed om den samlede finansiering af
    meraktiviteten, kan aftalen opsiges med 3 måneders varsel« — efter en overskridelse på
    mindst 20 % efter 6 måneder. Mangler en forudsætning, gælder det korte varsel ikke; er en
    ukendt, kan det ikke afgøres (fortolkningsloggen IV-10). `None`: begge er opfyldt."""
    g = Opsigelsesgrund.UENIGHED_OM_MERAKTIVITET
    kilder = (K_20_PROCENT, _K_3_MAANEDER)
    mangler = tuple(
        t
        for t, ok in zip(_MANGLER, (overskredet is not False, enighed is not True), strict=True)
        if not ok
    )
    ukendt = tuple(t for t, v in zip(_UKENDT, (overskredet, enighed), strict=True) if v is None)
    if mangler:
        return Opsigelse(
            grund=g,
            varslingsdato=dato,
            forudsaetninger=Svar.IKKE_OPFYLDT,
            varsel_maaneder=None,
            ophoersdato=None,
            begrundelse=DovenTekst(lambda: _mangler_tekst(mangler)),
            kilder=(*kilder, _K_6_MAANEDER),
        )
    if ukendt:
        return Opsigelse(
            grund=g,
            varslingsdato=dato,
            forudsaetninger=Svar.KAN_IKKE_AFGOERES,
            varsel_maaneder=None,
            ophoersdato=None,
            begrundelse=DovenTekst(lambda: _ukendt_tekst(ukendt)),
            kilder=kilder,
            fortolkninger=("IV-10",),
        )
    return None


def _mangler_tekst(mangler: tuple[str, ...]) -> str:
    """Begrundelsen, når en forudsætning for det korte varsel mangler (skrives, når den læses)."""
    return (
        "Det korte varsel på 3 måneder gælder ikke: "
        + "; ".join(mangler)
        + ". Aftalen kan opsiges med det almindelige varsel på 6 måneder."
    )


def _ukendt_tekst(ukendt: tuple[str, ...]) -> str:
    """Begrundelsen, når en forudsætning for det korte varsel er ukendt (skrives, når den
    læses)."""
    return (
        "Kan ikke afgøres, om det korte varsel på 3 måneder gælder; ukendt: "
        + "; ".join(ukendt)
        + " (se fortolkningsloggen IV-10)."
    )


def _varsel(g: Opsigelsesgrund, dato: date, varslingsdato: object) -> Opsigelse:
    """Varslet for grunden lagt til som kalendermåneder (`relativedelta`; IV-09)."""
    maaneder = OPSIGELSESVARSEL_MAANEDER[g]
    try:
        ophoer = dato + relativedelta(months=maaneder)
    except (OverflowError, ValueError):
        raise UgyldigVaerdiFejl(
            f"varslingsdato: fik {vis(varslingsdato)}; ophøret ligger efter år 9999"
        ) from None
    spor: tuple[str, ...] = ("IV-09",)
    kilder: tuple[Kilde, ...] = (_K_OPSIGELSE[g],)
    if g is Opsigelsesgrund.UENIGHED_OM_MERAKTIVITET:
        spor = ("IV-09", "IV-10")
        kilder = (K_20_PROCENT, _K_3_MAANEDER)
    return Opsigelse(
        grund=g,
        varslingsdato=dato,
        forudsaetninger=Svar.OPFYLDT,
        varsel_maaneder=maaneder,
        ophoersdato=ophoer,
        begrundelse=DovenTekst(lambda: _varseltekst(g, maaneder, dato, ophoer, spor)),
        kilder=kilder,
        fortolkninger=spor,
    )


def _varseltekst(
    g: Opsigelsesgrund, maaneder: int, dato: date, ophoer: date, spor: tuple[str, ...]
) -> str:
    """Begrundelsen for et varsel, hvis forudsætninger er opfyldt (skrives, når den læses)."""
    forklaring = ""
    if g is Opsigelsesgrund.UENIGHED_OM_MERAKTIVITET:
        forklaring = (
            " Aktiviteten har efter 6 måneder overskredet det forventede med mindst 20 %, og "
            "forhandlingerne endte uden enighed om finansieringen af meraktiviteten."
        )
    return (
        f"Ved {g.value} er varslet {maaneder} måneder, så aftalen ophører tidligst "
        f"{ophoer.isoformat()} ved varsel givet {dato.isoformat()}.{forklaring} Måneder lægges "
        f"til som kalendermåneder{spor_tekst(spor)}."
    )


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
        udelukket = _kort_varsel_udelukket(dato, overskredet, enighed)
        if udelukket is not None:
            return udelukket
    return _varsel(g, dato, varslingsdato)


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
        # Fortolkningsloggen IV-11: dagen før toårsdagen. For 29. februar rykker
        # `relativedelta` toårsdagen til 28. februar i et år uden skuddag; toårsdagen er da
        # 1. marts, og sidste dag er 28. februar.
        toaarsdag = start + relativedelta(years=FORSOEGSPERIODE_AAR)
        slut = toaarsdag if toaarsdag.day != start.day else toaarsdag - timedelta(days=1)
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
