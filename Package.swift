// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "StreamCost",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "StreamCost", targets: ["StreamCost"]),
    .library(name: "StreamCostIO", targets: ["StreamCostIO"]),
    .executable(name: "streamcost", targets: ["streamcost"]),
  ],
  // Exact versions, so every machine builds the same code: Package.resolved is not committed (its
  // revisions are machine-specific here). swift-crypto brings swift-asn1 within its own range.
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
  ],
  targets: [
    // Pure core: units, scenario model, price book, architectures, report values. No I/O.
    .target(name: "StreamCost"),
    // libcsv, the C CSV parser and writer (Debian: libcsv-dev).
    .systemLibrary(
      name: "CLibCSV",
      path: "Sources/CLibCSV",
      providers: [.apt(["libcsv-dev"])]
    ),
    // glibc's mallopt, with which the CLI keeps large blocks in the heap (AllocatorTuning.swift).
    .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
    // Edges: YAML scenarios, CSV price books and reports, terminal tables, files.
    .target(
      name: "StreamCostIO",
      dependencies: [
        "StreamCost",
        "CLibCSV",
        .product(name: "Yams", package: "Yams"),
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    // The thin CLI.
    .executableTarget(
      name: "streamcost",
      dependencies: [
        "StreamCost",
        "StreamCostIO",
        "CMalloc",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "StreamCostTests", dependencies: ["StreamCost", "StreamCostTestSupport"]),
    // What the tests share: temporary folders removed when the test process exits, and seeded
    // scenario cases drawn with the core's SplitMix64.
    .target(name: "StreamCostTestSupport", dependencies: ["StreamCost"], path: "Tests/StreamCostTestSupport"),
    .testTarget(
      name: "StreamCostIOTests",
      dependencies: ["StreamCost", "StreamCostIO", "StreamCostTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "StreamCostCLITests",
      dependencies: ["streamcost", "StreamCostIO", "StreamCostTestSupport"],
      // Read by path from the package root, not bundled: the hostile corpus and its generator, and the
      // inputs the fuzzing targets once crashed on (seeds of `make fuzz`, docs/fuzzing.md).
      exclude: ["Hostile/corpus", "Hostile/generate.py", "Hostile/fuzz-found"]
    ),
  ]
)
