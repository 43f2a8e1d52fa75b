# Golden numbers for budgetcast's STL decomposition, from R's stats::stl.
# Run from this folder: Rscript make_stl_golden.R > stl_golden.json
# `seasonal`/`trend`: stl with s.window = 11 and every loess evaluated at every point
# (jumps of 1); `seasonalDefault`/`trendDefault`: stl with s.window = 11 and its default
# jumps (what mstl runs); `strength`: the seasonal strength forecast::nsdiffs compares
# with 0.64, from mstl.
suppressMessages(library(forecast))
num <- function(x) sprintf("%.17g", x)
vec <- function(x) paste0("[", paste(num(as.numeric(x)), collapse = ","), "]")
series <- list(AirPassengers = AirPassengers, UKgas = UKgas, nottem = nottem,
  JohnsonJohnson = log(JohnsonJohnson), USAccDeaths = USAccDeaths)
cases <- c()
for (name in names(series)) {
  y <- series[[name]]
  fit <- stl(y, s.window = 11, s.jump = 1, t.jump = 1, l.jump = 1)
  default <- stl(y, s.window = 11)
  m <- mstl(y)
  rem <- m[, "Remainder"]
  seas <- m[, grep("Season", colnames(m))]
  strength <- max(0, min(1, 1 - var(rem) / var(rem + seas)))
  cases <- c(cases, sprintf(
    "{\"name\":\"%s\",\"period\":%d,\"y\":%s,\"seasonal\":%s,\"trend\":%s,\"seasonalDefault\":%s,\"trendDefault\":%s,\"strength\":%s,\"nsdiffs\":%d}",
    name, frequency(y), vec(y), vec(fit$time.series[, "seasonal"]), vec(fit$time.series[, "trend"]),
    vec(default$time.series[, "seasonal"]), vec(default$time.series[, "trend"]),
    num(strength), nsdiffs(y)))
}
cat("[", paste(cases, collapse = ",\n"), "]\n", sep = "")
