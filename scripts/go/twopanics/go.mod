module twopanics

go 1.19
