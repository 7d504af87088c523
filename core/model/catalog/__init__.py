"""Every choice a user can make, each one object with its label, fields, defaults, lesson
and behaviour.

Forms, validation, shape inference, the model builder, tooltips and the script export all
read these tables. Where each kind of choice lives:

- ``layers.py``: layer kinds (shape rule, summary, Keras graph, probe points)
- ``schedules.py``: learning-rate schedules (planned rates, or the Keras callback)
- ``functions.py``: activations and initializers
- ``training.py``: optimizers, gradient clipping, early stopping, losses
- ``data.py``: datasets, preprocessing (its shape rule and fit), augmentation

What a choice builds is described as Keras calls (``calls.py``), never as Keras objects,
so the window process never imports Keras.

Labels, lessons and help texts are marked where they are written (``params.py``'s
``QT_TRANSLATE_NOOP`` keeps each text's context) and read in the user's language
(``label``, ``lesson``, ``help``); ``label_en``, ``lesson_en`` and ``help_en`` hold them
as written, in English, for what files and the script export keep.
"""

from core.model.catalog.calls import Call, Step
from core.model.catalog.data import (
    AUGMENTATION,
    DATASETS,
    DIGIT_RANGES,
    USER_DATASETS,
    DatasetChoice,
    format_shape,
    is_user_file,
)
from core.model.catalog.file_options import (
    COLOUR_MODES,
    DELIMITER_CHARACTERS,
    DELIMITERS,
    ENCODINGS,
    MISSING,
    TASKS,
)
from core.model.catalog.functions import (
    ACTIVATIONS,
    INITIALIZERS,
    OUTPUT_ACTIVATIONS,
    ActivationChoice,
)
from core.model.catalog.layer_kinds import LAYER_KINDS
from core.model.catalog.layers import Fit, LayerKind, Probe
from core.model.catalog.params import Choice, Param
from core.model.catalog.preprocessing import PREPROCESSING, Preprocessing, Scaling
from core.model.catalog.schedules import SCHEDULES, Schedule, steps_per_epoch
from core.model.catalog.training import (
    CLIPPING,
    EARLY_STOPPING,
    LOSSES,
    MONITORS,
    OPTIMIZERS,
    ClipChoice,
)

__all__ = [
    "ACTIVATIONS",
    "AUGMENTATION",
    "CLIPPING",
    "COLOUR_MODES",
    "DATASETS",
    "DELIMITERS",
    "DELIMITER_CHARACTERS",
    "DIGIT_RANGES",
    "EARLY_STOPPING",
    "ENCODINGS",
    "INITIALIZERS",
    "LAYER_KINDS",
    "LOSSES",
    "MISSING",
    "MONITORS",
    "OPTIMIZERS",
    "OUTPUT_ACTIVATIONS",
    "PREPROCESSING",
    "SCHEDULES",
    "TASKS",
    "USER_DATASETS",
    "ActivationChoice",
    "Call",
    "Choice",
    "ClipChoice",
    "DatasetChoice",
    "Fit",
    "LayerKind",
    "Param",
    "Preprocessing",
    "Probe",
    "Scaling",
    "Schedule",
    "Step",
    "format_shape",
    "is_user_file",
    "steps_per_epoch",
]
