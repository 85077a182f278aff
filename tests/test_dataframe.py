"""DataFrame ind, DataFrame ud (`forloebsregler.dataframe`) med de faste Arrow-skemaer.

Store rammer: 100.000 rækker for det billigste område (depression) og 10.000 for de andre
(benchmarks/bench_dataframe.py viser 100.000 for alle og måler rækker pr. sekund).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, localcontext
from typing import Any

import pandas as pd
import pytest

from forloebsregler import batch, dataframe
from forloebsregler.fejl import UgyldigTypeFejl

pa = pytest.importorskip("pyarrow")

N_STOR = 100_000  # issue 17: 100.000 rækker pr. område ind og ud med skemaet
N_DEPRESSION = N_STOR


def _ledsagelse(n: int) -> pd.DataFrame:
    # 1.000 forskellige episoder i 2019 (færre end genbrugets prøve på 1.024), der gentager
    # sig som i et register: skemaet og rækkernes gang er det, der prøves her; prisen pr.
    # række prøves i test_sager_ledsagelse og test_differentiel_ledsagelse
    start = [
        datetime(2019, 1, 1, tzinfo=UTC) + timedelta(minutes=47 * (i % 1000)) for i in range(n)
    ]
    slut = [s + timedelta(hours=1 + i % 1000 % 30) for i, s in enumerate(start)]
    if n > 2:
        slut[1] = None  # ikke oplyst
    return pd.DataFrame({"id": [f"L{i}" for i in range(n)], "start": start, "slut": slut})


def _iv(n: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": range(n),
            "timer": [Decimal(i % 50) + Decimal("0.5") for i in range(n)],
            "afslutning_af_kemokur": [i % 7 == 0 for i in range(n)],
        }
    )


def _depression(n: int) -> pd.DataFrame:
    kerne = ["NEDTRYKTHED;NEDSAT_LYST_ELLER_INTERESSE", "NEDTRYKTHED", None, "FORKERT"]
    return pd.DataFrame(
        {
            "id": range(n),
            "kernesymptomer": [kerne[i % 4] for i in range(n)],
            "ledsagesymptomer": ["SOEVNFORSTYRRELSER;AGITATION_ELLER_HAEMNING"] * n,
            "hoej_kompleksitet": [("ja", "nej", None, "ukendt")[i % 4] for i in range(n)],
        }
    )


def _genoptraening(n: int) -> pd.DataFrame:
    udskrivning = pd.to_datetime([date(2024, 1, 1) + timedelta(days=i % 500) for i in range(n)])
    tilbudt = udskrivning + pd.to_timedelta([i % 12 for i in range(n)], unit="D")
    return pd.DataFrame(
        {"id": range(n), "udskrivning": udskrivning, "tilbudt_opstart": tilbudt}
    ).assign(tilbudt_opstart=lambda d: d.tilbudt_opstart.where(d.id % 5 != 0))  # NaT


def _koordinator(n: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": range(n),
            "diagnosticeret": [("ja", "nej", None, "ja")[i % 4] for i in range(n)],
            "komplekse_behov": [(True, False, None)[i % 3] for i in range(n)],
            "alder": [(30.0, 17.0, None, 45.0)[i % 4] for i in range(n)],  # float med NaN
        }
    )


BYGGERE = {
    "ledsagelse": (_ledsagelse, N_STOR),
    "iv": (_iv, N_STOR),
    "depression": (_depression, N_DEPRESSION),
    "genoptraening": (_genoptraening, N_STOR),
    "koordinator": (_koordinator, N_STOR),
}


def _faste_felter(skema: Any) -> list[tuple[str, Any]]:
    return [(f.name, f.type) for f in skema]


@pytest.mark.parametrize("omraade", list(batch.OMRAADER))
def test_stor_ramme_ud_med_det_dokumenterede_skema(omraade: str) -> None:
    bygger, n = BYGGERE[omraade]
    ind = bygger(n)
    ud = dataframe.koer_df(omraade, ind)
    assert len(ud) == n and ud.index.equals(ind.index)
    tabel = pa.Table.from_pandas(ud, preserve_index=False)
    faste = _faste_felter(dataframe.SKEMAER[omraade])
    # raekke, så id (gennemført), så resten af det faste skema
    assert [f.name for f in tabel.schema] == ["raekke", "id", *(n for n, _ in faste[1:])]
    assert [(f.name, f.type) for f in tabel.schema if f.name != "id"] == faste
    assert ud["raekke"].tolist() == list(range(1, n + 1))
    # fejl og svar som ved batchen række for række
    poster = list(batch.koer_batch(omraade, ind.head(50).to_dict("records")))
    assert ud["fejl"].head(50).tolist() == [
        p["fejl"] if p["fejl"] is not None else pd.NA for p in poster
    ]
    assert ud["begrundelse"].head(50).tolist() == [
        p["begrundelse"] if p["begrundelse"] is not None else pd.NA for p in poster
    ]


def test_skemaernes_typer() -> None:
    skema = dataframe.SKEMAER["ledsagelse"]
    assert skema.field("total").type == pa.decimal128(18, 2)
    assert skema.field("start").type == pa.timestamp("us", tz="Europe/Copenhagen")
    assert skema.field("fejl").type == pa.string()
    assert dataframe.SKEMAER["genoptraening"].field("frist").type == pa.date32()
    assert dataframe.SKEMAER["depression"].field("afgjort").type == pa.bool_()
    assert dataframe.SKEMAER["iv"].field("timer").type == pa.decimal128(38, 10)
    assert set(dataframe.SKEMAER) == set(batch.OMRAADER)
    assert dataframe.SKEMAER["iv"] is dataframe.SKEMAER["iv"]
    with pytest.raises(KeyError):
        dataframe.SKEMAER["ukendt"]


def test_beloeb_og_tidspunkter_er_eksakte() -> None:
    ind = pd.DataFrame(
        {"start": ["2019-12-24T16:00+01:00"], "slut": ["2019-12-25T08:00+01:00"], "id": [7]}
    )
    ud = dataframe.ledsagelse_df(ind)
    assert ud.loc[0, "total"] == Decimal("5890.66")
    assert ud.loc[0, "start"] == pd.Timestamp("2019-12-24T15:00Z")
    assert ud.loc[0, "timer"] == Decimal("16")


def test_numerisk_giver_float() -> None:
    ud = dataframe.iv_df(pd.DataFrame({"timer": ["24"]}), numerisk=True)
    skema = pa.Table.from_pandas(ud, preserve_index=False).schema
    assert skema.field("regional_finansiering").type == pa.float64()
    assert skema.field("timer").type == pa.float64()
    # tabel 3: kategori 3 → 12.250 kr.
    assert ud.loc[0, "regional_finansiering"] == 12250.0


def test_polars_ind_og_ud() -> None:
    pl = pytest.importorskip("polars")
    ind = pl.DataFrame(
        {
            "id": ["a", "b"],
            "udskrivning": [date(2024, 2, 22), None],
            "tilbudt_opstart": ["2024-03-01", None],
        }
    )
    ud = dataframe.genoptraening_df(ind)
    assert isinstance(ud, pl.DataFrame)
    assert ud.columns == ["raekke", "id", *(n for n, _ in batch.KOLONNER["genoptraening"][1:])]
    # Polars' egne typer for skemaet (Polars gemmer tekst som large_string/string_view)
    forventet = pl.from_arrow(dataframe.SKEMAER["genoptraening"].empty_table()).schema
    assert ud.drop("id").schema == forventet
    assert ud.schema["frist"] == pl.Date and ud.schema["dage_for_sent"] == pl.Int64
    # Kap. 10: frist 29.2.2024; tilbud 1.3.2024 er en dag for sent → frit valg
    assert ud["frist"].to_list() == [date(2024, 2, 29), None]
    assert ud["frit_valg"].to_list() == ["OPFYLDT", None]
    assert ud["fejlfelt"].to_list() == [None, "udskrivning"]


def test_gennemfoerte_kolonner_beholder_deres_type() -> None:
    ind = pd.DataFrame({"nr": pd.array([1, None], dtype="Int64"), "timer": ["3", "x"]})
    ud = dataframe.iv_df(ind)
    assert ud["nr"].tolist() == [1, pd.NA]
    assert ud["nr"].dtype == ind["nr"].dtype  # samme type som i inddata
    blandet = pd.DataFrame(
        {"x": pd.Series([Decimal("1.5"), "tekst"], dtype=object), "timer": [3, 4]}
    )
    ud2 = dataframe.iv_df(blandet)
    assert ud2["x"].dtype == object and ud2["x"].tolist() == [Decimal("1.5"), "tekst"]
    assert ud["fejlfelt"].tolist() == [pd.NA, "timer"]
    assert "nr" not in dataframe.iv_df(ind, gennemfoer=False).columns


def test_tom_ramme_og_meta() -> None:
    ind = _iv(3)
    tom = dataframe.meta("iv", ind)
    assert len(tom) == 0
    assert list(tom.columns) == list(dataframe.iv_df(ind).columns)
    assert (tom.dtypes == dataframe.iv_df(ind).dtypes).all()


def test_afviser_andet_end_en_dataframe() -> None:
    with pytest.raises(UgyldigTypeFejl, match="df"):
        dataframe.koer_df("iv", [{"timer": 3}])


def test_import_af_pakken_importerer_ikke_dataframe_biblioteker() -> None:
    kode = (
        "import sys, forloebsregler, forloebsregler.batch, forloebsregler.dataframe; "
        "print(sorted(m for m in ('pandas', 'polars', 'pyarrow') if m in sys.modules))"
    )
    ud = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, check=True)
    assert ud.stdout.strip() == "[]"


def test_kalderens_decimal_kontekst_flytter_intet() -> None:
    ind = pd.DataFrame({"timer": ["7.123456789"]})
    with localcontext() as ctx:
        ctx.prec = 3
        ud = dataframe.iv_df(ind)
    assert ud.loc[0, "timer"] == Decimal("7.123456789")
    assert ud.loc[0, "regional_finansiering"] == Decimal("4900.00")


def test_listeceller_fra_pandas_og_polars() -> None:
    pl = pytest.importorskip("polars")
    kerne = ["NEDTRYKTHED", "NEDSAT_LYST_ELLER_INTERESSE"]
    ledsage = ["SOEVNFORSTYRRELSER", "AGITATION_ELLER_HAEMNING"]
    ind = {"kernesymptomer": [kerne], "ledsagesymptomer": [ledsage]}
    # Kap. 5: 2 kernesymptomer og 2 ledsagesymptomer → let depression
    assert dataframe.depression_df(pd.DataFrame(ind))["svaerhedsgrad"].tolist() == ["LET"]
    assert dataframe.depression_df(pl.DataFrame(ind))["svaerhedsgrad"].to_list() == ["LET"]


# ------------------------------------------------------------ gennemgang af pengevejene
# Fundet ved gennemgangen af pengevejene (ledsagelse): input, hvor en anden undtagelse end
# ForloebsreglerFejl slap ud af koer_df, og nanosekunder, som enkeltkaldet afviser
# (fortolkningsloggen FAE-03: »tidspunkter med nanosekunder … afvises«), men som
# DataFrame-vejen skar væk og prissatte.

_EN_TIME = ("2019-03-04T08:00:00+01:00", "2019-03-04T09:00:00+01:00")
# Mandag 4.3.2019 kl. 08-09: 1 time Grundløn à 277,21 kr. (samarbejdsaftalen, Afregning)
_EN_TIME_KR = Decimal("277.21")


def _ledsagelse_eller_domaenefejl(df: Any) -> None:
    """Enten det rigtige svar for den ene time, eller en ForloebsreglerFejl — intet andet."""
    from forloebsregler.fejl import ForloebsreglerFejl

    try:
        ud = dataframe.koer_df("ledsagelse", df)
    except ForloebsreglerFejl:
        return
    totaler = ud["total"].to_list() if hasattr(ud["total"], "to_list") else list(ud["total"])
    assert [Decimal(str(t)) for t in totaler] == [_EN_TIME_KR]


def test_kolonnenavne_der_ikke_er_tekst_giver_svar_eller_domaenefejl() -> None:
    # pd.read_csv(header=None), pivot-tabeller o.l. giver kolonnenavne som tal
    df = pd.DataFrame({"start": [_EN_TIME[0]], "slut": [_EN_TIME[1]], 7: ["x"]})
    _ledsagelse_eller_domaenefejl(df)
    # kolonnen føres igennem under sit navn som tekst (alle kolonnenavne læses som tekst)
    assert dataframe.koer_df("ledsagelse", df)["7"].tolist() == ["x"]


def test_polars_lazyframe_giver_svar_eller_domaenefejl() -> None:
    pl = pytest.importorskip("polars")
    doven = pl.DataFrame({"start": [_EN_TIME[0]], "slut": [_EN_TIME[1]]}).lazy()
    _ledsagelse_eller_domaenefejl(doven)
    with pytest.raises(UgyldigTypeFejl, match=r"LazyFrame skal samles med \.collect\(\) først"):
        dataframe.koer_df("ledsagelse", doven)


@pytest.mark.parametrize("bibliotek", ["pandas", "polars"])
def test_en_serie_afvises_med_domaenefejl(bibliotek: str) -> None:
    if bibliotek == "pandas":
        serie: Any = pd.Series([_EN_TIME[0]], name="start")
    else:
        serie = pytest.importorskip("polars").Series("start", [_EN_TIME[0]])
    with pytest.raises(UgyldigTypeFejl, match="df"):
        dataframe.koer_df("ledsagelse", serie)


def test_nanosekunder_i_pandas_afvises_som_i_enkeltkaldet() -> None:
    # 08:00:00.000000001 til 08:30: 30 minutter minus 1 ns. Enkeltkaldet afviser starten
    # (FAE-03); at skære nanosekundet væk giver 0,5 t × 277,21 = 138,605 → 138,61 kr.,
    # mens den eksakte tid giver 138,60499… → 138,60 kr. Rækken skal fejle, ikke prissættes.
    start = pd.Timestamp("2019-03-04T08:00:00.000000001+01:00")
    slut = pd.Timestamp("2019-03-04T08:30:00+01:00")
    ud = dataframe.koer_df("ledsagelse", pd.DataFrame({"start": [start], "slut": [slut]}))
    assert ud["total"].isna().all()
    assert ud["fejlfelt"].to_list() == ["start"]


def test_nanosekunder_i_polars_afvises_som_i_enkeltkaldet() -> None:
    # Som i pandas: 07:00:00.000000001-07:30 UTC (08:00-08:30 dansk tid mandag 4.3.2019).
    # Kolonnen bygges af heltal i ns (1551682800 s er 4.3.2019 kl. 07 UTC), så nanosekundet
    # faktisk står i den (et pandas.Timestamp i pl.DataFrame skæres ned til µs allerede der).
    pl = pytest.importorskip("polars")
    kl7 = 1_551_682_800 * 10**9
    ind = pl.DataFrame({"start": [kl7 + 1], "slut": [kl7 + 30 * 60 * 10**9]}).with_columns(
        pl.col("start", "slut").cast(pl.Datetime("ns", time_zone="UTC"))
    )
    assert ind["start"].dt.nanosecond().to_list() == [1]
    ud = dataframe.koer_df("ledsagelse", ind)
    assert ud["total"].to_list() == [None]
    assert ud["fejlfelt"].to_list() == ["start"]
    assert "under et mikrosekund" in ud["fejl"][0]
    # uden nanosekundet: en halv time Grundløn, 138,605 → 138,61 kr. (halvt op, LED-04)
    hel = ind.with_columns(pl.col("start").dt.truncate("1us"))
    assert dataframe.koer_df("ledsagelse", hel)["total"].to_list() == [Decimal("138.61")]


# ------------------------------------------------------------ efterse af dagens rettelser
# Fundet ved et efterse af rettelserne fra i dag: koer_df er batchkontrakten for pandas og
# Polars (modulets docstring), men to af kontraktens regler gjaldt ikke på DataFrame-vejen.


@pytest.mark.parametrize("bibliotek", ["pandas", "polars"])
def test_kolonne_der_ligner_et_felt_er_en_fejl_som_i_batchkontrakten(bibliotek: str) -> None:
    # docs/batch.md: »En kolonne, der kun adskiller sig fra et felt ved store og små
    # bogstaver, mellemrum, bindestreg eller æ/ø/å (...), er derimod en fejl i hver række«:
    # reglen ville ellers give feltets standard (nej) i stedet for kolonnens »ja«. koer_df
    # giver sin gennemførte liste videre til batchen, så kontrollen (kun for
    # gennemfoer=True) blev sprunget over, og rækken fik en kategori.
    ind = {"timer": [4, 4], "Afslutning af kemokur": ["ja", "ja"]}
    if bibliotek == "pandas":
        df: Any = pd.DataFrame(ind)
    else:
        df = pytest.importorskip("polars").DataFrame(ind)
    ud = dataframe.koer_df("iv", df)
    assert [k if isinstance(k, str) else None for k in ud["kategori"]] == [None, None]
    fejl = list(ud["fejl"])
    assert all(isinstance(f, str) and "ligner feltet 'afslutning_af_kemokur'" in f for f in fejl)
    # samme som batchkontrakten selv
    raekker = [{"timer": 4, "Afslutning af kemokur": "ja"}] * 2
    assert fejl == [p["fejl"] for p in batch.koer_batch("iv", raekker)]


def test_varighed_med_nanosekunder_i_polars_afvises_som_i_pandas() -> None:
    # IV-timer som varighed: 5 timer og 1 ns. En varighed, der ikke er hele mikrosekunder,
    # afvises af enkeltkaldet (pandas.Timedelta) og i batchen (numpy.timedelta64, b62f0b5),
    # som tidspunkter med nanosekunder (FAE-03). En Polars-kolonne Duration("ns") blev til en
    # Python-timedelta uden nanosekundet og gav kategori 2 uden fejl.
    pl = pytest.importorskip("polars")
    ns = 5 * 3600 * 10**9 + 1
    fra_pandas = dataframe.koer_df("iv", pd.DataFrame({"timer": [pd.Timedelta(ns, unit="ns")]}))
    assert fra_pandas["kategori"].isna().all()
    assert "hele mikrosekunder" in fra_pandas["fejl"][0]
    ind = pl.DataFrame({"timer": [ns]}).with_columns(pl.col("timer").cast(pl.Duration("ns")))
    assert ind["timer"].dt.total_nanoseconds().to_list() == [ns]
    ud = dataframe.koer_df("iv", ind)
    assert ud["kategori"].to_list() == [None]
    assert ud["fejlfelt"].to_list() == ["timer"]
    assert "hele mikrosekunder" in ud["fejl"][0]
