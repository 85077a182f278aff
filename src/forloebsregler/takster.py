"""Ledsagelsens timetakster: daterede taksttabeller, regulering og kommunens takstfil.

Kilder: *Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i
forbindelse med sygehusbehandling*, afsnittet **Afregning** (»Regionen afregner med følgende
timetakster … (2019-niveau)« og »Taksterne reguleres årligt med Danske Regioners
fremskrivningssats for løn på sundhedsområdet«), og *Standardkontrakten*, punkt **8.
Økonomi** (»en fast takst på 277,21 kroner pr. time (2019-niveau) plus tillæg«).

- `Taksttabel`: syv timetakster (én pr. `Takstkategori`) med gyldighedsperiode, kilde og
  oprindelse; `fremskriv`/`fremskriv_aarligt` regulerer dem (hver takst afrundet halvt op
  til øre, fortolkningsloggen LED-06).
- `TAKSTER_2019`: de offentliggjorte 2019-beløb fra pakkedatafilen `data/ledsagelse.toml`
  (gælder kalenderåret 2019, LED-07).
- `Takstregister`/`STANDARD_TAKSTREGISTER`: daterede tabeller uden overlap; en tabel gælder
  kun sin egen periode, og uden en gældende tabel er en beregning en `ManglendeTakstFejl`.
- `indlaes_takster(sti)`: en kommunes egen takstfil (TOML eller CSV) som register.

Hvilken kategori et tidspunkt hører til, står i `forloebsregler.takstperioder`; prisen for en
periode i `forloebsregler.ledsagelsespris`; kilometertaksten i
`forloebsregler.kilometergodtgoerelse`.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import os
import tomllib
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from forloebsregler._ledsagelse_grundlag import (
    EN_US,
    EPOKE,
    FOERSTE_DAG,
    LEDSAGELSESDATA,
    MAKS_BELOEB,
    OERE,
    SIDSTE_DAG,
    kraev_dag,
    kraev_kroner,
)
from forloebsregler._parametre import DateretParameter, decimal_af
from forloebsregler._valider import kraev_decimal, kraev_enum, kraev_tekst, vis
from forloebsregler.fejl import (
    ForloebsreglerFejl,
    ManglendeTakstFejl,
    PeriodeFejl,
    UgyldigTypeFejl,
    UgyldigVaerdiFejl,
    UkendtNavnFejl,
)
from forloebsregler.kalender import KOEBENHAVN
from forloebsregler.kilder import SAMARBEJDSAFTALE_LEDSAGELSE, STANDARDKONTRAKT_LEDSAGELSE, Kilde
from forloebsregler.takstperioder import KILDE_TAKSTTABEL, Takstkategori

if TYPE_CHECKING:
    from forloebsregler.typer import Afbildning, Beloeb, Dato, TakstkategoriArg

__all__ = [
    "STANDARD_TAKSTREGISTER",
    "TAKSTER_2019",
    "DateretParameter",
    "Takstregister",
    "Taksttabel",
    "indlaes_takster",
]

_AFSNIT_AFREGNING = "Afregning"

KILDE_REGULERING = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING,
    "Taksterne reguleres årligt med Danske Regioners fremskrivningssats for løn på "
    "sundhedsområdet.",
)
KILDE_KONTRAKT_TAKST = STANDARDKONTRAKT_LEDSAGELSE.kilde(
    "8. Økonomi",
    "Der afregnes med en fast takst på 277,21 kroner pr. time (2019-niveau) plus tillæg for "
    "aften og weekendarbejde.",
)

_KATEGORIER: tuple[Takstkategori, ...] = tuple(Takstkategori)
_INDEKS: dict[Takstkategori, int] = {k: i for i, k in enumerate(_KATEGORIER)}

_DATA_2019 = LEDSAGELSESDATA["timetakster"][0]

# --------------------------------------------------------------------------- takster


def _til_takster(
    vaerdi: Afbildning[TakstkategoriArg, Beloeb] | list[Beloeb] | tuple[Beloeb, ...],
) -> tuple[Decimal, ...]:
    """Takster som mapping kategori → beløb (alle syv) eller en sekvens af syv beløb."""
    if isinstance(vaerdi, Mapping):
        fundne: dict[Takstkategori, Decimal] = {}
        for noegle, beloeb in vaerdi.items():
            kat = kraev_enum(Takstkategori, noegle, "takster (nøgle)")
            fundne[kat] = _kraev_takst(beloeb, f"takster[{kat.name}]")
        mangler = [k.name for k in _KATEGORIER if k not in fundne]
        if mangler:
            raise UgyldigVaerdiFejl(
                f"takster: mangler {', '.join(mangler)}; accepterer en takst for hver af de syv "
                "takstkategorier"
            )
        return tuple(fundne[k] for k in _KATEGORIER)
    if isinstance(vaerdi, list | tuple) and len(vaerdi) == len(_KATEGORIER):
        return tuple(
            _kraev_takst(v, f"takster[{k.name}]") for v, k in zip(vaerdi, _KATEGORIER, strict=True)
        )
    raise UgyldigTypeFejl(
        f"takster: fik {vis(vaerdi)}; accepterer en dict Takstkategori → beløb for alle syv "
        "kategorier eller en sekvens af syv beløb i tabellens rækkefølge"
    )


def _kraev_takst(vaerdi: object, navn: str) -> Decimal:
    """En timetakst: kroner større end 0 med højst to decimaler (øre)."""
    kraev_decimal(vaerdi, navn, positiv=True, maks_vaerdi=MAKS_BELOEB)
    return kraev_kroner(vaerdi, navn)


def _til_dato(vaerdi: Dato) -> date:
    return kraev_dag(vaerdi, "gyldig_fra/gyldig_til")


def _til_tekst(vaerdi: str) -> str:
    return kraev_tekst(vaerdi, "niveau")


def _til_kilde(vaerdi: Kilde | None) -> Kilde | None:
    if vaerdi is None or isinstance(vaerdi, Kilde):
        return vaerdi
    raise UgyldigTypeFejl(f"kilde: fik {vis(vaerdi)}; accepterer en Kilde eller None")


def _til_oprindelse(vaerdi: str | None) -> str | None:
    return None if vaerdi is None else kraev_tekst(vaerdi, "oprindelse")


def _lokal_midnat_us(dag: date) -> int:
    return (datetime(dag.year, dag.month, dag.day, tzinfo=KOEBENHAVN) - EPOKE) // EN_US


def _kildetekst(kilde: Kilde | None) -> str:
    if kilde is None:
        return "givet af kalderen (ingen kilde oplyst)"
    return f"{kilde.dokument.titel}, afsnit {kilde.afsnit}"


def _faktortekst(faktor: Decimal) -> str:
    return format(faktor, "f")


@attrs.frozen(repr=False)
class Taksttabel:
    """En dateret tabel over timetaksterne i de syv kategorier.

    `gyldig_fra` og `gyldig_til` er lokale kalenderdatoer, begge inklusive; tabellen
    prissætter kun timer i den periode (`uden_datograense()` siger udtrykkeligt, at den skal
    gælde alle datoer). Taksterne er de offentliggjorte beløb pr. time; tillægsprocenterne
    ligger fast i `TILLAEG_PROCENT`. `oprindelse` siger, hvor taksterne kommer fra (en
    datafil, en takstfil eller en fremskrivning og hvordan); den følger med i de
    `anvendte_parametre`, et resultat lister.
    """

    niveau: str = attrs.field(converter=_til_tekst)
    gyldig_fra: date = attrs.field(converter=_til_dato)
    gyldig_til: date = attrs.field(converter=_til_dato)
    takster: tuple[Decimal, ...] = attrs.field(converter=_til_takster)
    kilde: Kilde | None = attrs.field(default=None, converter=_til_kilde)
    oprindelse: str | None = attrs.field(default=None, converter=_til_oprindelse)
    verificeret: str | None = attrs.field(default=None, converter=_til_oprindelse)
    _fra_us: int = attrs.field(init=False, repr=False, eq=False)
    _til_us: int = attrs.field(init=False, repr=False, eq=False)
    _oere_int: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _parametre: tuple[DateretParameter, ...] = attrs.field(init=False, repr=False, eq=False)

    def __repr__(self) -> str:
        """Kort: niveau og periode (kilden og de syv beløb ses i felterne)."""
        return f"Taksttabel({self.niveau!r}, {self.gyldig_fra}–{self.gyldig_til})"

    def __attrs_post_init__(self) -> None:
        if self.gyldig_til < self.gyldig_fra:
            raise PeriodeFejl(
                f"gyldig_til: fik {self.gyldig_til.isoformat()}, som er før gyldig_fra "
                f"{self.gyldig_fra.isoformat()}; accepterer en dato samme dag eller senere"
            )
        object.__setattr__(self, "_fra_us", _lokal_midnat_us(self.gyldig_fra))
        object.__setattr__(self, "_til_us", _lokal_midnat_us(self.gyldig_til + timedelta(days=1)))
        # taksterne er hele øre (afvises ellers), så linjebeløbet regnes eksakt i heltal
        object.__setattr__(self, "_oere_int", tuple(int(t * 100) for t in self.takster))
        kilde = self.oprindelse or _kildetekst(self.kilde)
        object.__setattr__(
            self,
            "_parametre",
            tuple(
                DateretParameter(
                    navn=f"timetakst {k.value} ({self.niveau})",
                    vaerdi=t,
                    enhed="kr./time",
                    gyldig_fra=self.gyldig_fra,
                    gyldig_til=self.gyldig_til,
                    kilde=kilde,
                    verificeret=self.verificeret or "",
                )
                for k, t in zip(_KATEGORIER, self.takster, strict=True)
            ),
        )

    @property
    def takster_i_oere(self) -> tuple[int, ...]:
        """Taksterne i hele øre (til eksakt heltalsregning af linjebeløb)."""
        return self._oere_int

    @property
    def parametre(self) -> tuple[DateretParameter, ...]:
        """Tabellens syv takster som daterede parametre (i kategoriernes rækkefølge)."""
        return self._parametre

    def takst(self, kategori: TakstkategoriArg) -> Decimal:
        """Timetaksten i kroner for `kategori`."""
        return self.takster[_INDEKS[kraev_enum(Takstkategori, kategori, "kategori")]]

    def gaelder(self, dag: date | str) -> bool:
        """Om tabellen gælder den lokale dato `dag`."""
        dag = kraev_dag(dag, "dag")
        return self.gyldig_fra <= dag <= self.gyldig_til

    def uden_datograense(self) -> Taksttabel:
        """Samme takster, udtrykkeligt gældende for alle datoer (1900–2199).

        Kun når kalderen bevidst vil prissætte timer uden for tabellens egen periode; ellers
        rejser en beregning `ManglendeTakstFejl` for timer uden for perioden. `oprindelse`
        siger, at tabellen er brugt uanset dato.
        """
        return Taksttabel(
            niveau=self.niveau,
            gyldig_fra=FOERSTE_DAG,
            gyldig_til=SIDSTE_DAG,
            takster=self.takster,
            kilde=self.kilde,
            oprindelse=(
                f"{self.oprindelse or _kildetekst(self.kilde)}; gyldig "
                f"{self.gyldig_fra.isoformat()}–{self.gyldig_til.isoformat()}, men udtrykkeligt "
                "brugt uanset dato (uden_datograense)"
            ),
        )

    def fremskriv(
        self,
        faktor: Decimal | int | str,
        *,
        niveau: str | None = None,
        gyldig_fra: date | str,
        gyldig_til: date | str,
    ) -> Taksttabel:
        """En ny tabel: hver takst × `faktor`, afrundet halvt op til øre.

        Samarbejdsaftalen regulerer taksterne årligt med Danske Regioners fremskrivningssats;
        satsen står ikke i kilderne, så den gives som `faktor` (fx `Decimal("1.021")`).
        Hver takst afrundes for sig (fortolkningsloggen LED-06). Den nye tabels `oprindelse`
        siger, hvordan den er afledt; uden `niveau` hedder den fx »2019-niveau × 1.021«.
        """
        f = kraev_decimal(faktor, "faktor", positiv=True, maks_vaerdi=100)
        return Taksttabel(
            niveau=f"{self.niveau} × {_faktortekst(f)}" if niveau is None else niveau,
            gyldig_fra=gyldig_fra,
            gyldig_til=gyldig_til,
            takster=tuple((t * f).quantize(OERE, ROUND_HALF_UP) for t in self.takster),
            kilde=KILDE_REGULERING,
            oprindelse=(
                f"fremskrevet: {self.niveau} × {_faktortekst(f)}, hver takst afrundet halvt op "
                f"til øre (LED-06); {self.niveau}: {self.oprindelse or _kildetekst(self.kilde)}"
            ),
        )

    def fremskriv_aarligt(
        self, faktorer: Mapping[int, Decimal | int | str] | Iterable[tuple[int, Beloeb]]
    ) -> Takstregister:
        """Et register med denne tabel og én tabel pr. år, hver fremskrevet fra året før.

        `faktorer` er år → fremskrivningsfaktor, fx ``{2020: "1.021", 2021: "1.03"}``: 2020
        = denne tabel × 1,021, 2021 = 2020-tabellen × 1,03 (hver takst afrundet til øre for
        hvert år, LED-06). Årene skal følge hinanden uden hul, og det første år skal være
        året efter tabellens `gyldig_til`, som skal være en 31. december. Hver ny tabel
        gælder sit kalenderår og hedder fx »2021-niveau (2019-niveau × 1.021 × 1.03)«.
        """
        accepterer = "accepterer en dict år → faktor, fx {2020: '1.021', 2021: '1.03'}"
        if isinstance(faktorer, Mapping):
            par: list[Any] = list(faktorer.items())
        elif isinstance(faktorer, str | bytes) or not isinstance(faktorer, Iterable):
            raise UgyldigTypeFejl(f"faktorer: fik {vis(faktorer)}; {accepterer}")
        else:
            par = list(faktorer)
        if not par:
            raise UgyldigVaerdiFejl(f"faktorer: fik ingen; {accepterer}")
        aar: list[int] = []
        for p in par:
            if not isinstance(p, tuple | list) or len(p) != 2:
                raise UgyldigTypeFejl(f"faktorer: fik elementet {vis(p)}; {accepterer}")
            if type(p[0]) is not int or not FOERSTE_DAG.year <= p[0] <= SIDSTE_DAG.year:
                raise UgyldigVaerdiFejl(
                    f"faktorer: år {vis(p[0])}; accepterer et helt årstal fra "
                    f"{FOERSTE_DAG.year} til {SIDSTE_DAG.year}"
                )
            aar.append(p[0])
        par.sort(key=lambda x: x[0])
        aar.sort()
        if (self.gyldig_til.month, self.gyldig_til.day) != (12, 31):
            raise UgyldigVaerdiFejl(
                f"faktorer: {self.niveau} gælder til {self.gyldig_til.isoformat()}; en årlig "
                "fremskrivning kræver en tabel, der slutter 31. december"
            )
        forventet = self.gyldig_til.year + 1
        if aar != list(range(forventet, forventet + len(aar))):
            raise UgyldigVaerdiFejl(
                f"faktorer: fik årene {', '.join(map(str, aar))}; accepterer år i træk fra "
                f"{forventet} (året efter {self.niveau}) uden hul"
            )
        tabeller = [self]
        kaede: list[str] = []
        forrige = self
        for a, faktor in par:
            f = kraev_decimal(faktor, f"faktorer[{a}]", positiv=True, maks_vaerdi=100)
            kaede.append(_faktortekst(f))
            forrige = forrige.fremskriv(
                f,
                niveau=f"{a}-niveau ({self.niveau} × {' × '.join(kaede)})",
                gyldig_fra=date(a, 1, 1),
                gyldig_til=date(a, 12, 31),
            )
            tabeller.append(forrige)
        return Takstregister(tabeller)


def _tabel_af_data(data: Mapping[str, Any]) -> Taksttabel:
    return Taksttabel(
        niveau=data["niveau"],
        gyldig_fra=data["gyldig_fra"],
        gyldig_til=data["gyldig_til"],
        takster={
            Takstkategori[n]: decimal_af(v, f"timetakster.{n}") for n, v in data["takster"].items()
        },
        kilde=KILDE_TAKSTTABEL,
        oprindelse=data["kilde"],
        verificeret=data["verificeret"],
    )


TAKSTER_2019 = _tabel_af_data(_DATA_2019)
"""Samarbejdsaftalens timetakster (2019-niveau), de offentliggjorte beløb, fra pakkedatafilen
`data/ledsagelse.toml`.

Gælder kalenderåret 2019 (fortolkningsloggen LED-07)."""


def _til_tabeller(vaerdi: Iterable[Taksttabel]) -> tuple[Taksttabel, ...]:
    if isinstance(vaerdi, str | bytes) or not isinstance(vaerdi, Iterable):
        raise UgyldigTypeFejl(f"tabeller: fik {vis(vaerdi)}; accepterer en samling af Taksttabel")
    tabeller = tuple(vaerdi)
    for t in tabeller:
        if not isinstance(t, Taksttabel):
            raise UgyldigTypeFejl(f"tabeller: fik {vis(t)}; accepterer kun Taksttabel")
    tabeller = tuple(sorted(tabeller, key=lambda t: t.gyldig_fra))
    for a, b in itertools.pairwise(tabeller):
        if b.gyldig_fra <= a.gyldig_til:
            raise UgyldigVaerdiFejl(
                f"tabeller: {a.niveau} ({a.gyldig_fra}–{a.gyldig_til}) og {b.niveau} "
                f"({b.gyldig_fra}–{b.gyldig_til}) overlapper; accepterer tabeller uden overlap"
            )
    return tabeller


@attrs.frozen(repr=False)
class Takstregister:
    """En uforanderlig samling af daterede taksttabeller uden overlap.

    `med(tabel)` giver et nyt register; en tabel med præcis samme periode erstattes.
    Der er ingen global tilstand: registret gives til beregningen med `takster=`.
    En kommunes egen takstfil læses med `indlaes_takster(sti)`.
    """

    tabeller: tuple[Taksttabel, ...] = attrs.field(converter=_til_tabeller)

    def __repr__(self) -> str:
        """Kort: tabellernes niveauer (højst tre vises) og den samlede periode."""
        if not self.tabeller:
            return "Takstregister()"
        niveauer = ", ".join(t.niveau for t in self.tabeller[:3])
        if len(self.tabeller) > 3:
            niveauer += f" … ({len(self.tabeller)} tabeller)"
        periode = f"{self.tabeller[0].gyldig_fra}–{max(t.gyldig_til for t in self.tabeller)}"
        return f"Takstregister({niveauer}; {periode})"

    def med(self, *tabeller: Taksttabel) -> Takstregister:
        """Et nyt register med `tabeller` tilføjet (samme periode erstatter den gamle)."""
        nye = _til_tabeller(tabeller)
        perioder = {(t.gyldig_fra, t.gyldig_til) for t in nye}
        beholdte = [t for t in self.tabeller if (t.gyldig_fra, t.gyldig_til) not in perioder]
        return Takstregister((*beholdte, *nye))

    def tabel_for(self, dag: date | str) -> Taksttabel:
        """Tabellen, der gælder den lokale dato `dag`; ellers `ManglendeTakstFejl`."""
        dag = kraev_dag(dag, "dag")
        for t in self.tabeller:
            if t.gyldig_fra <= dag <= t.gyldig_til:
                return t
        raise ManglendeTakstFejl(_mangler_takst_besked(dag, self))


def _mangler_takst_besked(dag: date, register: Takstregister | Taksttabel) -> str:
    tabeller = register.tabeller if isinstance(register, Takstregister) else (register,)
    kendte = ", ".join(f"{t.niveau} ({t.gyldig_fra}–{t.gyldig_til})" for t in tabeller)
    return (
        f"takster: ingen taksttabel gælder {dag.isoformat()} (kendte: {kendte or 'ingen'}); "
        "kilderne oplyser et prisniveau, ikke gyldighedsdatoer (fortolkningsloggen LED-07); "
        "giv en Taksttabel eller et Takstregister med takster=, fx "
        "TAKSTER_2019.fremskriv(faktor, niveau=..., gyldig_fra=..., gyldig_til=...)"
    )


STANDARD_TAKSTREGISTER = Takstregister((TAKSTER_2019,))
"""Standardregistret: kun 2019-tabellen. Senere år tilføjes med `.med(tabel)`."""


# --------------------------------------------------------------------------- takstfil

_TABELFELTER = ("niveau", "gyldig_fra", "gyldig_til", "kilde", "verificeret")


def indlaes_takster(sti: str | os.PathLike[str]) -> Takstregister:
    """En kommunes egen takstfil (TOML eller CSV) som et `Takstregister`.

    Filen holder regionens regulerede taksttabeller, som kommunen selv vedligeholder (kilderne
    giver kun 2019-niveau). Hver tabel har `niveau`, `gyldig_fra`, `gyldig_til` (lokale
    datoer, begge inklusive), en takst for hver af de syv kategorier (navnene fra
    `Takstkategori`, fx ``GRUNDLOEN``) og eventuelt `kilde` og `verificeret`.

    - TOML: én ``[[tabel]]`` pr. periode; beløb som tal (``300.15``) eller tekst (``"300.15"``).
    - CSV (fx fra et regneark): én række pr. periode med kolonnerne ``niveau``,
      ``gyldig_fra``, ``gyldig_til``, de syv kategorinavne og eventuelt ``kilde`` og
      ``verificeret``; komma eller semikolon som skilletegn (ved semikolon må beløb have
      decimalkomma, fx ``300,15``).

    Filen afvises med en fejl, der nævner filen, tabellen og feltet, ved overlappende eller
    ikke-sammenhængende perioder (hul mellem tabellerne), en manglende eller ukendt
    takstkategori, et ukendt felt og beløb, der er negative, nul eller ikke hele øre.
    Tabellerne gælder kun deres egen periode; kombinér med 2019-tabellen ved
    ``STANDARD_TAKSTREGISTER.med(*register.tabeller)``.
    """
    if not isinstance(sti, str | os.PathLike):
        raise UgyldigTypeFejl(f"sti: fik {vis(sti)}; accepterer en filsti (str eller Path)")
    try:
        fil = Path(sti)
        stat = fil.stat()
        fuld = str(fil.resolve())
    except (OSError, ValueError) as fejl:
        raise UgyldigVaerdiFejl(
            f"takster: kan ikke læse takstfilen {vis(sti)} "
            f"({getattr(fejl, 'strerror', None) or fejl}); accepterer en TOML- eller CSV-fil "
            "med taksttabeller"
        ) from None
    return _indlaes_takster(fuld, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=16)
def _indlaes_takster(sti: str, _mtime: int, _stoerrelse: int) -> Takstregister:
    fil = Path(sti)
    try:
        data = fil.read_bytes()
    except OSError as fejl:
        raise UgyldigVaerdiFejl(
            f"takster: kan ikke læse takstfilen {fil.name!r} ({fejl.strerror})"
        ) from None
    if fil.suffix.lower() == ".csv":
        raekker = _takstraekker_csv(data, fil.name)
    elif fil.suffix.lower() == ".toml":
        raekker = _takstraekker_toml(data, fil.name)
    else:
        raise UgyldigVaerdiFejl(
            f"takster: fik filen {fil.name!r}; accepterer en takstfil, der ender på .toml "
            "eller .csv"
        )
    if not raekker:
        raise UgyldigVaerdiFejl(f"{fil.name}: ingen taksttabeller; accepterer mindst én tabel")
    tabeller = [_takstfil_tabel(r, f"{fil.name}, {sted}") for sted, r in raekker]
    tabeller.sort(key=lambda t: t.gyldig_fra)
    for a, b in itertools.pairwise(tabeller):
        if b.gyldig_fra <= a.gyldig_til:
            raise UgyldigVaerdiFejl(
                f"{fil.name}: {a.niveau} ({a.gyldig_fra}–{a.gyldig_til}) og {b.niveau} "
                f"({b.gyldig_fra}–{b.gyldig_til}) overlapper; accepterer perioder uden overlap"
            )
        if b.gyldig_fra != a.gyldig_til + timedelta(days=1):
            raise UgyldigVaerdiFejl(
                f"{fil.name}: hul mellem {a.niveau} (til {a.gyldig_til}) og {b.niveau} (fra "
                f"{b.gyldig_fra}); accepterer sammenhængende perioder, hvor hver tabel begynder "
                "dagen efter den forriges gyldig_til"
            )
    return Takstregister(tabeller)


def _takstraekker_toml(data: bytes, navn: str) -> list[tuple[str, dict[str, object]]]:
    try:
        indhold = tomllib.loads(data.decode("utf-8"), parse_float=Decimal)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as fejl:
        raise UgyldigVaerdiFejl(f"{navn}: ikke gyldig TOML ({fejl})") from None
    ukendte = sorted(set(indhold) - {"tabel"})
    if ukendte:
        raise UgyldigVaerdiFejl(
            f"{navn}: ukendt afsnit {', '.join(ukendte)}; accepterer kun [[tabel]]-afsnit"
        )
    tabeller = indhold.get("tabel", [])
    if not isinstance(tabeller, list) or not all(isinstance(t, dict) for t in tabeller):
        raise UgyldigVaerdiFejl(f"{navn}: 'tabel' skal skrives som [[tabel]]-afsnit")
    return [(f"tabel {i}", dict(t)) for i, t in enumerate(tabeller, start=1)]


def _takstraekker_csv(data: bytes, navn: str) -> list[tuple[str, dict[str, object]]]:
    try:
        tekst = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UgyldigVaerdiFejl(f"{navn}: ikke UTF-8-tekst; gem CSV-filen som UTF-8") from None
    foerste = tekst.split("\n", 1)[0]
    skilletegn = ";" if foerste.count(";") > foerste.count(",") else ","
    try:
        return _csv_raekker(tekst, skilletegn, navn)
    except csv.Error as fejl:
        raise UgyldigVaerdiFejl(f"{navn}: ikke gyldig CSV ({fejl})") from None


def _csv_raekker(tekst: str, skilletegn: str, navn: str) -> list[tuple[str, dict[str, object]]]:
    laeser = csv.DictReader(io.StringIO(tekst), delimiter=skilletegn)
    ud: list[tuple[str, dict[str, object]]] = []
    for nr, raekke in enumerate(laeser, start=2):
        if None in raekke:
            raise UgyldigVaerdiFejl(f"{navn}, linje {nr}: flere felter end kolonneoverskrifter")
        felter: dict[str, object] = {}
        for k, v in raekke.items():
            if k is None or v is None:
                continue
            v = v.strip()
            if k.strip().upper() in Takstkategori.__members__ and skilletegn == ";":
                v = v.replace(".", "").replace(",", ".") if "," in v else v
            if v:
                felter[k.strip()] = v
        if felter:
            ud.append((f"linje {nr}", felter))
    return ud


def _takstfil_tabel(felter: dict[str, object], sted: str) -> Taksttabel:
    # Værdierne fra filen er utypede; Taksttabels konvertere validerer dem ved kørsel.
    takster: dict[Takstkategori, Any] = {}
    andet: dict[str, Any] = {}
    for noegle, vaerdi in felter.items():
        if noegle in _TABELFELTER:
            andet[noegle] = vaerdi
            continue
        try:
            kategori = kraev_enum(Takstkategori, noegle, "takstkategori")
        except ForloebsreglerFejl:
            raise UkendtNavnFejl(
                f"{sted}: ukendt felt eller takstkategori {noegle!r}; accepterer "
                f"{', '.join(_TABELFELTER)} og kategorierne "
                f"{', '.join(k.name for k in _KATEGORIER)}"
            ) from None
        takster[kategori] = vaerdi
    mangler = [f for f in ("niveau", "gyldig_fra", "gyldig_til") if f not in andet]
    if mangler:
        raise UgyldigVaerdiFejl(f"{sted}: mangler {', '.join(mangler)}")
    mangler = [k.name for k in _KATEGORIER if k not in takster]
    if mangler:
        raise UgyldigVaerdiFejl(
            f"{sted}: mangler takst for {', '.join(mangler)}; accepterer en takst for hver af "
            "de syv takstkategorier"
        )
    kilde = andet.get("kilde")
    try:
        return Taksttabel(
            niveau=andet["niveau"],
            gyldig_fra=andet["gyldig_fra"],
            gyldig_til=andet["gyldig_til"],
            takster=takster,
            oprindelse=f"takstfil {sted.split(',')[0]}: "
            + (str(kilde) if kilde else "ingen kilde angivet i filen"),
            verificeret=str(andet.get("verificeret") or "angivet af brugeren i takstfilen"),
        )
    except ForloebsreglerFejl as fejl:
        raise type(fejl)(f"{sted}: {fejl}") from None


def kraev_takster(takster: object) -> Taksttabel | Takstregister:
    if takster is None:
        return STANDARD_TAKSTREGISTER
    if isinstance(takster, Taksttabel | Takstregister):
        return takster
    if isinstance(takster, os.PathLike):
        return indlaes_takster(takster)  # læses én gang pr. filversion (cache)
    raise UgyldigTypeFejl(
        f"takster: fik {vis(takster)}; accepterer en Taksttabel, et Takstregister, en takstfil "
        "som pathlib.Path eller None (standardregistret med 2019-tabellen)"
    )


def tabelstykker(
    start_us: int,
    slut_us: int,
    takster: Taksttabel | Takstregister,
    sidste: Taksttabel | None = None,
) -> list[tuple[int, int, Taksttabel]]:
    """Del [start, slut) efter den gældende tabel; en tabel gælder kun i sin egen periode.

    `sidste` er en tabel fra `takster`, der prøves først (batchens genvej: episoder i træk
    falder som regel i samme tabel).
    """
    if sidste is not None and sidste._fra_us <= start_us < sidste._til_us >= slut_us:
        return [(start_us, slut_us, sidste)]
    if isinstance(takster, Taksttabel):
        if takster._fra_us <= start_us < takster._til_us and slut_us <= takster._til_us:
            return [(start_us, slut_us, takster)]
        t = start_us if not takster._fra_us <= start_us < takster._til_us else takster._til_us
        dag = datetime.fromtimestamp(t // 1_000_000, KOEBENHAVN).date()
        raise ManglendeTakstFejl(_mangler_takst_besked(dag, takster))
    stykker: list[tuple[int, int, Taksttabel]] = []
    t = start_us
    for tabel in takster.tabeller:
        if tabel._til_us <= t:
            continue
        if tabel._fra_us > t:
            break
        hi = min(tabel._til_us, slut_us)
        stykker.append((t, hi, tabel))
        t = hi
        if t >= slut_us:
            return stykker
    if t < slut_us or not stykker:
        dag = datetime.fromtimestamp(t // 1_000_000, KOEBENHAVN).date()
        raise ManglendeTakstFejl(_mangler_takst_besked(dag, takster))
    return stykker
