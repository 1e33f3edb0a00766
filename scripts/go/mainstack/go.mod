module mainstack

go 1.19
