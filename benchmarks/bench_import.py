"""Benchmark: importtiden for `forloebsregler` mod dens afhængigheder (issue 18, punkt 5).

Mål: `import forloebsregler` højst 1,5 × tiden for at importere de afhængigheder, den bruger
(`import attrs, dateutil.relativedelta, holidays, zoneinfo`). Begge måles som hele processer
(Python-opstart med), skiftevis A B A B …, og forholdet tages par for par (så en maskine, der
skifter fart undervejs, ikke flytter forholdet); min/median over runderne. Tiden er børnenes
CPU-tid (bruger + system, fra `resource`) — vægtiden vises også.

Pakken kopieres til en midlertidig mappe og oversættes til bytekode først: en installeret
pakke har sine .pyc-filer, mens et miljø med PYTHONDONTWRITEBYTECODE ellers ville oversætte
kildeteksten ved hver import og måle oversætteren i stedet for importen.

Kør: ``python benchmarks/bench_import.py [--hurtig]``.
"""

from __future__ import annotations

import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _maaling import HURTIG, maskine

import forloebsregler

_A = "import forloebsregler"
_B = "import attrs, dateutil.relativedelta, holidays, zoneinfo"


def _koer(kode: str, miljoe: dict[str, str]) -> tuple[float, float]:
    """(CPU-sekunder, vægsekunder) for én proces."""
    foer = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", kode], env=miljoe, check=True)
    vaeg = time.perf_counter() - t0
    efter = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (efter.ru_utime - foer.ru_utime) + (efter.ru_stime - foer.ru_stime)
    return cpu, vaeg


def main() -> None:
    print(f"bench_import — {maskine()}")
    runder = 5 if HURTIG else 21
    pakke = Path(forloebsregler.__file__).parent
    with tempfile.TemporaryDirectory() as mappe:
        shutil.copytree(pakke, Path(mappe) / "forloebsregler")
        compileall.compile_dir(mappe, quiet=1)
        miljoe = {**os.environ, "PYTHONPATH": mappe}
        _koer(_A, miljoe), _koer(_B, miljoe)  # opvarmning (filsystemets cache)
        a_cpu, b_cpu, a_vaeg, b_vaeg, forhold = [], [], [], [], []
        for _ in range(runder):
            ac, av = _koer(_A, miljoe)
            bc, bv = _koer(_B, miljoe)
            a_cpu.append(ac)
            b_cpu.append(bc)
            a_vaeg.append(av)
            b_vaeg.append(bv)
            forhold.append(ac / bc)
    m = statistics.median
    print(
        f"A: {_A!r}: CPU median {m(a_cpu) * 1e3:.0f} ms (min {min(a_cpu) * 1e3:.0f}), "
        f"væg median {m(a_vaeg) * 1e3:.0f} ms"
    )
    print(
        f"B: {_B!r}: CPU median {m(b_cpu) * 1e3:.0f} ms (min {min(b_cpu) * 1e3:.0f}), "
        f"væg median {m(b_vaeg) * 1e3:.0f} ms"
    )
    status = "nået" if m(forhold) <= 1.5 else "IKKE nået"
    print(
        f"forhold A/B (CPU, par for par): median {m(forhold):.2f} (min {min(forhold):.2f}, "
        f"max {max(forhold):.2f}; {runder} par) — mål ≤ 1,5: {status}"
    )


if __name__ == "__main__":
    main()
