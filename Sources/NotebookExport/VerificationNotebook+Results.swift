extension VerificationNotebook {
  /// Sections after the driver checks: the savings cascade and the charts.
  static let resultSections: [(markdown: String, code: String)] = [
    (
      markdown: #"""
      ## 8. Savings cascade
      Gross savings and its rate from the reconciled forecasts, as the report shows them.
      """#,
      code: #"""
      # The savings cascade from the reconciled forecasts (real operations, M€).
      def value(node, year):
          if year in years:
              return history.get(node, np.zeros(len(years)))[years.index(year)]
          return forecast.get((node, year), 0.0)


      print(f"{'year':>6} {'revenue':>10} {'spending':>10} {'gross sav.':>11} {'rate':>7}")
      cascade = []
      for year in years[-3:] + horizon_years:
          revenue, spending = value("section/F/R", year), value("section/F/D", year)
          cascade.append((year, revenue, spending, revenue - spending))
          print(f"{year:>6} {revenue / 1e6:10.1f} {spending / 1e6:10.1f} {(revenue - spending) / 1e6:11.1f} {100 * (revenue - spending) / revenue:6.1f}%")
      """#
    ),
    (
      markdown: #"""
      ## 9. Ex-post evaluations
      Each `budgetcast evaluate` of this run, recomputed from the actuals it archived: the totals and sections of real operations, against the reconciled forecasts, and the weighted error of the totals it recorded in the journal.
      """#,
      code: #"""
      # Σ|actual − forecast| / Σ|actual| of the totals, from the archived actuals (long CSV).
      TOLERANCE_WAPE = 5e-5  # the journal keeps four decimals
      journal = [json.loads(line) for line in (root / "journal.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
      evaluations = [e for e in journal if e["event"] == "run.evaluated" and e.get("run") == RUN]
      if not evaluations:
          print("No ex-post evaluation recorded for this run.")
      for entry in evaluations:
          actual_rows = list(csv.reader(io.StringIO(archived(entry["details"]["actuals"]).decode("utf-8"))))
          col = {name: i for i, name in enumerate(actual_rows[0])}
          executed = {}
          for r in actual_rows[1:]:
              if r[col["operation"]] not in flows:
                  continue
              year, direction = int(r[col["year"]]), r[col["direction"]]
              for node in (f"total/{direction}", f"section/{r[col['section']]}/{direction}"):
                  executed[(node, year)] = executed.get((node, year), Decimal(0)) + Decimal(r[col["amount"]])
          compared = sorted({year for _, year in executed} & set(horizon_years))


          def weighted_error(prefix):
              nodes = sorted({node for node, _ in forecast if node.startswith(prefix)})
              errors = sum(abs(float(executed.get((n, y), 0)) - forecast[(n, y)]) for n in nodes for y in compared)
              return errors / sum(abs(float(executed.get((n, y), 0))) for n in nodes for y in compared)


          totals, sections = weighted_error("total/"), weighted_error("section/")
          recorded = float(entry["details"]["totalWAPE"])
          if abs(totals - recorded) > TOLERANCE_WAPE:
              raise AssertionError(f"totals' weighted error {totals:.6f} but budgetcast recorded {recorded}")
          print(f"{entry['time']} by {entry['actor']}: years {compared}, totals {100 * totals:.2f} %, sections {100 * sections:.2f} % (recorded {100 * recorded:.2f} %)")
      """#
    ),
    (
      markdown: #"""
      ## 10. Charts
      History, budgetcast's forecasts and the independent ETS re-run.
      """#,
      code: #"""
      import matplotlib.pyplot as plt
      from matplotlib.ticker import MaxNLocator

      fig, axes = plt.subplots(2, 2, figsize=(11, 7))
      bounds = [c for c in forecast_rows[0] if c.startswith("lo") or c.startswith("hi")]
      for ax, node in zip(axes.flat, ["section/F/D", "section/F/R", "chapter/F/D/017", "chapter/F/D/016"]):
          if node not in history:
              ax.set_visible(False)
              continue
          ax.plot(years, history[node] / 1e6, color="#0072B2", label="executed")
          ax.plot(horizon_years, [forecast[(node, y)] / 1e6 for y in horizon_years], "--", color="#0072B2", label="budgetcast forecast")
          if node in [r[0] for r in report]:
              params, stats, prefix = ets_parameters(models[node])
              fitted, _, _ = ets_run(history[node], spec_of(models[node]), params, len(horizon_years))
              ax.plot(years, fitted / 1e6, ":", color="#E69F00", label="ETS re-run (numpy)")
          ax.set_title(node)
          ax.xaxis.set_major_locator(MaxNLocator(integer=True))
          ax.set_ylabel("M€")
          ax.legend(fontsize=7)
      fig.tight_layout()
      plt.show()
      print("all checks passed")
      """#
    ),
  ]
}
