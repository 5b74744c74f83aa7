import Dispatch
import Synchronization

/// Runs async work from the synchronous REPL loop (readline blocks the main thread) and waits
/// for it. Never called from inside the concurrency pool.
enum AsyncBridge {
  static func wait<T: Sendable>(_ operation: @escaping @Sendable () async -> T) -> T {
    let done = DispatchSemaphore(value: 0)
    let result = Mutex<T?>(nil)
    Task {
      let value = await operation()
      result.withLock { $0 = value }
      done.signal()
    }
    done.wait()
    return result.withLock { $0 }!
  }
}
