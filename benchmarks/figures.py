"""Summaries of repeated measurements, ratios against the bare app, and the targets."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from typing import Any


def summary(values: list[float]) -> dict[str, float]:
    """Median, min and max of repeated measurements, and how many there were."""
    return {
        "median": round(statistics.median(values), 3),
        "min": round(min(values), 3),
        "max": round(max(values), 3),
        "n": len(values),
    }


def percentile(values: list[float], percent: float) -> float:
    """The nearest-rank percentile: the smallest value with ``percent`` % of values at or below."""
    ordered = sorted(values)
    rank = max(1, math.ceil(percent / 100 * len(ordered)))
    return ordered[rank - 1]


def latency_summary(values: list[float]) -> dict[str, float]:
    """A summary of key latencies, with the 99th percentile."""
    return {**summary(values), "p99": round(percentile(values, 99), 3)}


def ratio(figure: dict[str, Any], laser: str, bare: str) -> float:
    """laser-tui's median over the bare app's."""
    return round(float(figure[laser]["median"]) / float(figure[bare]["median"]), 3)


@dataclass(frozen=True)
class Target:
    """One target: a value measured in this run and the limit it must stay within."""

    name: str
    description: str
    value: float
    limit: float
    inclusive: bool

    @property
    def met(self) -> bool:
        """Whether the value is within the limit."""
        return self.value <= self.limit if self.inclusive else self.value < self.limit

    def as_json(self) -> dict[str, Any]:
        """The target as a JSON-ready dictionary."""
        return {
            "description": self.description,
            "value": self.value,
            "limit": self.limit,
            "met": self.met,
        }
