"""Help > Lessons: a page per lesson in English or Korean (drawn with the bundled font),
and each Try it opens what the page says to look at."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication

import resources
from core import i18n
from core.model import lessons, sweeps
from gui import settings
from gui.app import create_app, register_korean_font
from gui.lessons_panel import KEY

KOREAN_FAMILY = "Noto Sans CJK KR"


def lesson_named(key: str) -> lessons.Lesson:
    return next(lesson for lesson in lessons.LESSONS if lesson.key == key)


def test_the_bundled_font_covers_every_korean_character_shown(qapp):
    create_app()
    assert register_korean_font() == [KOREAN_FAMILY]  # the bundled file, not the system's
    assert KOREAN_FAMILY in QApplication.instance().font().families()  # the fallback
    bundled = QRawFont(str(resources.KOREAN_FONT), 12)
    korean = i18n.table("ko")
    shown = lessons.text_of() + "".join(korean.values())  # the pages and the whole window
    english = {c for _, source in korean for c in source}  # drawn by the system's font
    missing = {c for c in shown if not c.isspace() and not bundled.supportsCharacter(ord(c))}
    missing -= english
    assert not missing, f"the bundled font lacks {sorted(missing)}"
    assert QFontMetrics(QFont(KOREAN_FAMILY)).inFontUcs4(ord("학"))


def test_help_lessons_shows_every_page_in_either_language(make_window, digits):
    window = make_window(digits)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in help_menu.actions() if a.text() == "&Lessons").trigger()
    panel = window.lessons.panel
    assert panel.isVisible() and panel.titles.count() == len(lessons.LESSONS)
    panel.titles.setCurrentRow(2)
    assert "Batch normalization" in panel.page.toPlainText()
    panel.language.setCurrentIndex(panel.language.findData("ko"))
    assert panel.titles.item(0).text() == "1. 가중치 초기화"
    assert "배치 정규화" in panel.page.toPlainText() and "해 보기" in panel.try_button.text()
    assert settings.store().value(KEY) == "ko"  # remembered
    assert panel.windowTitle() == "레슨" and panel.close_button.text() == "닫기"
    panel.close()


@pytest.mark.slow
def test_try_it_opens_the_init_lesson_and_its_layers_are_saturated(make_window, qtbot, digits):
    window = make_window(digits)
    panel = window.lessons.show()
    panel.titles.setCurrentRow(0)
    with qtbot.waitSignal(window.controller.previewReady, timeout=120_000) as ready:
        panel.try_button.click()
    assert window.experiment.name == "Initialization: 5 x 100 sigmoid"
    assert window.views.currentWidget() is window.browser.activations
    hidden = ready.args[0].layers[:5]
    assert all(layer.saturated > 0.5 for layer in hidden)  # "pile up at 0 and 1"
    assert lesson_named("init").look["en"] in window.statusBar().currentMessage()
    panel.close()


@pytest.mark.slow
def test_try_it_on_the_graph_lessons_shows_maps_and_skips(make_window, qtbot, digits):
    window = make_window(digits)
    panel = window.lessons.show()
    panel.titles.setCurrentRow(1)  # activations: the spiral, each unit's map
    with qtbot.waitSignal(window.controller.previewReady, timeout=120_000):
        panel.try_button.click()
    assert window.views.currentWidget() is window.graphs.right
    qtbot.waitUntil(lambda: window.graphs.right.snapshot is not None, timeout=30_000)
    maps = window.graphs.right.snapshot.layers[0].maps
    assert maps.shape[0] == 16 and np.ptp(maps) > 0.1  # units drawing something
    panel.titles.setCurrentRow(7)  # architectures: the small ResNet's skips
    panel.try_button.click()
    assert any(column.skip for column in window.graphs.right.columns)
    panel.titles.setCurrentRow(6)  # data: the Data view
    panel.try_button.click()
    assert window.views.currentWidget() is window.data_view
    panel.close()


@pytest.mark.slow
def test_try_it_on_a_sweep_lesson_starts_its_sweep(make_window, qtbot, digits):
    window = make_window(digits)
    panel = window.lessons.show()
    panel.titles.setCurrentRow(3)  # over-fitting: dropout 0, 0.2, 0.5
    with qtbot.waitSignal(window.sweeps.activeChanged, timeout=30_000):
        panel.try_button.click()
    dropout = next(s for s in sweeps.LESSON_SWEEPS if s.key == "dropout")
    assert window.sweeps.active and window.sweep_queue.isVisible()
    assert window.sweep_queue.table.rowCount() == len(dropout.values)
    window.sweeps.cancel()
    qtbot.waitUntil(lambda: not window.sweeps.active, timeout=60_000)
    panel.close()


def test_a_diagnosis_opens_the_lesson_it_comes_from(make_window, digits):
    from core.model.insight import Finding

    window = make_window(digits)
    window.diagnostics.show_findings(
        [Finding("dead", "2 Dense", "Layer 2 Dense: 60% of its ReLU units are dead")]
    )
    window.diagnostics.itemActivated.emit(window.diagnostics.item(0))
    panel = window.lessons.panel
    assert panel.isVisible() and panel.lesson().key == "activations"
    panel.close()


def test_a_settings_tooltip_offers_its_lesson_and_f1_opens_it(make_window, qtbot, digits):
    window = make_window(digits)
    window.editor.select_row(1)  # the first dense layer
    box = window.editor.form.editors["activation"]
    assert "More: F1, or Help > Lessons > 2. Activation functions" in box.toolTip()
    init = window.editor.form.editors["kernel_initializer"]
    assert "1. Weight initialization" in init.itemData(0, Qt.ToolTipRole)
    window.activateWindow()
    init.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is init)
    window.lessons.action.trigger()
    assert window.lessons.panel.lesson().key == "init"
    window.lessons.panel.close()
