module printedpanic

go 1.19
