/// What the cluster holds when the horizon starts (docs/model.md §5.1).
///
/// - `warm`, the default: a cluster that has been running. Before the first step the load is taken
///   to have followed its own profiles for as long as the longest retention looks back (a warm-up
///   that is simulated but not billed), so the bytes held at the first step are those that load
///   would have left, whatever hour the run starts at.
/// - `empty`: a new cluster that starts with no data and fills up over its first retention.
public enum InitialState: String, Hashable, Sendable, Codable, CaseIterable {
  case warm
  case empty
}
