"""IV-behandling i Nordjylland: tyngdekategorierne og tabel 1's standardforløb.

Kilde: *Rammeaftale mellem 11 nordjyske kommuner og Region Nordjylland om intravenøs
behandling i kommunalt regi*:

- afsnit 3, Målgrupper for aftalen: de seks IV-områder (`IVOmraade`);
- afsnit 4, Aktivitet, tabel 1: standardforløbet pr. IV-område og det estimerede årlige antal
  forløb (`standardforloeb`, `TABEL_1`, `aktivitetsestimat`);
- afsnit 4, Tyngdekategorier, tabel 2: et forløb placeres efter det samlede tidsforbrug på
  selve behandlingen: kategori 1 er 0–5 timer, 2 er 5–15, 3 er 15–35 og 4 er 35+; afslutning
  af kemokur er sit eget tilfælde, valgt efter behandlingstype (`tyngdekategori`,
  `timer_fra_besoeg`);
- afsnit 5, Økonomi, tabel 3: regionens faste beløb pr. forløb i hver kategori
  (`REGIONAL_FINANSIERING`; de afledte beløb og betalingen pr. region står i
  `iv_finansiering`).

De øvrige afsnit har deres egne moduler: undtagelserne, der holder et forløb i hospitalsregi
(`iv_undtagelser`), finansieringen og forpligtelserne (`iv_finansiering`), aktivitetsopfølgningen
og den kvartalsvise monitorering (`iv_opfoelgning`) og løbetid og opsigelse (`iv_opsigelse`).
Region Syddanmarks to samarbejdsaftaler står i `iv_syddanmark` og modulerne ved siden af.

Hvor et svar hviler på en læsning af en uklar tekst, nævner begrundelsen det, og feltet
`fortolkninger` rummer ID'erne i `docs/fortolkninger.md` (IV-01 …).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from decimal import ROUND_DOWN, ROUND_FLOOR, Decimal, Inexact, localcontext
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from forloebsregler._iv_grundlag import (
    K_KEMOKUR,
    K_TABEL_3_RAEKKER,
    MAKS_ANTAL,
    MAKS_TIMER,
    NORDJYLLAND,
    spor_tekst,
)
from forloebsregler._resultat import DovenResultat, DovenTekst, Resultat
from forloebsregler._tekst import kr, tal
from forloebsregler._valider import (
    kraev_bool,
    kraev_decimal,
    kraev_enum,
    kraev_heltal,
    kraev_varighed,
    vis,
)
from forloebsregler.fejl import UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import RAMMEAFTALE_IV_NORDJYLLAND as _R
from forloebsregler.kilder import Kilde

if TYPE_CHECKING:
    from forloebsregler.typer import Beloeb, Heltal, IVOmraadeArg

_HUNDREDEDEL = Decimal("0.01")

__all__ = [
    "ESTIMERET_AARLIGT_ANTAL_FORLOEB_INTERVAL",
    "ESTIMERET_ANDEL_PROCENT",
    "KEMOKUR_TIMER",
    "REGIONAL_FINANSIERING",
    "TABEL_1",
    "Aktivitetsestimat",
    "IVOmraade",
    "Standardforloeb",
    "Tyngdekategori",
    "Tyngdevurdering",
    "aktivitetsestimat",
    "standardforloeb",
    "timer_fra_besoeg",
    "tyngdekategori",
]


# ---------------------------------------------------------------------------
# Kilder (ordrette citater)
# ---------------------------------------------------------------------------

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


# Nedre grænse (inklusiv) i timer for hver af de fire grupper; hver række er [nedre, øvre).
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


# ---------------------------------------------------------------------------
# Hjælpere
# ---------------------------------------------------------------------------


def _timer_til_tekst(timer: Decimal) -> str:
    """Timer til begrundelsen; afkortes (ikke afrundes) til 2 decimaler, så den viste værdi
    aldrig krydser en kategorigrænse (grænserne er hele timer)."""
    eksponent = timer.as_tuple().exponent
    if not (isinstance(eksponent, int) and eksponent < -2):
        return f"{tal(timer)} timer"
    vist = timer.quantize(_HUNDREDEDEL, ROUND_DOWN)
    if vist == 0:
        return "under 0,01 timer"
    return f"ca. {tal(vist)} timer"


def _kraev_timer(vaerdi: object, navn: str) -> tuple[Decimal, timedelta | None]:
    """Timer som Decimal (og varigheden, hvis der blev givet en `timedelta`)."""
    if isinstance(vaerdi, timedelta):
        varighed = kraev_varighed(vaerdi, navn)
        if varighed > timedelta(hours=int(MAKS_TIMER)):
            raise UgyldigVaerdiFejl(
                f"{navn}: fik {vis(vaerdi)}; accepterer højst {MAKS_TIMER} timer"
            )
        mikro = (varighed.days * 86400 + varighed.seconds) * 1_000_000 + varighed.microseconds
        return Decimal(mikro) / Decimal(3_600_000_000), varighed
    accepteret = "timer som Decimal, int, numerisk streng eller en timedelta"
    if vaerdi is None or not isinstance(vaerdi, Decimal | int | float | str):
        raise UgyldigTypeFejl(f"{navn}: fik {vis(vaerdi)}; accepterer {accepteret}")
    timer = kraev_decimal(vaerdi, navn, positiv=True, maks_vaerdi=MAKS_TIMER)
    eksponent = timer.as_tuple().exponent
    if isinstance(eksponent, int) and eksponent > 0:  # »1E+1« vises som 10, ikke i E-notation
        timer = timer.quantize(Decimal(1))
    return timer, None


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
    if besoeg > MAKS_ANTAL:
        raise UgyldigVaerdiFejl(f"antal_besoeg: fik {vis(antal_besoeg)}; accepterer højst 10^12")
    minutter = kraev_decimal(
        minutter_pr_besoeg, "minutter_pr_besoeg", positiv=True, maks_vaerdi=MAKS_TIMER
    )
    with localcontext() as ctx:
        ctx.prec = len(str(besoeg)) + len(minutter.as_tuple().digits) + 2
        ctx.traps[Inexact] = True
        produkt = Decimal(besoeg) * minutter  # eksakt: præcisionen rækker til alle cifre
    with localcontext() as ctx:
        ctx.prec = max(28, len(produkt.as_tuple().digits) + 2)
        ctx.rounding = ROUND_FLOOR
        return produkt / Decimal(60)


@attrs.frozen(repr=False)
class Tyngdevurdering(DovenResultat):
    """Et forløbs tyngdekategori, tiden den bygger på og regionens beløb.

    `begrundelse` skrives første gang, den læses, ud fra de fakta, kategorien blev afgjort
    på (issue 18, punkt 1); konstruktøren tager den som tekst (`begrundelse=`) som før.
    """

    kategori: Tyngdekategori
    timer: Decimal | None
    regional_finansiering: Decimal
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _kemokurtekst() -> str:
    return (
        "Afslutning af kemokur er sin egen tyngdekategori, valgt efter behandlingstypen og "
        "ikke efter tidsforbruget (læsning, se fortolkningsloggen IV-02); efter "
        f"{NORDJYLLAND} betaler Region Nordjylland "
        f"{kr(REGIONAL_FINANSIERING[Tyngdekategori.KEMOKUR])} pr. tilfælde."
    )


def _afslutning_af_kemokur(timer: object) -> Tyngdevurdering:
    """Tabel 2's særtilfælde: »Kemokur 0,25 timer Opgaven medregnes ikke i fordelingen af IV
    opgaver, fordi det ikke registreres som forløb. … Derfor behandles afslutning af kemokur
    som enkeltstående tilfælde.« Valgt efter behandlingstypen, ikke efter tidsforbruget
    (fortolkningsloggen IV-02); en oplyst tid valideres og bevares."""
    vaerdi = None if timer is None else _kraev_timer(timer, "timer")[0]
    kategori = Tyngdekategori.KEMOKUR
    return Tyngdevurdering(
        kategori=kategori,
        timer=vaerdi,
        regional_finansiering=REGIONAL_FINANSIERING[kategori],
        begrundelse=DovenTekst(_kemokurtekst),
        kilder=(_K_KEMOKUR_ENKELTSTAAENDE, K_KEMOKUR, K_TABEL_3_RAEKKER[kategori.name]),
        fortolkninger=("IV-02",),
    )


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
    if kemokur:
        return _afslutning_af_kemokur(timer)
    decimal_timer, varighed = _kraev_timer(timer, "timer")
    kategori = _kategori_for_timer(decimal_timer, varighed)
    nedre, _ = _graenser(kategori)
    # Præcis på en delt grænse (5, 15 eller 35 timer): fortolkningsloggen IV-01.
    spor: tuple[str, ...] = ("IV-01",) if decimal_timer == nedre and nedre > 0 else ()
    return Tyngdevurdering(
        kategori=kategori,
        timer=decimal_timer,
        regional_finansiering=REGIONAL_FINANSIERING[kategori],
        begrundelse=DovenTekst(lambda: _tyngdetekst(decimal_timer, kategori, spor)),
        kilder=(
            _K_TABEL_2_RAEKKER[kategori.name],
            _K_TIDSFORBRUG,
            K_TABEL_3_RAEKKER[kategori.name],
        ),
        fortolkninger=spor,
    )


def _tyngdetekst(timer: Decimal, kategori: Tyngdekategori, spor: tuple[str, ...]) -> str:
    """Begrundelsen for `tyngdekategori`: tiden, kategoriens interval, grænselæsningen (IV-01)
    og regionens beløb (skrives, når den læses)."""
    nedre, oevre = _graenser(kategori)
    interval = ("over 0 timer" if nedre == 0 else f"fra {nedre} timer") + (
        f" og under {oevre} timer" if oevre is not None else ""
    )
    begrundelse = (
        f"{_timer_til_tekst(timer).capitalize()} samlet behandlingstid ligger i "
        f"{kategori.value} ({interval})"
    )
    if spor:
        begrundelse += (
            f"; tabel 2 sætter {nedre} timer i to kategorier, og her læses grænsen som "
            f"starten af {kategori.value}{spor_tekst(spor)}"
        )
    beloeb = REGIONAL_FINANSIERING[kategori]
    return (
        begrundelse + f"; efter {NORDJYLLAND} betaler Region Nordjylland {kr(beloeb)} pr. forløb."
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
        f"{tal(publicerede)} timer i alt ({kategori.value}), med ca. {antal} forløb om året."
    )
    if afviger:
        begrundelse += (
            f" Bemærk: {besoeg} × {minutter} minutter er {tal(beregnede)} timer, ikke de "
            f"trykte {tal(publicerede)}; tabellens tal er bevaret (læsning, se "
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


@attrs.frozen(repr=False)
class Aktivitetsestimat(DovenResultat):
    """Tabel 1's estimerede årlige antal forløb lagt sammen.

    `begrundelse` skrives første gang, den læses (issue 18, punkt 1); konstruktøren tager den
    som tekst (`begrundelse=`) som før.
    """

    antal_forloeb: int
    medregnet_kemokur: bool
    estimat_interval: tuple[int, int]
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
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
    return Aktivitetsestimat(
        antal_forloeb=antal,
        medregnet_kemokur=med,
        estimat_interval=ESTIMERET_AARLIGT_ANTAL_FORLOEB_INTERVAL,
        begrundelse=DovenTekst(lambda: _aktivitetstekst(antal, med)),
        kilder=(_K_ESTIMAT, _K_TABEL_1_ANTAL, K_KEMOKUR),
        fortolkninger=("IV-06",),
    )


def _aktivitetstekst(antal: int, med: bool) -> str:
    """Begrundelsen for `aktivitetsestimat` (skrives, når den læses)."""
    if med:
        return (
            f"Tabel 1 summerer til {tal(Decimal(antal))} forløb om året (»godt 2100«), "
            "heraf 700 afslutninger af kemokur, som ikke registreres som forløb (læsning, se "
            "fortolkningsloggen IV-06)."
        )
    return (
        f"Uden de 700 afslutninger af kemokur, som ikke registreres som forløb, summerer "
        f"tabel 1 til {tal(Decimal(antal))} forløb om året (læsning, se fortolkningsloggen "
        "IV-06)."
    )
