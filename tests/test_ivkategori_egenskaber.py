"""Egenskaber for IV-reglerne (Hypothesis)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from forloebsregler.iv_finansiering import regional_finansiering, vurder_forloeb
from forloebsregler.iv_syddanmark import IVBehandling, Opfyldelse, overdragelsesbetingelser
from forloebsregler.iv_undtagelser import Varetagelse, hospitalsundtagelser
from forloebsregler.ivkategori import (
    REGIONAL_FINANSIERING,
    Tyngdekategori,
    timer_fra_besoeg,
    tyngdekategori,
)
from forloebsregler.testing.iv import (
    behandlingstimer,
    besoeg_og_minutter,
    overdragelsessvar,
    tyngdekategorier,
    undtagelsesinput,
)
from forloebsregler.testing.ledsagelse import varigheder

_RANG = {
    Tyngdekategori.KATEGORI_1: 1,
    Tyngdekategori.KATEGORI_2: 2,
    Tyngdekategori.KATEGORI_3: 3,
    Tyngdekategori.KATEGORI_4: 4,
}


def _som_timer(vaerdi: object) -> Decimal:
    """Behandlingstiden i timer, regnet i testen (timedelta → sekunder / 3600)."""
    if isinstance(vaerdi, timedelta):
        return Decimal(vaerdi // timedelta(microseconds=1)) / 3_600_000_000
    return Decimal(str(vaerdi))


# Den offentlige strategi (forloebsregler.testing.iv): Decimal, int, tekst eller timedelta,
# der favoriserer grænserne 5, 15 og 35 timer og lige omkring dem.
timer_st = behandlingstimer()


@given(timer_st, timer_st)
def test_kategorien_falder_aldrig_naar_timerne_vokser(a: object, b: object) -> None:
    lav, hoej = sorted((a, b), key=_som_timer)
    assert _RANG[tyngdekategori(lav).kategori] <= _RANG[tyngdekategori(hoej).kategori]  # type: ignore[arg-type]
    # og finansieringen følger med
    assert (
        tyngdekategori(lav).regional_finansiering  # type: ignore[arg-type]
        <= tyngdekategori(hoej).regional_finansiering  # type: ignore[arg-type]
    )


# Varigheder fra `varigheder` (forloebsregler.testing): et sekund til tre uger (504 timer) i
# mikrosekunder, der favoriserer kanterne (hele timer, døgn, sommertidens 23 og 25 timer).
@given(varigheder(mindst=timedelta(seconds=1)))
def test_timedelta_og_timer_giver_samme_kategori(varighed: timedelta) -> None:
    timer = Decimal(varighed // timedelta(microseconds=1)) / 3_600_000_000
    # Timerne som decimalbrøk kan være afrundet, men kun væk fra grænserne (som er eksakte).
    assert tyngdekategori(varighed).kategori is tyngdekategori(str(timer)).kategori


@given(besoeg_og_minutter())
def test_besoeg_gange_minutter(par: tuple[object, object]) -> None:
    besoeg, minutter = (int(Decimal(str(v))) for v in par)
    timer = timer_fra_besoeg(*par)  # type: ignore[arg-type]
    assert abs(timer * 60 - besoeg * minutter) < Decimal("1e-20")
    forventet = tyngdekategori(timedelta(minutes=besoeg * minutter)).kategori
    assert tyngdekategori(timer).kategori is forventet


def _medlem(vaerdi: object) -> Tyngdekategori:
    """Kategorien, som `vaerdi` (medlem, navn med store eller små bogstaver) står for."""
    if isinstance(vaerdi, Tyngdekategori):
        return vaerdi
    noegle = str(vaerdi).strip().upper()
    return next(m for m in Tyngdekategori if noegle in (m.name, str(m.value).upper()))


@given(tyngdekategorier())
def test_afledte_beloeb_gaar_op(vaerdi: object) -> None:
    kategori = _medlem(vaerdi)
    r = regional_finansiering(vaerdi)  # type: ignore[arg-type]
    assert r.kategori is kategori
    if kategori is Tyngdekategori.KEMOKUR:  # kan ikke afgøres (fortolkningsloggen IV-04)
        assert r.afledt_samlet_udgift is None and r.afledt_kommunal_andel is None
        return
    assert r.afledt_samlet_udgift is not None and r.afledt_kommunal_andel is not None
    assert r.regional_beloeb + r.afledt_kommunal_andel == r.afledt_samlet_udgift
    assert r.afledt_samlet_udgift * 70 / 100 == r.regional_beloeb
    assert r.regional_beloeb == REGIONAL_FINANSIERING[kategori]


# De tre forhold fra `undtagelsesinput` (besøg 1–12 og ophold op til 4 timer i tal-, tekst- og
# timedelta-former, favoriserer grænserne 3 besøg og én time); uden en konkret aftale og
# kommunens afvisning, som egenskaben ikke handler om (de prøves i test_ivkategori.py).
_UDEN_AFTALE = ("besoeg_pr_doegn", "indgift_i_lukket_system", "ophold_pr_indgift")


@given(undtagelsesinput().map(lambda kw: {k: kw[k] for k in _UDEN_AFTALE}))
def test_ukendt_giver_aldrig_kommunalt_regi_uden_at_alt_er_kendt(kw: dict[str, object]) -> None:
    r = hospitalsundtagelser(**kw)  # type: ignore[arg-type]
    if r.varetagelse is Varetagelse.KOMMUNALT_REGI:
        assert not r.ukendte and not r.undtagelser
    if r.undtagelser:
        assert r.varetagelse is Varetagelse.HOSPITALSREGI
    assert len(r.undtagelser) + len(r.ukendte) <= 3


_BOOL_FELTER = (
    "laegefagligt_egnet",
    "hjem_egnet",
    "kommunal_kapacitet",
    "iv_adgang_velfungerende",
    "administreres_af_sygeplejerske",
    "kontakttelefon_doegnet_rundt",
    "informeret_mundtligt_og_skriftligt",
)


def _behandling(vaerdi: object) -> IVBehandling:
    """Behandlingen, som `vaerdi` (medlem eller navn) står for."""
    if isinstance(vaerdi, IVBehandling):
        return vaerdi
    return IVBehandling[str(vaerdi).strip().upper()]


@given(overdragelsessvar())
def test_overdragelse_er_konsistent(kw: dict[str, object]) -> None:
    # `overdragelsessvar`: behandlingen (medlem eller navn), et udvalg af ja/nej/ukendt-svar
    # (udeladt = ukendt), antal behandlinger og IV-adgangens alder; også de gunstige sager
    behandling = _behandling(kw["behandling"])
    svar = {f: kw.get(f) for f in _BOOL_FELTER}
    r = overdragelsesbetingelser(**kw)  # type: ignore[arg-type]
    assert len(r.ikke_opfyldte) + len(r.ukendte) + len(r.opfyldte) in (9, 10)
    # For væske kan administration uden sygeplejerske reddes af lokal videredelegation.
    afgoerende = {
        k: v
        for k, v in svar.items()
        if not (behandling is IVBehandling.VAESKE and k == "administreres_af_sygeplejerske")
    }
    if any(v is False for v in afgoerende.values()):
        assert r.opfyldelse is Opfyldelse.IKKE_OPFYLDT
    if r.opfyldelse is Opfyldelse.OPFYLDT:
        assert all(v is True for v in svar.values())
    assert r.kilder


_FELTER = ["timer", "id", "antal_besoeg", "minutter_pr_besoeg", "afslutning_af_kemokur", "x"]
_FELTVAERDIER = st.one_of(
    st.none(), st.integers(), st.text(max_size=5), st.booleans(), st.decimals(allow_nan=True)
)


@given(
    st.lists(
        st.one_of(st.dictionaries(st.sampled_from(_FELTER), _FELTVAERDIER), st.integers()),
        max_size=8,
    )
)
def test_batch_stopper_aldrig(raekker: list[object]) -> None:
    poster = vurder_forloeb(raekker)
    assert len(poster) == len(raekker)
    for p in poster:
        assert (p["fejl"] is None) != (p["kategori"] is None)


_GRAENSER = [
    (Decimal(5), Tyngdekategori.KATEGORI_1, Tyngdekategori.KATEGORI_2),
    (Decimal(15), Tyngdekategori.KATEGORI_2, Tyngdekategori.KATEGORI_3),
    (Decimal(35), Tyngdekategori.KATEGORI_3, Tyngdekategori.KATEGORI_4),
]


@given(
    st.sampled_from(_GRAENSER),
    st.decimals(min_value=Decimal("1e-20"), max_value=Decimal("0.5"), allow_nan=False),
)
def test_hver_graense_er_halvaaben(
    graense: tuple[Decimal, Tyngdekategori, Tyngdekategori], epsilon: Decimal
) -> None:
    vaerdi, under, over = graense
    assert tyngdekategori(vaerdi - epsilon).kategori is under
    assert tyngdekategori(vaerdi).kategori is over
    assert tyngdekategori(vaerdi + epsilon).kategori is over
    assert tyngdekategori(timedelta(hours=int(vaerdi))).kategori is over
