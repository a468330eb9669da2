import Foundation
import Testing

@testable import StreamCost

/// Diskless agents (docs/model.md §4), derived by hand on the two shared workloads.
struct DisklessAgentsTests {
  /// Workload A on c7g.xlarge (4 vCPU, 1.876 Gbit/s):
  /// - CPU: client traffic W + F·W = 4W = 419,430,400 B/s ÷ (42.67 MiB/s × 50 %) = 18.75 vCPU ÷ 4 = 4.69 → 5
  /// - NIC out (1 + 2)·W + 3W = 6W ÷ 187.6 MB/s = 3.35 → 4; in (1 + 3 + 2)·W = 6W → 4
  /// - 5 → 6 → +1 = 7 agents; compute 7 × 730 × $0.145 = 740.95
  /// - ingest PUT 7 × max(4, 14.3 MiB/s ÷ 8 MiB) = 28 /s → 73,584 k × $0.005 = 367.92
  /// - compaction PUT 28/32 + 28/1024 = 0.90234375 /s → 11.856796875
  /// - tail GET Z·W ÷ 4 MiB = 75 /s → 78.84; compaction GET 2W ÷ 4 MiB = 50 /s → 52.56
  /// - object storage 194.0625; no cross-AZ (zone-aware clients, from `topology.clients`)
  /// Total 1,446.189296875.
  @Test func workloadA() throws {
    let diskless = DisklessAgents(name: "d", config: DisklessConfig(), clients: .zoneAware)
    let (sizing, lines) = try TestBook.month(diskless, Workloads.a(), on: "c7g.xlarge")
    #expect(sizing.count == 7)
    #expect(sizing.binding == .cpu)
    #expect(TestBook.cost(lines, .compute) == Decimal(string: "740.95")!)
    #expect(TestBook.cost(lines, .objectRequests) == Decimal(string: "511.176796875")!)
    #expect(TestBook.total(lines) == Decimal(string: "1446.189296875")!)
  }

  /// Workload B, batch 100 ms, clients not zone-aware, m7g.xlarge:
  /// - CPU 120 MB/s ÷ 22.37 MB/s = 5.36 vCPU → 2; out (1+2)·W + F·W + Rc = 220 MB/s → 2; in (1+3+2)·W + Rc = 320 → 2
  /// - 3 (one per AZ) → AZ headroom 4.5 → 6 agents; compute 6 × 730 × $0.1632 = 714.816
  /// - ingest PUT 6 × max(10, ·) = 60 /s; compaction 60/32 + 60/1024 = 1.93359375 /s
  /// - tail GET 3 × 50e6 ÷ 4 MiB = 35.76 /s; other GET (20e6 + 100e6) ÷ 4 MiB = 28.61 /s; requests 881.4763366698
  /// - cross-AZ: producer W·2/3 → 1,631.67715072; consumers (F·W + Rc)·2/3 → 2,284.34801102
  /// Total 6,160.0709754978.
  @Test func workloadBWithoutZoneAwareClients() throws {
    let config = DisklessConfig(batchInterval: .milliseconds(100), zoneAwareClients: false)
    let diskless = DisklessAgents(name: "d", config: config)
    let (sizing, lines) = try TestBook.month(diskless, Workloads.b(), on: "m7g.xlarge")
    #expect(sizing.count == 6)
    #expect(TestBook.cost(lines, .objectRequests) == Decimal(string: "881.4763366698")!)
    #expect(TestBook.cost(lines, .crossAZProducer) == Decimal(string: "1631.67715072")!)
    #expect(TestBook.cost(lines, .crossAZConsumer) == Decimal(string: "2284.34801102")!)
    #expect(TestBook.total(lines) == Decimal(string: "6160.0709754978")!)
  }
}
