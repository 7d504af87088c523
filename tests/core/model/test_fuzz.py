"""Fuzzing the experiment reader: whatever a file holds, it is accepted or refused with
named problems, never a raw error (the issue "Never lose work, never a raw error").

Each example starts from a shipped template and mutates it at random. CI tries a fixed,
repeatable budget; set LAYERLAB_FUZZ_EXAMPLES (e.g. 5000) to try more by hand.
"""

import copy
import json
import os
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.model import catalog, plan, spec, templates

EXAMPLES = int(os.environ.get("LAYERLAB_FUZZ_EXAMPLES", "300"))
TEMPLATE_DICTS = {stem: templates.load(stem).to_dict() for stem, _ in templates.TEMPLATES}
MAX_MESSAGE = 1000  # a problem names the field and a cut value, never a whole huge value

_TABLES = (
    catalog.DATASETS,
    catalog.PREPROCESSING,
    catalog.ACTIVATIONS,
    catalog.OUTPUT_ACTIVATIONS,
    catalog.INITIALIZERS,
    catalog.OPTIMIZERS,
    catalog.SCHEDULES,
    catalog.CLIPPING,
    catalog.LOSSES,
    catalog.EARLY_STOPPING,
    catalog.LAYER_KINDS,
)
# Real names too, so that mutations also reach the checks behind a valid choice.
NAMES = sorted({name for table in _TABLES for name in table})
FIELDS = sorted(
    {p.name for table in _TABLES for choice in table.values() for p in choice.params}
    | {"name", "kind", "units", "seed", "epochs", "format", "version"}
)


DEEP = "<a list nested 3000 deep>"  # made only when placed: hypothesis cannot print it


def _placed(value):
    """The value to put into the experiment: DEEP becomes the nested list it names."""
    if value != DEEP:
        return value
    nested: list = []
    for _ in range(3000):
        nested = [nested]
    return nested


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
ODD = st.sampled_from(
    [
        None,
        -1,
        0,
        1e308,
        -1e308,
        float("nan"),
        float("inf"),
        2**31,
        2**64,
        10**400,  # beyond a float
        10**5000,  # beyond what Python prints by default
        "",
        " ",
        "x" * 100_000,
        "한국어 실험",
        "half a surrogate pair: \ud800",
        [],
        {},
        [1, "a"],
        {"name": {"a": 1}},
        {"name": ["relu"]},
        True,
        DEEP,
    ]
).map(copy.deepcopy)  # fresh: mutations change them
# Values a field takes, some at the edges of what it allows: the way into shapes and plans.
PLAUSIBLE = (
    st.integers(0, 300)
    | st.floats(0, 1)
    | st.sampled_from([2**31 - 1, 2**53, 10**15, 1e300, 1e-300, 5e-324, 0.999999, 0.05, 0.5])
)
PICKS = st.builds(
    lambda name, extra: {"name": name, **extra},
    st.sampled_from(NAMES),
    st.dictionaries(st.sampled_from(FIELDS), ODD | JSON | PLAUSIBLE, max_size=2),
)
VALUES = ODD | JSON | PLAUSIBLE | st.sampled_from(NAMES) | PICKS
# Mostly values that pass their field's check: odd experiments that get as far as the plan.
TAME = (
    PLAUSIBLE
    | st.sampled_from(NAMES)
    | st.builds(lambda name: {"name": name}, st.sampled_from(NAMES))
)


def _places(node, at=()):
    """Every place in a raw experiment: the path of keys and indexes leading to it."""
    yield at
    if len(at) >= 5:  # not into the depths of a nested odd value
        return
    if isinstance(node, dict):
        children = node.items()
    elif isinstance(node, list):
        children = enumerate(node)
    else:
        return
    for key, child in children:
        yield from _places(child, (*at, key))


def _mutate(raw: dict, draw, values) -> None:
    """One change at a random place: a value replaced, a key or item dropped or added,
    or a layer's kind changed."""
    at = draw(st.sampled_from(list(_places(raw))))
    node = raw
    for key in at[:-1]:
        node = node[key]
    target = node[at[-1]] if at else raw
    action = draw(st.sampled_from(["replace", "replace", "drop", "add", "kind"]))
    if action == "add" and isinstance(target, dict):
        target[draw(st.sampled_from(FIELDS) | st.text(max_size=8))] = _placed(draw(values))
    elif action == "add" and isinstance(target, list):
        target.append(_placed(draw(values)))
    elif action == "kind" and raw.get("layers") and isinstance(raw["layers"], list):
        layer = draw(st.sampled_from(raw["layers"]))
        if isinstance(layer, dict):
            _change_kind(layer, draw(st.sampled_from(sorted(catalog.LAYER_KINDS)) | values))
    elif action == "drop" and at:
        del node[at[-1]]
    elif at:
        node[at[-1]] = _placed(draw(values))


def _change_kind(layer: dict, kind) -> None:
    """Another kind, keeping the settings it shares with the old one (as the editor does)."""
    layer["kind"] = kind
    if isinstance(kind, str) and kind in catalog.LAYER_KINDS:
        names = {p.name for p in catalog.LAYER_KINDS[kind].params} | {"kind"}
        for key in set(layer) - names:
            del layer[key]


SEEN: Counter = Counter()


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.sampled_from(sorted(TEMPLATE_DICTS)), st.data())
def _fuzz(stem: str, data) -> None:
    raw = copy.deepcopy(TEMPLATE_DICTS[stem])
    values = data.draw(st.sampled_from([VALUES, TAME]))
    for _ in range(data.draw(st.integers(1, 4))):
        _mutate(raw, data.draw, values)
    SEEN["tried"] += 1
    try:
        experiment = spec.from_dict(raw)
    except spec.SpecError as err:
        _assert_named(err)
        SEEN["refused"] += 1
        return
    SEEN["accepted"] += 1
    saved = experiment.to_json().encode("utf-8")  # what spec.save writes
    assert spec.from_dict(json.loads(saved)) == experiment
    for problem in plan.validate(experiment):
        assert problem.message and len(str(problem)) < MAX_MESSAGE
    plan.Plan(experiment).infos()


def _assert_named(err: spec.SpecError) -> None:
    assert err.problems
    for problem in err.problems:
        assert isinstance(problem.message, str) and problem.message
        assert len(str(problem)) < MAX_MESSAGE, str(problem)[:200]


def test_any_mutated_template_is_accepted_or_refused_with_named_problems(record_property):
    SEEN.clear()
    _fuzz()
    print(f"fuzz: {SEEN['tried']} experiments tried: {dict(SEEN)}")  # shown with -s
    record_property("fuzz_experiments", dict(SEEN))  # in --junitxml reports
    assert SEEN["tried"] >= min(EXAMPLES, 100)
    assert SEEN["accepted"] and SEEN["refused"]  # both ways were exercised
