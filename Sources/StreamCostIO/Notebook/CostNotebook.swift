/// The notebook `streamcost export notebook` writes for one run.
///
/// Cells, each with a fixed id named for its purpose:
///
/// 1. `header` (markdown): scenario, price book and version, period, where the run came from,
///    and the conventions every figure follows;
/// 2. `assumptions` (markdown): every parameter the run used, with its origin and source;
/// 3. `setup` (code): loads `summary.csv` and defines the categories, colours and `save`;
/// 4. a markdown title and a code cell per chart: cost by category (stacked bars), the monthly
///    bill, brokers over time with scaling events, the cross-AZ share of each bill, and what
///    makes up the difference between the cheapest and the most expensive architecture.
///
/// When the run has no simulation files (a folder from `runs show --out`, or a ledger run whose
/// scenario no longer reproduces its figures), the monthly and brokers charts are replaced by
/// a markdown cell saying why.
public enum CostNotebook {
  public static func make(_ run: NotebookRun) -> Notebook {
    var cells = [NotebookCell.markdown("header", header(run)), .markdown("assumptions", assumptions(run))]
    cells.append(.code("setup", NotebookCode.setup))
    cells += chart("cost-by-category", "Cost by category", "Each architecture's mean month, split by cost category.", NotebookCode.costByCategory)
    if run.hasSimulation {
      cells += chart("monthly-cost", "The bill month by month", "Each architecture's total in each billed month of the horizon (from `monthly.csv`, tiers applied per month).", NotebookCode.monthly)
      cells += chart(
        "brokers-over-time", "Brokers over time",
        "Brokers (agents) running and needed before failure headroom, from `timeline.csv`; markers are the scaling and failure events of `scaling_events.csv`, at the count after the change.",
        NotebookCode.brokers)
    } else {
      cells.append(.markdown("simulation-missing", missingSimulation(run)))
    }
    cells += chart("cross-az-share", "Cross-AZ share of each bill", "Cross-AZ transfer by cause, as a share of each architecture's monthly total.", NotebookCode.crossAZShare)
    cells += chart(
      "cost-difference", "What drives the difference",
      "Category by category, what the most expensive architecture pays more (or less) than the cheapest one, and each category's share of the gap.",
      NotebookCode.difference)
    return Notebook(cells: cells, charts: charts(run), scenario: run.scenario)
  }

  /// The PNG files the notebook saves, in cell order.
  public static func charts(_ run: NotebookRun) -> [String] {
    [NotebookCode.costByCategoryChart]
      + (run.hasSimulation ? [NotebookCode.monthlyChart, NotebookCode.brokersChart] : [])
      + [NotebookCode.crossAZChart, NotebookCode.differenceChart]
  }

  static func chart(_ id: String, _ title: String, _ text: String, _ code: String) -> [NotebookCell] {
    [.markdown("\(id)-title", "## \(title)\n\n\(text)"), .code(id, code)]
  }

  static func header(_ run: NotebookRun) -> String {
    var rows: [(String, String)] = [("scenario", "`\(run.scenario)`")]
    let version = run.priceBookVersion.map { "version (as of) \($0)" } ?? "version not recorded in this folder (re-run `compare --out` to record it)"
    rows.append(("price book", "`\(run.priceBook)`, \(version)"))
    if let start = run.periodStart, let months = run.months {
      rows.append(("simulated period", "from \(start), \(months) billed month\(months == 1 ? "" : "s")"))
    }
    if let basis = run.basis { rows.append(("basis", basis)) }
    rows.append(("month", run.month))
    rows.append(("currency", run.currency))
    rows.append(("architectures", run.architectures.map { "`\($0)`" }.joined(separator: ", ")))
    rows.append(("exported from", run.origin))
    var text = "# \(MarkdownText.escaped(run.scenario)): what each architecture costs\n\n"
    if !run.description.isEmpty { text += MarkdownText.paragraph(run.description) + "\n\n" }
    text += MarkdownText.table(header: ["", ""], rows: rows.map { [$0.0, $0.1] }, escaping: [true, false]) + "\n"
    text += """
      Conventions:

      - Money is in \(run.currency) per month of \(run.month), at the price book's list prices; for a horizon longer \
      than a month the summary is the mean month, and `monthly.csv` has each month.
      - Every amount is quantity × unit price of a named price row: see `line_items.csv` (column `x_PriceRow`).
      - Cross-AZ transfer is billed on both sides (out of one AZ and into the next); data sizes in GB are decimal, GiB binary.
      - The CSV files next to this notebook are the run's own; the code cells read them by relative path. Run the \
      notebook from this folder: each chart is also saved here as a PNG file, for decks.
      """
    return text
  }

  static func assumptions(_ run: NotebookRun) -> String {
    let rows = run.assumptions.map { a -> [String] in
      let scope = a[0].isEmpty ? "all" : a[0]
      return [scope, "`\(a[1])`", a[2], a[3], a[4], a[5] == "true" ? "**uncertain**" : "", a[6]]
    }
    return "## Assumptions\n\nEvery parameter the run used (`assumptions.csv`): set in the scenario or the documented default, "
      + "with its source. **uncertain** marks figures published sources disagree on.\n\n"
      + MarkdownText.table(
        header: ["architecture", "name", "value", "unit", "origin", "", "source"], rows: rows,
        escaping: [true, false, true, true, true, false, true])
  }

  static func missingSimulation(_ run: NotebookRun) -> String {
    "## The bill month by month, and brokers over time\n\nNot in this export: "
      + (run.missingSimulationReason ?? "the run's `monthly.csv`, `timeline.csv` and `scaling_events.csv` are missing.")
  }
}
