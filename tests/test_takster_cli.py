"""Issue 16 på kommandolinjen: --takster FIL, en faktor for ét år, en kæde af årlige faktorer,
også under --csv, og afvisning uden takster for året.

Beløb regnet i hånden: eksempelfilens opfundne 2026-takster (docs/eksempler/takster_2026.toml,
ikke officielle) og 2019-tabellen.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from forloebsregler import cli

ROD = Path(__file__).resolve().parents[1]
EKSEMPEL = str(ROD / "docs" / "eksempler" / "takster_2026.toml")
# søndag 1.3.2026 kl. 8-12: 4 t »Søn og helligdag dag«
MARTS = ["ledsagelse", "--start", "2026-03-01T08:00+01:00", "--slut", "2026-03-01T12:00+01:00"]


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    return json.loads(capsys.readouterr().out)


def test_forloeb_og_kilometer_fra_takstfil(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([*MARTS, "--km", "20"]) == 2
    fejl = capsys.readouterr().err
    assert "ingen taksttabel gælder 2026-03-01" in fejl and "--takster FIL" in fejl
    assert cli.main([*MARTS, "--km", "20", "--takster", EKSEMPEL, "--json"]) == 0
    post = _json(capsys)
    assert isinstance(post, dict)
    assert post["total"] == "2480.00"  # 4 × 620,00 (eksempel)
    km = post["kilometergodtgoerelse"]  # bibliotekets eget svar; intet lægges sammen
    assert km["sats"] == "2.28" and km["beloeb"] == "45.60"  # 20 × 2,28
    assert [p["vaerdi"] for p in post["anvendte_parametre"]] == ["620.00"]
    assert [p["vaerdi"] for p in km["anvendte_parametre"]] == ["2.28"]
    assert "takster_2026.toml" in post["anvendte_parametre"][0]["kilde"]


def test_faktor_gaelder_kun_sit_aar(capsys: pytest.CaptureFixture[str]) -> None:
    # 24.12.2024 kl. 16 til 25.12 kl. 08:30 (som i test_cli), 2019-taksterne × 1,1
    argv = ["ledsagelse", "--start", "2024-12-24T16:00+01:00", "--slut", "2024-12-25T08:30+01:00"]
    assert cli.main([*argv, "--fremskrivningsfaktor", "1.1"]) == 2
    assert "takstaar: mangler" in capsys.readouterr().err
    assert cli.main([*argv, "--fremskrivningsfaktor", "1.1", "--takstaar", "2024", "--json"]) == 0
    post = _json(capsys)
    assert isinstance(post, dict)
    assert post["niveauer"] == ["2024-niveau (2019-niveau × 1.1)"]
    grund = [linje for linje in post["linjer"] if linje["kategori"] == "GRUNDLOEN"]
    assert [linje["beloeb"] for linje in grund] == ["304.93"]  # 1 t × 277,21 × 1,1 = 304,931
    # faktoren for 2024 ganger aldrig timer fra et andet år
    forkert_aar = [
        "ledsagelse",
        "--start",
        "2023-05-02T08:00+02:00",
        "--slut",
        "2023-05-02T09:00+02:00",
    ]
    assert cli.main([*forkert_aar, "--fremskrivningsfaktor", "1.1", "--takstaar", "2024"]) == 2
    assert "ingen taksttabel gælder 2023-05-02" in capsys.readouterr().err
    # 2019 prissættes stadig efter 2019-tabellen
    aar_2019 = [
        "ledsagelse",
        "--start",
        "2019-05-06T08:00+02:00",
        "--slut",
        "2019-05-06T09:00+02:00",
    ]
    assert (
        cli.main([*aar_2019, "--fremskrivningsfaktor", "1.1", "--takstaar", "2024", "--json"]) == 0
    )
    post = _json(capsys)
    assert isinstance(post, dict) and post["total"] == "277.21"


def test_kaede_af_faktorer(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["ledsagelse", "--start", "2021-05-04T08:00+02:00", "--slut", "2021-05-04T09:00+02:00"]
    assert cli.main([*argv, "--fremskrivning", "2020=1.021", "2021=1.03", "--json"]) == 0
    post = _json(capsys)
    assert isinstance(post, dict)
    # 277,21 × 1,021 = 283,03 (afrundet); × 1,03 = 291,52
    assert post["total"] == "291.52"
    assert post["niveauer"] == ["2021-niveau (2019-niveau × 1.021 × 1.03)"]
    assert cli.main([*argv, "--fremskrivning", "2021=1.03"]) == 2
    assert "år i træk fra 2020" in capsys.readouterr().err
    assert cli.main([*argv, "--fremskrivning", "1.03"]) == 2
    assert "år=faktor" in capsys.readouterr().err
    assert cli.main([*argv, "--fremskrivning", "2020=1.021", "--takster", EKSEMPEL]) == 2
    assert "gives ikke sammen" in capsys.readouterr().err


def test_csv_bruger_takstfil_og_faktor_pr_dato(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fil = tmp_path / "ep.csv"
    fil.write_text(
        "id,start,slut\n"
        "a,2019-05-06T08:00+02:00,2019-05-06T09:00+02:00\n"  # 2019: 277,21
        "b,2026-03-02T08:00+01:00,2026-03-02T09:00+01:00\n"  # mandag 2026: 310,00 (eksempel)
        "c,2024-05-06T08:00+02:00,2024-05-06T09:00+02:00\n",  # 2024: ingen tabel
        encoding="utf-8",
    )
    assert cli.main(["ledsagelse", "--csv", str(fil), "--takster", EKSEMPEL, "--json"]) == 1
    ud = capsys.readouterr()
    poster = json.loads(ud.out)
    assert [(p["id"], p["total"]) for p in poster] == [("a", "277.21"), ("b", "310.00")]
    assert "række 3" in ud.err and "ingen taksttabel gælder 2024-05-06" in ud.err
    # en faktor for 2024 gælder kun række c, ikke 2019-rækken
    assert (
        cli.main(
            [
                "ledsagelse",
                "--csv",
                str(fil),
                "--fremskrivningsfaktor",
                "2",
                "--takstaar",
                "2024",
                "--json",
            ]
        )
        == 1
    )
    poster = json.loads(capsys.readouterr().out)
    assert [(p["id"], p["total"]) for p in poster] == [("a", "277.21"), ("c", "554.42")]
