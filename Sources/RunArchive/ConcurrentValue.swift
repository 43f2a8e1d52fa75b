import Foundation

/// A value computed on a thread of its own while the caller goes on with other work;
/// ``wait()`` returns it once it is ready.
///
/// A run's backtest needs nothing from the run's own forecast, so the two are computed
/// at once: each spreads its series over the workers (``PanelRunner``), and the serial
/// steps of one (elasticities, driven lines, reconciliation) overlap the other's
/// parallel ones. The value does not depend on the interleaving.
final class ConcurrentValue<Value: Sendable>: @unchecked Sendable {
  private var result: Value?
  private let lock = NSLock()
  private let ready = DispatchSemaphore(value: 0)

  /// Starts `work` on a new thread (8 MB of stack, as the main thread has).
  init(_ work: @escaping @Sendable () -> Value) {
    let thread = Thread { [self] in
      let value = work()
      lock.lock()
      result = value
      lock.unlock()
      ready.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
  }

  /// The value, once `work` has returned.
  func wait() -> Value {
    ready.wait()
    ready.signal()
    lock.lock()
    defer { lock.unlock() }
    guard let result else {
      preconditionFailure("the semaphore is signalled after the result is set")
    }
    return result
  }
}
