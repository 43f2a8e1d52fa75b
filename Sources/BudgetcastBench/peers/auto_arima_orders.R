# The orders R's auto.arima picks on every series of a benchmark panel CSV
# (series_id,period,t,value,split, as export_competition.py writes it), fitted on the
# 'train' rows, for compare_arima_orders.py.
# Usage: Rscript auto_arima_orders.R PANEL.csv OUT.csv
suppressMessages(library(forecast))
args <- commandArgs(TRUE)
d <- read.csv(args[1])
out <- file(args[2], "w")
writeLines("series_id,p,d,q,P,D,Q,constant,aicc", out)
for (id in unique(d$series_id)) {
  s <- d[d$series_id == id, ]
  fit <- auto.arima(ts(s$value[s$split == "train"], frequency = s$period[1]))
  o <- arimaorder(fit)
  if (length(o) == 3) o <- c(o, 0, 0, 0)
  constant <- as.integer(any(names(coef(fit)) %in% c("intercept", "drift")))
  writeLines(paste(c(id, o[1:6], constant, sprintf("%.6f", fit$aicc)), collapse = ","), out)
}
close(out)
