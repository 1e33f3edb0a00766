module example.com/deckhand

go 1.19
