"""Opskriften fra siden »Batch«: et register i dele med Dask (`map_partitions` med det faste
skema som `meta`) giver de samme resultater og fejl som én proces."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pandas as pd
import pytest

from forloebsregler import dataframe

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")


def _register(n: int) -> pd.DataFrame:
    udskrivning = [date(2024, 1, 1) + timedelta(days=i % 400) for i in range(n)]
    tilbudt: list[object] = [u + timedelta(days=i % 11) for i, u in enumerate(udskrivning)]
    for i in range(0, n, 13):
        tilbudt[i] = None  # ukendt: kan ikke afgøres
    for i in range(5, n, 17):
        tilbudt[i] = "ikke en dato"  # fejl i rækken
    return pd.DataFrame(
        {
            "id": [f"S{i:05d}" for i in range(n)],
            "udskrivning": [u.isoformat() for u in udskrivning],
            "tilbudt_opstart": [
                t if t is None or isinstance(t, str) else t.isoformat() for t in tilbudt
            ],
        }
    )


@pytest.fixture(scope="module")
def klient() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2, processes=False, threads_per_worker=1, dashboard_address=None
        ) as klynge,
        distributed.Client(klynge) as k,
    ):
        yield k


def test_dele_giver_samme_resultat_som_en_proces(klient: object) -> None:
    register = _register(2_000)
    ddf = dd.from_pandas(register, npartitions=4)
    meta = dataframe.meta("genoptraening", ddf._meta)
    delt = ddf.map_partitions(dataframe.genoptraening_df, meta=meta).compute()

    # Dask gemmer tekstkolonner med sin egen strengtype; den gennemførte id-kolonne har
    # delenes type, så én proces køres på de samme data, som Dask ser
    en_proces = dataframe.genoptraening_df(ddf.compute())
    oprindelig = dataframe.genoptraening_df(register)
    pd.testing.assert_frame_equal(en_proces.drop(columns="id"), oprindelig.drop(columns="id"))
    assert en_proces["id"].tolist() == oprindelig["id"].tolist()

    # `raekke` tælles inden for hver del; indekset identificerer rækken i hele registret
    assert delt.index.equals(en_proces.index)
    pd.testing.assert_frame_equal(delt.drop(columns="raekke"), en_proces.drop(columns="raekke"))
    assert list(delt.dtypes) == list(en_proces.dtypes)
    assert en_proces["fejl"].notna().sum() > 0
    assert (en_proces["frit_valg"] == "KAN_IKKE_AFGOERES").sum() > 0


def test_raekkenumre_for_hele_registret_med_forskydning(klient: object) -> None:
    register = _register(1_000)
    ddf = dd.from_pandas(register, npartitions=3)
    meta = dataframe.meta("genoptraening", ddf._meta)

    def med_nummer(del_: pd.DataFrame) -> pd.DataFrame:
        # et RangeIndex fra from_pandas: første rækkes indeks + 1 er dens nummer i registret
        start = int(del_.index[0]) + 1 if len(del_) else 1
        return dataframe.genoptraening_df(del_, foerste_raekke=start)

    delt = ddf.map_partitions(med_nummer, meta=meta).compute()
    pd.testing.assert_frame_equal(delt, dataframe.genoptraening_df(ddf.compute()))
    assert delt["raekke"].tolist() == list(range(1, 1_001))
