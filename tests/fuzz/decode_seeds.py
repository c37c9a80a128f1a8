#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Write the seed corpus of fuzz_decode (tests/fuzz/corpus/decode/).

Each seed is one well-formed call in the harness's input layout (see
fuzz_decode.c): syscall number, options, six steered arguments, the
return value, the stack pointer, a siginfo, then the fake memory mapped
at FAKE_BASE.  Seeds give the fuzzer the structures it would take long
to find: pointers into the fake memory, arrays of pointers, iovecs,
sockaddrs, struct stat.  Run it again after changing the layout:
    python3 tests/fuzz/decode_seeds.py
"""
import os
import struct

BASE = 0x10000
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "decode")

RAW, NUL, MEM, SMALL = 0, 1, 2, 3


def be(v, n):
    return (v & ((1 << (8 * n)) - 1)).to_bytes(n, "big")


def seed(nr, args, ret=0, mem=b"", opts=0, limit=32, rsel=2):
    """args: list of (sel, raw); MEM args take an offset into mem."""
    b = be(nr, 2) + be(opts, 1) + be(limit | (2 << 6), 1)
    args = list(args) + [(NUL, 0)] * (6 - len(args))
    for sel, raw in args:
        b += be(sel, 1) + be(raw, 8)
    b += be(rsel, 1) + be(ret, 8)
    b += be(0, 2)
    b += bytes(128)  # siginfo
    return b + mem


def ptr(off):
    return struct.pack("<Q", BASE + off)


def q(*vals):
    return b"".join(struct.pack("<Q", v & (2**64 - 1)) for v in vals)


def main():
    os.makedirs(OUT, exist_ok=True)
    seeds = {}
    path = b"/etc/passwd\0"
    # open, openat, stat, statx, read, write
    seeds["open"] = seed(2, [(MEM, 0), (RAW, 0o102), (RAW, 0o644)], 3, path)
    seeds["openat"] = seed(257, [(RAW, 2**64 - 100), (MEM, 0), (RAW, 0)],
                           3, path)
    st = path.ljust(16, b"\0") + q(*range(1, 19))
    seeds["stat"] = seed(4, [(MEM, 0), (MEM, 16)], 0, st)
    seeds["statx"] = seed(332, [(RAW, 2**64 - 100), (MEM, 0), (RAW, 0x100),
                                (RAW, 0xfff), (MEM, 16)], 0,
                          path.ljust(16, b"\0") + bytes(range(256)))
    seeds["read"] = seed(0, [(SMALL, 3), (MEM, 0), (RAW, 64)], 40,
                         b"hello\n\t\x00\x7f\xff world" * 4)
    seeds["write_x"] = seed(1, [(SMALL, 1), (MEM, 0), (RAW, 30)], 30,
                            bytes(range(30)), opts=4)
    # execve: argv and envp arrays of pointers into the memory
    strs = b"ls\0-l\0/\0HOME=/root\0"
    arr = ptr(64) + ptr(67) + ptr(70) + q(0) + ptr(72) + q(0)
    mem = b"/bin/ls\0".ljust(64, b"\0") + strs
    mem = mem.ljust(128, b"\0") + arr
    seeds["execve"] = seed(59, [(MEM, 0), (MEM, 128), (MEM, 160)], 0, mem)
    seeds["execve_v"] = seed(59, [(MEM, 0), (MEM, 128), (MEM, 160)], 0, mem,
                             opts=1)
    # readv / writev: iovecs into the memory
    iov = ptr(64) + q(5) + ptr(70) + q(3)
    mem = iov.ljust(64, b"\0") + b"abcde\0xyz"
    seeds["readv"] = seed(19, [(SMALL, 3), (MEM, 0), (RAW, 2)], 8, mem)
    seeds["writev"] = seed(20, [(SMALL, 1), (MEM, 0), (RAW, 2)], 8, mem)
    # rt_sigaction, rt_sigprocmask
    sa = q(0x401000, 0x04000000 | 0x10000000, 0x402000, 1 << 16)
    seeds["rt_sigaction"] = seed(13, [(RAW, 10), (MEM, 0), (MEM, 32),
                                      (RAW, 8)], 0, sa + sa)
    seeds["rt_sigprocmask"] = seed(14, [(RAW, 0), (MEM, 0), (MEM, 8),
                                        (RAW, 8)], 0, q(0x10002, 0xfffffffe))
    # sockets: connect/bind with AF_UNIX, AF_INET, AF_INET6, AF_NETLINK
    un = struct.pack("<H", 1) + b"/tmp/sock\0"
    inet = struct.pack("<H", 2) + struct.pack(">H", 80) + bytes([127, 0, 0, 1])
    inet6 = struct.pack("<H", 10) + struct.pack(">H", 443) + bytes(4) + \
        bytes(15) + b"\1" + bytes(4)
    nl = struct.pack("<HHII", 16, 0, 1234, 5)
    for name, sa in (("un", un), ("in", inet), ("in6", inet6), ("nl", nl)):
        seeds["connect_" + name] = seed(42, [(SMALL, 3), (MEM, 0),
                                             (RAW, len(sa))], 0, sa)
    # sendmsg / recvmsg: msghdr with a name, an iovec and control data
    msg = ptr(128) + q(len(inet)) + ptr(64) + q(1) + ptr(96) + q(16) + q(0)
    mem = msg.ljust(64, b"\0") + ptr(160) + q(4)
    mem = mem.ljust(96, b"\0") + q(16) + struct.pack("<ii", 1, 1)
    mem = mem.ljust(128, b"\0") + inet
    mem = mem.ljust(160, b"\0") + b"data"
    seeds["sendmsg"] = seed(46, [(SMALL, 3), (MEM, 0), (RAW, 0)], 4, mem)
    seeds["recvmsg"] = seed(47, [(SMALL, 3), (MEM, 0), (RAW, 0x40)], 4, mem)
    # poll, select, epoll_wait
    seeds["poll"] = seed(7, [(MEM, 0), (RAW, 2), (RAW, 100)], 1,
                         struct.pack("<ihhihh", 0, 1, 1, 1, 4, 0))
    fds = q(0x5, 0x2, 0, 0)
    seeds["select"] = seed(23, [(RAW, 4), (MEM, 0), (MEM, 8), (NUL, 0),
                                (MEM, 32)], 1, fds + q(1, 500))
    seeds["epoll_wait"] = seed(232, [(SMALL, 5), (MEM, 0), (RAW, 2),
                                     (RAW, 10)], 2,
                               struct.pack("<IQ", 1, 7) * 2)
    # ioctl: terminal structures
    for name, cmd in (("tcgets", 0x5401), ("tiocgwinsz", 0x5413),
                      ("fionread", 0x541b)):
        seeds["ioctl_" + name] = seed(16, [(SMALL, 0), (RAW, cmd), (MEM, 0)],
                                      0, bytes(range(64)))
    # wait4, clone3, futex, prctl, getdents64, sched_setattr, rlimit
    seeds["wait4"] = seed(61, [(RAW, 1234), (MEM, 0), (RAW, 0), (MEM, 8)],
                          1234, q(0x0700, *range(20)))
    seeds["clone3"] = seed(435, [(MEM, 0), (RAW, 88)], 42,
                           q(0x3d0f00, 8, 16, 0, 17, 0x7f0000, 8192, 24,
                             0, 0, 0))
    seeds["futex"] = seed(202, [(MEM, 0), (RAW, 0x80), (RAW, 1), (MEM, 8)],
                          0, q(1, 1, 500))
    seeds["prctl"] = seed(157, [(RAW, 15), (MEM, 0)], 0, b"worker\0")
    d = struct.pack("<QqHB", 1, 24, 24, 4) + b"a\0" + bytes(3)
    seeds["getdents64"] = seed(217, [(SMALL, 3), (MEM, 0), (RAW, 4096)],
                               len(d), d * 2)
    seeds["sched_setattr"] = seed(314, [(RAW, 0), (MEM, 0), (RAW, 0)], 0,
                                  struct.pack("<IIQiIQQQ", 56, 0, 0, 0, 0,
                                              0, 0, 0))
    seeds["prlimit64"] = seed(302, [(RAW, 0), (RAW, 7), (MEM, 0), (MEM, 16)],
                              0, q(1024, 4096, 2**64 - 1, 2**64 - 1))
    seeds["nanosleep"] = seed(35, [(MEM, 0), (MEM, 16)], 0, q(1, 500000000))
    seeds["rt_sigreturn"] = seed(15, [], 0, bytes(range(256)) * 4)
    for name, data in seeds.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    print("%d seeds in %s" % (len(seeds), OUT))


if __name__ == "__main__":
    main()
