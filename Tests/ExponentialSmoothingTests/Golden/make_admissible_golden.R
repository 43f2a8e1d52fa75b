# Golden verdicts for budgetcast's ETS admissible region, from R's forecast package
# (forecast:::admissible, the region of Hyndman, Akram & Archibald 2008), on random
# parameter points around the region, for each model structure and period.
# Run from this folder: Rscript make_admissible_golden.R > admissible_golden.json
suppressMessages(library(forecast))
set.seed(20241130)
num <- function(x) sprintf("%.17g", x)
cases <- c()
structures <- list(
  list(code = "ANN", m = 1), list(code = "AAN", m = 1), list(code = "AAdN", m = 1),
  list(code = "ANA", m = 4), list(code = "AAA", m = 4), list(code = "AAdA", m = 4),
  list(code = "ANA", m = 12), list(code = "AAA", m = 12), list(code = "AAdA", m = 12))
for (s in structures) {
  trend <- substr(s$code, 2, 2) == "A"
  damped <- grepl("d", s$code)
  season <- substr(s$code, nchar(s$code), nchar(s$code)) == "A"
  for (i in 1:300) {
    # Half the points in a wide box, half near the usual region, where fits end up.
    wide <- i <= 150
    alpha <- if (wide) runif(1, -0.5, 2.5) else runif(1, 0, 1.2)
    beta <- if (!trend) NULL else if (wide) runif(1, -0.5, 1.5) else runif(1, -0.1, 0.4)
    gamma <- if (!season) NULL else if (wide) runif(1, -0.3, 1.5) else runif(1, -0.05, 1)
    phi <- if (damped) runif(1, 0.5, 1) else NULL
    verdict <- forecast:::admissible(alpha, beta, gamma, phi, s$m)
    cases <- c(cases, sprintf(
      "{\"model\":\"%s\",\"period\":%d,\"alpha\":%s,\"beta\":%s,\"gamma\":%s,\"phi\":%s,\"admissible\":%s}",
      s$code, s$m, num(alpha), if (trend) num(beta) else "0", if (season) num(gamma) else "0",
      if (damped) num(phi) else "1", if (verdict == 1) "true" else "false"))
  }
}
cat("[", paste(cases, collapse = ",\n"), "]\n", sep = "")
