"""The network graph in two places: a tab beside the layer table (it follows every
edit) and a view on the right beside the histograms (it follows the run). Clicking a
layer in either selects its row in the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

from core.model import graph, plan, spec
from core.model.events import Snapshot
from gui.i18n import translate
from gui.network_graph import NetworkGraph

if TYPE_CHECKING:
    from gui.main_window import MainWindow

TIP = QT_TRANSLATE_NOOP(  # shown as translate("graph_views", TIP)
    "graph_views",
    "The network as a graph: a node per unit (a wide layer as one node with its histogram), blue edges for positive weights, orange for negative, thicker for larger; on 2-D data each unit shows its own output over the plane. Hover a unit for its incoming weights; click a layer to select it in the editor.",  # noqa: E501
)


class GraphViews:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.left, self.right = NetworkGraph(), NetworkGraph()
        tip = translate("graph_views", TIP)
        window.tabs.insertTab(1, self.left, translate("graph_views", "&Graph"))
        window.tabs.setTabToolTip(1, tip)
        views = window.live.views
        graph_tab = translate("graph_views", "Graph")
        views.insertTab(views.indexOf(window.live.confusion), self.right, graph_tab)
        views.setTabToolTip(views.indexOf(self.right), tip)
        window.document.changed.connect(self._plan_changed)
        window.live.snapshotShown.connect(self._snapshot)
        window.editor.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._select(current.row())
        )
        for view in self.views:
            view.rowClicked.connect(self._clicked)
        self.action = QAction(translate("graph_views", "Network &Graph"), window)
        self.action.setShortcut("Ctrl+G")
        self.action.setToolTip(
            translate("graph_views", "The network as a graph, beside the layer table")
        )
        self.action.triggered.connect(lambda: window.tabs.setCurrentWidget(self.left))

    @property
    def views(self) -> tuple[NetworkGraph, NetworkGraph]:
        return self.left, self.right

    def _plan_changed(self, current: plan.Plan, _problems: list[spec.Problem]) -> None:
        columns = graph.columns(current)
        for view in self.views:
            view.set_columns(columns)

    def _snapshot(self, snapshot: Snapshot) -> None:
        for view in self.views:
            view.show_snapshot(snapshot)

    def _select(self, row: int) -> None:
        for view in self.views:
            view.select_row(row)

    def _clicked(self, row: int) -> None:
        self.window.tabs.setCurrentWidget(self.window.editor)
        self.window.editor.select_row(row)
