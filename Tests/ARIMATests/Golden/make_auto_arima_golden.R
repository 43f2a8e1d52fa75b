# Golden orders for budgetcast's automatic ARIMA, from R's forecast::auto.arima with
# exact likelihood during the search (approximation = FALSE), its default stepwise
# search otherwise, and the KPSS statistic ndiffs computes (urca::ur.kpss, type "mu",
# use.lag = trunc(3 sqrt(n) / 13)).
# Run from this folder: Rscript make_auto_arima_golden.R > auto_arima_golden.json
suppressMessages(library(forecast))
suppressMessages(library(urca))
source("json_helpers.R")
series <- list(
  WWWusage = WWWusage, Nile = Nile, lynx = lynx, LakeHuron = LakeHuron, BJsales = BJsales,
  uspop = uspop, airmiles = airmiles, discoveries = discoveries, austres = austres,
  UKgas = UKgas, logJohnsonJohnson = log(JohnsonJohnson), USAccDeaths = USAccDeaths,
  # M3 yearly series N0003, its first 14 observations (the competition's training part):
  # ARIMA(0,1,0) without drift wins among the start models, and auto.arima goes on
  # searching around the orders with drift, so it never visits (1,1,0) without drift.
  M3_N0003 = ts(c(1461.57, 1692.5, 2193.82, 2459.68, 3246.8, 4748.86, 5559.46, 5292.42,
    5029.4, 4753.6, 4344.6, 2897.4, 3256.4, 3525.2)))
out <- c()
for (name in names(series)) {
  y <- series[[name]]
  fit <- auto.arima(y, approximation = FALSE)
  o <- arimaorder(fit)
  if (length(o) == 3) o <- c(o, 0, 0, 0, 1)
  constant <- any(c("intercept", "drift") %in% names(coef(fit)))
  out <- c(out, obj(name = paste0("\"", name, "\""), y = vec(y), period = num(frequency(y)),
    order = vec(o[1:6]), constant = tolower(constant), aicc = num(fit$aicc),
    kpss = num(ur.kpss(as.numeric(y), type = "mu", use.lag = trunc(3 * sqrt(length(y)) / 13))@teststat),
    ndiffs = num(ndiffs(y)), nsdiffs = num(if (frequency(y) > 1) nsdiffs(y) else 0)))
}
cat("[", paste(out, collapse = ",\n"), "]\n", sep = "")
