"""Differentiel test: `beregn_ledsagelse` mod en minut-for-minut-reference (issue 14, punkt 8).

Referencen i `tests/_referencer.py` går gennem hvert forløb ét reelt minut ad gangen i UTC,
omregner minuttet til dansk tid med EU's sommertidsregel i hånden, finder takstkategorien efter
samarbejdsaftalens tabel (Afregning, 2019-niveau, 003_04b02f9474de0607.txt ~6260-6286) og
fortolkningsloggens »Takstkategori for et tidspunkt« og prissætter hver kategori som
minutter/60 × timetakst, afrundet halvt op til øre pr. linje (loggen »Afrunding og timer«).

Tilfældene trækkes med en fast seed; mindst 10 % krydser et sommertidsskift (2019-03-31,
2019-10-27), og mindst 10 % rører en helligdag. Kilderne nævner hverken juleaften eller
nytårsaften; loggen (»Helligdage«) siger, at de ikke er officielle helligdage, men kan
tilføjes med `Kalender().med_dage(...)`. En del af tilfældene bruger derfor en lokal kalender
med 24.12., 31.12. og grundlovsdag, og referencen får de samme ekstra dage.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from forloebsregler import kalender as kalendermodul
from forloebsregler.fejl import ManglendeTakstFejl
from forloebsregler.ledsagelsespris import beregn_ledsagelse, beregn_mange
from forloebsregler.takster import STANDARD_TAKSTREGISTER, TAKSTER_2019
from forloebsregler.takstperioder import Takstkategori, takstkategori
from tests import _referencer as ref
from tests.conftest import normaliser

KILDE = "003_04b02f9474de0607.txt"
KBH = ZoneInfo("Europe/Copenhagen")
ANTAL = 2000
SEED = 20191027

EKSTRA_DAGE = frozenset({date(2019, 6, 5), date(2019, 12, 24), date(2019, 12, 31)})
LOKAL_KALENDER = kalendermodul.Kalender().med_dage(*sorted(EKSTRA_DAGE))

ZONER = (
    UTC,
    KBH,
    KBH,
    ZoneInfo("America/New_York"),
    ZoneInfo("Asia/Kolkata"),
    ref.fast_zone(-12 * 60),
    ref.fast_zone(14 * 60),
    ref.fast_zone(5 * 60 + 45),
    ref.fast_zone(60),
)


# --------------------------------------------------------------------------- referencens grundlag


def test_referencens_takster_staar_i_kilden(kildetekster: dict[str, str]) -> None:
    """De håndafskrevne takster står i tabellen (fx »kr 277,21 0%«)."""
    tekst = kildetekster[KILDE]
    for navn, takst in ref.TAKSTER_2019.items():
        beloeb = f"kr {str(takst).replace('.', ',')}"
        assert beloeb in tekst, navn
    assert normaliser("Dag: Kl. 06-17\nAften: Kl. 17-23\nNat: Kl. 23-06") in tekst


def test_referencens_helligdage_2019_er_de_officielle() -> None:
    """Helligdagsloven for 2019 i hånden: påsken 21.4., Store bededag 17.5. osv."""
    forventet = {
        date(2019, 1, 1),  # nytårsdag
        date(2019, 4, 18),  # skærtorsdag
        date(2019, 4, 19),  # langfredag
        date(2019, 4, 21),  # påskedag
        date(2019, 4, 22),  # 2. påskedag
        date(2019, 5, 17),  # store bededag
        date(2019, 5, 30),  # Kristi himmelfartsdag
        date(2019, 6, 9),  # pinsedag
        date(2019, 6, 10),  # 2. pinsedag
        date(2019, 12, 25),  # juledag
        date(2019, 12, 26),  # 2. juledag
    }
    assert ref.officielle_helligdage(2019) == forventet
    assert ref.paaskedag(2019) == date(2019, 4, 21)
    assert date(2023, 5, 5) in ref.officielle_helligdage(2023)  # sidste store bededag
    assert not any(d.month == 4 and d.day == 26 for d in ref.officielle_helligdage(2024))


def test_referencens_sommertid_er_zoneinfos() -> None:
    """Den håndregnede danske tid stemmer med tz-databasen hvert kvarter i 2019-2020."""
    t = datetime(2019, 1, 1)
    while t < datetime(2021, 1, 1):
        assert ref.dansk_vaegur(t) == t.replace(tzinfo=UTC).astimezone(KBH).replace(tzinfo=None)
        t += timedelta(minutes=15)
    assert ref.sommertid_utc(2019) == (datetime(2019, 3, 31, 1), datetime(2019, 10, 27, 1))


def test_referencens_kategorier_paa_kendte_tidspunkter() -> None:
    """Håndtjek af referencen selv mod tabellen og loggens læsning."""
    k = ref.kategori_for_minut
    assert k(datetime(2019, 3, 4, 6, 0)) == (ref.GRUNDLOEN, "Dag")  # mandag
    assert k(datetime(2019, 3, 4, 5, 59)) == (ref.SOEN_HELLIGDAG_AFTEN_NAT, "Nat")  # søn. nat
    assert k(datetime(2019, 3, 8, 23, 0)) == (ref.FREDAG_AFTEN_NAT, "Nat")
    assert k(datetime(2019, 3, 9, 5, 0)) == (ref.FREDAG_AFTEN_NAT, "Nat")  # lør. morgen
    assert k(datetime(2019, 3, 9, 17, 0)) == (ref.LOERDAG_AFTEN_NAT, "Aften")
    assert k(datetime(2019, 4, 18, 3, 0)) == (ref.HVERDAG_AFTEN_NAT, "Nat")  # onsdagens nat
    assert k(datetime(2019, 4, 18, 17, 0)) == (ref.SOEN_HELLIGDAG_AFTEN_NAT, "Aften")
    assert k(datetime(2019, 12, 24, 12, 0)) == (ref.GRUNDLOEN, "Dag")
    assert k(datetime(2019, 12, 24, 12, 0), EKSTRA_DAGE) == (ref.SOEN_HELLIGDAG_DAG, "Dag")


# --------------------------------------------------------------------------- tilfældene

_AAR_START = datetime(2018, 12, 31, 23, 0)  # 2019-01-01 00.00 dansk tid i UTC
_AAR_SLUT = datetime(2019, 12, 31, 23, 0)  # 2020-01-01 00.00 dansk tid i UTC
_SKIFT = ref.sommertid_utc(2019)
_HELLIGDAGE = sorted(ref.officielle_helligdage(2019) | EKSTRA_DAGE)


def _minut(rng: random.Random, fra: datetime, til: datetime) -> datetime:
    return fra + timedelta(minutes=rng.randrange(int((til - fra) / timedelta(minutes=1))))


def _varighed(rng: random.Random) -> timedelta:
    valg = rng.random()
    if valg < 0.03:
        return timedelta(0)
    if valg < 0.35:
        return timedelta(minutes=rng.randint(1, 240))
    return timedelta(minutes=rng.randint(241, 48 * 60))


def _start(rng: random.Random) -> tuple[str, datetime]:
    """Et start-minut i UTC og hvordan det blev valgt."""
    valg = rng.random()
    if valg < 0.30:
        return "jævnt", _minut(rng, _AAR_START, _AAR_SLUT - timedelta(hours=48))
    if valg < 0.55:
        skift = rng.choice(_SKIFT)
        return "sommertid", _minut(rng, skift - timedelta(hours=24), skift + timedelta(minutes=5))
    if valg < 0.85:
        dag = rng.choice(_HELLIGDAGE)
        midnat = ref.utc_fra_dansk_vaegur(datetime(dag.year, dag.month, dag.day), 0)
        return "helligdag", _minut(rng, midnat - timedelta(hours=30), midnat + timedelta(hours=30))
    if valg < 0.95:
        # præcis på en grænse kl. 06, 17 eller 23 (± få minutter) en tilfældig dag
        dag = date(2019, 1, 2) + timedelta(days=rng.randrange(360))
        time = rng.choice((6, 17, 23))
        vaeg = datetime(dag.year, dag.month, dag.day, time) + timedelta(minutes=rng.randint(-3, 3))
        return "grænse", ref.utc_fra_dansk_vaegur(vaeg, 0)
    # omkring årsskiftet: dele af forløbet kan ligge uden for 2019 (ingen taksttabel)
    skel = rng.choice((_AAR_START, _AAR_SLUT))
    return "årsskifte", _minut(rng, skel - timedelta(hours=50), skel + timedelta(hours=2))


def _som_input(rng: random.Random, utc: datetime) -> datetime | str:
    """Tidspunktet i en tilfældig zone, nogle gange som ISO-streng."""
    aware = utc.replace(tzinfo=UTC).astimezone(rng.choice(ZONER))
    return aware.isoformat() if rng.random() < 0.1 else aware


def _tilfaelde() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    ud: list[dict[str, object]] = []
    for nr in range(ANTAL):
        maade, start = _start(rng)
        slut = start + _varighed(rng)
        lokal = rng.random() < 0.2
        ud.append(
            {
                "nr": nr,
                "maade": maade,
                "start_utc": start,
                "slut_utc": slut,
                "start": _som_input(rng, start),
                "slut": _som_input(rng, slut),
                "kalender": LOKAL_KALENDER if lokal else None,
                "ekstra": EKSTRA_DAGE if lokal else frozenset(),
            }
        )
    return ud


@pytest.fixture(scope="module")
def tilfaelde() -> list[tuple[dict[str, object], ref.Minuttal]]:
    ud = []
    for t in _tilfaelde():
        ekstra = t["ekstra"]
        assert isinstance(ekstra, frozenset)
        start, slut = t["start_utc"], t["slut_utc"]
        assert isinstance(start, datetime) and isinstance(slut, datetime)
        ud.append((t, ref.tael_minutter(start, slut, ekstra)))
    return ud


def test_andelene_af_svaere_tilfaelde(
    tilfaelde: list[tuple[dict[str, object], ref.Minuttal]],
) -> None:
    """Mindst 10 % krydser et sommertidsskift, mindst 10 % rører en helligdag."""
    n = len(tilfaelde)
    assert n >= 2000
    skift = sum(m.krydser_sommertidsskift for _, m in tilfaelde)
    hellig = sum(m.roerer_helligdag for _, m in tilfaelde)
    officiel = sum(m.roerer_officiel_helligdag for _, m in tilfaelde)
    jul_nytaar = sum(
        m.roerer_helligdag and t["kalender"] is not None
        for t, m in tilfaelde
        if isinstance(t["start_utc"], datetime) and t["start_utc"].month == 12
    )
    uden_for = sum(m.uden_for_2019 for _, m in tilfaelde)
    assert skift >= n // 10, skift
    assert hellig >= n // 10, hellig
    assert officiel >= n // 10, officiel
    assert jul_nytaar >= 10, jul_nytaar
    assert 30 <= uden_for <= n // 10, uden_for
    # begge skift og alle syv kategorier er dækket
    assert {m.krydser_sommertidsskift for _, m in tilfaelde} == {True, False}
    alle: Counter[str] = Counter()
    for _, m in tilfaelde:
        alle.update(m.pr_kategori)
    assert set(alle) == set(ref.TAKSTER_2019)


def _forventet(m: ref.Minuttal) -> dict[str, object]:
    linjer = {
        Takstkategori(navn): ref.linjebeloeb(minutter, ref.TAKSTER_2019[navn])
        for navn, minutter in m.pr_kategori.items()
        if minutter
    }
    return {
        "timer": ref.timer(m.minutter),
        "timer_pr_kategori": {
            Takstkategori(navn): ref.timer(m.pr_kategori[navn]) for navn in ref.TAKSTER_2019
        },
        "linjer": linjer,
        "total": sum(linjer.values(), Decimal("0.00")),
        "timer_dag": ref.timer(m.pr_tidsrum["Dag"]),
        "timer_aften": ref.timer(m.pr_tidsrum["Aften"]),
        "timer_nat": ref.timer(m.pr_tidsrum["Nat"]),
    }


def _faktisk(start: object, slut: object, kalender: object) -> dict[str, object]:
    r = beregn_ledsagelse(start, slut, kalender=kalender)  # type: ignore[arg-type]
    assert r.niveauer in ((TAKSTER_2019.niveau,), ())
    return {
        "timer": r.timer,
        "timer_pr_kategori": {k: r.timer_i(k) for k in Takstkategori},
        "linjer": {linje.kategori: linje.beloeb for linje in r.linjer},
        "total": r.total,
        "timer_dag": r.timer_dag,
        "timer_aften": r.timer_aften,
        "timer_nat": r.timer_nat,
    }


def test_beregn_ledsagelse_som_minutreferencen(
    tilfaelde: list[tuple[dict[str, object], ref.Minuttal]],
) -> None:
    """Total, linjebeløb og timer pr. kategori/tidsrum som minut-for-minut-referencen."""
    afvigelser: list[str] = []
    for t, m in tilfaelde:
        if m.uden_for_2019:
            with pytest.raises(ManglendeTakstFejl):
                beregn_ledsagelse(t["start"], t["slut"], kalender=t["kalender"])  # type: ignore[arg-type]
            continue
        forventet = _forventet(m)
        faktisk = _faktisk(t["start"], t["slut"], t["kalender"])
        if faktisk != forventet:
            forskel = {
                k: (forventet[k], faktisk[k]) for k in forventet if forventet[k] != faktisk[k]
            }
            afvigelser.append(f"#{t['nr']} {t['maade']} {t['start']!s}–{t['slut']!s}: {forskel}")
    assert not afvigelser, f"{len(afvigelser)} afvigelser, fx:\n" + "\n".join(afvigelser[:5])


def test_takstkategori_for_forloebets_foerste_minut(
    tilfaelde: list[tuple[dict[str, object], ref.Minuttal]],
) -> None:
    """`takstkategori(start)` er referencens kategori for det første minut."""
    afvigelser = []
    for t, m in tilfaelde:
        if m.foerste_kategori is None:
            continue
        k = takstkategori(t["start"], kalender=t["kalender"])  # type: ignore[arg-type]
        if k.kategori is not Takstkategori(m.foerste_kategori):
            afvigelser.append((t["nr"], t["start"], m.foerste_kategori, k.kategori))
    assert not afvigelser, afvigelser[:5]


@pytest.mark.parametrize("lokal", [False, True], ids=["officiel", "lokal_kalender"])
def test_beregn_mange_som_minutreferencen(
    tilfaelde: list[tuple[dict[str, object], ref.Minuttal]], lokal: bool
) -> None:
    """Batchens hurtige vej giver de samme timer og beløb pr. kategori som referencen."""
    udvalg = [(t, m) for t, m in tilfaelde if (t["kalender"] is not None) is lokal]
    poster = list(
        beregn_mange(
            [(t["start"], t["slut"]) for t, _ in udvalg],
            kalender=LOKAL_KALENDER if lokal else None,
        )
    )
    assert len(poster) == len(udvalg)
    afvigelser: list[tuple[object, ...]] = []
    for (t, m), post in zip(udvalg, poster, strict=True):
        if m.uden_for_2019:
            if post["fejl"] is None:
                afvigelser.append((t["nr"], "ingen fejl uden for 2019"))
            continue
        forventet = _forventet(m)
        linjer = forventet["linjer"]
        pr_kategori = forventet["timer_pr_kategori"]
        assert isinstance(linjer, dict) and isinstance(pr_kategori, dict)
        faktisk_beloeb = {
            k: post[f"beloeb_{k.name}"] for k in Takstkategori if post[f"beloeb_{k.name}"]
        }
        faktisk_timer = {k: post[f"timer_{k.name}"] for k in Takstkategori}
        if (
            post["fejl"] is not None
            or post["total"] != forventet["total"]
            or post["timer"] != forventet["timer"]
            or faktisk_beloeb != linjer
            or faktisk_timer != pr_kategori
        ):
            afvigelser.append((t["nr"], t["start"], t["slut"], post))
    assert not afvigelser, afvigelser[:3]


# --------------------------------------------------------------------------- flere takstniveauer

# Kilderne giver kun 2019-tabellen; faktorerne her er opdigtede testværdier, ikke satser.
FAKTORER = {2018: Decimal("0.9804"), 2019: Decimal(1), 2020: Decimal("1.0213")}
REGISTER = STANDARD_TAKSTREGISTER.med(
    TAKSTER_2019.fremskriv(
        FAKTORER[2018],
        niveau="2018-test",
        gyldig_fra=date(2018, 1, 1),
        gyldig_til=date(2018, 12, 31),
    ),
    TAKSTER_2019.fremskriv(
        FAKTORER[2020],
        niveau="2020-test",
        gyldig_fra=date(2020, 1, 1),
        gyldig_til=date(2020, 12, 31),
    ),
)
NIVEAU = {2018: "2018-test", 2019: TAKSTER_2019.niveau, 2020: "2020-test"}


def test_takstregister_over_aarsskiftet_som_minutreferencen(
    tilfaelde: list[tuple[dict[str, object], ref.Minuttal]],
) -> None:
    """Med tabeller for 2018-2020 prissættes hvert minut efter sin danske dato.

    Loggen »2019-niveau og datoer«: »Hver time prissættes efter den tabel, der gælder timens
    lokale dato; en periode over nytår får linjer efter begge niveauer (også midt i en
    aften/nat).« Referencen fremskriver selv hver takst og afrunder halvt op til øre.
    """
    afvigelser = []
    over_nytaar = 0
    for t, m in tilfaelde:
        if m.minutter == 0:
            continue
        aar = {a for a, _ in m.pr_aar_og_kategori}
        over_nytaar += len(aar) > 1
        forventet = {
            (NIVEAU[a], Takstkategori(navn)): ref.linjebeloeb(
                n, ref.fremskrevet_takst(ref.TAKSTER_2019[navn], FAKTORER[a])
            )
            for (a, navn), n in m.pr_aar_og_kategori.items()
        }
        r = beregn_ledsagelse(t["start"], t["slut"], takster=REGISTER, kalender=t["kalender"])  # type: ignore[arg-type]
        faktisk = {(linje.niveau, linje.kategori): linje.beloeb for linje in r.linjer}
        if faktisk != forventet or r.total != sum(forventet.values(), Decimal("0.00")):
            afvigelser.append((t["nr"], t["start"], t["slut"], forventet, faktisk))
    assert over_nytaar >= 30, over_nytaar
    assert not afvigelser, f"{len(afvigelser)} afvigelser, fx {afvigelser[:3]}"
