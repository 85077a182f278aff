"""Kommandolinjens fælles maskineri: enkeltsager, JSON-sagsfiler, CSV-batcher og uddata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from forloebsregler import cli
from forloebsregler._resultat import Resultat
from forloebsregler._valider import kraev_decimal
from forloebsregler.kilder import SAMARBEJDSAFTALE_LEDSAGELSE, Kilde
from forloebsregler.kilometergodtgoerelse import beregn_kilometergodtgoerelse
from forloebsregler.ledsagelsespris import beregn_ledsagelse

_KILDE = SAMARBEJDSAFTALE_LEDSAGELSE.kilde("Afregning", "Afregning")


@attrs.frozen
class _Dobbelt(Resultat):
    tal: Decimal
    flag: bool | None
    dele: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]


def _dobbelt(tal: object, flag: object = None, dele: object = ()) -> _Dobbelt:
    d = kraev_decimal(tal, "tal")
    return _Dobbelt(d * 2, flag, tuple(dele), f"{d} gange 2", (_KILDE,))  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _testomraade() -> Iterator[None]:
    cli.registrer(
        cli.Omraade(
            navn="dobbelt",
            hjaelp="fordobler et tal",
            funktion=_dobbelt,
            argumenter=(("tal", "tekst", "et tal"), ("flag", "bool", ""), ("dele", "liste", "")),
        )
    )
    yield
    del cli.OMRAADER["dobbelt"]


def test_enkeltsag_tekst(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["dobbelt", "--tal", "2.5", "--dele", "a", "b"]) == 0
    ud = capsys.readouterr().out
    assert ud.startswith("2.5 gange 2")
    assert "tal: 5.0" in ud and "- a" in ud and "Samarbejdsaftale" in ud


def test_enkeltsag_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["dobbelt", "--tal", "1.25", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tal"] == "2.50" and data["begrundelse"] == "1.25 gange 2"


def test_manglende_argument_er_en_klar_fejl(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["dobbelt"]) == 2
    fejl = capsys.readouterr().err
    assert fejl.startswith("forloebsregler: fejl:") and "tal" in fejl
    assert fejl.count("\n") == 1


def test_ugyldig_vaerdi_giver_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["dobbelt", "--tal", "abc"]) == 2
    assert "tal" in capsys.readouterr().err


def test_csv_batch_fortsaetter_efter_fejl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fil = tmp_path / "sager.csv"
    fil.write_text("tal;flag;dele\n1;ja;x\nabc;nej;\n3;ukendt;\n4;maaske;\n", encoding="utf-8")
    assert cli.main(["dobbelt", "--csv", str(fil), "--csv-ud"]) == 1
    ud, fejl = capsys.readouterr()
    linjer = ud.strip().splitlines()
    assert linjer[0].startswith("raekke,tal,flag,dele")
    assert len(linjer) == 3  # overskrift + række 1 og 3 (datarækker tælles fra 1)
    assert linjer[1].startswith("1,2,True,x,")
    assert linjer[2].startswith("3,6,")
    assert "række 2:" in fejl and "række 4:" in fejl and "flag" in fejl


def test_csv_fra_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("tal\n7\n"))
    assert cli.main(["dobbelt", "--csv", "-", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == [
        {
            "raekke": 1,
            "tal": "14",
            "flag": None,
            "dele": [],
            "begrundelse": "7 gange 2",
            "kilder": [str(_KILDE)],
        }
    ]


def test_ukendt_kolonne_meldes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fil = tmp_path / "s.csv"
    fil.write_text("tal,farve\n1,roed\n", encoding="utf-8")
    assert cli.main(["dobbelt", "--csv", str(fil)]) == 1
    assert "ukendte felter farve" in capsys.readouterr().err


def test_json_sagsfil(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fil = tmp_path / "sag.json"
    fil.write_text(json.dumps({"tal": 1.5, "flag": True}), encoding="utf-8")
    assert cli.main(["dobbelt", "--sag", str(fil), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tal"] == "3.0"
    fil.write_text(json.dumps([{"tal": 1}, {"tal": "x"}]), encoding="utf-8")
    assert cli.main(["dobbelt", "--sag", str(fil)]) == 1
    ud, fejl = capsys.readouterr()
    assert "Række 1:" in ud and "række 2:" in fejl


@pytest.mark.parametrize("indhold", ["{ikke json", "[1, 2]", "3"])
def test_ugyldig_sagsfil(tmp_path: Path, indhold: str, capsys: pytest.CaptureFixture[str]) -> None:
    fil = tmp_path / "sag.json"
    fil.write_text(indhold, encoding="utf-8")
    assert cli.main(["dobbelt", "--sag", str(fil)]) == 2
    assert "--sag" in capsys.readouterr().err


def test_manglende_filer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["dobbelt", "--csv", str(tmp_path / "findes-ikke.csv")]) == 2
    assert cli.main(["dobbelt", "--sag", str(tmp_path / "findes-ikke.json")]) == 2
    fejl = capsys.readouterr().err
    assert "--csv" in fejl and "--sag" in fejl


def test_iv_enkeltsag_og_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Rammeaftalen, tabel 1: antibiotika 24 besøg × 50 min = 20 timer → kategori 3 (12.250 kr.)
    assert cli.main(["iv", "--antal-besoeg", "24", "--minutter-pr-besoeg", "50", "--json"]) == 0
    post = json.loads(capsys.readouterr().out)
    assert post["kategori"] == "KATEGORI_3" and post["regional_finansiering"] == "12250.00"
    fil = tmp_path / "iv.csv"
    fil.write_text("id,timer,afslutning_af_kemokur\na,35,nej\nb,-1,\nc,,ja\n", encoding="utf-8")
    assert cli.main(["iv", "--csv", str(fil), "--csv-ud"]) == 1
    ud, fejl = capsys.readouterr()
    assert "1,a,KATEGORI_4,35,29400.00" in ud and "3,c,KEMOKUR,,200" in ud
    assert "række 2: timer" in fejl


def test_demo_har_iv(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["demo"]) == 0
    assert "kategori 4: regionen 29.400,00 kr." in capsys.readouterr().out


def test_genoptraening_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Kap. 10: opstart senest 7 kalenderdage efter udskrivning; skuddag 2024 tæller med.
    fil = tmp_path / "udskrivninger.csv"
    fil.write_text(
        "id;udskrivning;tilbudt_opstart\n1;2024-02-22;2024-02-29\n2;2024-02-22;2024-03-01\n"
        "3;igår;\n",
        encoding="utf-8",
    )
    assert cli.main(["genoptraening", "--csv", str(fil), "--json"]) == 1
    ud, fejl = capsys.readouterr()
    poster = json.loads(ud)
    assert [(p["raekke"], p["frist"], p["frit_valg"]) for p in poster] == [
        (1, "2024-02-29", "IKKE_OPFYLDT"),
        (2, "2024-02-29", "OPFYLDT"),
    ]
    assert "række 3: udskrivning" in fejl


def test_genoptraening_sent_om_aftenen(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["genoptraening", "--udskrivning", "2024-02-28T23:30:00+01:00", "--json"]
    assert cli.main(argv) == 0
    assert json.loads(capsys.readouterr().out)["dato"] == "2024-03-06"


def test_ledsagelse_over_en_helligdagsnat(capsys: pytest.CaptureFixture[str]) -> None:
    # Afregning, taksttabel 2019: tirsdag 24.12. kl. 16-17 grundløn (277,21), 17-06 hverdag
    # aften/nat (13 × 346,51 = 4.504,63), juledag 06-08:30 søn-/helligdag dag
    # (2,5 × 554,41 = 1.386,025 → 1.386,03).
    argv = ["ledsagelse", "--start", "2019-12-24T16:00+01:00", "--slut", "2019-12-25T08:30+01:00"]
    assert cli.main([*argv, "--json"]) == 0
    post = json.loads(capsys.readouterr().out)
    # --json for én sag er bibliotekets resultat (til_dict/til_json): kun linjer med timer
    assert [(linje["kategori"], linje["beloeb"]) for linje in post["linjer"]] == [
        ("GRUNDLOEN", "277.21"),
        ("HVERDAG_AFTEN_NAT", "4504.63"),
        ("SOEN_HELLIGDAG_DAG", "1386.03"),
    ]
    assert post["total"] == "6167.87"
    resultat = beregn_ledsagelse(argv[2], argv[4])
    assert post == json.loads(resultat.til_json())
    # teksten er bibliotekets begrundelse, dets linjer og kilder — ingen nul-kategorier
    assert cli.main(argv) == 0
    ud = capsys.readouterr().out
    assert ud.splitlines()[0] == resultat.begrundelse
    assert "kategori=GRUNDLOEN" in ud and "beloeb=4504.63" in ud and "total: 6167.87" in ud
    assert "LOERDAG" not in ud and "beloeb_" not in ud
    assert "Afregning" in ud


def test_ledsagelse_med_km_viser_begge_svar(capsys: pytest.CaptureFixture[str]) -> None:
    # 24.12.2019 16:00–25.12.2019 08:30 = 6.167,87 kr.; 20 km × 1,98 kr. (lav
    # kilometertakst 2019, bibliotekets tabel) = 39,60 kr. Kommandolinjen lægger intet sammen.
    argv = ["ledsagelse", "--start", "2019-12-24T16:00+01:00", "--slut", "2019-12-25T08:30+01:00"]
    assert cli.main([*argv, "--km", "20", "--json"]) == 0
    post = json.loads(capsys.readouterr().out)
    assert post["total"] == "6167.87"
    assert post["kilometergodtgoerelse"]["beloeb"] == "39.60"
    assert "total_med_km" not in post
    assert cli.main([*argv, "--km", "20"]) == 0
    linjer = capsys.readouterr().out.splitlines()
    km = beregn_kilometergodtgoerelse(20, beregn_ledsagelse(argv[2], argv[4]).start)
    assert f"Kørsel: {km.begrundelse}" in linjer


def test_ledsagelse_uden_takst_for_aaret(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["ledsagelse", "--start", "2024-12-24T16:00+01:00", "--slut", "2024-12-25T08:30+01:00"]
    assert cli.main(argv) == 2
    assert "ingen taksttabel gælder 2024-12-24" in capsys.readouterr().err
    # En faktor uden år afvises: den må ikke skalere timer fra et år, den ikke var ment for.
    assert cli.main([*argv, "--fremskrivningsfaktor", "1.1"]) == 2
    capsys.readouterr()
    assert cli.main([*argv, "--fremskrivningsfaktor", "1.1", "--takstaar", "2024", "--json"]) == 0
    post = json.loads(capsys.readouterr().out)
    # 277,21 kr. × 1,1 = 304,931 → 304,93 kr.
    assert post["niveauer"] == ["2024-niveau (2019-niveau × 1.1)"]
    assert post["linjer"][0]["beloeb"] == "304.93"  # GRUNDLOEN 16-17
    assert cli.main([*argv, "--takstniveau", "x"]) == 2
    assert "fremskrivningsfaktor" in capsys.readouterr().err
    assert cli.main(["ledsagelse", "--start", "2019-01-01T10:00+01:00"]) == 2


def test_depression_enkeltsag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Kap. 5: let depression = 2 kernesymptomer + 2 ledsagesymptomer; ikke kompleks.
    argv = [
        "depression",
        "--kernesymptomer",
        "NEDTRYKTHED",
        "NEDSAT_LYST_ELLER_INTERESSE",
        "--ledsagesymptomer",
        "SOEVNFORSTYRRELSER",
        "TANKER_OM_DOED_ELLER_SELVMORD",
        "--hoej-kompleksitet",
        "nej",
        "--json",
    ]
    assert cli.main(argv) == 0
    post = json.loads(capsys.readouterr().out)
    assert post["niveau"] == "LET_IKKE_KOMPLEKS" and post["afgjort"] is True
    fil = tmp_path / "sag.json"
    fil.write_text(
        json.dumps({"kernesymptomer": ["NEDTRYKTHED"], "ledsagesymptomer": ["UKENDT"]}),
        encoding="utf-8",
    )
    assert cli.main(["depression", "--sag", str(fil)]) == 1
    assert "ledsagesymptomer[0]: ukendt navn 'UKENDT'" in capsys.readouterr().err


def test_demo_har_alle_omraader(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["demo"]) == 0
    ud = capsys.readouterr().out
    for overskrift in ("Kalender", "Depression", "6.791,57 kr.", "3250.00 kr.", "Genoptræning"):
        assert overskrift in ud, overskrift


def test_genoptraening_enkeltsag_svarer_paa_fristen(capsys: pytest.CaptureFixture[str]) -> None:
    # Kap. 10: opstart inden for 7 kalenderdage; udskrevet 28.2.2024 (skudår) → senest 6.3.2024.
    # Uden en tilbudt opstart er spørgsmålet fristen, ikke det frie valg.
    assert cli.main(["genoptraening", "--udskrivning", "2024-02-28T23:30+01:00"]) == 0
    ud = capsys.readouterr().out
    foerste = ud.splitlines()[0]
    assert "senest 6.3.2024" in foerste and "Kan ikke afgøres" not in foerste
    assert cli.main(["genoptraening", "--udskrivning", "2024-02-28", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["dato"] == "2024-03-06"


def test_depression_csv_er_flad(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Ingen JSON i cellerne: delresultater som »felt=værdi; …«, kilder som korte henvisninger.
    fil = tmp_path / "d.csv"
    fil.write_text(
        "kernesymptomer;ledsagesymptomer;hoej_kompleksitet\n"
        "NEDTRYKTHED;SOEVNFORSTYRRELSER;nej\n"
        "NEDTRYKTHED;NEDSAT_LYST_ELLER_INTERESSE;SOEVNFORSTYRRELSER;nej\n",
        encoding="utf-8",
    )
    assert cli.main(["depression", "--csv", str(fil), "--csv-ud"]) in (0, 1)
    ud = capsys.readouterr().out
    import csv as _csv
    import io as _io

    raekker = list(_csv.DictReader(_io.StringIO(ud)))
    assert raekker
    for r in raekker:
        for celle in r.values():
            assert not celle.startswith(("[", "{")), celle
        assert r["svaerhedsgrad"] == "INGEN"  # 1 kernesymptom + 1 ledsagesymptom
        assert "»" not in r["kilder"] and "Kap. 5 Stratificering" in r["kilder"]


def test_csv_foelger_batchkontrakten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--csv går gennem `forloebsregler.batch`: `id` og ukendte kolonner føres igennem (før
    var en ukendt kolonne en fejl), og posterne har batchlagets nøgler og rækkenumre."""
    from forloebsregler import batch

    fil = tmp_path / "iv.csv"
    # Rammeaftalen, tabel 2: 35 timer er kategori 4 (regionen betaler 29.400 kr., tabel 3)
    fil.write_text("id,timer,farve\na,35,roed\nb,x,blaa\nc,,groen\n", encoding="utf-8")
    assert cli.main(["iv", "--csv", str(fil), "--json"]) == 1
    ud, fejl = capsys.readouterr()
    poster = json.loads(ud)
    forventede_noegler = ["raekke", "id", "farve", *(n for n, _ in batch.KOLONNER["iv"][1:])]
    assert [list(p) for p in poster] == [forventede_noegler]
    assert (poster[0]["raekke"], poster[0]["id"], poster[0]["farve"]) == (1, "a", "roed")
    assert poster[0]["kategori"] == "KATEGORI_4"
    assert poster[0]["regional_finansiering"] == "29400.00"
    # de fejlede rækker meldes med batchlagets nummer og besked
    raekker = [{"id": "a", "timer": "35", "farve": "roed"}, {"id": "b", "timer": "x"}]
    raekker.append({"id": "c", "timer": "", "farve": "groen"})
    batchposter = list(batch.iv(raekker))
    for post in batchposter[1:]:
        assert f"forloebsregler: række {post['raekke']}: {post['fejl']}" in fejl
    # CSV-uddata: de samme kolonner i samme rækkefølge
    assert cli.main(["iv", "--csv", str(fil), "--csv-ud"]) == 1
    overskrift = capsys.readouterr().out.splitlines()[0]
    assert overskrift.split(",") == forventede_noegler


def test_sagsliste_foelger_batchkontrakten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Kap. 10: udskrevet torsdag 22.2.2024 → opstart senest torsdag 29.2.2024 (skudår).
    fil = tmp_path / "sager.json"
    fil.write_text(
        json.dumps([{"id": 7, "udskrivning": "2024-02-22", "afdeling": "ortopaedi"}]),
        encoding="utf-8",
    )
    assert cli.main(["genoptraening", "--sag", str(fil), "--json"]) == 0
    (post,) = json.loads(capsys.readouterr().out)
    assert (post["raekke"], post["id"], post["afdeling"]) == (1, 7, "ortopaedi")
    assert post["frist"] == "2024-02-29" and post["fejl"] is None


def test_ledsagelse_csv_med_km_og_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 24.12.2019 16:00–25.12.2019 08:30 = 277,21 + 4.504,63 + 1.386,03 = 6.167,87 kr.;
    # 20 km × 1,98 kr. (lav kilometertakst 2019) = 39,60 kr. i sine egne kolonner.
    fil = tmp_path / "ep.csv"
    fil.write_text(
        "id,start,slut,km\nx,2019-12-24T16:00+01:00,2019-12-25T08:30+01:00,20\n"
        "y,2019-12-24T16:00+01:00,2019-12-25T08:30+01:00,\n",
        encoding="utf-8",
    )
    assert cli.main(["ledsagelse", "--csv", str(fil), "--json"]) == 0
    x, y = json.loads(capsys.readouterr().out)
    assert (x["raekke"], x["id"], x["total"], x["km_beloeb"]) == (1, "x", "6167.87", "39.60")
    assert x["beloeb_GRUNDLOEN"] == "277.21" and x["beloeb_LOERDAG_DAG"] == "0.00"
    assert "LED-13" in x["fortolkninger"] and "lav kilometertakst" in x["anvendte_parametre"]
    assert (y["raekke"], y["id"], y["total"], y["km_beloeb"]) == (2, "y", "6167.87", None)
    assert list(x) == list(y)


def test_iv_enkeltsag_er_bibliotekets_svar(capsys: pytest.CaptureFixture[str]) -> None:
    # Rammeaftalen, tabel 1-3: 24 besøg × 50 min = 20 timer → kategori 3, regionen 12.250 kr.
    from forloebsregler.iv_finansiering import regional_finansiering
    from forloebsregler.ivkategori import tyngdekategori

    assert cli.main(["iv", "--antal-besoeg", "24", "--minutter-pr-besoeg", "50", "--json"]) == 0
    post = json.loads(capsys.readouterr().out)
    vurdering = tyngdekategori(20)
    finansiering = regional_finansiering(vurdering.kategori)
    assert post == {
        **json.loads(vurdering.til_json()),
        "finansiering": json.loads(finansiering.til_json()),
    }
    assert post["finansiering"]["afledt_kommunal_andel"] == "5250.00"  # 30 % af 17.500 (IV-03)
    assert cli.main(["iv", "--timer", "20"]) == 0
    linjer = capsys.readouterr().out.splitlines()
    assert linjer[0] == vurdering.begrundelse
    assert f"Finansiering: {finansiering.begrundelse}" in linjer
    # en ukendt kemokur gættes ikke til »nej«
    assert cli.main(["iv", "--timer", "20", "--afslutning-af-kemokur", "ukendt"]) == 2
    assert "afslutning_af_kemokur" in capsys.readouterr().err


def test_genoptraening_enkeltsag_med_tilbud_er_bibliotekets_svar(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Kap. 10: udskrevet 22.2.2024 → frist 29.2.2024; tilbud 1.3.2024 er 1 dag for sent.
    from forloebsregler.genoptraeningsfrist import frit_leverandoervalg

    argv = ["genoptraening", "--udskrivning", "2024-02-22", "--tilbudt-opstart", "2024-03-01"]
    assert cli.main([*argv, "--json"]) == 0
    post = json.loads(capsys.readouterr().out)
    assert post == json.loads(frit_leverandoervalg("2024-02-22", "2024-03-01").til_json())
    assert post["ret_til_frit_valg"] == "OPFYLDT" and post["dage_for_sent"] == 1


def test_csv_tekst_viser_kilderne_som_henvisninger(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    # Rammeaftalen, tabel 2: 20 timer ligger i kategori 3 (15 til under 35 timer).
    monkeypatch.setattr("sys.stdin", io.StringIO("id,timer\na,20\n"))
    assert cli.main(["iv", "--csv", "-"]) == 0
    linjer = capsys.readouterr().out.splitlines()
    assert linjer[0] == "Række 1:" and "kategori 3" in linjer[1]
    kilder = linjer[linjer.index("  kilder:") + 1 :]
    assert kilder and all(k.startswith("    - Rammeaftale mellem 11 nordjyske") for k in kilder)
    assert not any(linje.strip().startswith("fejl") for linje in linjer)


@pytest.mark.parametrize("navn", ["iv", "depression", "ledsagelse", "genoptraening"])
def test_argumenterne_er_batchens_felter(navn: str) -> None:
    # Kommandolinjens argumenter og batchens felter kan ikke glide fra hinanden: samme navne i
    # samme rækkefølge (plus et valgfrit id), ja/nej-felter som ja/nej, lister som lister.
    omraade = cli.OMRAADER[navn]
    assert omraade.batchspec is not None
    argumenter = [(a[0], a[1]) for a in omraade.argumenter if a[0] != "id"]
    slags = {"janej": "bool", "liste": "liste"}
    assert argumenter == [(f.navn, slags.get(f.slags, "tekst")) for f in omraade.batchspec.felter]
    assert all(a[2] for a in omraade.argumenter)  # hvert argument har en hjælpetekst


def test_demo_er_afsnittene_i_raekkefoelge(capsys: pytest.CaptureFixture[str]) -> None:
    from forloebsregler import demo

    assert cli.main(["demo"]) == 0
    ud = capsys.readouterr().out
    forventet = "".join("\n".join(afsnit()) + "\n\n" for afsnit in demo.AFSNIT)
    assert ud == forventet
    overskrifter = [afsnit()[0].split(" ")[0] for afsnit in demo.AFSNIT]
    assert overskrifter == ["Kalender", "Depression", "Ledsagelse", "IV-behandling", "Genoptræning"]


@pytest.mark.parametrize("pladsholder", ["ukendt", "?"])
def test_genoptraening_enkeltsag_ukendt_begrundelse_som_i_csv(
    pladsholder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GEN-15 (docs/fortolkninger.md): »I batchkontrakten og på kommandolinjen er »ukendt« og
    # »?« kontraktens ord for et ukendt svar: begrundelsen er da ikke oplyst, en senere
    # startdato giver »kan ikke afgøres« (GEN-03)«. Udskrevet 22.2.2024, sygehusets startdato
    # 10.3.2024, tilbudt opstart 5.3.2024: rettidig med en begrundelse, efter 7-dagesfristen
    # 29.2.2024 uden, så det frie valg kan ikke afgøres. Som --csv og som en --sag med en
    # liste svarer kommandolinjen sådan; som én sag (argumenter eller --sag med ét objekt)
    # afviste den pladsholderen.
    sag = {
        "udskrivning": "2024-02-22",
        "tilbudt_opstart": "2024-03-05",
        "sygehusets_startdato": "2024-03-10",
        "begrundelse": pladsholder,
    }
    liste = tmp_path / "liste.json"
    liste.write_text(json.dumps([sag]), encoding="utf-8")
    assert cli.main(["genoptraening", "--sag", str(liste), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["frit_valg"] == "KAN_IKKE_AFGOERES"

    objekt = tmp_path / "objekt.json"
    objekt.write_text(json.dumps(sag), encoding="utf-8")
    assert cli.main(["genoptraening", "--sag", str(objekt), "--json"]) == 0
    svar = json.loads(capsys.readouterr().out)
    assert svar["ret_til_frit_valg"] == "KAN_IKKE_AFGOERES"
    assert svar["fortolkninger"] == ["GEN-01", "GEN-03", "GEN-15"]

    argumenter = [f"--{k.replace('_', '-')}={v}" for k, v in sag.items()]
    assert cli.main(["genoptraening", *argumenter, "--json"]) == 0
    svar = json.loads(capsys.readouterr().out)
    assert svar["ret_til_frit_valg"] == "KAN_IKKE_AFGOERES"
    assert svar["fortolkninger"] == ["GEN-01", "GEN-03", "GEN-15"]
