package app

import (
	"bufio"
	"net"
)

// hungEtcdMember is an etcd member that accepts connections and reads
// requests but never answers: the kind of member that makes clients hang.
type hungEtcdMember struct {
	ln net.Listener
}

func startHungEtcdMember() (*hungEtcdMember, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	m := &hungEtcdMember{ln: ln}
	go m.serve()
	return m, nil
}

func (m *hungEtcdMember) Addr() string { return m.ln.Addr().String() }

func (m *hungEtcdMember) serve() {
	for {
		conn, err := m.ln.Accept()
		if err != nil {
			return
		}
		go m.handle(conn)
	}
}

func (m *hungEtcdMember) handle(conn net.Conn) {
	defer conn.Close()
	r := bufio.NewReader(conn)
	for {
		if _, err := r.ReadString('\n'); err != nil {
			return
		}
		// The request is read, and never answered.
	}
}
