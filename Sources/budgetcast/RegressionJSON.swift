import Regression

/// The JSON form of a fitted regression printed by `regress --format json`.
enum RegressionJSON {
  static func object(_ fit: FittedRegression) -> JSONValue {
    var object = JSONObject()
    object["n"] = .int(fit.observationCount)
    object["rank"] = .int(fit.rank)
    object["coefficients"] = .array(
      fit.coefficients.map { coefficient in
        var entry = JSONObject()
        entry["name"] = .string(coefficient.name)
        entry["estimate"] = .finite(coefficient.estimate)
        entry["stdError"] = .finite(coefficient.standardError)
        entry["t"] = .finite(coefficient.tStatistic)
        entry["p"] = .finite(coefficient.pValue)
        entry["lower"] = .finite(coefficient.lower)
        entry["upper"] = .finite(coefficient.upper)
        return .object(entry)
      })
    object["r2"] = .finite(fit.rSquared)
    object["adjR2"] = .finite(fit.adjustedRSquared)
    object["residualStdError"] = .finite(fit.residualStandardError)
    object["fStatistic"] = .finite(fit.fStatistic)
    object["fPValue"] = .finite(fit.fPValue)
    object["dfResidual"] = .finite(fit.residualDegreesOfFreedom)
    object["logLik"] = .finite(fit.logLikelihood)
    object["aic"] = .finite(fit.aic)
    object["aicc"] = .finite(fit.aicc)
    object["bic"] = .finite(fit.bic)
    object["conditionNumber"] = .finite(fit.conditionNumber)
    object["level"] = .number(fit.confidenceLevel)
    object["method"] = .string(RegressionTableRenderer.methodName(fit))
    object["warnings"] = .array(fit.warnings.map(JSONValue.string))
    return .object(object)
  }
}
