# Golden forecasts of RSA spending on the synthetic département as households × base
# amount × base amounts per household (Sources/Scenarios/DrivenLineForecaster+RSA.swift):
# the households' log growth regressed on the unemployment change of the year before,
# with a constant and AR(p) errors, on the years the elasticity is estimated on
# (2013-2024, the years the lags 0-2 share); the log growth of spending (chapter 017,
# real operations) per household and per base amount with a constant and AR(p) errors
# on 2011-2024; p = 0, or 1 when its AICc is lower; each forecast three years, the
# households' on stated unemployment (the committed history to 2024, then 7.8 in 2025
# and 8.1 in 2026), integrated here, the two log forecasts added, their variances with
# twice their covariance (the one-step errors' correlation over their common years),
# and the base amount's path added: the yearly means of the committed history to 2024, then
# the means of the amounts in force from each April (its dated rows), computed here
# month by month. Second case: the history without the base amount (spending per
# household alone). `households` is the households' own projection (the median, exp of
# their integrated log forecast), which reports show beside the driver history.
# Run from this folder: Rscript make_rsa_chain_golden.R > rsa_chain_golden.json
source("synthetic.R")
rsa <- lines$rsa
series <- function(name) { d <- history[history$driver == name & history$year <= 2024, ]; setNames(d$value, d$year) }
households <- series("rsa_households")
unemployment <- c(series("unemployment_rate"), "2025" = 7.8, "2026" = 8.1)
at <- function(x, years) as.numeric(x[as.character(years)])

best_fit <- function(y, xreg = NULL) {
  fits <- lapply(if (length(y) >= 10) c(0, 1) else 0, function(p)
    Arima(y, order = c(p, 0, 0), xreg = xreg, include.mean = TRUE, method = "ML"))
  fits[[which.min(sapply(fits, function(f) f$aicc))]]
}
integrated <- function(fit, g, last) {
  psi <- c(1, ARMAtoMA(ar = fit$model$phi, ma = numeric(0), lag.max = 2))
  list(center = log(last) + cumsum(as.numeric(g$mean)), variance = fit$sigma2 * cumsum(cumsum(psi)^2),
       weights = cumsum(psi), sigma2 = fit$sigma2)
}

years <- 2013:2024
dH <- log(at(households, years) / at(households, years - 1))
du <- at(unemployment, years - 1) - at(unemployment, years - 2)
hfit <- best_fit(dH, cbind(rsa_households_per_unemployment_point = du))
future <- 2025:2027
fdu <- at(unemployment, future - 1) - at(unemployment, future - 2)
h <- integrated(hfit, forecast(hfit, xreg = cbind(rsa_households_per_unemployment_point = fdu), h = 3),
                at(households, 2024))

# The base amount: yearly rows, then the amounts in force from their month.
base_rows <- history[history$driver == "rsa_base_amount", ]
yearly <- base_rows[!grepl("-", base_rows$year), ]
base <- setNames(as.numeric(yearly$value), yearly$year)
dated <- base_rows[grepl("-", base_rows$year), ]
months <- as.integer(substr(dated$year, 1, 4)) * 12 + as.integer(substr(dated$year, 6, 7)) - 1
for (year in future) {
  in_force <- sapply(12 * year + 0:11, function(m) as.numeric(dated$value[max(which(months <= m))]))
  base[as.character(year)] <- mean(in_force)
}

chain <- function(divisor, label) {
  per <- at(rsa, 2010:2024) / (at(households, 2010:2024) * divisor(2010:2024))
  sfit <- best_fit(diff(log(per)))
  s <- integrated(sfit, forecast(sfit, h = 3), per[length(per)])
  center <- h$center + s$center + log(divisor(future))
  # The two models' one-step errors over their common years (2013-2024), uncentred
  # correlation, and the covariance of the sum: 2 rho sigma_h sigma_s cumsum(psi_h psi_s).
  eh <- as.numeric(residuals(hfit)); es <- tail(as.numeric(residuals(sfit)), length(eh))
  rho <- sum(eh * es) / sqrt(sum(eh^2) * sum(es^2))
  sd <- sqrt(h$variance + s$variance + 2 * rho * sqrt(h$sigma2 * s$sigma2) * cumsum(h$weights * s$weights))
  paste0("{", sprintf("\"variant\":%s,\"households_p\":%s,\"per_household_p\":%s,", str(label), num(length(hfit$model$phi)), num(length(sfit$model$phi))),
    sprintf("\"elasticity\":%s,\"correlation\":%s,\"mean\":%s,", num(coef(hfit)[["rsa_households_per_unemployment_point"]]), num(rho), vec(exp(center))),
    sprintf("\"households\":%s,", vec(exp(h$center))),
    sprintf("\"lower80\":%s,\"upper80\":%s,", vec(exp(center - qnorm(0.9) * sd)), vec(exp(center + qnorm(0.9) * sd))),
    sprintf("\"lower95\":%s,\"upper95\":%s}", vec(exp(center - qnorm(0.975) * sd)), vec(exp(center + qnorm(0.975) * sd))))
}
cat("[", chain(function(years) at(base, years), "base_amount"), ",\n",
    chain(function(years) rep(1, length(years)), "per_household"), "]\n", sep = "")
