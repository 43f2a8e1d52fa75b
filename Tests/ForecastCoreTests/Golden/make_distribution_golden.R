# Golden values for budgetcast's distribution functions, from R's pt(), qt(),
# pf(), pnorm(), qnorm(), pbeta() and pchisq(), and Box.test(type = "Ljung-Box").
# Run from this folder: Rscript make_distribution_golden.R > distribution_golden.json
num <- function(x) sprintf("%.17g", x)
rows <- function(m) paste0("[", paste(apply(m, 1, function(r) paste0("[", paste(num(r), collapse = ","), "]")), collapse = ","), "]")

t_grid <- expand.grid(t = c(-40, -3.5, -1.96, -0.5, 0.1, 1, 2.228, 6, 25, 2331.6), df = c(1, 2, 3, 4.5, 10, 34, 71, 1000))
t_cdf <- cbind(t_grid$t, t_grid$df, pt(t_grid$t, t_grid$df), 2 * pt(-abs(t_grid$t), t_grid$df))
q_grid <- expand.grid(p = c(1e-10, 0.001, 0.025, 0.05, 0.1, 0.5, 0.8, 0.9, 0.95, 0.975, 0.995, 0.9995), df = c(1, 2, 3, 4.5, 9, 15, 34, 71, 500))
t_quantile <- cbind(q_grid$p, q_grid$df, qt(q_grid$p, q_grid$df))
f_grid <- expand.grid(f = c(0.01, 0.5, 1, 2.5, 10, 330.285, 2162.4), d1 = c(1, 3, 10), d2 = c(2, 9, 71))
f_upper <- cbind(f_grid$f, f_grid$d1, f_grid$d2, pf(f_grid$f, f_grid$d1, f_grid$d2, lower.tail = FALSE))
z <- c(-37, -12, -5, -1.959963984540054, -1, 0, 0.3, 1.644853626951472, 3, 8)
normal_cdf <- cbind(z, pnorm(z))
p <- c(1e-300, 1e-20, 1e-8, 0.001, 0.02425, 0.1, 0.5, 0.8, 0.975, 0.99, 1 - 1e-10)
normal_quantile <- cbind(p, qnorm(p))
b_grid <- expand.grid(x = c(0.001, 0.1, 0.3, 0.5, 0.7, 0.95, 0.999999), a = c(0.5, 1, 2.5, 17, 200), b = c(0.5, 3, 35.5))
beta_cdf <- cbind(b_grid$x, b_grid$a, b_grid$b, pbeta(b_grid$x, b_grid$a, b_grid$b), pbeta(b_grid$x, b_grid$a, b_grid$b, lower.tail = FALSE))

c_grid <- expand.grid(x = c(0.001, 0.3, 1, 2.5, 7.8, 16.9, 40, 150), df = c(1, 2, 3, 7, 12, 24, 60))
chisq <- cbind(c_grid$x, c_grid$df, pchisq(c_grid$x, c_grid$df), pchisq(c_grid$x, c_grid$df, lower.tail = FALSE))
# Ljung-Box on a fixed pseudo-random series (residuals of an AR(1) fit to lh), lags 5, 10, 20.
e <- as.numeric(residuals(arima(lh, order = c(1, 0, 0))))
ljung <- t(sapply(c(5, 10, 20), function(h) { b <- Box.test(e, lag = h, type = "Ljung-Box", fitdf = 1); c(h, 1, b$statistic, b$p.value) }))

cat("{",
  "\"tCDF\":", rows(t_cdf), ",",
  "\"tQuantile\":", rows(t_quantile), ",",
  "\"fUpperTail\":", rows(f_upper), ",",
  "\"normalCDF\":", rows(normal_cdf), ",",
  "\"normalQuantile\":", rows(normal_quantile), ",",
  "\"betaCDF\":", rows(beta_cdf), ",",
  "\"chiSquaredCDF\":", rows(chisq), ",",
  "\"ljungBoxResiduals\":", paste0("[", paste(num(e), collapse = ","), "]"), ",",
  "\"ljungBox\":", rows(ljung),
  "}\n", sep = "")
