"""Save a picture of the window after one real training run: ``make screenshot``.

Used for the README; it trains the default experiment exactly as a user's click would.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from gui.app import create_app, open_window


def main(target: str) -> int:
    app = create_app()
    window = open_window(None)
    window.show()
    outcome = {"code": 1}

    def grab(_event=None) -> None:
        window.grab().save(target)
        print(f"wrote {target}")
        outcome["code"] = 0
        app.quit()

    window.controller.runFinished.connect(lambda _: QTimer.singleShot(300, grab))
    window.controller.runFailed.connect(lambda event: (print(event.message), app.quit()))
    QTimer.singleShot(0, window.start_training)
    app.exec()
    return outcome["code"]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "screenshot.png"))
