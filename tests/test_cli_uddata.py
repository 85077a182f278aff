"""Kommandolinjens uddata for flere sager: samme tal og samme form som bibliotekets egne formater.

Fundet ved en gennemgang af uddataene (JSON, CSV, dansk Excel). Forventningerne er regnet i
hånden ud fra de dokumenterede formater, ikke kopieret fra bibliotekets uddata:

- docs/json.md: en `Decimal` skrives som »en **streng** med det eksakte tal, uden eksponent«;
- docs/kommandolinjen.md: gennemførte kolonner føres igennem »præcis som de står (… en note
  `1.234,50` forbliver `1.234,50`)«, og kun en celle, der begynder med et formeltegn »og ikke
  er et tal«, får et foranstillet `'`.

IV-kategorien efter rammeaftalens tabel 2 (4. Aktivitet): »Kategori 1 0-5 timer«.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from forloebsregler import cli


def _koer(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    ud, fejl = capsys.readouterr()
    return status, ud, fejl


def test_json_for_en_csv_skriver_timer_uden_eksponent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 0,00000000001 timer (over 0 og under 5) er kategori 1. Timerne står i JSON som det eksakte
    # tal uden eksponent, som i enkeltsagens `--json` og i `--csv-ud` — ikke som »1E-11«.
    fil = tmp_path / "iv.csv"
    fil.write_text("id,timer\na,0.00000000001\n", encoding="utf-8")
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--json")
    assert status == 0, fejl
    (post,) = json.loads(ud)
    assert post["kategori"] == "KATEGORI_1"
    assert post["timer"] == "0.00000000001"


def test_json_for_en_sagsliste_skriver_tal_uden_eksponent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # En sagsfil med en liste: timer 0.0000001 (kategori 1) og et gennemført tal 0.0000001.
    fil = tmp_path / "sager.json"
    fil.write_text('[{"id": "a", "maal": 0.0000001, "timer": 0.0000001}]', encoding="utf-8")
    status, ud, fejl = _koer(capsys, "iv", "--sag", str(fil), "--json")
    assert status == 0, fejl
    (post,) = json.loads(ud)
    assert post["kategori"] == "KATEGORI_1"
    assert post["timer"] == "0.0000001"
    assert post["maal"] == "0.0000001"


def test_excel_ud_neutraliserer_ikke_et_negativt_dansk_tal_med_tusindtalspunktum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # »-1.234,50« er et tal i det danske format (kommandolinjens egen læser tager det som
    # -1234.50 i et talfelt); som gennemført note skal det stå uændret, uden »'« foran.
    fil = tmp_path / "iv.csv"
    fil.write_text("id;timer;note\na;3;-1.234,50\n", encoding="utf-8")
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--excel")
    assert status == 0, fejl
    assert "1;a;-1.234,50;KATEGORI_1;3;" in ud


def test_excel_ud_kan_laeses_igen_af_kommandolinjen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # En ledsagelse over nytår (22.12.2023–5.1.2024) med en fremskrivning bruger to
    # takstniveauer; `anvendte_parametre` nævner alle de daterede takster, prisen brugte.
    # Kommandolinjens eget danske Excel-uddata skal kunne læses igen af kommandolinjen (samme
    # tidspunkter, samme total), ikke afvises, fordi en celle, den selv skrev, er for lang.
    fremskrivning = ["2020=1.021", "2021=1.03", "2022=1.0333", "2023=1.04", "2024=1.05"]
    ind = tmp_path / "ind.csv"
    ind.write_text(
        "id;start;slut\nb;2023-12-22T08:00+01:00;2024-01-05T08:00+01:00\n", encoding="utf-8"
    )
    status, foerste, fejl = _koer(
        capsys, "ledsagelse", "--csv", str(ind), "--excel", "--fremskrivning", *fremskrivning
    )
    assert status == 0, fejl
    ud = tmp_path / "ud.csv"
    ud.write_text(foerste, encoding="utf-8")
    status, anden, fejl = _koer(
        capsys, "ledsagelse", "--csv", str(ud), "--excel", "--fremskrivning", *fremskrivning
    )
    assert status == 0, fejl
    (r1,) = csv.DictReader(io.StringIO(foerste.lstrip("\ufeff")), delimiter=";")
    (r2,) = csv.DictReader(io.StringIO(anden.lstrip("\ufeff")), delimiter=";")
    assert (r2["start"], r2["slut"]) == (r1["start"], r1["slut"])
    assert r2["total"] == r2["ind_total"] == r1["total"]


def _koer_med_kodning(kodning: str, *argv: str) -> subprocess.CompletedProcess[bytes]:
    """Kommandolinjen i en proces, hvis stdout har tekstkodningen `kodning` — som en omdirigeret
    stdout på Windows (cp1252) eller en terminal med en ældre kodning."""
    return subprocess.run(
        [sys.executable, "-m", "forloebsregler", *argv],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": kodning},
        timeout=120,
        check=False,
    )


def test_excel_ud_er_utf8_med_bom_ogsaa_naar_stdout_har_en_anden_kodning(
    tmp_path: Path,
) -> None:
    # docs/kommandolinjen.md: `--excel` »skriver en BOM, så Excel læser UTF-8«, og eksemplet
    # `forloebsregler iv --csv udtraek.csv --excel > resultater.csv`. En omdirigeret stdout i en
    # cp1252-kodning (Windows) må ikke give en traceback; filen er UTF-8 med BOM.
    # 37,5 timer er kategori 4 (tabel 2: »Kategori 4 35+ timer«).
    fil = tmp_path / "iv.csv"
    fil.write_text("id;timer\na;37,5\n", encoding="utf-8")
    proc = _koer_med_kodning("cp1252", "iv", "--csv", str(fil), "--excel")
    fejl = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in fejl
    assert proc.returncode == 0, fejl
    assert proc.stdout.startswith(b"\xef\xbb\xbfraekke;id;kategori;timer")
    assert "1;a;KATEGORI_4;37,5;" in proc.stdout.decode("utf-8")


@pytest.mark.parametrize("kodning", ["ascii", "latin-1"])
def test_tekst_ud_til_en_stdout_uden_danske_tegn_giver_ingen_traceback(kodning: str) -> None:
    # docs/kommandolinjen.md: »Ingen input giver en traceback«; begrundelsen har »æ«, »ø« og
    # tankestreger, som ascii og latin-1 ikke kan skrive.
    proc = _koer_med_kodning(kodning, "iv", "--timer", "3")
    assert "Traceback" not in proc.stderr.decode("utf-8", "replace")
