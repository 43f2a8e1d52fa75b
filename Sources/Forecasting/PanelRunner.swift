import Dispatch
import ForecastCore
import Foundation

/// Forecasts many series in parallel across series, with results that do not
/// depend on the number of workers: each series is computed independently (its
/// random stream derives from its identifier) and stored at its own index.
public struct PanelRunner: Sendable {
  /// One series to forecast.
  public struct Task: Sendable {
    /// The series identifier, carried to its outcome.
    public var id: String
    /// The history.
    public var series: TimeSeries
    /// How many periods ahead to forecast.
    public var horizon: Int
    /// Drivers over the history and the horizon (ARIMA methods use them).
    public var drivers: SeriesDrivers?

    /// A task; `drivers` enable regression with ARIMA errors.
    public init(id: String, series: TimeSeries, horizon: Int, drivers: SeriesDrivers? = nil) {
      self.id = id
      self.series = series
      self.horizon = horizon
      self.drivers = drivers
    }
  }

  /// The method applied to every series.
  public var forecaster: SeriesForecaster
  /// Number of worker threads (≥ 1).
  public var jobs: Int

  /// A runner over `jobs` worker threads (at least one).
  public init(forecaster: SeriesForecaster, jobs: Int) {
    self.forecaster = forecaster
    self.jobs = Swift.max(1, jobs)
  }

  /// Forecasts every task; `progress` is called (from worker threads) after each series.
  public func run(
    _ tasks: [Task], method: ForecastMethod, progress: (@Sendable (Int) -> Void)? = nil
  ) -> [SeriesOutcome?] {
    let results = ResultSlots(count: tasks.count)
    let counter = SharedCounter()
    let forecaster = forecaster
    DispatchQueue.concurrentPerform(iterations: Swift.min(jobs, Swift.max(tasks.count, 1))) { _ in
      while true {
        let index = counter.next()
        guard index < tasks.count else { break }
        let task = tasks[index]
        results.store(
          forecaster.forecast(
            id: task.id, series: task.series, horizon: task.horizon, method: method,
            drivers: task.drivers), at: index)
        progress?(counter.finished())
      }
    }
    return results.values
  }
}

/// Result storage written at disjoint indices by the workers.
final class ResultSlots: @unchecked Sendable {
  private var slots: [SeriesOutcome?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func store(_ value: SeriesOutcome?, at index: Int) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  var values: [SeriesOutcome?] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}

/// A thread-safe task dispenser and completion counter.
final class SharedCounter: @unchecked Sendable {
  private var issued = 0
  private var done = 0
  private let lock = NSLock()

  func next() -> Int {
    lock.lock()
    defer { lock.unlock() }
    issued += 1
    return issued - 1
  }

  func finished() -> Int {
    lock.lock()
    defer { lock.unlock() }
    done += 1
    return done
  }
}
