# Golden numbers for budgetcast's short-series exponential smoothing, from R's forecast
# package (8.20): series of 3 to 6 points, too short for ets()'s likelihood, which R fits
# by least squares from the first points (its HoltWintersZZ path). For each series:
# ets() with automatic selection, ses(), holt() and thetaf(): the model, alpha, beta,
# sigma^2, and the point forecasts with 80/95 % intervals for h = 1..3.
# Run from this folder: Rscript make_short_series_golden.R > short_series_golden.json
suppressMessages(library(forecast))
source("../../ARIMATests/Golden/json_helpers.R")
series <- list(
  linear4 = c(5, 7, 9, 11), three = c(100, 130, 145), five = c(100, 130, 145, 170, 180),
  gironde = c(1490.77, 1617.75, 1626.03), flat6 = c(52.1, 49.8, 53.4, 51.0, 54.2, 52.7),
  trend6 = c(210.5, 225.3, 236.9, 251.2, 262.0, 279.8), noisy5 = c(12, 15, 11, 18, 14),
  falling4 = c(3.2, 2.9, 2.5, 2.2))
forecastObj <- function(fc) obj(
  mean = vec(fc$mean), lo80 = vec(fc$lower[, 1]), hi80 = vec(fc$upper[, 1]),
  lo95 = vec(fc$lower[, 2]), hi95 = vec(fc$upper[, 2]))
modelObj <- function(fit, fc) obj(
  components = str(paste(fit$components[1:3], collapse = "")),
  alpha = num(fit$par["alpha"]), beta = num(if ("beta" %in% names(fit$par)) fit$par["beta"] else NA),
  sigma2 = num(fit$sigma2), forecast = forecastObj(fc))
cases <- c()
for (name in names(series)) {
  y <- ts(series[[name]])
  auto <- ets(y)
  s <- ses(y, h = 3)
  h <- holt(y, h = 3)
  th <- thetaf(y, h = 3)
  cases <- c(cases, obj(
    name = str(name), values = vec(y),
    ets = modelObj(auto, forecast(auto, h = 3)), ses = modelObj(s$model, s), holt = modelObj(h$model, h),
    theta = forecastObj(th)))
}
cat("{\"cases\":[", paste(cases, collapse = ",\n"), "]}\n", sep = "")
