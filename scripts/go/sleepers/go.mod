module sleepers

go 1.19
