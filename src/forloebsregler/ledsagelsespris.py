"""Prisen for ledsagelse i en periode: timerne fordelt på takstkategorier og prissat.

Kilde: *Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i
forbindelse med sygehusbehandling*, afsnittet **Afregning** (timetaksterne og tidsrummene),
med fortolkningsloggens læsninger LED-01 til LED-07 og LED-21.

- `beregn_ledsagelse(start, slut)`: tiden er reel forløbet tid (efterårets sommertidsnat har
  en time mere, LED-03); hver time lægges i den kategori, dens lokale tidspunkt hører til
  (`forloebsregler.takstperioder`), og prissættes efter den tabel, der gælder dens dato
  (`forloebsregler.takster`). Én fakturalinje pr. kategori og takstniveau, afrundet halvt op
  til øre (LED-04); totalen er summen af linjerne. Et forløb kan højst vare
  `MAKS_VARIGHED` (to år, LED-21).
- `beregn_mange(episoder)`: samme beregning for mange episoder som en strøm af flade poster
  (den hurtige vej; en egenskabstest sikrer, at den giver samme tal som `beregn_ledsagelse`).

Hvem der betaler timerne, står i `forloebsregler.afregning`.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from forloebsregler._ledsagelse_grundlag import (
    EN_US,
    EPOKE,
    LED_2019,
    LED_AFRUNDING,
    LED_FREMSKRIVNING,
    LED_HELLIGDAG,
    LED_NAT,
    LED_OFFENTLIGGJORTE,
    LED_SOMMERTID,
    MAKS_US,
    MAKS_VARIGHED,
    MAX_US,
    MIN_US,
    NUL_KR,
    NUL_TIMER,
    TO_TIMER_US,
    US_PR_DOEGN,
    US_PR_TIME,
    kraev_periode,
    laesningstekst,
    lokal_us,
    tid_af_us,
    tid_us,
)
from forloebsregler._parametre import DateretParameter
from forloebsregler._resultat import Resultat
from forloebsregler._tekst import kr, tal
from forloebsregler._valider import kraev_enum, vis
from forloebsregler.fejl import ForloebsreglerFejl, UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kalender import KOEBENHAVN, Kalender, kraev_kalender
from forloebsregler.kilder import Kilde
from forloebsregler.takster import (
    KILDE_REGULERING,
    TAKSTER_2019,
    Takstregister,
    Taksttabel,
    tabelstykker,
)
from forloebsregler.takstfiler import kraev_takster
from forloebsregler.takstperioder import (
    KILDE_TAKSTTABEL,
    KILDE_TIDSRUM,
    Takstkategori,
    helligdag_gaar_forud,
    kategori_for,
    nat_laesning_afgoer,
)

if TYPE_CHECKING:
    from forloebsregler.typer import TakstkategoriArg, Tidspunkt

__all__ = [
    "MAKS_VARIGHED",
    "Ledsagelsesberegning",
    "Takstlinje",
    "beregn_ledsagelse",
    "beregn_mange",
]

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


def _timer(us: int) -> Decimal:
    """Timer med fire decimaler, afrundet halvt op (us ≥ 0)."""
    return Decimal((us + 180_000) // 360_000).scaleb(-4)


def _beloeb(us: int, tabel: Taksttabel, i: int) -> Decimal:
    """Linjebeløbet for `us` mikrosekunder i kategori `i`, afrundet halvt op til øre.

    Taksterne er hele øre, så der regnes eksakt i heltal.
    """
    oere = tabel.takster_i_oere[i]
    return Decimal((us * oere * 2 + US_PR_TIME) // TO_TIMER_US).scaleb(-2)


# --------------------------------------------------------------------------- beregning


@attrs.frozen
class Takstlinje(Resultat):
    """Én fakturalinje: timerne i én takstkategori efter ét takstniveau.

    `varighed` er den eksakte tid; `timer` er den vist med fire decimaler (halvt op);
    `beloeb` er regnet af den eksakte tid og afrundet halvt op til øre.
    """

    kategori: Takstkategori
    niveau: str
    varighed: timedelta
    timer: Decimal
    takst: Decimal
    beloeb: Decimal


@attrs.frozen
class Ledsagelsesberegning(Resultat):
    """Prisen for ledsagelse i en periode, fordelt på takstkategorier."""

    start: datetime
    slut: datetime
    varighed: timedelta
    timer: Decimal
    linjer: tuple[Takstlinje, ...]
    total: Decimal
    niveauer: tuple[str, ...]
    """Takstniveauet/-erne, der er brugt (fx ``("2019-niveau",)``)."""
    timer_dag: Decimal
    timer_aften: Decimal
    timer_nat: Decimal
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()
    """Fortolkningslogens afsnit, beløbet hviler på (fx ``("LED-04", "LED-07")``)."""
    anvendte_parametre: tuple[DateretParameter, ...] = ()
    """De daterede takster, beløbet er regnet med: én pr. brugt kategori og takstniveau."""

    def timer_i(self, kategori: TakstkategoriArg) -> Decimal:
        """Timerne i `kategori` (summen over takstniveauer, fire decimaler)."""
        kat = kraev_enum(Takstkategori, kategori, "kategori")
        us = sum((linje.varighed for linje in self.linjer if linje.kategori is kat), timedelta())
        return _timer(us // EN_US)


def _prisfordeling(
    s_us: int, e_us: int, tabeller: Taksttabel | Takstregister, kal: Kalender
) -> tuple[list[tuple[Taksttabel, list[int]]], list[int]]:
    rum = [0, 0, 0]
    dele: list[tuple[Taksttabel, list[int]]] = []
    for a, b, tabel in tabelstykker(s_us, e_us, tabeller):
        kat = [0] * 7
        _fordel(a, b, kal, kat, rum)
        dele.append((tabel, kat))
    return dele, rum


def beregn_ledsagelse(
    start: datetime | str,
    slut: datetime | str,
    *,
    takster: Taksttabel | Takstregister | os.PathLike[str] | None = None,
    kalender: Kalender | None = None,
) -> Ledsagelsesberegning:
    """Prisen for ledsagelse fra `start` til `slut` efter timetaksterne (Afregning).

    Tiden er reel forløbet tid; hver time lægges i den kategori, dens lokale tidspunkt
    hører til (se `takstkategori`). Der dannes én linje pr. kategori og takstniveau;
    linjens beløb afrundes halvt op til øre, og totalen er summen af linjerne
    (fortolkningsloggen LED-04).

    `takster` er en `Taksttabel` (gælder kun sin egen periode; `uden_datograense()` for alle
    datoer), et `Takstregister` (tabellen vælges efter hver times lokale dato), en takstfil
    som `pathlib.Path` (se `indlaes_takster`) eller `None` (standardregistret med
    2019-tabellen). `anvendte_parametre` lister hver brugt takst med periode og kilde.
    Dækker ingen tabel en del af perioden, rejses `ManglendeTakstFejl` — der bruges aldrig
    stiltiende 2019-priser for et andet år.
    """
    tabeller = kraev_takster(takster)
    kal = kraev_kalender(kalender)
    s, e, s_us, e_us = kraev_periode(start, slut)
    dele, rum = _prisfordeling(s_us, e_us, tabeller, kal)
    linjer = _linjer(dele)
    total = sum((linje.beloeb for linje in linjer), NUL_KR)
    niveauer = tuple(dict.fromkeys(tabel.niveau for tabel, _ in dele))
    sl, el = s.astimezone(KOEBENHAVN), e.astimezone(KOEBENHAVN)
    timer = _timer(e_us - s_us)
    fortolkninger = _periodens_laesninger(s_us, e_us, tabeller, dele, kal)
    begrundelse = _prisbegrundelse(sl, el, timer, linjer, total, niveauer, fortolkninger)
    kilder = [KILDE_TAKSTTABEL, KILDE_TIDSRUM]
    if any(t.kilde is KILDE_REGULERING for t, _ in dele):
        kilder.append(KILDE_REGULERING)
    return Ledsagelsesberegning(
        start=sl,
        slut=el,
        varighed=timedelta(microseconds=e_us - s_us),
        timer=timer,
        linjer=tuple(linjer),
        total=total,
        niveauer=niveauer,
        timer_dag=_timer(rum[0]),
        timer_aften=_timer(rum[1]),
        timer_nat=_timer(rum[2]),
        begrundelse=begrundelse,
        kilder=tuple(kilder),
        fortolkninger=fortolkninger,
        anvendte_parametre=tuple(
            tabel.parametre[i] for tabel, kat in dele for i, us in enumerate(kat) if us
        ),
    )


def _linjer(dele: list[tuple[Taksttabel, list[int]]]) -> list[Takstlinje]:
    """Én fakturalinje pr. brugt kategori og takstniveau, afrundet halvt op til øre (LED-04)."""
    linjer: list[Takstlinje] = []
    for tabel, kat in dele:
        for i, us in enumerate(kat):
            if us:
                linjer.append(
                    Takstlinje(
                        kategori=_KATEGORIER[i],
                        niveau=tabel.niveau,
                        varighed=timedelta(microseconds=us),
                        timer=_timer(us),
                        takst=tabel.takster[i],
                        beloeb=_beloeb(us, tabel, i),
                    )
                )
    return linjer


def _prisbegrundelse(
    sl: datetime,
    el: datetime,
    timer: Decimal,
    linjer: list[Takstlinje],
    total: Decimal,
    niveauer: tuple[str, ...],
    fortolkninger: tuple[str, ...],
) -> str:
    fordeling = "; ".join(f"{linje.kategori.value} {tal(linje.timer)} t" for linje in linjer)
    return (
        f"Ledsagelsen fra {sl:%d.%m.%Y kl. %H:%M} til {el:%d.%m.%Y kl. %H:%M} varer {tal(timer)} "
        f"timer ({fordeling or 'ingen timer'}) og koster {kr(total)} efter "
        f"{', '.join(niveauer)}." + laesningstekst(fortolkninger)
    )


_30_DOEGN_US = 30 * US_PR_DOEGN


def _krydser_sommertid(s_us: int, e_us: int) -> bool:
    """Om [s, e) indeholder et skift mellem vinter- og sommertid i København.

    Skiftene ligger mindst fem måneder fra hinanden, så offsettet prøves hver 30. dag.
    """
    punkter = [*range(s_us, e_us, _30_DOEGN_US), e_us]
    offsets = {tid_af_us(p).utcoffset() for p in punkter}
    return len(offsets) > 1


def _periodens_laesninger(
    s_us: int,
    e_us: int,
    tabeller: Taksttabel | Takstregister,
    dele: list[tuple[Taksttabel, list[int]]],
    kal: Kalender,
) -> tuple[str, ...]:
    """De læsninger i fortolkningsloggen, som prisen for [s, e) faktisk afhænger af."""
    ider: list[str] = []
    if e_us <= s_us:
        return ()
    foerste = tid_af_us(s_us).date()
    sidste = tid_af_us(e_us - 1).date()
    nat = helligdag = False
    d = foerste - timedelta(days=1)
    while d <= sidste:
        n = d + timedelta(days=1)
        if not nat and lokal_us(n, 0) < e_us and s_us < lokal_us(n, 6):
            nat = nat_laesning_afgoer(n, kal)
        if not helligdag and lokal_us(d, 6) < e_us and s_us < lokal_us(n, 6):
            helligdag = helligdag_gaar_forud(d, kal)
        d = n
    if nat:
        ider.append(LED_NAT)
    if helligdag:
        ider.append(LED_HELLIGDAG)
    if _krydser_sommertid(s_us, e_us):
        ider.append(LED_SOMMERTID)
    if any(_afrundes(us, tabel, i) for tabel, kat in dele for i, us in enumerate(kat) if us):
        ider.append(LED_AFRUNDING)
    if any(
        tabel.kilde in (KILDE_TAKSTTABEL, KILDE_REGULERING) and any(kat[1:]) for tabel, kat in dele
    ):
        ider.append(LED_OFFENTLIGGJORTE)
    if any(tabel.kilde == KILDE_REGULERING for tabel, _ in dele):
        ider.append(LED_FREMSKRIVNING)
    if isinstance(tabeller, Takstregister) and any(tabel == TAKSTER_2019 for tabel, _ in dele):
        ider.append(LED_2019)
    return tuple(ider)


def _afrundes(us: int, tabel: Taksttabel, i: int) -> bool:
    """Om linjebeløbet for `us` mikrosekunder i kategori `i` ikke er et helt antal øre."""
    return (us * tabel.takster_i_oere[i]) % US_PR_TIME != 0


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


def beregn_mange(
    episoder: Iterable[Mapping[str, object] | tuple[Tidspunkt, Tidspunkt]],
    *,
    takster: Taksttabel | Takstregister | os.PathLike[str] | None = None,
    kalender: Kalender | None = None,
) -> Iterator[dict[str, Any]]:
    """Pris for mange ledsagelsesepisoder som en strøm af simple poster (konstant hukommelse).

    Bibliotekets ene batchkontrakt er `forloebsregler.batch` (`batch.ledsagelse`: mappings
    ind, flade rækker ud, `id` og ubrugte kolonner ført igennem); denne funktion er områdets
    hurtige, strømmende genvej til de samme beløb og følger kontraktens konventioner for
    rækkenumre og manglende værdier.

    Hver episode er `{"start": ..., "slut": ...}` eller `(start, slut)`. `None`, NaN og tom
    tekst i `start` eller `slut` betyder »ikke oplyst« og giver en fejl i rækken. Hver post har
    `raekke` (1-baseret, som i `forloebsregler.batch` og på kommandolinjen),
    `start`/`slut` som ISO-tekst i dansk tid, `niveau`, `timer`,
    `timer_<KATEGORI>` og `beloeb_<KATEGORI>` for alle syv kategorier, `total` og `fejl`
    (`None`, eller fejlbeskeden for en ugyldig række — batchen fortsætter). Beløbene er
    de samme som `beregn_ledsagelse` giver; en episode over to takstniveauer får niveauerne
    adskilt af komma og kategoribeløb summeret over niveauerne.
    """
    tabeller = kraev_takster(takster)
    kal = kraev_kalender(kalender)
    if isinstance(episoder, str | bytes | Mapping) or not isinstance(episoder, Iterable):
        raise UgyldigTypeFejl(
            f"episoder: fik {vis(episoder)}; accepterer en iterable af episoder "
            "({'start': ..., 'slut': ...} eller (start, slut))"
        )
    try:
        iterator = iter(episoder)
    except Exception:
        raise UgyldigTypeFejl(
            f"episoder: fik {vis(episoder)}, som ikke kan gennemløbes; accepterer en iterable"
        ) from None
    return _stroem(iterator, tabeller, kal)


def _fordel_kategorier(
    start_us: int,
    slut_us: int,
    kalender: Kalender,
    kat: list[int],
    cache: dict[int, tuple[tuple[int, int, int, int], ...]],
) -> None:
    """Som `_fordel`, men kun pr. kategori og med batchens egen døgncache."""
    t = start_us
    while t < slut_us:
        dag = t // US_PR_DOEGN
        dagslut = (dag + 1) * US_PR_DOEGN
        graense = slut_us if slut_us < dagslut else dagslut
        segmenter = cache.get(dag)
        if segmenter is None:
            if len(cache) > 50_000:  # hold hukommelsen konstant ved meget lange tidsspænd
                cache.clear()
            segmenter = cache[dag] = _segmenter(kalender, dag)
        for a, b, k, _r in segmenter:
            if b <= t:
                continue
            if a >= graense:
                break
            kat[k] += (b if b < graense else graense) - (a if a > t else t)
        t = graense


def _stroem(
    episoder: Iterable[object], tabeller: Taksttabel | Takstregister, kal: Kalender
) -> Iterator[dict[str, Any]]:
    cache: dict[int, tuple[tuple[int, int, int, int], ...]] = {}
    sidste = tabeller if isinstance(tabeller, Taksttabel) else None
    for raekke, episode in enumerate(episoder, start=1):
        try:
            s, e, s_us, e_us = _episodens_periode(episode)
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
        post["start"] = (s if s.tzinfo is KOEBENHAVN else s.astimezone(KOEBENHAVN)).isoformat()
        post["slut"] = (e if e.tzinfo is KOEBENHAVN else e.astimezone(KOEBENHAVN)).isoformat()
        post["timer"] = _timer(e_us - s_us)
        if len(stykker) == 1:
            _udfyld_en_tabel(post, s_us, e_us, stykker[0][2], kal, cache)
        else:
            _udfyld_flere_tabeller(post, stykker, kal, cache)
        yield post


def _episodens_periode(episode: object) -> tuple[datetime, datetime, int, int]:
    """Episodens start og slut (kontrolleret), med en hurtig vej for gyldige datetimes."""
    if type(episode) is tuple and len(episode) == 2:
        start, slut = episode
    else:
        start, slut = _udpak_episode(episode)
    if type(start) is not datetime or type(slut) is not datetime:
        return kraev_periode(start, slut)
    try:  # hurtig vej: naive tidspunkter giver TypeError og tages af valideringen
        s_us, e_us = tid_us(start), tid_us(slut)
    except Exception:
        return kraev_periode(start, slut)
    if e_us < s_us or s_us < MIN_US or e_us > MAX_US or e_us - s_us > MAKS_US:
        return kraev_periode(start, slut)
    return start, slut, s_us, e_us


def _udfyld_en_tabel(
    post: dict[str, Any],
    s_us: int,
    e_us: int,
    tabel: Taksttabel,
    kal: Kalender,
    cache: dict[int, tuple[tuple[int, int, int, int], ...]],
) -> None:
    """Hurtig vej for én tabel: heltalsregning i øre (samme resultat som `_beloeb`)."""
    post["niveau"] = tabel.niveau
    kat = [0, 0, 0, 0, 0, 0, 0]
    _fordel_kategorier(s_us, e_us, kal, kat, cache)
    oere_pr_time = tabel.takster_i_oere
    total_oere = 0
    for i, us in enumerate(kat):
        if us:
            n = (us * oere_pr_time[i] * 2 + US_PR_TIME) // TO_TIMER_US
            total_oere += n
            post[_KOLONNER_TIMER[i]] = Decimal((us + 180_000) // 360_000).scaleb(-4)
            post[_KOLONNER_BELOEB[i]] = Decimal(n).scaleb(-2)
    post["total"] = Decimal(total_oere).scaleb(-2)


def _udfyld_flere_tabeller(
    post: dict[str, Any],
    stykker: list[tuple[int, int, Taksttabel]],
    kal: Kalender,
    cache: dict[int, tuple[tuple[int, int, int, int], ...]],
) -> None:
    """En episode over flere takstniveauer: niveauerne adskilt af komma, beløb summeret."""
    post["niveau"] = ", ".join(dict.fromkeys(t.niveau for _, _, t in stykker))
    beloeb = [NUL_KR] * 7
    samlet = [0] * 7
    for a, b, tabel in stykker:
        kat = [0] * 7
        _fordel_kategorier(a, b, kal, kat, cache)
        for i, us in enumerate(kat):
            if us:
                beloeb[i] += _beloeb(us, tabel, i)
                samlet[i] += us
    for i in range(7):
        post[_KOLONNER_TIMER[i]] = _timer(samlet[i])
        post[_KOLONNER_BELOEB[i]] = beloeb[i]
    post["total"] = sum(beloeb, NUL_KR)
