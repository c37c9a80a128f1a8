// SPDX-License-Identifier: MIT
/*
 * xlat_sock - socket option names per level (TCP, UDP, IP, IPv6) and the
 * constants of the time, credential and scheduling calls: itimers,
 * timerfd, signalfd, inotify, sigevent, waitid, capabilities, prctl
 * values, msync, mlockall, xattr and statfs.  Names are those strace 6.1
 * prints; values are the x86_64 kernel's.
 */
#include "xlat.h"

#include <linux/capability.h>
#include <linux/magic.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <sys/wait.h>

#define X(v)	{ (uint64_t)(v), #v }

const struct xlat xlat_tcp_sockopts[] = {
	X(TCP_NODELAY), X(TCP_MAXSEG), X(TCP_CORK), X(TCP_KEEPIDLE),
	X(TCP_KEEPINTVL), X(TCP_KEEPCNT), X(TCP_SYNCNT), X(TCP_LINGER2),
	X(TCP_DEFER_ACCEPT), X(TCP_WINDOW_CLAMP), X(TCP_INFO),
	X(TCP_QUICKACK), X(TCP_CONGESTION), X(TCP_MD5SIG),
	X(TCP_THIN_LINEAR_TIMEOUTS), X(TCP_THIN_DUPACK), X(TCP_USER_TIMEOUT),
	X(TCP_REPAIR), X(TCP_REPAIR_QUEUE), X(TCP_QUEUE_SEQ),
	X(TCP_REPAIR_OPTIONS), X(TCP_FASTOPEN), X(TCP_TIMESTAMP),
	X(TCP_NOTSENT_LOWAT), X(TCP_CC_INFO), X(TCP_SAVE_SYN),
	X(TCP_SAVED_SYN), X(TCP_REPAIR_WINDOW), X(TCP_FASTOPEN_CONNECT),
	X(TCP_ULP), X(TCP_MD5SIG_EXT), X(TCP_FASTOPEN_KEY),
	X(TCP_FASTOPEN_NO_COOKIE), X(TCP_ZEROCOPY_RECEIVE), X(TCP_INQ),
	X(TCP_TX_DELAY),
	XLAT_END
};

const struct xlat xlat_udp_sockopts[] = {
	X(UDP_CORK), X(UDP_ENCAP), { 102, "UDP_NO_CHECK6_TX" },
	{ 103, "UDP_NO_CHECK6_RX" }, { 104, "UDP_SEGMENT" },
	{ 105, "UDP_GRO" },
	XLAT_END
};

const struct xlat xlat_ip_sockopts[] = {
	X(IP_TOS), X(IP_TTL), X(IP_HDRINCL), X(IP_OPTIONS), X(IP_RECVOPTS),
	X(IP_RETOPTS), X(IP_PKTINFO), X(IP_PKTOPTIONS), X(IP_MTU_DISCOVER),
	X(IP_RECVERR), X(IP_RECVTTL), X(IP_RECVTOS), X(IP_MTU),
	X(IP_FREEBIND), X(IP_IPSEC_POLICY), X(IP_XFRM_POLICY),
	X(IP_PASSSEC), X(IP_TRANSPARENT), X(IP_ORIGDSTADDR),
	X(IP_MINTTL), X(IP_NODEFRAG), X(IP_CHECKSUM),
	X(IP_BIND_ADDRESS_NO_PORT),
	X(IP_RECVFRAGSIZE), X(IP_MULTICAST_IF), X(IP_MULTICAST_TTL),
	X(IP_MULTICAST_LOOP), X(IP_ADD_MEMBERSHIP), X(IP_DROP_MEMBERSHIP),
	X(IP_UNBLOCK_SOURCE), X(IP_BLOCK_SOURCE), X(IP_ADD_SOURCE_MEMBERSHIP),
	X(IP_DROP_SOURCE_MEMBERSHIP), X(IP_MSFILTER), X(IP_MULTICAST_ALL),
	X(IP_UNICAST_IF),
	XLAT_END
};

const struct xlat xlat_ipv6_sockopts[] = {
	X(IPV6_ADDRFORM), X(IPV6_2292PKTINFO), X(IPV6_2292HOPOPTS),
	X(IPV6_2292DSTOPTS), X(IPV6_2292RTHDR), X(IPV6_2292PKTOPTIONS),
	X(IPV6_CHECKSUM), X(IPV6_2292HOPLIMIT), X(IPV6_NEXTHOP),
	X(IPV6_AUTHHDR), X(IPV6_UNICAST_HOPS), X(IPV6_MULTICAST_IF),
	X(IPV6_MULTICAST_HOPS), X(IPV6_MULTICAST_LOOP), X(IPV6_JOIN_GROUP),
	X(IPV6_LEAVE_GROUP), X(IPV6_ROUTER_ALERT), X(IPV6_MTU_DISCOVER),
	X(IPV6_MTU), X(IPV6_RECVERR), X(IPV6_V6ONLY), X(IPV6_JOIN_ANYCAST),
	X(IPV6_LEAVE_ANYCAST), X(IPV6_RECVPKTINFO), X(IPV6_PKTINFO),
	X(IPV6_RECVHOPLIMIT), X(IPV6_HOPLIMIT), X(IPV6_RECVTCLASS),
	X(IPV6_TCLASS), X(IPV6_FREEBIND), X(IPV6_TRANSPARENT),
	XLAT_END
};

const struct xlat xlat_itimer_which[] = {
	X(ITIMER_REAL), X(ITIMER_VIRTUAL), X(ITIMER_PROF),
	XLAT_END
};

/* timerfd_create / timerfd_settime flags (same bits as O_*). */
const struct xlat xlat_timerfd_flags[] = {
	{ 02000000, "TFD_CLOEXEC" },
	{ 04000, "TFD_NONBLOCK" },
	XLAT_END
};

const struct xlat xlat_timerfd_settime_flags[] = {
	{ 1, "TFD_TIMER_ABSTIME" },
	{ 2, "TFD_TIMER_CANCEL_ON_SET" },
	XLAT_END
};

const struct xlat xlat_signalfd_flags[] = {
	{ 02000000, "SFD_CLOEXEC" },
	{ 04000, "SFD_NONBLOCK" },
	XLAT_END
};

const struct xlat xlat_inotify_init_flags[] = {
	{ 04000, "IN_NONBLOCK" },
	{ 02000000, "IN_CLOEXEC" },
	XLAT_END
};

const struct xlat xlat_inotify_mask[] = {
	X(IN_ACCESS), X(IN_MODIFY), X(IN_ATTRIB), X(IN_CLOSE_WRITE),
	X(IN_CLOSE_NOWRITE), X(IN_OPEN), X(IN_MOVED_FROM), X(IN_MOVED_TO),
	X(IN_CREATE), X(IN_DELETE), X(IN_DELETE_SELF), X(IN_MOVE_SELF),
	X(IN_UNMOUNT), X(IN_Q_OVERFLOW), X(IN_IGNORED), X(IN_ONLYDIR),
	X(IN_DONT_FOLLOW), X(IN_EXCL_UNLINK), X(IN_MASK_CREATE),
	X(IN_MASK_ADD), X(IN_ISDIR), X(IN_ONESHOT),
	XLAT_END
};

const struct xlat xlat_sigev_notify[] = {
	X(SIGEV_SIGNAL), X(SIGEV_NONE), X(SIGEV_THREAD),
	{ 4, "SIGEV_THREAD_ID" },
	XLAT_END
};

const struct xlat xlat_waitid_types[] = {
	X(P_ALL), X(P_PID), X(P_PGID), { 3, "P_PIDFD" },
	XLAT_END
};

const struct xlat xlat_msync_flags[] = {
	X(MS_ASYNC), X(MS_INVALIDATE), X(MS_SYNC),
	XLAT_END
};

const struct xlat xlat_mlockall_flags[] = {
	X(MCL_CURRENT), X(MCL_FUTURE), X(MCL_ONFAULT),
	XLAT_END
};

const struct xlat xlat_mlock2_flags[] = {
	{ 1, "MLOCK_ONFAULT" },
	XLAT_END
};

/* capability numbers: CAP_CHOWN is 0 */
const struct xlat xlat_capabilities[] = {
	X(CAP_CHOWN), X(CAP_DAC_OVERRIDE), X(CAP_DAC_READ_SEARCH),
	X(CAP_FOWNER), X(CAP_FSETID), X(CAP_KILL), X(CAP_SETGID),
	X(CAP_SETUID), X(CAP_SETPCAP), X(CAP_LINUX_IMMUTABLE),
	X(CAP_NET_BIND_SERVICE), X(CAP_NET_BROADCAST), X(CAP_NET_ADMIN),
	X(CAP_NET_RAW), X(CAP_IPC_LOCK), X(CAP_IPC_OWNER),
	X(CAP_SYS_MODULE), X(CAP_SYS_RAWIO), X(CAP_SYS_CHROOT),
	X(CAP_SYS_PTRACE), X(CAP_SYS_PACCT), X(CAP_SYS_ADMIN),
	X(CAP_SYS_BOOT), X(CAP_SYS_NICE), X(CAP_SYS_RESOURCE),
	X(CAP_SYS_TIME), X(CAP_SYS_TTY_CONFIG), X(CAP_MKNOD), X(CAP_LEASE),
	X(CAP_AUDIT_WRITE), X(CAP_AUDIT_CONTROL), X(CAP_SETFCAP),
	X(CAP_MAC_OVERRIDE), X(CAP_MAC_ADMIN), X(CAP_SYSLOG),
	X(CAP_WAKE_ALARM), X(CAP_BLOCK_SUSPEND), X(CAP_AUDIT_READ),
	{ 38, "CAP_PERFMON" }, { 39, "CAP_BPF" },
	{ 40, "CAP_CHECKPOINT_RESTORE" },
	XLAT_END
};

const struct xlat xlat_cap_versions[] = {
	X(_LINUX_CAPABILITY_VERSION_1), X(_LINUX_CAPABILITY_VERSION_2),
	X(_LINUX_CAPABILITY_VERSION_3),
	XLAT_END
};

const struct xlat xlat_dumpable[] = {
	{ 0, "SUID_DUMP_DISABLE" },
	{ 1, "SUID_DUMP_USER" },
	{ 2, "SUID_DUMP_ROOT" },
	XLAT_END
};

const struct xlat xlat_xattr_flags[] = {
	{ 1, "XATTR_CREATE" },
	{ 2, "XATTR_REPLACE" },
	XLAT_END
};

const struct xlat xlat_statfs_flags[] = {
	{ 0x0001, "ST_RDONLY" }, { 0x0002, "ST_NOSUID" },
	{ 0x0004, "ST_NODEV" }, { 0x0008, "ST_NOEXEC" },
	{ 0x0010, "ST_SYNCHRONOUS" }, { 0x0020, "ST_VALID" },
	{ 0x0040, "ST_MANDLOCK" }, { 0x0400, "ST_NOATIME" },
	{ 0x0800, "ST_NODIRATIME" }, { 0x1000, "ST_RELATIME" },
	{ 0x2000, "ST_NOSYMFOLLOW" },
	XLAT_END
};

const struct xlat xlat_fs_magics[] = {
	X(PROC_SUPER_MAGIC), X(EXT4_SUPER_MAGIC), X(TMPFS_MAGIC),
	X(SYSFS_MAGIC), X(DEVPTS_SUPER_MAGIC), X(CGROUP2_SUPER_MAGIC),
	X(CGROUP_SUPER_MAGIC), X(OVERLAYFS_SUPER_MAGIC), X(BTRFS_SUPER_MAGIC),
	X(XFS_SUPER_MAGIC), X(NFS_SUPER_MAGIC), X(SQUASHFS_MAGIC),
	X(RAMFS_MAGIC), X(DEBUGFS_MAGIC), X(SECURITYFS_MAGIC),
	X(SELINUX_MAGIC), X(TRACEFS_MAGIC), X(BPF_FS_MAGIC),
	X(HUGETLBFS_MAGIC), X(PIPEFS_MAGIC),
	X(SOCKFS_MAGIC), X(ANON_INODE_FS_MAGIC), X(NSFS_MAGIC),
	X(FUSE_SUPER_MAGIC), X(MSDOS_SUPER_MAGIC), X(ISOFS_SUPER_MAGIC),
	X(CODA_SUPER_MAGIC), X(F2FS_SUPER_MAGIC), X(EFIVARFS_MAGIC),
	X(PSTOREFS_MAGIC), X(BINFMTFS_MAGIC),
	X(AUTOFS_SUPER_MAGIC), X(ZONEFS_MAGIC),
	XLAT_END
};

/* openat2 struct open_how.resolve */
const struct xlat xlat_resolve_flags[] = {
	{ 0x01, "RESOLVE_NO_XDEV" },
	{ 0x02, "RESOLVE_NO_MAGICLINKS" },
	{ 0x04, "RESOLVE_NO_SYMLINKS" },
	{ 0x08, "RESOLVE_BENEATH" },
	{ 0x10, "RESOLVE_IN_ROOT" },
	{ 0x20, "RESOLVE_CACHED" },
	XLAT_END
};

/* socket(AF_NETLINK, type, protocol) */
const struct xlat xlat_netlink_protocols[] = {
	{ 0, "NETLINK_ROUTE" }, { 1, "NETLINK_UNUSED" },
	{ 2, "NETLINK_USERSOCK" }, { 3, "NETLINK_FIREWALL" },
	{ 4, "NETLINK_SOCK_DIAG" }, { 5, "NETLINK_NFLOG" },
	{ 6, "NETLINK_XFRM" }, { 7, "NETLINK_SELINUX" },
	{ 8, "NETLINK_ISCSI" }, { 9, "NETLINK_AUDIT" },
	{ 10, "NETLINK_FIB_LOOKUP" }, { 11, "NETLINK_CONNECTOR" },
	{ 12, "NETLINK_NETFILTER" }, { 13, "NETLINK_IP6_FW" },
	{ 14, "NETLINK_DNRTMSG" }, { 15, "NETLINK_KOBJECT_UEVENT" },
	{ 16, "NETLINK_GENERIC" }, { 18, "NETLINK_SCSITRANSPORT" },
	{ 19, "NETLINK_ECRYPTFS" }, { 20, "NETLINK_RDMA" },
	{ 21, "NETLINK_CRYPTO" }, { 22, "NETLINK_SMC" },
	XLAT_END
};
