module example.com/recoveryreports

go 1.19
