"""IV-behandling i Nordjylland: aktivitetsopfølgning og kvartalsvis monitorering.

Kilde: *Rammeaftale mellem 11 nordjyske kommuner og Region Nordjylland om intravenøs
behandling i kommunalt regi*:

- afsnit 5, Økonomi: overstiger aktiviteten efter 6 måneder det forventede med mindst 20 %
  (vægtet i forhold til de fire grupper), optages forhandlinger; kommunerne varetager fortsat
  opgaven, og regionen medfinansierer uændret (`aktivitetsopfoelgning`);
- afsnit 5 og 6, Opfølgning og monitorering: den løbende dialog tager udgangspunkt i
  kvartalsvise aktivitetsopgørelser; opfølgningsgruppen følger hver 3. måned op på antal
  forløb, fordeling på tyngdekategorier og IV-typer, økonomi, behandlingsvarighed, besøg og
  kvalitet (`kvartalsopgoerelse`, `KVARTALSVISE_OPFOELGNINGSPUNKTER`).

Opsigelsen, når forhandlingerne ikke fører til enighed, står i `iv_opsigelse`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

import attrs
from dateutil.relativedelta import relativedelta

from forloebsregler._iv_grundlag import (
    K_20_PROCENT,
    K_FORTSAT_FORPLIGTET,
    K_KEMOKUR,
    K_TABEL_3,
    MAKS_ANTAL,
    MAKS_TIMER,
    NORDJYLLAND,
    oere,
    spor_tekst,
)
from forloebsregler._resultat import DovenResultat, DovenTekst, Resultat
from forloebsregler._tekst import kr, tal
from forloebsregler._valider import kraev_dato, kraev_decimal, kraev_enum, kraev_heltal, vis
from forloebsregler.fejl import UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.ivkategori import REGIONAL_FINANSIERING, IVOmraade, Tyngdekategori
from forloebsregler.kilder import RAMMEAFTALE_IV_NORDJYLLAND as _R
from forloebsregler.kilder import Kilde

if TYPE_CHECKING:
    from forloebsregler.typer import (
        Afbildning,
        Beloeb,
        Dato,
        Heltal,
        IVOmraadeArg,
        TyngdekategoriArg,
        VaegtningArg,
    )

__all__ = [
    "FORHANDLINGSGRAENSE_PROCENT",
    "KVARTALSVISE_OPFOELGNINGSPUNKTER",
    "VURDERING_EFTER_MAANEDER",
    "Aktivitetsvurdering",
    "Kvartalsopgoerelse",
    "Vaegtning",
    "aktivitetsopfoelgning",
    "kvartalsopgoerelse",
]

_OERE = Decimal("0.01")
# De fire grupper: kategori 1–4; kemokur registreres ikke som forløb (tabel 2).
_FIRE_GRUPPER = tuple(k for k in Tyngdekategori if k is not Tyngdekategori.KEMOKUR)

_K_KVARTALSVIS_DIALOG = _R.kilde(
    "5. Økonomi", "Den løbende dialog tager udgangspunkt i kvartalsvise aktivitetsopgørelser"
)
_K_KVARTAL = _R.kilde(
    "6. Opfølgning og monitorering",
    "Hver 3. måned følges der derfor i opfølgningsgruppen op på følgende",
)


class Vaegtning(Enum):
    """Hvordan de fire grupper vægtes i aktivitetsopfølgningen (fortolkningsloggen IV-08)."""

    REGIONAL_FINANSIERING = "regional finansiering pr. forløb"
    ANTAL_FORLOEB = "antal forløb"


VURDERING_EFTER_MAANEDER = 6
"""Aktiviteten vurderes mod forventningen »efter 6 måneder« (afsnit 5)."""
FORHANDLINGSGRAENSE_PROCENT = Decimal(20)
"""Overskridelse (vægtet), der udløser forhandlinger (afsnit 5: »minimum 20 %«)."""


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
        vaerdi_ = kraev_decimal(
            antal, f"{navn}[{kategori.name}]", min_vaerdi=0, maks_vaerdi=MAKS_ANTAL
        )
        if kategori in resultat:
            raise UgyldigVaerdiFejl(f"{navn}: {kategori.name} er givet mere end én gang")
        resultat[kategori] = vaerdi_
    return resultat


def _kraev_periode(aftalestart: object, opgoerelsesdato: object) -> tuple[date, date]:
    start = kraev_dato(aftalestart, "aftalestart")
    opgjort = kraev_dato(opgoerelsesdato, "opgoerelsesdato")
    if opgjort < start:
        raise UgyldigVaerdiFejl(
            f"opgoerelsesdato: fik {opgjort.isoformat()}, som ligger før aftalestart "
            f"{start.isoformat()}; accepterer en dato fra aftalestart"
        )
    return start, opgjort


def _vaegtet(antal: dict[Tyngdekategori, Decimal], v: Vaegtning) -> Decimal:
    """Aktiviteten i de fire grupper, vægtet efter `v` (kemokur tæller ikke; IV-07, IV-08)."""
    return sum(
        (
            antal.get(k, Decimal(0))
            * (REGIONAL_FINANSIERING[k] if v is Vaegtning.REGIONAL_FINANSIERING else 1)
            for k in _FIRE_GRUPPER
        ),
        Decimal(0),
    )


def _mindst_20_procent_over(
    forv: dict[Tyngdekategori, Decimal], fakt: dict[Tyngdekategori, Decimal], v: Vaegtning
) -> bool:
    """»overskrider det forventede aktivitetsniveau med minimum 20 % (vægtet i forhold til de
    fire grupper)«. Sammenlignet uden division, så grænsen på præcis 20 % rammes eksakt."""
    return _vaegtet(fakt, v) * 100 >= _vaegtet(forv, v) * (100 + FORHANDLINGSGRAENSE_PROCENT)


def _vist_overskridelse(v_forv: Decimal, v_fakt: Decimal, over_graense: bool) -> Decimal:
    """Overskridelsen i procent til øre. Den må ikke modsige afgørelsen: lige under grænsen,
    hvor half-up ville vise 20,00 %, rundes ned (19,998 % vises som 19,99 %, »under 20 %«);
    over grænsen giver half-up aldrig under 20."""
    eksakt = (v_fakt - v_forv) * 100 / v_forv
    overskridelse = oere(eksakt)
    if not over_graense and overskridelse >= FORHANDLINGSGRAENSE_PROCENT:
        return oere(eksakt, ROUND_DOWN)
    return overskridelse


def _anden_vaegtning(vaegt: Vaegtning) -> Vaegtning:
    if vaegt is Vaegtning.REGIONAL_FINANSIERING:
        return Vaegtning.ANTAL_FORLOEB
    return Vaegtning.REGIONAL_FINANSIERING


def _vaegtninger_uenige(
    forv: dict[Tyngdekategori, Decimal],
    fakt: dict[Tyngdekategori, Decimal],
    vaegt: Vaegtning,
    over_graense: bool,
) -> bool:
    """Ville den anden vægtning give det modsatte svar? (Fortolkningsloggen IV-08.)"""
    anden = _anden_vaegtning(vaegt)
    return (
        _vaegtet(forv, anden) > 0 and _mindst_20_procent_over(forv, fakt, anden) is not over_graense
    )


def _fortolkninger(kemokur_udeladt: bool, uenige: bool, *, paa_dagen: bool) -> tuple[str, ...]:
    """IV-07: kemokur er udeladt; IV-08: vægtningen afgør svaret; IV-09: netop 6 måneder."""
    spor = (("IV-07", kemokur_udeladt), ("IV-08", uenige), ("IV-09", paa_dagen))
    return tuple(f for f, gaelder in spor if gaelder)


def _aktivitetstekst(
    *,
    gaaet: bool,
    forhandling: bool,
    tidligst: date,
    vaegt: Vaegtning,
    overskridelse: Decimal,
    vaegtninger_uenige: bool,
    spor: tuple[str, ...],
) -> str:
    maal = "finansieringskroner" if vaegt is Vaegtning.REGIONAL_FINANSIERING else "forløb"
    if not gaaet:
        tekst = (
            f"Der er endnu ikke gået 6 måneder (tidligst {tidligst.isoformat()}), så "
            f"forhandlinger optages ikke; den vægtede aktivitet er {tal(overskridelse)} % i "
            f"forhold til det forventede ({maal})."
        )
    elif forhandling:
        tekst = (
            f"Efter 6 måneder er den vægtede aktivitet {tal(overskridelse)} % over det "
            f"forventede ({maal}), mindst 20 %, så forhandlinger mellem region og kommune "
            "optages; opgaven og finansieringen fortsætter imens."
        )
    else:
        tekst = (
            f"Efter 6 måneder er den vægtede aktivitet {tal(overskridelse)} % i forhold til det "
            f"forventede ({maal}), under 20 % over, så forhandlinger optages ikke."
        )
    if vaegtninger_uenige:
        tekst += (
            f" Vægtet efter {_anden_vaegtning(vaegt).value} ville svaret være det modsatte; "
            "svaret hviler på den valgte vægtning" + spor_tekst(spor) + "."
        )
    elif spor:
        tekst += " Svaret hviler på en læsning" + spor_tekst(spor) + "."
    if vaegt is Vaegtning.REGIONAL_FINANSIERING:
        tekst += f" Finansieringskronerne er Region Nordjyllands efter {NORDJYLLAND}."
    return tekst


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
    start, opgjort = _kraev_periode(aftalestart, opgoerelsesdato)
    vaegt = kraev_enum(Vaegtning, vaegtning, "vaegtning")
    v_forv, v_fakt = _vaegtet(forv, vaegt), _vaegtet(fakt, vaegt)
    if v_forv <= 0:
        raise UgyldigVaerdiFejl(
            f"forventet: fik {vis(forventet)}; accepterer kun en forventning med mindst ét "
            "forløb i kategori 1–4"
        )
    tidligst = start + relativedelta(months=VURDERING_EFTER_MAANEDER)  # IV-09
    gaaet = opgjort >= tidligst
    over_graense = _mindst_20_procent_over(forv, fakt, vaegt)
    uenige = gaaet and _vaegtninger_uenige(forv, fakt, vaegt, over_graense)
    kemokur_udeladt = Tyngdekategori.KEMOKUR in forv or Tyngdekategori.KEMOKUR in fakt
    spor = _fortolkninger(kemokur_udeladt, uenige, paa_dagen=opgjort == tidligst)
    kroner = vaegt is Vaegtning.REGIONAL_FINANSIERING
    overskridelse = _vist_overskridelse(v_forv, v_fakt, over_graense)
    return Aktivitetsvurdering(
        forhandlinger_skal_optages=gaaet and over_graense,
        seks_maaneder_gaaet=gaaet,
        tidligste_vurderingsdato=tidligst,
        vaegtning=vaegt,
        vaegtet_forventet=oere(v_forv) if kroner else v_forv,
        vaegtet_faktisk=oere(v_fakt) if kroner else v_fakt,
        overskridelse_procent=overskridelse,
        kemokur_udeladt=kemokur_udeladt,
        begrundelse=_aktivitetstekst(
            gaaet=gaaet,
            forhandling=gaaet and over_graense,
            tidligst=tidligst,
            vaegt=vaegt,
            overskridelse=overskridelse,
            vaegtninger_uenige=uenige,
            spor=spor,
        ),
        kilder=(K_20_PROCENT, K_FORTSAT_FORPLIGTET, K_KEMOKUR, K_TABEL_3),
        fortolkninger=spor,
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


@attrs.frozen(repr=False)
class Kvartalsopgoerelse(DovenResultat):
    """Et kvartals monitoreringstal (afsnit 6); `None` betyder ikke opgjort.

    `begrundelse` skrives første gang, den læses (issue 18, punkt 1); konstruktøren tager den
    som tekst (`begrundelse=`) som før.
    """

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
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _valgfrit_antal(vaerdi: object, navn: str) -> int | None:
    if vaerdi is None:
        return None
    return kraev_heltal(vaerdi, navn, min_vaerdi=0, maks_vaerdi=int(MAKS_ANTAL))


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
            antal, f"{navn}[{medlem.name}]", min_vaerdi=0, maks_vaerdi=int(MAKS_ANTAL)
        )
    return ud


def _gennemsnit(taeller: Decimal | int | None, naevner: int | None) -> Decimal | None:
    """Gennemsnittet afrundet half-up til 2 decimaler; `None`, hvis et tal ikke er opgjort
    eller der intet er at dele med."""
    if taeller is None or naevner is None or naevner == 0:
        return None
    return (taeller / Decimal(naevner)).quantize(_OERE, ROUND_HALF_UP)


def _regional_finansiering_i_alt(pr_kategori: dict[Tyngdekategori, int]) -> Decimal:
    """Tabel 3's beløb gange antal, kemokur medregnet (fortolkningsloggen IV-07)."""
    return oere(sum((REGIONAL_FINANSIERING[k] * n for k, n in pr_kategori.items()), Decimal(0)))


def _kvalitetstal(**tal_: object) -> dict[str, int | None]:
    """Auditens kvalitetstal (afsnit 6), hvert et antal eller `None` (ikke opgjort)."""
    return {navn: _valgfrit_antal(v, navn) for navn, v in tal_.items()}


def _valgfri_pr_omraade(vaerdi: object) -> dict[IVOmraade, int] | None:
    return None if vaerdi is None else _heltal_pr_noegle(vaerdi, "antal_pr_omraade", IVOmraade)


def _valgfri_tid(vaerdi: object) -> Decimal | None:
    if vaerdi is None:
        return None
    return kraev_decimal(
        vaerdi, "samlet_behandlingstid_timer", min_vaerdi=0, maks_vaerdi=MAKS_TIMER
    )


def _kvartalstekst(
    periode: str,
    samlet: int,
    finansiering: Decimal,
    spor: tuple[str, ...],
    tid_pr_forloeb: Decimal | None,
) -> str:
    """Begrundelsen for `kvartalsopgoerelse` (skrives, når den læses)."""
    tekst = (
        f"{periode}: {samlet} forløb i kategori 1–4 i kommunalt regi; "
        f"regional finansiering i alt {kr(finansiering)} efter {NORDJYLLAND}"
    )
    if spor:  # IV-07: afslutninger af kemokur er talt med
        tekst += (
            "; afslutninger af kemokur tæller med i finansieringen, men ikke som forløb"
            + spor_tekst(spor)
        )
    tekst += "."
    if tid_pr_forloeb is not None:
        tekst += f" Behandlingstid pr. forløb: {tal(tid_pr_forloeb)} timer."
    return tekst


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
    pr_omraade = _valgfri_pr_omraade(antal_pr_omraade)
    tid = _valgfri_tid(samlet_behandlingstid_timer)
    besoeg = _valgfrit_antal(antal_besoeg, "antal_besoeg")
    kvalitet = _kvalitetstal(
        genindlaeggelser=genindlaeggelser,
        komplikationer=komplikationer,
        utilsigtede_haendelser=utilsigtede_haendelser,
        kontakter_almen_praksis=kontakter_almen_praksis,
        kontakter_vagtlaege=kontakter_vagtlaege,
        kontakter_behandlingsansvarlig_laege=kontakter_behandlingsansvarlig_laege,
    )
    samlet = sum(pr_kategori.get(k, 0) for k in _FIRE_GRUPPER)  # kemokur er ikke forløb
    finansiering = _regional_finansiering_i_alt(pr_kategori)
    tid_pr_forloeb = _gennemsnit(tid, samlet)
    besoeg_pr_forloeb = _gennemsnit(besoeg, samlet)
    minutter_pr_besoeg = _gennemsnit(None if tid is None else tid * 60, besoeg)
    spor = ("IV-07",) if pr_kategori.get(Tyngdekategori.KEMOKUR, 0) > 0 else ()
    tekst = DovenTekst(
        lambda: _kvartalstekst(
            f"{aar_}, {kvartal_}. kvartal", samlet, finansiering, spor, tid_pr_forloeb
        )
    )
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
        kilder=(*KVARTALSVISE_OPFOELGNINGSPUNKTER, _K_KVARTALSVIS_DIALOG, K_TABEL_3),
        fortolkninger=spor,
        **kvalitet,
    )
