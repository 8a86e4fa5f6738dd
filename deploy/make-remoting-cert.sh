#!/bin/sh
# Makes the cluster's remoting certificate: a self-signed key pair in PKCS#12 (node.pfx) that every
# node presents and pins (Node:Tls). Keep it secret: holding it is what makes a process a member.
#   deploy/make-remoting-cert.sh <directory>      password read from REMOTING_TLS_PASSWORD
set -eu
dir=${1:?usage: make-remoting-cert.sh <directory>}
: "${REMOTING_TLS_PASSWORD:?set REMOTING_TLS_PASSWORD}"
mkdir -p "$dir"
openssl req -x509 -newkey rsa:3072 -sha256 -days 825 -nodes -subj "/CN=expressivity-node" \
  -keyout "$dir/node.key" -out "$dir/node.crt"
openssl pkcs12 -export -inkey "$dir/node.key" -in "$dir/node.crt" -out "$dir/node.pfx" -passout env:REMOTING_TLS_PASSWORD
rm "$dir/node.key"
# Readable by the containers' non-root user (a bind-mounted secret keeps its mode); the password protects the key.
chmod 644 "$dir/node.pfx"
echo "thumbprint (SHA-256, for Node:Tls:AllowedThumbprints):"
openssl x509 -noout -fingerprint -sha256 -in "$dir/node.crt" | sed 's/.*=//; s/://g'
