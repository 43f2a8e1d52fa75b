# Shared by the golden scripts of this folder (sourced from it): JSON writers, and the
# synthetic département's driven line totals (real operating operations, by year) and
# driver history, read from the committed CSV files independently of budgetcast.
suppressMessages(library(forecast))
num <- function(x) ifelse(is.finite(x), sprintf("%.17g", x), "null")
vec <- function(x) paste0("[", paste(num(as.numeric(x)), collapse = ","), "]")
str <- function(x) paste0("\"", x, "\"")
obj <- function(...) { kv <- list(...); paste0("{", paste(sprintf("\"%s\":%s", names(kv), unlist(kv)), collapse = ","), "}") }

data <- "../../../datasets/synthetic/"
accounts <- read.csv(paste0(data, "departement_accounts.csv"), colClasses = "character")
accounts$amount <- as.numeric(accounts$amount)
real <- accounts[accounts$operation == "real" & accounts$section == "F", ]
total <- function(rows) tapply(rows$amount, as.integer(rows$year), sum)
lines <- list(
  rsa = total(real[real$direction == "D" & real$chapter == "017", ]),
  apa = total(real[real$direction == "D" & real$chapter == "016", ]),
  pch = total(real[real$direction == "D" & real$chapter == "65" & grepl("^651121", real$account), ]),
  child_welfare = total(real[real$direction == "D" & real$chapter == "65" & !grepl("^651121", real$account) &
                             grepl("^(51|421)", real$`function`), ]),
  personnel = total(real[real$direction == "D" & real$chapter == "012", ]),
  charges = total(real[real$direction == "D" & real$chapter == "011", ]),
  dmto = total(real[real$direction == "R" & grepl("^732[12]", real$account), ]))
history <- read.csv(paste0(data, "driver_history.csv"))
