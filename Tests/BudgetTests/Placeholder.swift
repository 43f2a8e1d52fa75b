// budget tests follow
