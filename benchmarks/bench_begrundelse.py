"""Benchmark: hvad begrundelsen koster et kald, og hvad det sparer at skrive den, når den læses
(issue 18, punkt 1).

For hver funktion måles i samme runde to ting, på skift:

- *kald*: funktionen kaldt med de samme argumenter, resultatet kastet (som en kalder, der kun
  bruger svaret, fx en batch, der kun skriver kategorien);
- *kald + læs*: det samme, og `resultat.begrundelse` læst.

For et resultat, hvis begrundelse skrives, når den læses, er `1 − kald / (kald + læs)` den
andel af et kald med læst tekst, teksten koster — og altså det, et kald uden læsning sparer.
For et resultat, der skriver teksten i kaldet, er andelen omkring 0 (læsningen er et
attributopslag).

Med ``--foer COMMIT`` køres samme måling også mod pakken fra en ældre commit (`git archive`),
hver version i sin egen proces, på skift i hver runde (før, nu, før, nu …), og forholdet
nu/før tages runde for runde (median, min og max): under 1 er hurtigere nu. Ved siden af står
forholdet mellem de bedste tider over alle runder (`bedste`), som en belastet maskine flytter
mindst. Tiden er processens CPU-tid (`time.process_time`), bedste af tre løkker pr. måling;
affaldsopsamlingen er slået fra under løkkerne.

Kør: ``python benchmarks/bench_begrundelse.py [--hurtig] [--foer COMMIT]``.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from _maaling import HURTIG, RUNDER, maskine, pak_commit_ud

_TZ = ZoneInfo("Europe/Copenhagen")


def _tilfaelde() -> dict[str, Callable[[], Any]]:
    """Kaldene, der måles (navn → kald uden argumenter), i den importerede pakke."""
    import forloebsregler as fr

    start = datetime(2019, 3, 4, 7, 30, tzinfo=_TZ)
    slut = datetime(2019, 3, 4, 19, 10, tzinfo=_TZ)
    forventet = {"KATEGORI_1": 10, "KATEGORI_2": 20, "KATEGORI_3": 5, "KATEGORI_4": 2}
    faktisk = {"KATEGORI_1": 14, "KATEGORI_2": 25, "KATEGORI_3": 6, "KATEGORI_4": 3}
    ja = {
        "folkeregisteradresse_i_syddanmark": True,
        "sygehus_i_syddanmark": True,
        "i_maalgruppen": True,
        "kommunen_i_kontakt": True,
        "paaroerende_kan_foelge": False,
    }
    omfang = fr.forventet_omfang(start=date(2019, 3, 4), timer_i_alt=10)
    return {
        "omfattet_af_aftalen": lambda: fr.omfattet_af_aftalen(**ja),
        "omfattet_af_aftalen (to grunde)": lambda: fr.omfattet_af_aftalen(
            **{**ja, "sygehus_i_syddanmark": False, "kommunen_i_kontakt": None}
        ),
        "kan_aftale_indgaas": lambda: fr.kan_aftale_indgaas(
            "PLANLAGT",
            sygehuset_vurderer_behov=True,
            kommunen_har_personale=True,
            indgaaet_foer_behandling=True,
        ),
        "kilometersats": lambda: fr.kilometersats(date(2024, 3, 4)),
        "beregn_kilometergodtgoerelse": lambda: fr.beregn_kilometergodtgoerelse(
            Decimal("23.4"), date(2024, 3, 4)
        ),
        "afregn_forloeb (planlagt, 12 km hver vej)": lambda: fr.afregn_forloeb(
            "PLANLAGT", start, slut, kontrakt_indgaaet=start, km_til_sygehus=12, km_hjem=12
        ),
        "kvartalsopgoerelse": lambda: fr.kvartalsopgoerelse(
            aar=2024,
            kvartal=2,
            antal_pr_kategori=forventet,
            samlet_behandlingstid_timer=Decimal("300.5"),
            antal_besoeg=400,
        ),
        "betaling_pr_forloeb": lambda: fr.betaling_pr_forloeb("KATEGORI_2", region="NORDJYLLAND"),
        "frit_leverandoervalg (for sent)": lambda: fr.frit_leverandoervalg(
            date(2024, 2, 22), date(2024, 3, 5)
        ),
        "frit_leverandoervalg (rettidigt)": lambda: fr.frit_leverandoervalg(
            date(2024, 2, 22), date(2024, 2, 26)
        ),
        "faktureringsvurdering": lambda: fr.faktureringsvurdering(
            "2019-11-30", skriftlig_aftale=True, fakturadato="2020-01-15"
        ),
        "forventet_omfang": lambda: fr.forventet_omfang(start=date(2019, 3, 4), timer_i_alt=10),
        "sammenlign_med_kontrakt": lambda: fr.sammenlign_med_kontrakt(omfang, Decimal("12.5")),
        "beregn_rehabiliteringsudgift": lambda: fr.beregn_rehabiliteringsudgift(),
        "fast_track": lambda: fr.fast_track(timedelta(weeks=10), anmodningsdato="2024-03-01"),
        # uændrede i dette skridt (til sammenligning)
        "tyngdekategori (doven før)": lambda: fr.tyngdekategori(Decimal("20")),
        "koordinerende_kontaktperson (skrives i kaldet)": lambda: fr.koordinerende_kontaktperson(
            True, komplekse_behov=True
        ),
        "kontroller_faktura (skrives i kaldet)": lambda: fr.kontroller_faktura(
            skriftlig_aftale=True, blanket_vedhaeftet=True
        ),
        "aktivitetsopfoelgning (skrives i kaldet)": lambda: fr.aktivitetsopfoelgning(
            forventet, faktisk, aftalestart=date(2024, 1, 1), opgoerelsesdato=date(2024, 8, 1)
        ),
        # --- de øvrige resultattyper, gruppe A (depression, Syddanmarks IV-aftaler, rammeaftalen)
        "vurder_diagnose": lambda: fr.vurder_diagnose(
            (fr.Kernesymptom.NEDTRYKTHED, fr.Kernesymptom.NEDSAT_LYST_ELLER_INTERESSE),
            (
                fr.Ledsagesymptom.NEDSAT_SELVTILLID_ELLER_SELVFOELELSE,
                fr.Ledsagesymptom.SELVBEBREJDELSER_ELLER_SKYLDFOELELSE,
            ),
            timedelta(days=20),
        ),
        "informationsudveksling (skrives i kaldet)": lambda: fr.informationsudveksling(True),
        "vurder_phq2 (skrives i kaldet)": lambda: fr.vurder_phq2(5),
        "overdragelsesbetingelser (skrives i kaldet)": lambda: fr.overdragelsesbetingelser(
            "ANTIBIOTIKA",
            laegefagligt_egnet=True,
            hjem_egnet=True,
            kommunal_kapacitet=True,
            blandes_i_lukket_system=True,
            behandlinger_paa_sygehus=2,
            iv_adgang_alder=timedelta(hours=5),
            iv_adgang_velfungerende=True,
            administreres_af_sygeplejerske=True,
            kontakttelefon_doegnet_rundt=True,
            informeret_mundtligt_og_skriftligt=True,
        ),
        "halvaarsopgoerelse (skrives i kaldet)": lambda: fr.halvaarsopgoerelse(
            "VAESKE",
            aar=2024,
            halvaar=1,
            enhed="Odense Kommune",
            antal_borgere_henvist=42,
            gennemsnitlig_behandlingsvarighed_dage=Decimal("6.5"),
            ordinerende_sygehusafdelinger=["OUH Medicinsk afdeling", "Sygehus Lillebælt"],
            antal_borgere_med_komplikationer=3,
        ),
        "plejeforloebsplan": lambda: fr.plejeforloebsplan(
            "VAESKE",
            sendt=True,
            information_om_patient_og_behandlingsforloeb=True,
            reference_til_samarbejdsaftalen=True,
            kontaktoplysninger_paa_afdelingen=True,
            telefonnummer_doegnet_rundt=True,
        ),
        "kompetencer": lambda: fr.kompetencer(
            "ANTIBIOTIKA",
            {
                "FARMAKOLOGI": True,
                "ALLERGISKE_REAKTIONER": True,
                "PLEJE_AF_IV_ADGANG": True,
                "OBSERVATION_AF_INDSTIKSSTED": True,
                "GENOPLIVNING": True,
            },
        ),
        "leverandoer": lambda: fr.leverandoer("VAESKE", "INFUSIONSSAET"),
        "hospitalsundtagelser (skrives i kaldet)": lambda: fr.hospitalsundtagelser(
            besoeg_pr_doegn=4, indgift_i_lukket_system=True, ophold_pr_indgift=30
        ),
        "aktivitetsestimat": lambda: fr.aktivitetsestimat(),
        "opsigelse": lambda: fr.opsigelse(date(2024, 3, 4), grund="ALMINDELIG"),
        "videredelegation (skrives i kaldet)": lambda: fr.videredelegation(
            "VAESKE", hele_administrationen=True
        ),
        # --- de øvrige resultattyper, gruppe B (takstkategori, genoptræning, ledsagelse, psykiatri)
        "takstkategori (lørdag nat)": lambda: fr.takstkategori(datetime(2019, 3, 2, 3, tzinfo=_TZ)),
        "takstkategori (hverdag dag)": lambda: fr.takstkategori(
            datetime(2019, 3, 4, 10, tzinfo=_TZ)
        ),
        "vurder_genoptraeningsbehov": lambda: fr.vurder_genoptraeningsbehov(
            bevaegelsesmaessig=True,
            aktivitetsmaessig=False,
            mental=True,
            social=False,
            helhedsvurdering=True,
            motiveret_med_potentiale=True,
            kan_klare_sig_ved_egen_hjaelp=False,
            behov_diffuse_eller_bedre_anden_indsats=False,
        ),
        "afdelingsskift (skrives i kaldet)": lambda: fr.afdelingsskift(behov_fortsat=True),
        "henvisning_til_regionspsykiatrien (skrives i kaldet)": lambda: (
            fr.henvisning_til_regionspsykiatrien(
                {k: k.name == "BETYDELIG_FORPINTHED" for k in fr.Psykiatrikarakteristikum}, alder=45
            )
        ),
        "almen_niveau (skrives i kaldet)": lambda: fr.almen_niveau(
            omfattende_funktionsevnenedsaettelser=False, komplikationer_af_betydning=False
        ),
    }


def _loekke(kald: Callable[[], Any], antal: int, laes: bool) -> float:
    """CPU-sekunder pr. kald: bedste af tre løkker à `antal` kald."""
    bedste = float("inf")
    gc.disable()
    try:
        for _ in range(3):
            c0 = time.process_time()
            if laes:
                for _ in range(antal):
                    kald().begrundelse  # noqa: B018 - læsningen er det, der måles
            else:
                for _ in range(antal):
                    kald()
            bedste = min(bedste, time.process_time() - c0)
    finally:
        gc.enable()
    return bedste / antal


def _runde() -> dict[str, tuple[float, float]]:
    """Én runde: (kald, kald + læs) i sekunder pr. kald for hvert tilfælde."""
    ud = {}
    for navn, kald in _tilfaelde().items():
        kald().begrundelse  # noqa: B018 - opvarmning (caches)
        antal = 300 if HURTIG else 2000
        ud[navn] = (_loekke(kald, antal, False), _loekke(kald, antal, True))
    return ud


def _i_proces(sti: Path) -> dict[str, tuple[float, float]]:
    miljoe = {**os.environ, "PYTHONPATH": str(sti)}
    ud = subprocess.run(
        [sys.executable, __file__, "--arbejder", *(["--hurtig"] if HURTIG else [])],
        env=miljoe,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {k: (v[0], v[1]) for k, v in json.loads(ud).items()}


def _andel(kald: float, laes: float) -> float:
    return 1 - kald / laes


def _spredning(tal: list[float], fmt: str) -> str:
    return f"{format(statistics.median(tal), fmt)} (min {format(min(tal), fmt)}, max " + (
        f"{format(max(tal), fmt)})"
    )


def main() -> None:
    if "--arbejder" in sys.argv:
        print(json.dumps(_runde()))
        return
    import forloebsregler

    foer = sys.argv[sys.argv.index("--foer") + 1] if "--foer" in sys.argv else None
    nu_sti = Path(forloebsregler.__file__).resolve().parent.parent
    print(f"# Begrundelser skrevet, når de læses — {maskine()}")
    print(f"# {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC; {RUNDER} runder; nu: {nu_sti}")
    runder: dict[str, list[dict[str, tuple[float, float]]]] = {"nu": [], "før": []}
    with tempfile.TemporaryDirectory() as mappe:
        foer_sti = None if foer is None else pak_commit_ud(foer, Path(mappe))
        for _ in range(RUNDER):
            if foer_sti is not None:
                runder["før"].append(_i_proces(foer_sti))
            runder["nu"].append(_i_proces(nu_sti))
    for navn in runder["nu"][0]:
        nu = [r[navn] for r in runder["nu"]]
        linje = (
            f"{navn:<48} kald {statistics.median(k for k, _ in nu) * 1e6:6.2f} µs; "
            f"tekstens andel af kald + læs {_spredning([_andel(k, lae) for k, lae in nu], '.0%')}"
        )
        print(linje)
        if foer is not None:
            fo = [r[navn] for r in runder["før"]]
            kald = [n[0] / f[0] for n, f in zip(nu, fo, strict=True)]
            laes = [n[1] / f[1] for n, f in zip(nu, fo, strict=True)]
            bedste_kald = min(k for k, _ in nu) / min(k for k, _ in fo)
            bedste_laes = min(lae for _, lae in nu) / min(lae for _, lae in fo)
            print(
                f"{'':<48} nu/før ({foer}): kald {_spredning(kald, '.2f')}, bedste "
                f"{bedste_kald:.2f}; kald + læs {_spredning(laes, '.2f')}, bedste {bedste_laes:.2f}"
            )


if __name__ == "__main__":
    main()
