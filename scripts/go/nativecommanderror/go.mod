module nativecommanderror

go 1.19
