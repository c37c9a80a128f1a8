// SPDX-License-Identifier: MIT
/*
 * decode_ipc_keys - the kernel key retention service: key serials and
 * keyctl, whose arguments depend on its command.  Each command is a row
 * of argument kinds; the commands we do not decode print their four
 * arguments in hex, as strace does for the ones it does not know.
 * Output follows strace 6.1 on x86_64.
 */
#include <inttypes.h>

#include "decode_priv.h"
#include "decode_util.h"
#include "decode_ipc.h"
#include "names.h"

/* The special key serials, negative: looked up sign-extended. */
static const struct xlat key_specs[] = {
	{ (uint64_t)-1, "KEY_SPEC_THREAD_KEYRING" },
	{ (uint64_t)-2, "KEY_SPEC_PROCESS_KEYRING" },
	{ (uint64_t)-3, "KEY_SPEC_SESSION_KEYRING" },
	{ (uint64_t)-4, "KEY_SPEC_USER_KEYRING" },
	{ (uint64_t)-5, "KEY_SPEC_USER_SESSION_KEYRING" },
	{ (uint64_t)-6, "KEY_SPEC_GROUP_KEYRING" },
	{ (uint64_t)-7, "KEY_SPEC_REQKEY_AUTH_KEY" },
	{ (uint64_t)-8, "KEY_SPEC_REQUESTOR_KEYRING" },
	XLAT_END
};

static const struct xlat keyctl_cmds[] = {
	{ 0, "KEYCTL_GET_KEYRING_ID" },
	{ 1, "KEYCTL_JOIN_SESSION_KEYRING" },
	{ 2, "KEYCTL_UPDATE" },
	{ 3, "KEYCTL_REVOKE" },
	{ 4, "KEYCTL_CHOWN" },
	{ 5, "KEYCTL_SETPERM" },
	{ 6, "KEYCTL_DESCRIBE" },
	{ 7, "KEYCTL_CLEAR" },
	{ 8, "KEYCTL_LINK" },
	{ 9, "KEYCTL_UNLINK" },
	{ 10, "KEYCTL_SEARCH" },
	{ 11, "KEYCTL_READ" },
	{ 12, "KEYCTL_INSTANTIATE" },
	{ 13, "KEYCTL_NEGATE" },
	{ 14, "KEYCTL_SET_REQKEY_KEYRING" },
	{ 15, "KEYCTL_SET_TIMEOUT" },
	{ 16, "KEYCTL_ASSUME_AUTHORITY" },
	{ 17, "KEYCTL_GET_SECURITY" },
	{ 18, "KEYCTL_SESSION_TO_PARENT" },
	{ 19, "KEYCTL_REJECT" },
	{ 20, "KEYCTL_INSTANTIATE_IOV" },
	{ 21, "KEYCTL_INVALIDATE" },
	{ 22, "KEYCTL_GET_PERSISTENT" },
	{ 23, "KEYCTL_DH_COMPUTE" },
	{ 24, "KEYCTL_PKEY_QUERY" },
	{ 25, "KEYCTL_PKEY_ENCRYPT" },
	{ 26, "KEYCTL_PKEY_DECRYPT" },
	{ 27, "KEYCTL_PKEY_SIGN" },
	{ 28, "KEYCTL_PKEY_VERIFY" },
	{ 29, "KEYCTL_RESTRICT_KEYRING" },
	{ 30, "KEYCTL_MOVE" },
	{ 31, "KEYCTL_CAPABILITIES" },
	{ 32, "KEYCTL_WATCH_KEY" },
	XLAT_END
};

static const struct xlat key_perms[] = {
	{ 0x01000000, "KEY_POS_VIEW" },
	{ 0x02000000, "KEY_POS_READ" },
	{ 0x04000000, "KEY_POS_WRITE" },
	{ 0x08000000, "KEY_POS_SEARCH" },
	{ 0x10000000, "KEY_POS_LINK" },
	{ 0x20000000, "KEY_POS_SETATTR" },
	{ 0x00010000, "KEY_USR_VIEW" },
	{ 0x00020000, "KEY_USR_READ" },
	{ 0x00040000, "KEY_USR_WRITE" },
	{ 0x00080000, "KEY_USR_SEARCH" },
	{ 0x00100000, "KEY_USR_LINK" },
	{ 0x00200000, "KEY_USR_SETATTR" },
	{ 0x00000100, "KEY_GRP_VIEW" },
	{ 0x00000200, "KEY_GRP_READ" },
	{ 0x00000400, "KEY_GRP_WRITE" },
	{ 0x00000800, "KEY_GRP_SEARCH" },
	{ 0x00001000, "KEY_GRP_LINK" },
	{ 0x00002000, "KEY_GRP_SETATTR" },
	{ 0x00000001, "KEY_OTH_VIEW" },
	{ 0x00000002, "KEY_OTH_READ" },
	{ 0x00000004, "KEY_OTH_WRITE" },
	{ 0x00000008, "KEY_OTH_SEARCH" },
	{ 0x00000010, "KEY_OTH_LINK" },
	{ 0x00000020, "KEY_OTH_SETATTR" },
	XLAT_END
};

static const struct xlat reqkey_defaults[] = {
	{ (uint64_t)-1, "KEY_REQKEY_DEFL_NO_CHANGE" },
	{ 0, "KEY_REQKEY_DEFL_DEFAULT" },
	{ 1, "KEY_REQKEY_DEFL_THREAD_KEYRING" },
	{ 2, "KEY_REQKEY_DEFL_PROCESS_KEYRING" },
	{ 3, "KEY_REQKEY_DEFL_SESSION_KEYRING" },
	{ 4, "KEY_REQKEY_DEFL_USER_KEYRING" },
	{ 5, "KEY_REQKEY_DEFL_USER_SESSION_KEYRING" },
	{ 6, "KEY_REQKEY_DEFL_GROUP_KEYRING" },
	{ 7, "KEY_REQKEY_DEFL_REQUESTOR_KEYRING" },
	XLAT_END
};

static const struct xlat keyctl_move_flags[] = {
	{ 1, "KEYCTL_MOVE_EXCL" },
	XLAT_END
};

/* How one keyctl argument prints. */
enum karg {
	KA_END,		/* no more arguments */
	KA_KEY,		/* a key serial */
	KA_INT,
	KA_UINT,
	KA_STR,		/* a NUL-terminated string */
	KA_BUF,		/* bytes written: length in the next argument */
	KA_TEXT,	/* at exit, a NUL-terminated string the kernel wrote,
			 * at most the next argument and the result long */
	KA_DATA,	/* at exit, bytes the kernel wrote, likewise */
	KA_PERM,
	KA_ERRNO,
	KA_REQKEY,
	KA_MOVE,
};

#define KEYCTL_DECODED 31	/* commands 0 ... 30 have a row below */

/* The arguments after the command, per command; rows of zeroes (KA_END
 * first) for the commands printed raw. */
static const unsigned char keyctl_args[KEYCTL_DECODED][4] = {
	[0] = { KA_KEY, KA_INT },			/* GET_KEYRING_ID */
	[1] = { KA_STR },			/* JOIN_SESSION_KEYRING */
	[2] = { KA_KEY, KA_BUF, KA_UINT },		/* UPDATE */
	[3] = { KA_KEY },				/* REVOKE */
	[4] = { KA_KEY, KA_INT, KA_INT },		/* CHOWN */
	[5] = { KA_KEY, KA_PERM },			/* SETPERM */
	[6] = { KA_KEY, KA_TEXT, KA_UINT },		/* DESCRIBE */
	[7] = { KA_KEY },				/* CLEAR */
	[8] = { KA_KEY, KA_KEY },			/* LINK */
	[9] = { KA_KEY, KA_KEY },			/* UNLINK */
	[10] = { KA_KEY, KA_STR, KA_STR, KA_KEY },	/* SEARCH */
	[11] = { KA_KEY, KA_DATA, KA_UINT },		/* READ */
	[12] = { KA_KEY, KA_BUF, KA_UINT, KA_KEY },	/* INSTANTIATE */
	[13] = { KA_KEY, KA_UINT, KA_KEY },		/* NEGATE */
	[14] = { KA_REQKEY },			/* SET_REQKEY_KEYRING */
	[15] = { KA_KEY, KA_UINT },			/* SET_TIMEOUT */
	[16] = { KA_KEY },				/* ASSUME_AUTHORITY */
	[17] = { KA_KEY, KA_TEXT, KA_UINT },		/* GET_SECURITY */
	[18] = { KA_END },			/* SESSION_TO_PARENT */
	[19] = { KA_KEY, KA_UINT, KA_ERRNO, KA_KEY },	/* REJECT */
	[21] = { KA_KEY },				/* INVALIDATE */
	[22] = { KA_INT, KA_KEY },			/* GET_PERSISTENT */
	[29] = { KA_KEY, KA_STR, KA_STR },		/* RESTRICT_KEYRING */
	[30] = { KA_KEY, KA_KEY, KA_KEY, KA_MOVE },	/* MOVE */
};

/* Commands with a row, even an empty one (SESSION_TO_PARENT). */
static int keyctl_decoded(uint64_t cmd)
{
	return cmd < KEYCTL_DECODED &&
	       (keyctl_args[cmd][0] != KA_END || cmd == 18);
}

static void put_key(struct dctx *d, uint64_t v)
{
	dipc_dec_enum(d, (int32_t)v, key_specs, NULL);
}

void dipc_key(struct dctx *d, int i)
{
	put_key(d, d->c->args[i]);
}

static void put_errno(struct dctx *d, uint64_t v)
{
	const char *name = names_errno((int)(uint32_t)v);

	if (name)
		strbuf_puts(d->out, name);
	else
		dput_uint(d, (uint32_t)v);
}

/*
 * What the kernel wrote into a buffer of @len bytes: the call returns the
 * whole size, of which at most @len arrived.  @text: a string whose
 * final NUL is not shown, unless -x shows the whole buffer in hex.
 */
static void put_result_buf(struct dctx *d, uint64_t addr, uint64_t len,
			   int text)
{
	uint64_t n = (uint64_t)d->c->ret < len ? (uint64_t)d->c->ret : len;
	char last;

	if (!addr || dutil_failed(d)) {
		dput_ptr(d, addr);
		return;
	}
	if (text && n && !(d->o && d->o->xflag) &&
	    !dmem_read(d, addr + n - 1, &last, 1) && !last)
		n--;
	dput_buf(d, addr, (int64_t)n);
}

/* Argument @i (1 ... 4) of keyctl, of kind @k. */
static void put_karg(struct dctx *d, int k, int i)
{
	uint64_t v = d->c->args[i];

	switch (k) {
	case KA_KEY:
		put_key(d, v);
		break;
	case KA_INT:
		dput_int(d, (int32_t)v);
		break;
	case KA_UINT:
		dput_uint(d, (uint32_t)v);
		break;
	case KA_STR:
		dput_str(d, v);
		break;
	case KA_BUF:
		dput_buf(d, v, i < 5 ? (int64_t)d->c->args[i + 1] : 0);
		break;
	case KA_TEXT:
	case KA_DATA:
		put_result_buf(d, v, i < 5 ? d->c->args[i + 1] : 0,
			       k == KA_TEXT);
		break;
	case KA_PERM:
		dput_flags(d, (uint32_t)v, key_perms);
		break;
	case KA_ERRNO:
		put_errno(d, v);
		break;
	case KA_REQKEY:
		dipc_dec_enum(d, (int32_t)v, reqkey_defaults, NULL);
		break;
	case KA_MOVE:
		dput_flags(d, (uint32_t)v, keyctl_move_flags);
		break;
	}
}

static int is_exit_karg(int k)
{
	return k == KA_TEXT || k == KA_DATA;
}

/*
 * keyctl(cmd, ...): the arguments before a buffer the kernel fills print
 * at entry, that buffer and the rest at exit.
 */
void dipc_keyctl(struct dctx *d)
{
	uint64_t cmd = (uint32_t)d->c->args[0];
	const unsigned char *row;
	int i, at_exit = 0;

	if (!keyctl_decoded(cmd)) {
		if (d->exiting)
			return;
		dput_enum(d, cmd, keyctl_cmds, "KEYCTL_???");
		for (i = 1; i <= 4; i++) {
			dput_sep(d);
			dput_hex(d, d->c->args[i]);
		}
		return;
	}
	row = keyctl_args[cmd];
	if (!d->exiting)
		dput_enum(d, cmd, keyctl_cmds, "KEYCTL_???");
	for (i = 0; i < 4 && row[i] != KA_END; i++) {
		at_exit |= is_exit_karg(row[i]);
		if (at_exit != d->exiting)
			continue;
		dput_sep(d);
		put_karg(d, row[i], i + 1);
	}
}
