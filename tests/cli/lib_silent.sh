# lib_silent.sh: silent_server, a TCP listener on 127.0.0.1 that accepts
# connections and never answers, so that a growthstat connecting to it as
# a PostgreSQL server waits (its command line, its core can be looked at
# meanwhile). Source it after lib.sh.

# silent_server: start it; sets $port and $silent_pid (silent_stop ends it)
silent_server() {
	python3 - "$T/silent.port" <<'PY' &
import os, socket, sys
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(8)
open(sys.argv[1] + ".tmp", "w").write(str(s.getsockname()[1]))
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
conns = []
s.settimeout(60)
try:
    while True:
        conns.append(s.accept()[0])   # accepted, never answered
except Exception:
    pass
PY
	silent_pid=$!
	i=0
	while [ ! -s "$T/silent.port" ] && [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	port=$(cat "$T/silent.port")
}

# silent_stop: end the listener; returns 0 (its "killed" status is no failure)
silent_stop() {
	kill "$silent_pid" 2>/dev/null
	wait "$silent_pid" 2>/dev/null
	return 0
}
