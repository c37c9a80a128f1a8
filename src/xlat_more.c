// SPDX-License-Identifier: MIT
/*
 * xlat_more - constants of the structures decoded by decode_misc.c and
 * decode_net.c: scheduling policies, control message types and the
 * termios flag words (x86_64 values, strace 6.1 names and order).
 */
#include "decode_structs.h"

#define X(v, n)	{ (uint64_t)(v), n }

const struct xlat xlat_sched_policies[] = {
	X(0, "SCHED_OTHER"),
	X(1, "SCHED_FIFO"),
	X(2, "SCHED_RR"),
	X(3, "SCHED_BATCH"),
	X(4, "SCHED_ISO"),
	X(5, "SCHED_IDLE"),
	X(6, "SCHED_DEADLINE"),
	XLAT_END
};

const struct xlat xlat_sched_flags[] = {
	X(0x01, "SCHED_FLAG_RESET_ON_FORK"),
	X(0x02, "SCHED_FLAG_RECLAIM"),
	X(0x04, "SCHED_FLAG_DL_OVERRUN"),
	X(0x08, "SCHED_FLAG_KEEP_POLICY"),
	X(0x10, "SCHED_FLAG_KEEP_PARAMS"),
	X(0x20, "SCHED_FLAG_UTIL_CLAMP_MIN"),
	X(0x40, "SCHED_FLAG_UTIL_CLAMP_MAX"),
	XLAT_END
};

/* cmsg_type values of level SOL_SOCKET. */
const struct xlat xlat_scm_types[] = {
	X(1, "SCM_RIGHTS"),
	X(2, "SCM_CREDENTIALS"),
	X(3, "SCM_SECURITY"),
	X(29, "SO_TIMESTAMP_OLD"),
	X(35, "SO_TIMESTAMPNS_OLD"),
	X(37, "SO_TIMESTAMPING_OLD"),
	XLAT_END
};

const struct xlat xlat_termios_iflags[] = {
	X(0000001, "IGNBRK"),
	X(0000002, "BRKINT"),
	X(0000004, "IGNPAR"),
	X(0000010, "PARMRK"),
	X(0000020, "INPCK"),
	X(0000040, "ISTRIP"),
	X(0000100, "INLCR"),
	X(0000200, "IGNCR"),
	X(0000400, "ICRNL"),
	X(0001000, "IUCLC"),
	X(0002000, "IXON"),
	X(0004000, "IXANY"),
	X(0010000, "IXOFF"),
	X(0020000, "IMAXBEL"),
	X(0040000, "IUTF8"),
	XLAT_END
};

/* The single-bit output flags; the delay fields are printed apart. */
const struct xlat xlat_termios_oflags[] = {
	X(0000001, "OPOST"),
	X(0000002, "OLCUC"),
	X(0000004, "ONLCR"),
	X(0000010, "OCRNL"),
	X(0000020, "ONOCR"),
	X(0000040, "ONLRET"),
	X(0000100, "OFILL"),
	X(0000200, "OFDEL"),
	XLAT_END
};

/* The single-bit control flags; baud rates and CSIZE are apart. */
const struct xlat xlat_termios_cflags[] = {
	X(0000100, "CSTOPB"),
	X(0000200, "CREAD"),
	X(0000400, "PARENB"),
	X(0001000, "PARODD"),
	X(0002000, "HUPCL"),
	X(0004000, "CLOCAL"),
	X(010000000000, "CMSPAR"),
	X(020000000000, "CRTSCTS"),
	XLAT_END
};

/* strace's order, which is not the order of the values. */
const struct xlat xlat_termios_lflags[] = {
	X(0000001, "ISIG"),
	X(0000002, "ICANON"),
	X(0000004, "XCASE"),
	X(0000010, "ECHO"),
	X(0000020, "ECHOE"),
	X(0000040, "ECHOK"),
	X(0000100, "ECHONL"),
	X(0000200, "NOFLSH"),
	X(0100000, "IEXTEN"),
	X(0001000, "ECHOCTL"),
	X(0002000, "ECHOPRT"),
	X(0004000, "ECHOKE"),
	X(0010000, "FLUSHO"),
	X(0040000, "PENDIN"),
	X(0000400, "TOSTOP"),
	X(0200000, "EXTPROC"),
	XLAT_END
};

/* Values of the CBAUD field (c_cflag & 010017). */
const struct xlat xlat_termios_bauds[] = {
	X(0000000, "B0"),
	X(0000001, "B50"),
	X(0000002, "B75"),
	X(0000003, "B110"),
	X(0000004, "B134"),
	X(0000005, "B150"),
	X(0000006, "B200"),
	X(0000007, "B300"),
	X(0000010, "B600"),
	X(0000011, "B1200"),
	X(0000012, "B1800"),
	X(0000013, "B2400"),
	X(0000014, "B4800"),
	X(0000015, "B9600"),
	X(0000016, "B19200"),
	X(0000017, "B38400"),
	X(0010000, "BOTHER"),
	X(0010001, "B57600"),
	X(0010002, "B115200"),
	X(0010003, "B230400"),
	X(0010004, "B460800"),
	X(0010005, "B500000"),
	X(0010006, "B576000"),
	X(0010007, "B921600"),
	X(0010010, "B1000000"),
	X(0010011, "B1152000"),
	X(0010012, "B1500000"),
	X(0010013, "B2000000"),
	X(0010014, "B2500000"),
	X(0010015, "B3000000"),
	X(0010016, "B3500000"),
	X(0010017, "B4000000"),
	XLAT_END
};

/* Line disciplines (c_line). */
const struct xlat xlat_termios_ldiscs[] = {
	X(0, "N_TTY"),
	X(1, "N_SLIP"),
	X(2, "N_MOUSE"),
	X(3, "N_PPP"),
	X(4, "N_STRIP"),
	X(5, "N_AX25"),
	X(6, "N_X25"),
	X(7, "N_6PACK"),
	X(8, "N_MASC"),
	X(9, "N_R3964"),
	X(10, "N_PROFIBUS_FDL"),
	X(11, "N_IRDA"),
	X(12, "N_SMSBLOCK"),
	X(13, "N_HDLC"),
	X(14, "N_SYNC_PPP"),
	X(15, "N_HCI"),
	X(16, "N_GIGASET_M101"),
	X(17, "N_SLCAN"),
	X(18, "N_PPS"),
	X(19, "N_V253"),
	X(20, "N_CAIF"),
	X(21, "N_GSM0710"),
	X(22, "N_TI_WL"),
	X(23, "N_TRACESINK"),
	X(24, "N_TRACEROUTER"),
	X(25, "N_NCI"),
	X(26, "N_SPEAKUP"),
	X(27, "N_NULL"),
	X(28, "N_MCTP"),
	X(29, "N_DEVELOPMENT"),
	XLAT_END
};

/* clone3's flags: clone's, then the ones only clone3 takes, in strace's
 * order (CLONE_NEWTIME last although its value is the smallest). */
const struct xlat xlat_clone3_flags[] = {
	X(0x00000100, "CLONE_VM"),
	X(0x00000200, "CLONE_FS"),
	X(0x00000400, "CLONE_FILES"),
	X(0x00000800, "CLONE_SIGHAND"),
	X(0x00001000, "CLONE_PIDFD"),
	X(0x00002000, "CLONE_PTRACE"),
	X(0x00004000, "CLONE_VFORK"),
	X(0x00008000, "CLONE_PARENT"),
	X(0x00010000, "CLONE_THREAD"),
	X(0x00020000, "CLONE_NEWNS"),
	X(0x00040000, "CLONE_SYSVSEM"),
	X(0x00080000, "CLONE_SETTLS"),
	X(0x00100000, "CLONE_PARENT_SETTID"),
	X(0x00200000, "CLONE_CHILD_CLEARTID"),
	X(0x00800000, "CLONE_UNTRACED"),
	X(0x01000000, "CLONE_CHILD_SETTID"),
	X(0x02000000, "CLONE_NEWCGROUP"),
	X(0x04000000, "CLONE_NEWUTS"),
	X(0x08000000, "CLONE_NEWIPC"),
	X(0x10000000, "CLONE_NEWUSER"),
	X(0x20000000, "CLONE_NEWPID"),
	X(0x40000000, "CLONE_NEWNET"),
	X(0x80000000, "CLONE_IO"),
	X(0x00000080, "CLONE_NEWTIME"),
	X(0x100000000ULL, "CLONE_CLEAR_SIGHAND"),
	X(0x200000000ULL, "CLONE_INTO_CGROUP"),
	XLAT_END
};
