// SPDX-License-Identifier: MIT
/*
 * xlat_bpf - the constants of bpf(2), perf_event_open(2), io_uring and
 * classic BPF programs as strace 6.1 names them (values from the
 * kernel's uapi headers).  Enumerations are listed by value; flag tables
 * list single bits in increasing order, the order strace prints them in.
 */
#include "decode_fsapi.h"

const struct xlat dfs_bpf_cmds[] = {
	{ 0, "BPF_MAP_CREATE" },
	{ 1, "BPF_MAP_LOOKUP_ELEM" },
	{ 2, "BPF_MAP_UPDATE_ELEM" },
	{ 3, "BPF_MAP_DELETE_ELEM" },
	{ 4, "BPF_MAP_GET_NEXT_KEY" },
	{ 5, "BPF_PROG_LOAD" },
	{ 6, "BPF_OBJ_PIN" },
	{ 7, "BPF_OBJ_GET" },
	{ 8, "BPF_PROG_ATTACH" },
	{ 9, "BPF_PROG_DETACH" },
	{ 10, "BPF_PROG_TEST_RUN" },
	{ 11, "BPF_PROG_GET_NEXT_ID" },
	{ 12, "BPF_MAP_GET_NEXT_ID" },
	{ 13, "BPF_PROG_GET_FD_BY_ID" },
	{ 14, "BPF_MAP_GET_FD_BY_ID" },
	{ 15, "BPF_OBJ_GET_INFO_BY_FD" },
	{ 16, "BPF_PROG_QUERY" },
	{ 17, "BPF_RAW_TRACEPOINT_OPEN" },
	{ 18, "BPF_BTF_LOAD" },
	{ 19, "BPF_BTF_GET_FD_BY_ID" },
	{ 20, "BPF_TASK_FD_QUERY" },
	{ 21, "BPF_MAP_LOOKUP_AND_DELETE_ELEM" },
	{ 22, "BPF_MAP_FREEZE" },
	{ 23, "BPF_BTF_GET_NEXT_ID" },
	{ 24, "BPF_MAP_LOOKUP_BATCH" },
	{ 25, "BPF_MAP_LOOKUP_AND_DELETE_BATCH" },
	{ 26, "BPF_MAP_UPDATE_BATCH" },
	{ 27, "BPF_MAP_DELETE_BATCH" },
	{ 28, "BPF_LINK_CREATE" },
	{ 29, "BPF_LINK_UPDATE" },
	{ 30, "BPF_LINK_GET_FD_BY_ID" },
	{ 31, "BPF_LINK_GET_NEXT_ID" },
	{ 32, "BPF_ENABLE_STATS" },
	{ 33, "BPF_ITER_CREATE" },
	{ 34, "BPF_LINK_DETACH" },
	{ 35, "BPF_PROG_BIND_MAP" },
	XLAT_END
};

const struct xlat dfs_bpf_map_types[] = {
	{ 0, "BPF_MAP_TYPE_UNSPEC" },
	{ 1, "BPF_MAP_TYPE_HASH" },
	{ 2, "BPF_MAP_TYPE_ARRAY" },
	{ 3, "BPF_MAP_TYPE_PROG_ARRAY" },
	{ 4, "BPF_MAP_TYPE_PERF_EVENT_ARRAY" },
	{ 5, "BPF_MAP_TYPE_PERCPU_HASH" },
	{ 6, "BPF_MAP_TYPE_PERCPU_ARRAY" },
	{ 7, "BPF_MAP_TYPE_STACK_TRACE" },
	{ 8, "BPF_MAP_TYPE_CGROUP_ARRAY" },
	{ 9, "BPF_MAP_TYPE_LRU_HASH" },
	{ 10, "BPF_MAP_TYPE_LRU_PERCPU_HASH" },
	{ 11, "BPF_MAP_TYPE_LPM_TRIE" },
	{ 12, "BPF_MAP_TYPE_ARRAY_OF_MAPS" },
	{ 13, "BPF_MAP_TYPE_HASH_OF_MAPS" },
	{ 14, "BPF_MAP_TYPE_DEVMAP" },
	{ 15, "BPF_MAP_TYPE_SOCKMAP" },
	{ 16, "BPF_MAP_TYPE_CPUMAP" },
	{ 17, "BPF_MAP_TYPE_XSKMAP" },
	{ 18, "BPF_MAP_TYPE_SOCKHASH" },
	{ 19, "BPF_MAP_TYPE_CGROUP_STORAGE" },
	{ 20, "BPF_MAP_TYPE_REUSEPORT_SOCKARRAY" },
	{ 21, "BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE" },
	{ 22, "BPF_MAP_TYPE_QUEUE" },
	{ 23, "BPF_MAP_TYPE_STACK" },
	{ 24, "BPF_MAP_TYPE_SK_STORAGE" },
	{ 25, "BPF_MAP_TYPE_DEVMAP_HASH" },
	{ 26, "BPF_MAP_TYPE_STRUCT_OPS" },
	{ 27, "BPF_MAP_TYPE_RINGBUF" },
	{ 28, "BPF_MAP_TYPE_INODE_STORAGE" },
	{ 29, "BPF_MAP_TYPE_TASK_STORAGE" },
	{ 30, "BPF_MAP_TYPE_BLOOM_FILTER" },
	XLAT_END
};

const struct xlat dfs_bpf_map_flags[] = {
	{ 0x1, "BPF_F_NO_PREALLOC" },
	{ 0x2, "BPF_F_NO_COMMON_LRU" },
	{ 0x4, "BPF_F_NUMA_NODE" },
	{ 0x8, "BPF_F_RDONLY" },
	{ 0x10, "BPF_F_WRONLY" },
	{ 0x20, "BPF_F_STACK_BUILD_ID" },
	{ 0x40, "BPF_F_ZERO_SEED" },
	{ 0x80, "BPF_F_RDONLY_PROG" },
	{ 0x100, "BPF_F_WRONLY_PROG" },
	{ 0x200, "BPF_F_CLONE" },
	{ 0x400, "BPF_F_MMAPABLE" },
	{ 0x800, "BPF_F_PRESERVE_ELEMS" },
	{ 0x1000, "BPF_F_INNER_MAP" },
	XLAT_END
};

/* BPF_MAP_*_ELEM flags: BPF_ANY is 0 */
const struct xlat dfs_bpf_update_flags[] = {
	{ 0, "BPF_ANY" },
	{ 0x1, "BPF_NOEXIST" },
	{ 0x2, "BPF_EXIST" },
	{ 0x4, "BPF_F_LOCK" },
	XLAT_END
};

const struct xlat dfs_bpf_file_flags[] = {
	{ 0x8, "BPF_F_RDONLY" },
	{ 0x10, "BPF_F_WRONLY" },
	XLAT_END
};

const struct xlat dfs_bpf_attach_flags[] = {
	{ 0x1, "BPF_F_ALLOW_OVERRIDE" },
	{ 0x2, "BPF_F_ALLOW_MULTI" },
	{ 0x4, "BPF_F_REPLACE" },
	XLAT_END
};

const struct xlat dfs_bpf_prog_types[] = {
	{ 0, "BPF_PROG_TYPE_UNSPEC" },
	{ 1, "BPF_PROG_TYPE_SOCKET_FILTER" },
	{ 2, "BPF_PROG_TYPE_KPROBE" },
	{ 3, "BPF_PROG_TYPE_SCHED_CLS" },
	{ 4, "BPF_PROG_TYPE_SCHED_ACT" },
	{ 5, "BPF_PROG_TYPE_TRACEPOINT" },
	{ 6, "BPF_PROG_TYPE_XDP" },
	{ 7, "BPF_PROG_TYPE_PERF_EVENT" },
	{ 8, "BPF_PROG_TYPE_CGROUP_SKB" },
	{ 9, "BPF_PROG_TYPE_CGROUP_SOCK" },
	{ 10, "BPF_PROG_TYPE_LWT_IN" },
	{ 11, "BPF_PROG_TYPE_LWT_OUT" },
	{ 12, "BPF_PROG_TYPE_LWT_XMIT" },
	{ 13, "BPF_PROG_TYPE_SOCK_OPS" },
	{ 14, "BPF_PROG_TYPE_SK_SKB" },
	{ 15, "BPF_PROG_TYPE_CGROUP_DEVICE" },
	{ 16, "BPF_PROG_TYPE_SK_MSG" },
	{ 17, "BPF_PROG_TYPE_RAW_TRACEPOINT" },
	{ 18, "BPF_PROG_TYPE_CGROUP_SOCK_ADDR" },
	{ 19, "BPF_PROG_TYPE_LWT_SEG6LOCAL" },
	{ 20, "BPF_PROG_TYPE_LIRC_MODE2" },
	{ 21, "BPF_PROG_TYPE_SK_REUSEPORT" },
	{ 22, "BPF_PROG_TYPE_FLOW_DISSECTOR" },
	{ 23, "BPF_PROG_TYPE_CGROUP_SYSCTL" },
	{ 24, "BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE" },
	{ 25, "BPF_PROG_TYPE_CGROUP_SOCKOPT" },
	{ 26, "BPF_PROG_TYPE_TRACING" },
	{ 27, "BPF_PROG_TYPE_STRUCT_OPS" },
	{ 28, "BPF_PROG_TYPE_EXT" },
	{ 29, "BPF_PROG_TYPE_LSM" },
	{ 30, "BPF_PROG_TYPE_SK_LOOKUP" },
	{ 31, "BPF_PROG_TYPE_SYSCALL" },
	XLAT_END
};

const struct xlat dfs_bpf_prog_flags[] = {
	{ 0x1, "BPF_F_STRICT_ALIGNMENT" },
	{ 0x2, "BPF_F_ANY_ALIGNMENT" },
	{ 0x4, "BPF_F_TEST_RND_HI32" },
	{ 0x8, "BPF_F_TEST_STATE_FREQ" },
	{ 0x10, "BPF_F_SLEEPABLE" },
	{ 0x20, "BPF_F_XDP_HAS_FRAGS" },
	XLAT_END
};

const struct xlat dfs_bpf_attach_types[] = {
	{ 0, "BPF_CGROUP_INET_INGRESS" },
	{ 1, "BPF_CGROUP_INET_EGRESS" },
	{ 2, "BPF_CGROUP_INET_SOCK_CREATE" },
	{ 3, "BPF_CGROUP_SOCK_OPS" },
	{ 4, "BPF_SK_SKB_STREAM_PARSER" },
	{ 5, "BPF_SK_SKB_STREAM_VERDICT" },
	{ 6, "BPF_CGROUP_DEVICE" },
	{ 7, "BPF_SK_MSG_VERDICT" },
	{ 8, "BPF_CGROUP_INET4_BIND" },
	{ 9, "BPF_CGROUP_INET6_BIND" },
	{ 10, "BPF_CGROUP_INET4_CONNECT" },
	{ 11, "BPF_CGROUP_INET6_CONNECT" },
	{ 12, "BPF_CGROUP_INET4_POST_BIND" },
	{ 13, "BPF_CGROUP_INET6_POST_BIND" },
	{ 14, "BPF_CGROUP_UDP4_SENDMSG" },
	{ 15, "BPF_CGROUP_UDP6_SENDMSG" },
	{ 16, "BPF_LIRC_MODE2" },
	{ 17, "BPF_FLOW_DISSECTOR" },
	{ 18, "BPF_CGROUP_SYSCTL" },
	{ 19, "BPF_CGROUP_UDP4_RECVMSG" },
	{ 20, "BPF_CGROUP_UDP6_RECVMSG" },
	{ 21, "BPF_CGROUP_GETSOCKOPT" },
	{ 22, "BPF_CGROUP_SETSOCKOPT" },
	{ 23, "BPF_TRACE_RAW_TP" },
	{ 24, "BPF_TRACE_FENTRY" },
	{ 25, "BPF_TRACE_FEXIT" },
	{ 26, "BPF_MODIFY_RETURN" },
	{ 27, "BPF_LSM_MAC" },
	{ 28, "BPF_TRACE_ITER" },
	{ 29, "BPF_CGROUP_INET4_GETPEERNAME" },
	{ 30, "BPF_CGROUP_INET6_GETPEERNAME" },
	{ 31, "BPF_CGROUP_INET4_GETSOCKNAME" },
	{ 32, "BPF_CGROUP_INET6_GETSOCKNAME" },
	{ 33, "BPF_XDP_DEVMAP" },
	{ 34, "BPF_CGROUP_INET_SOCK_RELEASE" },
	{ 35, "BPF_XDP_CPUMAP" },
	{ 36, "BPF_SK_LOOKUP" },
	{ 37, "BPF_XDP" },
	{ 38, "BPF_SK_SKB_VERDICT" },
	{ 39, "BPF_SK_REUSEPORT_SELECT" },
	{ 40, "BPF_SK_REUSEPORT_SELECT_OR_MIGRATE" },
	{ 41, "BPF_PERF_EVENT" },
	{ 42, "BPF_TRACE_KPROBE_MULTI" },
	{ 43, "BPF_LSM_CGROUP" },
	XLAT_END
};

const struct xlat dfs_perf_types[] = {
	{ 0, "PERF_TYPE_HARDWARE" },
	{ 1, "PERF_TYPE_SOFTWARE" },
	{ 2, "PERF_TYPE_TRACEPOINT" },
	{ 3, "PERF_TYPE_HW_CACHE" },
	{ 4, "PERF_TYPE_RAW" },
	{ 5, "PERF_TYPE_BREAKPOINT" },
	XLAT_END
};

const struct xlat dfs_perf_sizes[] = {
	{ 64, "PERF_ATTR_SIZE_VER0" },
	{ 72, "PERF_ATTR_SIZE_VER1" },
	{ 80, "PERF_ATTR_SIZE_VER2" },
	{ 96, "PERF_ATTR_SIZE_VER3" },
	{ 104, "PERF_ATTR_SIZE_VER4" },
	{ 112, "PERF_ATTR_SIZE_VER5" },
	{ 120, "PERF_ATTR_SIZE_VER6" },
	{ 128, "PERF_ATTR_SIZE_VER7" },
	XLAT_END
};

const struct xlat dfs_perf_hw[] = {
	{ 0, "PERF_COUNT_HW_CPU_CYCLES" },
	{ 1, "PERF_COUNT_HW_INSTRUCTIONS" },
	{ 2, "PERF_COUNT_HW_CACHE_REFERENCES" },
	{ 3, "PERF_COUNT_HW_CACHE_MISSES" },
	{ 4, "PERF_COUNT_HW_BRANCH_INSTRUCTIONS" },
	{ 5, "PERF_COUNT_HW_BRANCH_MISSES" },
	{ 6, "PERF_COUNT_HW_BUS_CYCLES" },
	{ 7, "PERF_COUNT_HW_STALLED_CYCLES_FRONTEND" },
	{ 8, "PERF_COUNT_HW_STALLED_CYCLES_BACKEND" },
	{ 9, "PERF_COUNT_HW_REF_CPU_CYCLES" },
	XLAT_END
};

const struct xlat dfs_perf_sw[] = {
	{ 0, "PERF_COUNT_SW_CPU_CLOCK" },
	{ 1, "PERF_COUNT_SW_TASK_CLOCK" },
	{ 2, "PERF_COUNT_SW_PAGE_FAULTS" },
	{ 3, "PERF_COUNT_SW_CONTEXT_SWITCHES" },
	{ 4, "PERF_COUNT_SW_CPU_MIGRATIONS" },
	{ 5, "PERF_COUNT_SW_PAGE_FAULTS_MIN" },
	{ 6, "PERF_COUNT_SW_PAGE_FAULTS_MAJ" },
	{ 7, "PERF_COUNT_SW_ALIGNMENT_FAULTS" },
	{ 8, "PERF_COUNT_SW_EMULATION_FAULTS" },
	{ 9, "PERF_COUNT_SW_DUMMY" },
	{ 10, "PERF_COUNT_SW_BPF_OUTPUT" },
	{ 11, "PERF_COUNT_SW_CGROUP_SWITCHES" },
	XLAT_END
};

const struct xlat dfs_perf_sample[] = {
	{ 0x1, "PERF_SAMPLE_IP" },
	{ 0x2, "PERF_SAMPLE_TID" },
	{ 0x4, "PERF_SAMPLE_TIME" },
	{ 0x8, "PERF_SAMPLE_ADDR" },
	{ 0x10, "PERF_SAMPLE_READ" },
	{ 0x20, "PERF_SAMPLE_CALLCHAIN" },
	{ 0x40, "PERF_SAMPLE_ID" },
	{ 0x80, "PERF_SAMPLE_CPU" },
	{ 0x100, "PERF_SAMPLE_PERIOD" },
	{ 0x200, "PERF_SAMPLE_STREAM_ID" },
	{ 0x400, "PERF_SAMPLE_RAW" },
	{ 0x800, "PERF_SAMPLE_BRANCH_STACK" },
	{ 0x1000, "PERF_SAMPLE_REGS_USER" },
	{ 0x2000, "PERF_SAMPLE_STACK_USER" },
	{ 0x4000, "PERF_SAMPLE_WEIGHT" },
	{ 0x8000, "PERF_SAMPLE_DATA_SRC" },
	{ 0x10000, "PERF_SAMPLE_IDENTIFIER" },
	{ 0x20000, "PERF_SAMPLE_TRANSACTION" },
	{ 0x40000, "PERF_SAMPLE_REGS_INTR" },
	{ 0x80000, "PERF_SAMPLE_PHYS_ADDR" },
	{ 0x100000, "PERF_SAMPLE_AUX" },
	{ 0x200000, "PERF_SAMPLE_CGROUP" },
	{ 0x400000, "PERF_SAMPLE_DATA_PAGE_SIZE" },
	{ 0x800000, "PERF_SAMPLE_CODE_PAGE_SIZE" },
	{ 0x1000000, "PERF_SAMPLE_WEIGHT_STRUCT" },
	XLAT_END
};

const struct xlat dfs_perf_read_format[] = {
	{ 0x1, "PERF_FORMAT_TOTAL_TIME_ENABLED" },
	{ 0x2, "PERF_FORMAT_TOTAL_TIME_RUNNING" },
	{ 0x4, "PERF_FORMAT_ID" },
	{ 0x8, "PERF_FORMAT_GROUP" },
	XLAT_END
};

const struct xlat dfs_perf_flags[] = {
	{ 0x1, "PERF_FLAG_FD_NO_GROUP" },
	{ 0x2, "PERF_FLAG_FD_OUTPUT" },
	{ 0x4, "PERF_FLAG_PID_CGROUP" },
	{ 0x8, "PERF_FLAG_FD_CLOEXEC" },
	XLAT_END
};

const struct xlat dfs_uring_setup_flags[] = {
	{ 0x1, "IORING_SETUP_IOPOLL" },
	{ 0x2, "IORING_SETUP_SQPOLL" },
	{ 0x4, "IORING_SETUP_SQ_AFF" },
	{ 0x8, "IORING_SETUP_CQSIZE" },
	{ 0x10, "IORING_SETUP_CLAMP" },
	{ 0x20, "IORING_SETUP_ATTACH_WQ" },
	{ 0x40, "IORING_SETUP_R_DISABLED" },
	{ 0x80, "IORING_SETUP_SUBMIT_ALL" },
	{ 0x100, "IORING_SETUP_COOP_TASKRUN" },
	{ 0x200, "IORING_SETUP_TASKRUN_FLAG" },
	{ 0x400, "IORING_SETUP_SQE128" },
	{ 0x800, "IORING_SETUP_CQE32" },
	{ 0x1000, "IORING_SETUP_SINGLE_ISSUER" },
	{ 0x2000, "IORING_SETUP_DEFER_TASKRUN" },
	XLAT_END
};

const struct xlat dfs_uring_features[] = {
	{ 0x1, "IORING_FEAT_SINGLE_MMAP" },
	{ 0x2, "IORING_FEAT_NODROP" },
	{ 0x4, "IORING_FEAT_SUBMIT_STABLE" },
	{ 0x8, "IORING_FEAT_RW_CUR_POS" },
	{ 0x10, "IORING_FEAT_CUR_PERSONALITY" },
	{ 0x20, "IORING_FEAT_FAST_POLL" },
	{ 0x40, "IORING_FEAT_POLL_32BITS" },
	{ 0x80, "IORING_FEAT_SQPOLL_NONFIXED" },
	{ 0x100, "IORING_FEAT_EXT_ARG" },
	{ 0x200, "IORING_FEAT_NATIVE_WORKERS" },
	{ 0x400, "IORING_FEAT_RSRC_TAGS" },
	{ 0x800, "IORING_FEAT_CQE_SKIP" },
	{ 0x1000, "IORING_FEAT_LINKED_FILE" },
	XLAT_END
};

const struct xlat dfs_uring_enter_flags[] = {
	{ 0x1, "IORING_ENTER_GETEVENTS" },
	{ 0x2, "IORING_ENTER_SQ_WAKEUP" },
	{ 0x4, "IORING_ENTER_SQ_WAIT" },
	{ 0x8, "IORING_ENTER_EXT_ARG" },
	{ 0x10, "IORING_ENTER_REGISTERED_RING" },
	XLAT_END
};

const struct xlat dfs_uring_register_ops[] = {
	{ 0, "IORING_REGISTER_BUFFERS" },
	{ 1, "IORING_UNREGISTER_BUFFERS" },
	{ 2, "IORING_REGISTER_FILES" },
	{ 3, "IORING_UNREGISTER_FILES" },
	{ 4, "IORING_REGISTER_EVENTFD" },
	{ 5, "IORING_UNREGISTER_EVENTFD" },
	{ 6, "IORING_REGISTER_FILES_UPDATE" },
	{ 7, "IORING_REGISTER_EVENTFD_ASYNC" },
	{ 8, "IORING_REGISTER_PROBE" },
	{ 9, "IORING_REGISTER_PERSONALITY" },
	{ 10, "IORING_UNREGISTER_PERSONALITY" },
	{ 11, "IORING_REGISTER_RESTRICTIONS" },
	{ 12, "IORING_REGISTER_ENABLE_RINGS" },
	{ 13, "IORING_REGISTER_FILES2" },
	{ 14, "IORING_REGISTER_FILES_UPDATE2" },
	{ 15, "IORING_REGISTER_BUFFERS2" },
	{ 16, "IORING_REGISTER_BUFFERS_UPDATE" },
	{ 17, "IORING_REGISTER_IOWQ_AFF" },
	{ 18, "IORING_UNREGISTER_IOWQ_AFF" },
	{ 19, "IORING_REGISTER_IOWQ_MAX_WORKERS" },
	{ 20, "IORING_REGISTER_RING_FDS" },
	{ 21, "IORING_UNREGISTER_RING_FDS" },
	{ 22, "IORING_REGISTER_PBUF_RING" },
	{ 23, "IORING_UNREGISTER_PBUF_RING" },
	{ 24, "IORING_REGISTER_SYNC_CANCEL" },
	{ 25, "IORING_REGISTER_FILE_ALLOC_RANGE" },
	XLAT_END
};

/* Instruction classes: classic BPF, then eBPF's JMP32 and ALU64 at 6, 7 */
const struct xlat dfs_cbpf_classes[] = {
	{ 0, "BPF_LD" },
	{ 1, "BPF_LDX" },
	{ 2, "BPF_ST" },
	{ 3, "BPF_STX" },
	{ 4, "BPF_ALU" },
	{ 5, "BPF_JMP" },
	{ 6, "BPF_RET" },
	{ 7, "BPF_MISC" },
	XLAT_END
};

const struct xlat dfs_ebpf_classes[] = {
	{ 0, "BPF_LD" },
	{ 1, "BPF_LDX" },
	{ 2, "BPF_ST" },
	{ 3, "BPF_STX" },
	{ 4, "BPF_ALU" },
	{ 5, "BPF_JMP" },
	{ 6, "BPF_JMP32" },
	{ 7, "BPF_ALU64" },
	XLAT_END
};

const struct xlat dfs_cbpf_sizes[] = {
	{ 0x00, "BPF_W" },
	{ 0x08, "BPF_H" },
	{ 0x10, "BPF_B" },
	{ 0x18, "BPF_DW" },
	XLAT_END
};

const struct xlat dfs_cbpf_modes[] = {
	{ 0x00, "BPF_IMM" },
	{ 0x20, "BPF_ABS" },
	{ 0x40, "BPF_IND" },
	{ 0x60, "BPF_MEM" },
	{ 0x80, "BPF_LEN" },
	{ 0xa0, "BPF_MSH" },
	{ 0xc0, "BPF_ATOMIC" },
	XLAT_END
};

const struct xlat dfs_cbpf_alu_ops[] = {
	{ 0x0, "BPF_ADD" },
	{ 0x10, "BPF_SUB" },
	{ 0x20, "BPF_MUL" },
	{ 0x30, "BPF_DIV" },
	{ 0x40, "BPF_OR" },
	{ 0x50, "BPF_AND" },
	{ 0x60, "BPF_LSH" },
	{ 0x70, "BPF_RSH" },
	{ 0x80, "BPF_NEG" },
	{ 0x90, "BPF_MOD" },
	{ 0xa0, "BPF_XOR" },
	{ 0xb0, "BPF_MOV" },
	{ 0xc0, "BPF_ARSH" },
	{ 0xd0, "BPF_END" },
	XLAT_END
};

const struct xlat dfs_cbpf_jmp_ops[] = {
	{ 0x0, "BPF_JA" },
	{ 0x10, "BPF_JEQ" },
	{ 0x20, "BPF_JGT" },
	{ 0x30, "BPF_JGE" },
	{ 0x40, "BPF_JSET" },
	{ 0x50, "BPF_JNE" },
	{ 0x60, "BPF_JSGT" },
	{ 0x70, "BPF_JSGE" },
	{ 0x80, "BPF_CALL" },
	{ 0x90, "BPF_EXIT" },
	{ 0xa0, "BPF_JLT" },
	{ 0xb0, "BPF_JLE" },
	{ 0xc0, "BPF_JSLT" },
	{ 0xd0, "BPF_JSLE" },
	XLAT_END
};

const struct xlat dfs_cbpf_srcs[] = {
	{ 0x00, "BPF_K" },
	{ 0x08, "BPF_X" },
	XLAT_END
};

const struct xlat dfs_cbpf_rvals[] = {
	{ 0x00, "BPF_K" },
	{ 0x08, "BPF_X" },
	{ 0x10, "BPF_A" },
	XLAT_END
};

const struct xlat dfs_cbpf_misc_ops[] = {
	{ 0x00, "BPF_TAX" },
	{ 0x80, "BPF_TXA" },
	XLAT_END
};
