"""Strategierne i `forloebsregler.testing.iv`: gyldige træk accepteres, ugyldige afvises."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from forloebsregler import ForloebsreglerFejl
from forloebsregler.iv_finansiering import (
    betaling_pr_forloeb,
    regional_finansiering,
    vurder_forloeb,
)
from forloebsregler.iv_opfoelgning import Vaegtning, aktivitetsopfoelgning, kvartalsopgoerelse
from forloebsregler.iv_opsigelse import Opsigelsesgrund, opsigelse
from forloebsregler.iv_syddanmark import IVBehandling, Opfyldelse, overdragelsesbetingelser
from forloebsregler.iv_syddanmark_ansvar import Ansvarlig, behandlingsansvar, videredelegation
from forloebsregler.iv_syddanmark_monitorering import halvaarsopgoerelse
from forloebsregler.iv_syddanmark_ressourcer import kompetencer, leverandoer, plejeforloebsplan
from forloebsregler.iv_undtagelser import Hospitalsundtagelse, Varetagelse, hospitalsundtagelser
from forloebsregler.ivkategori import (
    IVOmraade,
    Tyngdekategori,
    standardforloeb,
    timer_fra_besoeg,
    tyngdekategori,
)
from forloebsregler.testing import iv
from forloebsregler.testing.iv import (
    KANTBESOEG,
    KANTTIMER,
    aktivitetsinput,
    ansvarssvar,
    antal_pr_kategori,
    behandlingstimer,
    besoeg_og_minutter,
    halvaarsinput,
    iv_behandlinger,
    iv_forloeb,
    iv_forloebslister,
    iv_omraader,
    kvartalsinput,
    opsigelsesgrunde,
    overdragelsessvar,
    tyngdekategorier,
    undtagelsesinput,
    vaegtninger,
)
from tests._naabarhed import naabarhed

FA = settings(deadline=None)  # profilens antal eksempler (tests/conftest.py)
T = Tyngdekategori


def _som_timer(vaerdi: object) -> Decimal:
    if isinstance(vaerdi, timedelta):
        return Decimal(vaerdi // timedelta(microseconds=1)) / Decimal(3_600_000_000)
    return Decimal(str(vaerdi))


def _forventet_kategori(timer: Decimal) -> Tyngdekategori:
    # Tabel 2 med grænserne læst som [nedre, øvre) (fortolkningsloggen).
    if timer >= 35:
        return T.KATEGORI_4
    if timer >= 15:
        return T.KATEGORI_3
    if timer >= 5:
        return T.KATEGORI_2
    return T.KATEGORI_1


def test_all_er_komplet() -> None:
    offentlige = {n for n in vars(iv) if not n.startswith("_")} - {
        "annotations",
        "Any",
        "Decimal",
        "Enum",
        "Input",
        "E",
        "Mapping",
        "TypeVar",
        "date",
        "datoer",
        "relativedelta",
        "st",
        "timedelta",
        "IVBehandling",
        "MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS",
        "IVOmraade",
        "Opsigelsesgrund",
        "Tyngdekategori",
        "Vaegtning",
        "IVRegion",
        "KOMPETENCEKRAV",
        "Kompetence",
        "Leverance",
        "Literal",
        "NotRequired",
        "TYPE_CHECKING",
        "TypedDict",
        "overload",
    }
    assert set(iv.__all__) == offentlige


def test_kanttimer_rammer_graenserne() -> None:
    for graense in (5, 15, 35):
        assert Decimal(graense) in KANTTIMER
        assert Decimal(graense) - Decimal("0.01") in KANTTIMER
        assert Decimal(graense) + Decimal("0.01") in KANTTIMER
    assert Decimal("0.25") in KANTTIMER  # kemokur, tabel 2
    assert all(t > 0 for t in KANTTIMER)
    kategorier = {tyngdekategori(t).kategori for t in KANTTIMER}
    assert kategorier == {T.KATEGORI_1, T.KATEGORI_2, T.KATEGORI_3, T.KATEGORI_4}


def test_kantbesoeg_rammer_graenserne() -> None:
    timer = {timer_fra_besoeg(a, m) for a, m in KANTBESOEG}
    assert {Decimal(5), Decimal(15), Decimal(35), Decimal(20), Decimal(26)} <= timer


# ---------------------------------------------------------------------------
# Timer og besøg
# ---------------------------------------------------------------------------


@FA
@given(behandlingstimer())
def test_gyldige_timer_giver_forventet_kategori(timer: object) -> None:
    assert isinstance(timer, Decimal | int | str | timedelta) and not isinstance(timer, bool)
    r = tyngdekategori(timer)
    assert r.kategori is _forventet_kategori(_som_timer(timer))
    assert r.timer is not None and r.timer > 0
    assert tyngdekategori(timer, afslutning_af_kemokur=True).kategori is T.KEMOKUR


@FA
@given(behandlingstimer(gyldig=False))
def test_ugyldige_timer_afvises(timer: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="timer"):
        tyngdekategori(timer)
    if timer is not None:  # ved kemokur må timer udelades (None)
        with pytest.raises(ForloebsreglerFejl, match="timer"):
            tyngdekategori(timer, afslutning_af_kemokur=True)


@FA
@given(besoeg_og_minutter())
def test_gyldige_besoeg(par: tuple[object, object]) -> None:
    antal, minutter = par
    timer = timer_fra_besoeg(antal, minutter)
    assert isinstance(timer, Decimal) and timer > 0
    assert abs(timer * 60 - Decimal(str(antal)) * Decimal(str(minutter))) < Decimal("1e-20")
    assert tyngdekategori(timer).kategori in {
        T.KATEGORI_1,
        T.KATEGORI_2,
        T.KATEGORI_3,
        T.KATEGORI_4,
    }


@FA
@given(besoeg_og_minutter(maks_besoeg=1_000_000))
def test_gyldige_besoeg_op_til_maks(par: tuple[object, object]) -> None:
    antal, minutter = par
    assert 1 <= Decimal(str(antal)) <= 1_000_000
    assert timer_fra_besoeg(antal, minutter) > 0


def test_besoeg_over_400_naas_med_maks() -> None:
    find(
        besoeg_og_minutter(maks_besoeg=500),
        lambda p: Decimal(str(p[0])) > 400,
        settings=settings(max_examples=300, database=None, derandomize=True),
    )


@pytest.mark.parametrize("maks", [0, -1, 1_000_001, 2.5, True, "500", None])
def test_besoeg_afviser_en_forkert_maks(maks: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="maks_besoeg"):
        besoeg_og_minutter(maks_besoeg=maks)  # type: ignore[arg-type]


@FA
@given(besoeg_og_minutter(gyldig=False))
def test_ugyldige_besoeg_afvises(par: tuple[object, object]) -> None:
    with pytest.raises(ForloebsreglerFejl, match=r"antal_besoeg|minutter_pr_besoeg"):
        timer_fra_besoeg(*par)


# ---------------------------------------------------------------------------
# Enums
# ---------------------------------------------------------------------------


@FA
@given(tyngdekategorier(), iv_omraader(), iv_behandlinger(), opsigelsesgrunde(), vaegtninger())
def test_gyldige_navne(
    kategori: object, omraade: object, behandling: object, grund: object, vaegt: object
) -> None:
    assert regional_finansiering(kategori).kategori in set(Tyngdekategori)
    assert standardforloeb(omraade).omraade in set(IVOmraade)
    assert overdragelsesbetingelser(behandling).behandling in set(IVBehandling)
    assert opsigelse("2024-01-31", grund=grund).grund in set(Opsigelsesgrund)
    r = aktivitetsopfoelgning(
        {"KATEGORI_1": 1},
        {"KATEGORI_1": 1},
        aftalestart="2024-01-01",
        opgoerelsesdato="2024-07-01",
        vaegtning=vaegt,
    )
    assert r.vaegtning in set(Vaegtning)


@FA
@given(st.data())
def test_ugyldige_navne_afvises(data: st.DataObject) -> None:
    with pytest.raises(ForloebsreglerFejl, match="kategori"):
        regional_finansiering(data.draw(tyngdekategorier(gyldig=False)))
    with pytest.raises(ForloebsreglerFejl, match="omraade"):
        standardforloeb(data.draw(iv_omraader(gyldig=False)))
    with pytest.raises(ForloebsreglerFejl, match="behandling"):
        overdragelsesbetingelser(data.draw(iv_behandlinger(gyldig=False)))
    with pytest.raises(ForloebsreglerFejl, match="grund"):
        opsigelse("2024-01-31", grund=data.draw(opsigelsesgrunde(gyldig=False)))


# ---------------------------------------------------------------------------
# Undtagelser, overdragelse, ansvar
# ---------------------------------------------------------------------------


@FA
@given(undtagelsesinput())
def test_gyldige_undtagelser(kw: dict[str, object]) -> None:
    r = hospitalsundtagelser(**kw)
    assert r.varetagelse in set(Varetagelse)
    assert not set(r.undtagelser) & set(r.ukendte)
    if kw.get("kommunen_afviser_af_hensyn_til_patientsikkerhed") is True:
        assert r.varetagelse is Varetagelse.HOSPITALSREGI


@FA
@given(undtagelsesinput(gyldig=False))
def test_ugyldige_undtagelser_afvises(kw: dict[str, object]) -> None:
    with pytest.raises(ForloebsreglerFejl):
        hospitalsundtagelser(**kw)


@FA
@given(overdragelsessvar())
def test_gyldige_overdragelsessvar(kw: dict[str, object]) -> None:
    r = overdragelsesbetingelser(**kw)
    assert r.opfyldelse in set(Opfyldelse)
    assert len(r.opfyldte) + len(r.ikke_opfyldte) + len(r.ukendte) == 10


@FA
@given(overdragelsessvar(behandling=IVBehandling.VAESKE))
def test_overdragelsessvar_laast_til_vaeske(kw: dict[str, object]) -> None:
    assert "blandes_i_lukket_system" not in kw
    assert overdragelsesbetingelser(**kw).behandling is IVBehandling.VAESKE


@FA
@given(overdragelsessvar(gyldig=False))
def test_ugyldige_overdragelsessvar_afvises(kw: dict[str, object]) -> None:
    with pytest.raises(ForloebsreglerFejl):
        overdragelsesbetingelser(**kw)


@FA
@given(ansvarssvar())
def test_gyldige_ansvarssvar(kw: dict[str, object]) -> None:
    assert behandlingsansvar(**kw).ansvarlig in set(Ansvarlig)


@FA
@given(ansvarssvar(gyldig=False))
def test_ugyldige_ansvarssvar_afvises(kw: dict[str, object]) -> None:
    with pytest.raises(ForloebsreglerFejl):
        behandlingsansvar(**kw)


# ---------------------------------------------------------------------------
# Aktivitetsopfølgning og monitorering
# ---------------------------------------------------------------------------


@FA
@given(aktivitetsinput())
def test_gyldig_aktivitet(kw: dict[str, object]) -> None:
    r = aktivitetsopfoelgning(**kw)
    assert isinstance(r.forhandlinger_skal_optages, bool)
    assert r.vaegtet_forventet > 0
    if r.forhandlinger_skal_optages:
        assert r.seks_maaneder_gaaet and r.overskridelse_procent >= 20


@FA
@given(aktivitetsinput(gyldig=False))
def test_ugyldig_aktivitet_afvises(kw: dict[str, object]) -> None:
    with pytest.raises(ForloebsreglerFejl):
        aktivitetsopfoelgning(**kw)


@FA
@given(antal_pr_kategori(gyldig=False))
def test_ugyldige_antal_afvises(antal: object) -> None:
    kw = {"aftalestart": date(2024, 1, 1), "opgoerelsesdato": date(2024, 7, 1)}
    with pytest.raises(ForloebsreglerFejl, match="forventet"):
        aktivitetsopfoelgning(antal, {"KATEGORI_1": 1}, **kw)
    with pytest.raises(ForloebsreglerFejl, match="antal_pr_kategori"):
        kvartalsopgoerelse(aar=2024, kvartal=1, antal_pr_kategori=antal)


@FA
@given(kvartalsinput())
def test_gyldigt_kvartal(kw: dict[str, object]) -> None:
    r = kvartalsopgoerelse(**kw)
    assert r.samlet_antal_forloeb >= 0 and r.regional_finansiering_i_alt >= 0


@FA
@given(kvartalsinput(gyldig=False))
def test_ugyldigt_kvartal_afvises(kw: dict[str, object]) -> None:
    with pytest.raises(ForloebsreglerFejl):
        kvartalsopgoerelse(**kw)


@FA
@given(halvaarsinput())
def test_gyldigt_halvaar(kw: dict[str, object]) -> None:
    r = halvaarsopgoerelse(**kw)
    assert r.halvaar in (1, 2)
    # tallene gives videre, som de er (også flere med komplikationer end henviste)
    for navn in ("antal_borgere_henvist", "antal_borgere_med_komplikationer"):
        if navn in kw:
            assert getattr(r, navn) == kw[navn]


@FA
@given(halvaarsinput(gyldig=False))
def test_ugyldigt_halvaar_afvises(kw: dict[str, object]) -> None:
    with pytest.raises(ForloebsreglerFejl):
        halvaarsopgoerelse(**kw)


# ---------------------------------------------------------------------------
# Batch
# ---------------------------------------------------------------------------


@FA
@given(iv_forloeb())
def test_gyldig_raekke(raekke: object) -> None:
    (post,) = vurder_forloeb([raekke])
    assert post["fejl"] is None
    assert post["kategori"] in {k.name for k in Tyngdekategori}
    assert isinstance(post["regional_finansiering"], Decimal)


@FA
@given(iv_forloeb(gyldig=False))
def test_ugyldig_raekke_giver_fejlpost(raekke: object) -> None:
    (post,) = vurder_forloeb([raekke])
    assert isinstance(post["fejl"], str) and post["fejl"]
    assert post["kategori"] is None


@FA
@given(iv_forloebslister())
def test_gyldig_batch(raekker: list[object]) -> None:
    poster = vurder_forloeb(raekker)
    assert len(poster) == len(raekker)
    assert all(p["fejl"] is None for p in poster)


@FA
@given(iv_forloebslister(gyldig=False, max_size=6))
def test_ugyldig_batch_standser_ikke(raekker: list[object]) -> None:
    poster = vurder_forloeb(raekker)
    assert len(poster) == len(raekker) <= 7
    assert sum(p["fejl"] is not None for p in poster) >= 1


# ---------------------------------------------------------------------------
# Strategierne favoriserer kanterne
# ---------------------------------------------------------------------------

# Nåbarhed: det første fund er nok, så Hypothesis skal ikke bruge tid på at skrumpe det.
_FIND = settings(
    max_examples=300,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)


@pytest.mark.parametrize("graense", [Decimal(5), Decimal(15), Decimal(35)])
def test_behandlingstimer_rammer_graensen_og_lige_under(graense: Decimal) -> None:
    paa = find(behandlingstimer(), lambda t: _som_timer(t) == graense, settings=_FIND)
    assert _som_timer(paa) == graense
    under = find(
        behandlingstimer(),
        lambda t: graense - Decimal("0.01") <= _som_timer(t) < graense,
        settings=_FIND,
    )
    assert tyngdekategori(under).kategori is not tyngdekategori(paa).kategori


def test_aktivitetsinput_rammer_praecis_20_procent_efter_6_maaneder() -> None:
    def praecis(kw: dict[str, object]) -> bool:
        r = aktivitetsopfoelgning(**kw)
        return r.seks_maaneder_gaaet and r.overskridelse_procent == 20

    kw = find(aktivitetsinput(), praecis, settings=_FIND)
    assert aktivitetsopfoelgning(**kw).forhandlinger_skal_optages


@pytest.mark.parametrize(("antal", "undtagelse"), [(3, False), (4, True)])
def test_undtagelsesinput_rammer_tre_og_fire_besoeg(antal: int, undtagelse: bool) -> None:
    def rammer(d: dict[str, object]) -> bool:
        return d["besoeg_pr_doegn"] == antal

    kw = find(undtagelsesinput(), rammer, settings=_FIND)
    r = hospitalsundtagelser(**kw)
    # Afsnit 4: »mere end 3 besøg pr. døgn«
    assert (Hospitalsundtagelse.FLERE_END_3_BESOEG_PR_DOEGN in r.undtagelser) is undtagelse


# ---------------------------------------------------------------------------
# Issue 12: hvis penge, opsigelse, delegation, IV-kassen, plejeforløbsplan, kompetencer
# ---------------------------------------------------------------------------


@FA
@given(iv.tyngdekategorier(), iv.iv_regioner(), iv.iv_behandlinger(), iv.leverancer())
def test_gyldige_regioner_og_leverancer(
    kategori: object, region: object, behandling: object, leverance: object
) -> None:
    assert betaling_pr_forloeb(kategori, region=region).begrundelse
    assert leverandoer(behandling, leverance).kilder


@FA
@given(iv.iv_regioner(gyldig=False), iv.leverancer(gyldig=False))
def test_ugyldige_regioner_og_leverancer_afvises(region: object, leverance: object) -> None:
    with pytest.raises(ForloebsreglerFejl):
        betaling_pr_forloeb("KATEGORI_1", region=region)
    with pytest.raises(ForloebsreglerFejl):
        leverandoer("VAESKE", leverance)


@FA
@given(iv.opsigelsesinput())
def test_gyldig_opsigelse(kw: dict[str, object]) -> None:
    r = opsigelse(**kw)
    assert (r.ophoersdato is None) == (r.forudsaetninger is not Opfyldelse.OPFYLDT)


@FA
@given(iv.opsigelsesinput(gyldig=False))
def test_ugyldig_opsigelse_afvises(kw: dict[str, object]) -> None:
    with pytest.raises(ForloebsreglerFejl):
        opsigelse(**kw)


@FA
@given(iv.delegationssvar(), iv.plejeforloebsplansvar(), iv.kompetencesvar())
def test_gyldige_syddanske_tjeklister(
    delegation: dict[str, object], plan: dict[str, object], komp: dict[str, object]
) -> None:
    assert videredelegation(**delegation).tilladt in set(Opfyldelse)
    assert plejeforloebsplan(**plan).opfyldelse in set(Opfyldelse)
    assert kompetencer(**komp).opfyldelse in set(Opfyldelse)


@FA
@given(
    st.one_of(
        iv.delegationssvar(gyldig=False).map(lambda kw: (videredelegation, kw)),
        iv.plejeforloebsplansvar(gyldig=False).map(lambda kw: (plejeforloebsplan, kw)),
        iv.kompetencesvar(gyldig=False).map(lambda kw: (kompetencer, kw)),
    )
)
def test_ugyldige_syddanske_tjeklister_afvises(kald: tuple[object, dict[str, object]]) -> None:
    funktion, kw = kald
    with pytest.raises(ForloebsreglerFejl):
        funktion(**kw)  # type: ignore[operator]


# Issue 19: grenen »alle betingelser opfyldt« kræver syv (eller flere) gunstige svar; strategien
# skal ramme den direkte, ikke vente på held. (Før: 0 ud af 1000 eksempler var OPFYLDT.)


@pytest.mark.parametrize("behandling", list(IVBehandling))
def test_overdragelsessvar_naar_opfyldt_grenen(behandling: IVBehandling) -> None:
    from hypothesis import find, settings

    from forloebsregler import Opfyldelse, overdragelsesbetingelser

    fundet = find(
        overdragelsessvar(behandling=behandling),
        lambda kw: overdragelsesbetingelser(**kw).opfyldelse is Opfyldelse.OPFYLDT,
        settings=settings(max_examples=150, database=None),
    )
    assert overdragelsesbetingelser(**fundet).opfyldelse is Opfyldelse.OPFYLDT


def test_kompetencesvar_naar_alle_opfyldt_ofte() -> None:
    from hypothesis import find, settings

    from forloebsregler import Opfyldelse, kompetencer

    fundet = find(
        iv.kompetencesvar(),
        lambda kw: kompetencer(**kw).opfyldelse is Opfyldelse.OPFYLDT,
        settings=settings(max_examples=60, database=None),
    )
    assert kompetencer(**fundet).opfyldelse is Opfyldelse.OPFYLDT


# `max_size` er listens største længde. Med gyldig=False lægges den ugyldige række mellem to
# lister på op til max_size // 2, så en lige max_size giver max_size + 1 rækker (standarden 10
# giver 11). Testen leder efter en for lang liste og forventer ingen.
@pytest.mark.parametrize("max_size", [2, 4, 10])
def test_iv_forloebslister_med_fejl_holder_max_size(max_size: int) -> None:
    with pytest.raises(NoSuchExample):
        find(
            iv_forloebslister(gyldig=False, max_size=max_size),
            lambda raekker: len(raekker) > max_size,
            settings=naabarhed(500),
        )
