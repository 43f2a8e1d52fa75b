# Golden numbers for regression with ARIMA errors, from R's forecast::Arima(xreg =)
# by exact maximum likelihood (method "ML").
# Run from this folder: Rscript make_arima_xreg_golden.R > arima_xreg_golden.json
suppressMessages(library(forecast))
source("json_helpers.R")
lead <- as.numeric(BJsales.lead)
sales <- as.numeric(BJsales)
seat <- Seatbelts
petrol <- as.numeric(seat[, "PetrolPrice"])
cases <- list(
  list(name = "BJsales on lead(3), ARIMA(0,1,1)", y = ts(sales[4:150]), order = c(0, 1, 1),
       seasonal = c(0, 0, 0), x = cbind(lead = lead[1:147]), future = cbind(lead = lead[148:150])),
  list(name = "Seatbelts drivers on petrol price and law, (1,0,1)(0,1,1)[12]",
       y = log(seat[, "drivers"]), order = c(1, 0, 1), seasonal = c(0, 1, 1),
       x = cbind(petrol = petrol, law = as.numeric(seat[, "law"])),
       future = cbind(petrol = rep(tail(petrol, 1), 12), law = rep(1, 12))))
out <- c()
for (c in cases) {
  fit <- Arima(c$y, order = c$order, seasonal = c$seasonal, xreg = c$x, method = "ML")
  fc <- forecast(fit, xreg = c$future, level = 95)
  out <- c(out, obj(name = str(c$name), y = vec(c$y), period = num(frequency(c$y)),
    order = vec(c$order), seasonal = vec(c$seasonal),
    drivers = paste0("[", paste(str(colnames(c$x)), collapse = ","), "]"),
    x = mat(c$x), future = mat(c$future),
    coef = vec(coef(fit)), coefNames = paste0("[", paste(str(names(coef(fit))), collapse = ","), "]"),
    se = vec(sqrt(diag(fit$var.coef))), logLik = num(fit$loglik), aicc = num(fit$aicc),
    sigma2 = num(fit$sigma2), forecast = vec(fc$mean), lower95 = vec(fc$lower), upper95 = vec(fc$upper)))
}
cat("[", paste(out, collapse = ",\n"), "]\n", sep = "")
