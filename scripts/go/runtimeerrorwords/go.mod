module runtimeerrorwords

go 1.19
