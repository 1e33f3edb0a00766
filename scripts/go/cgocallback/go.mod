module cgocallback

go 1.19
