// swift-tools-version:5.4
import PackageDescription

// libFuzzer targets for StreamCost's input readers, kept out of the main package so that its
// `swift build` and `swift test` never see the sanitizer flags. Build and run them with `make fuzz`
// (docs/fuzzing.md): `swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library`.
//
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM links an executable with its entry point
// renamed (`--defsym main=<Target>_main`, for testable executables), which `-parse-as-library`
// leaves undefined, so the link fails; before 5.5 it links libFuzzer's own `main`, as wanted.
let package = Package(
  name: "StreamCostFuzz",
  dependencies: [
    // Named, because a path dependency's identity is otherwise its folder's name (a worktree's, a clone's).
    .package(name: "StreamCost", path: "..")
  ],
  targets: [
    // What the three targets share: a private scratch folder, libFuzzer's input as bytes.
    .target(
      name: "FuzzSupport",
      dependencies: [.product(name: "StreamCostIO", package: "StreamCost")]
    ),
    // A scenario YAML file, read and validated as `streamcost scenario check` does.
    .executableTarget(
      name: "FuzzScenario",
      dependencies: ["FuzzSupport", .product(name: "StreamCostIO", package: "StreamCost")]
    ),
    // A price book's three CSV files, read and validated as `streamcost pricing validate` does.
    .executableTarget(
      name: "FuzzPriceBook",
      dependencies: ["FuzzSupport", .product(name: "StreamCostIO", package: "StreamCost")]
    ),
    // A measured-series CSV file, read through a scenario's `series:` profile as `compare` does.
    .executableTarget(
      name: "FuzzSeries",
      dependencies: ["FuzzSupport", .product(name: "StreamCostIO", package: "StreamCost")]
    ),
  ]
)
