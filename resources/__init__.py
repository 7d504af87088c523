"""What ships beside the code: the stylesheet, the icon and the template experiments.

A package of its own, so a wheel carries it and the code finds it where it is installed.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
EXPERIMENTS = ROOT / "experiments"
STYLE = ROOT / "style.qss"
ICON = ROOT / "icon.svg"
KOREAN_FONT = ROOT / "fonts" / "NotoSansKR-LayerLab.otf"  # OFL: fonts/OFL.txt
