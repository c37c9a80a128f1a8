// SPDX-License-Identifier: MIT
/*
 * decode_perf - perf_event_open's struct perf_event_attr and io_uring's
 * setup parameters and flags, as strace 6.1 prints them on x86_64.
 */
#include <inttypes.h>
#include <string.h>

#include "decode_fsapi.h"

/* struct perf_event_attr up to PERF_ATTR_SIZE_VER7. */
struct dfs_perf_attr {
	uint32_t type, size;
	uint64_t config, sample, sample_type, read_format, bits;
	uint32_t wakeup, bp_type;
	uint64_t config1;
	uint64_t config2;				/* VER1 */
	uint64_t branch_sample_type;			/* VER2 */
	uint64_t sample_regs_user;			/* VER3 */
	uint32_t sample_stack_user;
	int32_t clockid;
	uint64_t sample_regs_intr;			/* VER4 */
	uint32_t aux_watermark;				/* VER5 */
	uint16_t sample_max_stack, reserved_2;
	uint32_t aux_sample_size, reserved_3;		/* VER6 */
	uint64_t sig_data;				/* VER7 */
};

#define PERF_VER0 64
#define PERF_TYPE_HW 0
#define PERF_TYPE_SW 1
#define PERF_TYPE_BP 5
#define PERF_BIT_FREQ 10
#define PERF_BIT_WATERMARK 14
#define PERF_BIT_USE_CLOCKID 25
#define PERF_SAMPLE_BRANCH_STACK (1u << 11)
#define PERF_SAMPLE_STACK_USER (1u << 13)

/* The one-bit fields of the flags word, by bit; precise_ip is 15-16. */
static const char *const perf_bits[] = {
	"disabled", "inherit", "pinned", "exclusive", "exclude_user",
	"exclude_kernel", "exclude_hv", "exclude_idle", "mmap", "comm",
	"freq", "inherit_stat", "enable_on_exec", "task", "watermark",
	NULL, NULL, "mmap_data", "sample_id_all", "exclude_host",
	"exclude_guest", "exclude_callchain_kernel",
	"exclude_callchain_user", "mmap2", "comm_exec", "use_clockid",
	"context_switch", "write_backward", "namespaces", "ksymbol",
	"bpf_event", "aux_output", "cgroup", "text_poke", "build_id",
	"inherit_thread", "remove_on_exec", "sigtrap",
};

static const char *const precise_ip[] = {
	"arbitrary skid", "constant skid", "requested to have 0 skid",
	"must have 0 skid",
};

/* Bits @from to @to: all with -v, else only those set. */
static void put_bits(struct dctx *d, uint64_t bits, unsigned from,
		     unsigned to)
{
	unsigned b;

	for (b = from; b <= to; b++)
		if (perf_bits[b] && (d->o->verbose || (bits >> b & 1)))
			strbuf_printf(d->out, ", %s=%u", perf_bits[b],
				      (unsigned)(bits >> b & 1));
}

static void put_config(struct dctx *d, const struct dfs_perf_attr *a)
{
	strbuf_puts(d->out, ", config=");
	if (a->type == PERF_TYPE_HW)
		dput_enum(d, a->config, dfs_perf_hw, "PERF_COUNT_HW_???");
	else if (a->type == PERF_TYPE_SW)
		dput_enum(d, a->config, dfs_perf_sw, "PERF_COUNT_SW_???");
	else
		dput_hex(d, a->config);
}

/* What -v adds after precise_ip, as far as the attr's size goes. */
static void put_perf_verbose(struct dctx *d, const struct dfs_perf_attr *a,
			     uint32_t size)
{
	put_bits(d, a->bits, 17, 37);
	strbuf_printf(d->out, ", %s=%u", a->bits >> PERF_BIT_WATERMARK & 1 ?
		      "wakeup_watermark" : "wakeup_events", a->wakeup);
	if (a->type == PERF_TYPE_BP)
		strbuf_printf(d->out, ", bp_type=%u, bp_addr=%#" PRIx64,
			      a->bp_type, a->config1);
	else
		strbuf_printf(d->out, ", config1=%#" PRIx64, a->config1);
	if (size < 72)
		return;
	strbuf_printf(d->out, ", %s=%#" PRIx64, a->type == PERF_TYPE_BP ?
		      "bp_len" : "config2", a->config2);
	if (size >= 80 && a->sample_type & PERF_SAMPLE_BRANCH_STACK)
		strbuf_printf(d->out, ", branch_sample_type=%#" PRIx64,
			      a->branch_sample_type);
	if (size < 96)
		return;
	strbuf_printf(d->out, ", sample_regs_user=%#" PRIx64,
		      a->sample_regs_user);
	if (a->sample_type & PERF_SAMPLE_STACK_USER)
		strbuf_printf(d->out, ", sample_stack_user=%#x",
			      a->sample_stack_user);
	if (a->bits >> PERF_BIT_USE_CLOCKID & 1) {
		strbuf_puts(d->out, ", clockid=");
		dput_enum(d, (uint32_t)a->clockid, xlat_clockids, NULL);
	}
	if (size < 104)
		return;
	strbuf_printf(d->out, ", sample_regs_intr=%#" PRIx64,
		      a->sample_regs_intr);
	if (size < 112)
		return;
	strbuf_printf(d->out, ", aux_watermark=%u, sample_max_stack=%u",
		      a->aux_watermark, a->sample_max_stack);
	if (size < 120)
		return;
	strbuf_printf(d->out, ", aux_sample_size=%u", a->aux_sample_size);
	if (size >= 128)
		strbuf_printf(d->out, ", sig_data=%#" PRIx64, a->sig_data);
}

void dfs_perf_attr(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	struct dfs_perf_attr a;
	uint32_t size, len;
	unsigned ip;

	if (dmem_read_or_ptr(d, addr, &a, PERF_VER0))
		return;
	size = a.size ? a.size : PERF_VER0;
	len = size < sizeof(a) ? size : sizeof(a);
	memset((char *)&a + PERF_VER0, 0, sizeof(a) - PERF_VER0);
	if (len > PERF_VER0 && dmem_read(d, addr + PERF_VER0,
					 (char *)&a + PERF_VER0,
					 len - PERF_VER0))
		len = PERF_VER0;
	strbuf_puts(d->out, "{type=");
	dput_enum(d, a.type, dfs_perf_types, "PERF_TYPE_???");
	strbuf_puts(d->out, ", size=");
	dput_enum(d, a.size, dfs_perf_sizes, "PERF_ATTR_SIZE_???");
	put_config(d, &a);
	strbuf_printf(d->out, ", %s=%" PRIu64, a.bits >> PERF_BIT_FREQ & 1 ?
		      "sample_freq" : "sample_period", a.sample);
	strbuf_puts(d->out, ", sample_type=");
	dput_flags(d, a.sample_type, dfs_perf_sample);
	strbuf_puts(d->out, ", read_format=");
	dput_flags(d, a.read_format, dfs_perf_read_format);
	put_bits(d, a.bits, 0, 14);
	ip = (unsigned)(a.bits >> 15 & 3);
	strbuf_printf(d->out, ", precise_ip=%u /* %s */", ip, precise_ip[ip]);
	if (d->o->verbose)
		put_perf_verbose(d, &a, len);
	else
		strbuf_puts(d->out, ", ...");
	strbuf_putc(d->out, '}');
}

void dfs_perf_fl(struct dctx *d, int i)
{
	dfs_flags(d, d->c->args[i], dfs_perf_flags, "PERF_FLAG_???");
}

void dfs_uring_enter_fl(struct dctx *d, int i)
{
	dfs_flags(d, (uint32_t)d->c->args[i], dfs_uring_enter_flags,
		  "IORING_ENTER_???");
}

/* struct io_uring_params (linux/io_uring.h). */
struct dfs_uring_params {
	uint32_t sq_entries, cq_entries, flags, sq_thread_cpu;
	uint32_t sq_thread_idle, features, wq_fd, resv[3];
	uint32_t sq_off[10];	/* 7 offsets, resv1, user_addr */
	uint32_t cq_off[10];	/* 7 offsets, resv1, user_addr */
};

#define IORING_SETUP_ATTACH_WQ 0x20

static void put_offsets(struct dctx *d, const char *name,
			const uint32_t *v, const char *const *names)
{
	int k;

	strbuf_printf(d->out, ", %s={", name);
	for (k = 0; k < 7; k++)
		strbuf_printf(d->out, "%s%s=%u", k ? ", " : "", names[k],
			      v[k]);
	strbuf_putc(d->out, '}');
}

/*
 * io_uring_setup's params, printed at exit: what the caller set, and
 * when the call succeeded what the kernel filled in.
 */
void dfs_uring_params(struct dctx *d, int i)
{
	static const char *const sq[] = {
		"head", "tail", "ring_mask", "ring_entries", "flags",
		"dropped", "array"
	};
	static const char *const cq[] = {
		"head", "tail", "ring_mask", "ring_entries", "overflow",
		"cqes", "flags"
	};
	struct dfs_uring_params p;

	if (dmem_read_or_ptr(d, d->c->args[i], &p, sizeof(p)))
		return;
	strbuf_puts(d->out, "{flags=");
	dfs_flags(d, p.flags, dfs_uring_setup_flags, "IORING_SETUP_???");
	strbuf_printf(d->out, ", sq_thread_cpu=%u, sq_thread_idle=%u",
		      p.sq_thread_cpu, p.sq_thread_idle);
	if (p.flags & IORING_SETUP_ATTACH_WQ)
		strbuf_printf(d->out, ", wq_fd=%d", (int32_t)p.wq_fd);
	if (!dutil_failed(d)) {
		strbuf_printf(d->out, ", sq_entries=%u, cq_entries=%u, "
			      "features=", p.sq_entries, p.cq_entries);
		dfs_flags(d, p.features, dfs_uring_features,
			  "IORING_FEAT_???");
		put_offsets(d, "sq_off", p.sq_off, sq);
		put_offsets(d, "cq_off", p.cq_off, cq);
	}
	strbuf_putc(d->out, '}');
}
