#!/usr/bin/env python3
"""Half-open connections from one client, and lookups from another meanwhile.

One client (from 127.0.0.2) opens CONNECTIONS connections to the service, sends a request line and one header on each, and never
finishes the headers (a slowloris client, or a dashboard that leaks connections); it keeps reopening those the server
closes, for HOLD seconds. Meanwhile another client (from 127.0.0.1) makes a lookup every half second, each on a new connection with
its own timeout, and reports how many were answered and how fast. Then the first client stops, and the script reports
how soon lookups are answered again. Everything is bounded in time; traffic goes only to the address given.

Usage: half_open.py PORT CONNECTIONS HOLD [PATH]
"""
import selectors
import socket
import statistics
import sys
import threading
import time

HOST = "127.0.0.1"
# the misbehaving client connects from another loopback address, so that the server sees two sources
HOLDER_SOURCE = "127.0.0.2"
PARTIAL = b"GET /codes/433 HTTP/1.1\r\nHost: localhost\r\n"
LOOKUP_TIMEOUT = 10.0


def lookup(port, path):
    """One lookup on a new connection: (answered, seconds)."""
    start = time.monotonic()
    try:
        with socket.create_connection((HOST, port), timeout=LOOKUP_TIMEOUT) as s:
            s.settimeout(max(0.1, LOOKUP_TIMEOUT - (time.monotonic() - start)))
            s.sendall(f"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
            head = s.recv(64)
            return head.startswith(b"HTTP/1.1 200"), time.monotonic() - start
    except OSError:
        return False, time.monotonic() - start


class Holder(threading.Thread):
    """Opens connections with unfinished headers and reopens those the server closes, until told to stop."""

    def __init__(self, port, count):
        super().__init__(daemon=True)
        self.port, self.count = port, count
        self.selector = selectors.DefaultSelector()
        self.open = 0
        self.opened = 0
        self.closed_by_server = 0
        self.stopping = threading.Event()

    def connect(self):
        s = socket.socket()
        s.setblocking(False)
        try:
            s.bind((HOLDER_SOURCE, 0))
            s.connect_ex((HOST, self.port))
            self.selector.register(s, selectors.EVENT_WRITE, "connecting")
            self.open += 1
            self.opened += 1
        except OSError:
            s.close()

    def run(self):
        while not self.stopping.is_set():
            while self.open < self.count and not self.stopping.is_set():
                self.connect()
            for key, _ in self.selector.select(timeout=0.2):
                s = key.fileobj
                if key.data == "connecting":
                    try:
                        s.send(PARTIAL)
                        self.selector.modify(s, selectors.EVENT_READ, "held")
                    except OSError:
                        self.drop(s)
                else:
                    try:
                        if not s.recv(1024):
                            self.closed_by_server += 1
                            self.drop(s)
                    except OSError:
                        self.closed_by_server += 1
                        self.drop(s)
        for key in list(self.selector.get_map().values()):
            self.drop(key.fileobj)

    def drop(self, s):
        self.selector.unregister(s)
        s.close()
        self.open -= 1


def main():
    port, count, hold = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    path = sys.argv[4] if len(sys.argv) > 4 else "/codes/433"
    holder = Holder(port, count)
    holder.start()
    time.sleep(min(5.0, hold / 3))
    results = []
    end = time.monotonic() + hold
    while time.monotonic() < end:
        results.append(lookup(port, path))
        time.sleep(0.5)
    held = holder.open
    holder.stopping.set()
    holder.join(30)
    stopped = time.monotonic()
    while True:
        answered, _ = lookup(port, path)
        if answered or time.monotonic() - stopped > 30:
            break
        time.sleep(0.05)
    recovery = time.monotonic() - stopped
    answered = [seconds for ok, seconds in results if ok]
    print(f"half-open connections held by one client: {count} wanted, {held} open at the end, "
          f"{holder.opened} opened, {holder.closed_by_server} closed by the server")
    print(f"lookups from another client meanwhile: {len(answered)} of {len(results)} answered"
          + (f", median {statistics.median(answered) * 1000:.0f} ms, slowest {max(answered) * 1000:.0f} ms"
             if answered else ""))
    print(f"first lookup answered {recovery * 1000:.0f} ms after the client stopped")


if __name__ == "__main__":
    main()
