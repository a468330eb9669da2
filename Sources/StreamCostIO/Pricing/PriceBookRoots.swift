import Foundation

/// The folders searched, in order, for the price book a scenario names (`<root>/<provider>/<region>/<as-of>/`)
/// when no `--pricing` or `--pricing-root` is given:
///
/// 1. `$STREAMCOST_PRICING`, when set;
/// 2. `./pricing`, in the working directory (a clone of the repository);
/// 3. `../pricing` next to the scenario file (the shipped `scenarios/` beside `pricing/`);
/// 4. `../share/streamcost/pricing` next to the binary, where `make install PREFIX=…` puts the
///    shipped books (`$PREFIX/bin/streamcost`, `$PREFIX/share/streamcost/pricing`).
public enum PriceBookRoots {
  /// The environment variable that names a folder of price books.
  public static let environmentKey = "STREAMCOST_PRICING"
  /// Where the installed books sit, relative to the binary's folder.
  public static let installedRelativeToBinary = "../share/streamcost/pricing"

  /// The roots to search, without duplicates (a root that is another's path again is left out), for `scenarioFile` run by the binary at `executable`.
  public static func candidates(environment: [String: String], scenarioFile: String, executable: String?) -> [String] {
    var roots: [String] = []
    if let explicit = environment[environmentKey], !explicit.isEmpty { roots.append(explicit) }
    roots.append("./pricing")
    let scenarioFolder = (scenarioFile as NSString).deletingLastPathComponent
    roots.append(scenarioFolder.isEmpty ? "../pricing" : (scenarioFolder as NSString).appendingPathComponent("../pricing"))
    if let executable {
      let binFolder = (executable as NSString).deletingLastPathComponent
      roots.append(((binFolder as NSString).appendingPathComponent(installedRelativeToBinary) as NSString).standardizingPath)
    }
    var seen: Set<String> = []
    return roots.filter { seen.insert(absolute($0)).inserted }
  }

  /// `path` from the root folder, with `.` and `..` worked out, to tell two spellings of one folder apart.
  static func absolute(_ path: String) -> String {
    let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var parts: [Substring] = []
    for part in full.split(separator: "/") where part != "." {
      if part == ".." { _ = parts.popLast() } else { parts.append(part) }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// This process's binary, symbolic links resolved (so a `streamcost` linked into `~/bin` finds
  /// the books of the installation it links to).
  public static var currentExecutable: String? {
    Bundle.main.executableURL?.resolvingSymlinksInPath().path
  }
}
