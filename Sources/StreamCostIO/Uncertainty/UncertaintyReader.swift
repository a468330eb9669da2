import StreamCost

/// Reads what a scenario declares uncertain, for `streamcost uncertainty`:
///
/// - a feed's `write`, `fan_out` or `retention` written as `{p10, p50, p90}` (a lognormal fitted to
///   them, ``UncertainDistribution/fitted(p10:p50:p90:)``);
/// - a profile's `growth` (the cluster's or a feed's) written as `{p10, p50, p90}` (a normal fitted
///   to them, ``UncertainDistribution/fittedNormal(p10:p50:p90:)``);
/// - `uncertainty.parameters`: `documented` (the default) draws every documented uncertain model
///   parameter that applies to the scenario's architectures, triangular over its range; `none` fixes them;
/// - `uncertainty.prices`: a price factor per group (`compute: {p10: 0.9, p50: 1, p90: 1.2}`), lognormal;
/// - `uncertainty.correlate`: `[[a, b, r], …]`, Spearman's rank correlation r between two inputs
///   named as in samples.csv, or by the last part of the name when only one input ends with it
///   (`write`, `compute`).
public enum UncertaintyReader {
  static let parameterChoices = ["documented", "none"]

  /// The plan of `template`'s scenario; every problem names the file, line and key.
  public static func plan(_ template: SweepTemplate) throws(InputError) -> UncertaintyPlan {
    guard let root = try ScenarioLoader.composeYAML(template.text, file: template.file) else {
      throw InputError(file: template.file, message: "is empty")
    }
    // The scenario reader collects its problems in the context instead of throwing; the template's
    // scenario was read cleanly, so any problem reported here is the uncertainty section's own.
    let context = YAMLContext(file: template.file)
    let top = try YAMLValue(node: root, path: "", context: context).mapping(ScenarioKeys.top)
    let scenario = template.base.scenario
    var inputs = try growthInputs(top["profile"], feed: nil, prefix: "profile")
    inputs += try feedInputs(top, feeds: scenario.feeds)
    let section = try top["uncertainty"]?.mapping(ScenarioKeys.uncertainty)
    let parameters = try section?["parameters"].map { v throws(InputError) in try v.scalar("documented or none") } ?? "documented"
    guard parameterChoices.contains(parameters) else {
      throw section!["parameters"]!.error("'\(parameters)' is not accepted", accepted: parameterChoices.joined(separator: ", "))
    }
    if parameters == "documented" { inputs += UncertainInput.modelParameters(for: Set(scenario.architectures.map(\.kind))) }
    if let prices = section?["prices"] { inputs += try priceInputs(prices) }
    let correlations = try section?["correlate"].map { v throws(InputError) in try readCorrelations(v, inputs: inputs) } ?? []
    if let problem = context.problems.first { throw problem }
    do {
      return try UncertaintyPlan(inputs: inputs, correlations: correlations)
    } catch {
      let at = error == .nothingUncertain ? nil : section?["correlate"]
      throw InputError(file: template.file, line: at?.line, field: at == nil ? nil : "uncertainty.correlate", message: error.description)
    }
  }

  static func feedInputs(_ top: YAMLMapping, feeds: [Feed]) throws(InputError) -> [UncertainInput] {
    guard let list = top["feeds"] else { return [] }
    var inputs: [UncertainInput] = []
    for (i, value) in try list.list().enumerated() where i < feeds.count {
      let feed = try value.mapping(ScenarioKeys.feed)
      let prefix = "feeds.\(feeds[i].name)"
      func input(_ key: String, _ q: QuantileValue<Double>, like: SweepQuantity, whole: Bool = false) -> UncertainInput {
        UncertainInput(
          name: "\(prefix).\(key)", target: .feedKey(feed: i, key: key),
          distribution: .fitted(p10: q.p10, p50: q.p50, p90: q.p90), like: like, wholeNumber: whole,
          source: "lognormal fitted to feeds[\(i)].\(key) p10/p50/p90 (median p50, σ of the wider tail)")
      }
      inputs += try growthInputs(feed["profile"], feed: i, prefix: prefix)
      if let v = feed["write"], v.isQuantiles {
        let q = try v.quantiles({ v throws(InputError) in try v.rate().bytesPerSecond }, magnitude: { $0 })
        inputs.append(input("write", q, like: SweepQuantity(.rate, 0, unit: " MB/s", unitSize: 1e6)))
      }
      if let v = feed["fan_out"], v.isQuantiles {
        let q = try v.quantiles({ v throws(InputError) in Double(try v.int()) }, magnitude: { $0 })
        inputs.append(input("fan_out", q, like: SweepQuantity(.number, 0), whole: true))
      }
      if let v = feed["retention"], v.isQuantiles {
        let q = try v.quantiles({ v throws(InputError) in try v.duration().seconds }, magnitude: { $0 })
        inputs.append(input("retention", q, like: SweepQuantity(.duration, 0, unit: "h", unitSize: 3_600)))
      }
    }
    return inputs
  }

  /// A profile's `growth: {p10, p50, p90}` (the cluster's, or feed `feed`'s): a normal fitted to the
  /// rates (``UncertainDistribution/fittedNormal(p10:p50:p90:)``), since a rate can be 0 or below;
  /// a draw below ``ModelDefaults/uncertaintyGrowthFloor`` is raised to it.
  static func growthInputs(_ profile: YAMLValue?, feed: Int?, prefix: String) throws(InputError) -> [UncertainInput] {
    guard let profile else { return [] }
    var inputs: [UncertainInput] = []
    for (k, item) in try profile.list().enumerated() where item.isQuantiles {
      guard let body = try item.mapping(ScenarioKeys.profileComponents)["growth"], body.isQuantiles else { continue }
      let q = try body.quantiles(
        { v throws(InputError) in try v.unit(QuantityParser.growth).value }, magnitude: { 1 + $0 }, accepted: ProfileReader.growthQuantiles,
        tooLow: ProfileReader.growthTooLow)
      let at = (feed.map { "feeds[\($0)]." } ?? "") + "profile[\(k)].growth"
      inputs.append(
        UncertainInput(
          name: "\(prefix).growth", target: .growth(feed: feed, component: k),
          distribution: .fittedNormal(p10: q.p10, p50: q.p50, p90: q.p90), like: SweepQuantity(.fraction, 0, unit: "%", unitSize: 0.01),
          lowest: ModelDefaults.uncertaintyGrowthFloor.value,
          source: "normal fitted to \(at) p10/p50/p90 (mean p50, σ of the wider tail; draws below \(Format.number(ModelDefaults.uncertaintyGrowthFloor.value * 100))%/month raised to it)"))
    }
    return inputs
  }

  static func priceInputs(_ value: YAMLValue) throws(InputError) -> [UncertainInput] {
    let groups = PriceGroup.allCases.map(\.rawValue)
    let map = try value.mapping(groups)
    return try map.entries.map { key, v throws(InputError) in
      let q = try v.quantiles({ v throws(InputError) in try v.double() }, magnitude: { $0 })
      return UncertainInput(
        name: "price.\(key)", target: .price(PriceGroup(rawValue: key)!),
        distribution: .fitted(p10: q.p10, p50: q.p50, p90: q.p90), like: SweepQuantity(.number, 1, unit: "×"),
        source: "lognormal fitted to uncertainty.prices.\(key) p10/p50/p90 (median p50, σ of the wider tail)")
    }
  }

  static func readCorrelations(_ value: YAMLValue, inputs: [UncertainInput]) throws(InputError) -> [UncertaintyPlan.Correlation] {
    let names = inputs.map(\.name)
    let accepted = "[input, input, r] with r from -1 to 1; inputs: \(names.joined(separator: ", "))"
    return try value.list().map { item throws(InputError) in
      let parts = try item.list()
      guard parts.count == 3 else { throw item.error("has \(parts.count) items", accepted: accepted) }
      let first = try resolve(parts[0], names: names, accepted: accepted)
      let second = try resolve(parts[1], names: names, accepted: accepted)
      let r = try parts[2].double()
      guard (-1...1).contains(r) else { throw parts[2].error("\(r) is outside [-1, 1]", accepted: accepted) }
      guard first != second else { throw item.error("correlates \(names[first]) with itself", accepted: accepted) }
      return UncertaintyPlan.Correlation(first: first, second: second, value: r)
    }
  }

  /// The input a name in `correlate:` means: its full name, or the one input whose name ends with `.name`.
  static func resolve(_ value: YAMLValue, names: [String], accepted: String) throws(InputError) -> Int {
    let name = try value.string()
    if let exact = names.firstIndex(of: name) { return exact }
    let ends = names.indices.filter { names[$0].hasSuffix("." + name) }
    if ends.count == 1 { return ends[0] }
    if ends.count > 1 {
      throw value.error("'\(name)' matches \(ends.map { names[$0] }.joined(separator: ", ")); name one", accepted: accepted)
    }
    throw value.error("'\(name)' is not an uncertain input of this scenario", accepted: accepted)
  }
}
