"""Benchmark: kommandolinjens spidshukommelse for 100.000 mod 2.000.000 CSV-rækker.

Kommandolinjen læser og skriver én række ad gangen, så dens spidshukommelse må ikke vokse
med inputtets størrelse. Scriptet starter `forloebsregler iv --csv - --csv-ud` som en
selvstændig proces for hver størrelse, fodrer stdin fra en generator (rækkerne findes aldrig
samlet nogen steder) og aflæser processens spidshukommelse (`VmHWM` i /proc, Linux) ved
afslutningen. Referencen er den lille kørsel i samme kørsel: forholdet skal være ≤ 1,10.

Kør: ``python benchmarks/bench_cli_hukommelse.py [lille] [stor]`` (standard 100000 2000000).
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from typing import IO

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


def main() -> None:
    lille = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    stor = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000_000
    kib_lille, s_lille, n_lille = maal(lille)
    kib_stor, s_stor, n_stor = maal(stor)
    assert n_lille == lille + 1 and n_stor == stor + 1, (n_lille, n_stor)
    print(f"{lille:>9} rækker: spidshukommelse {kib_lille / 1024:7.1f} MiB, {s_lille:6.1f} s")
    print(f"{stor:>9} rækker: spidshukommelse {kib_stor / 1024:7.1f} MiB, {s_stor:6.1f} s")
    forhold = kib_stor / kib_lille
    status = "nået" if forhold <= 1.10 else "IKKE nået"
    print(f"forhold stor/lille: {forhold:.3f} (mål ≤ 1,10: {status})")


if __name__ == "__main__":
    main()
