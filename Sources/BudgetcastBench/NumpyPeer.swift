import Foundation

/// numpy's `lstsq` and `@` timed by `peers/numpy_lstsq.py` in a child process.
struct NumpyPeer {
  var version: String
  var lstsqSeconds: [String: Double]
  var gemmGflops: Double

  static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("peers/numpy_lstsq.py")

  /// Runs the peer with one BLAS thread; nil (with a message) when it cannot run.
  static func run(python: String, sizes: [(Int, Int)]) -> NumpyPeer? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [script.path] + sizes.map { "\($0.0)x\($0.1)" }
    var environment = ProcessInfo.processInfo.environment
    for name in ["OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"] {
      environment[name] = "1"
    }
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    do {
      try process.run()
    } catch {
      FileHandle.standardError.write(Data("numpy peer could not start: \(error)\n".utf8))
      return nil
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let lstsq = json["lstsq"] as? [String: Double], let gflops = json["dgemmGflops"] as? Double
    else {
      FileHandle.standardError.write(
        Data("numpy peer failed (status \(process.terminationStatus))\n".utf8))
      return nil
    }
    return NumpyPeer(
      version: json["numpy"] as? String ?? "?", lstsqSeconds: lstsq, gemmGflops: gflops)
  }
}
