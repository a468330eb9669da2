import Foundation
import StreamCost

/// A Monte Carlo run of one scenario: samples drawn by the plan in Latin hypercube batches, each
/// simulated like a sweep combination (its values set at key paths, its price factors applied to
/// the book), until the median totals are precise enough or the samples run out.
public struct UncertaintyRun: Sendable {
  public let template: SweepTemplate
  public let plan: UncertaintyPlan
  /// Settings applied to every sample before its own (the benchmark sets the horizon and step with them).
  public var fixed: [SweepSetting] = []

  /// What to draw and when to stop.
  public struct Options: Sendable {
    public var samples = ModelDefaults.uncertaintySamples.value
    public var seed = ModelDefaults.uncertaintySeed.value
    /// Stop once every architecture's median total has a relative standard error below this; 0 never stops early.
    public var precision = ModelDefaults.uncertaintyPrecision.value
    public var batch = ModelDefaults.uncertaintyBatch.value
    public var shortHours = ModelDefaults.uncertaintyShortHours.value
    public var jobs = 1

    public init() {}
  }

  /// The samples drawn (one value per input, in base units), their outcomes, and the summary.
  public struct Result: Sendable {
    public var samples: [[Double]]
    public var outcomes: [SweepOutcome]
    public var summary: UncertaintySummary
    /// True when the run stopped because the precision was reached.
    public var converged: Bool
  }

  public init(template: SweepTemplate, plan: UncertaintyPlan) {
    self.template = template
    self.plan = plan
  }

  /// Reads the scenario's uncertain inputs.
  public init(template: SweepTemplate) throws(InputError) {
    self.init(template: template, plan: try UncertaintyReader.plan(template))
  }

  /// The settings and price book of one sample.
  public func inputs(_ values: [Double], sample: Int) -> (settings: [SweepSetting], book: PriceBook?) {
    let origin = "uncertainty sample \(sample)"
    var settings = fixed
    var book: PriceBook?
    for (input, value) in zip(plan.inputs, values) {
      let text = input.like.with(value: value).scenarioText
      switch input.target {
      case .feedKey(let feed, let key):
        let path = ScenarioKeyPath(
          written: "feeds[\(feed)].\(key)", target: .node([.key("feeds"), .index(feed), .key(key)]), wholeNumber: input.wholeNumber)
        settings.append(SweepSetting(path: path, text: text, origin: "\(origin): \(input.name)=\(text)"))
      case .architectureKey(let key, let kinds):
        for (a, spec) in template.base.scenario.architectures.enumerated() where kinds.contains(spec.kind) {
          let path = ScenarioKeyPath(
            written: "architectures[\(a)].\(key)", target: .node([.key("architectures"), .index(a), .key(key)]),
            wholeNumber: input.wholeNumber)
          settings.append(SweepSetting(path: path, text: text, origin: "\(origin): \(input.name)=\(text)"))
        }
      case .price(let group):
        book = group.scaled(book ?? template.book, by: value)
      case .growth(let feed, let component):
        let profile: [ScenarioKeyPath.Step] = feed.map { [.key("feeds"), .index($0), .key("profile")] } ?? [.key("profile")]
        let written = (feed.map { "feeds[\($0)]." } ?? "") + "profile[\(component)].growth"
        let path = ScenarioKeyPath(written: written, target: .node(profile + [.index(component), .key("growth")]), wholeNumber: false)
        let rate = "\(Format.number(value * 100, places: 9))%/month"
        settings.append(SweepSetting(path: path, text: rate, origin: "\(origin): \(input.name)=\(rate)"))
      }
    }
    return (settings, book)
  }

  /// Draws and simulates batches until the precision or the sample count is reached. The samples,
  /// and so every output, depend on the seed only, never on `options.jobs`.
  public func run(_ options: Options, progress: (@Sendable () -> Void)? = nil) async throws -> Result {
    var rng = SplitMix64(seed: options.seed)
    let batch = max(options.batch, plan.minimumBatch)
    var samples: [[Double]] = []
    var outcomes: [SweepOutcome] = []
    var converged = false
    while samples.count < options.samples {
      let remaining = options.samples - samples.count
      var size = min(batch, remaining)
      if remaining - size < plan.minimumBatch { size = remaining }
      let values = try plan.draw(count: size, rng: &rng)
      let offset = samples.count
      let run = self
      outcomes += try await SweepRunner.map(count: size, jobs: options.jobs, progress: progress) {
        let worker = try run.template.makeWorker()
        worker.pricesMonths = true
        return { i in
          let inputs = run.inputs(values[i], sample: offset + i)
          return try worker.outcome(inputs.settings, book: inputs.book)
        }
      }
      samples += values
      if options.precision > 0, UncertaintySummary(outcomes, shortHours: options.shortHours).worstRelativeP50Error < options.precision {
        converged = true
        break
      }
    }
    return Result(
      samples: samples, outcomes: outcomes, summary: UncertaintySummary(outcomes, shortHours: options.shortHours), converged: converged)
  }
}
