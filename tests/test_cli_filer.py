"""Kommandolinjen og rigtige filer: dansk Excel, BOM, kodning, decimalkomma, uafsluttede
citater, dobbelte overskrifter, formelinjektion, JSON-sagsfiler og lukkede rør.

Forventningerne er regnet i hånden: IV-kategorierne efter rammeaftalens tabel 2 (4. Aktivitet,
linje ca. 179–193: »Kategori 2 5-15 timer«, »Kategori 4 35+ timer«), og
intet input må give en traceback eller en stille forkert række.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from forloebsregler import cli


def _koer(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    ud, fejl = capsys.readouterr()
    return status, ud, fejl


def test_dansk_excel_eksport_laeses_med_decimalkomma(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Et håndlavet dansk Excel-udtræk: BOM, semikolon og decimalkomma. 8,5 timer er kategori 2
    # (5-15 timer); 37,5 timer er kategori 4 (35+ timer). Læst som 85 eller 375 timer, eller
    # som 8 og 37, ville mindst én af dem havne i en anden kategori.
    fil = tmp_path / "iv.csv"
    fil.write_bytes("\ufeffid;timer\r\na;8,5\r\nb;37,5\r\n".encode())
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--json")
    assert status == 0, fejl
    poster = json.loads(ud)
    assert [(p["id"], p["timer"], p["kategori"]) for p in poster] == [
        ("a", "8.5", "KATEGORI_2"),
        ("b", "37.5", "KATEGORI_4"),
    ]


def test_decimalkomma_i_kommafil_afvises_i_stedet_for_at_flytte_kolonner(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # »37,5« i en kommasepareret fil bliver til to celler; rækken må aldrig læses som 37 timer.
    fil = tmp_path / "iv.csv"
    fil.write_text("id,timer\na,37,5\nb,40\n", encoding="utf-8")
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--json")
    assert status == 1
    poster = json.loads(ud)
    assert [(p["raekke"], p["id"]) for p in poster] == [(2, "b")]
    assert "række 1" in fejl and "3 celler" in fejl and "decimalkomma" in fejl


def test_bom_i_utf8_fil(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fil = tmp_path / "iv.csv"
    fil.write_bytes("\ufeffid,timer\na,40\n".encode())
    status, ud, _ = _koer(capsys, "iv", "--csv", str(fil), "--json")
    assert status == 0
    assert json.loads(ud)[0]["id"] == "a"  # ikke "\ufeffid"


def test_uafsluttet_citat_giver_en_klar_fejl_og_sluger_ikke_rækker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    linjer = ["id,timer", "a,40", '"b,12'] + [f"r{i},5" for i in range(50)]
    fil = tmp_path / "iv.csv"
    fil.write_text("\n".join(linjer) + "\n", encoding="utf-8")
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--csv-ud")
    assert status == 2
    assert "række 2 (linje 3)" in fejl and "anførselstegn" in fejl
    assert "Traceback" not in fejl
    assert ud.splitlines()[1].startswith("1,a,KATEGORI_4")


def test_citat_med_linjeskift_afvises_for_rækken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fil = tmp_path / "iv.csv"
    fil.write_text('id,timer\n"a\nb",40\nc,40\n', encoding="utf-8")
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--json")
    assert status == 1
    assert [p["id"] for p in json.loads(ud)] == ["c"]
    assert "linjeskift" in fejl


def test_dobbelt_overskrift_afvises(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fil = tmp_path / "iv.csv"
    fil.write_text("id,timer,timer\na,40,5\n", encoding="utf-8")
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--json")
    assert status == 2 and ud == ""
    assert "'timer' to gange" in fejl


def test_række_med_for_få_eller_for_mange_celler(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fil = tmp_path / "iv.csv"
    fil.write_text("id,timer\na\nb,40,x\nc,40\n", encoding="utf-8")
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--json")
    assert status == 1
    assert [p["id"] for p in json.loads(ud)] == ["c"]
    assert "række 1" in fejl and "række 2" in fejl


def test_blandede_skilletegn_i_overskriften(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fil = tmp_path / "iv.csv"
    fil.write_text("id;timer,x\na;40,1\n", encoding="utf-8")
    status, _, fejl = _koer(capsys, "iv", "--csv", str(fil))
    assert status == 2 and "komma og semikolon" in fejl


def test_for_stort_felt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fil = tmp_path / "iv.csv"
    # Excels største celle er 32.767 tegn; en længere celle kan ikke komme fra et regneark
    fil.write_text("id,timer\n" + "x" * 32_768 + ",40\nb,40\n", encoding="utf-8")
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--json")
    assert status == 1 and "32768 tegn; højst 32767 accepteres" in fejl
    assert [p["id"] for p in json.loads(ud)] == ["b"]


def test_kodning_latin1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fil = tmp_path / "iv.csv"
    fil.write_bytes("id,timer\nSønderborg,40\n".encode("cp1252"))
    status, _, fejl = _koer(capsys, "iv", "--csv", str(fil))
    assert status == 2
    assert "0xf8" in fejl and "utf-8" in fejl and "--encoding" in fejl
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--encoding", "cp1252", "--json")
    assert status == 0, fejl
    assert json.loads(ud)[0]["id"] == "Sønderborg"
    status, _, fejl = _koer(capsys, "iv", "--csv", str(fil), "--encoding", "klingon")
    assert status == 2 and "--encoding" in fejl


@pytest.mark.parametrize("kodning", ["utf-16", "punycode", "rot13", "base64"])
def test_kodning_der_ikke_kan_laese_filen_giver_en_fejl_ikke_en_traceback(
    kodning: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Kodninger, som `codecs.lookup` kender, men som ikke kan læse filen: UTF-16 uden BOM og
    # punycode giver en `UnicodeError` (ikke en `UnicodeDecodeError`), og rot13/base64 er
    # ikke tekstkodninger (`LookupError` først ved `open`). Kommandolinjen skal svare som for
    # en ukendt kodning (status 2 og en besked om --encoding), aldrig med en traceback.
    fil = tmp_path / "iv.csv"
    fil.write_text("id;timer\r\na;5\r\n", encoding="utf-8")
    status, _, fejl = _koer(capsys, "iv", "--csv", str(fil), "--encoding", kodning)
    assert status == 2 and "--encoding" in fejl


@pytest.mark.parametrize("fra_stdin", [False, True], ids=["fil", "stdin"])
@pytest.mark.parametrize(
    "kodning",
    ["utf-16", "punycode", "undefined", "rot13", "base64", "hex", "zlib", "uu", "bz2", "quopri"],
)
def test_kodning_der_ikke_kan_laese_teksten_giver_en_fejllinje_fra_fil_og_stdin(
    kodning: str,
    fra_stdin: bool,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Alle de kodninger, `codecs.lookup` kender, men som ikke kan læse en almindelig tekstfil:
    # UTF-16 uden BOM, punycode og »undefined« fejler med en `UnicodeError` ved læsningen;
    # rot13, base64, hex, zlib, uu, bz2 og quopri er ikke tekstkodninger (bytes til bytes).
    # Både en fil og stdin (`--csv -`) skal give én fejllinje om --encoding og status 2.
    indhold = b"id;timer\r\na;5\r\n"
    if fra_stdin:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(indhold)))
        kilde = "-"
    else:
        fil = tmp_path / "iv.csv"
        fil.write_bytes(indhold)
        kilde = str(fil)
    status, ud, fejl = _koer(capsys, "iv", "--csv", kilde, "--encoding", kodning)
    assert (status, ud) == (2, "")
    assert fejl.startswith("forloebsregler: fejl: ") and fejl.count("\n") == 1, fejl
    assert "--encoding" in fejl and kodning in fejl, fejl


def test_en_kodning_der_ikke_er_en_tekstkodning_naevnes_som_saadan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fil = tmp_path / "iv.csv"
    fil.write_text("id;timer\r\na;5\r\n", encoding="utf-8")
    status, _, fejl = _koer(capsys, "iv", "--csv", str(fil), "--encoding", "rot13")
    assert status == 2
    assert fejl == (
        "forloebsregler: fejl: --encoding: fik 'rot13', som ikke er en tekstkodning; accepterer "
        "en kendt tekstkodning, fx utf-8, cp1252 eller latin-1\n"
    )


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_formelinjektion_neutraliseres(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], start: str
) -> None:
    for skille, ekstra in ((",", []), (";", ["--excel"])):
        fil = tmp_path / "iv.csv"
        fil.write_text(f'id{skille}timer\n"{start}HYPERLINK(1)"{skille}40\n', encoding="utf-8")
        status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--csv-ud", *ekstra)
        assert status == 0, fejl
        assert f"'{start}HYPERLINK(1)" in ud
        assert f"{skille}{start}HYPERLINK" not in ud


def test_excel_kraever_semikolon(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fil = tmp_path / "iv.csv"
    fil.write_text("id,timer\na,40\n", encoding="utf-8")
    status, _, fejl = _koer(capsys, "iv", "--csv", str(fil), "--excel")
    assert status == 2 and "--excel" in fejl and "semikolon" in fejl


def test_negative_tal_neutraliseres_ikke() -> None:
    from forloebsregler._cli_csv import neutraliser

    assert neutraliser("-12.5") == "-12.5"
    assert neutraliser("-12,5") == "-12,5"
    assert neutraliser("-x") == "'-x"
    assert neutraliser("=1+1") == "'=1+1"
    assert neutraliser("\tx") == "'\tx"
    assert neutraliser("\rx") == "'\rx"
    assert neutraliser("+45 12345678") == "'+45 12345678"


def test_dansk_tusindtalspunktum_uden_komma_laeses_aldrig_som_decimalpunktum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # I det danske format (semikolon) er punktum tusindtalsskilletegn: »1.000« er tusind, som
    # »1.000,0«, og Excel skriver et tal med tusindtalsformat sådan. 1.000 timer er kategori 4
    # (35+ timer); 1.000 besøg à 30 minutter er 500 timer, også kategori 4. Læst som 1 time
    # eller 1 besøg (0,5 timer) ville begge stiltiende blive kategori 1 (0-5 timer). Rækken må
    # give kategori 4 eller afvises som tvetydig — aldrig kategori 1.
    fil = tmp_path / "iv.csv"
    fil.write_bytes(
        "\ufeffid;timer;antal_besoeg;minutter_pr_besoeg;afslutning_af_kemokur\r\n"
        "a;1.000;;;nej\r\n"
        "b;1.000,0;;;nej\r\n"
        "c;;1.000;30;nej\r\n".encode()
    )
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--excel", "--json")
    poster = {p["id"]: p for p in json.loads(ud)}
    assert poster["b"]["kategori"] == "KATEGORI_4"  # kontrol: med komma læses det rigtigt
    # Afgørelsen: rækkerne afvises som tvetydige (status 1), med feltet, værdien, grunden og
    # de entydige skrivemåder i beskeden; de kommer ikke i uddata.
    assert status == 1 and set(poster) == {"b"}
    grund = (
        "som er tvetydigt i det danske format: punktum er tusindtalsskilletegn, men i et tal "
        "uden komma kan det også være et decimalpunktum; skriv 1000 eller 1000,0 for 1000, "
        "eller 1,000 for 1"
    )
    assert fejl.splitlines() == [
        f"forloebsregler: række 1 (linje 2): feltet 'timer' har '1.000', {grund}",
        f"forloebsregler: række 3 (linje 4): feltet 'antal_besoeg' har '1.000', {grund}",
    ]


def test_dansk_format_afviser_kun_tusindtalsgrupper_uden_komma(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Kun formen ^[+-]?\d{1,3}(\.\d{3})+$ er tvetydig. »1.5«, »0.25«, »5.5« og »1234.5« er
    # ingen tusindtalsgruppe og læses som i dag med punktum som decimaltegn: 1,5 og 0,25 timer
    # er kategori 1 (under 5 timer), 5,5 timer kategori 2 (5-15 timer), 1234,5 timer
    # kategori 4 (35+ timer). »12.345« (tolv komma tre eller tolv tusind) og »1.234.567«
    # afvises; en tusindtalsgruppe med flere punktummer har ingen decimallæsning at nævne.
    fil = tmp_path / "iv.csv"
    fil.write_bytes(
        b"id;timer\r\nf;1.5\r\ng;0.25\r\nh;5.5\r\ni;1234.5\r\nj;12.345\r\nk;1.234.567\r\n"
    )
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--json")
    assert status == 1
    assert [(p["id"], p["timer"], p["kategori"]) for p in json.loads(ud)] == [
        ("f", "1.5", "KATEGORI_1"),
        ("g", "0.25", "KATEGORI_1"),
        ("h", "5.5", "KATEGORI_2"),
        ("i", "1234.5", "KATEGORI_4"),
    ]
    grund = (
        "som er tvetydigt i det danske format: punktum er tusindtalsskilletegn, men i et tal "
        "uden komma kan det også være et decimalpunktum"
    )
    assert fejl.splitlines() == [
        f"forloebsregler: række 5 (linje 6): feltet 'timer' har '12.345', {grund}; skriv "
        "12345 eller 12345,0 for 12345, eller 12,345 for 12,345",
        f"forloebsregler: række 6 (linje 7): feltet 'timer' har '1.234.567', {grund}; skriv "
        "1234567 eller 1234567,0 for 1234567",
    ]


def test_kommaformatet_laeser_punktum_som_decimaltegn_som_foer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # I det almindelige format (komma som skilletegn) er punktum decimaltegnet, og intet er
    # tvetydigt: »1.000« er 1 time (kategori 1), »12.345« er 12,345 timer (kategori 2).
    fil = tmp_path / "iv.csv"
    fil.write_text("id,timer\na,1.000\nb,12.345\n", encoding="utf-8")
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--json")
    assert status == 0, fejl
    assert [(p["id"], p["kategori"]) for p in json.loads(ud)] == [
        ("a", "KATEGORI_1"),
        ("b", "KATEGORI_2"),
    ]


def test_gennemfoerte_kolonner_i_dansk_format_foeres_uaendret_igennem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # docs/kommandolinjen.md: »`id` og enhver anden kolonne, reglen ikke bruger, føres uændret
    # igennem til uddata«. Decimalkommaet omsættes for reglens tal, men et sagsnummer »1.234,5«
    # eller en afdeling »0,5« er tekst, reglen ikke bruger, og må ikke komme ud som »1234.5«
    # og »0.5«. (Fristen er ikke sagen her: udskrevet 22.2.2024 giver 29.2.2024, GEN-01.)
    fil = tmp_path / "genoptraening.csv"
    fil.write_bytes("\ufeffid;afdeling;udskrivning\r\n1.234,5;0,5;2024-02-22\r\n".encode())
    status, ud, fejl = _koer(capsys, "genoptraening", "--csv", str(fil), "--excel", "--json")
    assert status == 0, fejl
    (post,) = json.loads(ud)
    assert post["frist"] == "2024-02-29"
    assert (post["id"], post["afdeling"]) == ("1.234,5", "0,5")


def test_excel_ud_har_bom_semikolon_og_decimalkomma(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fil = tmp_path / "iv.csv"
    fil.write_text("id;timer\na;37,5\n", encoding="utf-8")
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--excel")
    assert status == 0, fejl
    assert ud.startswith("\ufeffraekke;id;kategori;timer")
    assert "1;a;KATEGORI_4;37,5;" in ud


@pytest.mark.parametrize(
    ("indhold", "ord"),
    [
        ("[" * 100_000, "dybt"),
        ('{"timer": ' + "9" * 5000 + "}", "for stort"),
        ('{"timer": NaN}', "NaN"),
        ("{", "ikke gyldig JSON"),
    ],
)
def test_json_sagsfil_giver_en_linje(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], indhold: str, ord: str
) -> None:
    fil = tmp_path / "sag.json"
    fil.write_text(indhold, encoding="utf-8")
    status, _, fejl = _koer(capsys, "iv", "--sag", str(fil))
    assert status == 2
    assert ord in fejl and len(fejl.strip().splitlines()) == 1


def _linjer(n: int) -> bytes:
    return ("id,timer\n" + "".join(f"r{i},{i % 50 + 1}\n" for i in range(n))).encode()


def test_lukket_roer_giver_ingen_traceback() -> None:
    # `forloebsregler iv --csv - | head -1`: læseren lukker røret, og vi stopper stille.
    proc = subprocess.Popen(
        [sys.executable, "-m", "forloebsregler", "iv", "--csv", "-", "--csv-ud"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    stdin = proc.stdin

    def foder() -> None:
        try:
            stdin.write(_linjer(20_000))
            stdin.close()
        except (BrokenPipeError, OSError):
            pass  # processen er stoppet, fordi dens læser lukkede røret

    traad = threading.Thread(target=foder, daemon=True)
    traad.start()
    assert proc.stdout.readline().startswith(b"raekke,id")
    proc.stdout.close()
    fejl = proc.stderr.read().decode()
    proc.wait(timeout=60)
    traad.join(timeout=60)
    assert "Traceback" not in fejl and "BrokenPipe" not in fejl


def test_første_række_skrives_før_input_slutter() -> None:
    # Strømmende: svaret på række 1 kommer, mens stdin stadig er åben.
    proc = subprocess.Popen(
        [sys.executable, "-m", "forloebsregler", "iv", "--csv", "-", "--csv-ud"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(b"id,timer\na,40\n" + b"".join(f"r{i},5\n".encode() for i in range(5000)))
    proc.stdin.flush()
    # Stdin er ikke lukket; læs overskrift og de første rækker, mens processen kører.
    foerste = proc.stdout.readline()
    anden = proc.stdout.readline()
    assert foerste.startswith(b"raekke,id") and anden.startswith(b"1,a,KATEGORI_4")
    proc.stdin.close()
    proc.stdout.read()
    assert proc.wait(timeout=60) == 0


def test_gennemfoerte_kolonner_i_dansk_fil_foeres_uaendret_igennem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Gennemgangen af pengevejene: docs/kommandolinjen.md lover, at `id` og enhver anden
    # kolonne, reglen ikke bruger, »føres uændret igennem til uddata«. I en fil med semikolon
    # blev decimalkommaet også omsat i dem: et sags-id »1,5« kom ud som »1.5« og en note
    # »1.234,50« som »1234.50«. Prisen er 1 time Grundløn mandag 4.3.2019 = 277,21 kr.
    fil = tmp_path / "ledsagelse.csv"
    fil.write_bytes(
        "\ufeffid;start;slut;note\r\n"
        "1,5;2019-03-04T08:00+01:00;2019-03-04T09:00+01:00;1.234,50\r\n".encode()
    )
    status, ud, fejl = _koer(capsys, "ledsagelse", "--csv", str(fil), "--json")
    assert status == 0, fejl
    (post,) = json.loads(ud)
    assert (post["id"], post["note"], post["total"]) == ("1,5", "1.234,50", "277.21")


def test_dansk_fil_tekstfelter_og_tusindtal_i_gennemfoerte_kolonner_uaendret(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Reglens tekstfelt `begrundelse` (sygehusets sundhedsfaglige begrundelse) er fri tekst og
    # føres uændret igennem, også »1,5«; en tusindtalsgruppe i en kolonne, reglen ikke bruger
    # (`note` »1.000«), er ingen fejl og står, som den blev skrevet.
    fil = tmp_path / "genoptraening.csv"
    fil.write_bytes(
        "\ufeffid;note;udskrivning;sygehusets_startdato;begrundelse\r\n"
        "12.345;1.000;2024-02-22;2024-03-15;1,5\r\n".encode()
    )
    status, ud, fejl = _koer(capsys, "genoptraening", "--csv", str(fil), "--excel", "--json")
    assert status == 0, fejl
    (post,) = json.loads(ud)
    assert (post["id"], post["note"], post["sundhedsfaglig_begrundelse"]) == (
        "12.345",
        "1.000",
        "1,5",
    )


def test_dansk_fil_ledsagelsens_tal_km_og_fremskrivningsfaktor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Ledsagelsens talfelter i en fil med semikolon: `km` og `fremskrivningsfaktor` læses med
    # decimalkomma. 1 time Grundløn mandag 4.3.2024 efter 2019-taksten 277,21 kr. × 1,0654 =
    # 295,339534 kr. → 295,34 kr.; 12,5 km à 2,23 kr. (statens lave sats 2024) = 27,875 kr.
    # → 27,88 kr. (begge afrundet halvt op til øre). »1.234« km og faktoren »1.065« er
    # tvetydige og afvises.
    fil = tmp_path / "ledsagelse.csv"
    tid = "2024-03-04T08:00+01:00;2024-03-04T09:00+01:00"
    fil.write_bytes(
        "id;start;slut;km;fremskrivningsfaktor;takstaar\r\n"
        f"a;{tid};12,5;1,0654;2024\r\n"
        f"b;{tid};1.234;1,0654;2024\r\n"
        f"c;{tid};;1.065;2024\r\n".encode()
    )
    status, ud, fejl = _koer(capsys, "ledsagelse", "--csv", str(fil), "--json")
    assert status == 1
    (post,) = json.loads(ud)
    assert (post["id"], post["total"], post["km"], post["km_beloeb"]) == (
        "a",
        "295.34",
        "12.5",
        "27.88",
    )
    linjer = fejl.splitlines()
    assert len(linjer) == 2
    assert linjer[0].startswith("forloebsregler: række 2 (linje 3): feltet 'km' har '1.234', ")
    assert linjer[0].endswith("skriv 1234 eller 1234,0 for 1234, eller 1,234 for 1,234")
    assert linjer[1].startswith(
        "forloebsregler: række 3 (linje 4): feltet 'fremskrivningsfaktor' har '1.065', "
    )


def test_tabulatorfil_afviser_tvetydigt_tusindtalspunktum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Gennemgangen af dagens rettelser: dansk Excel kan også gemme med tabulator, og så står
    # 1.000 timer som »1.000«, mens andre programmer skriver decimalpunktum. Læst som 1 time
    # ville forløbet blive kategori 1 i stedet for kategori 4 (35+ timer, rammeaftalen tabel
    # 2); rækken afvises derfor som tvetydig. »1.5« (ingen tusindtalsgruppe) er 1,5 time:
    # kategori 1. id-kolonnen føres uændret igennem.
    fil = tmp_path / "iv.tsv"
    fil.write_text("timer\tid\n1.000\t1.000\n1.5\tb\n", encoding="utf-8")
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--json")
    assert status == 1
    assert fejl.strip() == (
        "forloebsregler: række 1 (linje 2): feltet 'timer' har '1.000', som er tvetydigt i en "
        "fil med tabulator som skilletegn: punktum kan være tusindtalsskilletegn (dansk "
        "regneark) eller decimaltegn; skriv tallet uden tusindtalsskilletegn, fx 1000 for 1000"
    )
    (post,) = json.loads(ud)
    assert (post["id"], post["kategori"]) == ("b", "KATEGORI_1")


def test_tvetydigt_tal_beskeden_skriver_tallet_uden_eksponent() -> None:
    # »100.000« kan være hundrede tusind eller hundrede: beskeden foreslår begge, skrevet ud.
    from forloebsregler._cli_csv import _tvetydigt_tal

    assert _tvetydigt_tal("100.000", True).endswith(
        "skriv 100000 eller 100000,0 for 100000, eller 100,000 for 100"
    )


def test_overskrift_uden_kendte_feltnavne_afviser_filen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Gennemgangen af dagens rettelser: en forkert --encoding (fx utf-16-le på en UTF-8-fil)
    # læste hele filen som én overskrift uden kendte navne og endte med status 0 og intet
    # uddata. En overskrift uden ét eneste af områdets feltnavne afvises nu (status 2).
    fil = tmp_path / "iv.csv"
    fil.write_bytes(b"timer;id\n5;ab\n")
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil), "--encoding", "utf-16-le")
    assert (status, ud) == (2, "")
    assert "overskriften har ingen af feltnavnene" in fejl and "--encoding" in fejl
    fil.write_text("x;y\n1;2\n", encoding="utf-8")
    status, ud, fejl = _koer(capsys, "iv", "--csv", str(fil))
    assert (status, ud) == (2, "") and "overskriften har ingen af feltnavnene" in fejl


def test_et_ekstra_byte_order_mark_er_ikke_en_del_af_kolonnenavnet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Tabel 2 (IV-01): 5 timer er kategori 2 (5-15 timer). En fil gemt to gange kan have to
    # BOM'er; den anden må ikke gøre »timer« til en ukendt kolonne.
    fil = tmp_path / "iv.csv"
    fil.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbftimer;id\n5;a\n")
    status, ud, _ = _koer(capsys, "iv", "--csv", str(fil), "--json")
    (post,) = json.loads(ud)
    assert (status, post["id"], post["kategori"]) == (0, "a", "KATEGORI_2")
