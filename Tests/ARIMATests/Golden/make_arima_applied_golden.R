# Golden numbers for re-applying a fitted ARIMA to new data without re-estimation,
# from R's forecast::Arima(y, model = fit): a model fitted on the first part of a
# series, then run over the whole of it.
# Run from this folder: Rscript make_arima_applied_golden.R > arima_applied_golden.json
suppressMessages(library(forecast))
source("json_helpers.R")
cases <- list(
  list(name = "airline on log AirPassengers to 1958, applied to 1960", y = log(AirPassengers),
       first = 120, order = c(0, 1, 1), seasonal = c(0, 1, 1), mean = FALSE),
  list(name = "ARMA(2,1) with mean on LakeHuron to 1954, applied to 1972", y = LakeHuron,
       first = 80, order = c(2, 0, 1), seasonal = c(0, 0, 0), mean = TRUE))
out <- c()
for (c in cases) {
  early <- ts(c$y[1:c$first], start = start(c$y), frequency = frequency(c$y))
  fit <- Arima(early, order = c$order, seasonal = c$seasonal, include.mean = c$mean, method = "ML")
  applied <- Arima(c$y, model = fit)
  fc <- forecast(applied, h = 6, level = 95)
  out <- c(out, obj(name = str(c$name), y = vec(c$y), first = num(c$first),
    period = num(frequency(c$y)), order = vec(c$order), seasonal = vec(c$seasonal),
    mean = tolower(c$mean), coef = vec(coef(fit)), sigma2 = num(fit$sigma2),
    logLik = num(applied$loglik), forecast = vec(fc$mean), lower95 = vec(fc$lower),
    upper95 = vec(fc$upper)))
}
cat("[", paste(out, collapse = ",\n"), "]\n", sep = "")
