"""Train duebot's word model on the labelled replies and export it for the reader.

    make model            (installs scikit-learn into the venv, then runs this)
    .venv/bin/python scripts/train_word_model.py [--output bot/domain/replies/word_model.json.gz]

Reads every labelled reply (`tests/replies/labelled.py`: the written probes and messages, the
shared debtor corpus; never `bench/unseen`) the way the reader does (`parse_reply`, then the
subject and the sender's own words), fits TF-IDF over `word_model.features` and a logistic
regression, and writes the gzipped JSON that `bot/domain/replies/word_model.py` scores. The file
records the material's fingerprint, so a test fails when the labelled replies change and the
model was not trained again, and a few readings scikit-learn made, which the hand-written
scoring must reproduce.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.domain.replies.apostrophes import straight_apostrophes
from bot.domain.replies.word_model import MODEL_FILE, features, model_text
from bot.mail.parse_reply import parse_reply
from tests.replies.labelled import LabelledReply, fingerprint, labelled_replies
from tests.replies.messages import QUOTED_REMINDER, reply

REGULARISATION = 30.0  # scikit-learn's C, chosen on replies the rules had not been tuned on
SIGNIFICANT = 5  # digits kept of each number in the export
CHECKS = 25  # readings kept for the test that the hand-written scoring matches


def reader_text(item: LabelledReply) -> str:
    """What the model sees of a labelled reply: as `classifier.understand` passes it."""
    raw = item.raw if item.raw is not None else reply(f"{item.sentence}\n\n{QUOTED_REMINDER}")
    parsed = parse_reply(raw)
    return model_text(parsed.subject, straight_apostrophes(parsed.new_text))


def _rounded(value: float) -> float:
    return float(f"{value:.{SIGNIFICANT}g}")


def train(output: Path) -> None:
    items = list(labelled_replies())
    texts = [reader_text(item) for item in items]
    intents = [item.intent for item in items]
    vectoriser = TfidfVectorizer(analyzer=features, sublinear_tf=True)
    matrix = vectoriser.fit_transform(texts)
    model = LogisticRegression(C=REGULARISATION, max_iter=10_000)
    model.fit(matrix, intents)
    idf = vectoriser.idf_
    table = {
        feature: [_rounded(idf[column]),
                  *(_rounded(idf[column] * weight) for weight in model.coef_[:, column])]
        for feature, column in sorted(vectoriser.vocabulary_.items())
    }
    step = max(1, len(texts) // CHECKS)
    readings = model.predict_proba(matrix[::step])
    checks = [{"text": text, "probabilities": [_rounded(p) for p in probabilities]}
              for text, probabilities in zip(texts[::step], readings, strict=True)]
    exported = {
        "trained_on": fingerprint(),
        "replies": len(items),
        "intents": [str(intent) for intent in model.classes_],
        "intercepts": [_rounded(value) for value in model.intercept_],
        "features": table,
        "checks": checks,
    }
    text = json.dumps(exported, ensure_ascii=False, separators=(",", ":")) + "\n"
    output.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    right = sum(p == i for p, i in zip(model.predict(matrix), intents, strict=True))
    print(f"trained on {len(items)} labelled replies ({dict(Counter(intents))}); "
          f"{len(table)} features; {right}/{len(items)} of the training replies read right; "
          f"wrote {output} ({output.stat().st_size / 1e6:.1f} MB)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=MODEL_FILE)
    train(parser.parse_args().output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
