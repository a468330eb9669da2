import StreamCost

/// The notebook `streamcost export notebook` writes for an `uncertainty` run.
///
/// Cells, each with a fixed id: `header` (markdown: scenario, price book, seed, samples and the
/// conventions), `setup` (code: loads the four CSV files, prints the total's quantiles), then a
/// title and a code cell per chart: the fan chart of each architecture's monthly total over the
/// horizon (`monthly_quantiles.csv`) and the histogram of each architecture's total over the
/// samples (`samples.csv`), then how often each architecture is the cheapest (`ranking.csv`).
public enum UncertaintyNotebook {
  static let fanChart = "fan_chart.png"
  static let histogramChart = "total_histogram.png"

  public static func make(_ run: UncertaintyNotebookRun) -> Notebook {
    var cells = [NotebookCell.markdown("header", header(run)), .code("setup", setup)]
    cells += CostNotebook.chart(
      "fan-chart", "The monthly bill, month by month, with its spread",
      "Each architecture's total in each billed month of the horizon over the samples (`monthly_quantiles.csv`): "
        + "the line is the P50, the dark band P10–P90 and the light band P5–P95.", fan)
    cells += CostNotebook.chart(
      "total-histogram", "How each architecture's bill is spread",
      "Each architecture's mean monthly total in every sample (`samples.csv`), each on its own scale; the dashed line is its P50.",
      histogram)
    cells += [
      .markdown("ranking-title", "## How often each architecture is the cheapest\n\nFrom `ranking.csv`: the share of samples in which each architecture is the cheapest, and in which it is short of capacity for more than the run's `--short-hours`."),
      .code("ranking", ranking),
    ]
    return Notebook(cells: cells, charts: [fanChart, histogramChart], scenario: run.scenario)
  }

  static func header(_ run: UncertaintyNotebookRun) -> String {
    let rows: [(String, String)] = [
      ("scenario", "`\(run.scenario)`"), ("price book", "`\(run.priceBook)`"), ("samples", run.samples), ("seed", run.seed),
      ("precision (relative standard error of each P50 to stop at)", run.precision), ("month", run.month), ("currency", run.currency),
      ("architectures", run.architectures.map { "`\($0)`" }.joined(separator: ", ")), ("exported from", run.origin),
    ]
    var text = "# \(MarkdownText.escaped(run.scenario)): how sure are the bills?\n\n"
    if !run.description.isEmpty { text += MarkdownText.paragraph(run.description) + "\n\n" }
    text += MarkdownText.table(header: ["", ""], rows: rows.map { [$0.0, $0.1] }, escaping: [true, false]) + "\n"
    text += """
      A Monte Carlo run of `streamcost uncertainty`: every sample draws each uncertain input at once and simulates every \
      architecture over the horizon (docs/uncertainty.md says what is uncertain and how it is drawn).

      Conventions:

      - Money is in \(run.currency) per month of \(run.month), at the price book's list prices, the factors of \
      `uncertainty.prices` applied; a sample's total is its mean month over the horizon, as `compare`'s summary.
      - Quantiles are Hyndman–Fan type 7 (NumPy's default). The same seed gives the same files.
      - The CSV files next to this notebook are the run's own; the code cells read them by relative path, and each chart \
      is saved here as a PNG file.
      """
    return text
  }

  static let setup = """
    # Run this notebook from its own folder: the CSV files are read by relative path.
    import matplotlib.pyplot as plt
    import pandas as pd

    quantiles = pd.read_csv("quantiles.csv")
    monthly = pd.read_csv("monthly_quantiles.csv", parse_dates=["month_start"])
    ranking = pd.read_csv("ranking.csv")
    ARCHITECTURES = list(dict.fromkeys(quantiles["architecture"]))
    CURRENCY = quantiles["currency"].iloc[0]
    SAMPLES = int(quantiles["samples"].iloc[0])
    COLOURS = {a: f"C{i % 10}" for i, a in enumerate(ARCHITECTURES)}
    # samples.csv: the sample, each input, then one column per architecture (the last ones, in order).
    samples = pd.read_csv("samples.csv")
    totals_by_sample = samples.iloc[:, -len(ARCHITECTURES):].set_axis(ARCHITECTURES, axis=1)
    totals = quantiles[quantiles["category"] == "total"].set_index("architecture").reindex(ARCHITECTURES)


    def save(fig, name):
        \"\"\"Saves a chart as a PNG file next to the notebook.\"\"\"
        fig.tight_layout()
        fig.savefig(name, dpi=150)


    totals[["mean", "p5", "p10", "p50", "p90", "p95", "p50_standard_error"]].round(2)
    """

  static let fan = """
    fig, axes = plt.subplots(len(ARCHITECTURES), 1, figsize=(10, 2.2 * len(ARCHITECTURES) + 1), sharex=True, squeeze=False)
    for ax, a in zip(axes[:, 0], ARCHITECTURES):
        m = monthly[monthly["architecture"] == a].sort_values("month")
        colour = COLOURS[a]
        if len(m) == 1:  # a one-month horizon: the bands as bars
            ax.bar(m["month"], m["p95"] - m["p5"], bottom=m["p5"], width=0.5, color=colour, alpha=0.2, label="P5–P95")
            ax.bar(m["month"], m["p90"] - m["p10"], bottom=m["p10"], width=0.5, color=colour, alpha=0.4, label="P10–P90")
        else:
            ax.fill_between(m["month"], m["p5"], m["p95"], color=colour, alpha=0.2, linewidth=0, label="P5–P95")
            ax.fill_between(m["month"], m["p10"], m["p90"], color=colour, alpha=0.4, linewidth=0, label="P10–P90")
        ax.plot(m["month"], m["p50"], color=colour, marker="o", label="P50")
        ax.set_ylabel(f"{a}\\n{CURRENCY}/month", fontsize="small")
        ax.legend(loc="upper left", fontsize="x-small", ncol=3)
    months = monthly.drop_duplicates("month").sort_values("month")
    axes[-1, 0].set_xticks(months["month"], months["month_start"].dt.strftime("%Y-%m"))
    axes[-1, 0].set_xlabel("billed month (its first day)")
    axes[0, 0].set_title(f"Monthly total over {SAMPLES} samples: P50, P10–P90 and P5–P95 (each architecture on its own scale)")
    save(fig, "\(fanChart)")
    monthly.pivot(index="month_start", columns="architecture", values="p50").reindex(columns=ARCHITECTURES).round(2)
    """

  static let histogram = """
    fig, axes = plt.subplots(len(ARCHITECTURES), 1, figsize=(10, 1.8 * len(ARCHITECTURES) + 1), squeeze=False)
    for ax, a in zip(axes[:, 0], ARCHITECTURES):
        values = totals_by_sample[a]
        span = values.max() - values.min()
        ax.hist(values, bins=40 if span > 0 else 1, color=COLOURS[a], alpha=0.7)
        ax.axvline(totals.loc[a, "p50"], color="black", linestyle="--", linewidth=1, label="P50")
        ax.ticklabel_format(axis="x", style="plain", useOffset=False)
        ax.set_ylabel(a, fontsize="small")
        ax.legend(loc="upper right", fontsize="x-small")
    axes[-1, 0].set_xlabel(f"{CURRENCY} per month (mean month of the horizon); each architecture on its own scale")
    axes[0, 0].set_title(f"Each architecture's total over {SAMPLES} samples")
    save(fig, "\(histogramChart)")
    totals_by_sample.describe(percentiles=[0.05, 0.1, 0.5, 0.9, 0.95]).round(2)
    """

  static let ranking = """
    (ranking.set_index("architecture")[["probability_cheapest", "probability_short"]] * 100).round(1).add_suffix(" %")
    """
}
