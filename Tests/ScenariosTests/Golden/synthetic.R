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
# Child welfare is the function Famille et enfance, 51 in M52 and 421 in M57, each line's
# function read in the plan of the last year it was executed in (a year's plan: the
# nomenclature all its lines name; without one, either code).
family <- substr(toupper(accounts$nomenclature), 1, 3)
year_plan <- tapply(family, accounts$year, function(f) if (length(unique(f)) == 1) f[1] else NA)
line_key <- function(rows) paste(rows$section, rows$direction, rows$chapter, rows$account, rows$`function`)
last_year <- tapply(as.integer(accounts$year), line_key(accounts), max)
famille_et_enfance <- function(rows) {
  plan <- year_plan[as.character(last_year[line_key(rows)])]
  code <- rows$`function`
  ifelse(is.na(plan), grepl("^(51|421)", code),
         (plan == "M52" & grepl("^51", code)) | (plan == "M57" & grepl("^421", code)))
}
lines <- list(
  rsa = total(real[real$direction == "D" & real$chapter == "017", ]),
  apa = total(real[real$direction == "D" & real$chapter == "016", ]),
  pch = total(real[real$direction == "D" & real$chapter == "65" & grepl("^651121", real$account), ]),
  child_welfare = total(real[real$direction == "D" & real$chapter == "65" & !grepl("^651121", real$account) &
                             famille_et_enfance(real), ]),
  personnel = total(real[real$direction == "D" & real$chapter == "012", ]),
  charges = total(real[real$direction == "D" & real$chapter == "011", ]),
  dmto = total(real[real$direction == "R" & grepl("^732[12]", real$account), ]))
history <- read.csv(paste0(data, "driver_history.csv"))
