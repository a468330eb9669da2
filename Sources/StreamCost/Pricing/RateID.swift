/// The rates the four architectures price usage with, by id, and the dimension each must meter.
///
/// A price book must carry every one of these (`streamcost pricing validate`
/// reports the missing ones); other rows are allowed and ignored.
public enum RateID: String, CaseIterable, Sendable {
  case blockStorage = "ebs.gp3.storage"
  case blockIOPS = "ebs.gp3.iops"
  case blockThroughput = "ebs.gp3.throughput"
  case objectStorage = "s3.standard.storage"
  case objectPut = "s3.standard.put"
  case objectGet = "s3.standard.get"
  case interAZOut = "ec2.transfer.inter-az.out"
  case interAZIn = "ec2.transfer.inter-az.in"

  /// What the row's unit must measure.
  public var dimension: Metered.Dimension {
    switch self {
    case .blockStorage, .objectStorage: .storage
    case .blockIOPS: .iops
    case .blockThroughput: .throughput
    case .objectPut, .objectGet: .requests
    case .interAZOut, .interAZIn: .transfer
    }
  }
}
