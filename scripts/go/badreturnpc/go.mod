module badreturnpc

go 1.19
