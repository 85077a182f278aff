"""En applikations dokumenterede brug; skal bestå `mypy --strict` (tests/test_typing.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from forloebsregler import (
    ForloebsreglerFejl,
    Kernesymptom,
    Kompetence,
    Ledsagesymptom,
    Psykiatrikarakteristikum,
    Rehabiliteringselement,
    Takstkategori,
    Taksttabel,
    Tyngdekategori,
    aktivitetsopfoelgning,
    halvaarsopgoerelse,
    henvisning_til_regionspsykiatrien,
    kompetencer,
    kontroller_faktura,
    opstartsfrist,
    overdragelsesbetingelser,
    stratificer,
    timer_fra_besoeg,
    tyngdekategori,
    vurder_forloeb,
)
from forloebsregler.testing import (
    FristInput,
    OverdragelsesSvar,
    StratificeringsInput,
    enum_vaerdier,
    fristinput,
    overdragelsessvar,
    stratificeringsinput,
    takstregistre,
    taksttabeller,
)
from forloebsregler.typer import Beloeb, Tidspunkt, TyngdekategoriArg, TyngdekategoriNavn

KBH = ZoneInfo("Europe/Copenhagen")

vurdering = tyngdekategori(timer_fra_besoeg(24, 50))
kategori: Tyngdekategori = vurdering.kategori
tyngdekategori(Decimal("12.5"))
tyngdekategori(12)
tyngdekategori("12.5")
tyngdekategori(timedelta(hours=12))

tabel = Taksttabel(
    "2026",
    date(2026, 1, 1),
    date(2026, 12, 31),
    dict.fromkeys(Takstkategori, Decimal("250.00")),
)
poster = vurder_forloeb([{"timer": 12}, {"antal_besoeg": 3}])
niveau = stratificer(
    [Kernesymptom.NEDTRYKTHED, "NEDSAT_LYST_ELLER_INTERESSE"],
    [Ledsagesymptom.SOEVNFORSTYRRELSER, "AGITATION_ELLER_HAEMNING"],
)

beloeb: Beloeb = Decimal("1.00")
beloeb = 1
beloeb = "1.00"
tidspunkt: Tidspunkt = datetime(2026, 1, 5, 8, tzinfo=KBH)
tidspunkt = "2026-01-05T08:00:00+01:00"
navn: TyngdekategoriNavn = "KATEGORI_2"
arg: TyngdekategoriArg = Tyngdekategori.KATEGORI_2
arg = navn

try:
    tyngdekategori("mange")
except ForloebsreglerFejl as fejl:
    svar: dict[str, str | None] = {"kode": fejl.kode, "argument": fejl.argument}
    har: bool = fejl.har_vaerdi

tabeller: st.SearchStrategy[Taksttabel] = taksttabeller()
registre = takstregistre()


# Typede strategier: de gyldige input er TypedDicts, som mypy tjekker mod signaturen.
@given(stratificeringsinput())
def test_stratificering(kw: StratificeringsInput) -> None:
    stratificer(**kw)


@given(fristinput())
def test_frist(kw: FristInput) -> None:
    opstartsfrist(**kw)


ugyldige: st.SearchStrategy[dict[str, object]] = stratificeringsinput(gyldig=False)
kategorier: st.SearchStrategy[Tyngdekategori | str] = enum_vaerdier(Tyngdekategori)


@given(overdragelsessvar())
def test_overdragelse(kw: OverdragelsesSvar) -> None:
    overdragelsesbetingelser(**kw)


# Mapping-argumenter: enum-nøgler, navne eller en blanding (Mapping er invariant i nøglen).
forventet: dict[Tyngdekategori, int] = {Tyngdekategori.KATEGORI_1: 10}
aktivitetsopfoelgning(
    forventet, {"KATEGORI_1": 12}, aftalestart=date(2026, 1, 1), opgoerelsesdato="2026-07-01"
)
kompetencer("VAESKE", {Kompetence.FARMAKOLOGI: True, "GENOPLIVNING": None})
henvisning_til_regionspsykiatrien({Psykiatrikarakteristikum.BETYDELIG_FORPINTHED: True}, alder=40)
halvaarsopgoerelse("ANTIBIOTIKA", aar=2026, halvaar=1, ordinerende_sygehusafdelinger=["Medicinsk"])
kontroller_faktura(
    skriftlig_aftale=True, blanket_vedhaeftet=True, afdelinger={"Medicinsk": timedelta(hours=3)}
)
element = Rehabiliteringselement("holdtræning", 12, 2, Decimal("1.5"))
Taksttabel("2026", "2026-01-01", "2026-12-31", [Decimal("250.00")] * 7)
Taksttabel("2026", "2026-01-01", "2026-12-31", {"GRUNDLOEN": 250, Takstkategori.LOERDAG_DAG: "300"})
