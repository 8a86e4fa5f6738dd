#!/bin/sh
# A node listening on 0.0.0.0 must advertise an address the other nodes can reach. Kubernetes and the
# compose seed set EXPRESSIVITY_Node__PublicHostname to a DNS name; scaled compose workers have no
# stable name, so when it is unset this advertises the container's own IP address.
set -eu
if [ -z "${EXPRESSIVITY_Node__PublicHostname:-}" ]; then
  address="$(hostname -i 2>/dev/null | cut -d' ' -f1)"
  EXPRESSIVITY_Node__PublicHostname="${address:-$(cat /etc/hostname)}"
  export EXPRESSIVITY_Node__PublicHostname
fi
exec "$@"
