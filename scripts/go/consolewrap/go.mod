module github.com/example-organization/remote-procedure-transport-library/cmd/consolewrap

go 1.19
