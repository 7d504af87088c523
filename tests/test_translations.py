"""Each translation is complete: every message the code has is in its .ts file and
translated, no message there has vanished from the code, and a translation keeps its
source's placeholders and menu accelerator."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from core import i18n

ROOT = Path(__file__).resolve().parents[1]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
FILES = sorted(i18n.FOLDER.glob("layerlab_*.ts"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")
ACCELERATOR = re.compile(r"&([A-Za-z0-9])")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_there_is_a_translation_for_each_language_but_the_source():
    assert [ts.stem for ts in FILES] == [
        f"layerlab_{code}" for code in i18n.LANGUAGES if code != i18n.SOURCE
    ]


@pytest.mark.parametrize("ts", FILES, ids=lambda ts: ts.stem)
def test_no_message_is_unfinished_or_vanished(ts, tmp_path):
    fresh = tmp_path / ts.name  # lupdate on a copy: the committed file must already agree
    shutil.copy(ts, fresh)
    sources = ["main.py", "cli_parsers.py", "core", "gui"]
    subprocess.run(
        [str(LUPDATE), "-locations", "none", "-extensions", "py", *sources, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    unfinished, vanished = [], []
    for context, source, translation in messages(fresh):
        kind = translation.get("type")
        if kind in ("vanished", "obsolete"):
            vanished.append(f"{context}: {source!r}")
        elif kind == "unfinished" or not (translation.text or "").strip():
            unfinished.append(f"{context}: {source!r}")
    assert not unfinished, f"{len(unfinished)} not translated (make translations):\n" + "\n".join(
        unfinished[:40]
    )
    assert not vanished, f"{len(vanished)} gone from the code:\n" + "\n".join(vanished[:40])


@pytest.mark.parametrize("ts", FILES, ids=lambda ts: ts.stem)
def test_a_translation_keeps_its_placeholders_and_accelerator(ts):
    wrong = []
    for context, source, translation in messages(ts):
        text = translation.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
        keys = {k.lower() for k in ACCELERATOR.findall(source.replace("&&", ""))}
        if keys - {k.lower() for k in ACCELERATOR.findall(text.replace("&&", ""))}:
            wrong.append(f"{context}: {source!r} -> {text!r} (accelerator)")
    assert not wrong, "\n".join(wrong)
