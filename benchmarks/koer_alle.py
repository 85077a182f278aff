"""Kør alle benchmarks efter hinanden (issue 18, punkt 6).

Hvert script køres som sin egen proces (så den ene målings caches og hukommelse ikke
påvirker den næste) med samme Python og samme PYTHONPATH. Med ``--hurtig`` bliver hver måling
kort (færre og mindre runder), og `bench_takster.py`, `bench_cli_hukommelse.py`,
`bench_dataframe.py` og `bench_strategier.py` køres med små tal. De to sidste kræver pandas/pyarrow
og Hypothesis (extras); mangler de, springes scriptet over med en besked.

Kør: ``python benchmarks/koer_alle.py [--hurtig]``.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from pathlib import Path

_MAPPE = Path(__file__).resolve().parent

# (script, argumenter til en kort kørsel, argumenter til en fuld kørsel)
_SCRIPTS: list[tuple[str, list[str], list[str]]] = [
    ("bench_import.py", ["--hurtig"], []),
    ("bench_stratificering.py", ["--hurtig"], []),
    ("bench_koordinator.py", ["--hurtig"], []),
    ("bench_iv.py", ["--hurtig"], []),
    ("bench_genoptraening.py", ["--hurtig"], []),
    ("bench_ledsagelse.py", ["--hurtig"], []),
    ("bench_begrundelse.py", ["--hurtig"], []),
    ("bench_takster.py", ["20000"], []),
    ("bench_cli_hukommelse.py", ["20000", "200000", "--hurtig"], []),
    ("bench_dataframe.py", ["5000", "--hurtig"], []),
    ("bench_strategier.py", ["100", "--hurtig"], []),
]

# Scripts, der kræver valgfrie pakker (extras); mangler de, springes scriptet over med besked.
_KRAEVER = {"bench_dataframe.py": ("pandas", "pyarrow"), "bench_strategier.py": ("hypothesis",)}


def main() -> int:
    hurtig = "--hurtig" in sys.argv[1:]
    import forloebsregler  # hvilken kopi af pakken målingerne gælder (PYTHONPATH)

    print(f"pakken: {Path(forloebsregler.__file__).parent}")
    fejl = 0
    for script, korte, fulde in _SCRIPTS:
        print(f"\n=== {script} {' '.join(korte if hurtig else fulde)}".rstrip(), flush=True)
        mangler = [m for m in _KRAEVER.get(script, ()) if importlib.util.find_spec(m) is None]
        if mangler:
            print(f"(sprunget over: kræver {', '.join(mangler)}; pip install -e '.[test]')")
            continue
        t0 = time.perf_counter()
        status = subprocess.run(
            [sys.executable, str(_MAPPE / script), *(korte if hurtig else fulde)], check=False
        ).returncode
        print(f"(kørte {time.perf_counter() - t0:.0f} s; status {status})", flush=True)
        fejl += status != 0
    return 1 if fejl else 0


if __name__ == "__main__":
    sys.exit(main())
