"""Ledsagelsesprisens regnemaskine (privat ledsager til `forloebsregler.ledsagelsespris`).

Kilde: *Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i
forbindelse med sygehusbehandling*, afsnittet **Afregning** (timetaksterne og tidsrummene
kl. 06–17, 17–23 og 23–06), med fortolkningsloggens læsninger LED-01 til LED-04.

- `_fordel` lægger en periodes mikrosekunder i takstkategorierne ud fra de lokale tidsrum pr.
  UTC-døgn (`_segmenter`, gemt pr. kalender og døgn); `_prisfordeling` gør det for hver
  takstperiode. Både `beregn_ledsagelse` og batchen bruger dem.
- `_timer` og `_beloeb` er timerne (fire decimaler) og linjebeløbet (øre), halvt op, regnet
  eksakt i heltal.
- `_beregn_fabrik` giver `beregn_ledsagelse` en hurtig vej uden om kontekstskiftet (se
  `forloebsregler._kontekst.hurtig_vej`): kaldet regner ikke med Decimal — det fordeler kun
  tiden i heltal; linjer, total og begrundelse regnes, når de læses, i bibliotekets kontekst.
  Med andre argumenter end to tidspunkter og standardtaksterne og -kalenderen, eller hvis
  noget går galt, sendes kaldet videre til den fulde, indpakkede funktion.
- `_stroem` er den hurtige, strømmende batch bag `beregn_mange`: flade poster med heltalsregning
  i øre; en egenskabstest sikrer, at den giver samme tal som `beregn_ledsagelse`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from forloebsregler._ledsagelse_grundlag import (
    EN_US,
    EPOKE,
    NUL_KR,
    NUL_TIMER,
    OERE,
    TO_TIMER_US,
    US_PR_DOEGN,
    US_PR_TIME,
    kraev_periode,
    lokal_us,
    tid_af_us,
)
from forloebsregler._valider import vis
from forloebsregler.fejl import ForloebsreglerFejl, UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kalender import KOEBENHAVN, OFFICIEL_KALENDER, Kalender
from forloebsregler.takster import (
    STANDARD_TAKSTREGISTER,
    Takstregister,
    Taksttabel,
    tabelstykker,
)
from forloebsregler.takstperioder import (
    Takstkategori,
    kategori_for,
)

if TYPE_CHECKING:
    pass


_Dele = tuple[tuple[Taksttabel, tuple[int, ...]], ...]
"""Forløbets mikrosekunder pr. takstkategori (syv tal) for hver brugt tabel, i tidsorden."""

_KATEGORIER: tuple[Takstkategori, ...] = tuple(Takstkategori)
_INDEKS: dict[Takstkategori, int] = {k: i for i, k in enumerate(_KATEGORIER)}

# --------------------------------------------------------------------------- fordeling


@functools.lru_cache(maxsize=8192)
def _segmenter(kalender: Kalender, utc_dag: int) -> tuple[tuple[int, int, int, int], ...]:
    """Lokale tidsrum (start_us, slut_us, kategoriindeks, tidsrumsindeks), der rører UTC-døgnet.

    Grænserne kl. 06, 17 og 23 er lokal vægtid; de findes altid (skift sker kl. 02–03).
    """
    fra, til = utc_dag * US_PR_DOEGN, (utc_dag + 1) * US_PR_DOEGN
    midt = (EPOKE + timedelta(microseconds=fra)).astimezone(KOEBENHAVN).date()
    ud: list[tuple[int, int, int, int]] = []
    for forskyd in (-1, 0, 1):
        d = midt + timedelta(days=forskyd)
        n = d + timedelta(days=1)
        kl6 = lokal_us(d, 6)
        kl17 = lokal_us(d, 17)
        kl23 = lokal_us(d, 23)
        naeste6 = lokal_us(n, 6)
        dag_k = _INDEKS[kategori_for(d, False, kalender)]
        nat_k = _INDEKS[kategori_for(d, True, kalender)]
        for a, b, k, r in (
            (kl6, kl17, dag_k, 0),
            (kl17, kl23, nat_k, 1),
            (kl23, naeste6, nat_k, 2),
        ):
            if b > fra and a < til:
                ud.append((a, b, k, r))
    ud.sort()
    return tuple(ud)


def _fordel(
    start_us: int, slut_us: int, kalender: Kalender, kat: list[int], rum: list[int]
) -> None:
    """Læg mikrosekunderne i [start, slut) til pr. kategori (`kat`) og tidsrum (`rum`)."""
    t = start_us
    while t < slut_us:
        dag = t // US_PR_DOEGN
        dagslut = (dag + 1) * US_PR_DOEGN
        graense = slut_us if slut_us < dagslut else dagslut
        for a, b, k, r in _segmenter(kalender, dag):
            if b <= t:
                continue
            if a >= graense:
                break
            lo = a if a > t else t
            hi = b if b < graense else graense
            kat[k] += hi - lo
            rum[r] += hi - lo
        t = graense


_TIENDETUSINDEDEL = Decimal("0.0001")
# `OERE` (0.01) eller `_TIENDETUSINDEDEL` gange et heltal er heltallet med to (fire) decimaler:
# eksakt i bibliotekets kontekst (28 cifre) og billigere end `Decimal(n).scaleb(-2)`; begge
# regner i konteksten.


def _timer(us: int) -> Decimal:
    """Timer med fire decimaler, afrundet halvt op (us ≥ 0)."""
    return _TIENDETUSINDEDEL * ((us + 180_000) // 360_000)


def _oere(us: int, oere_pr_time: int) -> int:
    """Linjebeløbet i hele øre for `us` mikrosekunder til `oere_pr_time`, afrundet halvt op
    (LED-04). Taksterne er hele øre, så der regnes eksakt i heltal."""
    return (us * oere_pr_time * 2 + US_PR_TIME) // TO_TIMER_US


def _beloeb(us: int, tabel: Taksttabel, i: int) -> Decimal:
    """Linjebeløbet for `us` mikrosekunder i kategori `i`, afrundet halvt op til øre."""
    return OERE * _oere(us, tabel.takster_i_oere[i])


_Segmenter = tuple[tuple[int, int, int, int], ...]
_OFFICIELLE_SEGMENTER: dict[int, _Segmenter] = {}
"""`_segmenter(OFFICIEL_KALENDER, dag)` pr. UTC-døgn (et dict-opslag er billigere end
lru_cachens nøgle med kalenderen); højst `_MAKS_DOEGN` ad gangen."""
_MAKS_DOEGN = 50_000


def _fordel_kat(
    start_us: int,
    slut_us: int,
    kalender: Kalender,
    doegn: dict[int, _Segmenter] | None = None,
) -> list[int]:
    """Mikrosekunderne i [start, slut) pr. takstkategori — som `_fordel`, men kun pr. kategori
    (den hurtige vej for kaldet og batchen; en egenskabstest sammenligner dem). `doegn` gemmer
    kalenderens tidsrum pr. UTC-døgn (batchen giver sit eget; standard: den officielle
    kalenders fælles, ellers et nyt)."""
    if doegn is None:
        doegn = _OFFICIELLE_SEGMENTER if kalender is OFFICIEL_KALENDER else {}
    kat = [0, 0, 0, 0, 0, 0, 0]
    t = start_us
    while t < slut_us:
        dag = t // US_PR_DOEGN
        dagslut = dag * US_PR_DOEGN + US_PR_DOEGN
        graense = slut_us if slut_us < dagslut else dagslut
        segmenter = doegn.get(dag)
        if segmenter is None:
            if len(doegn) >= _MAKS_DOEGN:  # hukommelsen holdes konstant
                doegn.clear()
            segmenter = doegn[dag] = _segmenter(kalender, dag)
        for a, b, k, _r in segmenter:
            if b > t:
                if a >= graense:
                    break
                kat[k] += (b if b < graense else graense) - (a if a > t else t)
        t = graense
    return kat


def _prisfordeling(
    s_us: int,
    e_us: int,
    tabeller: Taksttabel | Takstregister,
    kal: Kalender,
    sidste: Taksttabel | None = None,
) -> _Dele:
    """Tiden pr. takstkategori for hver tabel, der dækker en del af [s, e), i tidsorden
    (`sidste` er en tabel fra `tabeller`, der prøves først; se `tabelstykker`)."""
    stykker = tabelstykker(s_us, e_us, tabeller, sidste)
    if len(stykker) == 1:
        return ((stykker[0][2], tuple(_fordel_kat(s_us, e_us, kal))),)
    return tuple((tabel, tuple(_fordel_kat(a, b, kal))) for a, b, tabel in stykker)


def _tidsrum(s_us: int, e_us: int, kal: Kalender) -> tuple[int, int, int]:
    """Mikrosekunderne i [s, e) i tidsrummene dag (06–17), aften (17–23) og nat (23–06)."""
    kat = [0] * 7
    rum = [0, 0, 0]
    _fordel(s_us, e_us, kal, kat, rum)
    return rum[0], rum[1], rum[2]


# --------------------------------------------------------------------------- batch

_KOLONNER_TIMER = tuple(f"timer_{k.name}" for k in _KATEGORIER)
_KOLONNER_BELOEB = tuple(f"beloeb_{k.name}" for k in _KATEGORIER)


_NULPOST: dict[str, Any] = {
    "raekke": None,
    "start": None,
    "slut": None,
    "niveau": None,
    "timer": None,
    **dict.fromkeys(_KOLONNER_TIMER, NUL_TIMER),
    **dict.fromkeys(_KOLONNER_BELOEB, NUL_KR),
    "total": None,
    "fejl": None,
}
"""Skabelonen for en batchpost; nøglernes rækkefølge er den samme i alle poster."""


def _tom_post(raekke: int) -> dict[str, Any]:
    post: dict[str, Any] = {"raekke": raekke, "start": None, "slut": None, "niveau": None}
    post["timer"] = None
    for kol in _KOLONNER_TIMER:
        post[kol] = None
    for kol in _KOLONNER_BELOEB:
        post[kol] = None
    post["total"] = None
    post["fejl"] = None
    return post


def _udpak_episode(episode: object) -> tuple[object, object]:
    if isinstance(episode, Mapping):
        try:
            return episode["start"], episode["slut"]
        except KeyError:
            raise UgyldigVaerdiFejl(
                f"episode: fik en mapping uden 'start' og 'slut' ({vis(sorted(map(str, episode)))})"
                "; accepterer {'start': ..., 'slut': ...} eller (start, slut)"
            ) from None
        except Exception as fejl:  # en defekt mapping
            raise UgyldigVaerdiFejl(f"episode: kunne ikke læses ({fejl})") from None
    if isinstance(episode, list | tuple) and len(episode) == 2:
        return episode[0], episode[1]
    raise UgyldigTypeFejl(
        f"episode: fik {vis(episode)}; accepterer {{'start': ..., 'slut': ...}} eller (start, slut)"
    )


def _stroem(
    episoder: Iterable[object], tabeller: Taksttabel | Takstregister, kal: Kalender
) -> Iterator[dict[str, Any]]:
    sidste = tabeller if isinstance(tabeller, Taksttabel) else None
    doegn = _OFFICIELLE_SEGMENTER if kal is OFFICIEL_KALENDER else {}
    for raekke, episode in enumerate(episoder, start=1):
        try:
            _, _, s_us, e_us = _episodens_periode(episode)
            stykker = tabelstykker(s_us, e_us, tabeller, sidste)
            sidste = stykker[-1][2]
        except ForloebsreglerFejl as fejl:
            post = _tom_post(raekke)
            post["fejl"] = str(fejl)
            yield post
            continue
        except Exception as fejl:  # en defekt række må ikke stoppe batchen
            post = _tom_post(raekke)
            post["fejl"] = f"episode: kunne ikke læses ({type(fejl).__name__}: {fejl})"
            yield post
            continue
        post = _NULPOST.copy()  # nul i alle kategorier; kun de brugte udfyldes
        post["raekke"] = raekke
        post["start"] = _iso(s_us)
        post["slut"] = _iso(e_us)
        post["timer"] = _timer(e_us - s_us)
        if len(stykker) == 1:
            _udfyld_en_tabel(post, s_us, e_us, stykker[0][2], kal, doegn)
        else:
            _udfyld_flere_tabeller(post, stykker, kal, doegn)
        yield post


def _episodens_periode(episode: object) -> tuple[datetime, datetime, int, int]:
    """Episodens start og slut, kontrolleret som i `beregn_ledsagelse` (`kraev_periode`)."""
    if type(episode) is tuple and len(episode) == 2:
        start, slut = episode
    else:
        start, slut = _udpak_episode(episode)
    return kraev_periode(start, slut)


_OFFSET_PR_DOEGN: dict[int, tuple[int, str] | None] = {}
"""Københavns UTC-offset pr. UTC-døgn: (offset i µs, ISO-endelsen fx '+01:00'), eller None for
et døgn, hvor offsettet skifter (sommertidsdagene: så regnes tidspunktet med `isoformat`)."""
_DATO_PR_DAG: dict[int, str] = {}
"""'ÅÅÅÅ-MM-DDT' pr. lokal dag efter epoken."""
_KLOKKEN = tuple(f"{m // 60:02d}:{m % 60:02d}" for m in range(24 * 60))
"""'TT:MM' pr. minut i døgnet."""
_SEKUNDER = tuple(f":{s:02d}" for s in range(60))
"""':SS' pr. sekund i minuttet."""
_MAKS_OPSLAG = 1 << 14
"""Højst så mange døgn i hvert af de to opslag (omkring 45 år); et fuldt opslag tømmes."""


def _offset(doegn: int) -> tuple[int, str] | None:
    """Offsettet for UTC-døgnet `doegn` (dage efter epoken), hvis det er det samme hele døgnet."""
    if doegn in _OFFSET_PR_DOEGN:
        return _OFFSET_PR_DOEGN[doegn]
    foer = tid_af_us(doegn * US_PR_DOEGN)
    efter = tid_af_us((doegn + 1) * US_PR_DOEGN - 1)
    offset = foer.utcoffset()
    fundet = None
    if offset is not None and offset == efter.utcoffset():
        fundet = (offset // EN_US, foer.isoformat()[-6:])
    if len(_OFFSET_PR_DOEGN) >= _MAKS_OPSLAG:
        _OFFSET_PR_DOEGN.clear()
    _OFFSET_PR_DOEGN[doegn] = fundet
    return fundet


def _iso(us: int) -> str:
    """`tid_af_us(us).isoformat()` (dansk tid med offset), sat sammen af opslag pr. døgn og
    minut — `isoformat` på et tidszonebevidst tidspunkt er batchens dyreste skridt.
    En egenskabstest sammenligner de to over hele kalenderens rækkevidde."""
    offset = _offset(us // US_PR_DOEGN)
    if offset is None:
        return str(tid_af_us(us).isoformat())
    dag, tid = divmod(us + offset[0], US_PR_DOEGN)
    dato = _DATO_PR_DAG.get(dag)
    if dato is None:
        if len(_DATO_PR_DAG) >= _MAKS_OPSLAG:
            _DATO_PR_DAG.clear()
        dato = _DATO_PR_DAG[dag] = (EPOKE + timedelta(days=dag)).date().isoformat() + "T"
    minut, rest = divmod(tid, 60_000_000)
    sekunder, mikro = divmod(rest, 1_000_000)
    if mikro:
        return f"{dato}{_KLOKKEN[minut]}{_SEKUNDER[sekunder]}.{mikro:06d}{offset[1]}"
    return dato + _KLOKKEN[minut] + _SEKUNDER[sekunder] + offset[1]


def _udfyld_en_tabel(
    post: dict[str, Any],
    s_us: int,
    e_us: int,
    tabel: Taksttabel,
    kal: Kalender,
    doegn: dict[int, _Segmenter],
) -> None:
    """Hurtig vej for én tabel: heltalsregning i øre (samme resultat som `_beloeb`)."""
    post["niveau"] = tabel.niveau
    kat = _fordel_kat(s_us, e_us, kal, doegn)
    oere_pr_time = tabel.takster_i_oere
    total_oere = 0
    for i, us in enumerate(kat):
        if us:
            n = _oere(us, oere_pr_time[i])
            total_oere += n
            post[_KOLONNER_TIMER[i]] = _timer(us)
            post[_KOLONNER_BELOEB[i]] = OERE * n
    post["total"] = OERE * total_oere


def _udfyld_flere_tabeller(
    post: dict[str, Any],
    stykker: list[tuple[int, int, Taksttabel]],
    kal: Kalender,
    doegn: dict[int, _Segmenter],
) -> None:
    """En episode over flere takstniveauer: niveauerne adskilt af komma, beløb summeret."""
    post["niveau"] = ", ".join(dict.fromkeys(t.niveau for _, _, t in stykker))
    beloeb = [NUL_KR] * 7
    samlet = [0] * 7
    for a, b, tabel in stykker:
        kat = _fordel_kat(a, b, kal, doegn)
        for i, us in enumerate(kat):
            if us:
                beloeb[i] += _beloeb(us, tabel, i)
                samlet[i] += us
    for i in range(7):
        post[_KOLONNER_TIMER[i]] = _timer(samlet[i])
        post[_KOLONNER_BELOEB[i]] = beloeb[i]
    post["total"] = sum(beloeb, NUL_KR)


def _beregn_fabrik(fuld: Callable[..., Any], *, ny: Callable[..., Any]) -> Callable[..., Any]:
    """Den hurtige vej for `beregn_ledsagelse(start, slut)` med standardtaksterne og
    -kalenderen; `ny` bygger resultatet af fakta (se modulets docstring)."""
    register = STANDARD_TAKSTREGISTER
    kalender = OFFICIEL_KALENDER
    sidste = register.tabeller[-1]  # prøves først: registrets nyeste tabel

    def let(*args: Any, **kwargs: Any) -> Any:
        if len(args) == 2 and not kwargs:
            try:
                _, _, s_us, e_us = kraev_periode(args[0], args[1])
                dele = _prisfordeling(s_us, e_us, register, kalender, sidste)
            except Exception:
                return fuld(*args, **kwargs)
            return ny(s_us, e_us, dele, register, kalender)
        return fuld(*args, **kwargs)

    return let
