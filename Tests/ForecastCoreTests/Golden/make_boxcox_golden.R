# Golden values for budgetcast's Box-Cox tests, from R's forecast::BoxCox.lambda
# (Guerrero's method) and forecast::BoxCox / InvBoxCox.
# Run from this folder: Rscript make_boxcox_golden.R > boxcox_golden.json
suppressMessages(library(forecast))
num <- function(x) sprintf("%.17g", x)
vec <- function(x) paste0("[", paste(num(as.numeric(x)), collapse = ","), "]")
series <- list(AirPassengers = AirPassengers, UKgas = UKgas, nottem = nottem, Nile = Nile, lynx = lynx, austres = austres)
cases <- sapply(names(series), function(name) {
  y <- series[[name]]
  lambda <- BoxCox.lambda(y, method = "guerrero")
  sprintf("{\"series\":\"%s\",\"period\":%s,\"y\":%s,\"lambda\":%s,\"transformed\":%s}",
    name, num(frequency(y)), vec(y), num(lambda), vec(BoxCox(y, lambda)))
})
cat("[", paste(cases, collapse = ",\n"), "]\n", sep = "")
