import Foundation
import RunArchive

extension HTMLReport {
  /// *Méthodologie*: models per line and why, backtest accuracy, drivers.
  func methodology() -> String {
    let l = language
    let p = data.manifest.parameters
    var html =
      "<p>"
      + l.pick(
        "Chaque série (ligne, chapitre, section, total) est prévue par la méthode « \(p.model) » ; les prévisions sont ensuite réconciliées par « \(data.manifest.summary.reconciliationUsed) » pour être cohérentes. Chaque ligne est testée en prévoyant ses \(p.backtestHorizon) dernières années exécutées à partir des précédentes.",
        "Every series (line, chapter, section, total) is forecast with \"\(p.model)\"; forecasts are then reconciled with \"\(data.manifest.summary.reconciliationUsed)\" to be coherent. Each line is tested by forecasting its last \(p.backtestHorizon) executed years from the earlier ones."
      )
      + "</p>"
    html += modelTables()
    var accuracy: [[String]] = []
    for level in ["total", "section", "chapter", "line"] {
      let values = data.models.values.filter { $0.node.hasPrefix(level + "/") }
        .compactMap { $0.backtest?.mape }.sorted()
      guard !values.isEmpty else { continue }
      accuracy.append([
        HTML.escape(l.levelName(level)), l.percent(values[values.count / 2]),
        l.grouped(Double(values.count), decimals: 0),
      ])
    }
    if !accuracy.isEmpty {
      html += HTML.table(
        caption: l.pick(
          "Précision au test rétrospectif (erreur absolue médiane, en\u{00A0}%)",
          "Backtest accuracy (median absolute percentage error)"),
        headers: [l.pick("Niveau", "Level"), "MAPE", l.pick("Séries", "Series")], rows: accuracy)
    }
    let lastYear = data.historyYears.last ?? 0
    let lines: [(node: String, change: Double)] = data.history.filter { $0.key.hasPrefix("line/") }
      .map { ($0.key, $0.value[lastYear] ?? 0) }
    let largest = lines.sorted(by: Self.largerMove).prefix(15)
    let rows = largest.map { node, value -> [String] in
      let record = data.models[node]
      // Smoothing and model parameters; initial states are in models.json.
      let parameters = (record?.parameters ?? [:])
        .filter { key, _ in !["level0", "trend0", "season0"].contains { key.contains($0) } }
        .sorted { $0.key < $1.key }
        .map {
          "<span class=\"wrap\">\(HTML.escape("\($0.key)=\(l.parameter($0.value))"))</span>"
        }
        .joined(separator: "<br>")
      return [
        HTML.escape(data.labels[node] ?? node) + "<br><small>\(HTML.escape(node))</small>",
        l.millions(value),
        HTML.escape(record.map { l.modelName($0.model) } ?? "—")
          + "<br><small>\(record.map(l.modelReason(for:)) ?? "")</small>",
        parameters,
        record?.backtest?.mape.map { l.percent($0) } ?? "—",
      ]
    }
    html += HTML.table(
      caption: l.pick(
        "Les 15 plus grandes lignes : modèle, raison, paramètres, précision",
        "The 15 largest lines: model, why, parameters, accuracy"),
      headers: [
        l.pick("Ligne", "Line"), "\(lastYear)", l.pick("Modèle et raison", "Model and why"),
        l.pick("Paramètres", "Parameters"), "MAPE",
      ], rows: rows, numericColumns: [1, 4])
    html +=
      nomenclatureBridge() + driverModels() + drivenGrowthTable() + drivenContributionTable()
      + driverContributions()
    html +=
      "<p class=\"note\">"
      + l.pick(
        "Les intervalles des agrégats sont ceux des modèles, déplacés par la réconciliation (approximation).",
        "Aggregate intervals are the models', shifted by the reconciliation (an approximation)."
      )
      + "</p>"
    return html
  }

  /// The run's parameters in the report's language; option values stay as typed on
  /// the command line (`mint-shrink`), so that the replay command reads the same.
  func parameterSummary(_ p: RunParameters) -> String {
    let l = language
    let levels = p.levels.map { String(Int($0)) }.joined(separator: "/")
    return [
      "horizon \(p.horizon)", l.pick("modèle \(p.model)", "model \(p.model)"),
      l.pick("réconciliation \(p.reconciliation)", "reconciliation \(p.reconciliation)"),
      l.pick("niveaux \(levels)\u{00A0}%", "levels \(levels)%"),
      l.pick("graine \(p.seed)", "seed \(p.seed)"),
      l.pick("test rétrospectif \(p.backtestHorizon) ans", "backtest \(p.backtestHorizon) years"),
      l.pick(
        "opérations d'ordre \(p.includeOrder ? "incluses" : "exclues")",
        "order operations \(p.includeOrder ? "included" : "excluded")"),
      p.overrideAdjustment == .local
        ? l.pick(
          "ajustements manuels répartis sur leurs lignes et agrégats",
          "overrides spread over their lines and aggregates")
        : l.pick(
          "ajustements manuels par nouvelle réconciliation", "overrides by reconciling again"),
    ].joined(separator: ", ")
      + (p.entityKind.map {
        l.pick(", collectivité\u{00A0}: ", ", entity kind: ") + l.entityKind($0).lowercased()
      } ?? "")
  }

  /// A node's name for a reader: a line's label, a chapter's number and title
  /// (`017 Revenu de solidarité active (RSA)`), nil for a section or total (their
  /// identifiers say it).
  func nodeTitle(_ node: String) -> String? {
    if let label = data.labels[node] { return label }
    let parts = node.split(separator: "/").map(String.init)
    guard parts.first == "chapter", parts.count == 4 else { return nil }
    return language.chapter(parts[3])
  }

  /// *Traçabilité*: run, inputs, parameters, engine, overrides, journal, replay.
  func traceability() -> String {
    let l = language
    let m = data.manifest
    let blas = m.environment.blas
    var rows: [[String]] = [
      [l.pick("Identifiant du run", "Run ID"), "<code>\(data.runID)</code>"],
      [
        l.pick("Nature", "Kind"),
        HTML.escape(m.kind.rawValue)
          + (m.parent.map { " (\(l.pick("dérivé de", "derived from")) <code>\($0)</code>)" } ?? ""),
      ],
      [
        l.pick("Instantané des données", "Data snapshot"),
        "\(m.snapshot.lines) \(l.pick("lignes", "lines")), SHA-256 <code>\(m.snapshot.sha256)</code>",
      ],
      [
        l.pick("Paramètres", "Parameters"),
        HTML.escape(parameterSummary(m.parameters)),
      ],
      [
        l.pick("Moteur", "Engine"),
        HTML.escape(
          "\(m.engine.name) \(m.engine.version) (\(m.engine.buildConfiguration)), commit \(m.engine.gitCommit ?? "unknown")"
        ),
      ],
      [
        l.pick("Environnement numérique", "Numerical environment"),
        HTML.escape(
          "\(blas.configuration); core \(blas.coreName); \(blas.threadCount) thread(s); \(m.environment.cpuModel)"
        ),
      ],
    ]
    for input in m.inputs {
      rows.append([
        l.pick("Fichier d'entrée", "Input file"),
        "\(HTML.escape(input.name)) (\(l.grouped(Double(input.bytes), decimals: 0)) \(l.pick("octets", "bytes"))), SHA-256 <code>\(input.sha256)</code>",
      ])
    }
    var html = HTML.table(
      caption: l.pick("Provenance du run", "Run provenance"),
      headers: [l.pick("Élément", "Item"), l.pick("Valeur", "Value")], rows: rows,
      numericColumns: [])
    let overrides = m.overrides.map { o -> [String] in
      [
        (nodeTitle(o.node).map { HTML.escape($0) + "<br>" } ?? "")
          + "<small>\(HTML.escape(o.node))</small>",
        String(o.year), "\(l.millions(o.modelValue)) → \(l.millions(o.value))",
        HTML.escape(o.actor) + "<br><small>\(HTML.escape(o.date))</small>", HTML.escape(o.reason),
      ]
    }
    html +=
      overrides.isEmpty
      ? "<p>" + l.pick("Aucun ajustement manuel.", "No manual adjustment.") + "</p>"
      : HTML.table(
        caption: l.pick("Ajustements manuels (✎)", "Manual adjustments (✎)"),
        headers: [
          l.pick("Série", "Series"), l.pick("Année", "Year"),
          l.pick("Modèle → retenu", "Model → used"), l.pick("Auteur, date", "Author, date"),
          l.pick("Motif", "Reason"),
        ],
        rows: overrides, numericColumns: [])
    html += HTML.table(
      caption: l.pick("Journal (chaîne de hachage)", "Journal (hash chain)"),
      headers: [
        "#", l.pick("Date", "Time"), l.pick("Acteur", "Actor"), l.pick("Événement", "Event"),
        l.pick("Signé", "Signed"),
      ],
      rows: data.journal.map {
        [
          "\($0.sequence)", HTML.escape($0.time), HTML.escape($0.actor),
          HTML.escape(l.eventName($0.event))
            + " <small><code>\(HTML.escape($0.event.rawValue))</code></small>",
          $0.signature == nil ? l.pick("non", "no") : l.pick("oui (Ed25519)", "yes (Ed25519)"),
        ]
      }, numericColumns: [])
    html +=
      "<p>"
      + l.pick(
        "Pour rejouer ce run et vérifier chaque chiffre à l'identique :",
        "To replay this run and check every figure bit for bit:")
      + "</p><pre><code>budgetcast replay \(data.runID)\nbudgetcast verify \(data.runID)</code></pre>"
    return html
  }
}
