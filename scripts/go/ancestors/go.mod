module ancestors

go 1.19
