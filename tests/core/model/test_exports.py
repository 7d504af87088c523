"""What exports report and the metrics CSV's columns."""

import csv
import io

from core.model.events import EpochEnd
from core.model.exports import metrics_csv


def test_metrics_csv_keeps_every_column_in_first_seen_order():
    epochs = [
        EpochEnd(0, {"loss": 1.5, "learning_rate": 0.01}),
        EpochEnd(1, {"loss": 0.75, "val_loss": 0.8, "learning_rate": 0.005}),
    ]
    text = metrics_csv(e.row() for e in epochs)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [
        ["epoch", "loss", "learning_rate", "val_loss"],
        ["1", "1.5", "0.01", ""],
        ["2", "0.75", "0.005", "0.8"],
    ]
