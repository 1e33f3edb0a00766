module systemthrow

go 1.19
