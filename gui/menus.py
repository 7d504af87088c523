"""The window's menus and the actions behind them (each with its shortcut and tip).

The window keeps each action as an attribute (``window.train_action``...): it enables and
disables them as runs start and end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from core.model import sweeps, templates
from gui import language_menu, theme
from gui.i18n import translate

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def make_action(window: MainWindow, text: str, slot, shortcut=None, tip: str = "") -> QAction:
    """An action of the window: its shortcut works wherever the focus is."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build(window: MainWindow) -> None:
    window.new_action = make_action(
        window,
        translate("main_window", "&New"),
        window.new_experiment,
        QKeySequence.New,
        translate("main_window", "Start from the default experiment"),
    )
    window.open_action = make_action(
        window,
        translate("main_window", "&Open…"),
        window.open_dialog,
        QKeySequence.Open,
        translate("main_window", "Open an experiment file"),
    )
    window.import_action = make_action(
        window,
        translate("main_window", "&Import Model…"),
        window.import_model_dialog,
        "Ctrl+I",
        translate(
            "main_window",
            "Start the network with a trained .keras model, its head cut off and its layers "
            "frozen (transfer learning)",
        ),
    )
    window.save_action = make_action(
        window,
        translate("main_window", "&Save"),
        window.save,
        QKeySequence.Save,
        translate("main_window", "Save the experiment to its file"),
    )
    window.save_as_action = make_action(
        window,
        translate("main_window", "Save &As…"),
        window.save_as_dialog,
        QKeySequence.SaveAs,
        translate("main_window", "Save under a new name"),
    )
    window.export_action = make_action(
        window,
        translate("main_window", "&Export Trained Model…"),
        window.export_dialog,
        "Ctrl+E",
        translate(
            "main_window",
            "Export the last run's trained model (Keras, SavedModel, ONNX, LiteRT, a script)",
        ),
    )
    window.export_action.setEnabled(False)
    window.metrics_action = make_action(
        window,
        translate("main_window", "Export &Metrics as CSV…"),
        window.export_metrics_dialog,
        tip=translate(
            "main_window",
            "The last run's loss, accuracy and learning rate per epoch, as a CSV file",
        ),
    )
    window.metrics_action.setEnabled(False)
    window.quit_action = make_action(
        window,
        translate("main_window", "&Quit"),
        window.close,
        QKeySequence.Quit,
        translate("main_window", "Quit LayerLab"),
    )
    window.train_action = make_action(
        window,
        translate("main_window", "&Train"),
        window.start_training,
        "F5",
        translate("main_window", "Train (F5)"),
    )
    window.stop_action = make_action(
        window,
        translate("main_window", "&Stop"),
        window.controller.stop,
        "Shift+F5",
        translate("main_window", "Stop at the next batch (Shift+F5)"),
    )
    window.stop_action.setEnabled(False)

    menus = window.menuBar()
    file_menu = menus.addMenu(translate("main_window", "&File"))
    file_menu.addAction(window.new_action)
    window.template_menu = file_menu.addMenu(translate("main_window", "New from &Template"))
    for stem, _label in templates.TEMPLATES:
        action = window.template_menu.addAction(templates.title(stem))
        action.triggered.connect(lambda _=False, s=stem: window.new_from_template(s))
    file_menu.addAction(window.open_action)
    window.recent_menu = file_menu.addMenu(translate("main_window", "Open &Recent"))
    window.recent_menu.aboutToShow.connect(window._fill_recent_menu)
    file_menu.addAction(window.import_action)
    file_menu.addActions([window.save_action, window.save_as_action])
    file_menu.addSeparator()
    file_menu.addAction(window.export_action)
    window.plot_menu = file_menu.addMenu(translate("main_window", "Export &Plot"))
    window.plot_menu.setToolTipsVisible(True)
    for label, widget in window.live.plots():
        action = window.plot_menu.addAction(f"{label}…")
        tip = translate("main_window", "Save the {plot} plot as a PNG image or an SVG drawing")
        action.setToolTip(tip.format(plot=label.lower()))
        action.triggered.connect(lambda _=False, t=label, w=widget: window.export_plot_dialog(t, w))
    file_menu.addActions([window.metrics_action, window.reports.action])
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = menus.addMenu(translate("main_window", "&Edit"))
    # The stack puts the command's text after these ("&Undo Add Dense").
    window.undo_action = window.undo_stack.createUndoAction(
        window, translate("main_window", "&Undo")
    )
    window.undo_action.setShortcut(QKeySequence.Undo)
    window.redo_action = window.undo_stack.createRedoAction(
        window, translate("main_window", "&Redo")
    )
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.Redo])
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addMenu(window.editor.add_menu)
    e = window.editor
    edit_menu.addActions([e.duplicate_action, e.delete_action, e.up_action, e.down_action])
    view_menu = menus.addMenu(translate("main_window", "&View"))
    view_menu.addActions([window.graphs.action])
    view_menu.addMenu(theme.current().menu(window))
    view_menu.addMenu(language_menu.menu(window))
    run_menu = menus.addMenu(translate("main_window", "&Run"))
    run_menu.addActions([window.train_action, window.stop_action, *window.steering.actions])
    run_menu.addSeparator()
    window.lesson_menu = run_menu.addMenu(translate("main_window", "Lesson &Sweeps"))
    window.lesson_menu.setToolTipsVisible(True)
    for lesson in sweeps.LESSON_SWEEPS:
        action = window.lesson_menu.addAction(lesson.shown_label())
        action.setToolTip(lesson.shown_look())
        action.triggered.connect(lambda _=False, chosen=lesson: window.start_lesson(chosen))
    window.sweep_action = make_action(
        window,
        translate("main_window", "S&weep…"),
        window.sweep_dialog,
        "Ctrl+Shift+W",
        translate(
            "main_window",
            "Train the experiment once per value (or combination) of its settings, then compare",
        ),
    )
    window.stop_sweep_action = make_action(
        window,
        translate("main_window", "Stop Sweep"),
        window.sweeps.cancel,
        tip=translate("main_window", "Stop the sweep; its finished runs stay"),
    )
    window.stop_sweep_action.setEnabled(False)
    window.sweeps.activeChanged.connect(window.stop_sweep_action.setEnabled)
    for starter in (window.lesson_menu, window.sweep_action):
        window.sweeps.activeChanged.connect(lambda active, s=starter: s.setEnabled(not active))
    run_menu.addActions([window.sweep_action, window.stop_sweep_action])
    menus.addMenu(window.lessons.help_menu())
