// SPDX-License-Identifier: MIT
/*
 * xlat_net - constants of the socket and polling system calls (x86_64
 * values, strace 6.1 names and order).  The numeric tables were checked
 * value by value against strace 6.1's output.
 */
#include "xlat.h"

#include <poll.h>
#include <sys/epoll.h>
#include <sys/socket.h>

#define X(v)	{ (uint64_t)(v), #v }

const struct xlat xlat_address_families[] = {
	{ 0, "AF_UNSPEC" },
	{ 1, "AF_UNIX" },
	{ 2, "AF_INET" },
	{ 3, "AF_AX25" },
	{ 4, "AF_IPX" },
	{ 5, "AF_APPLETALK" },
	{ 6, "AF_NETROM" },
	{ 7, "AF_BRIDGE" },
	{ 8, "AF_ATMPVC" },
	{ 9, "AF_X25" },
	{ 10, "AF_INET6" },
	{ 11, "AF_ROSE" },
	{ 12, "AF_DECnet" },
	{ 13, "AF_NETBEUI" },
	{ 14, "AF_SECURITY" },
	{ 15, "AF_KEY" },
	{ 16, "AF_NETLINK" },
	{ 17, "AF_PACKET" },
	{ 18, "AF_ASH" },
	{ 19, "AF_ECONET" },
	{ 20, "AF_ATMSVC" },
	{ 21, "AF_RDS" },
	{ 22, "AF_SNA" },
	{ 23, "AF_IRDA" },
	{ 24, "AF_PPPOX" },
	{ 25, "AF_WANPIPE" },
	{ 26, "AF_LLC" },
	{ 27, "AF_IB" },
	{ 28, "AF_MPLS" },
	{ 29, "AF_CAN" },
	{ 30, "AF_TIPC" },
	{ 31, "AF_BLUETOOTH" },
	{ 32, "AF_IUCV" },
	{ 33, "AF_RXRPC" },
	{ 34, "AF_ISDN" },
	{ 35, "AF_PHONET" },
	{ 36, "AF_IEEE802154" },
	{ 37, "AF_CAIF" },
	{ 38, "AF_ALG" },
	{ 39, "AF_NFC" },
	{ 40, "AF_VSOCK" },
	{ 41, "AF_KCM" },
	{ 42, "AF_QIPCRTR" },
	{ 43, "AF_SMC" },
	{ 44, "AF_XDP" },
	{ 45, "AF_MCTP" },
	XLAT_END
};

const struct xlat xlat_socket_types[] = {
	X(SOCK_STREAM),
	X(SOCK_DGRAM),
	X(SOCK_RAW),
	X(SOCK_RDM),
	X(SOCK_SEQPACKET),
	X(SOCK_DCCP),
	X(SOCK_PACKET),
	XLAT_END
};

const struct xlat xlat_socket_flags[] = {
	X(SOCK_CLOEXEC),
	X(SOCK_NONBLOCK),
	XLAT_END
};

/* Protocols of AF_INET/AF_INET6 sockets. */
const struct xlat xlat_ip_protocols[] = {
	{ 0, "IPPROTO_IP" },
	{ 1, "IPPROTO_ICMP" },
	{ 2, "IPPROTO_IGMP" },
	{ 4, "IPPROTO_IPIP" },
	{ 6, "IPPROTO_TCP" },
	{ 8, "IPPROTO_EGP" },
	{ 12, "IPPROTO_PUP" },
	{ 17, "IPPROTO_UDP" },
	{ 22, "IPPROTO_IDP" },
	{ 29, "IPPROTO_TP" },
	{ 33, "IPPROTO_DCCP" },
	{ 41, "IPPROTO_IPV6" },
	{ 43, "IPPROTO_ROUTING" },
	{ 44, "IPPROTO_FRAGMENT" },
	{ 46, "IPPROTO_RSVP" },
	{ 47, "IPPROTO_GRE" },
	{ 50, "IPPROTO_ESP" },
	{ 51, "IPPROTO_AH" },
	{ 58, "IPPROTO_ICMPV6" },
	{ 59, "IPPROTO_NONE" },
	{ 60, "IPPROTO_DSTOPTS" },
	{ 92, "IPPROTO_MTP" },
	{ 94, "IPPROTO_BEETPH" },
	{ 98, "IPPROTO_ENCAP" },
	{ 103, "IPPROTO_PIM" },
	{ 108, "IPPROTO_COMP" },
	{ 115, "IPPROTO_L2TP" },
	{ 132, "IPPROTO_SCTP" },
	{ 135, "IPPROTO_MH" },
	{ 136, "IPPROTO_UDPLITE" },
	{ 137, "IPPROTO_MPLS" },
	{ 143, "IPPROTO_ETHERNET" },
	{ 255, "IPPROTO_RAW" },
	{ 262, "IPPROTO_MPTCP" },
	XLAT_END
};

const struct xlat xlat_msg_flags[] = {
	X(MSG_OOB),
	X(MSG_PEEK),
	X(MSG_DONTROUTE),
	X(MSG_CTRUNC),
	{ 0x10, "MSG_PROBE" },	/* glibc: MSG_PROXY */
	X(MSG_TRUNC),
	X(MSG_DONTWAIT),
	X(MSG_EOR),
	X(MSG_WAITALL),
	X(MSG_FIN),
	X(MSG_SYN),
	X(MSG_CONFIRM),
	X(MSG_RST),
	X(MSG_ERRQUEUE),
	X(MSG_NOSIGNAL),
	X(MSG_MORE),
	X(MSG_WAITFORONE),
	{ 0x20000, "MSG_SENDPAGE_NOTLAST" },
	X(MSG_BATCH),
	{ 0x80000, "MSG_NO_SHARED_FRAGS" },
	X(MSG_ZEROCOPY),
	X(MSG_FASTOPEN),
	X(MSG_CMSG_CLOEXEC),
	{ 0x80000000, "MSG_CMSG_COMPAT" },
	XLAT_END
};

const struct xlat xlat_shutdown_how[] = {
	X(SHUT_RD),
	X(SHUT_WR),
	X(SHUT_RDWR),
	XLAT_END
};

/*
 * Socket option levels.  strace names level 40 "AF_VSOCK", and prints an
 * unknown level as "0x2 /" "* SOL_?? *" "/" (two question marks).
 */
const struct xlat xlat_sockopt_levels[] = {
	{ 0, "SOL_IP" },
	{ 1, "SOL_SOCKET" },
	{ 6, "SOL_TCP" },
	{ 17, "SOL_UDP" },
	{ 40, "AF_VSOCK" },
	{ 41, "SOL_IPV6" },
	{ 58, "SOL_ICMPV6" },
	{ 100, "SOL_CAN_BASE" },
	{ 101, "SOL_CAN_RAW" },
	{ 132, "SOL_SCTP" },
	{ 136, "SOL_UDPLITE" },
	{ 255, "SOL_RAW" },
	{ 256, "SOL_IPX" },
	{ 257, "SOL_AX25" },
	{ 258, "SOL_ATALK" },
	{ 259, "SOL_NETROM" },
	{ 260, "SOL_ROSE" },
	{ 261, "SOL_DECNET" },
	{ 262, "SOL_X25" },
	{ 263, "SOL_PACKET" },
	{ 264, "SOL_ATM" },
	{ 265, "SOL_AAL" },
	{ 266, "SOL_IRDA" },
	{ 267, "SOL_NETBEUI" },
	{ 268, "SOL_LLC" },
	{ 269, "SOL_DCCP" },
	{ 270, "SOL_NETLINK" },
	{ 271, "SOL_TIPC" },
	{ 272, "SOL_RXRPC" },
	{ 273, "SOL_PPPOL2TP" },
	{ 274, "SOL_BLUETOOTH" },
	{ 275, "SOL_PNPIPE" },
	{ 276, "SOL_RDS" },
	{ 277, "SOL_IUCV" },
	{ 278, "SOL_CAIF" },
	{ 279, "SOL_ALG" },
	{ 280, "SOL_NFC" },
	{ 281, "SOL_KCM" },
	{ 282, "SOL_TLS" },
	{ 283, "SOL_XDP" },
	XLAT_END
};

/*
 * SOL_SOCKET option names.  Option 26 is SO_ATTACH_FILTER for
 * setsockopt(); strace prints it as SO_GET_FILTER for getsockopt().
 */
const struct xlat xlat_sockopt_names[] = {
	{ 1, "SO_DEBUG" },
	{ 2, "SO_REUSEADDR" },
	{ 3, "SO_TYPE" },
	{ 4, "SO_ERROR" },
	{ 5, "SO_DONTROUTE" },
	{ 6, "SO_BROADCAST" },
	{ 7, "SO_SNDBUF" },
	{ 8, "SO_RCVBUF" },
	{ 9, "SO_KEEPALIVE" },
	{ 10, "SO_OOBINLINE" },
	{ 11, "SO_NO_CHECK" },
	{ 12, "SO_PRIORITY" },
	{ 13, "SO_LINGER" },
	{ 14, "SO_BSDCOMPAT" },
	{ 15, "SO_REUSEPORT" },
	{ 16, "SO_PASSCRED" },
	{ 17, "SO_PEERCRED" },
	{ 18, "SO_RCVLOWAT" },
	{ 19, "SO_SNDLOWAT" },
	{ 20, "SO_RCVTIMEO_OLD" },
	{ 21, "SO_SNDTIMEO_OLD" },
	{ 22, "SO_SECURITY_AUTHENTICATION" },
	{ 23, "SO_SECURITY_ENCRYPTION_TRANSPORT" },
	{ 24, "SO_SECURITY_ENCRYPTION_NETWORK" },
	{ 25, "SO_BINDTODEVICE" },
	{ 26, "SO_ATTACH_FILTER" },
	{ 27, "SO_DETACH_FILTER" },
	{ 28, "SO_PEERNAME" },
	{ 29, "SO_TIMESTAMP_OLD" },
	{ 30, "SO_ACCEPTCONN" },
	{ 31, "SO_PEERSEC" },
	{ 32, "SO_SNDBUFFORCE" },
	{ 33, "SO_RCVBUFFORCE" },
	{ 34, "SO_PASSSEC" },
	{ 35, "SO_TIMESTAMPNS_OLD" },
	{ 36, "SO_MARK" },
	{ 37, "SO_TIMESTAMPING_OLD" },
	{ 38, "SO_PROTOCOL" },
	{ 39, "SO_DOMAIN" },
	{ 40, "SO_RXQ_OVFL" },
	{ 41, "SO_WIFI_STATUS" },
	{ 42, "SO_PEEK_OFF" },
	{ 43, "SO_NOFCS" },
	{ 44, "SO_LOCK_FILTER" },
	{ 45, "SO_SELECT_ERR_QUEUE" },
	{ 46, "SO_BUSY_POLL" },
	{ 47, "SO_MAX_PACING_RATE" },
	{ 48, "SO_BPF_EXTENSIONS" },
	{ 49, "SO_INCOMING_CPU" },
	{ 50, "SO_ATTACH_BPF" },
	{ 51, "SO_ATTACH_REUSEPORT_CBPF" },
	{ 52, "SO_ATTACH_REUSEPORT_EBPF" },
	{ 53, "SO_CNX_ADVICE" },
	{ 55, "SO_MEMINFO" },
	{ 56, "SO_INCOMING_NAPI_ID" },
	{ 57, "SO_COOKIE" },
	{ 59, "SO_PEERGROUPS" },
	{ 60, "SO_ZEROCOPY" },
	{ 61, "SO_TXTIME" },
	{ 62, "SO_BINDTOIFINDEX" },
	{ 63, "SO_TIMESTAMP_NEW" },
	{ 64, "SO_TIMESTAMPNS_NEW" },
	{ 65, "SO_TIMESTAMPING_NEW" },
	{ 66, "SO_RCVTIMEO_NEW" },
	{ 67, "SO_SNDTIMEO_NEW" },
	{ 68, "SO_DETACH_REUSEPORT_BPF" },
	{ 69, "SO_PREFER_BUSY_POLL" },
	{ 70, "SO_BUSY_POLL_BUDGET" },
	{ 71, "SO_NETNS_COOKIE" },
	{ 72, "SO_BUF_LOCK" },
	{ 73, "SO_RESERVE_MEM" },
	{ 74, "SO_TXREHASH" },
	{ 75, "SO_RCVMARK" },
	XLAT_END
};

const struct xlat xlat_poll_events[] = {
	X(POLLIN),
	X(POLLPRI),
	X(POLLOUT),
	X(POLLERR),
	X(POLLHUP),
	X(POLLNVAL),
	X(POLLRDNORM),
	X(POLLRDBAND),
	X(POLLWRNORM),
	X(POLLWRBAND),
	X(POLLMSG),
	X(POLLREMOVE),
	X(POLLRDHUP),
	{ 0x8000, "POLL_BUSY_LOOP" },
	XLAT_END
};

const struct xlat xlat_epoll_ctl_ops[] = {
	X(EPOLL_CTL_ADD),
	X(EPOLL_CTL_DEL),
	X(EPOLL_CTL_MOD),
	XLAT_END
};

const struct xlat xlat_epoll_events[] = {
	X(EPOLLIN),
	X(EPOLLPRI),
	X(EPOLLOUT),
	X(EPOLLERR),
	X(EPOLLHUP),
	{ 0x20, "EPOLLNVAL" },
	X(EPOLLRDNORM),
	X(EPOLLRDBAND),
	X(EPOLLWRNORM),
	X(EPOLLWRBAND),
	X(EPOLLMSG),
	X(EPOLLRDHUP),
	X(EPOLLEXCLUSIVE),
	X(EPOLLWAKEUP),
	X(EPOLLONESHOT),
	X(EPOLLET),
	XLAT_END
};
