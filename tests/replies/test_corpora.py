"""The quality targets of issue 3, held on the development corpora in ../shared/corpora.

The same figures, per intent and per corpus, are printed by bench/bench_reply_quality.py.
"""

from __future__ import annotations

import csv
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from bot.domain.replies.intents import ReplyIntent
from bot.mail.parse_reply import parse_reply

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"

pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason=f"corpora not found at {CORPORA}")


def _labels(corpus: str) -> list[dict[str, str]]:
    with (CORPORA / corpus / "labels.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_debtor_replies_meet_the_intent_date_and_recall_targets() -> None:
    rows = _labels("debtor-replies")
    outcomes: Counter[tuple[str, str]] = Counter()
    dates_exact = dated = amounts = 0
    for row in rows:
        parsed = parse_reply((CORPORA / "debtor-replies" / row["file"]).read_bytes())
        outcomes[(row["intent"], str(parsed.intent))] += 1
        if row["promised_date"]:
            dated += 1
            dates_exact += (parsed.promised_date or "") and (
                parsed.promised_date.isoformat() == row["promised_date"])
        amounts += parsed.amount == (Decimal(row["amount"]) if row["amount"] else None)
    correct = sum(n for (want, got), n in outcomes.items() if want == got)
    assert correct / len(rows) >= 0.95
    for intent in ("cease", "dispute"):
        support = sum(n for (want, _), n in outcomes.items() if want == intent)
        assert outcomes[(intent, intent)] == support, f"{intent} recall below 100%"
    assert dates_exact / dated >= 0.95
    assert amounts / len(rows) >= 0.90


def test_at_least_98_percent_of_bounces_are_detected() -> None:
    rows = _labels("bounces")
    detected = sum(
        parse_reply((CORPORA / "bounces" / row["file"]).read_bytes()).bounce is not None
        for row in rows
    )
    assert detected / len(rows) >= 0.98


def test_every_auto_reply_is_detected_and_none_is_taken_for_a_debtors_words() -> None:
    for row in _labels("autoreplies"):
        parsed = parse_reply((CORPORA / "autoreplies" / row["file"]).read_bytes())
        assert parsed.intent is ReplyIntent.AUTO_REPLY, row["file"]
        assert parsed.bounce is None, row["file"]


def test_new_text_matches_the_labelled_replies_in_at_least_90_percent() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from bench_reply_quality import Figures, replies

    figures = Figures()
    replies(figures)
    assert figures.values["replies new text match"] >= 0.90
