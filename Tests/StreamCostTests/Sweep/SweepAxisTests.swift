import Testing

@testable import StreamCost

/// `--vary PATH=VALUES`: lists, linear and geometric ranges, and the errors for bad ones.
struct SweepAxisTests {
  func labels(_ option: String) throws -> [String] { try SweepAxis.parse(option).values.map(\.label) }

  @Test func listsKeepTheirOrderAndText() throws {
    let axis = try SweepAxis.parse("feeds.telemetry.retention=1d,3d, 7d,30d")
    #expect(axis.path == "feeds.telemetry.retention")
    #expect(axis.scale == .list)
    #expect(axis.dimension == .duration)
    #expect(axis.values.map(\.label) == ["1d", "3d", "7d", "30d"])
    // Written into the scenario in base units: 7 d = 604,800 s.
    #expect(axis.values[2].scenarioText == "604800s")
  }

  @Test func wordsAreCategorical() throws {
    let axis = try SweepAxis.parse("architectures.kafka.instance=r6i.large,cheapest")
    #expect(axis.dimension == nil)
    #expect(axis.values.map(\.scenarioText) == ["r6i.large", "cheapest"])
  }

  @Test func linearRangesIncludeTheEndWhenAStepLandsOnIt() throws {
    #expect(try labels("topology.azs=2..6:1") == ["2", "3", "4", "5", "6"])
    #expect(try SweepAxis.parse("topology.azs=2..6:1").values.map(\.scenarioText) == ["2", "3", "4", "5", "6"])
    #expect(try labels("x=1d..30d:7d") == ["1d", "8d", "15d", "22d", "29d"])
    #expect(try labels("x=0.25..1:0.25") == ["0.25", "0.5", "0.75", "1"])
    // A single value when the ends are equal.
    #expect(try labels("x=7d..7d:1d") == ["7d"])
  }

  @Test func geometricRangesMultiplyAndStayInTheStartUnit() throws {
    let axis = try SweepAxis.parse("workload.write=50MB/s..2GB/s:x2")
    #expect(axis.scale == .geometric)
    #expect(axis.values.map(\.label) == ["50MB/s", "100MB/s", "200MB/s", "400MB/s", "800MB/s", "1600MB/s"])
    #expect(axis.values[0].quantity?.value == 50e6)
    #expect(axis.values[0].scenarioText == "50000000 B/s")
  }

  @Test func percentagesAndBinaryUnits() throws {
    #expect(try labels("topology.network_utilisation=50%..80%:10%") == ["50%", "60%", "70%", "80%"])
    #expect(try SweepAxis.parse("x=1GiB..4GiB:x2").values.map { $0.quantity!.value } == [1_073_741_824, 2_147_483_648, 4_294_967_296])
  }

  @Test func anEmptyRangeIsRefused() {
    #expect(throws: SweepError.self) { try SweepAxis.parse("x=30d..1d:1d") }
    do {
      _ = try SweepAxis.parse("x=30d..1d:1d")
    } catch {
      #expect(error.description.contains("--vary x=30d..1d:1d: empty range: 30d is above 1d"))
    }
  }

  @Test func aStepOfZeroOrBelowIsRefused() {
    for option in ["x=1d..30d:0d", "x=1..5:0", "x=1..5:-1"] {
      do {
        _ = try SweepAxis.parse(option)
        Issue.record("\(option) was accepted")
      } catch {
        #expect(error.message.contains("never reaches the end"), "\(error)")
      }
    }
  }

  @Test func aFactorOfOneOrBelowIsRefused() {
    for option in ["x=1..64:x1", "x=1..64:x0.5"] {
      #expect(throws: SweepError.self) { try SweepAxis.parse(option) }
    }
    #expect(throws: SweepError.self) { try SweepAxis.parse("x=0MB/s..1GB/s:x2") }
  }

  @Test func mixedUnitsAreRefused() {
    for option in ["x=1d..30GB:1d", "x=1d..30d:1GB", "x=1d,5GB", "x=50MB/s..2GB/s:1d"] {
      do {
        _ = try SweepAxis.parse(option)
        Issue.record("\(option) was accepted")
      } catch {
        #expect(error.message.contains("mixed units"), "\(error)")
      }
    }
  }

  @Test func malformedOptionsNameWhatIsMissing() {
    let cases = [
      ("retention", "no '='"), ("=1d", "key path is empty"), ("x=", "no values"), ("x=1d..30d", "no step"),
      ("x=1d,,3d", "empty value"), ("x=..3:1", "no start"),
    ]
    for (option, expected) in cases {
      do {
        _ = try SweepAxis.parse(option)
        Issue.record("\(option) was accepted")
      } catch {
        #expect(error.message.contains(expected), "\(option): \(error)")
        #expect(error.option == "--vary \(option)")
      }
    }
  }

  @Test func tooManyValuesAreRefused() {
    #expect(throws: SweepError.self) { try SweepAxis.parse("x=1..1000000:1") }
  }
}
