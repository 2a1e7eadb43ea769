"""Train the sentence-level ASSAULT / PROTEST model on the GSR development sentences.

    python scripts/train_sentence_model.py --data ../shared/data/gsr

Reads assault_dev.csv and protest_dev.csv (label "yes" positive; "easy no" and "difficult no"
negative; "ambiguous" left out), runs Marsad with the model disabled to get the lexicon's events,
fits an L2 logistic regression per type on the features of marsad/events/sentence_model.py,
reports 5-fold cross-validated precision, recall and F1, and writes
marsad/resources/events/sentence_model.json. C and the decision threshold were chosen on a small
grid (C 0.1-8, threshold 0.3-0.7, binary vs TF-IDF features) with the same 5 folds, so the
cross-validated figures are slightly optimistic. Needs scikit-learn (pip install
scikit-learn); Marsad itself only reads the JSON.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

import marsad
from marsad.events import sentence_model
from marsad.events.evaluate import load_gsr

OUT = (
    Path(__file__).resolve().parents[1] / "marsad" / "resources" / "events" / "sentence_model.json"
)
C = 0.1
THRESHOLD = 0.3
MAX_FEATURES = 12_000


def featurise(texts: list[str], event_type: str) -> list[dict[str, int]]:
    nlp = marsad.load(skip=["contradictions"])
    rows = []
    for text in texts:
        doc = nlp(text)
        features: set[str] = set()
        for index in range(len(doc.sentences)):
            features |= sentence_model.sentence_features(doc, index, event_type)
        rows.append(dict.fromkeys(features, 1))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True, type=Path)
    args = parser.parse_args()
    sentence_model.ENABLED = False  # features must not see the shipped model's confidences
    model_out: dict[str, object] = {}
    for event_type in ("ASSAULT", "PROTEST"):
        items = load_gsr(args.data, event_type)
        texts = [t for t, _ in items]
        y = np.array([label for _, label in items])
        vectorizer = DictVectorizer()
        X = vectorizer.fit_transform(featurise(texts, event_type))
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=13)
        model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
        proba = cross_val_predict(model, X, y, cv=folds, method="predict_proba")[:, 1]
        predicted = proba >= THRESHOLD
        tp = int((predicted & y).sum())
        precision = tp / max(int(predicted.sum()), 1)
        recall = tp / max(int(y.sum()), 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(
            f"{event_type}: n={len(y)} positives={int(y.sum())} "
            f"5-fold P={precision:.2f} R={recall:.2f} F1={f1:.2f}"
        )
        clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(X, y)
        names = vectorizer.get_feature_names_out()
        weights = clf.coef_[0]
        keep = np.argsort(-np.abs(weights))[:MAX_FEATURES]
        # The decision threshold is folded into the bias so that p >= 0.5 means "reports it".
        bias = float(clf.intercept_[0]) - float(np.log(THRESHOLD / (1 - THRESHOLD)))
        model_out[event_type] = {
            "bias": round(bias, 5),
            "weights": {
                str(names[i]): round(float(weights[i]), 5) for i in keep if weights[i] != 0
            },
            "cv": {
                "precision": round(precision, 3),
                "recall": round(recall, 3),
                "f1": round(f1, 3),
            },
            "n": len(y),
            "positives": int(y.sum()),
        }
    OUT.write_text(json.dumps(model_out, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
