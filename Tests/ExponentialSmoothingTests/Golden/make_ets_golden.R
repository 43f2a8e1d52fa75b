# Golden numbers for budgetcast's ETS tests, from R's forecast::ets (forecast 8.20).
# For each classic series and each model structure of the grid: the estimated
# parameters and initial states, log-likelihood, AICc, sigma^2, and the point
# forecasts and 80/95 % intervals.
# Run from this folder: Rscript make_ets_golden.R > ets_golden.json
suppressMessages(library(forecast))
num <- function(x) ifelse(is.finite(x), sprintf("%.17g", x), "null")
vec <- function(x) paste0("[", paste(num(as.numeric(x)), collapse = ","), "]")
str <- function(x) paste0("\"", x, "\"")
obj <- function(...) { kv <- list(...); paste0("{", paste(sprintf("\"%s\":%s", names(kv), unlist(kv)), collapse = ","), "}") }

series <- list(
  AirPassengers = AirPassengers, USAccDeaths = USAccDeaths, UKgas = UKgas, nottem = nottem,
  austres = austres, JohnsonJohnson = JohnsonJohnson, ldeaths = ldeaths,
  WWWusage = WWWusage, Nile = Nile, lynx = lynx, LakeHuron = LakeHuron, BJsales = BJsales, airmiles = airmiles)
nonseasonal <- c("ANN", "AAN", "AAdN", "MNN", "MAN", "MAdN")
seasonal <- c("ANA", "AAA", "AAdA", "MNA", "MAA", "MAdA", "MNM", "MAM", "MAdM")

cases <- c()
for (name in names(series)) {
  y <- series[[name]]
  m <- frequency(y)
  models <- if (m > 1) c(nonseasonal, seasonal) else nonseasonal
  for (code in models) {
    damped <- grepl("d", code)
    model <- gsub("d", "", code)
    if (min(y) <= 0 && (substr(model, 1, 1) == "M" || substr(model, 3, 3) == "M")) next
    fit <- tryCatch(ets(y, model = model, damped = damped), error = function(e) NULL)
    if (is.null(fit)) next
    h <- 2 * max(m, 4)
    fc <- forecast(fit, h = h, level = c(80, 95), PI = TRUE)
    par <- fit$par
    get <- function(p) if (is.na(par[p])) "null" else num(par[p])
    cases <- c(cases, obj(
      series = str(name), model = str(code),
      alpha = get("alpha"), beta = get("beta"), gamma = get("gamma"), phi = get("phi"),
      initialStates = vec(fit$initstate), logLik = num(fit$loglik), aicc = num(fit$aicc),
      sigma2 = num(fit$sigma2), fitted = vec(fitted(fit)), mean = vec(fc$mean),
      lower80 = vec(fc$lower[, 1]), upper80 = vec(fc$upper[, 1]),
      lower95 = vec(fc$lower[, 2]), upper95 = vec(fc$upper[, 2])))
  }
}
data <- sapply(names(series), function(name) sprintf("\"%s\":%s", name,
  obj(period = num(frequency(series[[name]])), y = vec(series[[name]]))))
cat("{\"series\":{", paste(data, collapse = ",\n"), "},\n\"cases\":[", paste(cases, collapse = ",\n"), "]}\n", sep = "")
