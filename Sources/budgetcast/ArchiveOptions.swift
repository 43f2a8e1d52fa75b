import ArgumentParser
import Budget
import DelimitedText
import Foundation
import RunArchive

/// The `--archive` option every archive command takes.
struct ArchiveOptions: ParsableArguments {
  @Option(help: "The run archive (default $BUDGETCAST_ARCHIVE, else ./budgetcast-archive).")
  var archive: String = Archive.defaultPath

  /// The archive named by the option.
  var store: Archive { Archive(path: archive) }

  /// The actor recorded when `--actor` is not given: `$BUDGETCAST_ACTOR`, else
  /// `$USER` or `$LOGNAME`, else the account the process runs as (cron jobs and
  /// containers often set no user variable), else `unknown`.
  static var defaultActor: String {
    let environment = ProcessInfo.processInfo.environment
    if let named = environment["BUDGETCAST_ACTOR"] ?? environment["USER"]
      ?? environment["LOGNAME"], !named.isEmpty
    {
      return named
    }
    let account = NSUserName()
    return account.isEmpty ? "unknown" : account
  }

  /// This engine, as manifests record it.
  static var engine: EngineDescription {
    EngineDescription(
      version: EngineInfo.version, gitCommit: EngineInfo.gitCommit,
      buildConfiguration: EngineInfo.buildConfiguration)
  }

  /// Runs `body`, turning archive and input errors into a message on standard error
  /// and an exit status: 65 bad input data, 64 a request that cannot be carried out,
  /// 74 a file that cannot be read or written, 70 a damaged index.
  static func reporting<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let report as DiagnosticReport {
      fail(report.description, status: 65)
    } catch let error as NomenclatureError {
      fail(error.description, status: 65)
    } catch let error as CustomStringConvertible & Error where !(error is ArchiveError) {
      fail("error: \(error)", status: 74)
    } catch let error as ArchiveError {
      switch error {
      case .io: fail("error: \(error)", status: 74)
      case .corrupt:
        fail("error: \(error)\nrun 'budgetcast verify --all' for a full check", status: 65)
      case .index: fail("error: \(error)", status: 70)
      case .unknownRun, .ambiguousRun, .invalidRequest: fail("error: \(error)", status: 64)
      }
    }
  }

  static func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    Foundation.exit(status)
  }
}
