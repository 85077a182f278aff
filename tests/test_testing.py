"""Den offentlige testmodul-pakke: navne og undermoduler."""

from __future__ import annotations

import importlib

import forloebsregler.testing as testing


def _miljoe() -> dict[str, str]:
    import os
    from pathlib import Path

    import forloebsregler

    return {**os.environ, "PYTHONPATH": str(Path(forloebsregler.__file__).resolve().parents[1])}


def test_ingen_navnekollision() -> None:
    assert len(testing.__all__) == len(set(testing.__all__))
    for modulnavn in (
        "_tid",
        "_faelles",
        "depression",
        "ledsagelse",
        "iv",
        "genoptraening",
        "batch",
    ):
        modul = importlib.import_module(f"forloebsregler.testing.{modulnavn}")
        for navn in modul.__all__:
            assert getattr(testing, navn) is getattr(modul, navn), (modulnavn, navn)


def test_importerbar_uden_pytest() -> None:
    import subprocess
    import sys

    kode = (
        "import sys; sys.modules['pytest'] = None; "
        "import forloebsregler.testing as t; print(len(t.__all__))"
    )
    ud = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True, env=_miljoe()
    )
    assert int(ud.stdout) == len(testing.__all__)


def test_klar_fejl_uden_hypothesis() -> None:
    import subprocess
    import sys

    kode = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import forloebsregler.testing\n"
        "except ImportError as e:\n    print(e)\n"
    )
    ud = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True, env=_miljoe()
    )
    assert "kræver pakken hypothesis" in ud.stdout and "pip install" in ud.stdout
