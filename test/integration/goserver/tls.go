package main

// An https listener that requires a client certificate, like a kube-apiserver. The CA, the
// server certificate (for 127.0.0.1) and a client certificate are made at start-up and the
// PEMs the client needs are written to -tls-dir: ca.pem, client.pem, client-key.pem.

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"
)

func newCert(tmpl *x509.Certificate, parent *x509.Certificate, parentKey *ecdsa.PrivateKey) (*x509.Certificate, *ecdsa.PrivateKey, []byte) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	must(err)
	if parent == nil {
		parent, parentKey = tmpl, key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, &key.PublicKey, parentKey)
	must(err)
	cert, err := x509.ParseCertificate(der)
	must(err)
	return cert, key, der
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func writePEM(path, typ string, der []byte) {
	must(os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600))
}

// serveTLS starts the https listener and returns its address.
func serveTLS(dir string) string {
	now := time.Now()
	caTmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "goserver test CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour), IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature}
	ca, caKey, caDER := newCert(caTmpl, nil, nil)
	srvTmpl := &x509.Certificate{SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour), IPAddresses: []net.IP{net.ParseIP("127.0.0.1")},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	_, srvKey, srvDER := newCert(srvTmpl, ca, caKey)
	cliTmpl := &x509.Certificate{SerialNumber: big.NewInt(3), Subject: pkix.Name{CommonName: "system:admin"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}}
	_, cliKey, cliDER := newCert(cliTmpl, ca, caKey)

	writePEM(filepath.Join(dir, "ca.pem"), "CERTIFICATE", caDER)
	writePEM(filepath.Join(dir, "client.pem"), "CERTIFICATE", cliDER)
	cliKeyDER, err := x509.MarshalPKCS8PrivateKey(cliKey)
	must(err)
	writePEM(filepath.Join(dir, "client-key.pem"), "PRIVATE KEY", cliKeyDER)

	pool := x509.NewCertPool()
	pool.AddCert(ca)
	srv := &http.Server{TLSConfig: &tls.Config{
		Certificates: []tls.Certificate{{Certificate: [][]byte{srvDER}, PrivateKey: srvKey}},
		ClientAuth:   tls.RequireAndVerifyClientCert,
		ClientCAs:    pool,
	}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(err)
	go func() { _ = srv.ServeTLS(ln, "", "") }()
	return ln.Addr().String()
}
