/* SPDX-License-Identifier: MIT */
/*
 * fake_mem.h - the decoder tests' fake tracee: a block of memory at a
 * fake address served through a struct decode_src (-EFAULT elsewhere),
 * helpers to place data in it, and line(), which decodes a whole call as
 * strace prints it (without the padding), and the cmocka fixtures of
 * the files that use it.  Included by one test file each, after
 * <cmocka.h>; define FAKE_SIZE first for more than 4 KiB.
 */
#ifndef MYTRACE_TEST_FAKE_MEM_H
#define MYTRACE_TEST_FAKE_MEM_H

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <time.h>

#include "decode.h"
#include "strbuf.h"

#define FAKE_BASE 0x7ffd0000ull
#ifndef FAKE_SIZE
#define FAKE_SIZE 4096
#endif

static unsigned char fake_mem[FAKE_SIZE];
static size_t fake_used;
static struct strbuf out;
static struct decode_opts opts = DECODE_OPTS_DEFAULT;

static inline ssize_t fake_read(void *ctx, uint64_t addr, void *buf,
				size_t len)
{
	(void)ctx;
	if (addr < FAKE_BASE || addr + len > FAKE_BASE + FAKE_SIZE)
		return -EFAULT;
	memcpy(buf, fake_mem + (addr - FAKE_BASE), len);
	return (ssize_t)len;
}

/* The tests may set .fdpath. */
static struct decode_src src = { fake_read, NULL, NULL };

/* Copy @len bytes into the fake memory (8-byte aligned); their address. */
static inline uint64_t put(const void *bytes, size_t len)
{
	uint64_t addr = FAKE_BASE + fake_used;

	assert_true(fake_used + len <= FAKE_SIZE);
	memcpy(fake_mem + fake_used, bytes, len);
	fake_used += (len + 7) & ~(size_t)7;
	return addr;
}

static inline uint64_t put_int(int32_t v)
{
	return put(&v, sizeof(v));
}

static inline uint64_t put_str(const char *s)
{
	return put(s, strlen(s) + 1);
}

/* Empty memory, default options. */
static inline void fake_reset(void)
{
	memset(fake_mem, 0, sizeof(fake_mem));
	fake_used = 0;
	opts = (struct decode_opts)DECODE_OPTS_DEFAULT;
}

/* The whole line as strace prints it, without the padding. */
static inline const char *line(long nr, int64_t ret, uint64_t a0,
			       uint64_t a1, uint64_t a2, uint64_t a3,
			       uint64_t a4, uint64_t a5)
{
	struct decode_call c = { nr, { a0, a1, a2, a3, a4, a5 }, ret, 0 };

	strbuf_reset(&out);
	decode_entry(&out, &c, &src, &opts);
	decode_exit(&out, &c, &src, &opts);
	strbuf_puts(&out, " = ");
	decode_retval(&out, &c, &src, &opts);
	return strbuf_str(&out);
}

#define L(nr, ret, ...) line(nr, ret, __VA_ARGS__)
#define S assert_string_equal
#define TEST(name) static void test_##name(void **state)

/* cmocka fixtures: fake_test_reset() before each test; the group's
 * setup (dates in UTC) and teardown (the output buffer freed). */
static inline int fake_test_reset(void **state)
{
	(void)state;
	fake_reset();
	return 0;
}

static inline int fake_group_utc(void **state)
{
	(void)state;
	setenv("TZ", "UTC", 1);
	tzset();
	return 0;
}

static inline int fake_group_teardown(void **state)
{
	(void)state;
	strbuf_release(&out);
	return 0;
}

#endif
