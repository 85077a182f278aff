"""DataFrame ind, DataFrame ud: batchkontrakten (`forloebsregler.batch`) for pandas og Polars.

`koer_df(omraade, df)` — eller `ledsagelse_df(df)`, `iv_df`, `depression_df`,
`genoptraening_df`, `koordinator_df` — kører hver række i en pandas- eller Polars-DataFrame
gennem områdets regel og giver en DataFrame af samme slags tilbage, med

- de faste resultatkolonner i det offentliggjorte Arrow-skema `SKEMAER[omraade]`: kroner som
  `decimal128(18, 2)`, timer som `decimal128(38, 10)`, tidspunkter som
  `timestamp("us", tz="Europe/Copenhagen")`, datoer som `date32`, tekst (id'er, fejl) som
  `string`, heltal som `int64` og ja/nej som `bool`; så giver alle dele af et stort register
  samme skema;
- de gennemførte kolonner (fx `id`) med deres egen type fra inddata, lige efter `raekke`;
- for pandas: inddataenes indeks (så dele fra Dask kan sammenlignes og samles).

`numerisk=True` giver i stedet float64 for kroner og timer (til statistik; ikke til
afregning, hvor øre skal være eksakte).

pandas, Polars og pyarrow importeres først, når de bruges (ekstra `dataframe`:
`pip install forloebsregler[dataframe]`); `import forloebsregler` importerer dem ikke.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import timedelta
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from typing import Any

from forloebsregler import batch
from forloebsregler._kontekst import KONTEKST
from forloebsregler._valider import vis
from forloebsregler.fejl import UgyldigTypeFejl

__all__ = [
    "SKEMAER",
    "depression_df",
    "genoptraening_df",
    "iv_df",
    "koer_df",
    "koordinator_df",
    "ledsagelse_df",
    "meta",
    "skema",
]

_TIDSZONE = "Europe/Copenhagen"
_DECIMAL_SKALA = 10


def _pa() -> Any:
    try:
        pyarrow = importlib.import_module("pyarrow")
    except ImportError:  # pragma: no cover - afhænger af installationen
        raise UgyldigTypeFejl(
            "pyarrow er ikke installeret; installer ekstraen: pip install forloebsregler[dataframe]"
        ) from None
    return pyarrow


def _arrowtype(slags: str, numerisk: bool = False) -> Any:
    pa = _pa()
    if numerisk and slags in {"kroner", "decimal"}:
        return pa.float64()
    return {
        "tekst": pa.string(),
        "heltal": pa.int64(),
        "kroner": pa.decimal128(18, 2),
        "decimal": pa.decimal128(38, _DECIMAL_SKALA),
        "tidspunkt": pa.timestamp("us", tz=_TIDSZONE),
        "dato": pa.date32(),
        "bool": pa.bool_(),
    }[slags]


def skema(omraade: str, *, numerisk: bool = False) -> Any:
    """Områdets faste Arrow-skema (uden gennemførte kolonner) som `pyarrow.Schema`."""
    kolonner = batch.KOLONNER[batch._spec(omraade).navn]
    pa = _pa()
    return pa.schema([pa.field(navn, _arrowtype(slags, numerisk)) for navn, slags in kolonner])


class _Skemaer(Mapping[str, Any]):
    """`SKEMAER[omraade]`: skemaerne, bygget første gang de bruges (pyarrow importeres da)."""

    def __init__(self) -> None:
        self._cache: dict[str, Any] = {}

    def __getitem__(self, omraade: str) -> Any:
        if omraade not in batch.OMRAADER:
            raise KeyError(omraade)
        if omraade not in self._cache:
            self._cache[omraade] = skema(omraade)
        return self._cache[omraade]

    def __iter__(self) -> Iterator[str]:
        return iter(batch.OMRAADER)

    def __len__(self) -> int:
        return len(batch.OMRAADER)


SKEMAER: Mapping[str, Any] = _Skemaer()
"""De offentliggjorte Arrow-skemaer efter område (`pyarrow.Schema`, bygget dovent)."""


# --------------------------------------------------------------------------- ind og ud


def _er_dataframe(df: object, pakke: str) -> bool:
    """Om `df` er en DataFrame fra `pakke` (eller en underklasse af en); en Series eller en
    LazyFrame er det ikke."""
    return any(
        k.__name__ == "DataFrame" and k.__module__.split(".")[0] == pakke for k in type(df).__mro__
    )


def _er_polars(df: object) -> bool:
    return _er_dataframe(df, "polars")


def _er_pandas(df: object) -> bool:
    return _er_dataframe(df, "pandas")


def _raekker(df: Any) -> Iterator[dict[str, Any]]:
    if _er_polars(df):
        yield from _polars_raekker(df)
        return
    kolonner = [str(k) for k in df.columns]
    for vaerdier in df.itertuples(index=False, name=None):
        yield dict(zip(kolonner, vaerdier, strict=True))


def _polars_raekker(df: Any) -> Iterator[dict[str, Any]]:
    """Polars' rækker. Et tidspunkt eller en varighed med nanosekunder (en `Datetime("ns")`-
    eller `Duration("ns")`-kolonne) ville blive skåret ned til mikrosekunder, når det bliver til
    Python-`datetime`/`timedelta`; en sådan celle gives i stedet som ISO-tekst med alle ni
    decimaler (tidspunkt) eller som `_Nanovarighed` (varighed), så reglen afviser den som
    enkeltkaldet gør (FAE-03)."""
    pl = importlib.import_module("polars")
    hjaelp = {}  # kolonne → (hjælpekolonne, udtryk for cellerne med nanosekunder, ellers null)
    for navn, slags in df.schema.items():
        if getattr(slags, "time_unit", None) != "ns":
            continue
        kolonne, ekstra = pl.col(navn), f"\x00{navn}"
        if isinstance(slags, pl.Datetime):
            tz = "" if slags.time_zone is None else "%:z"
            har_ns = kolonne.dt.nanosecond() % 1000 != 0
            vaerdi = kolonne.dt.strftime("%Y-%m-%dT%H:%M:%S%.9f" + tz)
        elif isinstance(slags, pl.Duration):
            har_ns = kolonne.dt.total_nanoseconds() % 1000 != 0
            vaerdi = kolonne.dt.total_nanoseconds()
        else:
            continue
        hjaelp[navn] = (ekstra, pl.when(har_ns).then(vaerdi).alias(ekstra))
    if not hjaelp:
        yield from df.iter_rows(named=True)
        return
    udvidet = df.with_columns([udtryk for _, udtryk in hjaelp.values()])
    for raekke in udvidet.iter_rows(named=True):
        for navn, (ekstra, _) in hjaelp.items():
            celle = raekke.pop(ekstra)
            if celle is not None:
                raekke[navn] = celle if isinstance(celle, str) else _Nanovarighed(celle)
        yield raekke


class _Nanovarighed(timedelta):
    """En varighed med nanosekunder fra Polars (`nanoseconds` som i `pandas.Timedelta`):
    reglen afviser den (kun hele mikrosekunder)."""

    nanoseconds: int
    _i_alt: int

    def __new__(cls, i_alt: int) -> _Nanovarighed:
        varighed = super().__new__(cls, microseconds=i_alt // 1000)
        varighed.nanoseconds = i_alt % 1000
        varighed._i_alt = i_alt
        return varighed

    def __repr__(self) -> str:
        return f"Polars-varighed på {self._i_alt} ns"


def _decimal_til_skema(vaerdi: Any) -> Decimal:
    tal = vaerdi if isinstance(vaerdi, Decimal) else Decimal(vaerdi)
    return tal.quantize(_KVANT, rounding=ROUND_HALF_EVEN)


def _decimal_til_float(vaerdi: Any) -> float:
    return float(vaerdi if isinstance(vaerdi, Decimal) else Decimal(vaerdi))


def _konvertering(slags: str, numerisk: bool) -> Callable[[Any], Any] | None:
    """Omsætningen af en kolonnes celler til skemaets type, eller None (cellen, som den er)."""
    if slags == "decimal":
        return _decimal_til_float if numerisk else _decimal_til_skema
    if slags == "kroner" and numerisk:
        return float
    return None


_KVANT = Decimal(1).scaleb(-_DECIMAL_SKALA)


def koer_df(
    omraade: str,
    df: Any,
    *,
    gennemfoer: bool | Sequence[str] = True,
    numerisk: bool = False,
    foerste_raekke: int = 1,
    **valg: Any,
) -> Any:
    """Kør en pandas- eller Polars-DataFrame gennem områdets regel; samme slags DataFrame ud.

    Kolonnerne er `raekke`, de gennemførte kolonner og `SKEMAER[omraade]`'s øvrige kolonner.
    Fejl i en række står i rækkens `fejl`/`fejlfelt`/`fejlkode`; kørslen fortsætter.
    """
    polars = _er_polars(df)
    if not polars and not _er_pandas(df):
        doven = "; en Polars-LazyFrame skal samles med .collect() først" * (
            type(df).__name__ == "LazyFrame"
        )
        raise UgyldigTypeFejl(
            f"df: fik {vis(df)}; accepterer en pandas- eller Polars-DataFrame{doven}"
        )
    _pa()  # en klar fejl, før der regnes, hvis pyarrow mangler
    kolonnenavne = [str(k) for k in df.columns]
    if len(set(kolonnenavne)) != len(kolonnenavne):
        raise UgyldigTypeFejl("df: kolonnenavnene skal være forskellige")
    spec = batch._spec(omraade)
    gennem = _gennemfoerte(spec, kolonnenavne, gennemfoer)
    # gennemfoer=True gives videre (ikke listen): så gælder batchkontraktens kontrol af
    # kolonner, der ligner et felt; kolonnerne er de samme (DataFrame'ens, i den første række)
    poster = batch.koer_batch(
        omraade,
        _raekker(df),
        gennemfoer=True if gennemfoer is True else list(gennem),
        foerste_raekke=foerste_raekke,
        **valg,
    )
    faste = batch.KOLONNER[spec.navn]
    tabel = _arrowtabel(poster, faste, numerisk)
    omdoeb = _udnavne([k for k in gennem if k in kolonnenavne], {navn for navn, _ in faste})
    if polars:
        return _polars_ud(df, tabel, omdoeb)
    return _pandas_ud(df, tabel, omdoeb)


def _gennemfoerte(
    spec: batch.Omraadespec, kolonnenavne: list[str], gennemfoer: bool | Sequence[str]
) -> Sequence[str]:
    """De gennemførte kolonner fastlægges af DataFrame'ens kolonner (også når den er tom)."""
    felter = {f.navn for f in spec.felter}
    if gennemfoer is True:
        return [k for k in kolonnenavne if k not in felter]
    if gennemfoer is False:
        return []
    return gennemfoer


def _arrowtabel(
    poster: Iterator[dict[str, Any]], faste: Sequence[tuple[str, str]], numerisk: bool
) -> Any:
    """Posternes faste kolonner som en `pyarrow.Table` i det offentliggjorte skema."""
    pa = _pa()
    data: dict[str, list[Any]] = {navn: [] for navn, _ in faste}
    kolonner = [(navn, data[navn].append, _konvertering(slags, numerisk)) for navn, slags in faste]
    with localcontext(KONTEKST):  # afrundingen til skemaets decimaler er kalderens uvedkommende
        for post in poster:
            for navn, tilfoej, konverter in kolonner:
                vaerdi = post[navn]
                tilfoej(vaerdi if konverter is None or vaerdi is None else konverter(vaerdi))
    arrays = {navn: pa.array(data[navn], type=_arrowtype(slags, numerisk)) for navn, slags in faste}
    return pa.Table.from_arrays(
        [arrays[navn] for navn, _ in faste], names=[navn for navn, _ in faste]
    )


def _udnavne(gennem: Sequence[str], optaget: set[str]) -> dict[str, str]:
    """De gennemførte kolonners navne i uddata: `ind_` foran, hvis navnet er optaget."""
    omdoeb: dict[str, str] = {}
    for navn in gennem:
        udnavn = navn
        while udnavn in optaget:
            udnavn = "ind_" + udnavn
        optaget.add(udnavn)
        omdoeb[navn] = udnavn
    return omdoeb


def _polars_ud(df: Any, tabel: Any, omdoeb: dict[str, str]) -> Any:
    """Polars: `raekke`, de gennemførte kolonner direkte fra inddata (samme værdier og type),
    så resultatkolonnerne."""
    pl = importlib.import_module("polars")
    resultat = pl.from_arrow(tabel)
    gennemdel = df.select(list(omdoeb)).rename(omdoeb)
    return pl.concat(
        [resultat.select("raekke"), gennemdel, resultat.drop("raekke")], how="horizontal"
    )


def _pandas_ud(df: Any, tabel: Any, omdoeb: dict[str, str]) -> Any:
    """pandas: som `_polars_ud`, med inddataenes indeks."""
    pd = importlib.import_module("pandas")
    resultat = tabel.to_pandas(types_mapper=pd.ArrowDtype)
    resultat.index = df.index
    # kolonnenavnene er læst som tekst (`str`); en kolonne med et andet navn (fx tallet 7 fra
    # `read_csv(header=None)`) findes under sit oprindelige navn
    oprindelig = {str(k): k for k in df.columns}
    gennemdel = df[[oprindelig[navn] for navn in omdoeb]].set_axis(list(omdoeb.values()), axis=1)
    return pd.concat([resultat[["raekke"]], gennemdel, resultat.drop(columns="raekke")], axis=1)


def meta(omraade: str, df: Any, *, gennemfoer: bool | Sequence[str] = True) -> Any:
    """En tom pandas-DataFrame med uddataenes kolonner og typer for inddata som `df` (fx en
    Dask-DataFrames `_meta`): til `map_partitions(..., meta=meta(omraade, ddf._meta))`."""
    return koer_df(omraade, df.iloc[:0], gennemfoer=gennemfoer)


def ledsagelse_df(df: Any, **indstillinger: Any) -> Any:
    """Ledsagelsespriser for en DataFrame; se `koer_df`."""
    return koer_df("ledsagelse", df, **indstillinger)


def iv_df(df: Any, **indstillinger: Any) -> Any:
    """IV-tyngdekategori og finansiering for en DataFrame; se `koer_df`."""
    return koer_df("iv", df, **indstillinger)


def depression_df(df: Any, **indstillinger: Any) -> Any:
    """Stratificering af depression for en DataFrame; se `koer_df`."""
    return koer_df("depression", df, **indstillinger)


def genoptraening_df(df: Any, **indstillinger: Any) -> Any:
    """Opstartsfrist og frit leverandørvalg for en DataFrame; se `koer_df`."""
    return koer_df("genoptraening", df, **indstillinger)


def koordinator_df(df: Any, **indstillinger: Any) -> Any:
    """Koordinerende kontaktperson for en DataFrame; se `koer_df`."""
    return koer_df("koordinator", df, **indstillinger)
