module example.com/csvexport

go 1.19
