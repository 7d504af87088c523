"""The lab report: one self-contained HTML file (nothing fetched, no script) holding every
section, for one run or several, that an HTML parser reads whole."""

import base64
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from core.engine import training
from core.model import report, templates
from tests.helpers import quick

SECTIONS = (
    "Network",
    "Data",
    "Training",
    "Curves",
    "Activation histograms: start, middle, end",
    "Gradients",
    "Diagnoses and their lessons",
    "Test metrics",
    "Environment",
)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The default experiment (20 epochs, as it ships) and the spiral (2-D), trained."""
    folder = tmp_path_factory.mktemp("runs")
    digits, spiral = folder / "digits", folder / "spiral"
    for experiment, out in (
        (templates.default_experiment(), digits),
        (quick(templates.load("playground_spiral"), 3), spiral),
    ):
        done = training.train(experiment, lambda e: None, run_dir=out)
        assert isinstance(done, training.Finished), done
    return digits, spiral


class _Reader(HTMLParser):
    """Every tag, and every image's source, of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.images: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)
        if tag == "img":
            self.images.append(dict(attrs)["src"])


def read(page: str) -> _Reader:
    reader = _Reader()
    reader.feed(page)
    reader.close()
    return reader


def test_a_runs_report_holds_every_section_and_fetches_nothing(runs):
    page = report.build([runs[0]])
    for section in SECTIONS:
        assert f"<h3>{section}</h3>" in page, section
    assert "<h3>Confusion matrix</h3>" in page and "Decision boundary" not in page
    parsed = read(page)
    assert "script" not in parsed.tags and "link" not in parsed.tags and "iframe" not in parsed.tags
    assert not re.search(r'(src|href)="(https?:|//)', page) and "url(" not in page
    assert len(parsed.images) >= 3 + 3 * 3 + 2  # curves, 3 moments x 3 layers, gradients
    for source in parsed.images:
        assert source.startswith("data:image/svg+xml;base64,")
        svg = ET.fromstring(base64.b64decode(source.split(",", 1)[1]))  # each one a whole SVG
        assert svg.tag == "{http://www.w3.org/2000/svg}svg"
        assert not re.search(rb"href=\"(https?:|//)", base64.b64decode(source.split(",", 1)[1]))
    assert len(page.encode()) < 5e6  # the default run, as it ships


def test_several_runs_are_compared_first_and_a_plane_shows_its_boundary(runs):
    page = report.build(list(runs))
    assert page.index("Comparison of 2 runs") < page.index("<h2>Digits MLP</h2>")
    assert "Decision boundary" in page and "layers[0].units" in page  # a setting that differs
    assert page.count("<h3>Environment</h3>") == 2


def test_a_folder_that_is_no_run_is_named(tmp_path):
    with pytest.raises(report.ReportError, match=f"{tmp_path}: not a LayerLab run folder"):
        report.build([tmp_path])
    with pytest.raises(report.ReportError, match="no run folder"):
        report.build([])
