"""Every lesson page is complete in both languages and points at something real."""

import re

from core.model import lessons, sweeps, templates
from core.model.templates import TEMPLATES


def test_every_lesson_speaks_both_languages_and_tries_something_that_exists():
    stems = {stem for stem, _ in TEMPLATES}
    keys = {sweep.key: sweep for sweep in sweeps.LESSON_SWEEPS}
    assert len(lessons.LESSONS) == 8
    for lesson in lessons.LESSONS:
        for text in (lesson.title, lesson.claim, lesson.why, lesson.look):
            assert set(text) == set(lessons.LANGUAGES) and all(t.strip() for t in text.values())
            assert re.search("[가-힣]", text["ko"]) and not re.search("[가-힣]", text["en"])
        assert lesson.template in stems
        templates.load(lesson.template)
        if lesson.sweep:
            assert keys[lesson.sweep].template == lesson.template


def test_the_korean_uses_the_lecture_notes_terms():
    korean = "".join(lesson.title["ko"] + lesson.claim["ko"] for lesson in lessons.LESSONS)
    for term in ("가중치 초기화", "활성화 함수", "배치 정규화", "과적합", "학습률 스케줄"):
        assert term in korean


def test_every_diagnosis_names_a_lesson():
    from pathlib import Path

    from core.model import insight

    rules = set(re.findall(r'Finding\(\s*"(\w+)"', Path(insight.__file__).read_text()))
    assert len(rules) == 7 and rules == set(lessons.FOR_RULE)
