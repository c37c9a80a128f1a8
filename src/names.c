/* SPDX-License-Identifier: MIT */
/*
 * names - errno and signal names as strace 6.1 prints them on x86_64.
 *
 * The errno descriptions are glibc's strerror() texts (what strace shows
 * in "= -1 ENOENT (No such file or directory)"), kept here verbatim so
 * the output does not depend on the locale.  The kernel-internal codes
 * above 511 carry the texts strace prints for them.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "names.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

struct errno_name {
	const char *name;
	const char *desc;
};

/* Real errnos, 1..133; 41 and 58 are holes in Linux's numbering. */
static const struct errno_name errno_names[] = {
	[1] = { "EPERM", "Operation not permitted" },
	[2] = { "ENOENT", "No such file or directory" },
	[3] = { "ESRCH", "No such process" },
	[4] = { "EINTR", "Interrupted system call" },
	[5] = { "EIO", "Input/output error" },
	[6] = { "ENXIO", "No such device or address" },
	[7] = { "E2BIG", "Argument list too long" },
	[8] = { "ENOEXEC", "Exec format error" },
	[9] = { "EBADF", "Bad file descriptor" },
	[10] = { "ECHILD", "No child processes" },
	[11] = { "EAGAIN", "Resource temporarily unavailable" },
	[12] = { "ENOMEM", "Cannot allocate memory" },
	[13] = { "EACCES", "Permission denied" },
	[14] = { "EFAULT", "Bad address" },
	[15] = { "ENOTBLK", "Block device required" },
	[16] = { "EBUSY", "Device or resource busy" },
	[17] = { "EEXIST", "File exists" },
	[18] = { "EXDEV", "Invalid cross-device link" },
	[19] = { "ENODEV", "No such device" },
	[20] = { "ENOTDIR", "Not a directory" },
	[21] = { "EISDIR", "Is a directory" },
	[22] = { "EINVAL", "Invalid argument" },
	[23] = { "ENFILE", "Too many open files in system" },
	[24] = { "EMFILE", "Too many open files" },
	[25] = { "ENOTTY", "Inappropriate ioctl for device" },
	[26] = { "ETXTBSY", "Text file busy" },
	[27] = { "EFBIG", "File too large" },
	[28] = { "ENOSPC", "No space left on device" },
	[29] = { "ESPIPE", "Illegal seek" },
	[30] = { "EROFS", "Read-only file system" },
	[31] = { "EMLINK", "Too many links" },
	[32] = { "EPIPE", "Broken pipe" },
	[33] = { "EDOM", "Numerical argument out of domain" },
	[34] = { "ERANGE", "Numerical result out of range" },
	[35] = { "EDEADLK", "Resource deadlock avoided" },
	[36] = { "ENAMETOOLONG", "File name too long" },
	[37] = { "ENOLCK", "No locks available" },
	[38] = { "ENOSYS", "Function not implemented" },
	[39] = { "ENOTEMPTY", "Directory not empty" },
	[40] = { "ELOOP", "Too many levels of symbolic links" },
	[42] = { "ENOMSG", "No message of desired type" },
	[43] = { "EIDRM", "Identifier removed" },
	[44] = { "ECHRNG", "Channel number out of range" },
	[45] = { "EL2NSYNC", "Level 2 not synchronized" },
	[46] = { "EL3HLT", "Level 3 halted" },
	[47] = { "EL3RST", "Level 3 reset" },
	[48] = { "ELNRNG", "Link number out of range" },
	[49] = { "EUNATCH", "Protocol driver not attached" },
	[50] = { "ENOCSI", "No CSI structure available" },
	[51] = { "EL2HLT", "Level 2 halted" },
	[52] = { "EBADE", "Invalid exchange" },
	[53] = { "EBADR", "Invalid request descriptor" },
	[54] = { "EXFULL", "Exchange full" },
	[55] = { "ENOANO", "No anode" },
	[56] = { "EBADRQC", "Invalid request code" },
	[57] = { "EBADSLT", "Invalid slot" },
	[59] = { "EBFONT", "Bad font file format" },
	[60] = { "ENOSTR", "Device not a stream" },
	[61] = { "ENODATA", "No data available" },
	[62] = { "ETIME", "Timer expired" },
	[63] = { "ENOSR", "Out of streams resources" },
	[64] = { "ENONET", "Machine is not on the network" },
	[65] = { "ENOPKG", "Package not installed" },
	[66] = { "EREMOTE", "Object is remote" },
	[67] = { "ENOLINK", "Link has been severed" },
	[68] = { "EADV", "Advertise error" },
	[69] = { "ESRMNT", "Srmount error" },
	[70] = { "ECOMM", "Communication error on send" },
	[71] = { "EPROTO", "Protocol error" },
	[72] = { "EMULTIHOP", "Multihop attempted" },
	[73] = { "EDOTDOT", "RFS specific error" },
	[74] = { "EBADMSG", "Bad message" },
	[75] = { "EOVERFLOW", "Value too large for defined data type" },
	[76] = { "ENOTUNIQ", "Name not unique on network" },
	[77] = { "EBADFD", "File descriptor in bad state" },
	[78] = { "EREMCHG", "Remote address changed" },
	[79] = { "ELIBACC", "Can not access a needed shared library" },
	[80] = { "ELIBBAD", "Accessing a corrupted shared library" },
	[81] = { "ELIBSCN", ".lib section in a.out corrupted" },
	[82] = { "ELIBMAX", "Attempting to link in too many shared libraries" },
	[83] = { "ELIBEXEC", "Cannot exec a shared library directly" },
	[84] = { "EILSEQ",
		"Invalid or incomplete multibyte or wide character" },
	[85] = { "ERESTART", "Interrupted system call should be restarted" },
	[86] = { "ESTRPIPE", "Streams pipe error" },
	[87] = { "EUSERS", "Too many users" },
	[88] = { "ENOTSOCK", "Socket operation on non-socket" },
	[89] = { "EDESTADDRREQ", "Destination address required" },
	[90] = { "EMSGSIZE", "Message too long" },
	[91] = { "EPROTOTYPE", "Protocol wrong type for socket" },
	[92] = { "ENOPROTOOPT", "Protocol not available" },
	[93] = { "EPROTONOSUPPORT", "Protocol not supported" },
	[94] = { "ESOCKTNOSUPPORT", "Socket type not supported" },
	[95] = { "EOPNOTSUPP", "Operation not supported" },
	[96] = { "EPFNOSUPPORT", "Protocol family not supported" },
	[97] = { "EAFNOSUPPORT", "Address family not supported by protocol" },
	[98] = { "EADDRINUSE", "Address already in use" },
	[99] = { "EADDRNOTAVAIL", "Cannot assign requested address" },
	[100] = { "ENETDOWN", "Network is down" },
	[101] = { "ENETUNREACH", "Network is unreachable" },
	[102] = { "ENETRESET", "Network dropped connection on reset" },
	[103] = { "ECONNABORTED", "Software caused connection abort" },
	[104] = { "ECONNRESET", "Connection reset by peer" },
	[105] = { "ENOBUFS", "No buffer space available" },
	[106] = { "EISCONN", "Transport endpoint is already connected" },
	[107] = { "ENOTCONN", "Transport endpoint is not connected" },
	[108] = { "ESHUTDOWN",
		"Cannot send after transport endpoint shutdown" },
	[109] = { "ETOOMANYREFS", "Too many references: cannot splice" },
	[110] = { "ETIMEDOUT", "Connection timed out" },
	[111] = { "ECONNREFUSED", "Connection refused" },
	[112] = { "EHOSTDOWN", "Host is down" },
	[113] = { "EHOSTUNREACH", "No route to host" },
	[114] = { "EALREADY", "Operation already in progress" },
	[115] = { "EINPROGRESS", "Operation now in progress" },
	[116] = { "ESTALE", "Stale file handle" },
	[117] = { "EUCLEAN", "Structure needs cleaning" },
	[118] = { "ENOTNAM", "Not a XENIX named type file" },
	[119] = { "ENAVAIL", "No XENIX semaphores available" },
	[120] = { "EISNAM", "Is a named type file" },
	[121] = { "EREMOTEIO", "Remote I/O error" },
	[122] = { "EDQUOT", "Disk quota exceeded" },
	[123] = { "ENOMEDIUM", "No medium found" },
	[124] = { "EMEDIUMTYPE", "Wrong medium type" },
	[125] = { "ECANCELED", "Operation canceled" },
	[126] = { "ENOKEY", "Required key not available" },
	[127] = { "EKEYEXPIRED", "Key has expired" },
	[128] = { "EKEYREVOKED", "Key has been revoked" },
	[129] = { "EKEYREJECTED", "Key was rejected by service" },
	[130] = { "EOWNERDEAD", "Owner died" },
	[131] = { "ENOTRECOVERABLE", "State not recoverable" },
	[132] = { "ERFKILL", "Operation not possible due to RF-kill" },
	[133] = { "EHWPOISON", "Memory page has hardware error" },
};

/*
 * Kernel-internal codes, 512 onwards, as strace 6.1 knows them: the four
 * restart codes have their own texts (strace prints "= ?" for those),
 * the others print as "Unknown error N".  519, 520 and 531 have no name
 * in strace 6.1 and print as "(errno N)", so they are holes here too.
 */
#define ERRNO_KERNEL_BASE 512

static const struct errno_name errno_kernel[] = {
	[512 - ERRNO_KERNEL_BASE] = { "ERESTARTSYS",
				      "To be restarted if SA_RESTART is set" },
	[513 - ERRNO_KERNEL_BASE] = { "ERESTARTNOINTR", "To be restarted" },
	[514 - ERRNO_KERNEL_BASE] = { "ERESTARTNOHAND",
				      "To be restarted if no handler" },
	[515 - ERRNO_KERNEL_BASE] = { "ENOIOCTLCMD", "Unknown error 515" },
	[516 - ERRNO_KERNEL_BASE] = { "ERESTART_RESTARTBLOCK",
				      "Interrupted by signal" },
	[517 - ERRNO_KERNEL_BASE] = { "EPROBE_DEFER", "Unknown error 517" },
	[518 - ERRNO_KERNEL_BASE] = { "EOPENSTALE", "Unknown error 518" },
	[521 - ERRNO_KERNEL_BASE] = { "EBADHANDLE", "Unknown error 521" },
	[522 - ERRNO_KERNEL_BASE] = { "ENOTSYNC", "Unknown error 522" },
	[523 - ERRNO_KERNEL_BASE] = { "EBADCOOKIE", "Unknown error 523" },
	[524 - ERRNO_KERNEL_BASE] = { "ENOTSUPP", "Unknown error 524" },
	[525 - ERRNO_KERNEL_BASE] = { "ETOOSMALL", "Unknown error 525" },
	[526 - ERRNO_KERNEL_BASE] = { "ESERVERFAULT", "Unknown error 526" },
	[527 - ERRNO_KERNEL_BASE] = { "EBADTYPE", "Unknown error 527" },
	[528 - ERRNO_KERNEL_BASE] = { "EJUKEBOX", "Unknown error 528" },
	[529 - ERRNO_KERNEL_BASE] = { "EIOCBQUEUED", "Unknown error 529" },
	[530 - ERRNO_KERNEL_BASE] = { "ERECALLCONFLICT", "Unknown error 530" },
};

/* Second names glibc gives some errnos; accepted by lookup only. */
static const struct {
	const char *name;
	int err;
} errno_aliases[] = {
	{ "EWOULDBLOCK", 11 },
	{ "EDEADLOCK", 35 },
	{ "ENOTSUP", 95 },
};

static const struct errno_name *errno_entry(int err)
{
	const struct errno_name *e = NULL;

	if (err > 0 && (size_t)err < ARRAY_LEN(errno_names))
		e = &errno_names[err];
	else if (err >= ERRNO_KERNEL_BASE &&
		 (size_t)(err - ERRNO_KERNEL_BASE) < ARRAY_LEN(errno_kernel))
		e = &errno_kernel[err - ERRNO_KERNEL_BASE];
	return e && e->name ? e : NULL;
}

const char *names_errno(int err)
{
	const struct errno_name *e = errno_entry(err);

	return e ? e->name : NULL;
}

const char *names_errno_desc(int err)
{
	const struct errno_name *e = errno_entry(err);

	return e ? e->desc : NULL;
}

/* Index of @name in @tab[0..n), or -1. */
static int errno_find(const struct errno_name *tab, size_t n,
		      const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (tab[i].name && strcmp(name, tab[i].name) == 0)
			return (int)i;
	return -1;
}

int names_errno_lookup(const char *name)
{
	size_t i;
	int at;

	if (!name)
		return -1;
	at = errno_find(errno_names, ARRAY_LEN(errno_names), name);
	if (at >= 0)
		return at;
	at = errno_find(errno_kernel, ARRAY_LEN(errno_kernel), name);
	if (at >= 0)
		return at + ERRNO_KERNEL_BASE;
	for (i = 0; i < ARRAY_LEN(errno_aliases); i++)
		if (strcmp(name, errno_aliases[i].name) == 0)
			return errno_aliases[i].err;
	return -1;
}

/*
 * Signal names, 1..64.  strace counts real-time signals from the
 * kernel's SIGRTMIN (32), not glibc's: 32 is "SIGRTMIN", 33 "SIGRT_1",
 * ..., 64 "SIGRT_32".
 */
#define SIG_LAST 64
#define SIG_RTMIN 32

static const char *const signal_names[SIG_LAST + 1] = {
	[1] = "SIGHUP", [2] = "SIGINT", [3] = "SIGQUIT", [4] = "SIGILL",
	[5] = "SIGTRAP", [6] = "SIGABRT", [7] = "SIGBUS", [8] = "SIGFPE",
	[9] = "SIGKILL", [10] = "SIGUSR1", [11] = "SIGSEGV", [12] = "SIGUSR2",
	[13] = "SIGPIPE", [14] = "SIGALRM", [15] = "SIGTERM",
	[16] = "SIGSTKFLT", [17] = "SIGCHLD", [18] = "SIGCONT",
	[19] = "SIGSTOP", [20] = "SIGTSTP", [21] = "SIGTTIN", [22] = "SIGTTOU",
	[23] = "SIGURG", [24] = "SIGXCPU", [25] = "SIGXFSZ",
	[26] = "SIGVTALRM", [27] = "SIGPROF", [28] = "SIGWINCH", [29] = "SIGIO",
	[30] = "SIGPWR", [31] = "SIGSYS", [32] = "SIGRTMIN",
	[33] = "SIGRT_1", [34] = "SIGRT_2", [35] = "SIGRT_3", [36] = "SIGRT_4",
	[37] = "SIGRT_5", [38] = "SIGRT_6", [39] = "SIGRT_7", [40] = "SIGRT_8",
	[41] = "SIGRT_9", [42] = "SIGRT_10", [43] = "SIGRT_11",
	[44] = "SIGRT_12", [45] = "SIGRT_13", [46] = "SIGRT_14",
	[47] = "SIGRT_15", [48] = "SIGRT_16", [49] = "SIGRT_17",
	[50] = "SIGRT_18", [51] = "SIGRT_19", [52] = "SIGRT_20",
	[53] = "SIGRT_21", [54] = "SIGRT_22", [55] = "SIGRT_23",
	[56] = "SIGRT_24", [57] = "SIGRT_25", [58] = "SIGRT_26",
	[59] = "SIGRT_27", [60] = "SIGRT_28", [61] = "SIGRT_29",
	[62] = "SIGRT_30", [63] = "SIGRT_31", [64] = "SIGRT_32",
};

const char *names_signal(int sig)
{
	if (sig < 1 || sig > SIG_LAST)
		return NULL;
	return signal_names[sig];
}

/* Parse all of @s as a decimal number in [0, max]; -1 otherwise. */
static int sig_parse_num(const char *s, int max)
{
	char *end;
	long v;

	if (*s < '0' || *s > '9')
		return -1;
	v = strtol(s, &end, 10);
	if (*end || v > max)
		return -1;
	return (int)v;
}

/* "RTMIN", "RTMIN+N", "RTMAX", "RTMAX-N" (after any "SIG"). */
static int sig_parse_rt(const char *s)
{
	int base, sign, off = 0;

	if (strncasecmp(s, "RTMIN", 5) == 0) {
		base = SIG_RTMIN;
		sign = 1;
	} else if (strncasecmp(s, "RTMAX", 5) == 0) {
		base = SIG_LAST;
		sign = -1;
	} else {
		return -1;
	}
	s += 5;
	if (*s) {
		if (*s != (sign > 0 ? '+' : '-'))
			return -1;
		off = sig_parse_num(s + 1, SIG_LAST - SIG_RTMIN);
		if (off < 0)
			return -1;
	}
	return base + sign * off;
}

int names_signal_lookup(const char *name)
{
	int sig;

	if (!name || !*name)
		return -1;
	if (*name >= '0' && *name <= '9') {
		sig = sig_parse_num(name, SIG_LAST);
		return sig >= 1 ? sig : -1;
	}
	if (strncasecmp(name, "SIG", 3) == 0)
		name += 3;
	sig = sig_parse_rt(name);
	if (sig > 0)
		return sig;
	for (sig = 1; sig <= SIG_LAST; sig++)
		if (strcasecmp(name, signal_names[sig] + 3) == 0)
			return sig;
	return -1;
}
