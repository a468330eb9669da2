import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// Monte Carlo runs end to end through the scenario reader and the simulator.
struct UncertaintyRunTests {
  static func options(samples: Int, precision: Double = 0, jobs: Int = 2, seed: UInt64 = 19) -> UncertaintyRun.Options {
    var options = UncertaintyRun.Options()
    options.samples = samples
    options.precision = precision
    options.jobs = jobs
    options.seed = seed
    return options
  }

  /// The only uncertain input is the compute price factor f, and kafka's bill is linear in it:
  /// total = R + C·f with C = (2 brokers + 3 controllers) × $0.096/h (m6i.large, instances.csv of
  /// the shipped book) × 24 h = $11.52 (a horizon shorter than a month is reported whole).
  /// Type-7 quantiles commute with an increasing linear map, so every quantile of the bill is R + C × the same quantile of the drawn factors,
  /// exactly; and the factors' P10 is the fitted lognormal's, 1/1.2 (the upper tail, ln 1.2, is the
  /// wider: UncertainDistribution.fitted), within the binomial order-statistic bracket.
  @Test func aBillLinearInItsOnlyInputHasThatInputsQuantiles() async throws {
    let run = try UncertaintyRun(template: try UncertaintyReaderTests.template("linear-compute.yaml"))
    let base = try run.template.makeWorker().outcome([]).architectures[0]
    let c = base.categories[CostCategory.compute.rank].doubleValue
    #expect(abs(c - 11.52) < 1e-9)
    let r = base.totalValue - c
    let result = try await run.run(Self.options(samples: 400))
    #expect(result.samples.count == 400)
    let factors = result.samples.map { $0[0] }
    for (f, outcome) in zip(factors, result.outcomes) {
      #expect(abs(outcome.architectures[0].totalValue - (r + c * f)) < 1e-6)
    }
    let q = SampleQuantiles(factors)
    let bill = result.summary.architectures[0].total
    for (got, p) in [(bill.p5, 0.05), (bill.p10, 0.1), (bill.p50, 0.5), (bill.p90, 0.9), (bill.p95, 0.95)] {
      #expect(abs(got - (r + c * q.quantile(p))) < 1e-6, "P\(Int(p * 100))")
    }
    #expect(abs(bill.mean - (r + c * q.mean)) < 1e-6)
    let n = 400.0
    let half = 3 * (0.1 * 0.9 / n).squareRoot()
    let fitted = run.plan.inputs[0].distribution
    #expect(q.quantile(0.1) >= fitted.quantile(0.1 - half) && q.quantile(0.1) <= fitted.quantile(0.1 + half))
    #expect(abs(fitted.quantile(0.1) - 1 / 1.2) < 1e-9)
    #expect(result.summary.architectures[0].probabilityCheapest == 1)
  }

  /// Write and retention, stated rank-correlated 0.6, come out so in the drawn samples (tolerance:
  /// three of Fisher's standard errors, (1 − r²)/√(n − 1)), batch after batch.
  @Test func aCorrelatedPairKeepsItsRankCorrelation() async throws {
    let run = try UncertaintyRun(template: try UncertaintyReaderTests.template("correlated-feed.yaml"))
    let result = try await run.run(Self.options(samples: 300))
    let rho = ImanConover.spearman(result.samples.map { $0[0] }, result.samples.map { $0[2] })
    #expect(abs(rho - 0.6) < 3 * (1 - 0.36) / (299.0).squareRoot(), "\(rho)")
    let summary = result.summary
    #expect(abs(summary.architectures.map(\.probabilityCheapest).reduce(0, +) - 1) < 1e-12)
    for arch in summary.architectures {
      let t = arch.total
      #expect(t.p5 <= t.p10 && t.p10 <= t.p50 && t.p50 <= t.p90 && t.p90 <= t.p95)
    }
  }

  /// The samples, and so every file (the monthly quantiles and run.csv too), depend on the seed
  /// only: byte-identical for 1, 2 and 3 jobs, different for another seed.
  @Test(arguments: ["correlated-feed.yaml", "growth-quantiles.yaml"])
  func filesAreIdenticalWhateverTheJobCount(_ fixture: String) async throws {
    let run = try UncertaintyRun(template: try UncertaintyReaderTests.template(fixture))
    var files: [[String]] = []
    for jobs in [1, 2, 3] {
      let options = Self.options(samples: 120, jobs: jobs)
      files.append(UncertaintyCSV.files(run, result: try await run.run(options), options: options).map(\.contents))
    }
    #expect(files[0].count == 5)
    #expect(files[0] == files[1])
    #expect(files[0] == files[2])
    let other = try await run.run(Self.options(samples: 120, seed: 20))
    #expect(UncertaintyCSV.samples(run, result: other) != files[0][2])
  }

  /// monthly_quantiles.csv: one row per architecture and billed month. Over a one-month horizon
  /// the month's spread is the total's; over two 730-hour months (growth-quantiles.yaml) the rows
  /// start 730 h apart, and each month's quantiles are in order.
  @Test func monthlyQuantiles() async throws {
    let linear = try UncertaintyRun(template: try UncertaintyReaderTests.template("linear-compute.yaml"))
    let one = try await linear.run(Self.options(samples: 100))
    let kafka = one.summary.architectures[0]
    #expect(kafka.monthly.count == 1)
    #expect(abs(kafka.monthly[0].p50 - kafka.total.p50) < 1e-6)
    #expect(abs(kafka.monthly[0].p95 - kafka.total.p95) < 1e-6)
    let growth = try UncertaintyRun(template: try UncertaintyReaderTests.template("growth-quantiles.yaml"))
    let two = try await growth.run(Self.options(samples: 100))
    #expect(two.summary.monthStarts.count == 2)
    #expect(two.summary.monthStarts[1] - two.summary.monthStarts[0] == 730 * 3_600)
    let lines = UncertaintyCSV.monthlyQuantiles(two, currency: "USD").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines[0] == UncertaintyCSV.monthlyQuantilesColumns.joined(separator: ","))
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("kafka,kafka,1,\(ISOTimestamp.format(two.summary.monthStarts[0])),"))
    #expect(lines[2].hasPrefix("kafka,kafka,2,\(ISOTimestamp.format(two.summary.monthStarts[1])),"))
    for month in two.summary.architectures[0].monthly {
      #expect(month.p5 <= month.p10 && month.p10 <= month.p25 && month.p25 <= month.p50)
      #expect(month.p50 <= month.p75 && month.p75 <= month.p90 && month.p90 <= month.p95)
    }
  }

  /// A loose precision is met after the first batch of 100; none at all draws every sample.
  @Test func stopsEarlyOnceThePrecisionIsMet() async throws {
    let run = try UncertaintyRun(template: try UncertaintyReaderTests.template("linear-compute.yaml"))
    let early = try await run.run(Self.options(samples: 1_000, precision: 0.5))
    #expect(early.converged)
    #expect(early.samples.count == ModelDefaults.uncertaintyBatch.value)
    let all = try await run.run(Self.options(samples: 150, precision: 0))
    #expect(!all.converged)
    #expect(all.samples.count == 150)
  }

  /// quantiles.csv: the total row's P50 is the summary's, to the cent; ranking.csv sums to 1.
  @Test func csvColumns() async throws {
    let run = try UncertaintyRun(template: try UncertaintyReaderTests.template("correlated-feed.yaml"))
    let result = try await run.run(Self.options(samples: 100))
    let quantiles = UncertaintyCSV.quantiles(result, currency: "USD").components(separatedBy: "\r\n")
    #expect(quantiles[0] == UncertaintyCSV.quantilesColumns.joined(separator: ","))
    #expect(quantiles.count == 1 + 2 * (1 + CostCategory.allCases.count) + 1)
    let total = quantiles[1].components(separatedBy: ",")
    #expect(total[0] == "kafka" && total[2] == "total")
    #expect(abs(Double(total[6])! - result.summary.architectures[0].total.p50) <= 0.005)
    let samples = UncertaintyCSV.samples(run, result: result).components(separatedBy: "\r\n")
    #expect(samples[0].hasPrefix("sample,feeds.events.write,feeds.events.fan_out,feeds.events.retention,"))
    #expect(samples[0].hasSuffix(",kafka,shared-storage"))
    #expect(samples.count == 102)
    let ranking = UncertaintyCSV.ranking(result).components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
    let shares = ranking.map { Double($0.components(separatedBy: ",")[2])! }
    #expect(abs(shares.reduce(0, +) - 1) < 1e-9)
  }
}
