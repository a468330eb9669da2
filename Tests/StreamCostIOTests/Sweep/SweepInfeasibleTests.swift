import Foundation
import StreamCost
import Testing

@testable import StreamCostIO

/// Sweeps that cross into infeasibility, and `--pair`, through the scenario reader and the simulator.
struct SweepInfeasibleTests {
  /// m6i.large's baseline network, 0.781 Gb/s (pricing/aws/us-east-1/2026-07-20/instances.csv), at
  /// the 80 % target utilisation (ModelDefaults.networkUtilisation), in bytes/s: 78.1 MB/s. With one
  /// partition, RF 1 and one consumer, kafka's partition leader sends W, so kafka fits up to W = 78.1 MB/s.
  static let kafkaLimit = 0.781e9 * 0.8 / 8

  static func rows(_ csv: String) -> [[String]] {
    csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
  }

  @Test func infeasiblePointsAreRowsNotAnAbort() async throws {
    let grid = try SweepGrid(axes: [try SweepAxis.parse("workload.write=20MB/s..160MB/s:x2")])
    let run = try SweepRun(template: try SweepRunTests.template("infeasible-partition.yaml"), grid: grid)
    let outcomes = try await run.outcomes(jobs: 2)
    // kafka: 20 and 40 MB/s fit, 80 and 160 do not; shared-storage on m6i.2xlarge sends 2.5 W
    // per partition against 312.5 MB/s, so 160 MB/s (400 MB/s) does not fit.
    #expect(outcomes.map { $0.architectures.map(\.isFeasible) } == [[true, true], [true, true], [false, true], [false, false]])
    #expect(outcomes.map(\.cheapest) == [0, 0, 1, nil])
    let rows = Self.rows(SweepCSV.sweep(run, outcomes: outcomes))
    let header = rows[0]
    #expect(header.suffix(3) == ["currency", "status", "binding_limit"])
    let column = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
    let kafka80 = rows[5]
    #expect(kafka80[column["architecture"]!] == "kafka")
    #expect(kafka80[column["status"]!] == "infeasible")
    #expect(kafka80[column["binding_limit"]!].hasPrefix("m6i.large: feed 'events': one partition leader sends 80 MB/s"))
    #expect(kafka80[column["binding_limit"]!].contains("m6i.large carries 78.1 MB/s at the target utilisation"))
    let figures = kafka80[column["rank"]!...column["hours_short"]!]
    #expect(figures.allSatisfy { $0.isEmpty })
    #expect(kafka80[column["currency"]!] == "USD")
    let shared80 = rows[6]
    #expect(shared80[column["status"]!] == "ok" && shared80[column["rank"]!] == "1" && shared80[column["binding_limit"]!] == "")
    #expect(rows[1][column["status"]!] == "ok" && rows[1][column["rank"]!] == "1")
    #expect(rows[8][column["binding_limit"]!].contains("one partition leader sends 400 MB/s"))

    // Infeasible counts as dearer than anything: kafka → shared-storage between 40 and 80 MB/s,
    // bisected onto kafka's limit; 80 → 160 MB/s has no cheapest at its upper end and is skipped.
    let crossovers = try await run.crossovers(outcomes, jobs: 2)
    #expect(crossovers.count == 1)
    let c = try #require(crossovers.first)
    #expect([c.cheapestBelow, c.cheapestAbove] == ["kafka", "shared-storage"])
    #expect(c.bracketLow!.value <= Self.kafkaLimit && Self.kafkaLimit <= c.bracketHigh!.value, "\(c)")
    #expect(c.ratioAbove == .infinity)
    let table = SweepTables.sweep(run, outcomes: outcomes)
    #expect(table.contains("infeasible"))
    #expect(table.contains("kafka is infeasible at 2 of 4 combination(s), first because m6i.large: feed 'events'"))
  }

  @Test func errorsThatAreNotSizingStillAbort() async throws {
    let grid = try SweepGrid(axes: [try SweepAxis.parse("architectures.kafka.instance=m6i.large,m6i.nope")])
    let run = try SweepRun(template: try SweepRunTests.template("infeasible-partition.yaml"), grid: grid)
    await #expect {
      _ = try await run.outcomes(jobs: 1)
    } throws: { error in
      "\(error)".contains("unknown instance type 'm6i.nope'")
    }
  }

  /// diskless is cheapest from 8 h on, so following the cheapest finds kafka → diskless only;
  /// the pair finds kafka → shared-storage where the sweep's own totals change sign, at the
  /// retention computed by hand in SweepRunTests.
  @Test func aPairCrossesWhereTheCheaperOfTheTwoChanges() async throws {
    let grid = try SweepGrid(axes: [try SweepAxis.parse("feeds.events.retention=4h..16h:4h")])
    let run = try SweepRun(template: try SweepRunTests.template("pair-retention.yaml"), grid: grid)
    #expect(run.architectureNames == ["kafka", "shared-storage", "diskless"])
    let outcomes = try await run.outcomes(jobs: 2)
    let cheapest = try await run.crossovers(outcomes, jobs: 2)
    #expect(cheapest.map { [$0.cheapestBelow, $0.cheapestAbove] } == [["kafka", "diskless"]])

    let mode = try CrossoverSearch.Mode(pair: "kafka,shared-storage", names: run.architectureNames)
    let signs = outcomes.map { $0.architectures[0].total < $0.architectures[1].total }
    let switchAt = try #require(signs.indices.dropFirst().first { signs[$0] != signs[$0 - 1] })
    let pair = try await run.crossovers(outcomes, mode: mode, jobs: 2)
    #expect(pair.count == 1)
    let c = try #require(pair.first)
    #expect(c.lower == switchAt - 1 && c.upper == switchAt)
    #expect([c.cheapestBelow, c.cheapestAbove] == ["kafka", "shared-storage"])
    let value = try #require(c.value?.value)
    #expect(abs(value - SweepRunTests.handCrossover) / SweepRunTests.handCrossover < 0.01, "\(value) s")
    let csv = Self.rows(SweepCSV.crossover(run, crossovers: pair, mode: mode))
    #expect(csv[0].last == "mode" && csv[1].last == "pair")
    #expect(SweepTables.crossovers(run, pair, mode: mode).contains("Crossovers of kafka and shared-storage"))
  }
}
