"""The window in Korean or English: every word it shows is in the language chosen,
View > Language switches without losing the open experiment, and Hangul draws with a
font that has it."""

import html
import re
from dataclasses import replace

import pyqtgraph as pg
import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from core import i18n as core_i18n
from core.model import catalog
from gui import i18n, language_menu, settings
from gui.app import create_app
from gui.export_dialog import ExportDialog
from gui.i18n import translate
from gui.main_window import MainWindow
from gui.sweep_dialog import SweepDialog
from tests.gui.conftest import let_close
from tests.helpers import quick

# Names a Korean text keeps in Latin letters (the lecture notes do too).
LATIN = {
    "layerlab", "keras", "tensorflow", "relu", "leaky", "elu", "selu", "gelu", "tanh",
    "sigmoid", "softmax", "swish", "linear", "adam", "adamw", "sgd", "rmsprop", "adagrad",
    "nadam", "glorot", "xavier", "lecun", "onnx", "tflite", "csv", "tsv", "npz", "png",
    "svg", "pdf", "html", "json", "gpu", "cpu", "mnist", "pca", "resnet", "mobilenet",
    "conv", "dense", "batchnorm", "dropout", "flatten", "maxpool", "avgpool", "lstm",
    "gru", "xor", "mlp", "lenet", "vgg", "savedmodel", "litert", "cli", "dpi", "del",
    "insert", "down", "english", "optuna", "tpe", "ctrl", "shift", "alt", "esc", "utf",
    "noto", "sans", "cjk", "seed", "python", "float", "log", "nan", "playground",
    "nesterov", "huber", "numpy",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z]{3,}")
PLACE = re.compile(r"[a-z_]+(\[\d+\])?(\.[a-z_0-9]+)+")


def _latin_words() -> set[str]:
    """The catalog's proper names (layer kinds such as Conv2D, Keras' class names)."""
    names = set(LATIN)
    for kind in catalog.LAYER_KINDS.values():
        names |= {w.lower() for w in WORD.findall(kind.label)}
    return names


def _widget_texts(w: QWidget) -> list[str]:
    if isinstance(w, QLabel | QAbstractButton):
        return [w.text()]
    if isinstance(w, QGroupBox):
        return [w.title()]
    if isinstance(w, QLineEdit):
        return [w.placeholderText()]
    if isinstance(w, QTabWidget):
        return [t for i in range(w.count()) for t in (w.tabText(i), w.tabToolTip(i))]
    if isinstance(w, QComboBox):
        tips = [str(w.itemData(i, Qt.ToolTipRole) or "") for i in range(w.count())]
        return [w.itemText(i) for i in range(w.count())] + tips
    if isinstance(w, QAbstractItemView) and w.model() is not None:
        return _model_texts(w.model())
    if isinstance(w, pg.PlotWidget):
        item = w.getPlotItem()
        return [item.titleLabel.text] + [item.getAxis(s).labelText for s in ("left", "bottom")]
    return []


def _model_texts(model: QAbstractItemModel) -> list[str]:
    """A table's or list's cells and headers, as its view shows them."""
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    texts = [str(model.headerData(column, Qt.Horizontal) or "") for column in range(columns)]
    for row in range(model.rowCount()):
        for column in range(columns):
            index = model.index(row, column)
            texts += [str(index.data(role) or "") for role in (Qt.DisplayRole, Qt.ToolTipRole)]
    return texts


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
        elif not action.isSeparator():
            texts += [action.text(), action.toolTip()]
    return texts


def shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """Every text the window and its menus show, with where it is shown."""
    texts = [("title", window.windowTitle())]
    for action in window.menuBar().actions():
        texts += [("menu", text) for text in _menu_texts(action.menu())]
    for w in window.findChildren(QWidget):
        name = type(w).__name__
        texts += [(name, text) for text in [w.toolTip(), *_widget_texts(w)]]
    return [(where, text) for where, text in texts if text]


def english_left(texts: list[tuple[str, str]]) -> list[str]:
    allowed = _latin_words()
    found = []
    for where, text in texts:
        if PLACE.fullmatch(text):
            continue  # a setting's place in the experiment file, as the file and CLI spell it
        plain = html.unescape(re.sub(r"<[^>]+>|&\w+;|&(?=\w)", " ", text))
        plain = re.sub(r"\S*/\S*|--[\w-]+", " ", plain)  # paths and command-line options
        plain = re.sub(r"\w+(?:[._]\w+)+|scikit-learn|Fashion-", " ", plain)  # code, names
        words = [w for w in WORD.findall(plain) if w.lower() not in allowed]
        if words:
            found.append(f"{where}: {text!r} ({', '.join(words)})")
    return found


@pytest.fixture
def korean():
    """View > Language set to Korean: the window made next speaks it."""
    settings.store().setValue(i18n.KEY, "ko")


def test_the_window_speaks_korean_throughout(korean, make_window, digits, tmp_path):
    window = make_window(digits)
    window.sweep_dialog()  # the dialogs are the window's children: their words are seen too
    dialogs = [window.findChild(SweepDialog), ExportDialog(tmp_path, window)]
    left = english_left(shown_texts(window))
    for dialog in dialogs:
        dialog.close()
    assert not left, f"{len(left)} texts still in English:\n" + "\n".join(left[:60])
    label = window.live.progress_label  # fixed width: as wide as its longest Korean
    said = translate("live_view", "Epoch {epoch}/{epochs} · batch {batch}/{batches} · loss {loss}")
    label.setText(said.format(epoch=120, epochs=200, batch=1875, batches=1875, loss="0.123"))
    assert "에포크" in label.text()
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, window)
    assert {b.text() for b in buttons.buttons()} == {"저장", "취소"}  # Qt's own, qtbase_ko
    font = window.font()
    assert all(QFontMetrics(font).inFontUcs4(ord(c)) for c in "학습률 스케줄 과적합")


def test_english_is_the_source_language(make_window, digits):
    window = make_window(digits)
    assert i18n.language() == "en"
    texts = shown_texts(window)
    assert not [
        t for _, t in texts if re.search(r"[가-힣]", t) and t not in core_i18n.LANGUAGES.values()
    ]


def test_view_language_switches_and_keeps_the_open_experiment(qapp, qtbot, digits):
    create_app()
    window = MainWindow(digits)
    window.show()
    edited = replace(digits, training=replace(digits.training, epochs=7))
    window.apply(edited, "edit")
    korean = language_menu.choose(window, "ko")
    try:
        qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # the old one is gone
        assert i18n.language() == "ko" and settings.store().value(i18n.KEY) == "ko"
        assert korean.experiment == edited and not korean.undo_stack.isClean()
        assert "파일(&F)" in [a.text() for a in korean.menuBar().actions()]
        english = language_menu.choose(korean, "en")
        qtbot.addWidget(english, before_close_func=let_close)
        qtbot.waitUntil(lambda: not shiboken6.isValid(korean))
        assert english.menuBar().actions()[0].text() == "&File"
        assert english.experiment == edited and english.isVisible()
    finally:
        i18n.install("en")


@pytest.mark.slow
def test_a_switch_asked_during_a_run_waits_for_its_end(qapp, qtbot, digits):
    create_app()
    window = MainWindow(quick(digits, epochs=3))
    window.show()
    try:
        with qtbot.waitSignal(window.controller.runStarted, timeout=120_000):
            window.train_action.trigger()
        assert language_menu.choose(window, "ko") is window  # the live views stay
        assert "이 실행이 끝나면" not in window.banner.label.text()  # said in English
        assert "once this run is over" in window.banner.label.text()
        qtbot.waitUntil(lambda: i18n.language() == "ko", timeout=120_000)
        korean = language_menu._windows[-1]
        qtbot.addWidget(korean, before_close_func=let_close)
        assert korean.experiment == quick(digits, epochs=3)
        assert korean.document.last_run_dir is not None  # the run it waited for
    finally:
        i18n.install("en")
