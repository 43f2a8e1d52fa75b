# Golden forecasts of budgetcast's driven lines on the synthetic département
# (Sources/Scenarios/DrivenLineForecaster.swift): log levels regressed on the drivers'
# log levels with ARIMA(p,1,0) errors and drift, that is
#   Arima(diff(log(L)), order = c(p, 0, 0), xreg = diff(X), include.mean = TRUE, method = "ML"),
# p = 0, or 1 when its AICc is lower (at least 10 years of growth), forecast three years
# on stated driver paths (the committed history through 2024, then each driver growing
# by a fixed rate, below, so that no driver forecast enters the comparison) and
# integrated here: the log forecast is the last log level plus the cumulated growth
# forecasts, its variance σ²·Σ_{j<h} Ψ_j² with Ψ_j = ψ_0 + … + ψ_j (ARMAtoMA).
# Not Arima(log(L), order = c(p, 1, 0), xreg = X, include.drift = TRUE): it gives the
# same coefficients, but its diffuse prior (variance 10⁶ on the differencing state)
# inflates σ² on a series as regular as personnel costs (2.2e-5 against 5.7e-6 exact).
# The series are built here from the committed CSV files, independently of budgetcast.
# Run from this folder: Rscript make_driven_golden.R > driven_golden.json
source("synthetic.R")
# The stated future paths: growth per year from 2025 to 2027.
growth <- c(population_85 = 0.025, pay_index = 0.01, real_estate_transactions = -0.05,
            real_estate_prices = 0.02)
future <- 2025:2027
driver <- function(name) {
  # The committed history through 2024 only (it also projects some drivers beyond).
  d <- history[history$driver == name & history$year <= 2024, ]
  last <- d$value[d$year == 2024]
  c(setNames(d$value, d$year), setNames(last * (1 + growth[[name]])^(1:3), future))
}
models <- list(
  list(line = "apa", drivers = "population_85", names = "apa_per_population_85"),
  list(line = "personnel", drivers = "pay_index", names = "personnel_per_pay_index"),
  list(line = "dmto", drivers = c("real_estate_transactions", "real_estate_prices"),
       names = c("dmto_per_transactions", "dmto_per_prices")))

out <- c()
for (m in models) {
  y <- lines[[m$line]]
  years <- as.integer(names(y))
  x <- sapply(m$drivers, function(d) log(driver(d)[as.character(years)]))
  fx <- sapply(m$drivers, function(d) log(driver(d)[as.character(future)]))
  x <- matrix(x, ncol = length(m$drivers), dimnames = list(NULL, m$names))
  fx <- matrix(fx, ncol = length(m$drivers), dimnames = list(NULL, m$names))
  dy <- diff(log(as.numeric(y)))
  dx <- diff(x)
  dfx <- diff(rbind(x[nrow(x), , drop = FALSE], fx))
  colnames(dx) <- colnames(dfx) <- m$names
  best <- NULL
  for (p in if (length(dy) >= 10) c(0, 1) else 0) {
    fit <- Arima(dy, order = c(p, 0, 0), xreg = dx, include.mean = TRUE, method = "ML")
    if (is.null(best) || fit$aicc < best$aicc) best <- fit
  }
  g <- forecast(best, xreg = dfx, h = 3)
  psi <- c(1, ARMAtoMA(ar = best$model$phi, ma = numeric(0), lag.max = 2))
  sd <- sqrt(best$sigma2 * cumsum(cumsum(psi)^2))
  center <- log(as.numeric(y[length(y)])) + cumsum(as.numeric(g$mean))
  z80 <- qnorm(0.9)
  z95 <- qnorm(0.975)
  coefs <- coef(best)
  names(coefs)[names(coefs) == "intercept"] <- "drift"
  out <- c(out, obj(line = str(m$line), p = num(length(best$model$phi)),
    years = vec(years), names = paste0("[", paste(str(names(coefs)), collapse = ","), "]"),
    coef = vec(coefs), se = vec(sqrt(diag(best$var.coef))), aicc = num(best$aicc),
    mean = vec(exp(center)), lower80 = vec(exp(center - z80 * sd)), upper80 = vec(exp(center + z80 * sd)),
    lower95 = vec(exp(center - z95 * sd)), upper95 = vec(exp(center + z95 * sd))))
}
cat("[", paste(out, collapse = ",\n"), "]\n", sep = "")
