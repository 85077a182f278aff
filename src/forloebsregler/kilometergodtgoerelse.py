"""Ledsagelsens kørsel: den lave kilometertakst og befordringsgodtgørelsen til ledsageren.

Kilde: *Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i
forbindelse med sygehusbehandling*, afsnittet **Afregning** (»befordringsgodtgørelse til
ledsager (lav kilometertakst). Antal kilometer beregnes fra borgerens bopæl til sygehuset.
Transport i forbindelse med vagtskifte (lav kilometertakst)« og »Timer anvendt til
nødvendig ledsagelse under transport til og fra sygehus …«).

- `LAV_KILOMETERTAKST`/`kilometersats(dato)`: statens lave kilometertakst efter Skatterådets
  satser, som dateret serie i `data/ledsagelse.toml` (kilderne nævner kun »lav
  kilometertakst«; fortolkningsloggen LED-13).
- `beregn_kilometergodtgoerelse`: kilometer × sats, afrundet halvt op til øre.

Hvem der betaler kørslen i et forløb, står i `forloebsregler.afregning`.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

import attrs

from forloebsregler._ledsagelse_grundlag import (
    LED_KM_SATS,
    LEDSAGELSESDATA,
    NUL_KR,
    OERE,
    dato_af,
    kraev_km,
    kraev_kroner,
    laesningstekst,
)
from forloebsregler._parametre import DateretParameter, Parameterserie, serie_af
from forloebsregler._resultat import DovenResultat, DovenTekst
from forloebsregler._tekst import kr, tal
from forloebsregler.fejl import ManglendeTakstFejl
from forloebsregler.kilder import SAMARBEJDSAFTALE_LEDSAGELSE, Kilde

__all__ = [
    "LAV_KILOMETERTAKST",
    "Kilometergodtgoerelse",
    "Kilometersats",
    "beregn_kilometergodtgoerelse",
    "kilometersats",
]

_AFSNIT_AFREGNING = "Afregning"

KILDE_KILOMETER = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING,
    "befordringsgodtgørelse til ledsager (lav kilometertakst). Antal kilometer beregnes fra "
    "borgerens bopæl til sygehuset. Transport i forbindelse med vagtskifte (lav "
    "kilometertakst).",
)
KILDE_KM_TIL_OG_FRA = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING,
    "Timer anvendt til nødvendig ledsagelse under transport til og fra sygehus samt for "
    "befordringsgodtgørelse til ledsager (lav kilometertakst).",
)

# --------------------------------------------------------------------------- kilometer


LAV_KILOMETERTAKST_SERIE: Parameterserie = serie_af(
    "lav kilometertakst", LEDSAGELSESDATA["lav_kilometertakst"], enhed="kr./km"
)
"""Statens lave kilometertakst som dateret serie fra `data/ledsagelse.toml` (LED-13)."""

LAV_KILOMETERTAKST: tuple[tuple[date, Decimal], ...] = tuple(
    (v.gyldig_fra, v.vaerdi) for v in LAV_KILOMETERTAKST_SERIE.vaerdier if v.gyldig_fra is not None
)
"""Statens lave kilometertakst (kr./km for kørsel ud over 20.000 km om året), som Skatterådet
fastsætter den for hvert år (fra 1.5.2022 midt i året), som (gyldig fra, sats).

Tallene ligger i pakkedatafilen `data/ledsagelse.toml` med periode og kilde. Kilderne nævner
kun »lav kilometertakst«; satserne står ikke i dem. Hver sats gælder fra sin dato til den
næste; den sidste til og med 31.12.2026 (fortolkningsloggen LED-13)."""

_SIDSTE_KM_DATO = LAV_KILOMETERTAKST_SERIE.sidste_dag


@attrs.frozen(repr=False)
class Kilometersats(DovenResultat):
    """Den lave kilometertakst, der gælder en dato.

    `begrundelse` skrives første gang, den læses (issue 18, punkt 1); konstruktøren tager den
    som tekst (`begrundelse=`) som før.
    """

    dato: date
    sats: Decimal
    gyldig_fra: date
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]
    anvendte_parametre: tuple[DateretParameter, ...] = ()
    """Satsen som dateret parameter (værdi, periode og kilde)."""


def kilometersats(dato: date | datetime | str) -> Kilometersats:
    """Den lave kilometertakst for en lokal dato; `ManglendeTakstFejl` uden kendt sats."""
    dag = dato_af(dato, "dato")
    parameter = LAV_KILOMETERTAKST_SERIE.for_dato(dag)
    if parameter is None:
        raise ManglendeTakstFejl(
            f"dato: ingen kendt lav kilometertakst for {dag.isoformat()}; kendte satser gælder "
            f"{LAV_KILOMETERTAKST[0][0].isoformat()}–{_SIDSTE_KM_DATO.isoformat()}; giv satsen "
            "direkte med sats="
        )
    fra, sats = parameter.gyldig_fra, parameter.vaerdi
    assert fra is not None
    return Kilometersats(
        dato=dag,
        sats=sats,
        gyldig_fra=fra,
        begrundelse=DovenTekst(lambda: _satstekst(dag, sats, fra)),
        kilder=(KILDE_KILOMETER,),
        anvendte_parametre=(parameter,),
    )


def _satstekst(dag: date, sats: Decimal, fra: date) -> str:
    """Begrundelsen for `kilometersats` (skrives, når den læses)."""
    return (
        f"Den lave kilometertakst den {dag:%d.%m.%Y} er {tal(sats)} kr./km "
        f"(gældende fra {fra:%d.%m.%Y})."
    )


@attrs.frozen(repr=False)
class Kilometergodtgoerelse(DovenResultat):
    """Befordringsgodtgørelse til ledsager: kilometer × lav kilometertakst.

    `begrundelse` skrives første gang, den læses (issue 18, punkt 1); konstruktøren tager den
    som tekst (`begrundelse=`) som før.
    """

    kilometer: Decimal
    sats: Decimal
    beloeb: Decimal
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()
    """``("LED-13",)``, når satsen er taget fra `LAV_KILOMETERTAKST`."""
    anvendte_parametre: tuple[DateretParameter, ...] = ()
    """Satsen som parameter: fra datafilen med periode og kilde, eller givet med `sats=`."""


def beregn_kilometergodtgoerelse(
    kilometer: Decimal | int | str,
    dato: date | datetime | str,
    *,
    sats: Decimal | int | str | None = None,
) -> Kilometergodtgoerelse:
    """Kilometer × lav kilometertakst på datoen (eller `sats`), afrundet halvt op til øre.

    `sats` er kroner pr. km med højst to decimaler. Uden `sats` bruges statens lave
    kilometertakst fra `LAV_KILOMETERTAKST` (fortolkningsloggen LED-13).
    """
    km = kraev_km(kilometer, "kilometer")
    if sats is None:
        ks = kilometersats(dato)
        s = ks.sats
        fortolkninger: tuple[str, ...] = (LED_KM_SATS,)
        parametre = ks.anvendte_parametre
    else:
        dato_af(dato, "dato")
        s = kraev_kroner(sats, "sats", maks_vaerdi=1000)
        fortolkninger = ()
        parametre = (
            DateretParameter(
                navn="lav kilometertakst",
                vaerdi=s,
                enhed="kr./km",
                gyldig_fra=None,
                gyldig_til=None,
                kilde="givet af kalderen (sats=)",
            ),
        )
    beloeb = (km * s).quantize(OERE, ROUND_HALF_UP) + NUL_KR
    return Kilometergodtgoerelse(
        kilometer=km,
        sats=s,
        beloeb=beloeb,
        begrundelse=DovenTekst(lambda: _godtgoerelsestekst(km, s, beloeb, fortolkninger)),
        kilder=(KILDE_KM_TIL_OG_FRA, KILDE_KILOMETER),
        fortolkninger=fortolkninger,
        anvendte_parametre=parametre,
    )


def _godtgoerelsestekst(km: Decimal, sats: Decimal, beloeb: Decimal, ider: tuple[str, ...]) -> str:
    """Begrundelsen for `beregn_kilometergodtgoerelse` (skrives, når den læses)."""
    tekst = f"{tal(km)} km à {tal(sats)} kr. (lav kilometertakst) giver {kr(beloeb)}"
    return tekst + laesningstekst(ider)
