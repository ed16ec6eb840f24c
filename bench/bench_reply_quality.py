"""How well duebot understands replies, measured on the labelled corpora in ../shared/corpora.

Prints, per corpus: for debtor replies, intent accuracy, precision and recall per intent, and
promised-date, amount and return-date accuracy; for bounces, detection rate, hard/soft,
status and recipient accuracy; for auto-replies, detection and that none is taken for a
debtor's words; for replies/, how often the new text matches the labelled expectation
(each `expectation_kind` compared its own way). Exits 1 if a target of issue 3 is missed.

Run: .venv/bin/python bench/bench_reply_quality.py [--show-misses] [--debtor-replies DIR]

`--debtor-replies DIR` measures only debtor replies, from another folder laid out like
`debtor-replies/` (its .eml files and a labels.csv with the same columns), for sets of
messages the rules were not written against. Without it, the debtor-reply measure is also
taken on each set in `bench/unseen/` (written for duebot, never tuned against), and printed
without a target.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.domain.replies import classifier  # noqa: E402
from bot.domain.replies.intents import ReplyIntent  # noqa: E402
from bot.mail.parse_reply import ParsedReply, parse_reply  # noqa: E402
from bot.mail.quotes import split_reply  # noqa: E402
from bot.mail.reading import decode_bytes, html_to_text  # noqa: E402

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
#: Replies written for duebot that its rules were never written against (see its README).
UNSEEN = Path(__file__).resolve().parent / "unseen"

TARGETS = {
    "debtor intent accuracy": 0.95,
    "debtor cease recall": 1.0,
    "debtor dispute recall": 1.0,
    "debtor promised dates exact": 0.95,
    "bounces detected": 0.98,
    "auto-replies detected": 1.0,
    "replies new text match": 0.90,
}


@dataclass
class Figures:
    """Named ratios, printed and checked against `TARGETS`."""

    values: dict[str, float] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def ratio(self, name: str, hits: int, total: int) -> None:
        self.values[name] = hits / total if total else 1.0
        print(f"  {name:<40} {hits:>4}/{total:<4} {100 * self.values[name]:6.1f}%")

    def miss(self, name: str, detail: str) -> None:
        self.misses.setdefault(name, []).append(detail)


def labels(corpus: str | Path) -> list[dict[str, str]]:
    with (CORPORA / corpus / "labels.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def parse_file(path: Path) -> ParsedReply | None:
    try:
        return parse_reply(path.read_bytes())
    except Exception as error:
        print(f"  ! {path.name}: {error}", file=sys.stderr)
        return None


def debtor_replies(figures: Figures, folder: Path = CORPORA / "debtor-replies",
                   name: str = "debtor") -> None:
    print(f"{folder.name}/")
    rows = labels(folder)
    confusion: Counter[tuple[str, str]] = Counter()
    dates = amounts = returns = 0
    dated = [row for row in rows if row["promised_date"]]
    dates_exact = 0
    for row in rows:
        parsed = parse_file(folder / row["file"])
        got = str(parsed.intent) if parsed else "error"
        confusion[(row["intent"], got)] += 1
        if got != row["intent"]:
            figures.miss(f"{name} intent", f"{row['file']}: {got} (expected {row['intent']})")
        promised = parsed.promised_date.isoformat() if parsed and parsed.promised_date else ""
        dates += promised == row["promised_date"]
        if row["promised_date"]:
            dates_exact += promised == row["promised_date"]
        if promised != row["promised_date"]:
            expected_date = row["promised_date"]
            figures.miss(f"{name} date", f"{row['file']}: {promised} (expected {expected_date})")
        amount = parsed.amount if parsed else None
        expected_amount = Decimal(row["amount"]) if row["amount"] else None
        amounts += amount == expected_amount
        if amount != expected_amount:
            figures.miss(f"{name} amount",
                         f"{row['file']}: {amount} (expected {expected_amount})")
        back = parsed.return_date.isoformat() if parsed and parsed.return_date else ""
        returns += back == row["return_date"]
    total = len(rows)
    correct = sum(count for (want, got), count in confusion.items() if want == got)
    figures.ratio(f"{name} intent accuracy", correct, total)
    print(f"  {'intent':<16} {'precision':>10} {'recall':>10} {'support':>8}")
    for intent in ReplyIntent:
        support = sum(count for (want, _), count in confusion.items() if want == intent)
        predicted = sum(count for (_, got), count in confusion.items() if got == intent)
        hits = confusion[(intent, intent)]
        precision = f"{100 * hits / predicted:.1f}%" if predicted else "-"
        recall = f"{100 * hits / support:.1f}%" if support else "-"
        print(f"  {intent:<16} {precision:>10} {recall:>10} {support:>8}")
        if intent in ("cease", "dispute"):
            figures.values[f"{name} {intent} recall"] = hits / support if support else 1.0
    figures.ratio(f"{name} promised dates exact", dates_exact, len(dated))
    figures.ratio(f"{name} promised date field (incl. empty)", dates, total)
    figures.ratio(f"{name} amount field (incl. empty)", amounts, total)
    figures.ratio(f"{name} return date field (incl. empty)", returns, total)


def bounces(figures: Figures) -> None:
    print("bounces/")
    rows = labels("bounces")
    detected = kinds = kind_total = statuses = status_total = recipients = recipient_total = 0
    by_source: Counter[tuple[str, bool]] = Counter()
    for row in rows:
        parsed = parse_file(CORPORA / "bounces" / row["file"])
        bounce = parsed.bounce if parsed else None
        if bounce is None:
            figures.miss("bounce detection", row["file"])
            continue
        detected += 1
        if row["hard_or_soft"] in ("hard", "soft"):
            kind_total += 1
            kinds += bounce.kind == row["hard_or_soft"]
            by_source[(row["file"].split("/")[0], bounce.kind == row["hard_or_soft"])] += 1
            if bounce.kind != row["hard_or_soft"]:
                figures.miss(
                    "bounce kind",
                    f"{row['file']}: {bounce.kind} (expected {row['hard_or_soft']}, "
                    f"{row['expected_reason']}, {bounce.status})",
                )
        expected_statuses = [s.strip() for s in row["expected_status"].split("|") if s.strip()]
        if expected_statuses:
            status_total += 1
            statuses += bounce.status in expected_statuses
        expected = {a.strip().lower() for a in row["expected_recipients"].split("|") if a.strip()}
        if expected:
            recipient_total += 1
            recipients += (bounce.recipient or "") in expected
            if (bounce.recipient or "") not in expected:
                figures.miss("bounce recipient", f"{row['file']}: {bounce.recipient} {expected}")
    figures.ratio("bounces detected", detected, len(rows))
    figures.ratio("bounces hard/soft accuracy", kinds, kind_total)
    for source in sorted({source for source, _ in by_source}):
        right, wrong = by_source[(source, True)], by_source[(source, False)]
        figures.ratio(f"  hard/soft vs {source} labels", right, right + wrong)
    figures.ratio("bounces status accuracy", statuses, status_total)
    figures.ratio("bounces recipient accuracy", recipients, recipient_total)


def autoreplies(figures: Figures) -> None:
    print("autoreplies/")
    rows = labels("autoreplies")
    detected = not_bounce = 0
    for row in rows:
        parsed = parse_file(CORPORA / "autoreplies" / row["file"])
        is_auto = parsed is not None and parsed.intent is ReplyIntent.AUTO_REPLY
        detected += is_auto
        not_bounce += parsed is not None and parsed.bounce is None
        if not is_auto:
            figures.miss("auto-reply", f"{row['file']}: {parsed.intent if parsed else 'error'}")
    figures.ratio("auto-replies detected", detected, len(rows))
    figures.ratio("auto-replies never a debtor's words", detected, len(rows))
    figures.ratio("auto-replies not taken for bounces", not_bounce, len(rows))


def _reply_texts(row: dict[str, str]) -> tuple[str, str]:
    path = CORPORA / "replies" / row["file"]
    if row["format"] == "eml":
        parsed = parse_reply(path.read_bytes())
        return parsed.visible_text, parsed.new_text
    body = decode_bytes(path.read_bytes(), None)
    if row["format"] == "html_body":
        body = html_to_text(body)
    split = split_reply(body)
    return split.visible, split.new_text


def _compare(kind: str, expected: str, candidates: list[str]) -> bool:
    def squash(text: str) -> str:
        return re.sub(r"\s+", "", text)

    if kind.startswith("ws_insensitive"):
        return any(squash(text) == squash(expected) for text in candidates)
    if kind.startswith("exact_visible_text_after_strip"):
        return any(text.strip() == expected.strip() for text in candidates)
    return any(text.rstrip() == expected.rstrip() for text in candidates)


_ASSERTION_TARGETS: dict[str, Callable[[str, str], str]] = {
    "visible_text": lambda visible, new: visible,
    "replies[0].body": lambda visible, new: new,
}


def _check(assertion: dict[str, object], visible: str, new: str) -> bool | None:
    target = str(assertion["target"])
    if target not in _ASSERTION_TARGETS:
        return None
    text = _ASSERTION_TARGETS[target](visible, new)
    op, value = assertion["op"], assertion["value"]
    if op == "contains":
        return str(value) in text
    if op == "not_contains":
        return str(value) not in text
    if op == "not_empty":
        return bool(text.strip())
    if op in ("equals", "equals_after_strip"):
        return text.strip() == str(value).strip()
    return None


def replies(figures: Figures) -> None:
    print("replies/")
    expectations = json.loads((CORPORA / "replies" / "expectations.json").read_text("utf-8"))
    by_key = {(item["file"], item["label_source_repo"]): item for item in expectations}
    matched = total = strict = 0
    for row in labels("replies"):
        kind = row["expectation_kind"]
        if kind == "none":
            continue
        try:
            visible, new = _reply_texts(row)
        except Exception as error:
            visible = new = f"<error {error}>"
        if kind.startswith(("exact", "ws_insensitive")):
            expected = row["expected_visible_text"]
            if row["expected_file"]:
                expected = (CORPORA / "replies" / row["expected_file"]).read_text("utf-8")
            candidates = [new] if "signature" in kind or "body" in kind else [visible, new]
            ok = _compare(kind, expected, candidates)
            strict += _compare(kind, expected, [new])
        else:
            item = by_key.get((row["file"], row["label_source_repo"]), {})
            results = [_check(a, visible, new) for a in item.get("assertions") or []]
            applicable = [result for result in results if result is not None]
            if not applicable:
                continue
            ok = all(applicable)
            strict += ok
        total += 1
        matched += ok
        if not ok:
            figures.miss("new text", f"{row['file']} [{kind[:28]}]")
    figures.ratio("replies new text match", matched, total)
    figures.ratio("replies new text match (new_text only)", strict, total)


def _rules_answer(intent: ReplyIntent, text: str, **_options: object) -> ReplyIntent:
    """`word_model_answer` when the model is left out: the rules' answer stands."""
    return intent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--show-misses", action="store_true",
                        help="list every miss (except in bench/unseen, which is measure only)")
    parser.add_argument("--debtor-replies", type=Path, metavar="DIR",
                        help="measure only the debtor replies in DIR (.eml files + labels.csv)")
    parser.add_argument("--rules-only", action="store_true",
                        help="read with the phrase rules alone, without the word model "
                             "(to see what the model adds)")
    args = parser.parse_args(argv)
    if args.rules_only:
        classifier.word_model_answer = _rules_answer
    figures = Figures()
    targets = TARGETS
    if args.debtor_replies:
        debtor_replies(figures, args.debtor_replies.resolve())
        targets = {name: target for name, target in TARGETS.items() if name.startswith("debtor")}
    else:
        for measure in (debtor_replies, bounces, autoreplies, replies):
            measure(figures)
        for folder in sorted(UNSEEN.glob("*/labels.csv")):
            print("never tuned against (bench/unseen): ", end="")
            debtor_replies(figures, folder.parent, name=f"unseen {folder.parent.name}")
    if args.show_misses:
        for name, details in figures.misses.items():
            if name.startswith("unseen "):
                continue  # measure only: which of those messages are missed is not shown
            print(f"misses: {name}")
            for detail in details:
                print(f"  {detail}")
    failed = [name for name, target in targets.items() if figures.values.get(name, 0) < target]
    print("targets:", "all met" if not failed else "MISSED " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
