"""Hypothesis-plugin: `st.from_type(Taksttabel)` m.fl. virker, og krogen er doven (issue 19).

Krogen prøves direkte i en underproces (venv'en har pakken installeret fra en anden mappe,
så dens indgang er ikke nødvendigvis denne arbejdskopis). `HYPOTHESIS_NO_PLUGINS=1` sikrer,
at kun det, testen selv kalder, kører.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import _forloebsregler_hypothesis
import forloebsregler

_SRC = Path(forloebsregler.__file__).resolve().parent.parent
_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _kor(kode: str) -> str:
    miljoe = {**os.environ, "PYTHONPATH": str(_SRC), "HYPOTHESIS_NO_PLUGINS": "1"}
    svar = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(kode)],
        capture_output=True,
        text=True,
        env=miljoe,
        timeout=120,
        check=False,
    )
    assert svar.returncode == 0, svar.stderr
    return svar.stdout


def test_krogen_importerer_ikke_pakken_og_registrerer_efter_import() -> None:
    ud = _kor(
        """
        import sys
        import hypothesis
        from hypothesis import strategies as st
        import _forloebsregler_hypothesis as krog
        krog._hypothesis_setup_hook()
        print("efter krog:", sorted(m for m in sys.modules if m.startswith("forloebsregler")))
        from forloebsregler import Rehabiliteringselement, Takstregister, Taksttabel
        print("strategier importeret:", "forloebsregler.testing" in sys.modules)
        print(type(st.from_type(Taksttabel).example()).__name__)
        print(type(st.from_type(Takstregister).example()).__name__)
        print(type(st.from_type(Rehabiliteringselement).example()).__name__)
        print("krog fjernet:", krog._KROG not in sys.meta_path)
        import forloebsregler
        print("indlaeser:", type(forloebsregler.__loader__).__name__)
        """
    )
    linjer = ud.splitlines()
    assert linjer[0] == "efter krog: []"
    assert linjer[1] == "strategier importeret: False"  # doven: først når strategien bruges
    assert linjer[2:5] == ["Taksttabel", "Takstregister", "Rehabiliteringselement"]
    assert linjer[5] == "krog fjernet: True"
    assert linjer[6] != "indlaeser: _Indlaeser"


def test_krogen_registrerer_straks_naar_pakken_er_importeret() -> None:
    ud = _kor(
        """
        import forloebsregler
        from hypothesis import strategies as st
        import _forloebsregler_hypothesis as krog
        krog._hypothesis_setup_hook()
        print(type(st.from_type(forloebsregler.Taksttabel).example()).__name__)
        print(krog._KROG in __import__("sys").meta_path)
        """
    )
    assert ud.splitlines() == ["Taksttabel", "False"]


def test_uden_krog_ingen_registrering_men_testing_registrerer() -> None:
    ud = _kor(
        """
        import forloebsregler
        from hypothesis import strategies as st
        try:
            st.from_type(forloebsregler.Taksttabel).example()
            print("uden registrering: virker")
        except Exception as fejl:
            print("uden registrering:", type(fejl).__name__)
        import forloebsregler.testing
        print(type(st.from_type(forloebsregler.Taksttabel).example()).__name__)
        """
    )
    linjer = ud.splitlines()
    # Testen skal kunne fejle: uden registrering kan Hypothesis ikke bygge en Taksttabel.
    assert linjer[0] != "uden registrering: virker"
    assert linjer[1] == "Taksttabel"


@given(st.data())
@settings(max_examples=5, deadline=None)
def test_registrering_i_denne_proces(data: st.DataObject) -> None:
    import forloebsregler.testing  # registrerer

    assert forloebsregler.testing is not None
    for navn in ("Taksttabel", "Takstregister", "Rehabiliteringselement"):
        klasse = getattr(forloebsregler, navn)
        assert isinstance(data.draw(st.from_type(klasse)), klasse)


def test_krogen_i_samme_proces_er_idempotent() -> None:
    from forloebsregler._hypothesis_plugin import registrer_strategier

    _forloebsregler_hypothesis._hypothesis_setup_hook()
    registrer_strategier()
    assert _forloebsregler_hypothesis._KROG not in sys.meta_path


def test_pyproject_indgang_klassifikation_og_testing_ekstra() -> None:
    data = tomllib.loads(_PYPROJECT.read_text(encoding="utf-8"))
    projekt = data["project"]
    assert "Framework :: Hypothesis" in projekt["classifiers"]
    indgang = projekt["entry-points"]["hypothesis"]["forloebsregler"]
    modul, _, funktion = indgang.partition(":")
    assert getattr(__import__(modul), funktion) is _forloebsregler_hypothesis._hypothesis_setup_hook
    assert modul.split(".")[0] != "forloebsregler"  # ellers importeres pakken ved krogen
    assert [k.split(">")[0] for k in projekt["optional-dependencies"]["testing"]] == ["hypothesis"]
    hjul = data["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert "src/_forloebsregler_hypothesis.py" in hjul["only-include"]


@pytest.mark.skipif(
    not os.environ.get("FORLOEBSREGLER_PLUGIN_VENV"),
    reason="sæt FORLOEBSREGLER_PLUGIN_VENV til en venv med pakken installeret fra denne mappe",
)
def test_installeret_indgang_i_separat_venv() -> None:  # pragma: no cover - kræver en venv
    python = Path(os.environ["FORLOEBSREGLER_PLUGIN_VENV"]) / "bin" / "python"
    svar = subprocess.run(
        [
            str(python),
            "-c",
            "from hypothesis import strategies as st; import forloebsregler; "
            "print(type(st.from_type(forloebsregler.Taksttabel).example()).__name__)",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)},
    )
    assert svar.stdout.strip() == "Taksttabel", svar.stderr


def test_fejlende_eksempel_vises_kort() -> None:
    """Et fejlende eksempel med en tabel og et register fylder få linjer (issue 19, punkt 2);
    før fyldte hver tabel over 500 tegn med sit fulde kildecitat."""
    import forloebsregler.testing  # registrerer

    assert forloebsregler.testing is not None

    @settings(max_examples=3, database=None, deadline=None)
    @given(st.from_type(forloebsregler.Taksttabel), st.from_type(forloebsregler.Takstregister))
    def fejler(tabel: object, register: object) -> None:
        raise AssertionError("fejler med vilje")

    with pytest.raises(AssertionError) as info:
        fejler()
    noter = "\n".join(getattr(info.value, "__notes__", []))
    assert "Taksttabel('" in noter
    assert "Takstregister(" in noter
    assert "Kilde(" not in noter
    assert len(noter) < 1000, noter
