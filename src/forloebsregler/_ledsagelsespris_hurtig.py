"""Ledsagelsesprisens regnemaskine (privat ledsager til `forloebsregler.ledsagelsespris`).

Kilde: *Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i
forbindelse med sygehusbehandling*, afsnittet **Afregning** (timetaksterne og tidsrummene
kl. 06–17, 17–23 og 23–06), med fortolkningsloggens læsninger LED-01 til LED-04.

- `_fordel` lægger en periodes mikrosekunder i takstkategorierne ud fra de lokale tidsrum pr.
  UTC-døgn (`_segmenter`, gemt pr. kalender og døgn): den læsbare fordeling.
  `_kategoritid` giver det samme hurtigt (en egenskabstest sammenligner dem): den finder
  starten ved binær søgning i en blok af tre døgns tidsrum og lægger tidsrummene derfra til.
  `_prisfordeling` gør det for hvert tabelstykke (`tabelstykker`) og lægger linjebeløbene
  sammen i hele øre; både `beregn_ledsagelse` og batchen bruger den hurtige.
- `_timer` og `_beloeb` er timerne (fire decimaler) og linjebeløbet (øre), halvt op, regnet
  eksakt i heltal.
- `_beregn_fabrik` giver `beregn_ledsagelse` en hurtig vej uden om kontekstskiftet (se
  `forloebsregler._kontekst.hurtig_vej`): kaldet fordeler tiden og regner totalen i heltal
  (øre) og gør den til én `Decimal`; linjer, timer og begrundelse regnes, når de læses, i
  bibliotekets kontekst.
  Med andre argumenter end to positionelle tidspunkter og eventuelt en taksttabel, et
  takstregister og en kalender (de præcise typer) som navngivne, eller hvis noget går galt,
  sendes kaldet videre til den fulde, indpakkede funktion.
- `_Ledsagelsesbatch` er den hurtige, strømmende batch bag `beregn_mange`: flade poster med
  heltalsregning i øre, regnet i bidder (`_kontekst.bidstroem`); en egenskabstest sikrer, at
  den giver samme tal som `beregn_ledsagelse`.
"""

from __future__ import annotations

import functools
import itertools
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from datetime import timedelta
from decimal import Decimal, getcontext, setcontext
from typing import TYPE_CHECKING, Any

from forloebsregler._kontekst import KONTEKST
from forloebsregler._ledsagelse_grundlag import (
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
    daekker_hele,
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


_Blok = tuple[list[int], list[tuple[int, int, int]]]
"""Kalenderens tidsrum fra starten af et UTC-døgn og `_BLOKDOEGN` døgn frem, i tidsorden og
uden huller, med nabotidsrum i samme kategori slået sammen (fx aften 17–23 og nat 23–06):
(slutterne, [(start_us, slut_us, kategoriindeks), …])."""
_BLOKDOEGN = 3
_OFFICIELLE_BLOKKE: dict[int, _Blok] = {}
"""`_blok(OFFICIEL_KALENDER, dag)` pr. UTC-døgn; højst `_MAKS_BLOKKE` ad gangen."""
_MAKS_BLOKKE = 1 << 14


def _blok(kalender: Kalender, dag: int) -> _Blok:
    """Blokken fra UTC-døgnet `dag`: `_segmenter` for hvert af døgnene, uden gentagelser og med
    nabotidsrum i samme kategori slået sammen, og skåret af, hvor blokkens sidste døgn slutter.
    Et forløb, der når et døgn efter blokken, slår derfor selv døgnet op (i sin egen blok), som
    den læsbare `_fordel` gør; kan kalenderen ikke slå et af de følgende døgn op (fx efter
    2100), slutter blokken før det, og først et forløb, der når døgnet, får fejlen."""
    tidsrum: list[tuple[int, int, int]] = []
    d = dag
    while d < dag + _BLOKDOEGN:
        try:
            segmenter = _segmenter(kalender, d)
        except Exception:
            if d == dag:
                raise
            break
        for a, b, k, _r in segmenter:
            if tidsrum and a < tidsrum[-1][1]:
                continue  # rører også døgnet før og er allerede med
            if tidsrum and tidsrum[-1][2] == k:
                tidsrum[-1] = (tidsrum[-1][0], b, k)
            else:
                tidsrum.append((a, b, k))
        d += 1
    slut = d * US_PR_DOEGN  # tidsrummene er sammenhængende: kun det sidste kan nå forbi
    a, b, k = tidsrum[-1]
    tidsrum[-1] = (a, min(b, slut), k)
    return [b for _, b, _ in tidsrum], tidsrum


def _kategoritid(
    start_us: int, slut_us: int, kalender: Kalender, blokke: dict[int, _Blok]
) -> dict[int, int]:
    """Mikrosekunderne i [start, slut) pr. kategoriindeks, kun for kategorier, tiden rører
    (den hurtige vej for kaldet og batchen; en egenskabstest sammenligner med `_fordel`).
    Tidsrummet med `start` findes ved binær søgning i en blok af kalenderens tidsrum, som
    `blokke` gemmer pr. UTC-døgn; derfra lægges de følgende tidsrum til, til `slut`."""
    tid: dict[int, int] = {}
    t = start_us
    while t < slut_us:
        dag = t // US_PR_DOEGN
        blok = blokke.get(dag)
        if blok is None:
            if len(blokke) >= _MAKS_BLOKKE:  # hukommelsen holdes konstant
                blokke.clear()
            blok = blokke[dag] = _blok(kalender, dag)
        slutter, tidsrum = blok
        i = bisect_right(slutter, t)  # det tidsrum, t ligger i (det begynder senest i t)
        while i < len(tidsrum):
            _a, b, k = tidsrum[i]
            if b >= slut_us:
                tid[k] = tid.get(k, 0) + slut_us - t
                return tid
            tid[k] = tid.get(k, 0) + b - t
            t = b
            i += 1
    return tid


def _blokke(kalender: Kalender) -> dict[int, _Blok]:
    """Lageret af blokke for kalenderen: den officielle kalenders fælles, ellers et nyt."""
    return _OFFICIELLE_BLOKKE if kalender is OFFICIEL_KALENDER else {}


def _prisfordeling(
    stykker: list[tuple[int, int, Taksttabel]], kal: Kalender, blokke: dict[int, _Blok]
) -> tuple[_Dele, int]:
    """Tiden pr. takstkategori for hvert af forløbets tabelstykker (`tabelstykker`: [a, b) og
    tabellen, i tidsorden), og totalen i hele øre: summen af linjebeløbene (én linje pr. brugt
    kategori og tabel), hver afrundet halvt op (LED-04) — den samme sum som `_linjer`s beløb.
    `blokke` er kalenderens lager (`_blokke`)."""
    dele = []
    oere = 0
    for a, b, tabel in stykker:
        kat = [0, 0, 0, 0, 0, 0, 0]
        takster = tabel.takster_i_oere
        for k, us in _kategoritid(a, b, kal, blokke).items():
            kat[k] = us
            oere += _oere(us, takster[k])
        dele.append((tabel, tuple(kat)))
    return tuple(dele), oere


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


class _Ledsagelsesbatch:
    """Posterne bag `beregn_mange`, regnet i bidder (`fyld`, til `_kontekst.bidstroem`)."""

    __slots__ = ("_blokke", "_episoder", "_kal", "_raekke", "_sidste", "_tabeller")

    def __init__(
        self, episoder: Iterator[object], tabeller: Taksttabel | Takstregister, kal: Kalender
    ) -> None:
        self._episoder = episoder
        self._tabeller = tabeller
        self._kal = kal
        self._blokke = _blokke(kal)
        self._raekke = 0
        # tabellen, der prøves først: den sidste episodes (episoder i træk deler som regel tabel)
        self._sidste: Taksttabel | None = tabeller if isinstance(tabeller, Taksttabel) else None

    def fyld(self, poster: list[dict[str, Any]], antal: int) -> bool:
        """Læg posterne for de næste (højst) `antal` episoder i `poster`; svar, om episoderne
        er brugt op."""
        tabeller, kal, blokke = self._tabeller, self._kal, self._blokke
        sidste = self._sidste
        raekke = foerste = self._raekke
        ny_post, tilfoej, iso, kategoritid = _NULPOST.copy, poster.append, _iso, _kategoritid
        kolonner_timer, kolonner_beloeb, oere = _KOLONNER_TIMER, _KOLONNER_BELOEB, OERE
        # Bidden regnes i `KONTEKST` (`bidstroem`), men at læse en episode kører kalderens kode,
        # som kan sætte sin egen (fx `yield` i `decimal.localcontext()`): tjekkes før decimalerne.
        kontekst, hent_kontekst, saet_kontekst = KONTEKST, getcontext, setcontext
        try:
            for episode in itertools.islice(self._episoder, antal):
                raekke += 1
                try:
                    if type(episode) is tuple and len(episode) == 2:
                        start, slut = episode
                    else:
                        start, slut = _udpak_episode(episode)
                    _, _, s_us, e_us = kraev_periode(start, slut)  # som i `beregn_ledsagelse`
                    if sidste is not None and daekker_hele(sidste, s_us, e_us):
                        stykker = None  # hele episoden i den forriges tabel
                    else:
                        stykker = tabelstykker(s_us, e_us, tabeller, sidste)
                        sidste = stykker[-1][2]
                except Exception as fejl:  # en defekt række må ikke stoppe batchen
                    tilfoej(_fejlpost(raekke, _episodefejl(fejl)))
                    continue
                if hent_kontekst() is not kontekst:  # kalderens kilde kan have sat sin egen
                    saet_kontekst(kontekst)
                post = ny_post()  # nul i alle kategorier; kun de brugte udfyldes
                post["raekke"] = raekke
                post["start"] = iso(s_us)
                post["slut"] = iso(e_us)
                try:
                    if stykker is None or len(stykker) == 1:  # én tabel: `sidste`
                        post["niveau"] = sidste.niveau
                        takster = sidste.takster_i_oere
                        tid = kategoritid(s_us, e_us, kal, blokke)
                        # heltalsregning i øre (samme resultat som `_beloeb`), én `Decimal` pr. tal
                        if len(tid) == 1:  # én kategori: den er hele episoden
                            ((k, us),) = tid.items()
                            post["timer"] = post[kolonner_timer[k]] = _timer(us)
                            post["total"] = post[kolonner_beloeb[k]] = oere * _oere(us, takster[k])
                        else:
                            total = 0
                            for k, us in tid.items():
                                n = _oere(us, takster[k])
                                total += n
                                post[kolonner_timer[k]] = _timer(us)
                                post[kolonner_beloeb[k]] = oere * n
                            post["timer"] = _timer(e_us - s_us)
                            post["total"] = oere * total
                    else:
                        post["timer"] = _timer(e_us - s_us)
                        _udfyld_flere_tabeller(post, *_prisfordeling(stykker, kal, blokke))
                except ForloebsreglerFejl as fejl:  # fx en dag, kalenderen ikke kender
                    tilfoej(_fejlpost(raekke, str(fejl)))
                    continue
                tilfoej(post)
        finally:
            self._raekke = raekke
            self._sidste = sidste
        return raekke - foerste < antal


def _episodefejl(fejl: Exception) -> str:
    """Fejlposten for en episode, der ikke kan prissættes: bibliotekets egen besked, eller for
    en defekt række (fx en mapping, der rejser noget andet) undtagelsens type og tekst."""
    if isinstance(fejl, ForloebsreglerFejl):
        return str(fejl)
    return f"episode: kunne ikke læses ({type(fejl).__name__}: {fejl})"


def _fejlpost(raekke: int, fejl: str) -> dict[str, Any]:
    post: dict[str, Any] = dict.fromkeys(_NULPOST)
    post["raekke"] = raekke
    post["fejl"] = fejl
    return post


_Doegnets_isodele = tuple[int, str, str, str]
_ISO_PR_DOEGN: dict[int, _Doegnets_isodele | None] = {}
"""Pr. UTC-døgn (døgn efter epoken), når Københavns offset er det samme hele døgnet og er hele
timer (1–23): (offsettet i timer, datoteksten 'ÅÅÅÅ-MM-DDT' for UTC-døgnets dato, den for den
næste dato, offsetteksten, fx '+01:00'); ellers None (et døgn med skift til eller fra
sommertid, og før 1894: så regnes tidspunktet med `isoformat`). Med et fast offset i hele timer
er den danske time UTC-timen plus offsettet (til og med kl. 23 samme dato, derefter den næste),
og minutter og sekunder er de samme som i UTC. Ét opslag pr. døgn (ikke pr. time) holder lageret
lille nok til data over mange år."""
_TIMETEKST = tuple(f"{t % 24:02d}:" for t in range(48))
"""'TT:' for den danske time: UTC-timen + offsettet (1–46)."""
_TO_CIFRE = tuple(f"{n:02d}" for n in range(60))
_MINUT_SEKUND = tuple([f"{m}:" + s for m in _TO_CIFRE for s in _TO_CIFRE])
"""'MM:SS' pr. sekund i timen (sat sammen af 60 tekster: en tiendedel af importtiden for 3.600
formateringer)."""
_MAKS_DOEGN = 1 << 14
"""Højst så mange døgn i `_ISO_PR_DOEGN` (omkring 45 år); et fuldt opslag tømmes."""
_MANGLER: _Doegnets_isodele = (0, "", "", "")
_EN_TIME = timedelta(hours=1)
_ET_DOEGN = timedelta(days=1)


def _doegnets_isodele(dag: int) -> _Doegnets_isodele | None:
    start = dag * US_PR_DOEGN
    foer = tid_af_us(start)
    offset = foer.utcoffset()
    fundet = None
    # Det samme offset ved døgnets begyndelse og slutning er det samme hele døgnet: Københavns
    # skift ligger måneder fra hinanden (prøvet én gang for hvert UTC-døgn 1900–2199, se
    # docs/kvalitet.md; en egenskabstest sammenligner med `isoformat` omkring skiftene).
    if (
        offset is not None
        and timedelta(0) < offset < _ET_DOEGN
        and not offset % _EN_TIME  # hele timer
        and tid_af_us(start + US_PR_DOEGN - 1).utcoffset() == offset
    ):
        tekst = foer.isoformat()  # 'ÅÅÅÅ-MM-DDT00:00:00+TT:MM': UTC-døgnets dato
        naeste = f"{(foer.date() + _ET_DOEGN).isoformat()}T"
        fundet = (offset // _EN_TIME, tekst[:11], naeste, tekst[19:])
    if len(_ISO_PR_DOEGN) >= _MAKS_DOEGN:
        _ISO_PR_DOEGN.clear()
    _ISO_PR_DOEGN[dag] = fundet
    return fundet


def _iso(us: int) -> str:
    """`tid_af_us(us).isoformat()` (dansk tid med offset), sat sammen af opslag pr. UTC-døgn,
    time og sekund — `isoformat` på et tidszonebevidst tidspunkt er batchens dyreste skridt.
    En egenskabstest sammenligner de to over hele kalenderens rækkevidde."""
    dag, rest = divmod(us, US_PR_DOEGN)
    dele = _ISO_PR_DOEGN.get(dag, _MANGLER)
    if dele is _MANGLER:
        dele = _doegnets_isodele(dag)
    if dele is None:
        return str(tid_af_us(us).isoformat())
    offset, dato, naeste, offsettekst = dele
    time, rest = divmod(rest, US_PR_TIME)
    time += offset
    if time >= 24:
        dato = naeste
    sekund, mikro = divmod(rest, 1_000_000)
    if mikro:
        return f"{dato}{_TIMETEKST[time]}{_MINUT_SEKUND[sekund]}.{mikro:06d}{offsettekst}"
    return f"{dato}{_TIMETEKST[time]}{_MINUT_SEKUND[sekund]}{offsettekst}"


def _udfyld_flere_tabeller(post: dict[str, Any], dele: _Dele, oere: int) -> None:
    """En episode over flere takstniveauer (`_prisfordeling`): niveauerne adskilt af komma,
    timer og beløb pr. kategori summeret over tabellerne (hver linje afrundet for sig)."""
    post["niveau"] = ", ".join(dict.fromkeys(tabel.niveau for tabel, _ in dele))
    for i in range(7):
        post[_KOLONNER_TIMER[i]] = _timer(sum(kat[i] for _, kat in dele))
        post[_KOLONNER_BELOEB[i]] = OERE * sum(
            _oere(kat[i], tabel.takster_i_oere[i]) for tabel, kat in dele
        )
    post["total"] = OERE * oere


def _beregn_fabrik(fuld: Callable[..., Any], *, ny: Callable[..., Any]) -> Callable[..., Any]:
    """Den hurtige vej for `beregn_ledsagelse(start, slut)`, også med `takster=` (en
    `Taksttabel` eller et `Takstregister`) og `kalender=` (en `Kalender`) som navngivne
    argumenter; `ny` bygger resultatet af fakta (se modulets docstring). Underklasser, en
    takstfil og alle andre kaldeformer går den fulde vej."""
    register = STANDARD_TAKSTREGISTER
    kalender = OFFICIEL_KALENDER
    sidste = register.tabeller[-1]  # prøves først: registrets nyeste tabel

    def let(*args: Any, **kwargs: Any) -> Any:
        if len(args) != 2:
            return fuld(*args, **kwargs)
        tabeller: Taksttabel | Takstregister = register
        hint: Taksttabel | None = sidste
        kal = kalender
        if kwargs:
            if not kwargs.keys() <= _VALG:
                return fuld(*args, **kwargs)
            takster = kwargs.get("takster")
            if takster is not None:
                if type(takster) is not Taksttabel and type(takster) is not Takstregister:
                    return fuld(*args, **kwargs)  # fx en takstfil
                tabeller, hint = takster, None
            valgt = kwargs.get("kalender")
            if valgt is not None:
                if type(valgt) is not Kalender:
                    return fuld(*args, **kwargs)
                kal = valgt
        try:
            _, _, s_us, e_us = kraev_periode(args[0], args[1])
            stykker = tabelstykker(s_us, e_us, tabeller, hint)
            dele, oere = _prisfordeling(stykker, kal, _blokke(kal))
        except Exception:
            pass  # den fulde vej giver fejlen, uden for except-blokken (ikke kædet til denne)
        else:
            return ny(s_us, e_us, dele, oere, tabeller, kal)
        return fuld(*args, **kwargs)

    return let


_VALG = frozenset({"takster", "kalender"})
