import ArgumentParser
import Foundation
import StreamCost
import StreamCostIO

extension StreamCostCommand {
  /// `streamcost scenario`: scenario tools.
  struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "scenario", abstract: "Write or check scenario files.", subcommands: [Initialise.self, Check.self])

    /// `streamcost scenario init [PATH]`: writes a commented template.
    struct Initialise: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Write a commented scenario template with every key and its default.")

      @Argument(help: "File to write, or - for standard output.")
      var path: String = "scenario.yaml"

      @Flag(help: "Replace the file if it exists.")
      var force = false

      func run() throws {
        if path == "-" {
          print(ScenarioTemplate.text, terminator: "")
          return
        }
        if FileManager.default.fileExists(atPath: path) && !force {
          throw ExitStatus.report(InputError(file: path, message: "exists already; use --force to replace it", kind: .unwritable))
        }
        let directory = (path as NSString).deletingLastPathComponent
        do {
          try OutputDirectory.write([((path as NSString).lastPathComponent, ScenarioTemplate.text)], to: directory.isEmpty ? "." : directory)
        } catch {
          throw ExitStatus.report(error)
        }
        print(TerminalText.escaped("wrote \(path); edit it, then run: streamcost compare \(path)"))
      }
    }

    /// `streamcost scenario check FILE`: reads and validates a scenario without pricing it.
    struct Check: ParsableCommand {
      static let configuration = CommandConfiguration(abstract: "Read and validate a scenario file.")

      @Argument(help: "Scenario YAML file.")
      var path: String

      func run() throws {
        do {
          let scenario = try ScenarioLoader.load(path)
          print(TerminalText.escaped("\(path): ok — \(scenario.name), \(Format.counted(scenario.feeds.count, "feed")), \(Format.rate(scenario.totalWrite)) written, \(Format.counted(scenario.architectures.count, "architecture"))"))
        } catch {
          throw ExitStatus.report(error)
        }
      }
    }
  }
}
