"""Undo/redo: every edit replaces the whole (immutable) experiment, so one command
class serves them all and undoing is just showing the previous value again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from core.model.spec import Experiment


class ReplaceExperiment(QUndoCommand):
    def __init__(
        self,
        before: Experiment,
        after: Experiment,
        text: str,
        show: Callable[[Experiment], None],
    ) -> None:
        super().__init__(text)
        self.before, self.after, self.show = before, after, show

    def redo(self) -> None:
        self.show(self.after)

    def undo(self) -> None:
        self.show(self.before)
