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
from typing import TYPE_CHECKING

from forloebsregler._afregning_dele import (
    INGEN_KONTRAKT,
    Afregningsposter,
    Betaler,
    Forloebsafregning,
    Forloebsinput,
    Forloebstype,
    IngenKontrakt,
    Udgiftspost,
    kraev_forloeb,
)
from forloebsregler._ledsagelse_grundlag import (
    LED_AKUT_TRANSPORT,
    LED_FIRE_TIMER,
    LED_FODNOTE,
    LED_KOERSEL,
    LED_SEN_KONTRAKT,
    LED_UKENDT_KONTRAKT,
    NUL_KR,
    kraev_tid,
    laesningstekst,
    tid_af_us,
    tid_us,
)
from forloebsregler._tekst import kr, tidspunkt
from forloebsregler.kalender import KOEBENHAVN, Kalender
from forloebsregler.kilder import (
    AFREGNINGSBLANKET_LEDSAGELSE,
    HOERINGSBEMAERKNINGER_LEDSAGELSE,
    SAMARBEJDSAFTALE_LEDSAGELSE,
)
from forloebsregler.kilometergodtgoerelse import KILDE_KILOMETER, KILDE_KM_TIL_OG_FRA
from forloebsregler.ledsagelsespris import beregn_ledsagelse
from forloebsregler.takster import Takstregister, Taksttabel
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
    f = kraev_forloeb(**locals())  # alle argumenter, kontrolleret (første sætning)
    p = Afregningsposter(f, kilder=[KILDE_TAKSTTABEL, KILDE_BETALINGSPERIODE])
    if f.kontrakt is None:
        _uoplyst_kontrakt(p)
    if f.akut:
        _akut_tid(p)
    else:
        _planlagt_tid(p)
    _koersel(p)
    _parkering(p)
    _taxa(p)
    return _afregning(p)


def _uoplyst_kontrakt(p: Afregningsposter) -> None:
    """Undtagelse: det er ikke oplyst, om og hvornår der er indgået kontrakt (LED-22)."""
    p.fortolkninger.append(LED_UKENDT_KONTRAKT)
    p.bemaerkninger.append(
        "Det er ikke oplyst, om og hvornår der er indgået kontrakt (kontrakt_indgaaet=None), "
        "så betaleren af tiden"
        + (" fra ankomsten" if p.f.akut else "")
        + " og af kørsel og udgifter, der følger kontrakten, kan ikke afgøres "
        "(fortolkningsloggen LED-22); giv INGEN_KONTRAKT, hvis der ikke er indgået kontrakt."
    )


def _planlagt_tid(p: Afregningsposter) -> None:
    """Planlagte forløb (Afregning): »Ved planlagte forløb er betaling for ledsagelse
    gældende, når transporten påbegyndes fra borgerens bopæl« — sygehuset betaler, når der
    er indgået en aftale (»Sygehuset afholder kommunens udgifter …«); uden skriftlig aftale
    ingen regning til sygehuset, så kommunen betaler.
    """
    f = p.f
    if f.kontrakt is None:
        p.tid(
            f.s_us,
            f.e_us,
            Betaler.KAN_IKKE_AFGOERES,
            "ledsagelse (ukendt, om og hvornår der er indgået kontrakt)",
            KILDE_BETALINGSPERIODE,
            (LED_UKENDT_KONTRAKT,),
        )
    elif f.kontrakt:
        p.kilder.append(KILDE_SYGEHUS_AFHOLDER)
        if f.sen_planlagt:
            _planlagt_sen_kontrakt(p)
        p.tid(
            f.k_us,
            f.e_us,
            Betaler.SYGEHUS,
            "ledsagelse (planlagt, kontrakt)",
            KILDE_BETALINGSPERIODE,
        )
    else:
        p.tid(f.s_us, f.e_us, Betaler.KOMMUNE, "ledsagelse uden kontrakt", KILDE_SKRIFTLIG_AFTALE)
        p.kilder.append(KILDE_SKRIFTLIG_AFTALE)


def _planlagt_sen_kontrakt(p: Afregningsposter) -> None:
    """Undtagelse: kontrakten er indgået efter afgang fra bopælen (Generelle forpligtelser:
    aftalen »indgås forud for planlagt behandling«). Hvem der betaler tiden før kontrakten,
    siger kilderne ikke: den betaler kan ikke afgøres (fortolkningsloggen LED-11).
    """
    f = p.f
    p.tid(
        f.s_us,
        f.k_us,
        Betaler.KAN_IKKE_AFGOERES,
        "ledsagelse før kontrakten (planlagt, kontrakt indgået efter afgang)",
        KILDE_FORUD_FOR_PLANLAGT,
        (LED_SEN_KONTRAKT,),
    )
    p.kilder.append(KILDE_FORUD_FOR_PLANLAGT)
    p.bemaerkninger.append(
        "Kontrakten er indgået efter afgang fra bopælen; aftalen skal indgås forud "
        "for planlagt behandling, og kilderne siger ikke, hvem der betaler tiden "
        "før kontrakten, så den betaler kan ikke afgøres (fortolkningsloggen LED-11)."
    )


def _akut_tid(p: Afregningsposter) -> None:
    """Akutte forløb (Generelle forpligtelser, Akutte forløb, Afregning): kommunen betaler,
    til en kontrakt er indgået; sygehuset derefter (»Betaling for ledsagelse er gældende fra
    det tidspunkt, hvor kontrakten er indgået, når der er tale om akutte forløb«). Aftalens
    betalingsregel går forud for blankettens fodnote (fortolkningsloggen LED-09).
    """
    f = p.f
    assert f.ankomst is not None
    p.frist = vurderingsfrist(f.ankomst)
    p.kilder.extend([KILDE_AKUT_FIRE_TIMER, KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT])
    if f.vagtlaege:
        p.kilder.append(KILDE_VAGTLAEGE)
    a_us = tid_us(f.ankomst)
    if f.kontrakt is None:
        _akut_turen_til_sygehuset(p, a_us)
        p.tid(
            a_us,
            f.e_us,
            Betaler.KAN_IKKE_AFGOERES,
            "ledsagelse fra ankomsten (akut, ukendt, om og hvornår der er indgået kontrakt)",
            KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT,
            (LED_UKENDT_KONTRAKT,),
        )
    elif f.kontrakt:
        p.fortolkninger.append(LED_FODNOTE)
        if f.k_us < a_us:
            _akut_turen_til_sygehuset(p, a_us)
        else:
            p.tid(
                f.s_us,
                f.k_us,
                Betaler.KOMMUNE,
                "ledsagelse før kontrakt (akut)",
                KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT,
                (LED_FODNOTE,),
            )
        p.tid(
            max(f.k_us, a_us),
            f.e_us,
            Betaler.SYGEHUS,
            "ledsagelse efter kontrakt (akut)",
            KILDE_BETALINGSPERIODE,
        )
        _akut_kontrakt_efter_frist(p)
    else:
        p.tid(f.s_us, f.e_us, Betaler.KOMMUNE, "ledsagelse uden kontrakt", KILDE_SKRIFTLIG_AFTALE)
        # Uden kontrakt fremgår det ikke, om sygehuset vurderede behovet i tide.
        p.overskredet = None


def _akut_turen_til_sygehuset(p: Afregningsposter, a_us: int) -> None:
    """Undtagelse (Afregning): »ved akutte forløb afregnes ikke for transporten til
    sygehuset« — tiden fra afgang til ankomst afregnes aldrig til sygehuset, heller ikke med
    en kontrakt indgået før ankomsten (fortolkningsloggen LED-10).
    """
    p.kilder.append(KILDE_AKUT_IKKE_TRANSPORT)
    p.tid(
        p.f.s_us,
        a_us,
        Betaler.KOMMUNE,
        "transport til sygehuset (akut, afregnes ikke)",
        KILDE_AKUT_IKKE_TRANSPORT,
        (LED_AKUT_TRANSPORT,),
    )


def _akut_kontrakt_efter_frist(p: Afregningsposter) -> None:
    """Kontrakt efter firetimersfristen (Akutte forløb; høringsbemærkningerne): det oplyses
    med beløbet mellem frist og kontrakt, men kommunen betaler stadig tiden til kontrakten
    (fortolkningsloggen LED-08).
    """
    f, frist = p.f, p.frist
    assert frist is not None
    p.overskredet = f.k_us > tid_us(frist)
    if not p.overskredet:
        return
    p.efter_frist = beregn_ledsagelse(
        frist, tid_af_us(f.k_us), takster=f.tabeller, kalender=f.kal
    ).total
    p.bemaerkninger.append(
        f"Kontrakten kom efter fristen {tidspunkt(frist)}; tiden efter "
        f"fristen ({kr(p.efter_frist)}) betales efter aftalen stadig af kommunen "
        "(fortolkningsloggen LED-08)."
    )
    p.kilder.append(KILDE_HOERING_FIRE_TIMER)
    p.fortolkninger.append(LED_FIRE_TIMER)


def _koersel(p: Afregningsposter) -> None:
    """Kørsel (Afregning): befordringsgodtgørelse til ledsager med lav kilometertakst for
    turen mellem bopæl og sygehus og ved vagtskifte; hjemturen og vagtskifte betales af
    sygehuset ved kontrakt, ellers af kommunen.
    """
    f = p.f
    if f.km_ud or f.km_ind or f.km_skift:
        p.kilder.append(KILDE_KILOMETER)
    if f.km_ind or f.km_skift:
        p.kilder.append(KILDE_KM_TIL_OG_FRA)
    _koersel_til_sygehuset(p)
    p.km(f.km_skift, "kørsel ved vagtskifte", f.betaler, KILDE_KILOMETER, f.ukendt)
    p.km(f.km_ind, "kørsel sygehus → bopæl", f.betaler, KILDE_KM_TIL_OG_FRA, f.ukendt)


def _koersel_til_sygehuset(p: Afregningsposter) -> None:
    """Kørslen bopæl → sygehus: som anden kørsel, med to undtagelser — akut afregnes den
    ikke til sygehuset (LED-10), og før en sen kontrakt i et planlagt forløb kan betaleren
    ikke afgøres (LED-11).
    """
    f = p.f
    if f.akut:
        if f.km_ud:
            p.kilder.append(KILDE_AKUT_IKKE_TRANSPORT)
        p.km(
            f.km_ud,
            "kørsel bopæl → sygehus (akut, afregnes ikke)",
            Betaler.KOMMUNE,
            KILDE_AKUT_IKKE_TRANSPORT,
            (LED_AKUT_TRANSPORT,),
        )
    elif f.sen_planlagt:
        p.km(
            f.km_ud,
            "kørsel bopæl → sygehus (før kontrakten)",
            Betaler.KAN_IKKE_AFGOERES,
            KILDE_FORUD_FOR_PLANLAGT,
            (LED_SEN_KONTRAKT,),
        )
    else:
        p.km(f.km_ud, "kørsel bopæl → sygehus", f.betaler, KILDE_KILOMETER, f.ukendt)


def _parkering(p: Afregningsposter) -> None:
    """P-afgift (Afregning: »P-afgift på sygehus, hvis betaling for parkering er påkrævet«);
    en ikke-påkrævet P-afgift bæres af kommunen (fortolkningsloggen LED-12).
    """
    f = p.f
    if not f.parkering:
        return
    p.kilder.append(KILDE_PARKERING)
    ider: tuple[str, ...]
    if f.parkering_paakraevet is None:
        betaler, ider = Betaler.KAN_IKKE_AFGOERES, ()
    elif f.parkering_paakraevet:
        betaler, ider = f.betaler, f.ukendt
    else:
        betaler, ider = Betaler.KOMMUNE, (LED_KOERSEL,)
    p.fortolkninger.extend(ider)
    p.poster.append(
        Udgiftspost(
            "P-afgift på sygehus", betaler, f.parkering, kilde=KILDE_PARKERING, fortolkninger=ider
        )
    )


def _taxa(p: Afregningsposter) -> None:
    """Taxa (afregningsblanketten, fodnote **): »Taxa kan udelukkende benyttes i særlige
    situationer …« — med kontrakt betaler sygehuset hjemtransporten, uden kommunen; uden
    en særlig situation siger kilderne ikke, hvem der betaler.
    """
    f = p.f
    if not f.taxa:
        return
    p.kilder.append(KILDE_TAXA)
    ider: tuple[str, ...] = ()
    if f.taxa_saerlig:
        betaler, ider = f.betaler, f.ukendt
        p.fortolkninger.extend(ider)
    else:
        betaler = Betaler.KAN_IKKE_AFGOERES
        p.bemaerkninger.append(
            "Taxa kan udelukkende benyttes i særlige situationer; "
            + (
                "det er ikke oplyst, om der var en særlig situation"
                if f.taxa_saerlig is None
                else "uden en særlig situation siger kilderne ikke, hvem der betaler"
            )
            + ", så betaleren af taxaen kan ikke afgøres."
        )
    p.poster.append(
        Udgiftspost("taxa (hjemtransport)", betaler, f.taxa, kilde=KILDE_TAXA, fortolkninger=ider)
    )


def _afregning(p: Afregningsposter) -> Forloebsafregning:
    """Resultatet: totaler pr. betaler, begrundelse og alle brugte kilder og tal."""
    f = p.f
    totaler = {
        b: sum((post.beloeb for post in p.poster if post.betaler is b), NUL_KR) for b in Betaler
    }
    ider = tuple(sorted(set(p.fortolkninger)))
    return Forloebsafregning(
        forloebstype=f.typ,
        poster=tuple(p.poster),
        total_sygehus=totaler[Betaler.SYGEHUS],
        total_kommune=totaler[Betaler.KOMMUNE],
        total_kan_ikke_afgoeres=totaler[Betaler.KAN_IKKE_AFGOERES],
        vurderingsfrist=p.frist,
        frist_overskredet=p.overskredet,
        beloeb_efter_frist=p.efter_frist,
        bemaerkninger=tuple(p.bemaerkninger),
        begrundelse=_begrundelse(f, totaler, p.frist) + laesningstekst(ider),
        kilder=tuple(dict.fromkeys(p.kilder)),
        fortolkninger=ider,
        anvendte_parametre=tuple(
            dict.fromkeys(a for post in p.poster for a in post.anvendte_parametre)
        ),
    )


def _begrundelse(f: Forloebsinput, totaler: dict[Betaler, Decimal], frist: datetime | None) -> str:
    begrundelse = (
        f"{'Akut' if f.akut else 'Planlagt'} forløb "
        + (
            "med kontrakt"
            if f.kontrakt
            else "uden kontrakt"
            if f.kontrakt is False
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
        begrundelse += f" Sygehusets frist for vurderingen var {tidspunkt(frist)}."
    return begrundelse
