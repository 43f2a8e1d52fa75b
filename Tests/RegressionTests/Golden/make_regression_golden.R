# Golden numbers for budgetcast's regression tests, from R's lm(), summary.lm(),
# logLik(), AIC(), BIC(), predict.lm() and MASS::lm.ridge().
# Run from this folder: Rscript make_regression_golden.R > regression_golden.json
suppressMessages(library(MASS))
num <- function(x) ifelse(is.finite(x), sprintf("%.17g", x), "null")
vec <- function(x) paste0("[", paste(num(x), collapse = ","), "]")
obj <- function(...) { kv <- list(...); paste0("{", paste(sprintf("\"%s\":%s", names(kv), unlist(kv)), collapse = ","), "}") }

data(stackloss)
d <- stackloss
y <- d$stack.loss
X <- d[, c("Air.Flow", "Water.Temp", "Acid.Conc.")]
w <- seq(0.5, by = 0.25, length.out = nrow(d))
newx <- data.frame(Air.Flow = c(58, 70), Water.Temp = c(20, 25), Acid.Conc. = c(85, 90))

case <- function(fit, intercept) {
  s <- summary(fit)
  cf <- coef(s)
  ci <- confint(fit, level = 0.95)
  k <- length(coef(fit)) + 1
  n <- length(fit$residuals)
  aic <- AIC(fit)
  pc <- predict(fit, newx, interval = "confidence", level = 0.9)
  pp <- predict(fit, newx, interval = "prediction", level = 0.9)
  fst <- if (is.null(s$fstatistic)) NA else s$fstatistic[1]
  obj(estimate = vec(cf[, 1]), stdError = vec(cf[, 2]), t = vec(cf[, 3]), p = vec(cf[, 4]),
      lower = vec(ci[, 1]), upper = vec(ci[, 2]), r2 = num(s$r.squared), adjR2 = num(s$adj.r.squared),
      sigma = num(s$sigma), fStatistic = num(fst), logLik = num(as.numeric(logLik(fit))),
      aic = num(aic), aicc = num(aic + 2 * k * (k + 1) / (n - k - 1)), bic = num(BIC(fit)),
      confidenceFit = vec(pc[, 1]), confidenceLower = vec(pc[, 2]), confidenceUpper = vec(pc[, 3]),
      predictionLower = vec(pp[, 2]), predictionUpper = vec(pp[, 3]))
}

ols <- lm(stack.loss ~ Air.Flow + Water.Temp + Acid.Conc., data = d)
wls <- lm(stack.loss ~ Air.Flow + Water.Temp + Acid.Conc., data = d, weights = w)
noint <- lm(stack.loss ~ 0 + Air.Flow + Water.Temp + Acid.Conc., data = d)
ridge <- lm.ridge(stack.loss ~ Air.Flow + Water.Temp + Acid.Conc., data = d, lambda = 2.5)

cat(obj(
  response = vec(y), airFlow = vec(X[, 1]), waterTemp = vec(X[, 2]), acidConc = vec(X[, 3]),
  weights = vec(w), newAirFlow = vec(newx[, 1]), newWaterTemp = vec(newx[, 2]), newAcidConc = vec(newx[, 3]),
  ols = case(ols, TRUE), wls = case(wls, TRUE), noIntercept = case(noint, FALSE),
  ridgeLambda = num(2.5), ridgeCoefficients = vec(coef(ridge))
), "\n")
