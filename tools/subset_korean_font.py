"""Rebuild resources/fonts/NotoSansKR-LayerLab.otf after the Korean text changes.

The bundled font holds the 2,350 Hangul syllables of KS X 1001 (the ones everyday Korean
uses) and every other character LayerLab's Korean text uses, not the whole 16 MB font, so
a new translation rarely needs a rebuild; tests/gui/test_lessons_panel.py fails when a
character is missing.
Needs fontTools (``pip install fonttools``, not a LayerLab dependency) and Noto Sans CJK
(Debian/Ubuntu: ``apt-get install fonts-noto-cjk``):

    python tools/subset_korean_font.py [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]
"""

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import resources
from core import i18n
from core.model.lessons import text_of

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
EXTRA = "·…–—×²√"  # punctuation the Korean text may use


def ks_x_1001_hangul() -> set[str]:
    """The syllables of the Korean national character set (rows 0xB0-0xC8 of EUC-KR)."""
    pairs = (bytes([lead, trail]) for lead in range(0xB0, 0xC9) for trail in range(0xA1, 0xFF))
    return {pair.decode("euc-kr") for pair in pairs}


def translated() -> str:
    return "".join("".join(i18n.table(code).values()) for code in i18n.LANGUAGES)


def main(source: str = SOURCE) -> None:
    chars = set(text_of() + translated() + EXTRA) | {chr(c) for c in range(0x20, 0x7F)}
    chars |= ks_x_1001_hangul()
    font = next(f for f in TTCollection(source).fonts if "KR" in f["name"].getDebugName(1))
    options = subset.Options()
    options.name_IDs = ["*"]
    options.layout_features = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in chars])
    subsetter.subset(font)
    font.save(str(resources.KOREAN_FONT))
    print(f"wrote {resources.KOREAN_FONT} ({len(chars)} characters)")


if __name__ == "__main__":
    main(*sys.argv[1:])
