"""Afregningens ordforråd (privat): forløbstype, betaler, poster, resultat og kontrolleret input.

De offentlige typer (`Forloebstype`, `Betaler`, `IngenKontrakt`/`INGEN_KONTRAKT`,
`Udgiftspost`, `Forloebsafregning`) genudsendes af `forloebsregler.afregning`, som holder
reglerne; her ligger kun, hvad reglerne arbejder med:

- `kraev_forloeb`: `afregn_forloeb`s argumenter kontrolleret i deres rækkefølge, som et
  `Forloebsinput` (tider som mikrosekunder i UTC);
- `Afregningsposter`: afregningen under opbygning (poster, bemærkninger, kilder og læsninger
  i den rækkefølge, de opstår), med en post for en periodes ledsagelse (`tid`) og for
  kørsel (`km`).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import Enum

import attrs

from forloebsregler._ledsagelse_grundlag import (
    LED_KM_SATS,
    LED_UKENDT_KONTRAKT,
    NUL_KR,
    kraev_km,
    kraev_kroner,
    kraev_periode,
    kraev_tid,
    tid_af_us,
    tid_us,
)
from forloebsregler._parametre import DateretParameter
from forloebsregler._resultat import Resultat
from forloebsregler._valider import kraev_bool, kraev_enum, kraev_valgfri_bool
from forloebsregler.fejl import PeriodeFejl, UgyldigVaerdiFejl
from forloebsregler.kalender import KOEBENHAVN, Kalender, kraev_kalender
from forloebsregler.kilder import Kilde
from forloebsregler.kilometergodtgoerelse import beregn_kilometergodtgoerelse
from forloebsregler.ledsagelsespris import Takstlinje, beregn_ledsagelse
from forloebsregler.takster import Takstregister, Taksttabel
from forloebsregler.takstfiler import kraev_takster

__all__: list[str] = []


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


@attrs.frozen
class Forloebsinput:
    """Et forløbs kontrollerede input til `afregn_forloeb` (tider som mikrosekunder i UTC)."""

    typ: Forloebstype
    tabeller: Taksttabel | Takstregister
    kal: Kalender
    start: datetime
    s_us: int
    e_us: int
    kontrakt: bool | None
    """Om der er indgået kontrakt; `None`: ikke oplyst (fortolkningsloggen LED-22)."""
    k_us: int
    """Kontraktens tidspunkt inden for forløbet (slut, når der ingen kontrakt er)."""
    ankomst: datetime | None
    vagtlaege: bool
    km_ud: Decimal
    km_ind: Decimal
    km_skift: Decimal
    sats: Decimal | None
    parkering: Decimal
    parkering_paakraevet: bool | None
    taxa: Decimal
    taxa_saerlig: bool | None

    @property
    def akut(self) -> bool:
        return self.typ is Forloebstype.AKUT

    @property
    def sen_planlagt(self) -> bool:
        """Planlagt forløb med kontrakt indgået efter afgang fra bopælen (LED-11)."""
        return self.typ is Forloebstype.PLANLAGT and self.kontrakt is True and self.k_us > self.s_us

    @property
    def betaler(self) -> Betaler:
        """Betaleren af det, der følger kontrakten: sygehuset med, kommunen uden, ellers ukendt."""
        return betaler_for(self.kontrakt)

    @property
    def ukendt(self) -> tuple[str, ...]:
        """Læsningen LED-22, når det ikke er oplyst, om der er indgået kontrakt."""
        return (LED_UKENDT_KONTRAKT,) if self.kontrakt is None else ()


def kraev_forloeb(
    *,
    forloebstype: object,
    afgang_hjem: object,
    hjemkomst: object,
    kontrakt_indgaaet: object,
    ankomst: object,
    foerst_vagtlaege: object,
    km_til_sygehus: object,
    km_hjem: object,
    km_vagtskifte: object,
    km_sats: object,
    parkering: object,
    parkering_paakraevet: object,
    taxa: object,
    taxa_saerlig_situation: object,
    takster: object,
    kalender: object,
) -> Forloebsinput:
    """Kontrollér argumenterne til `afregn_forloeb` (i argumenternes rækkefølge)."""
    typ = kraev_enum(Forloebstype, forloebstype, "forloebstype")
    tabeller = kraev_takster(takster)
    kal = kraev_kalender(kalender)
    s, e, s_us, e_us = kraev_periode(afgang_hjem, hjemkomst, ("afgang_hjem", "hjemkomst"))
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
    _kraev_ankomst(a, typ, s, e)
    return Forloebsinput(
        typ=typ,
        tabeller=tabeller,
        kal=kal,
        start=s,
        s_us=s_us,
        e_us=e_us,
        kontrakt=None if kontrakt_indgaaet is None else k is not None,
        k_us=e_us if k is None else min(max(tid_us(k), s_us), e_us),
        ankomst=a,
        vagtlaege=vagtlaege,
        km_ud=km_ud,
        km_ind=km_ind,
        km_skift=km_skift,
        sats=None if km_sats is None else kraev_kroner(km_sats, "km_sats", maks_vaerdi=1000),
        parkering=p_beloeb,
        parkering_paakraevet=p_kraevet,
        taxa=taxa_beloeb,
        taxa_saerlig=taxa_saerlig,
    )


def _kraev_ankomst(a: datetime | None, typ: Forloebstype, s: datetime, e: datetime) -> None:
    """Ankomsten ligger i forløbet; et akut forløb kræver den (firetimersfristen regnes fra den)."""
    if a is not None and not tid_us(s) <= tid_us(a) <= tid_us(e):
        raise PeriodeFejl(
            f"ankomst: fik {a.isoformat()}, som ligger uden for forløbet {s.isoformat()} – "
            f"{e.isoformat()}; accepterer et tidspunkt mellem afgang_hjem og hjemkomst"
        )
    if typ is Forloebstype.AKUT and a is None:
        raise UgyldigVaerdiFejl(
            "ankomst: fik None; et akut forløb kræver ankomsttidspunktet (ved vagtlæge: "
            "ankomst til akutmodtagelsen) for at regne firetimersfristen"
        )


@attrs.define
class Afregningsposter:
    """Afregningen under opbygning: poster, bemærkninger, kilder og læsninger i rækkefølge."""

    f: Forloebsinput
    poster: list[Udgiftspost] = attrs.Factory(list)
    bemaerkninger: list[str] = attrs.Factory(list)
    kilder: list[Kilde] = attrs.Factory(list)
    fortolkninger: list[str] = attrs.Factory(list)
    frist: datetime | None = None
    overskredet: bool | None = None
    efter_frist: Decimal = NUL_KR

    def tid(
        self,
        fra: int,
        til: int,
        betaler: Betaler,
        tekst: str,
        kilde: Kilde,
        laesninger: tuple[str, ...] = (),
    ) -> None:
        """En post for ledsagelsen fra `fra` til `til` (intet, hvis perioden er tom)."""
        if til <= fra:
            return
        f = self.f
        ber = beregn_ledsagelse(tid_af_us(fra), tid_af_us(til), takster=f.tabeller, kalender=f.kal)
        ider = tuple(sorted({*laesninger, *ber.fortolkninger}))
        self.fortolkninger.extend(ider)
        self.poster.append(
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

    def km(
        self,
        km: Decimal,
        tekst: str,
        betaler: Betaler,
        kilde: Kilde,
        laesninger: tuple[str, ...] = (),
    ) -> None:
        """En kørselspost efter lav kilometertakst på afgangsdatoen (intet ved 0 km)."""
        if km == 0:
            return
        f = self.f
        dato = f.start.astimezone(KOEBENHAVN).date()
        g = beregn_kilometergodtgoerelse(km, dato, sats=f.sats)
        ider = laesninger if f.sats is not None else (*laesninger, LED_KM_SATS)
        self.fortolkninger.extend(ider)
        self.poster.append(
            Udgiftspost(
                beskrivelse=tekst,
                betaler=betaler,
                beloeb=g.beloeb,
                kilde=kilde,
                fortolkninger=ider,
                anvendte_parametre=g.anvendte_parametre,
            )
        )


def betaler_for(kontrakt: bool | None) -> Betaler:
    if kontrakt is None:
        return Betaler.KAN_IKKE_AFGOERES
    return Betaler.SYGEHUS if kontrakt else Betaler.KOMMUNE
