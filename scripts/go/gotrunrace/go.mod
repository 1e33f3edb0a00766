module gotrunrace

go 1.19
