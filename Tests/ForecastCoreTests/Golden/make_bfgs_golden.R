# Golden values for QuasiNewtonTests: R's optim(method = "BFGS") with its finite-difference
# gradient on Rosenbrock's function from (-1.2, 1), with and without parscale.
# Run: Rscript Tests/ForecastCoreTests/Golden/make_bfgs_golden.R (R 4.2.2 gave the values
# copied into QuasiNewtonTests.swift).
fr <- function(x) 100 * (x[2] - x[1]^2)^2 + (1 - x[1])^2
for (scale in list(c(1, 1), c(2, 0.5))) {
  r <- optim(c(-1.2, 1), fr, method = "BFGS", control = list(parscale = scale))
  cat(sprintf("parscale %g %g: par %.17g %.17g value %.17g gradients %d\n",
              scale[1], scale[2], r$par[1], r$par[2], r$value, r$counts[2]))
}
