# JSON writers shared by the ARIMA golden scripts (sourced from this folder).
num <- function(x) ifelse(is.finite(x), sprintf("%.17g", x), "null")
vec <- function(x) paste0("[", paste(num(as.numeric(x)), collapse = ","), "]")
str <- function(x) paste0("\"", x, "\"")
mat <- function(m) paste0("[", paste(apply(as.matrix(m), 2, vec), collapse = ","), "]")
obj <- function(...) { kv <- list(...); paste0("{", paste(sprintf("\"%s\":%s", names(kv), unlist(kv)), collapse = ","), "}") }
