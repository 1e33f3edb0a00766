module badreturnquit

go 1.19
