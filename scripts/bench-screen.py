# Time to first screen, for scripts/bench.mjs: runs a command in a pseudo-terminal (80x40) and
# prints the milliseconds from the fork until MARKER appears on the screen, then kills the
# program (it is waiting for an answer). Exits 1, with the screen on stderr, if MARKER never shows.
#
#   python3 scripts/bench-screen.py MARKER command [args...]
import fcntl, os, pty, select, signal, struct, sys, termios, time

marker = sys.argv[1].encode()
started = time.monotonic()
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 80, 0, 0))
    os.execvp(sys.argv[2], sys.argv[2:])

screen = b""
shown = None
while True:
    ready, _, _ = select.select([fd], [], [], 20)
    if not ready:
        break
    try:
        data = os.read(fd, 65536)
    except OSError:
        break
    if not data:
        break
    screen += data
    if marker in screen:
        shown = (time.monotonic() - started) * 1000
        break
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
if shown is None:
    sys.stderr.write(screen.decode(errors="replace")[-2000:])
    sys.exit(1)
print(round(shown, 1))
