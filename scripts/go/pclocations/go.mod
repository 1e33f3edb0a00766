module example.com/pclocations

go 1.19
