# Golden numbers for budgetcast's ARIMA tests, from R's forecast::Arima (exact
# maximum likelihood, method "ML", so that no CSS approximation enters the target).
# Run from this folder: Rscript make_arima_golden.R > arima_golden.json
suppressMessages(library(forecast))
source("json_helpers.R")
cases <- list(
  list(name = "airline", y = log(AirPassengers), order = c(0, 1, 1), seasonal = c(0, 1, 1), mean = FALSE, drift = FALSE),
  list(name = "lynx AR(2)", y = log10(lynx), order = c(2, 0, 0), seasonal = c(0, 0, 0), mean = TRUE, drift = FALSE),
  list(name = "Nile MA(1) drift", y = Nile, order = c(0, 1, 1), seasonal = c(0, 0, 0), mean = FALSE, drift = TRUE),
  list(name = "WWWusage ARIMA(1,1,1)", y = WWWusage, order = c(1, 1, 1), seasonal = c(0, 0, 0), mean = FALSE, drift = FALSE),
  list(name = "USAccDeaths (1,0,1)(0,1,1)", y = USAccDeaths, order = c(1, 0, 1), seasonal = c(0, 1, 1), mean = FALSE, drift = FALSE),
  list(name = "LakeHuron ARMA(2,1)", y = LakeHuron, order = c(2, 0, 1), seasonal = c(0, 0, 0), mean = TRUE, drift = FALSE))
# Ljung-Box as checkresiduals(): lag 10 (2m when seasonal), at most n/5, at least fitdf + 3;
# on the residuals of the differenced series (R's d + mD leading ones, of the diffuse
# start, dropped: budgetcast has no such residuals).
ljung <- function(fit) {
  m <- frequency(residuals(fit)); fitdf <- sum(fit$arma[1:4])
  lost <- fit$arma[6] + m * fit$arma[7]
  e <- if (lost > 0) residuals(fit)[-(1:lost)] else residuals(fit)
  h <- max(fitdf + 3, min(ifelse(m > 1, 2 * m, 10), round(length(e) / 5)))
  b <- Box.test(e, lag = h, type = "Ljung-Box", fitdf = fitdf)
  vec(c(h, b$statistic, b$p.value))
}
out <- c()
for (c in cases) {
  fit <- Arima(c$y, order = c$order, seasonal = c$seasonal, include.mean = c$mean, include.drift = c$drift, method = "ML")
  h <- 2 * max(frequency(c$y), 4)
  fc <- forecast(fit, h = h, level = c(80, 95))
  out <- c(out, obj(name = str(c$name), y = vec(c$y), period = num(frequency(c$y)),
    order = vec(c$order), seasonal = vec(c$seasonal), mean = tolower(c$mean), drift = tolower(c$drift),
    coef = vec(coef(fit)), coefNames = paste0("[", paste(str(names(coef(fit))), collapse = ","), "]"),
    se = vec(sqrt(diag(fit$var.coef))), logLik = num(fit$loglik), aicc = num(fit$aicc), sigma2 = num(fit$sigma2),
    forecast = vec(fc$mean), lower95 = vec(fc$lower[, 2]), upper95 = vec(fc$upper[, 2]),
    ljungBox = ljung(fit)))
}
cat("[", paste(out, collapse = ",\n"), "]\n", sep = "")
