/// Tiered Kafka's formulas for one step (docs/model.md §2): broker-local Kafka's on TL, plus one copy in
/// object storage, segment uploads and remote catch-up reads.
struct TieredFormulas: StepFormulas {
  let local: BrokerLocalFormulas
  let segmentBytes: Divisor
  /// One GET per read chunk.
  let readChunk: Divisor
  let putsPerSegment: Double

  init(_ tiered: TieredKafka, topology: Topology, hours: Double) {
    local = BrokerLocalFormulas(tiered.local, topology: topology, hours: hours)
    segmentBytes = Divisor(tiered.broker.segmentBytes.bytes)
    readChunk = Divisor(tiered.tiering.readChunk.bytes)
    putsPerSegment = Double(tiered.putsPerSegment)
  }

  var scope: StepScope { local.scope }
  var minimumCount: Int { local.minimumCount }
  var lanes: [SizingLane] { local.lanes }
  var minimum: MinimumLane { local.minimum }

  @inline(__always)
  func demands(_ load: StepSums) -> SIMD4<Double> { local.demands(load) }

  @inline(__always)
  func rawDemands(_ load: StepSums) -> SIMD4<Double> { local.rawDemands(load) }

  var demandScale: SIMD4<Double> { local.demandScale }

  func capacities(on instance: InstanceType) -> SIMD4<Double> { local.capacities(on: instance) }

  /// PUT-class requests for segment uploads: W ÷ segment.bytes × PUTs per segment.
  func uploadPutsPerSecond(_ load: StepSums) -> Double { load.write / segmentBytes * putsPerSegment }

  /// Catch-up reads older than TL, one GET per read chunk.
  func remoteGetsPerSecond(_ load: BrokerLocalLoad) -> Double {
    load.remoteCatchUp.bytesPerSecond / readChunk
  }

  @inline(__always)
  func meter(_ load: StepSums, state: inout ClusterState, into amounts: inout MeterAmounts) {
    let figures = local.load(load)
    local.meter(load, figures, state: &state, into: &amounts)
    amounts.append(load.retained * local.scope.hours)
    amounts.append(uploadPutsPerSecond(load) * local.scope.seconds)
    amounts.append(remoteGetsPerSecond(figures) * local.scope.seconds)
  }

  func localBytes(_ load: StepSums) -> Double { local.localBytes(load) }
}
