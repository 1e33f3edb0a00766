module loggerstack

go 1.19
