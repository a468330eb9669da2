/// A Jupyter notebook in nbformat 4.5, written exactly as nbformat itself writes one.
///
/// It has a Python 3 kernelspec, and under `metadata.streamcost` the charts its code saves as
/// PNG files (the notebook check runs it and looks for them). Code cells carry no outputs:
/// exported notebooks are meant to be run, and stay small and reviewable in git.
public struct Notebook: Hashable, Sendable {
  public static let format = 4
  public static let formatMinor = 5

  public var cells: [NotebookCell]
  /// File names of the PNG charts the notebook writes next to itself when run.
  public var charts: [String]
  /// The scenario the notebook describes, kept in its metadata.
  public var scenario: String

  public init(cells: [NotebookCell], charts: [String], scenario: String) {
    precondition(Set(cells.map(\.id)).count == cells.count, "notebook cell ids must be unique")
    self.cells = cells
    self.charts = charts
    self.scenario = scenario
  }

  /// The `.ipynb` text: sorted keys, one-space indent, final newline (``NotebookJSON``).
  public var text: String { json.text }

  var json: NotebookJSON {
    .object([
      "cells": .array(cells.map(\.json)),
      "metadata": .object([
        "kernelspec": .object([
          "display_name": .string("Python 3 (ipykernel)"), "language": .string("python"), "name": .string("python3"),
        ]),
        "language_info": .object(["name": .string("python")]),
        "streamcost": .object([
          "charts": .array(charts.map(NotebookJSON.string)), "scenario": .string(scenario),
        ]),
      ]),
      "nbformat": .int(Self.format),
      "nbformat_minor": .int(Self.formatMinor),
    ])
  }
}
