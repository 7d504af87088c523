"""An experiment plus the facts of its data: the same inputs always give the same
answers, and nothing is read from a file or a cache."""

from dataclasses import replace

from core.model import plan, spec
from core.model.facts import FileFacts
from core.model.plan import Plan
from tests.helpers import user_data


def big(digits, units: int = 3_000_000) -> spec.Experiment:
    dense = spec.default_layer("dense")
    layer = spec.Layer("dense", {**dense.params, "units": units})
    return digits.with_layers((layer, layer))


def test_facts_are_passed_in_never_remembered(digits, tmp_path):
    experiment = user_data(digits, "csv", path=str(tmp_path / "gone.csv"))
    facts = FileFacts(str(tmp_path / "gone.csv"), (5,), 118, "classification", ("no", "yes"))
    assert Plan(experiment, facts).problems() == []  # no file is looked at
    assert Plan(experiment, facts).input_shape() == (5,)
    assert [p.path for p in Plan(experiment).problems()] == ["data.dataset"]
    assert "has not been read yet" in Plan(experiment).problems()[0].message
    said = Plan(experiment, "gone.csv does not exist").problems()
    assert [str(p) for p in said] == ["data.dataset: gone.csv does not exist"]
    assert Plan(experiment, facts).problems() == []  # and again: nothing was kept


def test_memory_needed_counts_weights_slots_activations_and_data(digits):
    needed = Plan(digits).memory_needed()
    assert 1_000_000 < needed < 5_000_000  # the digits MLP: a few MB
    sgd = replace(
        digits,
        training=replace(digits.training, optimizer=spec.Pick("sgd", {"learning_rate": 0.1})),
    )
    assert Plan(sgd).memory_needed() < needed  # SGD keeps no slots, Adam two per weight
    wider = replace(digits, training=replace(digits.training, batch_size=512))
    assert Plan(wider).memory_needed() > needed


def test_a_network_too_big_for_the_machine_names_its_biggest_layers(digits):
    huge = big(digits)
    problems = Plan(huge, free_memory=8 * 10**9).problems()
    assert [p.path for p in problems] == ["layers[1]"]
    message = problems[0].message
    assert "more than the 8 GB this machine has free" in message
    assert "2 Dense (9,000,003,000,000 parameters)" in message
    assert Plan(huge).problems() == []  # no machine given: no memory check
    assert plan.validate(digits) == []
    assert Plan(digits, free_memory=8 * 10**9).problems() == []
