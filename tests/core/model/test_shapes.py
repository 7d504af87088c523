import pytest

from core.model import catalog, plan, spec, templates
from core.model.plan import Plan
from core.model.spec import Layer, Pick


def layer(kind: str, **params) -> Layer:
    return Layer(kind, {**spec.default_layer(kind).params, **params})


def on_images(digits, *layers):
    from dataclasses import replace

    return replace(digits, data=replace(digits.data, dataset=Pick("digits_images")), layers=layers)


def messages(experiment) -> list[str]:
    return [str(p) for p in plan.validate(experiment)]


def test_conv_after_flatten(digits):
    exp = on_images(digits, layer("flatten"), layer("conv2d"))
    assert messages(exp) == [
        "layers[1]: Conv2D needs an image input (height, width, channels), but gets a flat "
        "vector (64,); it must come before any Flatten or Dense layer"
    ]


def test_pool_bigger_than_its_input(digits):
    exp = on_images(digits, layer("max_pool2d", pool_size=4), layer("avg_pool2d", pool_size=3))
    assert messages(exp) == ["layers[1]: a 3x3 pool is bigger than its (2, 2, 1) input"]


def test_kernel_that_does_not_fit(digits):
    exp = on_images(digits, layer("conv2d", kernel_size=9, padding=Pick("valid")))
    assert messages(exp) == ["layers[0]: a 9x9 kernel does not fit its (8, 8, 1) input"]


def test_dense_on_an_image(digits):
    exp = on_images(digits, layer("dense"))
    assert messages(exp) == [
        "layers[0]: Dense needs a flat input, but gets an image (8, 8, 1); add Flatten or "
        "GlobalAveragePooling2D before it"
    ]


def test_output_needs_a_flat_input(digits):
    exp = on_images(digits, layer("conv2d"))
    assert messages(exp) == [
        "output: The output needs a flat input, but gets an image (8, 8, 16); add Flatten or "
        "GlobalAveragePooling2D before it"
    ]


def test_residual_blocks_need_the_right_input(digits):
    dense_on_image = on_images(digits, layer("residual", block=Pick("dense")))
    assert messages(dense_on_image)[0].startswith("layers[0]: A Dense residual block needs a flat")
    conv_on_flat = digits.with_layers((layer("residual", block=Pick("conv2d")),))
    assert messages(conv_on_flat)[0].startswith("layers[0]: A Conv2D residual block needs an image")


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("units", -3, "layers[0].units: must be a positive integer, got -3"),
        ("units", 0, "layers[0].units: must be a positive integer, got 0"),
        ("dropout", 1.0, "layers[0].dropout: must be a number in [0, 1), got 1.0"),
        ("l2", -0.1, "layers[0].l2: must be a number >= 0, got -0.1"),
    ],
)
def test_bad_numbers_name_their_field_and_hide_the_shape(digits, field, value, expected):
    exp = digits.with_layers((layer("dense", **{field: value}), layer("dense")))
    assert messages(exp) == [expected]
    infos = Plan(exp).infos()
    assert infos[0].output_shape is None  # no made-up shape from a bad number
    assert infos[1].problem is None


def test_dropout_rate_outside_range(digits):
    exp = digits.with_layers((layer("dropout", rate=-0.2),))
    assert messages(exp) == ["layers[0].rate: must be a number in [0, 1), got -0.2"]


def test_summaries_say_what_matters():
    def summary(la):
        return catalog.LAYER_KINDS[la.kind].summary(la)

    assert summary(layer("dense", units=8, batch_norm=True, dropout=0.5)) == (
        "8 units, relu, BatchNorm, dropout 0.5"
    )
    assert summary(layer("conv2d", filters=4, strides=2)) == "4 filters 3x3/2 same, relu"
    assert summary(layer("residual", block=Pick("conv2d"), units=8)) == (
        "2 x Conv2D 8 3x3 + skip, relu"
    )


@pytest.mark.parametrize("stem", [stem for stem, _ in templates.TEMPLATES])
def test_templates_are_valid(stem):
    assert plan.validate(templates.load(stem)) == []
