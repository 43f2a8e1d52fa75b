// swift-tools-version:6.0
//
// budgetcast: a sovereign, traceable budget-forecasting engine for local
// governments. Modules are layered bottom to top; each has its own test target.

import PackageDescription

let package = Package(
  name: "budgetcast",
  products: [
    .executable(name: "budgetcast", targets: ["budgetcast"]),
    .library(name: "LinearAlgebra", targets: ["LinearAlgebra"]),
    .library(name: "ForecastCore", targets: ["ForecastCore"]),
    .library(name: "Regression", targets: ["Regression"]),
    .library(name: "ExponentialSmoothing", targets: ["ExponentialSmoothing"]),
    .library(name: "Baselines", targets: ["Baselines"]),
    .library(name: "Theta", targets: ["Theta"]),
    .library(name: "Forecasting", targets: ["Forecasting"]),
    .library(name: "DelimitedText", targets: ["DelimitedText"]),
    .library(name: "Budget", targets: ["Budget"]),
    .library(name: "ARIMA", targets: ["ARIMA"]),
    .library(name: "Reconciliation", targets: ["Reconciliation"]),
    .library(name: "Scenarios", targets: ["Scenarios"]),
    .library(name: "RunArchive", targets: ["RunArchive"]),
    .library(name: "Reporting", targets: ["Reporting"]),
    .library(name: "NotebookExport", targets: ["NotebookExport"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // MARK: - C boundary

    /// OpenBLAS (CBLAS + LAPACK) and netlib LAPACKE; only LinearAlgebra imports it.
    .systemLibrary(
      name: "CLAPACK",
      path: "Sources/CLAPACK",
      pkgConfig: "openblas",
      providers: [.apt(["libopenblas-dev", "liblapacke-dev", "pkg-config"])]
    ),

    /// libxlsxwriter, for spreadsheet reports; only Reporting imports it.
    .systemLibrary(
      name: "CXLSXWriter",
      path: "Sources/CXLSXWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),

    // MARK: - Public API, bottom to top

    .target(name: "LinearAlgebra", dependencies: ["CLAPACK"]),
    .target(
      name: "ForecastCore",
      dependencies: [
        "LinearAlgebra",
        .product(name: "RealModule", package: "swift-numerics"),
      ]
    ),
    .target(
      name: "Regression",
      dependencies: [
        "LinearAlgebra", "ForecastCore",
        .product(name: "RealModule", package: "swift-numerics"),
      ]
    ),
    .target(
      name: "ExponentialSmoothing",
      dependencies: ["ForecastCore", .product(name: "RealModule", package: "swift-numerics")]
    ),
    .target(name: "Baselines", dependencies: ["ForecastCore", "ExponentialSmoothing"]),
    .target(
      name: "Theta",
      dependencies: [
        "ForecastCore", "ExponentialSmoothing", "Baselines",
        .product(name: "RealModule", package: "swift-numerics"),
      ]
    ),
    .target(
      name: "Forecasting",
      dependencies: ["ForecastCore", "ExponentialSmoothing", "Theta", "Baselines", "ARIMA"]
    ),
    .target(
      name: "Reconciliation",
      dependencies: ["LinearAlgebra", .product(name: "RealModule", package: "swift-numerics")]
    ),
    .target(
      name: "ARIMA",
      dependencies: [
        "ForecastCore", "LinearAlgebra", .product(name: "RealModule", package: "swift-numerics"),
      ]
    ),
    .target(name: "DelimitedText"),
    .target(name: "Budget", dependencies: ["DelimitedText"]),
    .target(
      name: "BudgetForecast",
      dependencies: ["Budget", "Forecasting", "Reconciliation", "ForecastCore"]
    ),
    .target(
      name: "Scenarios",
      dependencies: [
        "ARIMA", "Budget", "BudgetForecast", "DelimitedText", "ForecastCore", "Forecasting",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(
      name: "RunArchive",
      dependencies: [
        "Budget", "BudgetForecast", "Reconciliation", "Forecasting", "ForecastCore",
        "LinearAlgebra", "DelimitedText", "Scenarios",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .target(
      name: "Reporting",
      dependencies: [
        "RunArchive", "Budget", "BudgetForecast", "DelimitedText", "CXLSXWriter", "Scenarios",
        "Reconciliation", "LinearAlgebra", "ForecastCore", "Forecasting",
      ]
    ),
    .target(name: "NotebookExport", dependencies: ["RunArchive"]),
    .executableTarget(
      name: "budgetcast",
      dependencies: [
        "LinearAlgebra", "ForecastCore", "Regression", "DelimitedText", "Forecasting", "Budget",
        "BudgetForecast", "Reconciliation", "RunArchive", "Reporting", "NotebookExport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      plugins: ["EngineCommit"]
    ),

    /// Writes the git commit the engine is built from into the executable (no `git`
    /// process at run time).
    .plugin(name: "EngineCommit", capability: .buildTool()),

    // MARK: - Benchmarks (run by `make bench`, release build; never a test)

    .executableTarget(
      name: "BudgetcastBench",
      dependencies: ["LinearAlgebra", "Regression"],
      exclude: ["peers"]
    ),

    // MARK: - Test support and unit test bundles

    .target(name: "BudgetcastTestSupport", dependencies: ["DelimitedText"]),
    .testTarget(
      name: "LinearAlgebraTests", dependencies: ["LinearAlgebra", "BudgetcastTestSupport"]),
    .testTarget(
      name: "ForecastCoreTests", dependencies: ["ForecastCore", "BudgetcastTestSupport"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "RegressionTests",
      dependencies: ["Regression", "LinearAlgebra", "BudgetcastTestSupport"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "DelimitedTextTests", dependencies: ["DelimitedText", "BudgetcastTestSupport"]),
    .testTarget(
      name: "ExponentialSmoothingTests",
      dependencies: ["ExponentialSmoothing", "ForecastCore", "BudgetcastTestSupport"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "ForecastingTests",
      dependencies: [
        "Forecasting", "Baselines", "Theta", "ExponentialSmoothing", "ForecastCore",
        "BudgetcastTestSupport",
      ],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "ReconciliationTests", dependencies: ["Reconciliation", "BudgetcastTestSupport"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "BudgetTests", dependencies: ["Budget", "DelimitedText", "BudgetcastTestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "BudgetForecastTests",
      dependencies: [
        "BudgetForecast", "Budget", "Reconciliation", "Forecasting", "BudgetcastTestSupport",
      ]
    ),
    .testTarget(
      name: "ARIMATests", dependencies: ["ARIMA", "ForecastCore", "BudgetcastTestSupport"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "ScenariosTests",
      dependencies: ["Scenarios", "Budget", "ForecastCore", "BudgetcastTestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "RunArchiveTests",
      dependencies: [
        "RunArchive", "Budget", "BudgetForecast", "Scenarios", "BudgetcastTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(
      name: "ReportingTests",
      dependencies: ["Reporting", "RunArchive", "BudgetcastTestSupport"]
    ),
    .testTarget(
      name: "NotebookExportTests",
      dependencies: ["NotebookExport", "RunArchive", "BudgetcastTestSupport"]
    ),
    .testTarget(
      name: "BudgetcastCLITests", dependencies: ["BudgetcastTestSupport"], exclude: ["Golden"]),
  ],
  swiftLanguageModes: [.v6]
)
