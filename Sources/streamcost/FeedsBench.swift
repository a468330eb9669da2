import Foundation
import StreamCost
import StreamCostIO

/// `streamcost bench --feeds N`: a month of N feeds at 5-minute steps, every architecture, timed
/// end to end with the timeline streamed and counted, not kept: the memory a run of many feeds
/// needs (docs/performance.md).
///
/// The feeds are the scenario's, repeated in turn until there are N, each copy writing its
/// original's rate ÷ the copies made of it, so the cluster's total write is the scenario's. Every
/// third copy adds a daily shape of its own (peak at its copy number's hour), so that the run has
/// feeds of up to 24 distinct profiles besides the flat ones, as a real cluster of many topics would.
struct FeedsBench {
  var scenario: Scenario
  var book: PriceBook
  var feeds: Int

  /// A month of 5-minute steps: the horizon and step named by the hardening issue's memory target.
  static let horizon = TimeSpan.hours(ModelConstants.hoursPerBillingMonth)
  static let step = TimeSpan.minutes(5)
  /// Peak ÷ mean of the copies' own daily shapes (assumption: a moderate evening peak).
  static let ownPeak = 1.5

  func bench() -> Scenario {
    var bench = scenario
    bench.time = TimeSettings(start: scenario.time.start, horizon: Self.horizon, step: Self.step)
    let originals = scenario.feeds
    let copies = originals.indices.map { i in (feeds - i + originals.count - 1) / originals.count }
    bench.feeds = (0..<feeds).map { n in
      let i = n % originals.count
      var feed = originals[i]
      feed.name = "\(feed.name)-\(n / originals.count)"
      feed.write = feed.write / Double(copies[i])
      if n % 3 == 2 { feed.profile = LoadProfile([.diurnal(.peak(hour: Double((n / 3) % 24), multiplier: Self.ownPeak))]) }
      return feed
    }
    return bench
  }

  func run() throws {
    let bench = bench()
    let issues = bench.validate()
    guard issues.isEmpty else {
      print("streamcost bench --feeds \(feeds): refused: \(issues.map(\.description).joined(separator: "; "))")
      return
    }
    print("streamcost bench --feeds: \(feeds) feeds, \(bench.architectures.count) architectures, a month of 5-minute steps (\(bench.time.stepCount) steps)")
    var sink = CountingSink()
    let began = DispatchTime.now().uptimeNanoseconds
    let result = try Simulator(book: book).run(bench, timeline: &sink)
    let wall = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
    print("wall s     timeline records   peak memory MB")
    print(
      Format.number(wall, places: 3).padding(toLength: 11, withPad: " ", startingAt: 0)
        + String(sink.records).padding(toLength: 19, withPad: " ", startingAt: 0)
        + Format.number(StreamCostCommand.Bench.peakMemoryMB(), places: 1))
    for totals in result.comparison.results {
      print("  \(TerminalText.escaped(totals.name)): \(Format.number(totals.total.doubleValue, places: 2)) \(book.info.currency)")
    }
  }
}
