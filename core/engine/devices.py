"""Where a run trains: one device, several of one machine (``MirroredStrategy``), or
several machines (``MultiWorkerMirroredStrategy``, when the standard ``TF_CONFIG``
variable describes a cluster). The experiment file does not say: the same file runs
unchanged on a laptop, a multi-GPU box or a cluster.

The choice is made once per process, before TensorFlow starts its runtime (splitting a
CPU into logical devices is possible only then); ``prepare`` builds and compiles every
model under the chosen strategy's scope. Keras splits each batch between the replicas
and sums their gradients, so the batch size stays the experiment's.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

import tensorflow as tf

from core.i18n import translate


class DeviceError(ValueError):
    """Devices that cannot be had; the message says what is there."""


@dataclass(frozen=True)
class Placement:
    strategy: tf.distribute.Strategy
    description: str  # "1 device (CPU)", "2 devices (MirroredStrategy: ...)", ...

    @property
    def replicas(self) -> int:
        return self.strategy.num_replicas_in_sync


_chosen: Placement | None = None


def current() -> Placement:
    """The placement chosen for this process (by default: ``choose(None)``)."""
    global _chosen
    if _chosen is None:
        _chosen = choose(None)
    return _chosen


def use(devices: int | None) -> Placement:
    """Choose the placement for this process's runs (the CLI's ``--devices``)."""
    global _chosen
    _chosen = choose(devices)
    return _chosen


def choose(devices: int | None) -> Placement:
    """A cluster in TF_CONFIG (even of one worker): every worker's devices. Else
    ``devices`` of this machine (GPUs when it has that many; on a machine without a GPU,
    the CPU split into that many logical devices, which is how this is tested), or every
    GPU when more than one is visible and nothing was asked, or one device."""
    if _cluster_size() > 0:
        strategy = tf.distribute.MultiWorkerMirroredStrategy()
        task = json.loads(os.environ["TF_CONFIG"])["task"]
        where = f"{task.get('type', 'worker')} {task.get('index', 0)} of {_cluster_size()}"
        return Placement(strategy, f"{_count(strategy)} (MultiWorkerMirroredStrategy, {where})")
    gpus = tf.config.list_physical_devices("GPU")
    if devices is None:
        devices = len(gpus) if len(gpus) > 1 else 1
    if devices == 1:
        kind = "GPU" if gpus else "CPU"
        return Placement(tf.distribute.get_strategy(), f"1 device ({kind})")
    if gpus and len(gpus) < devices:
        message = translate(
            "engine.devices", "{devices} devices asked for, but this machine has {gpus} GPUs"
        )
        raise DeviceError(message.format(devices=devices, gpus=len(gpus)))
    names = [f"/gpu:{i}" for i in range(devices)] if gpus else _split_cpu(devices)
    strategy = tf.distribute.MirroredStrategy(names)
    return Placement(strategy, f"{_count(strategy)} (MirroredStrategy: {', '.join(names)})")


def _count(strategy: tf.distribute.Strategy) -> str:
    n = strategy.num_replicas_in_sync
    return f"{n} device{'s' * (n != 1)}"


def _cluster_size() -> int:
    """How many tasks the TF_CONFIG cluster names (0: none, or not a cluster)."""
    try:
        cluster = json.loads(os.environ.get("TF_CONFIG", "") or "{}").get("cluster", {})
    except (ValueError, AttributeError):
        message = translate("engine.devices", "TF_CONFIG is not a JSON object with a 'cluster'")
        raise DeviceError(message) from None
    return sum(len(tasks) for tasks in cluster.values())


def _split_cpu(devices: int) -> list[str]:
    """The CPU as ``devices`` logical devices, each with a share of its threads."""
    cpu = tf.config.list_physical_devices("CPU")[0]
    try:
        tf.config.set_logical_device_configuration(
            cpu, [tf.config.LogicalDeviceConfiguration()] * devices
        )
    except RuntimeError:
        message = translate(
            "engine.devices",
            "the CPU can be split into devices only before TensorFlow starts: choose the "
            "devices first",
        )
        raise DeviceError(message) from None
    return [f"/cpu:{i}" for i in range(devices)]
