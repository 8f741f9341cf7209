"""Resident memory and CPU time of a process tree, read from /proc (no psutil)."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field


def children(pid: int) -> list[int]:
    """Direct children of `pid` (from /proc/<pid>/task/*/children, else a scan of /proc)."""
    kids: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                kids += [int(k) for k in f.read().split()]
        return kids
    except OSError:
        pass
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        kids.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return kids


def tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo and len(out) < 1000:  # bounded
        p = todo.pop()
        out.append(p)
        todo += children(p)
    return out


def status_kb(pid: int, key: str) -> int:
    """A `kB` field of /proc/<pid>/status (VmRSS, VmHWM), 0 if the process is gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def pss_kb(pid: int) -> int:
    """Proportional set size: resident memory with each shared page split among its sharers
    (forked worker processes share most of their pages), 0 if the process is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def cpu_seconds(root: int) -> float:
    """User + system CPU time used so far by `root` and its living descendants."""
    ticks = 0
    for pid in tree(root):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError, ValueError):
            pass
    return ticks / os.sysconf("SC_CLK_TCK")


@dataclass
class TreeMemory:
    """Peak (VmHWM), current (VmRSS) and sampled peak proportional (PSS) memory of the trees
    under some root pids."""

    roots: dict[str, int]  # label -> pid
    hwm_kb: dict[int, int] = field(default_factory=dict)  # every pid ever seen -> its VmHWM
    label_of: dict[int, str] = field(default_factory=dict)
    max_rss_sum_kb: int = 0
    max_pss_sum_kb: dict[str | None, int] = field(default_factory=dict)  # label (None: all)

    def sample(self) -> None:
        rss_sum = 0
        pss_sums: dict[str | None, int] = {None: 0}
        for label, root in self.roots.items():
            for pid in tree(root):
                self.label_of.setdefault(pid, label)
                hwm = status_kb(pid, "VmHWM")
                if hwm:
                    self.hwm_kb[pid] = max(self.hwm_kb.get(pid, 0), hwm)
                rss_sum += status_kb(pid, "VmRSS")
                pss = pss_kb(pid)
                pss_sums[None] += pss
                pss_sums[label] = pss_sums.get(label, 0) + pss
        self.max_rss_sum_kb = max(self.max_rss_sum_kb, rss_sum)
        for label, total in pss_sums.items():
            self.max_pss_sum_kb[label] = max(self.max_pss_sum_kb.get(label, 0), total)

    def peak_pss_kb(self, label: str | None = None) -> int:
        """The largest sum of PSS seen by `sample` (every 0.5 s under the Sampler)."""
        return self.max_pss_sum_kb.get(label, 0)

    def peak_kb(self, label: str | None = None) -> int:
        """Sum of VmHWM over the processes (an upper bound of the simultaneous peak)."""
        return sum(v for p, v in self.hwm_kb.items() if label in (None, self.label_of[p]))

    def rss_kb(self, label: str | None = None) -> int:
        return sum(
            status_kb(p, "VmRSS")
            for lab, root in self.roots.items()
            if label in (None, lab)
            for p in tree(root)
        )


class Sampler:
    """Samples some TreeMemory objects every `interval` seconds in a daemon thread."""

    def __init__(self, memories: list[TreeMemory], interval: float = 0.5):
        self.memories, self.interval = memories, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            for m in self.memories:
                m.sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for m in self.memories:
            m.sample()
