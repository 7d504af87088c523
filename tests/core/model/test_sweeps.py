"""A sweep's settings: parsed from the command line, set by their place in the file,
every problem found before anything trains."""

import pytest

from core.model import sweeps
from core.model.spec import Pick


def test_lists_and_ranges_are_read_as_typed():
    axis = sweeps.parse_axis("layers[0].kernel_initializer=small_gaussian, glorot_uniform")
    assert axis.values == ("small_gaussian", "glorot_uniform") and axis.listed
    assert sweeps.parse_axis("training.batch_size=16,64").values == (16, 64)
    assert sweeps.parse_axis("layers[2].batch_norm=true,false").values == (True, False)
    rate = sweeps.parse_axis("training.optimizer.learning_rate=0.0001:0.1:log")
    assert (rate.low, rate.high, rate.log, rate.whole, rate.listed) == (
        0.0001,
        0.1,
        True,
        False,
        False,
    )
    assert sweeps.parse_axis("training.batch_size=16:128").whole
    assert rate.words() == "0.0001 to 0.1 (log scale)"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("training.batch_size", "write PATH=V1,V2"),
        ("training.batch_size=", "write PATH=V1,V2"),
        ("layers[x].units=3", "not a place in the experiment file"),
        ("training.batch_size=64:16", "a range needs LOW < HIGH"),
        ("training.optimizer.learning_rate=0:1:log", "LOW > 0 on a log scale"),
        ("training.batch_size=a:b", "a range is LOW:HIGH or LOW:HIGH:log, in numbers"),
    ],
)
def test_a_malformed_setting_is_named(text, said):
    with pytest.raises(sweeps.SweepError, match=said):
        sweeps.parse_axis(text)


def test_a_value_is_set_where_the_file_has_it(digits):
    changed = sweeps.with_values(
        digits,
        {
            "layers[0].kernel_initializer": "glorot_uniform",
            "layers[2].batch_norm": True,
            "training.optimizer.learning_rate": 0.01,
            "data.dataset.labels": "parity",
        },
    )
    assert changed.layers[0]["kernel_initializer"] == Pick("glorot_uniform")
    assert changed.layers[2]["batch_norm"] is True
    assert changed.training.optimizer.params["learning_rate"] == 0.01
    assert changed.data.dataset.params["labels"] == Pick("parity")
    assert sweeps.with_value(digits, "training.optimizer", "sgd").training.optimizer.name == "sgd"
    assert digits.layers[2]["batch_norm"] is False  # the experiment itself is left alone


def test_every_problem_is_found_before_training(digits):
    axes = [
        sweeps.parse_axis("layers[9].units=3"),
        sweeps.parse_axis("training.optimizer.momentum=0.9"),
        sweeps.parse_axis("training.batch_size=0,32"),
        sweeps.parse_axis("layers[0].kernel_initializer=nope,he_normal"),
    ]
    problems = sweeps.check(digits, axes)
    assert len(problems) == 4
    assert problems[0] == "'layers[9].units': there is no item 9 (the list has 3)"
    assert problems[1] == "'training.optimizer.momentum': the experiment has no 'momentum' there"
    assert "training.batch_size: must be an integer in [1, 65536], got 0" in problems[2]
    assert "unknown choice 'nope'" in problems[3]


def test_an_optuna_trial_picks_within_the_list_or_the_range():
    import optuna

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=0))
    listed = sweeps.parse_axis("training.optimizer=sgd,adam")
    rate = sweeps.parse_axis("training.optimizer.learning_rate=0.0001:0.1:log")
    size = sweeps.parse_axis("training.batch_size=16:128")
    for _ in range(20):
        trial = study.ask()
        assert listed.suggest(trial) in ("sgd", "adam")
        assert 0.0001 <= rate.suggest(trial) <= 0.1
        batch = size.suggest(trial)
        assert isinstance(batch, int) and 16 <= batch <= 128
        study.tell(trial, 0.0)
