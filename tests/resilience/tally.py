"""How many hostile inputs the suite sent per provider and what each got (printed at the end of the run)."""

from __future__ import annotations

from collections import Counter, defaultdict


class Tally:
    def __init__(self) -> None:
        self.answers: dict[str, Counter[str]] = defaultdict(Counter)  # provider -> "<input kind> -> <answer>"

    def record(self, provider: str, kind: str, answer: str) -> None:
        self.answers[provider][f"{kind} -> {answer}"] += 1

    def total(self, provider: str) -> int:
        return sum(self.answers[provider].values())

    def lines(self) -> list[str]:
        if not self.answers:
            return []
        out = [f"hostile inputs tried: {sum(self.total(p) for p in self.answers)}"]
        for provider in sorted(self.answers):
            out.append(f"  {provider}: {self.total(provider)}")
            out += [f"    {n:5d} x {what}" for what, n in sorted(self.answers[provider].items())]
        return out


TALLY = Tally()
