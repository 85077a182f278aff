"""Egenskaber for depressionsprogrammets øvrige regler (Hypothesis)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from forloebsregler import (
    Afgoerelse,
    KontaktpersonLaesning,
    Psykiatrimodtager,
    Rehabiliteringselement,
    Svaerhedsgrad,
    beregn_rehabiliteringsudgift,
    henvisning_til_regionspsykiatrien,
    i_maalgruppen,
    internetbehandling,
    kommunal_rehabilitering,
    koordinerende_kontaktperson,
    medicinopstart,
    medicinsamtale_paa_apoteket,
    psykiatrisk_modtagelse,
    vurder_alkohol,
    vurder_phq2,
)
from forloebsregler.rehabilitering import REGNEEKSEMPEL_TIMEPRIS
from forloebsregler.testing import enum_vaerdier
from forloebsregler.testing.depression import (
    aldersinput,
    alkoholinput,
    apoteksinput,
    kliniske_vurderinger,
    phq2input,
    rehabiliteringselementer,
    rehabiliteringsudgiftinput,
    svaerhedsgrader,
)

# De offentlige strategier (forloebsregler.testing): ja/nej/ukendt, enums som medlem, navn
# eller tekst, aldre, scorer og genstande i de former, biblioteket tager.
tri = kliniske_vurderinger()


def _grad(v: object) -> Svaerhedsgrad:
    """Sværhedsgraden, som `v` (medlem, navn eller tekstværdi) står for."""
    if isinstance(v, Svaerhedsgrad):
        return v
    noegle = str(v).strip().upper()
    return next(m for m in Svaerhedsgrad if noegle in (m.name, str(m.value).upper()))


@given(tri, tri, tri, tri, tri, tri, enum_vaerdier(KontaktpersonLaesning))
def test_kontaktperson_gaetter_aldrig(
    diag: bool | None,
    kompleks: bool | None,
    arbejde: bool | None,
    jobcenter: bool | None,
    psyk: bool | None,
    i_psyk: bool | None,
    laesning: KontaktpersonLaesning | str,
) -> None:
    r = koordinerende_kontaktperson(
        diag,
        komplekse_behov=kompleks,
        indsatser_paa_arbejdsmarkedsomraadet=arbejde,
        kontakt_jobcenter=jobcenter,
        kontakt_lokalpsykiatri=psyk,
        i_behandling_i_psykiatrien=i_psyk,
        laesning=laesning,
    )
    assert r.kilder and r.begrundelse
    if diag is False:
        assert r.tilbydes is Afgoerelse.IKKE_OPFYLDT
    if r.tilbydes is Afgoerelse.OPFYLDT:
        assert diag is True
    # et ukendt faktum gør aldrig et nej til et ja, og omvendt
    kendt = koordinerende_kontaktperson(
        True if diag is None else diag,
        komplekse_behov=True if kompleks is None else kompleks,
        indsatser_paa_arbejdsmarkedsomraadet=True if arbejde is None else arbejde,
        kontakt_jobcenter=True if jobcenter is None else jobcenter,
        kontakt_lokalpsykiatri=True if psyk is None else psyk,
        laesning=laesning,
    )
    if r.tilbydes is not Afgoerelse.KAN_IKKE_AFGOERES:
        assert kendt.tilbydes is r.tilbydes


@given(svaerhedsgrader(), tri)
def test_rehabilitering_kun_let_og_moderat(grad: Svaerhedsgrad | str, i_psyk: bool | None) -> None:
    r = kommunal_rehabilitering(grad, behandles_i_psykiatrien=i_psyk)
    if r.tilbydes is Afgoerelse.OPFYLDT:
        assert _grad(grad) in (Svaerhedsgrad.LET, Svaerhedsgrad.MODERAT) and i_psyk is False


elementer = rehabiliteringselementer().map(lambda kw: Rehabiliteringselement(**kw))
# Timeprisen fra `rehabiliteringsudgiftinput` (0–1.000.000 kr. i øre, som int, Decimal eller
# tekst; favoriserer notatets 325 kr.); uden timepris gælder notatets.
timepriser = rehabiliteringsudgiftinput().map(lambda kw: kw.get("timepris", REGNEEKSEMPEL_TIMEPRIS))


@given(st.lists(elementer, min_size=1, max_size=6), timepriser)
def test_udgiften_er_summen_af_oereafrundede_linjer(
    liste: list[Rehabiliteringselement], pris: object
) -> None:
    r = beregn_rehabiliteringsudgift(pris, liste)  # type: ignore[arg-type]
    timepris = Decimal(str(pris))
    assert r.i_alt_pr_borger == sum(linje.udgift_pr_borger for linje in r.linjer)
    for linje in r.linjer:
        assert linje.udgift_pr_borger == linje.udgift_pr_borger.quantize(Decimal("0.01"))
        e = linje.element
        praecis = e.sundhedsprofessionelle * e.timer_pr_medarbejder * timepris / e.deltagere
        assert abs(linje.udgift_pr_borger - praecis) <= Decimal("0.005")


@given(phq2input())
def test_phq2_er_monoton(kw: dict[str, int]) -> None:
    # uden tærskel gælder Sundhedsprofilen 2017's: 4, 5 eller 6 er tegn på depression
    score, taerskel = kw["score"], kw.get("taerskel", 4)
    r = vurder_phq2(**kw)
    assert r.tegn_paa_depression == (score >= taerskel)
    if score < 6:
        assert (
            vurder_phq2(score + 1, taerskel=taerskel).tegn_paa_depression >= r.tegn_paa_depression
        )


# --------------------------------------------------------------------------- kernereglerne


@given(aldersinput(), svaerhedsgrader())
def test_alder_under_18_er_uden_for_maalgruppen(
    kw: dict[str, int | Decimal | str], grad: Svaerhedsgrad | str
) -> None:
    """Under 18 år svarer hver aldersregel »uden for målgruppen«; fra 18 aldrig."""
    alder = kw["alder"]  # int, Decimal eller tekst
    aar = int(Decimal(str(alder)))
    uden = Afgoerelse.UDEN_FOR_MAALGRUPPEN
    svar = [
        i_maalgruppen(alder).svar,
        medicinopstart(alder).svar,
        psykiatrisk_modtagelse(alder).svar,
        internetbehandling(alder, grad).svar,
        henvisning_til_regionspsykiatrien({}, alder=alder).svar,
    ]
    assert all((s is uden) is (aar < 18) for s in svar)
    # en voksen sendes aldrig til børne- og ungdomspsykiatrien
    if aar >= 18:
        assert psykiatrisk_modtagelse(alder).modtager is not (
            Psykiatrimodtager.BOERNE_OG_UNGDOMSPSYKIATRIEN
        )


@given(apoteksinput())
def test_apotek_aldrig_ja_uden_kronisk_sygdom(kw: dict[str, object]) -> None:
    # `apoteksinput`: dato 2018–2030 (date eller ISO-tekst), ordinationer 0–800 dage før
    # (favoriserer 12 og 6 måneder), svarene True/False/None eller udeladt
    r = medicinsamtale_paa_apoteket(**kw)  # type: ignore[arg-type]
    if r.svar is Afgoerelse.OPFYLDT:
        assert (
            kw.get("medicin_for_kronisk_sygdom") is True
            or kw.get("ny_medicin_ved_kronisk_diagnose") is True
        )


@given(alkoholinput())
def test_alkoholsamtalen_udelukker_ingen(kw: dict[str, object]) -> None:
    afh = kw.get("alkoholafhaengighed")  # udeladt: ukendt (None)
    r = vurder_alkohol(**kw)  # type: ignore[arg-type]
    assert r.forebyggende_samtale is Afgoerelse.OPFYLDT
    assert (r.alkoholbehandling is Afgoerelse.OPFYLDT) is (afh is True)
    assert (r.alkoholbehandling is Afgoerelse.KAN_IKKE_AFGOERES) is (afh is None)
