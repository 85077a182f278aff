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
