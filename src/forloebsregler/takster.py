"""Ledsagelsens timetakster: daterede taksttabeller, deres regulering og registret.

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
- `tabelstykker`: en periode delt efter den tabel, der gælder hver del; `daekker_hele`: om én
  tabel gælder hele perioden.

En kommunes egen takstfil læses i `forloebsregler.takstfiler`. Hvilken kategori et
tidspunkt hører til, står i `forloebsregler.takstperioder`; prisen for en periode i
`forloebsregler.ledsagelsespris`; kilometertaksten i `forloebsregler.kilometergodtgoerelse`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

import attrs

from forloebsregler._kontekst import uden_kontekst
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
    ManglendeTakstFejl,
    PeriodeFejl,
    UgyldigTypeFejl,
    UgyldigVaerdiFejl,
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
    @uden_kontekst
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


def daekker_hele(tabel: Taksttabel, start_us: int, slut_us: int) -> bool:
    """Om `tabel` gælder hele [start, slut): en tabel gælder kun i sin egen periode."""
    return tabel._fra_us <= start_us < tabel._til_us >= slut_us


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
    if sidste is not None and daekker_hele(sidste, start_us, slut_us):
        return [(start_us, slut_us, sidste)]
    if isinstance(takster, Taksttabel):
        if daekker_hele(takster, start_us, slut_us):
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
