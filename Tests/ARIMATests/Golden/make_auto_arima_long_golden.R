# auto.arima on series longer than 150 observations, where R's default
# approximation = TRUE compares candidates by their CSS fits (AutoARIMALongTests.swift).
# Run from this folder: Rscript make_auto_arima_long_golden.R > auto_arima_long_golden.json
# (R 4.2.2, forecast 8.20).
suppressMessages(library(forecast))
num <- function(x) sprintf("%.17g", x)
cases <- c()
for (name in c("nottem", "UKDriverDeaths", "co2")) {
  y <- get(name)
  fit <- auto.arima(y)
  o <- arimaorder(fit)
  constant <- any(names(coef(fit)) %in% c("intercept", "drift"))
  cases <- c(cases, sprintf(
    "{\"name\":\"%s\",\"period\":%d,\"y\":[%s],\"order\":[%s],\"constant\":%s,\"aicc\":%s}",
    name, frequency(y), paste(num(as.numeric(y)), collapse = ","),
    paste(o[1:6], collapse = ","), tolower(constant), num(fit$aicc)))
}
cat("[", paste(cases, collapse = ",\n"), "]\n", sep = "")
