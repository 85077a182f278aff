"""Afregning af et ledsagelsesforløb: hvem betaler hvilken tid og hvilke udgifter.

Kilder: *Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i
forbindelse med sygehusbehandling* — **Generelle forpligtelser** (kommunen betaler, til en
kontrakt er indgået; aftalen indgås forud for planlagt behandling), **Akutte forløb**
(firetimersfristen; vagtlægen), **Afregning** (betalingsperioden, sygehuset afholder
udgifterne, transport, kilometer, P-afgift, »ved akutte forløb afregnes ikke for transporten
til sygehuset«, skriftlig aftale); *afregningsblanketten*, fodnote * og ** (betalingsperiode
og taxa); *høringsbemærkningerne* om firetimersgrænsen.

- `vurderingsfrist(ankomst)`: sygehusets frist, fire reelle timer efter ankomsten.
- `afregn_forloeb(...)`: grundreglen er betalingsperioden (planlagt: sygehuset betaler fra
  afgang fra bopælen med kontrakt forud; akut: kommunen til kontrakten, sygehuset derefter);
  undtagelserne er navngivne trin ved siden af deres passage: turen til sygehuset i et akut
  forløb (LED-10), kontrakt efter fristen (LED-08), sen kontrakt i et planlagt forløb
  (LED-11), uoplyst kontrakt (LED-22), kørsel, P-afgift (LED-12) og taxa.

Prisen for en periode står i `forloebsregler.ledsagelsespris`; fakturaen i
`forloebsregler.fakturering`.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING

import attrs

from forloebsregler._ledsagelse_grundlag import (
    LED_AKUT_TRANSPORT,
    LED_FIRE_TIMER,
    LED_FODNOTE,
    LED_KM_SATS,
    LED_KOERSEL,
    LED_SEN_KONTRAKT,
    LED_UKENDT_KONTRAKT,
    NUL_KR,
    kraev_km,
    kraev_kroner,
    kraev_periode,
    kraev_tid,
    laesningstekst,
    tid_af_us,
    tid_us,
)
from forloebsregler._parametre import DateretParameter
from forloebsregler._resultat import Resultat
from forloebsregler._tekst import kr
from forloebsregler._valider import kraev_bool, kraev_enum, kraev_valgfri_bool
from forloebsregler.fejl import PeriodeFejl, UgyldigVaerdiFejl
from forloebsregler.kalender import KOEBENHAVN, Kalender, kraev_kalender
from forloebsregler.kilder import (
    AFREGNINGSBLANKET_LEDSAGELSE,
    HOERINGSBEMAERKNINGER_LEDSAGELSE,
    SAMARBEJDSAFTALE_LEDSAGELSE,
    Kilde,
)
from forloebsregler.kilometergodtgoerelse import (
    KILDE_KILOMETER,
    KILDE_KM_TIL_OG_FRA,
    beregn_kilometergodtgoerelse,
)
from forloebsregler.ledsagelsespris import Takstlinje, beregn_ledsagelse
from forloebsregler.takster import Takstregister, Taksttabel, kraev_takster
from forloebsregler.takstperioder import KILDE_TAKSTTABEL

if TYPE_CHECKING:
    from forloebsregler.typer import ForloebstypeArg

__all__ = [
    "FIRE_TIMER",
    "INGEN_KONTRAKT",
    "Betaler",
    "Forloebsafregning",
    "Forloebstype",
    "IngenKontrakt",
    "Udgiftspost",
    "afregn_forloeb",
    "vurderingsfrist",
]

_AFSNIT_AFREGNING = "Afregning"

KILDE_AKUT_FIRE_TIMER = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    "Akutte forløb",
    "Sygehuset skal vurdere borgerens behov for fortsat ledsagelse hurtigst muligt og senest "
    "fire timer efter ankomsten",
)
KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    "Generelle forpligtelser",
    "Udgifterne til ledsagelse frem til det tidspunkt, hvor en kontrakt er indgået, dækkes af "
    "kommunen.",
)
KILDE_HOERING_FIRE_TIMER = HOERINGSBEMAERKNINGER_LEDSAGELSE.kilde(
    "Høringsbemærkninger (arbejdsgruppens svar om firetimersgrænsen)",
    "Det fremgår under \u201dGenerelle forpligtelser\u201d fjerde afsnit: \u201d Udgifterne til "
    "ledsagelse frem til det tidspunkt, hvor en kontrakt er indgået, dækkes af kommunen\u201d.",
)
KILDE_VAGTLAEGE = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    "Akutte forløb",
    "Kommunen betaler for ledsagelse i de tilfælde, hvor borgeren behandles hos vagtlægen. … "
    "Denne vurdering skal senest foreligge fire timer efter ankomsten til akutmodtagelsen.",
)
KILDE_BETALINGSPERIODE = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING,
    "Betaling for ledsagelse er gældende fra det tidspunkt, hvor kontrakten er indgået, når "
    "der er tale om akutte forløb. Ved planlagte forløb er betaling for ledsagelse gældende, "
    "når transporten påbegyndes fra borgerens bopæl.",
)
KILDE_SYGEHUS_AFHOLDER = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING,
    "Sygehuset afholder kommunens udgifter til ledsagelse og anvendt tid under ophold på "
    "sygehuset, når der er indgået en aftale om ledsagelse.",
)
KILDE_BLANKET_FODNOTE = AFREGNINGSBLANKET_LEDSAGELSE.kilde(
    "Fodnote *",
    "Betaling for ledsagelse er gældende fra det tidspunkt, hvor transporten påbegyndes fra "
    "borgerens bopæl til transporten afsluttes ved borgerens bopæl. Undtagelse: Hvis borgeren "
    "først behandles hos vagtlægen jf. aftalen.",
)

KILDE_FORUD_FOR_PLANLAGT = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    "Generelle forpligtelser",
    "skal den konkrete aftale med kommunen indgås forud for planlagt behandling.",
)
KILDE_AKUT_IKKE_TRANSPORT = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING, "Bemærk, at ved akutte forløb afregnes ikke for transporten til sygehuset."
)
KILDE_PARKERING = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING, "P-afgift på sygehus, hvis betaling for parkering er påkrævet"
)
KILDE_TAXA = AFREGNINGSBLANKET_LEDSAGELSE.kilde(
    "Fodnote **",
    "Taxa kan udelukkende benyttes i særlige situationer, fx hvis der er sket ledsagelse i "
    "ambulance. Hvis der indgås kontrakt betaler sygehus for hjemtransport. Hvis der ikke "
    "indgås kontrakt betaler kommunen hjemtransport.",
)
KILDE_SKRIFTLIG_AFTALE = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING,
    "Kommunerne kan kun fremsende regninger for borgere, hvor der er indgået en skriftlig "
    "aftale med sygehuset om ledsagelse i forbindelse med sygehusbehandling.",
)

# --------------------------------------------------------------------------- fire timer

FIRE_TIMER = timedelta(hours=4)
"""Fristen for sygehusets vurdering i akutte forløb (Akutte forløb): fire reelle timer."""


def vurderingsfrist(ankomst: datetime | str) -> datetime:
    """Senest hvornår sygehuset skal have vurderet behovet for fortsat ledsagelse (akut).

    Fristen er fire reelle timer efter ankomsten (ved vagtlæge: ankomsten til
    akutmodtagelsen), regnet i UTC og vist i dansk tid — en sommertidsnat forskyder
    ikke fristen.
    """
    a = kraev_tid(ankomst, "ankomst")
    return (a.astimezone(UTC) + FIRE_TIMER).astimezone(KOEBENHAVN)


# --------------------------------------------------------------------------- afregning


class Forloebstype(Enum):
    """Akut eller planlagt behandlingsforløb (Standardkontrakt punkt 5)."""

    AKUT = "Akut behandling/undersøgelse"
    PLANLAGT = "Planlagt behandling/undersøgelse"


class Betaler(Enum):
    """Hvem der betaler en post."""

    SYGEHUS = "sygehuset"
    KOMMUNE = "kommunen"
    KAN_IKKE_AFGOERES = "kan ikke afgøres"


class IngenKontrakt(Enum):
    """Det udtrykkelige svar »der er ikke indgået kontrakt« til `afregn_forloeb`.

    `kontrakt_indgaaet=None` betyder *ukendt* (ikke oplyst), ikke »ingen kontrakt«
    (fortolkningsloggen LED-22).
    """

    INGEN_KONTRAKT = "ingen kontrakt"


INGEN_KONTRAKT = IngenKontrakt.INGEN_KONTRAKT
"""Giv `kontrakt_indgaaet=INGEN_KONTRAKT`, når det vides, at der ikke er indgået kontrakt."""


@attrs.frozen
class Udgiftspost(Resultat):
    """Én post i afregningen af et forløb: tid, kørsel, parkering eller taxa."""

    beskrivelse: str
    betaler: Betaler
    beloeb: Decimal
    fra: datetime | None = None
    til: datetime | None = None
    linjer: tuple[Takstlinje, ...] = ()
    kilde: Kilde | None = None
    fortolkninger: tuple[str, ...] = ()
    """Fortolkningslogens afsnit, postens betaler eller beløb hviler på."""
    anvendte_parametre: tuple[DateretParameter, ...] = ()
    """De daterede tal (takster, kilometersats), postens beløb er regnet med."""


@attrs.frozen
class Forloebsafregning(Resultat):
    """Et helt ledsagelsesforløb afregnet post for post med betaler."""

    forloebstype: Forloebstype
    poster: tuple[Udgiftspost, ...]
    total_sygehus: Decimal
    total_kommune: Decimal
    total_kan_ikke_afgoeres: Decimal
    vurderingsfrist: datetime | None
    frist_overskredet: bool | None
    beloeb_efter_frist: Decimal
    """Beløbet for tid efter fristen og før kontrakten; kommunen betaler det stadig."""
    bemaerkninger: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()
    """Fortolkningslogens afsnit, afregningen hviler på (fx ``("LED-08", "LED-10")``)."""
    anvendte_parametre: tuple[DateretParameter, ...] = ()
    """Alle daterede tal, afregningen har brugt (hver én gang), så den kan genberegnes."""


def _valgfri_aware(vaerdi: object, navn: str) -> datetime | None:
    return None if vaerdi is None else kraev_tid(vaerdi, navn)


def afregn_forloeb(
    forloebstype: ForloebstypeArg,
    afgang_hjem: datetime | str,
    hjemkomst: datetime | str,
    *,
    kontrakt_indgaaet: datetime | str | IngenKontrakt | None = INGEN_KONTRAKT,
    ankomst: datetime | str | None = None,
    foerst_vagtlaege: bool = False,
    km_til_sygehus: Decimal | int | str = 0,
    km_hjem: Decimal | int | str = 0,
    km_vagtskifte: Decimal | int | str = 0,
    km_sats: Decimal | int | str | None = None,
    parkering: Decimal | int | str = 0,
    parkering_paakraevet: bool | None = None,
    taxa: Decimal | int | str = 0,
    taxa_saerlig_situation: bool | None = None,
    takster: Taksttabel | Takstregister | os.PathLike[str] | None = None,
    kalender: Kalender | None = None,
) -> Forloebsafregning:
    """Afregn et helt forløb: hvem betaler hvilken tid og hvilke udgifter.

    - Tiden regnes fra `afgang_hjem` (transporten påbegyndes fra bopælen) til `hjemkomst`
      og prissættes med `beregn_ledsagelse` (højst `MAKS_VARIGHED`).
    - Planlagt forløb med kontrakt indgået senest ved afgang: sygehuset betaler hele tiden.
      Er kontrakten indgået efter afgang, er tiden før kontrakten (og kørslen til sygehuset)
      en særskilt post, hvis betaler ikke kan afgøres: kilderne kræver kontrakten forud og
      siger ikke, hvem der betaler timerne før den (fortolkningsloggen LED-11).
      Uden kontrakt (`INGEN_KONTRAKT`, standard): kommunen.
    - `kontrakt_indgaaet=None` betyder, at det ikke er oplyst, om og hvornår der er indgået
      kontrakt: betaleren af tiden (i et akut forløb: fra ankomsten), af kørslen og af
      udgifter, der følger kontrakten, kan ikke afgøres (fortolkningsloggen LED-22).
    - Akut forløb: kommunen betaler til `kontrakt_indgaaet`, sygehuset derefter — men aldrig
      for transporten til sygehuset: tiden fra afgang til `ankomst` og kilometrene dertil
      afregnes ikke til sygehuset, uanset hvornår kontrakten er indgået (LED-10). Fristen
      for sygehusets vurdering er fire timer efter `ankomst` (ved `foerst_vagtlaege`: ankomst
      til akutmodtagelsen). Kommer kontrakten efter fristen, oplyses det og beløbet mellem
      frist og kontrakt — betaleren ændres ikke (LED-08).
    - Kørsel med lav kilometertakst (`km_sats` eller satsen på afgangsdatoen); hjemturen og
      vagtskifte betales af sygehuset ved kontrakt, ellers af kommunen. P-afgift afregnes,
      når betaling er påkrævet; taxa kun i særlige situationer — taxa uden for en særlig
      situation har ingen kendt betaler.
    Ukendte forhold (fx `taxa_saerlig_situation=None`) giver betaler `KAN_IKKE_AFGOERES`.

    Beløb (`parkering`, `taxa`, `km_sats`) er kroner med højst to decimaler; alle beløb i
    resultatet er kvantiseret til øre. `fortolkninger` nævner de læsninger i
    fortolkningsloggen, svaret hviler på.
    """
    typ = kraev_enum(Forloebstype, forloebstype, "forloebstype")
    tabeller = kraev_takster(takster)
    kal = kraev_kalender(kalender)
    s, e, s_us, e_us = kraev_periode(afgang_hjem, hjemkomst, ("afgang_hjem", "hjemkomst"))
    kontrakt_ukendt = kontrakt_indgaaet is None
    k = (
        None
        if kontrakt_indgaaet is None or kontrakt_indgaaet is INGEN_KONTRAKT
        else kraev_tid(kontrakt_indgaaet, "kontrakt_indgaaet")
    )
    a = _valgfri_aware(ankomst, "ankomst")
    vagtlaege = kraev_bool(foerst_vagtlaege, "foerst_vagtlaege")
    km_ud = kraev_km(km_til_sygehus, "km_til_sygehus")
    km_ind = kraev_km(km_hjem, "km_hjem")
    km_skift = kraev_km(km_vagtskifte, "km_vagtskifte")
    p_beloeb = kraev_kroner(parkering, "parkering")
    p_kraevet = kraev_valgfri_bool(parkering_paakraevet, "parkering_paakraevet")
    taxa_beloeb = kraev_kroner(taxa, "taxa")
    taxa_saerlig = kraev_valgfri_bool(taxa_saerlig_situation, "taxa_saerlig_situation")
    if a is not None and not s_us <= tid_us(a) <= e_us:
        raise PeriodeFejl(
            f"ankomst: fik {a.isoformat()}, som ligger uden for forløbet {s.isoformat()} – "
            f"{e.isoformat()}; accepterer et tidspunkt mellem afgang_hjem og hjemkomst"
        )
    if typ is Forloebstype.AKUT and a is None:
        raise UgyldigVaerdiFejl(
            "ankomst: fik None; et akut forløb kræver ankomsttidspunktet (ved vagtlæge: "
            "ankomst til akutmodtagelsen) for at regne firetimersfristen"
        )
    k_us = e_us if k is None else min(max(tid_us(k), s_us), e_us)
    sats = None if km_sats is None else kraev_kroner(km_sats, "km_sats", maks_vaerdi=1000)

    kontrakt: bool | None = None if kontrakt_ukendt else k is not None
    poster: list[Udgiftspost] = []
    bemaerkninger: list[str] = []
    kilder: list[Kilde] = [KILDE_TAKSTTABEL, KILDE_BETALINGSPERIODE]
    fortolkninger: list[str] = []

    def tid(
        fra_us: int,
        til_us: int,
        betaler: Betaler,
        tekst: str,
        kilde: Kilde,
        laesninger: tuple[str, ...] = (),
    ) -> None:
        if til_us <= fra_us:
            return
        ber = beregn_ledsagelse(
            tid_af_us(fra_us), tid_af_us(til_us), takster=tabeller, kalender=kal
        )
        ider = tuple(sorted({*laesninger, *ber.fortolkninger}))
        fortolkninger.extend(ider)
        poster.append(
            Udgiftspost(
                beskrivelse=tekst,
                betaler=betaler,
                beloeb=ber.total,
                fra=ber.start,
                til=ber.slut,
                linjer=ber.linjer,
                kilde=kilde,
                fortolkninger=ider,
                anvendte_parametre=ber.anvendte_parametre,
            )
        )

    frist: datetime | None = None
    overskredet: bool | None = None
    efter_frist = NUL_KR
    sen_planlagt = typ is Forloebstype.PLANLAGT and kontrakt is True and k_us > s_us
    if kontrakt is None:
        fortolkninger.append(LED_UKENDT_KONTRAKT)
        bemaerkninger.append(
            "Det er ikke oplyst, om og hvornår der er indgået kontrakt (kontrakt_indgaaet=None), "
            "så betaleren af tiden"
            + (" fra ankomsten" if typ is Forloebstype.AKUT else "")
            + " og af kørsel og udgifter, der følger kontrakten, kan ikke afgøres "
            "(fortolkningsloggen LED-22); giv INGEN_KONTRAKT, hvis der ikke er indgået kontrakt."
        )
    if typ is Forloebstype.PLANLAGT:
        if kontrakt is None:
            tid(
                s_us,
                e_us,
                Betaler.KAN_IKKE_AFGOERES,
                "ledsagelse (ukendt, om og hvornår der er indgået kontrakt)",
                KILDE_BETALINGSPERIODE,
                (LED_UKENDT_KONTRAKT,),
            )
        elif kontrakt:
            tid(
                s_us,
                k_us,
                Betaler.KAN_IKKE_AFGOERES,
                "ledsagelse før kontrakten (planlagt, kontrakt indgået efter afgang)",
                KILDE_FORUD_FOR_PLANLAGT,
                (LED_SEN_KONTRAKT,),
            )
            tid(
                k_us,
                e_us,
                Betaler.SYGEHUS,
                "ledsagelse (planlagt, kontrakt)",
                KILDE_BETALINGSPERIODE,
            )
            kilder.append(KILDE_SYGEHUS_AFHOLDER)
            if sen_planlagt:
                kilder.append(KILDE_FORUD_FOR_PLANLAGT)
                bemaerkninger.append(
                    "Kontrakten er indgået efter afgang fra bopælen; aftalen skal indgås forud "
                    "for planlagt behandling, og kilderne siger ikke, hvem der betaler tiden "
                    "før kontrakten, så den betaler kan ikke afgøres (fortolkningsloggen LED-11)."
                )
        else:
            tid(s_us, e_us, Betaler.KOMMUNE, "ledsagelse uden kontrakt", KILDE_SKRIFTLIG_AFTALE)
            kilder.append(KILDE_SKRIFTLIG_AFTALE)
    else:
        assert a is not None
        a_us = tid_us(a)
        frist = vurderingsfrist(a)
        kilder.extend([KILDE_AKUT_FIRE_TIMER, KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT])
        if vagtlaege:
            kilder.append(KILDE_VAGTLAEGE)
        frist_us = tid_us(frist)
        if kontrakt is None:
            # Turen til sygehuset afregnes aldrig til sygehuset (LED-10); resten er ukendt.
            kilder.append(KILDE_AKUT_IKKE_TRANSPORT)
            tid(
                s_us,
                a_us,
                Betaler.KOMMUNE,
                "transport til sygehuset (akut, afregnes ikke)",
                KILDE_AKUT_IKKE_TRANSPORT,
                (LED_AKUT_TRANSPORT,),
            )
            tid(
                a_us,
                e_us,
                Betaler.KAN_IKKE_AFGOERES,
                "ledsagelse fra ankomsten (akut, ukendt, om og hvornår der er indgået kontrakt)",
                KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT,
                (LED_UKENDT_KONTRAKT,),
            )
        elif kontrakt:
            fortolkninger.append(LED_FODNOTE)
            sygehus_fra = max(k_us, a_us)
            if k_us < a_us:
                # Kontrakten før ankomsten: turen til sygehuset afregnes alligevel ikke.
                kilder.append(KILDE_AKUT_IKKE_TRANSPORT)
                tid(
                    s_us,
                    a_us,
                    Betaler.KOMMUNE,
                    "transport til sygehuset (akut, afregnes ikke)",
                    KILDE_AKUT_IKKE_TRANSPORT,
                    (LED_AKUT_TRANSPORT,),
                )
            else:
                tid(
                    s_us,
                    k_us,
                    Betaler.KOMMUNE,
                    "ledsagelse før kontrakt (akut)",
                    KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT,
                    (LED_FODNOTE,),
                )
            tid(
                sygehus_fra,
                e_us,
                Betaler.SYGEHUS,
                "ledsagelse efter kontrakt (akut)",
                KILDE_BETALINGSPERIODE,
            )
            overskredet = k_us > frist_us
            if overskredet:
                efter_frist = beregn_ledsagelse(
                    frist, tid_af_us(k_us), takster=tabeller, kalender=kal
                ).total
                bemaerkninger.append(
                    f"Kontrakten kom efter fristen {frist:%d.%m.%Y kl. %H:%M}; tiden efter "
                    f"fristen ({kr(efter_frist)}) betales efter aftalen stadig af kommunen "
                    "(fortolkningsloggen LED-08)."
                )
                kilder.append(KILDE_HOERING_FIRE_TIMER)
                fortolkninger.append(LED_FIRE_TIMER)
        else:
            tid(s_us, e_us, Betaler.KOMMUNE, "ledsagelse uden kontrakt", KILDE_SKRIFTLIG_AFTALE)
            # Uden kontrakt fremgår det ikke, om sygehuset vurderede behovet i tide.
            overskredet = None

    dato = s.astimezone(KOEBENHAVN).date()

    def km_post(
        km: Decimal, tekst: str, betaler: Betaler, kilde: Kilde, laesninger: tuple[str, ...] = ()
    ) -> None:
        if km == 0:
            return
        g = beregn_kilometergodtgoerelse(km, dato, sats=sats)
        ider = laesninger if sats is not None else (*laesninger, LED_KM_SATS)
        fortolkninger.extend(ider)
        poster.append(
            Udgiftspost(
                beskrivelse=tekst,
                betaler=betaler,
                beloeb=g.beloeb,
                kilde=kilde,
                fortolkninger=ider,
                anvendte_parametre=g.anvendte_parametre,
            )
        )

    ukendt: tuple[str, ...] = (LED_UKENDT_KONTRAKT,) if kontrakt is None else ()
    if km_ud or km_ind or km_skift:
        kilder.append(KILDE_KILOMETER)
    if km_ind or km_skift:
        kilder.append(KILDE_KM_TIL_OG_FRA)
    if typ is Forloebstype.AKUT:
        if km_ud:
            kilder.append(KILDE_AKUT_IKKE_TRANSPORT)
        km_post(
            km_ud,
            "kørsel bopæl → sygehus (akut, afregnes ikke)",
            Betaler.KOMMUNE,
            KILDE_AKUT_IKKE_TRANSPORT,
            (LED_AKUT_TRANSPORT,),
        )
    elif sen_planlagt:
        km_post(
            km_ud,
            "kørsel bopæl → sygehus (før kontrakten)",
            Betaler.KAN_IKKE_AFGOERES,
            KILDE_FORUD_FOR_PLANLAGT,
            (LED_SEN_KONTRAKT,),
        )
    else:
        km_post(km_ud, "kørsel bopæl → sygehus", _betaler(kontrakt), KILDE_KILOMETER, ukendt)
    km_post(km_skift, "kørsel ved vagtskifte", _betaler(kontrakt), KILDE_KILOMETER, ukendt)
    km_post(km_ind, "kørsel sygehus → bopæl", _betaler(kontrakt), KILDE_KM_TIL_OG_FRA, ukendt)
    if p_beloeb:
        kilder.append(KILDE_PARKERING)
        p_ider: tuple[str, ...]
        if p_kraevet is None:
            p_betaler, p_ider = Betaler.KAN_IKKE_AFGOERES, ()
        elif p_kraevet:
            p_betaler, p_ider = _betaler(kontrakt), ukendt
        else:
            p_betaler, p_ider = Betaler.KOMMUNE, (LED_KOERSEL,)
        fortolkninger.extend(p_ider)
        poster.append(
            Udgiftspost(
                "P-afgift på sygehus",
                p_betaler,
                p_beloeb,
                kilde=KILDE_PARKERING,
                fortolkninger=p_ider,
            )
        )
    if taxa_beloeb:
        kilder.append(KILDE_TAXA)
        t_ider: tuple[str, ...] = ()
        if taxa_saerlig:
            t_betaler, t_ider = _betaler(kontrakt), ukendt
            fortolkninger.extend(t_ider)
        else:
            t_betaler = Betaler.KAN_IKKE_AFGOERES
            bemaerkninger.append(
                "Taxa kan udelukkende benyttes i særlige situationer; "
                + (
                    "det er ikke oplyst, om der var en særlig situation"
                    if taxa_saerlig is None
                    else "uden en særlig situation siger kilderne ikke, hvem der betaler"
                )
                + ", så betaleren af taxaen kan ikke afgøres."
            )
        poster.append(
            Udgiftspost(
                "taxa (hjemtransport)",
                t_betaler,
                taxa_beloeb,
                kilde=KILDE_TAXA,
                fortolkninger=t_ider,
            )
        )

    totaler = {b: sum((p.beloeb for p in poster if p.betaler is b), NUL_KR) for b in Betaler}
    ider = tuple(sorted(set(fortolkninger)))
    begrundelse = (
        f"{'Akut' if typ is Forloebstype.AKUT else 'Planlagt'} forløb "
        + (
            "med kontrakt"
            if kontrakt
            else "uden kontrakt"
            if kontrakt is False
            else "(uoplyst, om der er indgået kontrakt)"
        )
        + ": sygehuset betaler "
        f"{kr(totaler[Betaler.SYGEHUS])}, kommunen {kr(totaler[Betaler.KOMMUNE])}"
    )
    if totaler[Betaler.KAN_IKKE_AFGOERES]:
        begrundelse += f"; for {kr(totaler[Betaler.KAN_IKKE_AFGOERES])} kan betaleren ikke afgøres"
    if not begrundelse.endswith("."):
        begrundelse += "."
    if frist is not None:
        begrundelse += f" Sygehusets frist for vurderingen var {frist:%d.%m.%Y kl. %H:%M}."
    begrundelse += laesningstekst(ider)
    return Forloebsafregning(
        forloebstype=typ,
        poster=tuple(poster),
        total_sygehus=totaler[Betaler.SYGEHUS],
        total_kommune=totaler[Betaler.KOMMUNE],
        total_kan_ikke_afgoeres=totaler[Betaler.KAN_IKKE_AFGOERES],
        vurderingsfrist=frist,
        frist_overskredet=overskredet,
        beloeb_efter_frist=efter_frist,
        bemaerkninger=tuple(bemaerkninger),
        begrundelse=begrundelse,
        kilder=tuple(dict.fromkeys(kilder)),
        fortolkninger=ider,
        anvendte_parametre=tuple(dict.fromkeys(a for p in poster for a in p.anvendte_parametre)),
    )


def _betaler(kontrakt: bool | None) -> Betaler:
    if kontrakt is None:
        return Betaler.KAN_IKKE_AFGOERES
    return Betaler.SYGEHUS if kontrakt else Betaler.KOMMUNE
