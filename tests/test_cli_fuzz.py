"""Ingen input til kommandolinjen giver en traceback: tilfældige CSV-filer, bytes og
JSON-sagsfiler giver exit-status 0, 1 eller 2 — aldrig en anden undtagelse."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forloebsregler import cli

_OMRAADER = ["iv", "depression", "ledsagelse", "genoptraening"]
_KOLONNER = {
    "iv": ["id", "timer", "antal_besoeg", "minutter_pr_besoeg", "afslutning_af_kemokur"],
    "depression": ["kernesymptomer", "ledsagesymptomer", "hoej_kompleksitet", "fortolkning"],
    "ledsagelse": ["id", "start", "slut"],
    "genoptraening": ["id", "udskrivning", "tilbudt_opstart", "kontakt"],
}
_CELLE = st.one_of(
    st.sampled_from(
        [
            "",
            "ja",
            "nej",
            "ukendt",
            "8,5",
            "1E+999999",
            "NaN",
            "-1",
            "=1+1",
            '"',
            "a;b",
            "2019-12-24T16:00+01:00",
            "2024-03-31T02:30",
            "9999-12-31T23:30+00:00",
            "KATEGORI_1",
            "NEDTRYKTHED",
            "\ufeff",
            "\x00",
        ]
    ),
    st.text(max_size=12),
)


@st.composite
def _csv_tekst(draw: st.DrawFn, omraade: str) -> str:
    skille = draw(st.sampled_from([",", ";", "\t"]))
    kolonner = draw(
        st.lists(st.sampled_from([*_KOLONNER[omraade], "ukendt", ""]), min_size=1, max_size=5)
    )
    linjer = [skille.join(kolonner)]
    for _ in range(draw(st.integers(0, 4))):
        celler = draw(st.lists(_CELLE, min_size=0, max_size=len(kolonner) + 2))
        linjer.append(skille.join(celler))
    return draw(st.sampled_from(["\n", "\r\n"])).join(linjer)


def _koer(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(argv)
    capsys.readouterr()
    assert status in (0, 1, 2)


@pytest.mark.parametrize("omraade", _OMRAADER)
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_tilfaeldig_csv_giver_aldrig_traceback(
    omraade: str, data: st.DataObject, capsys: pytest.CaptureFixture[str]
) -> None:
    tekst = data.draw(_csv_tekst(omraade))
    ud = data.draw(st.sampled_from([[], ["--json"], ["--csv-ud"], ["--excel"]]))
    with tempfile.TemporaryDirectory() as mappe:
        fil = Path(mappe) / "sager.csv"
        fil.write_text(tekst, encoding="utf-8", errors="surrogatepass")
        _koer([omraade, "--csv", str(fil), *ud], capsys)


@pytest.mark.parametrize("omraade", _OMRAADER)
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(indhold=st.binary(max_size=200))
def test_tilfaeldige_bytes_giver_aldrig_traceback(
    omraade: str, indhold: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    with tempfile.TemporaryDirectory() as mappe:
        fil = Path(mappe) / "sager.csv"
        fil.write_bytes(indhold)
        _koer([omraade, "--csv", str(fil)], capsys)
        _koer([omraade, "--sag", str(fil)], capsys)
        _koer([omraade, "--csv", str(fil), "--encoding", "latin-1", "--csv-ud"], capsys)


@pytest.mark.parametrize("omraade", _OMRAADER)
@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    sag=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
        lambda indre: (
            st.lists(indre, max_size=3) | st.dictionaries(st.text(max_size=8), indre, max_size=3)
        ),
        max_leaves=8,
    )
)
def test_tilfaeldig_json_sag_giver_aldrig_traceback(
    omraade: str, sag: object, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    with tempfile.TemporaryDirectory() as mappe:
        fil = Path(mappe) / "sag.json"
        fil.write_text(json.dumps(sag), encoding="utf-8")
        _koer([omraade, "--sag", str(fil), "--json"], capsys)
