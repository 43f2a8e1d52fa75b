# Golden numbers for budgetcast's benchmark methods and Theta, from R's forecast
# package: naive(), snaive(), rwf(drift = TRUE), meanf(), thetaf().
# Run from this folder: Rscript make_benchmark_golden.R > benchmark_golden.json
suppressMessages(library(forecast))
num <- function(x) ifelse(is.finite(x), sprintf("%.17g", x), "null")
vec <- function(x) paste0("[", paste(num(as.numeric(x)), collapse = ","), "]")
obj <- function(...) { kv <- list(...); paste0("{", paste(sprintf("\"%s\":%s", names(kv), unlist(kv)), collapse = ","), "}") }
# A monthly series with a closed season: zeros in the troughs of its first years
# (thetaf adjusts it; its seasonal indexes stay above 1e-4).
set.seed(20261202)
closedSeason <- ts(pmax(0, round(60 * sin(2 * pi * (1:120) / 12) + 40 + (1:120) / 4 +
  10 * rnorm(120))), frequency = 12)
series <- list(AirPassengers = AirPassengers, UKgas = UKgas, Nile = Nile, WWWusage = WWWusage,
  lynx = lynx, closedSeason = closedSeason)
methods <- list(
  naive = function(y, h) naive(y, h = h, level = c(80, 95)),
  snaive = function(y, h) snaive(y, h = h, level = c(80, 95)),
  drift = function(y, h) rwf(y, h = h, drift = TRUE, level = c(80, 95)),
  mean = function(y, h) meanf(y, h = h, level = c(80, 95)),
  theta = function(y, h) thetaf(y, h = h, level = c(80, 95)))
cases <- c()
for (name in names(series)) {
  y <- series[[name]]
  h <- 2 * max(frequency(y), 4)
  for (method in names(methods)) {
    fc <- methods[[method]](y, h)
    cases <- c(cases, obj(series = paste0("\"", name, "\""), method = paste0("\"", method, "\""),
      period = num(frequency(y)), y = vec(y), mean = vec(fc$mean), lower80 = vec(fc$lower[, 1]),
      upper80 = vec(fc$upper[, 1]), lower95 = vec(fc$lower[, 2]), upper95 = vec(fc$upper[, 2])))
  }
}
cat("[", paste(cases, collapse = ",\n"), "]\n", sep = "")
