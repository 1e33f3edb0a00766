module oneshotwaits

go 1.19
