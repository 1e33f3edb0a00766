module crilong

go 1.19
