import StreamCost

/// The Python of an exported notebook's code cells: pandas loads the run's CSV files by relative
/// path, matplotlib draws each chart and saves it as a PNG next to the notebook.
///
/// The code reads everything it shows from the CSV files, so editing a CSV and re-running the
/// notebook redraws the charts. It calls no `plt.show()`: Jupyter's inline backend shows each
/// figure at the end of its cell, and under the `Agg` backend (the notebook check) nothing is shown.
enum NotebookCode {
  /// PNG file of each chart.
  static let costByCategoryChart = "cost_by_category.png"
  static let monthlyChart = "monthly_cost.png"
  static let brokersChart = "brokers_over_time.png"
  static let crossAZChart = "cross_az_share.png"
  static let differenceChart = "cost_difference.png"

  /// Colour of each category in the charts (matplotlib's tab10/tab20 hues, close to the terminal bars').
  static func colour(_ category: CostCategory) -> String {
    switch category {
    case .compute: "#1f77b4"
    case .blockStorage: "#17becf"
    case .objectStorage: "#2ca02c"
    case .objectRequests: "#98df8a"
    case .crossAZProducer: "#bcbd22"
    case .crossAZReplication: "#d62728"
    case .crossAZConsumer: "#9467bd"
    case .crossAZRebalance: "#ff9896"
    }
  }

  /// Imports, the category table, `summary.csv` by architecture and category, and `save`.
  static var setup: String {
    let categories = CostCategory.allCases.map { "    \"\($0.rawValue)\": (\"\($0.label)\", \"\(colour($0))\")," }
    return """
      # Run this notebook from its own folder: the CSV files are read by relative path, and each
      # chart is saved next to the notebook as a PNG file, for decks.
      import matplotlib.pyplot as plt
      import pandas as pd

      CATEGORIES = {  # category in the CSV files: (label, colour)
      \(categories.joined(separator: "\n"))
      }
      summary = pd.read_csv("summary.csv")
      ARCHITECTURES = list(dict.fromkeys(summary["architecture"]))
      CURRENCY = summary["currency"].iloc[0]
      by_category = (
          summary[summary["category"] != "total"]
          .pivot(index="architecture", columns="category", values="monthly_cost")
          .reindex(index=ARCHITECTURES, columns=list(CATEGORIES))
          .fillna(0.0)
      )
      USED = [c for c in CATEGORIES if by_category[c].abs().sum() > 0]
      totals = summary[summary["category"] == "total"].set_index("architecture")["monthly_cost"].reindex(ARCHITECTURES)


      def save(fig, name):
          \"\"\"Saves a chart as a PNG file next to the notebook.\"\"\"
          fig.tight_layout()
          fig.savefig(name, dpi=150)


      def stacked_bars(ax, table, categories):
          \"\"\"One horizontal bar per architecture (row of `table`), a segment per category.\"\"\"
          left = pd.Series(0.0, index=table.index)
          for c in categories:
              label, colour = CATEGORIES[c]
              ax.barh(table.index, table[c], left=left, color=colour, label=label)
              left = left + table[c]
          ax.invert_yaxis()
          return left


      totals.to_frame(f"{CURRENCY} per month").round(2)
      """
  }

  /// Stacked bars of each architecture's mean month by category.
  static var costByCategory: String {
    """
    fig, ax = plt.subplots(figsize=(10, 0.6 * len(ARCHITECTURES) + 2))
    ends = stacked_bars(ax, by_category, USED)
    for i, a in enumerate(ARCHITECTURES):
        ax.text(ends[a], i, f" {totals[a]:,.0f}", va="center")
    ax.set_xlim(0, max(totals.max(), 1) * 1.15)
    ax.set_xlabel(f"{CURRENCY} per month")
    ax.set_title("Monthly cost by category")
    ax.legend(loc="lower right", fontsize="small")
    save(fig, "\(costByCategoryChart)")
    by_category[USED].rename(columns=lambda c: CATEGORIES[c][0]).round(2)
    """
  }

  /// Each architecture's total, month by month over the horizon.
  static var monthly: String {
    """
    monthly = pd.read_csv("monthly.csv", parse_dates=["month_start"])
    monthly_totals = (
        monthly[monthly["category"] == "total"]
        .pivot(index="month_start", columns="architecture", values="cost")
        .reindex(columns=ARCHITECTURES)
    )
    fig, ax = plt.subplots(figsize=(10, 5))
    for a in ARCHITECTURES:
        ax.plot(monthly_totals.index, monthly_totals[a], marker="o", label=a)
    ax.set_ylim(bottom=0)
    ax.set_ylabel(f"{CURRENCY} per month")
    ax.set_title("The bill month by month")
    ax.legend(fontsize="small")
    fig.autofmt_xdate()
    save(fig, "\(monthlyChart)")
    monthly_totals.round(2)
    """
  }

  /// Brokers running and needed over time per architecture, scaling and failure events marked.
  static var brokers: String {
    """
    timeline = pd.read_csv("timeline.csv", usecols=["time", "architecture", "needed", "running"], parse_dates=["time"])
    events = pd.read_csv("scaling_events.csv", parse_dates=["time"])
    MARKERS = {  # reason: (marker, colour)
        "scale-out": ("^", "tab:green"),
        "scale-in": ("v", "tab:blue"),
        "scheduled": ("s", "tab:purple"),
        "broker-failure": ("X", "tab:red"),
        "az-failure": ("X", "darkred"),
    }
    fig, axes = plt.subplots(len(ARCHITECTURES), 1, figsize=(10, 2.2 * len(ARCHITECTURES) + 1), sharex=True, squeeze=False)
    for ax, a in zip(axes[:, 0], ARCHITECTURES):
        t = timeline[timeline["architecture"] == a]
        ax.step(t["time"], t["running"], where="post", color="tab:gray", label="running")
        ax.step(t["time"], t["needed"], where="post", color="tab:orange", linewidth=0.8, label="needed (before headroom)")
        e = events[events["architecture"] == a]
        for reason in sorted(e["reason"].unique()):
            marker, colour = MARKERS.get(reason, ("o", "black"))
            r = e[e["reason"] == reason]
            ax.scatter(r["time"], r["after"], marker=marker, color=colour, s=25, zorder=3, label=reason)
        ax.set_ylim(bottom=0)
        ax.set_ylabel(a, fontsize="small")
        ax.legend(loc="upper left", fontsize="x-small", ncol=4)
    axes[0, 0].set_title("Brokers / agents running, with scaling and failure events")
    fig.autofmt_xdate()
    save(fig, "\(brokersChart)")
    events.groupby(["architecture", "reason"]).size().unstack(fill_value=0).reindex(ARCHITECTURES, fill_value=0)
    """
  }

  /// Each cross-AZ category's share of each architecture's bill.
  static var crossAZShare: String {
    """
    CROSS_AZ = [c for c in USED if c.startswith("cross_az_")]
    share = by_category[CROSS_AZ].div(totals.where(totals != 0), axis=0).fillna(0.0) * 100
    fig, ax = plt.subplots(figsize=(10, 0.6 * len(ARCHITECTURES) + 2))
    ends = stacked_bars(ax, share, CROSS_AZ)
    for i, a in enumerate(ARCHITECTURES):
        ax.text(ends[a], i, f" {ends[a]:.1f}%", va="center")
    ax.set_xlim(0, 110)
    ax.set_xlabel("% of the monthly bill")
    ax.set_title("Cross-AZ transfer's share of each bill")
    if CROSS_AZ:
        ax.legend(loc="lower right", fontsize="small")
    save(fig, "\(crossAZChart)")
    share.rename(columns=lambda c: CATEGORIES[c][0]).assign(**{"all cross-AZ": share.sum(axis=1)}).round(1)
    """
  }

  /// What makes up the gap between the cheapest and the most expensive architecture.
  static var difference: String {
    """
    cheapest, dearest = totals.idxmin(), totals.idxmax()
    gap = totals[dearest] - totals[cheapest]
    drivers = pd.DataFrame({
        f"{cheapest} (cheapest)": by_category.loc[cheapest, USED],
        f"{dearest} (most expensive)": by_category.loc[dearest, USED],
    })
    drivers["difference"] = by_category.loc[dearest, USED] - by_category.loc[cheapest, USED]
    drivers["share of the gap %"] = drivers["difference"] / gap * 100 if gap else 0.0
    drivers = drivers.sort_values("difference", ascending=False)
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(drivers) + 2))
    ax.barh([CATEGORIES[c][0] for c in drivers.index], drivers["difference"], color=[CATEGORIES[c][1] for c in drivers.index])
    ax.invert_yaxis()
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel(f"{CURRENCY} per month")
    ax.set_title(f"Where {dearest} costs {gap:,.0f} {CURRENCY} more than {cheapest} per month")
    save(fig, "\(differenceChart)")
    drivers.rename(index=lambda c: CATEGORIES[c][0]).round(2)
    """
  }
}
