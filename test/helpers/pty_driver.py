# Runs a command in a real pseudo-terminal (80x40) and relays bytes both ways over pipes, so a
# test can type into an interactive program and read its screen. Exits with the child's code.
import os, pty, select, signal, struct, sys, fcntl, termios

cols, rows = int(os.environ.get("PTY_COLS", "80")), int(os.environ.get("PTY_ROWS", "40"))
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    os.execvp(sys.argv[1], sys.argv[1:])

# A SIGTERM or SIGHUP sent to the driver goes to the program, as a shell or a closing terminal sends it.
def forward(signum, _frame):
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass
signal.signal(signal.SIGTERM, forward)
signal.signal(signal.SIGHUP, forward)

# SIGUSR1 resizes the terminal to the "cols rows" in PTY_RESIZE_FILE, as a user dragging the window
# does: the kernel then sends the program SIGWINCH.
def resize(_signum, _frame):
    try:
        with open(os.environ["PTY_RESIZE_FILE"]) as f:
            c, r = (int(x) for x in f.read().split())
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", r, c, 0, 0))
    except (KeyError, OSError, ValueError):
        pass
signal.signal(signal.SIGUSR1, resize)

stdin_open = True
while True:
    watch = [fd] + ([sys.stdin.fileno()] if stdin_open else [])
    try:
        ready, _, _ = select.select(watch, [], [], 0.1)
    except InterruptedError:
        continue
    if fd in ready:
        try:
            data = os.read(fd, 65536)
        except OSError:
            data = b""
        if not data:
            break
        os.write(sys.stdout.fileno(), data)
    if stdin_open and sys.stdin.fileno() in ready:
        data = os.read(sys.stdin.fileno(), 65536)
        if not data:
            stdin_open = False
        else:
            os.write(fd, data)

_, status = os.waitpid(pid, 0)
# Whether the program left the terminal echoing what is typed (raw mode turns echo off).
if os.environ.get("PTY_REPORT_ECHO"):
    try:
        echo = termios.tcgetattr(fd)[3] & termios.ECHO
        sys.stderr.write("\n[pty: echo %s]\n" % ("on" if echo else "off"))
    except termios.error as e:
        sys.stderr.write("\n[pty: echo unknown: %s]\n" % e)
    sys.stderr.flush()
if os.WIFSIGNALED(status):
    sys.exit(128 + os.WTERMSIG(status))
sys.exit(os.WEXITSTATUS(status))
