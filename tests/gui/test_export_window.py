"""File > Export Trained Model…: the dialog asks, the engine writes and checks, the
window says how it went and never waits."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from core.model.exports import Exported, describe
from gui.export_dialog import FORMATS, ExportDialog
from tests.helpers import quick

RUN_TIMEOUT_MS = 120_000


def trained(make_window, qtbot, digits):
    """A window whose run has finished (digits, 2 epochs): there is a model to export."""
    window = make_window(quick(digits, epochs=2))
    with qtbot.waitSignal(window.controller.runFinished, timeout=RUN_TIMEOUT_MS):
        window.train_action.trigger()
    assert window.export_action.isEnabled()
    return window


def test_the_dialog_asks_for_a_quantization_only_for_litert(qtbot, tmp_path):
    dialog = ExportDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.target == tmp_path / "model.keras"
    for kind in FORMATS:
        dialog.set_format(kind.key)
        assert dialog.quantization_box.isVisible() == (kind.key == "tflite")
        assert dialog.target == tmp_path / f"model{kind.suffix}"  # a folder for SavedModel
        assert dialog.explanation.text() == kind.explanation
    dialog.set_format("tflite")
    dialog.set_quantization("float16")
    assert dialog.quantization == "float16"
    dialog.set_format("onnx")
    assert dialog.quantization == "none"  # only LiteRT is quantized
    dialog.target_edit.clear()
    assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()


def test_the_message_names_the_file_the_runtime_and_the_difference(tmp_path):
    onnx = Exported(tmp_path / "m.onnx", "onnx", "none", 4.1e-07, 1.0, 1e-4, True)
    assert describe(onnx) == (
        f"Exported ONNX to {tmp_path / 'm.onnx'} — checked in onnxruntime: "
        "largest difference 4.1e-07, 100% of predicted classes agree"
    )
    small = Exported(tmp_path / "m.tflite", "tflite", "float16", 0.0031, None, 0.5, True)
    assert describe(small) == (  # a regression: no classes to agree
        f"Exported LiteRT (float16 weights) to {tmp_path / 'm.tflite'} — checked in LiteRT: "
        "largest difference 0.0031"
    )


@pytest.mark.slow
def test_export_to_onnx_from_the_window(make_window, qtbot, digits, tmp_path):
    window = trained(make_window, qtbot, digits)
    window.export_action.trigger()
    dialog = window.export_box
    assert dialog.isVisible()
    dialog.set_format("onnx")
    target = tmp_path / "model.onnx"
    dialog.target_edit.setText(str(target))
    with qtbot.waitSignal(window.controller.exportDone, timeout=RUN_TIMEOUT_MS) as done:
        dialog.buttons.button(QDialogButtonBox.Ok).click()
        assert window.statusBar().currentMessage() == "Exporting…"
        assert not window.export_action.isEnabled()  # one export at a time
    assert done.args[0].path == target and target.is_file()
    shown = window.statusBar().currentMessage()
    assert shown.startswith(f"Exported ONNX to {target} — checked in onnxruntime: ")
    assert "largest difference " in shown and "% of predicted classes agree" in shown
    assert not window.banner.isVisible()
    assert window.export_action.isEnabled()
    window.export_action.trigger()  # the next export starts from this one's choices
    assert window.export_box.format == "onnx" and window.export_box.target == target
    window.export_box.reject()


@pytest.mark.slow
def test_a_failed_export_is_told_in_the_banner_and_leaves_nothing(
    make_window, qtbot, digits, tmp_path
):
    window = trained(make_window, qtbot, digits)
    out = tmp_path / "out"  # beside the test's settings and runs, which change
    out.mkdir()
    plain = out / "plain"
    plain.write_text("a file, not a folder")
    target = plain / "model.onnx"
    with qtbot.waitSignal(window.controller.exportFailed, timeout=RUN_TIMEOUT_MS):
        window.export_model("onnx", target)
    assert window.banner.isVisible()
    assert f"cannot write {target}" in window.banner.label.text()
    assert window.statusBar().currentMessage() == ""
    assert list(out.iterdir()) == [plain] and plain.read_text() == "a file, not a folder"
    assert window.export_action.isEnabled()

    window.train_action.trigger()  # while a run trains, the engine is busy: say so
    window.export_model("onnx", out / "model.onnx")
    assert "A run is training" in window.banner.label.text()
    assert list(out.iterdir()) == [plain]
