"""Egenskaber ved batchkontrakten (Hypothesis): batchen giver enkeltkaldets svar, og en dårlig
række ændrer ikke de andre rækkers svar."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import forloebsregler as f
from forloebsregler import batch

_START = datetime(2019, 1, 1, tzinfo=UTC)

episoder = st.builds(
    lambda m, d: {
        "start": _START + timedelta(minutes=m),
        "slut": _START + timedelta(minutes=m + d),
    },
    st.integers(0, 364 * 24 * 60 - 3000),
    st.integers(0, 3000),
)
timer = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(100), places=2)
daarlige = st.sampled_from([None, 7, "tekst", {"start": "x", "slut": "y"}, {"ukendt": 1}])


@settings(max_examples=40, deadline=None)
@given(st.lists(episoder, min_size=1, max_size=5))
def test_ledsagelse_som_enkeltkaldet(raekker: list[dict[str, Any]]) -> None:
    for post, raekke in zip(batch.ledsagelse(raekker), raekker, strict=True):
        enkelt = f.beregn_ledsagelse(raekke["start"], raekke["slut"])
        assert post["total"] == enkelt.total
        assert post["begrundelse"] == enkelt.begrundelse
        assert sum(post[f"beloeb_{k.name}"] for k in f.Takstkategori) == enkelt.total


@settings(max_examples=60, deadline=None)
@given(timer, st.sampled_from(["", "nej", "ja", False, None, "ukendt"]))
def test_iv_som_enkeltkaldet(t: Decimal, kemo: object) -> None:
    (post,) = batch.iv([{"timer": str(t), "afslutning_af_kemokur": kemo}])
    if kemo in ("", None, "ukendt"):
        # Kolonnen findes, men faktummet er ukendt: kemokur er sin egen kategori, så
        # kategorien kan ikke afgøres (intet standardsvar).
        assert post["kategori"] is None and post["fejlfelt"] == "afslutning_af_kemokur"
        return
    enkelt = f.tyngdekategori(t, afslutning_af_kemokur=kemo in ("ja", True))
    assert post["kategori"] == enkelt.kategori.name
    assert post["regional_finansiering"] == enkelt.regional_finansiering


@settings(max_examples=40, deadline=None)
@given(st.lists(timer, min_size=1, max_size=6), st.lists(daarlige, max_size=4), st.randoms())
def test_daarlige_raekker_aendrer_ikke_de_andre(
    gode: list[Decimal], slemme: list[object], tilfaeldig: Any
) -> None:
    raekker: list[object] = [{"id": i, "timer": str(t)} for i, t in enumerate(gode)]
    alene = {p["id"]: p["kategori"] for p in batch.iv(raekker)}
    blandet = raekker + slemme
    tilfaeldig.shuffle(blandet)
    poster = list(batch.iv(blandet, gennemfoer=["id"]))
    assert len(poster) == len(blandet)
    assert [p["raekke"] for p in poster] == list(range(1, len(blandet) + 1))
    for post, raekke in zip(poster, blandet, strict=True):
        if isinstance(raekke, dict) and "timer" in raekke and raekke.get("id") is not None:
            assert post["fejl"] is None and post["kategori"] == alene[raekke["id"]]
        else:
            assert post["fejl"] and post["kategori"] is None
    assert len({tuple(p) for p in poster}) == 1
