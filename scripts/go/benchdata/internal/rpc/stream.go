// Package rpc holds goroutines waiting in select and on network reads.
package rpc

import (
	"bufio"
	"context"
	"net"
	"sync"
)

// Stream is a server stream whose receive loop waits in a select.
type Stream struct {
	ctx  context.Context
	recv chan []byte
	send chan []byte
}

// NewStream starts a stream handled through depth layers of interceptors ([select]).
func NewStream(ctx context.Context, ready *sync.WaitGroup, depth int) {
	s := &Stream{ctx: ctx, recv: make(chan []byte), send: make(chan []byte)}
	go s.intercept(ready, depth)
}

func (s *Stream) intercept(ready *sync.WaitGroup, depth int) {
	if depth > 0 {
		s.intercept(ready, depth-1)
		s.done(ready, depth)
		return
	}
	s.recvLoop(ready)
	// The arguments stay live across the loop, so the traceback prints their values.
	s.done(ready, depth)
}

//go:noinline
func (s *Stream) done(ready *sync.WaitGroup, depth int) {}

func (s *Stream) recvLoop(ready *sync.WaitGroup) {
	ready.Done()
	for {
		select {
		case <-s.ctx.Done():
			return
		case b := <-s.recv:
			_ = b
		case s.send <- nil:
		}
	}
}

// Listener accepts connections on 127.0.0.1 and reads from them ([IO wait]).
type Listener struct {
	ln net.Listener
}

// Listen starts an accept loop on 127.0.0.1.
func Listen(ready *sync.WaitGroup) (*Listener, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	l := &Listener{ln: ln}
	ready.Add(1)
	go l.accept(ready)
	return l, nil
}

func (l *Listener) accept(ready *sync.WaitGroup) {
	ready.Done()
	for {
		conn, err := l.ln.Accept()
		if err != nil {
			return
		}
		go serveConn(conn)
	}
}

func serveConn(conn net.Conn) {
	r := bufio.NewReader(conn)
	for {
		if _, err := r.ReadString('\n'); err != nil {
			return
		}
	}
}

// Dial opens a client connection whose reader waits for a reply that never comes ([IO wait]).
func (l *Listener) Dial(ready *sync.WaitGroup) error {
	conn, err := net.Dial("tcp", l.ln.Addr().String())
	if err != nil {
		return err
	}
	go func() {
		ready.Done()
		buf := make([]byte, 1)
		conn.Read(buf)
	}()
	return nil
}
