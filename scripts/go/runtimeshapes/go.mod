module runtimeshapes

go 1.19
