extension ComparisonReport {
  /// The lines shown in the table of lines that move most.
  static let linesShown = 12

  /// The budget lines that move most in the last forecast year (the largest difference
  /// from the reference in any scenario, 50 k€ at least): the reference, and each
  /// scenario's difference with its main cause.
  func lines() -> String {
    guard let last = c.years.last else { return "" }
    let scenarios = Array(c.runs.indices.dropFirst())
    let moves = c.runs[0].forecasts.keys.filter { $0.hasPrefix("line/") }.map { node in
      (node, scenarios.map { c.value(node, last, run: $0) - c.value(node, last, run: 0) })
    }
    let largest = { (differences: [Double]) in differences.map(abs).max() ?? 0 }
    let shown =
      moves.filter { largest($0.1) >= 50_000 }
      .sorted { largest($0.1) != largest($1.1) ? largest($0.1) > largest($1.1) : $0.0 < $1.0 }
      .prefix(Self.linesShown)
    guard !shown.isEmpty else { return "" }
    let rows = shown.map { node, differences -> [String] in
      let label = c.runs[0].labels[node] ?? ""
      let key = node.split(separator: "/").dropFirst().joined(separator: " ")
      return [
        "\(HTML.escape(key))<br><small>\(HTML.escape(label))</small>",
        l.millions(c.value(node, last, run: 0)),
      ]
        + zip(scenarios, differences).map { i, difference in
          signedMillions(difference)
            + (mainCause(node, last, run: i).map { "<br><small>\(HTML.escape($0))</small>" } ?? "")
        }
    }
    return HTML.table(
      caption: l.pick(
        "Lignes qui bougent le plus en \(last) : référence, écart de chaque scénario et sa principale cause",
        "Lines that move most in \(last): reference, each scenario's difference and its main cause"),
      headers: [l.pick("Ligne", "Line"), l.pick("Référence ", "Reference ") + "\(last)"]
        + scenarios.map { "Δ \(c.name($0, l))" }, rows: rows)
  }

  /// The cause of run `i`'s largest effect on `node` in `year`, named for readers.
  func mainCause(_ node: String, _ year: Int, run i: Int) -> String? {
    let effects = c.runs[i].effects[node]?[year] ?? [:]
    guard
      let cause = effects.filter({ $0.key != "interaction" }).max(by: {
        abs($0.value) != abs($1.value) ? abs($0.value) < abs($1.value) : $0.key > $1.key
      })
    else { return nil }
    return ScenarioComparison.causeLabel(cause.key, l)
  }
}
