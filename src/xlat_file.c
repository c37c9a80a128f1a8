// SPDX-License-Identifier: MIT
/*
 * xlat_file - constants of file and descriptor system calls: open flags,
 * *at() flags, statx, fcntl, ioctl, ...  Names and flag order are those
 * strace 6.1 prints; values are the x86_64 kernel's.
 */
#include "xlat.h"

#include <dirent.h>
#include <fcntl.h>
#include <linux/stat.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <termios.h>
#include <unistd.h>

/* An entry named after its macro. */
#define X(v)	{ (uint64_t)(v), #v }

/* glibc defines O_LARGEFILE as 0 on 64-bit; strace shows the kernel bit. */
#define KO_LARGEFILE	0100000
#define K__O_SYNC	04000000
#define K__O_TMPFILE	020000000

const struct xlat xlat_open_access[] = {
	X(O_RDONLY),
	X(O_WRONLY),
	X(O_RDWR),
	X(O_ACCMODE),
	XLAT_END
};

/*
 * O_SYNC includes O_DSYNC and O_TMPFILE includes O_DIRECTORY: the combined
 * names come first so that "O_SYNC" is printed rather than
 * "__O_SYNC|O_DSYNC".  Shared with pipe2(), which strace prints with the
 * same table.
 */
#define OPEN_FLAGS \
	X(O_CREAT), \
	X(O_EXCL), \
	X(O_NOCTTY), \
	X(O_TRUNC), \
	X(O_APPEND), \
	X(O_NONBLOCK), \
	X(O_SYNC), \
	{ K__O_SYNC, "__O_SYNC" }, \
	X(O_DSYNC), \
	X(O_DIRECT), \
	{ KO_LARGEFILE, "O_LARGEFILE" }, \
	X(O_NOFOLLOW), \
	X(O_NOATIME), \
	X(O_CLOEXEC), \
	X(O_PATH), \
	X(O_TMPFILE), \
	{ K__O_TMPFILE, "__O_TMPFILE" }, \
	X(O_DIRECTORY), \
	X(FASYNC)

const struct xlat xlat_open_flags[] = {
	OPEN_FLAGS,
	XLAT_END
};

const struct xlat xlat_pipe_flags[] = {
	OPEN_FLAGS,
	XLAT_END
};

/* unlinkat() and the *at() calls all print the whole AT_* set. */
#define AT_FLAGS \
	X(AT_SYMLINK_NOFOLLOW), \
	X(AT_REMOVEDIR), \
	X(AT_SYMLINK_FOLLOW), \
	X(AT_NO_AUTOMOUNT), \
	X(AT_EMPTY_PATH), \
	{ 0x8000, "AT_RECURSIVE" }

const struct xlat xlat_at_flags[] = {
	AT_FLAGS,
	XLAT_END
};

const struct xlat xlat_unlinkat_flags[] = {
	AT_FLAGS,
	XLAT_END
};

/* The sync type field (AT_STATX_SYNC_TYPE, 0x6000) of statx() flags. */
const struct xlat xlat_at_statx_sync[] = {
	X(AT_STATX_SYNC_AS_STAT),
	X(AT_STATX_FORCE_SYNC),
	X(AT_STATX_DONT_SYNC),
	XLAT_END
};

const struct xlat xlat_access_modes[] = {
	X(F_OK),
	X(R_OK),
	X(W_OK),
	X(X_OK),
	XLAT_END
};

const struct xlat xlat_statx_mask[] = {
	{ 0x0fff, "STATX_ALL" },
	X(STATX_BASIC_STATS),
	X(STATX_TYPE),
	X(STATX_MODE),
	X(STATX_NLINK),
	X(STATX_UID),
	X(STATX_GID),
	X(STATX_ATIME),
	X(STATX_MTIME),
	X(STATX_CTIME),
	X(STATX_INO),
	X(STATX_SIZE),
	X(STATX_BLOCKS),
	X(STATX_BTIME),
	{ 0x1000, "STATX_MNT_ID" },
	{ 0x2000, "STATX_DIOALIGN" },
	XLAT_END
};

const struct xlat xlat_statx_attrs[] = {
	{ 0x00000004, "STATX_ATTR_COMPRESSED" },
	{ 0x00000010, "STATX_ATTR_IMMUTABLE" },
	{ 0x00000020, "STATX_ATTR_APPEND" },
	{ 0x00000040, "STATX_ATTR_NODUMP" },
	{ 0x00000800, "STATX_ATTR_ENCRYPTED" },
	{ 0x00001000, "STATX_ATTR_AUTOMOUNT" },
	{ 0x00002000, "STATX_ATTR_MOUNT_ROOT" },
	{ 0x00100000, "STATX_ATTR_VERITY" },
	{ 0x00200000, "STATX_ATTR_DAX" },
	XLAT_END
};

/* The S_IFMT field of a mode (an enumeration, not flags). */
const struct xlat xlat_mode_type[] = {
	X(S_IFREG),
	X(S_IFSOCK),
	X(S_IFIFO),
	X(S_IFLNK),
	X(S_IFDIR),
	X(S_IFBLK),
	X(S_IFCHR),
	XLAT_END
};

const struct xlat xlat_lseek_whence[] = {
	X(SEEK_SET),
	X(SEEK_CUR),
	X(SEEK_END),
	X(SEEK_DATA),
	X(SEEK_HOLE),
	XLAT_END
};

/* F_GETLK64 & co. are the 32-bit numbers; on x86_64 they are distinct. */
const struct xlat xlat_fcntl_cmds[] = {
	X(F_DUPFD),
	X(F_GETFD),
	X(F_SETFD),
	X(F_GETFL),
	X(F_SETFL),
	X(F_GETLK),
	X(F_SETLK),
	X(F_SETLKW),
	X(F_SETOWN),
	X(F_GETOWN),
	X(F_SETSIG),
	X(F_GETSIG),
	{ 12, "F_GETLK64" },
	{ 13, "F_SETLK64" },
	{ 14, "F_SETLKW64" },
	X(F_SETOWN_EX),
	X(F_GETOWN_EX),
	{ 17, "F_GETOWNER_UIDS" },
	X(F_OFD_GETLK),
	X(F_OFD_SETLK),
	X(F_OFD_SETLKW),
	X(F_SETLEASE),
	X(F_GETLEASE),
	X(F_NOTIFY),
	{ 1029, "F_CANCELLK" },
	X(F_DUPFD_CLOEXEC),
	X(F_SETPIPE_SZ),
	X(F_GETPIPE_SZ),
	X(F_ADD_SEALS),
	X(F_GET_SEALS),
	XLAT_END
};

const struct xlat xlat_fd_flags[] = {
	X(FD_CLOEXEC),
	XLAT_END
};

/*
 * ioctl requests.  strace names a number shared by two drivers with both
 * names ("SNDCTL_TMR_START or TCSETS"); the names here are what it prints.
 * TIOCINQ equals FIONREAD and prints as FIONREAD.
 */
const struct xlat xlat_ioctl_cmds[] = {
	X(TCGETS),
	{ TCSETS, "SNDCTL_TMR_START or TCSETS" },
	{ TCSETSW, "SNDCTL_TMR_STOP or TCSETSW" },
	{ TCSETSF, "SNDCTL_TMR_CONTINUE or TCSETSF" },
	X(TCGETA),
	X(TCSETA),
	X(TCSETAW),
	X(TCSETAF),
	X(TCSBRK),
	X(TCXONC),
	X(TCFLSH),
	X(TIOCEXCL),
	X(TIOCNXCL),
	X(TIOCSCTTY),
	X(TIOCGPGRP),
	X(TIOCSPGRP),
	X(TIOCOUTQ),
	X(TIOCSTI),
	X(TIOCGWINSZ),
	X(TIOCSWINSZ),
	X(TIOCMGET),
	X(TIOCMBIS),
	X(TIOCMBIC),
	X(TIOCMSET),
	X(FIONREAD),
	X(TIOCLINUX),
	X(TIOCCONS),
	X(TIOCGSERIAL),
	X(TIOCSSERIAL),
	X(TIOCPKT),
	X(FIONBIO),
	X(TIOCNOTTY),
	X(TIOCSETD),
	X(TIOCGETD),
	X(TCSBRKP),
	X(TIOCSBRK),
	X(TIOCCBRK),
	X(TIOCGSID),
	{ 0x802c542a, "TCGETS2" },	/* sizes of struct termios2 */
	{ 0x402c542b, "TCSETS2" },
	{ 0x402c542c, "TCSETSW2" },
	{ 0x402c542d, "TCSETSF2" },
	X(TIOCGPTN),
	X(TIOCSPTLCK),
	X(TIOCGDEV),
	X(TIOCGPKT),
	X(TIOCGPTLCK),
	X(TIOCGEXCL),
	X(TIOCGPTPEER),
	X(FIONCLEX),
	X(FIOCLEX),
	X(FIOASYNC),
	X(TIOCGLCKTRMIOS),
	X(TIOCSLCKTRMIOS),
	X(FIOQSIZE),
	XLAT_END
};

const struct xlat xlat_getrandom_flags[] = {
	X(GRND_NONBLOCK),
	X(GRND_RANDOM),
	X(GRND_INSECURE),
	XLAT_END
};

const struct xlat xlat_dirent_types[] = {
	X(DT_UNKNOWN),
	X(DT_FIFO),
	X(DT_CHR),
	X(DT_DIR),
	X(DT_BLK),
	X(DT_REG),
	X(DT_LNK),
	X(DT_SOCK),
	X(DT_WHT),
	XLAT_END
};

const struct xlat xlat_eventfd_flags[] = {
	{ 1, "EFD_SEMAPHORE" },
	{ 02000000, "EFD_CLOEXEC" },
	{ 04000, "EFD_NONBLOCK" },
	XLAT_END
};

/* The hugetlb page size (bits 26..31) is printed as "21<<MFD_HUGE_SHIFT"
 * by the decoder. */
const struct xlat xlat_memfd_flags[] = {
	{ 1, "MFD_CLOEXEC" },
	{ 2, "MFD_ALLOW_SEALING" },
	{ 4, "MFD_HUGETLB" },
	XLAT_END
};

const struct xlat xlat_renameat2_flags[] = {
	{ 1, "RENAME_NOREPLACE" },
	{ 2, "RENAME_EXCHANGE" },
	{ 4, "RENAME_WHITEOUT" },
	XLAT_END
};

const struct xlat xlat_umount_flags[] = {
	{ 1, "MNT_FORCE" },
	{ 2, "MNT_DETACH" },
	{ 4, "MNT_EXPIRE" },
	{ 8, "UMOUNT_NOFOLLOW" },
	XLAT_END
};
