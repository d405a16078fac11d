#!/usr/bin/env python3
"""A real SMTP server for the mail tests (aiosmtpd), on a free loopback port.

    smtp_server.py --dir OUT [--user U --password-env VAR] [--reject-prefix reject]
                   [--timeout 60] [--starttls CERT KEY | --implicit-tls CERT KEY] [--busy] [--wire]

Prints "READY <port>" on stdout once it listens. Every message it receives goes to OUT as
N.eml (the data, exactly as received) and N.json (mail_from, rcpt_tos, the authenticated user).
RCPT TO addresses whose local part starts with the reject prefix get "550 5.1.1 no such user".
With --user, AUTH (PLAIN/LOGIN) is required; the password comes from an environment variable,
never from argv. With --busy it is no SMTP server at all: it greets every connection with "421 4.3.2 busy"
and hangs up (a server that is up but not taking mail), counting connections in OUT/connections.
With --wire it is a bare server that offers AUTH PLAIN LOGIN but no STARTTLS (what a man in the
middle that strips STARTTLS looks like): it accepts any login and any message, and writes every
byte the client sent to OUT/wire (to check that no password crossed the network in clear).
The server stops when stdin closes (its parent went away) or after --timeout.
"""
import argparse, asyncio, json, os, socket, ssl, sys, threading, time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Saver:
    def __init__(self, folder, reject_prefix):
        self.folder, self.reject_prefix, self.count = folder, reject_prefix, 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@", 1)[0]
        if self.reject_prefix and local.startswith(self.reject_prefix):
            return "550 5.1.1 <%s>: no such user here" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            n = self.count
        base = os.path.join(self.folder, "%03d" % n)
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        meta = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                "authenticated": bool(getattr(session, "authenticated", False))}
        with open(base + ".json.tmp", "w") as f:
            json.dump(meta, f)
        os.rename(base + ".eml.tmp", base + ".eml")
        os.rename(base + ".json.tmp", base + ".json")
        return "250 2.0.0 Message accepted for delivery"


class Authenticator:
    def __init__(self, user, password):
        self.user, self.password = user.encode(), password.encode()

    def __call__(self, server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword) and auth_data.login == self.user and auth_data.password == self.password:
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


def serve_busy(folder, port, done, timeout):
    """Greets with 421 and closes, counting connections, until `done` or the timeout."""
    async def busy(reader, writer):
        path = os.path.join(folder, "connections")
        count = int(open(path).read()) if os.path.exists(path) else 0
        open(path, "w").write(str(count + 1))
        writer.write(b"421 4.3.2 Service not available, try again later\r\n")
        await writer.drain()
        writer.close()

    async def run():
        server = await asyncio.start_server(busy, "127.0.0.1", port)
        print("READY %d" % port, flush=True)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, done.wait, timeout)
        server.close()

    asyncio.run(run())


def serve_wire(folder, port, done, timeout):
    """Bare SMTP without STARTTLS, recording every byte received in OUT/wire."""
    path = os.path.join(folder, "wire")
    open(path, "wb").close()

    async def session(reader, writer):
        def record(data):
            with open(path, "ab") as f:
                f.write(data)

        async def reply(text):
            writer.write(text.encode() + b"\r\n")
            await writer.drain()

        await reply("220 wire.test ESMTP")
        auth_steps = 0
        while True:
            line = await reader.readline()
            if not line:
                break
            record(line)
            cmd = line.strip().upper()
            if auth_steps:
                auth_steps -= 1
                await reply("334 UGFzc3dvcmQ6" if auth_steps else "235 2.7.0 Authentication successful")
            elif cmd.startswith(b"EHLO"):
                await reply("250-wire.test\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 10000000")
            elif cmd.startswith(b"HELO"):
                await reply("250 wire.test")
            elif cmd == b"AUTH PLAIN":
                auth_steps = 1
                await reply("334 ")
            elif cmd == b"AUTH LOGIN":
                auth_steps = 2
                await reply("334 VXNlcm5hbWU6")
            elif cmd.startswith(b"AUTH"):
                await reply("235 2.7.0 Authentication successful")
            elif cmd.startswith(b"DATA"):
                await reply("354 End data with <CR><LF>.<CR><LF>")
                while True:
                    data = await reader.readline()
                    if not data:
                        break
                    record(data)
                    if data in (b".\r\n", b".\n"):
                        break
                await reply("250 2.0.0 Message accepted for delivery")
            elif cmd.startswith(b"QUIT"):
                await reply("221 2.0.0 Bye")
                break
            elif cmd.startswith(b"STARTTLS"):
                await reply("502 5.5.1 STARTTLS not offered")
            else:
                await reply("250 OK")
        writer.close()

    async def run():
        server = await asyncio.start_server(session, "127.0.0.1", port)
        print("READY %d" % port, flush=True)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, done.wait, timeout)
        server.close()

    asyncio.run(run())


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--user")
    p.add_argument("--password-env")
    p.add_argument("--reject-prefix", default="reject")
    p.add_argument("--timeout", type=float, default=60)
    p.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    p.add_argument("--implicit-tls", nargs=2, metavar=("CERT", "KEY"))
    p.add_argument("--busy", action="store_true")
    p.add_argument("--wire", action="store_true")
    a = p.parse_args()

    os.makedirs(a.dir, exist_ok=True)
    done = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
    if a.busy:
        serve_busy(a.dir, free_port(), done, a.timeout)
        return
    if a.wire:
        serve_wire(a.dir, free_port(), done, a.timeout)
        return
    kwargs = {}
    if a.user:
        kwargs.update(authenticator=Authenticator(a.user, os.environ[a.password_env]),
                      auth_required=True, auth_require_tls=False)
    if a.starttls:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(*a.starttls)
        kwargs.update(tls_context=ctx, require_starttls=False)
    implicit = None
    if a.implicit_tls:  # smtps: TLS from the first byte
        implicit = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        implicit.load_cert_chain(*a.implicit_tls)
    port = free_port()
    controller = Controller(Saver(a.dir, a.reject_prefix), hostname="127.0.0.1", port=port,
                            server_kwargs=kwargs, ready_timeout=10, ssl_context=implicit)
    controller.start()
    print("READY %d" % port, flush=True)
    done.wait(a.timeout)
    controller.stop()


if __name__ == "__main__":
    main()
