# Golden elasticities of budgetcast's driver models on the synthetic département,
# from R's forecast::Arima(xreg =) by exact maximum likelihood (method "ML").
# The series are built here from the committed CSV files, independently of budgetcast:
# the response is the yearly log growth of a line total (real operations) or of a
# driver, the regressors as documented in Sources/Scenarios/DriverModel.swift; the
# sample is the longest run of consecutive years with every value present. RSA
# households are fitted with the unemployment change lagged 0, 1 and 2 years, all on
# the years the three lags share, so that their AICc compare.
# Run from this folder: Rscript make_elasticities_golden.R > elasticities_golden.json
source("synthetic.R")
driver <- function(name) { d <- history[history$driver == name, ]; setNames(d$value, d$year) }
at <- function(series, years) as.numeric(series[as.character(years)])
years <- 2000:2030
growth <- function(series) log(at(series, years) / at(series, years - 1))
change <- function(series, lag) at(series, years - lag) - at(series, years - lag - 1)

unemployment <- driver("unemployment_rate")
shared <- is.finite(change(unemployment, 0)) & is.finite(change(unemployment, 1)) &
  is.finite(change(unemployment, 2))
rsa <- lapply(0:2, function(lag) list(
  names = "rsa_households_per_unemployment_point", lag = lag,
  y = ifelse(shared, growth(driver("rsa_households")), NA), x = cbind(change(unemployment, lag))))
models <- c(rsa, list(
  list(names = "apa_per_population_85", y = growth(lines$apa), x = cbind(growth(driver("population_85")))),
  list(names = "pch_per_beneficiaries", y = growth(lines$pch), x = cbind(growth(driver("pch_beneficiaries")))),
  list(names = "child_welfare_per_children", y = growth(lines$child_welfare), x = cbind(growth(driver("ase_children")))),
  list(names = "personnel_per_pay_index", y = growth(lines$personnel), x = cbind(growth(driver("pay_index")))),
  list(names = "charges_per_inflation_point", y = growth(lines$charges), x = cbind(at(driver("inflation"), years) / 100)),
  list(names = c("dmto_per_transactions", "dmto_per_prices"), y = growth(lines$dmto),
       x = cbind(growth(driver("real_estate_transactions")), growth(driver("real_estate_prices"))))))

out <- c()
for (m in models) {
  ok <- is.finite(m$y) & apply(is.finite(m$x), 1, all)
  runs <- rle(ok)
  ends <- cumsum(runs$lengths)
  best <- which(runs$values & runs$lengths == max(runs$lengths[runs$values]))
  best <- best[length(best)]
  keep <- (ends[best] - runs$lengths[best] + 1):ends[best]
  y <- m$y[keep]
  x <- m$x[keep, , drop = FALSE]
  colnames(x) <- m$names
  for (p in c(0, 1)) {
    fit <- Arima(y, order = c(p, 0, 0), include.mean = TRUE, xreg = x, method = "ML")
    out <- c(out, obj(names = paste0("[", paste(str(m$names), collapse = ","), "]"), p = num(p),
      lag = if (is.null(m$lag)) "null" else num(m$lag),
      years = vec(years[keep]), y = vec(y), coef = vec(coef(fit)[m$names]),
      se = vec(sqrt(diag(fit$var.coef))[m$names]), aicc = num(fit$aicc), logLik = num(fit$loglik)))
  }
}
cat("[", paste(out, collapse = ",\n"), "]\n", sep = "")
