module example.com/stdlibrace

go 1.19
