import math

import pytest

from core.model import catalog

BASE, EPOCHS, PER_EPOCH = 0.1, 10, 20
TOTAL = EPOCHS * PER_EPOCH


def rates(name: str, **params):
    return catalog.SCHEDULES[name].rates(params, BASE, EPOCHS, PER_EPOCH)


@pytest.mark.parametrize("step", [0, 7, 55, 199])
def test_constant(step):
    assert rates("constant", warmup=0.0)[step] == pytest.approx(BASE)


@pytest.mark.parametrize("step", [0, 19, 20, 45, 199])
def test_exponential_per_epoch(step):
    assert rates("exponential", rate=0.98, warmup=0.0)[step] == pytest.approx(
        BASE * 0.98 ** (step // PER_EPOCH)
    )


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        (0, BASE),
        (99, BASE),
        (100, BASE * 0.1),
        (149, BASE * 0.1),
        (150, BASE * 0.01),
        (199, BASE * 0.01),
    ],
)
def test_step_decay_at_half_and_three_quarters(step, expected):
    got = rates("step", first=0.5, second=0.75, factor=0.1, warmup=0.0)[step]
    assert got == pytest.approx(expected)


@pytest.mark.parametrize("step", [0, 5, 19])
def test_linear_warmup_ramps_to_the_base_rate(step):
    # 10% of 200 steps: 20 warm-up steps; step s uses (s + 1) / 20 of the rate.
    assert rates("cosine", warmup=0.1)[step] == pytest.approx(BASE * (step + 1) / 20)


@pytest.mark.parametrize("step", [20, 60, 110, 199])
def test_cosine_after_warmup(step):
    t, span = step - 20, TOTAL - 20
    expected = BASE * 0.5 * (1 + math.cos(math.pi * t / span))
    assert rates("cosine", warmup=0.1)[step] == pytest.approx(expected)


@pytest.mark.parametrize("step", [20, 90, 199])
def test_linear_after_warmup(step):
    assert rates("linear", warmup=0.1)[step] == pytest.approx(BASE * (1 - (step - 20) / 180))


@pytest.mark.parametrize("step", [20, 40, 120, 199])
def test_inverse_sqrt_after_warmup(step):
    expected = BASE / math.sqrt(1 + (step - 20) / PER_EPOCH)
    assert rates("inverse_sqrt", warmup=0.1)[step] == pytest.approx(expected)


def test_warmup_combines_with_step_decay():
    got = rates("step", first=0.5, second=0.75, factor=0.5, warmup=0.05)
    assert got[0] == pytest.approx(BASE / 10)
    assert got[9] == pytest.approx(BASE)
    assert got[120] == pytest.approx(BASE * 0.5)


def test_one_value_per_step():
    assert rates("constant", warmup=0.0).shape == (TOTAL,)
