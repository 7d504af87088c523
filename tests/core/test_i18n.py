"""Core's words follow the language chosen: read from a .ts file on the command line,
from whatever lookup the window installs otherwise."""

import pytest

from core import i18n

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>spec</name>
    <message>
        <source>{where}: must be at least {low}</source>
        <translation>{where}: {low} 이상이어야 합니다</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished">아직</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "layerlab_ko.ts").write_text(TS, encoding="utf-8")
    yield tmp_path
    i18n.use(None)


@pytest.mark.parametrize(
    ("env", "language"),
    [
        ({"LANG": "ko_KR.UTF-8"}, "ko"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # no German: the source language
        ({"LC_ALL": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"}, "ko"),  # LC_ALL wins over LANG
        ({"LANGUAGE": "ko:en", "LANG": "en_US.UTF-8"}, "ko"),
        ({}, "en"),
    ],
)
def test_the_language_follows_the_locale_variables(env, language):
    assert i18n.language_from_environment(env) == language


def test_only_finished_translations_are_read(folder):
    table = i18n.table("ko", folder)
    assert table == {
        ("spec", "{where}: must be at least {low}"): "{where}: {low} 이상이어야 합니다"
    }
    assert i18n.table("en", folder) == {} and i18n.table("fr", folder) == {}


def test_translate_uses_the_lookup_in_place_and_falls_back_to_the_source(folder):
    message = "{where}: must be at least {low}"
    i18n.load("ko", folder)
    assert (
        i18n.translate("spec", message).format(where="units", low=1) == "units: 1 이상이어야 합니다"
    )
    assert i18n.translate("spec", "not yet") == "not yet"  # unfinished: English
    assert i18n.translate("other", message) == message  # another context
    marked = i18n.QT_TRANSLATE_NOOP("spec", message)  # a table's string, built at import
    assert marked == message and i18n.translated(marked).startswith("{where}: {low} 이상")
    assert i18n.translated("Dense") == "Dense"  # unmarked: as it is
    i18n.load("en", folder)
    assert i18n.translate("spec", message) == message
    assert i18n.translated(marked) == message
