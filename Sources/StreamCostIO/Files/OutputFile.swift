/// One file of an output folder: text made here, or a copy of an existing file (a timeline can
/// be large, so it is copied rather than read into memory).
public enum OutputFile: Hashable, Sendable {
  case text(name: String, contents: String)
  case copy(name: String, from: String)

  public var name: String {
    switch self {
    case .text(let name, _), .copy(let name, _): name
    }
  }
}
