import Foundation
import StreamCostIO
import Testing

/// A small valid scenario; lines 1-8 fixed (5 `- name`, 6 write, 7 retention, 8 partitions), `extra` from line 9.
func scenarioText(
  feed: String = "events", write: String = "10 MB/s", partitions: String = "6", extra: String = ""
) -> String {
  """
  version: 1
  name: cli-test
  pricing: aws/us-east-1
  feeds:
    - name: \(feed)
      write: \(write)
      retention: 1d
      partitions: \(partitions)

  """ + extra
}

/// Bad input at the command line: the documented exit status (sysexits: 64 usage, 65 data, 66 no input,
/// 73 cannot create), one `streamcost: error:` line per problem naming file and place, and no report written.
@Suite(.serialized)
struct BadInputTests {
  /// A `--out` folder that does not exist yet, in a fresh temporary folder.
  static func freshOut() throws -> URL { try CLIHarness.temporaryDirectory().appendingPathComponent("out") }

  @Test func malformedScenarioExits65NamingFileAndLineAndWritesNothing() throws {
    // Line 7 is indented by 3 and opens a flow list it never closes.
    let text = scenarioText().replacingOccurrences(of: "    retention: 1d\n", with: "   retention: [1d\n")
    let scenario = try CLIHarness.write(text)
    let out = try Self.freshOut()
    let result = try CLIHarness.run(["compare", scenario.path, "--out", out.path])
    #expect(result.status == 65)
    let lines = CLIHarness.errorLines(result)
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("streamcost: error: \(scenario.path):7: malformed YAML: ") == true, "\(lines)")
    #expect(result.stdout == "")
    #expect(CLIHarness.contents(of: out) == nil, "--out folder was created")
  }

  @Test func malformedScenarioLeavesAnExistingOutFolderEmpty() throws {
    let scenario = try CLIHarness.write(scenarioText(write: "fast"))
    let out = try CLIHarness.temporaryDirectory()
    let result = try CLIHarness.run(["compare", scenario.path, "--out", out.path])
    #expect(result.status == 65)
    // Line 6 holds `write:`; the message is QuantityParser's via YAMLValue.unit.
    #expect(result.stderr.hasPrefix("streamcost: error: \(scenario.path):6: feeds[0].write: cannot read 'fast' as a data rate"))
    #expect(CLIHarness.contents(of: out) == [])
  }

  @Test func missingScenarioFileExits66() throws {
    let out = try Self.freshOut()
    let result = try CLIHarness.run(["compare", "scenarios/does-not-exist.yaml", "--out", out.path])
    #expect(result.status == 66)
    #expect(result.stderr == "streamcost: error: scenarios/does-not-exist.yaml: no such file\n")  // TextFile.read
    #expect(result.stdout == "")
    #expect(CLIHarness.contents(of: out) == nil)
  }

  @Test func unknownInstanceTypeExits65AndSuggestsCloseNames() throws {
    let extra = """
      architectures:
        - type: kafka
          instance: r9z.large

      """
    let scenario = try CLIHarness.write(scenarioText(extra: extra))
    let out = try Self.freshOut()
    let result = try CLIHarness.run(["compare", scenario.path, "--out", out.path])
    #expect(result.status == 65)
    // Suggestions: the three names of the shipped book two edits from r9z.large, in name order (Nearest.matches);
    // r8g.large is also two edits away but is the fourth.
    #expect(
      result.stderr
        == "streamcost: error: \(scenario.path):11: architectures[0].instance: unknown instance type 'r9z.large' in price book "
        + "aws/us-east-1@2026-07-20; did you mean 'r6i.large', 'r7g.large', 'r7i.large'?\n")
    #expect(CLIHarness.contents(of: out) == nil)
  }

  /// 600 MB/s over 12 partitions is 50 MB/s a partition. Its leader sends (RF−1+F)·50 = 150 MB/s, more than
  /// c7g.large's 0.937 Gbit/s × 0.8 = 93.7 MB/s; but one replica of 30 days, 50 MB/s × 2,592,000 s ÷ U_disk 0.7
  /// = 1.851e14 B = 168.39 TiB, fits no broker (16 TiB at most): the disk is what binds, not the small NIC.
  @Test func withNoInstanceThatFitsTheErrorNamesTheLimitThatBindsTheLargestType() throws {
    let text = scenarioText(write: "600 MB/s", partitions: "12", extra: "architectures:\n  - type: kafka\n")
      .replacingOccurrences(of: "retention: 1d", with: "retention: 30d")
    let scenario = try CLIHarness.write(text)
    let result = try CLIHarness.run(["compare", scenario.path, "--no-ledger"])
    #expect(result.status == 65)
    let lines = CLIHarness.errorLines(result)
    #expect(lines.count == 1)
    let line = lines.first ?? ""
    #expect(line.contains("architectures[0].instance: no instance type in price book aws/us-east-1@2026-07-20 can run kafka"), "\(line)")
    #expect(line.contains("the largest type tried, fails: feed 'events': one partition replica needs 168.39 TiB of disk"), "\(line)")
    #expect(!line.contains("carries"), "\(line)")
  }

  @Test func anInstanceTooSmallForOnePartitionExits65NamingTheFeed() throws {
    let extra = """
      architectures:
        - type: kafka
          instance: m6i.large

      """
    let scenario = try CLIHarness.write(scenarioText(feed: "hot-feed", write: "200 MB/s", partitions: "1", extra: extra))
    let out = try Self.freshOut()
    let result = try CLIHarness.run(["compare", scenario.path, "--out", out.path])
    #expect(result.status == 65)
    let lines = CLIHarness.errorLines(result)
    #expect(lines.count == 1)
    let line = try #require(lines.first)
    // One partition leader sends (RF−1+F)·W/P = (3−1+1) × 200 MB/s = 600 MB/s; an m6i.large carries
    // 0.781 Gbit/s × 80% ≈ 78.1 MB/s (instances.csv, topology default).
    // Line 11 holds `instance: m6i.large` (scenarioText is lines 1–8; `architectures:` is 9, `- type: kafka` 10).
    #expect(line.hasPrefix("streamcost: error: \(scenario.path):11: architectures[0].instance: feed 'hot-feed': "))
    #expect(line.contains("600 MB/s"))
    #expect(line.contains("m6i.large carries 78.1 MB/s"))
    #expect(line.hasSuffix("add partitions or choose a larger instance"))
    #expect(CLIHarness.contents(of: out) == nil)
  }

  @Test func aBadPricingFolderExits65NamingTheCSVFileAndRow() throws {
    let book = try CLIHarness.bookCopy(editing: "instances.csv") { lines in
      lines[1] = lines[1].replacingOccurrences(of: ",Hours,0.096,", with: ",Hours,abc,")  // row 2: m6i.large
    }
    let out = try Self.freshOut()
    let result = try CLIHarness.run([
      "compare", "scenarios/telco-c360-feeds.yaml", "--pricing", book.path, "--out", out.path,
    ])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "streamcost: error: \(book.path)/instances.csv:2: column price: 'abc' is not a number "
        + "(accepted: a plain decimal such as 0.023)\n")
    #expect(CLIHarness.contents(of: out) == nil)
  }

  @Test func aPricingFolderWithoutBookCSVExits66() throws {
    let book = try CLIHarness.bookCopy()
    try FileManager.default.removeItem(at: book.appendingPathComponent("book.csv"))
    let result = try CLIHarness.run(["compare", "scenarios/telco-c360-feeds.yaml", "--pricing", book.path])
    #expect(result.status == 66)
    #expect(result.stderr == "streamcost: error: \(book.path)/book.csv: no such file\n")
  }

  @Test func anOutFolderUnderARegularFileExits73AndPrintsNoReport() throws {
    let root = try CLIHarness.temporaryDirectory()
    let file = root.appendingPathComponent("a-file")
    try Data("x".utf8).write(to: file)
    let out = file.appendingPathComponent("out")
    let result = try CLIHarness.run(["compare", "scenarios/telco-c360-feeds.yaml", "--out", out.path])
    #expect(result.status == 73)
    #expect(result.stderr.hasPrefix("streamcost: error: \(out.path): cannot create the output folder ("))
    #expect(result.stdout == "")
    #expect(CLIHarness.contents(of: root) == ["a-file"])
  }

  @Test func anUnknownFormatIsAUsageErrorExiting64() throws {
    let out = try Self.freshOut()
    let result = try CLIHarness.run(["compare", "scenarios/telco-c360-feeds.yaml", "--format", "xml", "--out", out.path])
    #expect(result.status == 64)
    // ArgumentParser's message names the value and the accepted ones (OutputFormat.allCases).
    #expect(result.stderr.contains("The value 'xml' is invalid for '--format <format>'"))
    #expect(result.stderr.contains("'table', 'csv' or 'json'"))
    #expect(CLIHarness.contents(of: out) == nil)
  }

  @Test func aMissingArgumentIsAUsageErrorExiting64() throws {
    let result = try CLIHarness.run(["compare"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("Missing expected argument '<scenario>'"))
  }
}

/// `streamcost pricing validate`.
@Suite(.serialized)
struct PricingValidateTests {
  @Test func theShippedBookIsValid() throws {
    let result = try CLIHarness.run(["pricing", "validate", "pricing/aws/us-east-1/2026-07-20"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    // instances.csv: 51 types; rates.csv: 8 ids in 10 rows (S3 storage has three tiers).
    #expect(
      result.stdout
        == "pricing/aws/us-east-1/2026-07-20: ok — aws/us-east-1@2026-07-20, USD, 51 instance types, 8 rates (10 price tiers)\n"
    )
    #expect(result.stderr == "")
  }

  @Test func aBadBookExits65ListingEveryProblem() throws {
    let book = try CLIHarness.bookCopy(editing: "book.csv") { lines in lines.removeAll { $0.hasPrefix("as_of,") } }
    try CLIHarness.editBook(book, "instances.csv") { lines in
      lines[1] = lines[1].replacingOccurrences(of: ",Hours,0.096,", with: ",Hours,abc,")  // row 2
      lines.append(lines[2])  // m6i.xlarge again, as row 53
    }
    try CLIHarness.editBook(book, "rates.csv") { lines in
      lines[7] = lines[7].replacingOccurrences(of: ",1000 Requests,", with: ",Requests,")  // row 8: s3.standard.put
    }
    let result = try CLIHarness.run(["pricing", "validate", book.path])
    #expect(result.status == 65)
    #expect(result.stdout == "")
    let lines = CLIHarness.errorLines(result)
    // Four edits, four problems, in the order book.csv, instances.csv, rates.csv.
    #expect(lines.count == 4, "\(lines)")
    let expected = [
      "streamcost: error: \(book.path)/book.csv: as_of: is missing",
      "streamcost: error: \(book.path)/instances.csv:2: column price: 'abc' is not a number",
      "streamcost: error: \(book.path)/instances.csv:53: column type: 'm6i.xlarge' is listed twice",
      "streamcost: error: \(book.path)/rates.csv:8: column unit: 'Requests' is not a known pricing unit",
    ]
    for (line, prefix) in zip(lines, expected) {
      #expect(line.hasPrefix(prefix), "\(line)")
    }
  }

  @Test func aMissingRateIsNamed() throws {
    let book = try CLIHarness.bookCopy(editing: "rates.csv") { lines in lines.removeAll { $0.hasPrefix("s3.standard.get,") } }
    let result = try CLIHarness.run(["pricing", "validate", book.path])
    #expect(result.status == 65)
    #expect(result.stderr == "streamcost: error: \(book.path)/rates.csv: required rate 's3.standard.get' is missing\n")
  }
}

/// `streamcost scenario init` and `scenario check`.
@Suite(.serialized)
struct ScenarioCommandTests {
  @Test func theTemplatePrintedToStdoutPassesCheck() throws {
    let printed = try CLIHarness.run(["scenario", "init", "-"])
    #expect(printed.status == 0)
    #expect(printed.stdout == ScenarioTemplate.text)
    let file = try CLIHarness.write(printed.stdout, named: "template.yaml")
    let checked = try CLIHarness.run(["scenario", "check", file.path])
    #expect(checked.status == 0, "stderr: \(checked.stderr)")
    // Values written in the template: one feed at 50 MB/s, the four architectures.
    #expect(checked.stdout == "\(file.path): ok — my-workload, 1 feed, 50 MB/s written, 4 architectures\n")
  }

  @Test func initWritesANewFileWithoutTemporaries() throws {
    let folder = try CLIHarness.temporaryDirectory()
    let path = folder.appendingPathComponent("new.yaml").path
    let result = try CLIHarness.run(["scenario", "init", path])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout == "wrote \(path); edit it, then run: streamcost compare \(path)\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == ScenarioTemplate.text)
    #expect(CLIHarness.contents(of: folder) == ["new.yaml"])
  }

  @Test func initRefusesToOverwriteWithoutForce() throws {
    let file = try CLIHarness.write("mine\n", named: "taken.yaml")
    let refused = try CLIHarness.run(["scenario", "init", file.path])
    #expect(refused.status == 73)
    #expect(refused.stderr == "streamcost: error: \(file.path): exists already; use --force to replace it\n")
    #expect(try String(contentsOf: file, encoding: .utf8) == "mine\n")

    let forced = try CLIHarness.run(["scenario", "init", file.path, "--force"])
    #expect(forced.status == 0, "stderr: \(forced.stderr)")
    #expect(try String(contentsOf: file, encoding: .utf8) == ScenarioTemplate.text)
  }

  @Test func checkReportsEveryValidationProblem() throws {
    let extra = """
      topology:
        replication_factor: 0
        azs: 0

      """
    let file = try CLIHarness.write(scenarioText(extra: extra))
    let result = try CLIHarness.run(["scenario", "check", file.path])
    #expect(result.status == 65)
    // Lines 10 and 11 hold the two keys; ScenarioValidation checks azs first.
    #expect(
      Set(CLIHarness.errorLines(result)) == [
        "streamcost: error: \(file.path):10: topology.replication_factor: must be at least 1 (got 0)",
        "streamcost: error: \(file.path):11: topology.azs: must be at least 1 (got 0)",
      ])
  }

  @Test func checkOnAnUnknownKeySuggestsTheNearest() throws {
    let file = try CLIHarness.write(scenarioText().replacingOccurrences(of: "retention:", with: "retension:"))
    let result = try CLIHarness.run(["scenario", "check", file.path])
    #expect(result.status == 65)
    #expect(
      result.stderr.hasPrefix(
        "streamcost: error: \(file.path):7: feeds[0].retension: unknown key 'retension': did you mean 'retention'?"))
  }
}
