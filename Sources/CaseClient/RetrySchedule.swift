import Foundation

/// When to try a failed delivery again: exponential backoff with full jitter ("Exponential
/// Backoff And Jitter", AWS Architecture Blog), capped.
public struct RetrySchedule: Sendable, Equatable {
  public var base: TimeInterval
  public var cap: TimeInterval

  public init(base: TimeInterval = 1, cap: TimeInterval = 300) {
    self.base = base
    self.cap = cap
  }

  /// The wait after the `attempts`-th failure (1 for the first): uniform in
  /// [ceiling / 2, ceiling] where ceiling = min(cap, base · 2^(attempts-1)); half the ceiling
  /// at least, so retries never bunch up at zero.
  public func delay<G: RandomNumberGenerator>(afterAttempts attempts: Int, using generator: inout G)
    -> TimeInterval
  {
    let exponent = min(max(attempts - 1, 0), 30)
    let ceiling = min(cap, base * pow(2, Double(exponent)))
    return Double.random(in: (ceiling / 2)...ceiling, using: &generator)
  }
}
