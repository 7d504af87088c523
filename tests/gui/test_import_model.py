"""File > Import Model: a trained model starts the network, frozen; a model holding code
is refused with its reason, and the experiment stays as it was."""

import resources
from core.model import imported

BASE = resources.EXPERIMENTS.parent / "bases" / "lenet5-digits-0-4.keras"


def test_importing_the_shipped_base_puts_it_first_frozen(make_window, digits):
    window = make_window(digits)
    before = window.experiment
    assert window.import_action.isEnabled()
    assert window.import_model(BASE)
    experiment = window.experiment
    assert experiment.layers[0].kind == "imported"
    assert experiment.layers[0]["path"] == str(BASE)
    assert experiment.layers[1:] == before.layers
    assert experiment.data.preprocessing.name == "none"
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Imported lenet5-digits-0-4.keras: 4 layers with weights, all frozen")
    assert window.tabs.currentWidget() is window.editor
    assert window.editor.selected_row() == 1
    # The digits as 64 features do not fit a model of 8x8 images: said, Train disabled.
    assert not window.train_action.isEnabled()
    assert "takes inputs (8, 8, 1), but gets (64,)" in window.train_button.toolTip()
    window.undo_stack.undo()
    assert window.experiment == before


def test_the_parameter_counts_say_what_is_frozen(make_window):
    from core.model import templates

    window = make_window(templates.load("transfer_little_frozen"))
    facts = imported.read_base(BASE)
    frozen = sum(layer.params for layer in facts.kept(3))
    text = window.editor.total_label.text()
    assert f"({325:,} train, {frozen:,} frozen)" in text
    row = window.editor.model.index(1, 4)
    assert window.editor.model.data(row) == f"{frozen:,} ({frozen:,} frozen)"


def test_a_model_holding_code_is_refused_and_nothing_changes(make_window, digits, tmp_path):
    import keras

    inputs = keras.Input((64,))
    x = keras.layers.Lambda(lambda t: t + 1, name="shift")(inputs)
    x = keras.layers.Dense(4, name="hidden")(x)
    keras.Model(inputs, keras.layers.Dense(10, name="head")(x)).save(tmp_path / "code.keras")
    window = make_window(digits)
    before, edits = window.experiment, window.undo_stack.count()
    assert not window.import_model(tmp_path / "code.keras")
    assert window.banner.isVisible()
    text = window.banner.label.text()
    assert "Cannot import the model" in text and "Lambda layer &#x27;shift&#x27;" in text
    assert window.experiment == before and window.undo_stack.count() == edits
