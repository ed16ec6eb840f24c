"""A second reading of a reply's words: a model learned from duebot's labelled replies.

The phrase rules (`phrases`, `figures`, `promises`) are precise, but each new writer brings
idioms no rule has seen ("The invoice is for a job we never booked", "we'll settle up once the
dust settles"), and the rules then find nothing and answer `unclear`. A linear model over the
words and word pairs of thousands of labelled replies (`tests/replies/written`, the shared
debtor corpus) generalises from words the rules never name. The classifier uses it to
*raise* an answer to a stronger intent in DESIGN.md's order when it is confident, and to take
back an answer of the rules for a weaker intent only when it is surer still (and never a stop
request): otherwise the rules' answer stands (`classifier.word_model_answer`).

The model is TF-IDF (sublinear term frequency, l2 norm) over `features(text)` and a
multinomial logistic regression, trained by `scripts/train_word_model.py` with scikit-learn
and exported to `word_model.json.gz`. Scoring it is a few dictionary lookups and sums, written
out here rather than loading scikit-learn in every reader process: importing it costs about a
second per worker and its per-call checks cost more than the arithmetic.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from bot.domain.replies.intents import ReplyIntent

MODEL_FILE = Path(__file__).with_name("word_model.json.gz")
_TOKEN = re.compile(r"\w\w+")  # as scikit-learn's default token: two or more word characters


def model_text(subject: str, words: str) -> str:
    """What the model reads of a reply: its subject and the sender's own words."""
    return f"{subject}\n{words}"


def features(text: str) -> list[str]:
    """The words of `text` (lower-cased, two characters or more) and each pair of
    neighbouring words, in order, repeats kept: what the model counts."""
    tokens = _TOKEN.findall(text.lower())
    return tokens + [f"{first} {second}" for first, second in pairwise(tokens)]


@dataclass(frozen=True, slots=True)
class ModelReading:
    """The intent the model finds likeliest, and how likely it finds it (0 to 1)."""

    intent: ReplyIntent
    confidence: float

    @classmethod
    def likeliest(cls, probabilities: Mapping[ReplyIntent, float]) -> ModelReading:
        intent = max(probabilities, key=probabilities.__getitem__)
        return cls(intent, probabilities[intent])


class WordModel:
    """The exported model: each known feature's idf and its weights times that idf."""

    def __init__(self, exported: Mapping[str, Any]) -> None:
        self.intents = tuple(ReplyIntent(name) for name in exported["intents"])
        self.intercepts = tuple(float(value) for value in exported["intercepts"])
        self.table: dict[str, tuple[float, tuple[float, ...]]] = {
            feature: (row[0], tuple(row[1:])) for feature, row in exported["features"].items()
        }
        self.trained_on = str(exported["trained_on"])

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> WordModel:
        return cls(json.loads(gzip.decompress(path.read_bytes())))

    def probabilities(self, text: str) -> dict[ReplyIntent, float]:
        """Each intent's probability for `text`, as scikit-learn's `predict_proba` gives it."""
        table = self.table
        norm = 0.0
        rows: list[tuple[float, ...]] = []
        for feature, count in Counter(features(text)).items():
            known = table.get(feature)
            if known is None:
                continue
            idf, weighted = known
            if count == 1:
                norm += idf * idf
                rows.append(weighted)
            else:
                tf = 1.0 + math.log(count)
                norm += (tf * idf) ** 2
                rows.append(tuple(tf * weight for weight in weighted))
        scale = 1.0 / math.sqrt(norm) if norm else 0.0
        sums = [sum(column) for column in zip(*rows, strict=True)] if rows else [0.0] * len(
            self.intents)
        logits = [total * scale + intercept
                  for total, intercept in zip(sums, self.intercepts, strict=True)]
        top = max(logits)
        exps = [math.exp(logit - top) for logit in logits]
        whole = sum(exps)
        return {intent: value / whole for intent, value in zip(self.intents, exps, strict=True)}

    def reading(self, text: str) -> ModelReading:
        return ModelReading.likeliest(self.probabilities(text))


@cache
def word_model() -> WordModel:
    """The model shipped with duebot, read once per process."""
    return WordModel.load()
