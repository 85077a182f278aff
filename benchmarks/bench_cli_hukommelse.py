"""Benchmark: kommandolinjens spidshukommelse for 100.000 mod 2.000.000 CSV-rækker.

Kommandolinjen læser og skriver én række ad gangen, så dens spidshukommelse må ikke vokse
med inputtets størrelse. Scriptet starter `forloebsregler iv --csv - --csv-ud` som en
selvstændig proces for hver størrelse, fodrer stdin fra en generator (rækkerne findes aldrig
samlet nogen steder) og aflæser processens spidshukommelse (`VmHWM` i /proc, Linux) ved
afslutningen. Referencen er den lille kørsel i samme kørsel: forholdet skal være ≤ 1,10.

Kør: ``python benchmarks/bench_cli_hukommelse.py [lille] [stor]`` (standard 100000 2000000).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import threading
import time
from typing import IO

from _maaling import HURTIG, maskine

_DRIVER = r"""
import sys
from forloebsregler import cli
status = cli.main(["iv", "--csv", "-", "--csv-ud"])
with open("/proc/self/status") as f:
    for linje in f:
        if linje.startswith("VmHWM:"):
            print(linje.split()[1], file=sys.stderr)
sys.exit(status)
"""


def _foder(stdin: IO[bytes], antal: int) -> None:
    stdin.write(b"id,timer,afslutning_af_kemokur\n")
    bid: list[bytes] = []
    for i in range(antal):
        bid.append(f"r{i},{(i % 400) / 10 + 0.1},{'ja' if i % 97 == 0 else 'nej'}\n".encode())
        if len(bid) == 10_000:
            stdin.write(b"".join(bid))
            bid.clear()
    stdin.write(b"".join(bid))
    stdin.close()


def maal(antal: int) -> tuple[int, float, int]:
    """(spidshukommelse i KiB, sekunder, antal udskrevne linjer) for én kørsel."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", _DRIVER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    traad = threading.Thread(target=_foder, args=(proc.stdin, antal))
    traad.start()
    linjer = sum(1 for _ in proc.stdout)
    traad.join()
    fejl = proc.stderr.read().decode().split()
    if proc.wait() != 0 or not fejl:
        raise SystemExit(f"kørslen med {antal} rækker fejlede: {' '.join(fejl)[-500:]}")
    return int(fejl[-1]), time.perf_counter() - start, linjer


def _linje(antal: int, kib: list[int], sek: list[float]) -> str:
    kib = sorted(kib)
    return (
        f"{antal:>9} rækker: spidshukommelse median {statistics.median(kib) / 1024:7.1f} MiB "
        f"(min {kib[0] / 1024:.1f}, max {kib[-1] / 1024:.1f}; {len(kib)} runder), "
        f"{statistics.median(sek):6.1f} s pr. kørsel"
    )


def main() -> None:
    print(f"bench_cli_hukommelse — {maskine()}")
    tal = [a for a in sys.argv[1:] if not a.startswith("--")]
    lille = int(tal[0]) if tal else 100_000
    stor = int(tal[1]) if len(tal) > 1 else 2_000_000
    maalt: dict[int, tuple[list[int], list[float]]] = {lille: ([], []), stor: ([], [])}
    for _ in range(2 if HURTIG else 3):
        for antal in (lille, stor):
            kib, sek, linjer = maal(antal)
            if linjer != antal + 1:
                raise SystemExit(f"kørslen med {antal} rækker skrev {linjer} linjer")
            maalt[antal][0].append(kib)
            maalt[antal][1].append(sek)
    print(_linje(lille, *maalt[lille]))
    print(_linje(stor, *maalt[stor]))
    forhold = statistics.median(maalt[stor][0]) / statistics.median(maalt[lille][0])
    status = "nået" if forhold <= 1.10 else "IKKE nået"
    print(f"forhold stor/lille (medianer): {forhold:.3f} (mål ≤ 1,10: {status})")


if __name__ == "__main__":
    main()
